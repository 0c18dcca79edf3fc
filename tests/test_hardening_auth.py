"""SupabaseSession under issue 13: one refresh across threads and loops (finding 1),
https for project_url (finding 2), no secret in a traceback's locals (finding 7).

Everything runs through plain ``httpx.Client``/``httpx.AsyncClient`` with
``auth=session`` against the loopback server, whose token endpoint refuses a reused
refresh token at once and (here, mostly) revokes the whole session on reuse.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import jobmojito
from jobmojito._auth import RefreshError, SupabaseSession, TokenPair
from jobmojito._errors import ConfigurationError
from jobmojito._urls import is_loopback, same_origin
from tests.support.fault_server import FaultServer, builtin_then, html_error, unauthorized

pytestmark = pytest.mark.timeout(120)
TOKEN_PATH = "/auth/v1/token"
TRIALS = 20

Outcome = int | BaseException


def session_for(
    server: FaultServer, pairs: list[TokenPair] | None = None, *, how: str = "expired", **kwargs: Any
) -> SupabaseSession:
    """A session whose access token is expired (or, ``how="401"``, refused by the server)."""
    access = (
        server.tokens.mint_access(exp=time.time() - 10) if how == "expired" else server.tokens.mint_access(valid=False)
    )
    kwargs.setdefault("project_url", server.url)
    kwargs.setdefault("on_refresh", pairs.append if pairs is not None else None)
    return SupabaseSession(server.tokens.mint_refresh(), anon_key=server.anon_key, access_token=access, **kwargs)


def sync_get(session: SupabaseSession, url: str, client: httpx.Client | None = None) -> Outcome:
    try:
        if client is not None:
            return client.get(url + "/api").status_code
        with httpx.Client(auth=session) as own:
            return own.get(url + "/api").status_code
    except Exception as error:
        return error


async def async_gets(session: SupabaseSession, url: str, count: int) -> list[Outcome]:
    async with httpx.AsyncClient(auth=session) as client:

        async def one() -> Outcome:
            try:
                return (await client.get(url + "/api")).status_code
            except Exception as error:
                return error

        return list(await asyncio.gather(*(one() for _ in range(count))))


def in_a_thread(function: Callable[[], list[Outcome]]) -> tuple[threading.Thread, list[Outcome]]:
    out: list[Outcome] = []
    thread = threading.Thread(target=lambda: out.extend(function()))
    thread.start()
    return thread, out


def threads_and_tasks(session: SupabaseSession, url: str, threads: int, tasks: int) -> list[Outcome]:
    loop_thread, from_tasks = in_a_thread(lambda: asyncio.run(async_gets(session, url, tasks)))
    with ThreadPoolExecutor(threads) as pool, httpx.Client(auth=session) as client:  # one client, many threads
        from_threads = list(pool.map(lambda _: sync_get(session, url, client), range(threads)))
    loop_thread.join()
    return from_threads + from_tasks


def loops(session: SupabaseSession, url: str, count: int, tasks: int) -> list[Outcome]:
    started = [in_a_thread(lambda: asyncio.run(async_gets(session, url, tasks))) for _ in range(count)]
    for thread, _ in started:
        thread.join()
    return [outcome for _, out in started for outcome in out]


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


# --- one refresh, whatever shares the session -------------------------------------


# After a 401 the flows reach the same flight by another path: 5 trials of it are enough.
@pytest.mark.parametrize(("how", "trials"), [("expired", TRIALS), ("401", 5)])
@pytest.mark.parametrize(
    "crowd",
    [
        pytest.param(lambda s, url: threads_and_tasks(s, url, 25, 25), id="25-threads-and-25-tasks"),
        pytest.param(lambda s, url: loops(s, url, 4, 10), id="4-event-loops"),
    ],
)
def test_one_refresh_and_no_reuse_over_20_trials(
    crowd: Callable[[SupabaseSession, str], list[Outcome]], how: str, trials: int
) -> None:
    for trial in range(trials):
        # A slow auth server, that refuses a reuse at once and then revokes the session: any second
        # presentation of the refresh token fails calls (and is counted).
        with FaultServer(require_auth=True, refresh_delay=0.1, revoke_on_reuse=True) as server:
            pairs: list[TokenPair] = []
            outcomes = crowd(session_for(server, pairs, how=how), server.url)
            failed = [o for o in outcomes if o != 200]
            assert (failed, server.tokens.reuses) == ([], []), f"trial {trial}"
            assert server.tokens.rotations == 1 and server.count("POST", TOKEN_PATH) == 1
            assert len(pairs) == 1 and pairs[0].refresh_token in server.tokens.minted


def test_each_adopted_pair_reaches_on_refresh_in_order() -> None:
    with FaultServer(require_auth=True, refresh_delay=0.05, revoke_on_reuse=True) as server:
        pairs: list[TokenPair] = []
        session = session_for(server, pairs)
        first = session._tokens.refresh
        for round_ in range(6):
            if round_:
                server.script("/api", unauthorized())  # the server revokes the current access token
            outcomes = threads_and_tasks(session, server.url, 3, 3) if round_ % 2 else loops(session, server.url, 2, 3)
            assert outcomes == [200] * 6
        presented = [json.loads(r.body)["refresh_token"] for r in server.received if r.path == TOKEN_PATH]
        chain = [first, *(p.refresh_token for p in pairs)]
        assert len(pairs) == server.tokens.rotations == 6 and server.tokens.reuses == []
        assert presented == chain[:-1], "each pair handed out was adopted, in order, and presented next"


# --- a refresh whose answer is lost -----------------------------------------------


def test_a_lost_answer_is_recovered_by_one_reuse_within_the_interval() -> None:
    with FaultServer(require_auth=True, reuse_interval=10.0, revoke_on_reuse=True) as server:
        pairs: list[TokenPair] = []
        session = session_for(server, pairs)
        first = session._tokens.refresh
        server.script(TOKEN_PATH, builtin_then("disconnect"))  # rotated, and the answer never comes
        with httpx.Client(base_url=server.url, auth=session) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                client.get("/api")  # plain httpx does not retry; the SDK's loop does (a side request)
            assert client.get("/api").status_code == 200
            assert client.get("/api").status_code == 200
        [reuse] = server.tokens.reuses
        assert reuse.forgiven and server.tokens.rotations == 1 and server.count("POST", TOKEN_PATH) == 2
        [pair] = pairs  # the lost pair was never adopted; the one recovered was, once
        child = server.tokens.minted[server.tokens.minted.index(first) + 1]
        assert pair.refresh_token == child, "the session's active token, from the lost rotation"


@pytest.mark.parametrize("side", ["threads", "tasks"])
def test_waiters_recover_a_lost_answer_and_only_the_sender_fails(side: str) -> None:
    with FaultServer(require_auth=True, refresh_delay=0.5, reuse_interval=10.0, revoke_on_reuse=True) as server:
        pairs: list[TokenPair] = []
        session = session_for(server, pairs)
        server.script(TOKEN_PATH, builtin_then("disconnect"))
        sender, sent = in_a_thread(lambda: [sync_get(session, server.url)])
        wait_until(lambda: server.tokens.rotations == 1)  # spent; the answer will be dropped
        if side == "threads":
            outcomes = threads_and_tasks(session, server.url, 10, 0)
        else:
            outcomes = asyncio.run(async_gets(session, server.url, 10))
        sender.join()
        assert isinstance(sent[0], httpx.RemoteProtocolError)
        assert outcomes == [200] * 10
        assert [r.forgiven for r in server.tokens.reuses] == [True] and len(pairs) == 1


def test_a_cancelled_sender_task_is_a_lost_answer_too() -> None:
    with FaultServer(require_auth=True, refresh_delay=1.0, reuse_interval=10.0, revoke_on_reuse=True) as server:
        pairs: list[TokenPair] = []
        session = session_for(server, pairs)

        async def main() -> tuple[bool, list[Outcome]]:
            async with httpx.AsyncClient(base_url=server.url, auth=session) as client:
                sender = asyncio.create_task(client.get("/api"))
                while server.tokens.rotations == 0:
                    await asyncio.sleep(0.005)
                waiters = asyncio.gather(*(client.get("/api") for _ in range(5)), return_exceptions=True)
                await asyncio.sleep(0.1)  # they are waiting for the sender's refresh
                sender.cancel()
                await asyncio.gather(sender, return_exceptions=True)
                outcomes = [o.status_code if isinstance(o, httpx.Response) else o for o in await waiters]
                return sender.cancelled(), outcomes

        cancelled, outcomes = asyncio.run(main())
        assert cancelled and outcomes == [200] * 5
        assert [r.forgiven for r in server.tokens.reuses] == [True] and len(pairs) == 1


def test_without_a_reuse_interval_a_lost_answer_ends_the_session_for_every_waiter_at_once() -> None:
    with FaultServer(require_auth=True, refresh_delay=0.5, reuse_interval=10.0) as server:
        session = session_for(server, reuse_interval=0)
        server.script(TOKEN_PATH, builtin_then("disconnect"))
        sender, _ = in_a_thread(lambda: [sync_get(session, server.url)])
        wait_until(lambda: server.tokens.rotations == 1)
        outcomes = threads_and_tasks(session, server.url, 5, 5)
        sender.join()
        assert all(isinstance(o, RefreshError) and o.session_ended for o in outcomes), outcomes
        assert len({str(o) for o in outcomes}) == 1 and "reuse_interval is 0" in str(outcomes[0])
        assert server.tokens.reuses == [] and server.count("POST", TOKEN_PATH) == 1
        assert isinstance(sync_get(session, server.url), RefreshError)
        assert server.count("POST", TOKEN_PATH) == 1, "a spent token is never sent again"


def test_past_the_interval_or_lost_twice_the_session_ends_without_sending_again() -> None:
    with FaultServer(require_auth=True, reuse_interval=10.0) as server:
        late = session_for(server, reuse_interval=0.2)
        server.script(TOKEN_PATH, builtin_then("disconnect"))
        assert isinstance(sync_get(late, server.url), httpx.RemoteProtocolError)
        time.sleep(0.3)
        error = sync_get(late, server.url)
        assert isinstance(error, RefreshError) and error.session_ended and "0.2 s" in str(error)
        assert server.count("POST", TOKEN_PATH) == 1

        twice = session_for(server)
        server.script(TOKEN_PATH, builtin_then("disconnect"), builtin_then("disconnect"))
        assert isinstance(sync_get(twice, server.url), httpx.RemoteProtocolError)
        assert isinstance(sync_get(twice, server.url), httpx.RemoteProtocolError)  # the one reuse, lost too
        error = sync_get(twice, server.url)
        assert isinstance(error, RefreshError) and error.session_ended and "failed too" in str(error)
        assert server.count("POST", TOKEN_PATH) == 3 and len(server.tokens.reuses) == 1


@pytest.mark.parametrize("sender_side", ["thread", "task"])
def test_an_unreachable_auth_server_fails_every_waiter_at_once_and_spends_nothing(sender_side: str) -> None:
    with FaultServer(require_auth=True) as server:
        pairs: list[TokenPair] = []
        session = session_for(server, pairs, project_url=server.refused_url)
        sending = threading.Event()

        def hold(request: httpx.Request) -> None:
            if request.url.path == TOKEN_PATH:
                sending.set()
                time.sleep(0.5)  # the refresh is claimed, not yet sent: the others wait for it

        async def ahold(request: httpx.Request) -> None:
            hold(request)

        def sender() -> list[Outcome]:
            if sender_side == "thread":
                with httpx.Client(auth=session, event_hooks={"request": [hold]}) as client:
                    return [_outcome(lambda: client.get(server.url + "/api").status_code)]

            async def main() -> list[Outcome]:
                async with httpx.AsyncClient(auth=session, event_hooks={"request": [ahold]}) as client:
                    try:
                        return [(await client.get(server.url + "/api")).status_code]
                    except Exception as error:
                        return [error]

            return asyncio.run(main())

        thread, sent = in_a_thread(sender)
        sending.wait(5)
        outcomes = threads_and_tasks(session, server.url, 5, 5)
        thread.join()
        assert isinstance(sent[0], httpx.ConnectError)
        assert all(isinstance(o, RefreshError) and not o.session_ended for o in outcomes), outcomes
        assert len({str(o) for o in outcomes}) == 1 and "could not be reached (ConnectError)" in str(outcomes[0])
        session.project_url = server.url  # the auth server is back: the token was never spent
        assert sync_get(session, server.url) == 200
        assert server.tokens.reuses == [] and len(pairs) == 1 and server.tokens.rotations == 1


def _outcome(call: Callable[[], int]) -> Outcome:
    try:
        return call()
    except Exception as error:
        return error


def test_a_refused_refresh_ends_the_session_for_everyone_with_one_request() -> None:
    with FaultServer(require_auth=True, refresh_delay=0.3) as server:
        session = session_for(server)
        spent = session._tokens.refresh
        assert server.tokens.rotate(spent) is not None  # someone else spent it
        outcomes = threads_and_tasks(session, server.url, 5, 5)
        assert all(isinstance(o, RefreshError) and o.session_ended and o.status_code == 400 for o in outcomes)
        assert server.count("POST", TOKEN_PATH) == 1 and isinstance(sync_get(session, server.url), RefreshError)
        assert server.count("POST", TOKEN_PATH) == 1


def test_a_transient_auth_failure_keeps_the_session() -> None:
    with FaultServer(require_auth=True) as server:
        session = session_for(server)
        server.script(TOKEN_PATH, html_error(503))
        error = sync_get(session, server.url)
        assert isinstance(error, RefreshError) and not error.session_ended and error.status_code == 503
        assert sync_get(session, server.url) == 200 and server.tokens.reuses == []


def test_a_cancelled_waiter_does_not_cancel_the_refresh_for_the_others() -> None:
    with FaultServer(require_auth=True, refresh_delay=0.5, revoke_on_reuse=True) as server:
        session = session_for(server)

        async def main() -> list[Outcome]:
            async with httpx.AsyncClient(base_url=server.url, auth=session) as client:
                tasks = [asyncio.create_task(client.get("/api")) for _ in range(6)]
                await asyncio.sleep(0.2)
                for task in tasks[1:3]:
                    task.cancel()
                done = await asyncio.gather(*tasks, return_exceptions=True)
                return [d.status_code if isinstance(d, httpx.Response) else d for d in done]

        outcomes = asyncio.run(main())
        assert outcomes[0] == 200 and outcomes[3:] == [200] * 3
        assert all(isinstance(o, asyncio.CancelledError) for o in outcomes[1:3])
        assert server.tokens.rotations == 1 and server.tokens.reuses == []


def test_a_request_from_an_event_hook_during_the_refresh_fails_instead_of_hanging() -> None:
    with FaultServer(require_auth=True, reuse_interval=10.0) as server:
        session = session_for(server)
        seen: list[Outcome] = []

        def hook(request: httpx.Request) -> None:
            if request.url.path == TOKEN_PATH:
                seen.append(sync_get(session, server.url))  # this thread is sending the refresh

        with httpx.Client(auth=session, event_hooks={"request": [hook]}) as client:
            assert client.get(server.url + "/api").status_code == 200
        assert isinstance(seen[0], RefreshError) and "would never end" in str(seen[0])


# --- finding 7: no secret in a traceback's locals ------------------------------------


def secrets_of(server: FaultServer) -> list[str]:
    return [*server.tokens.minted, server.anon_key]


def formatted_with_locals(error: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


def test_on_refresh_raising_shows_no_token_in_locals_and_the_waiters_go_on() -> None:
    with FaultServer(require_auth=True, refresh_delay=0.3) as server:
        calls: list[TokenPair] = []

        def on_refresh(pair: TokenPair) -> None:
            calls.append(pair)
            raise OSError("the vault is down")

        session = session_for(server, on_refresh=on_refresh)
        outcomes = threads_and_tasks(session, server.url, 5, 5)
        raised = [o for o in outcomes if isinstance(o, OSError)]
        assert len(raised) == 1 and outcomes.count(200) == 9 and len(calls) == 1
        assert sync_get(session, server.url) == 200 and server.count("POST", TOKEN_PATH) == 1, "the pair was kept"
        text = formatted_with_locals(raised[0])
        assert "the vault is down" in text and "pair = TokenPair(" in text and "Secret('<redacted>')" in text
        for secret in secrets_of(server):
            assert secret not in text


@pytest.mark.parametrize("side", ["thread", "task"])
def test_the_flow_that_refreshed_holds_no_token_in_its_locals(side: str) -> None:
    """Each flow, not whichever wins a race: the async one once kept the answer's bytes in a local."""
    with FaultServer(require_auth=True) as server:

        def on_refresh(pair: TokenPair) -> None:
            raise OSError("the vault is down")

        session = session_for(server, on_refresh=on_refresh)
        if side == "thread":
            error = sync_get(session, server.url)
        else:
            [error] = asyncio.run(async_gets(session, server.url, 1))
        assert isinstance(error, OSError), error
        text = formatted_with_locals(error)
        assert "the vault is down" in text and "Secret('<redacted>')" in text
        for secret in secrets_of(server):
            assert secret not in text


def test_a_refresh_error_shows_no_token_in_locals() -> None:
    with FaultServer(require_auth=True) as server:
        session = session_for(server)
        server.tokens.rotate(session._tokens.refresh)
        with httpx.Client(auth=session) as client:
            try:
                client.get(server.url + "/api")
            except RefreshError as error:
                text = formatted_with_locals(error)
        assert "RefreshError" in text and "invalid_grant" in text
        for secret in secrets_of(server):
            assert secret not in text


# --- finding 2: https for project_url -----------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://abc.supabase.co", "http://10.0.0.7:54321", "http://user:pa55word@abc.supabase.co"]
)
def test_plain_http_off_loopback_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        SupabaseSession("refresh-token-123456", project_url=url, anon_key="anon-key-0123456789")
    error = caught.value
    assert isinstance(error, jobmojito.JobMojitoError) and isinstance(error, ValueError)
    assert "refusing plain http://" in str(error) and "refresh token and the anon key" in str(error)
    assert "pa55word" not in str(error) and "anon-key-0123456789" not in str(error)
    allowed = SupabaseSession("r" * 20, project_url=url, anon_key="a" * 20, allow_insecure_http=True)
    assert allowed.project_url == url


@pytest.mark.parametrize(
    "url", ["https://abc.supabase.co/", "http://localhost:54321", "http://127.0.0.1:54321", "http://[::1]:54321"]
)
def test_https_and_loopback_are_accepted(url: str) -> None:
    assert SupabaseSession("r" * 20, project_url=url, anon_key="a" * 20).project_url == url.rstrip("/")


@pytest.mark.parametrize("url", ["ftp://abc.supabase.co", "abc.supabase.co", "https://", "https://a:b:c"])
def test_what_is_not_an_http_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="project_url must be an http"):
        SupabaseSession("r" * 20, project_url=url, anon_key="a" * 20)


def test_loopback_and_origins() -> None:
    for host in ("localhost", "LOCALHOST.", "127.0.0.1", "127.9.9.9", "::1", "[::1]"):
        assert is_loopback(host), host
    for host in ("localhost.example.com", "10.0.0.1", "::2", "abc.supabase.co", ""):
        assert not is_loopback(host), host
    assert same_origin("https://a.test/x", "https://a.test:443/y") and same_origin("http://a.test", "http://a.test:80")
    for other in ("http://a.test/x", "https://b.test/x", "https://a.test:8443/x"):
        assert not same_origin("https://a.test/x", other), other


def test_bad_arguments_are_configuration_errors() -> None:
    for kwargs in ({"reuse_interval": -1}, {"reuse_interval": float("nan")}):
        with pytest.raises(ConfigurationError, match="reuse_interval"):
            SupabaseSession("r" * 20, project_url="https://x.supabase.co", anon_key="a" * 20, **kwargs)
    with pytest.raises(ConfigurationError):
        SupabaseSession("", project_url="https://x.supabase.co", anon_key="a" * 20)
    assert SupabaseSession("r" * 20, project_url="https://x.supabase.co", anon_key="a").reuse_interval == 10.0
