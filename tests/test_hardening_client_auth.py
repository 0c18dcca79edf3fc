"""Issue 13's Supabase findings through the client: one refresh across threads, tasks and loops (1),
https for project_url (2), errors that pickle without secrets (6) and show none (7), a token
endpoint that redirects (8), and an auth server that is down or slow (10).

``test_hardening_auth.py`` proves the session with plain httpx clients; here every
call goes through ``JobMojito``/``AsyncJobMojito``, whose request loop retries
what the session reports as not sent. The fake Supabase token endpoint refuses a
reused refresh token at once and (mostly) revokes the whole session on reuse.
"""

from __future__ import annotations

import asyncio
import pickle
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from facade_support import INTERVIEW, LANGUAGES

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito, RefreshError, RetryDecision, RetryPolicy, SupabaseSession, TokenPair
from tests.support.fault_server import FaultServer, Reply, builtin_then, drip, html_error, json_reply, unauthorized

pytestmark = pytest.mark.timeout(180)
TOKEN_PATH, LANG, CREATE = "/auth/v1/token", "/platform-languages-list", "/job-interview-create"
TRIALS = 20
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)

Outcome = str  # "ok" or the name of the error class


def session_for(server: FaultServer, pairs: list[TokenPair] | None = None, **kwargs: Any) -> SupabaseSession:
    """A session whose access token has expired: its first call refreshes."""
    kwargs.setdefault("project_url", server.url)
    kwargs.setdefault("on_refresh", pairs.append if pairs is not None else None)
    access = server.tokens.mint_access(exp=time.time() - 10)
    return SupabaseSession(server.tokens.mint_refresh(), anon_key=server.anon_key, access_token=access, **kwargs)


def sync_outcome(jm: JobMojito) -> Outcome:
    try:
        jm.admin.list_languages()
        return "ok"
    except jobmojito.JobMojitoError as error:
        return type(error).__name__


async def async_outcomes(session: SupabaseSession, url: str, tasks: int) -> list[Outcome]:
    async with AsyncJobMojito(auth=session, base_url=url) as ajm:

        async def one() -> Outcome:
            try:
                await ajm.admin.list_languages()
                return "ok"
            except jobmojito.JobMojitoError as error:
                return type(error).__name__

        return list(await asyncio.gather(*(one() for _ in range(tasks))))


def raised_by(mode: str, call: Callable[[Any], Any], **client: Any) -> BaseException | None:
    """``call(client)`` on a JobMojito (``mode`` "sync") or an AsyncJobMojito awaiting it (any other mode),
    both made with ``client``; the JobMojitoError it raised, or None."""
    try:
        if mode == "sync":
            with JobMojito(**client) as jm:
                call(jm)
        else:

            async def main() -> None:
                async with AsyncJobMojito(**client) as ajm:
                    await call(ajm)

            asyncio.run(main())
    except jobmojito.JobMojitoError as raised:
        return raised
    return None


def in_a_thread(function: Callable[[], list[Outcome]]) -> tuple[threading.Thread, list[Outcome]]:
    out: list[Outcome] = []
    thread = threading.Thread(target=lambda: out.extend(function()))
    thread.start()
    return thread, out


def threads_and_tasks(session: SupabaseSession, url: str) -> list[Outcome]:
    """25 threads on one JobMojito and 25 tasks on one AsyncJobMojito (its own loop), one session."""
    loop, from_tasks = in_a_thread(lambda: asyncio.run(async_outcomes(session, url, 25)))
    with JobMojito(auth=session, base_url=url) as jm, ThreadPoolExecutor(25) as pool:
        from_threads = list(pool.map(lambda _: sync_outcome(jm), range(25)))
    loop.join()
    return from_threads + from_tasks


def four_loops(session: SupabaseSession, url: str) -> list[Outcome]:
    """4 event loops, each with its own AsyncJobMojito and 10 tasks, one session."""
    started = [in_a_thread(lambda: asyncio.run(async_outcomes(session, url, 10))) for _ in range(4)]
    for thread, _ in started:
        thread.join()
    return [outcome for _, out in started for outcome in out]


# --- finding 1: one refresh, whatever shares the session -------------------------------


@pytest.mark.parametrize(
    ("crowd", "calls"), [(threads_and_tasks, 50), (four_loops, 40)], ids=["25-threads-and-25-tasks", "4-event-loops"]
)
def test_one_refresh_no_reuse_and_no_failed_call_over_20_trials(
    crowd: Callable[[SupabaseSession, str], list[Outcome]], calls: int
) -> None:
    for trial in range(TRIALS):
        with FaultServer(require_auth=True, refresh_delay=0.1, revoke_on_reuse=True) as server:
            pairs: list[TokenPair] = []
            outcomes = crowd(session_for(server, pairs), server.url)
            assert len(outcomes) == calls
            assert ([o for o in outcomes if o != "ok"], server.tokens.reuses) == ([], []), f"trial {trial}"
            assert server.tokens.rotations == 1 and server.count("POST", TOKEN_PATH) == 1 and len(pairs) == 1


def test_a_lost_refresh_answer_costs_no_call_at_all() -> None:
    """With plain httpx the call that sent the lost refresh fails; the client retries it (it was not sent)."""
    with FaultServer(require_auth=True, reuse_interval=10.0, revoke_on_reuse=True) as server:
        pairs: list[TokenPair] = []
        session = session_for(server, pairs)
        server.script(TOKEN_PATH, builtin_then("disconnect"))  # rotated, and the answer never comes
        with JobMojito(auth=session, base_url=server.url, retry_policy=FAST) as jm:
            assert [sync_outcome(jm), sync_outcome(jm)] == ["ok", "ok"]
        [reuse] = server.tokens.reuses
        assert reuse.forgiven and server.tokens.rotations == 1 and server.count("POST", TOKEN_PATH) == 2
        assert len(pairs) == 1 and server.count("GET", LANG) == 2, "each API call sent once"


def test_a_lost_answer_without_a_reuse_interval_ends_the_session_in_one_clear_error() -> None:
    with FaultServer(require_auth=True, reuse_interval=10.0) as server:
        session = session_for(server, reuse_interval=0)
        server.script(TOKEN_PATH, builtin_then("disconnect"))
        with (
            JobMojito(auth=session, base_url=server.url, retry_policy=FAST) as jm,
            pytest.raises(RefreshError) as caught,
        ):
            jm.interviews.create(**INTERVIEW)
        assert caught.value.session_ended and "reuse_interval is 0" in str(caught.value)
        assert caught.value.outcome_unknown is False
        assert server.count("POST", TOKEN_PATH) == 1 and server.tokens.reuses == [], "a spent token is not sent again"
        assert server.count("POST", CREATE) == 0


# --- finding 2: https for project_url, as for base_url -----------------------------------


def test_plain_http_off_loopback_is_refused_for_both_urls_by_the_same_check() -> None:
    with pytest.raises(jobmojito.ConfigurationError) as session_error:
        SupabaseSession("r" * 20, project_url="http://abc.supabase.co", anon_key="a" * 20)
    with pytest.raises(jobmojito.ConfigurationError) as client_error:
        JobMojito(token="t", base_url="http://abc.supabase.co/functions/v1")
    for error, name in ((session_error.value, "project_url"), (client_error.value, "base_url")):
        assert f"refusing plain http:// to abc.supabase.co for {name}" in str(error) and isinstance(error, ValueError)


def test_plain_http_to_loopback_works_through_the_client() -> None:
    with FaultServer(require_auth=True) as server:
        assert server.url.startswith("http://127.0.0.1")
        with JobMojito(auth=session_for(server), base_url=server.url) as jm:
            assert sync_outcome(jm) == "ok"


# --- findings 6 and 7: errors from real calls pickle without secrets and show none -------


def secrets_of(server: FaultServer) -> list[str]:
    return [*server.tokens.minted, server.anon_key]


def test_errors_raised_through_a_session_pickle_without_a_secret() -> None:
    with FaultServer(require_auth=True) as server:
        session = session_for(server)
        server.script(LANG, json_reply({"error": "no"}, 403), Reply(200, b"x" * 2000))
        errors: list[jobmojito.JobMojitoError] = []
        with JobMojito(auth=session, base_url=server.url, max_retries=0) as jm:
            for call in (jm.admin.list_languages, jm.with_options(max_response_bytes=100).admin.list_languages):
                try:
                    call()
                except jobmojito.JobMojitoError as error:
                    errors.append(error)
            server.tokens.rotate(session._tokens.refresh)  # someone else spends the current refresh token
            session._state.tokens = session._tokens.__class__(None, session._tokens.refresh, None, None)
            try:
                jm.admin.list_languages()
            except jobmojito.JobMojitoError as error:
                errors.append(error)
        assert [type(e) for e in errors] == [
            jobmojito.PermissionDeniedError,
            jobmojito.ResponseTooLargeError,
            RefreshError,
        ]
        for error in errors:
            data = pickle.dumps(error)
            assert not [s for s in secrets_of(server) if s.encode() in data], type(error)
            back = pickle.loads(data)
            assert type(back) is type(error) and str(back) == str(error)


def test_on_refresh_raising_through_the_client_shows_no_token_in_a_traceback_with_locals() -> None:
    with FaultServer(require_auth=True) as server:

        def on_refresh(pair: TokenPair) -> None:
            raise OSError("the vault is down")

        with JobMojito(auth=session_for(server, on_refresh=on_refresh), base_url=server.url) as jm:
            with pytest.raises(OSError, match="the vault is down") as caught:  # the caller's own error, as documented
                jm.admin.list_languages()
            assert sync_outcome(jm) == "ok", "the session kept the pair"
        text = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
        assert "Secret('<redacted>')" in text
        assert [s for s in secrets_of(server) if s in text] == []


def test_an_embed_signing_key_in_an_error_body_never_reaches_an_async_error() -> None:
    key = "esk_live_from_the_async_client_9a8b7c"
    with FaultServer() as server:
        server.script(LANG, json_reply({"message": "boom", "embed_signing_key": key}, 500))

        async def main() -> BaseException:
            async with AsyncJobMojito(token="t-0123456789", base_url=server.url, max_retries=0) as ajm:
                try:
                    await ajm.admin.list_languages()
                except jobmojito.InternalServerError as error:
                    return error
            raise AssertionError("no error")

        error = asyncio.run(main())
        for text in (str(error), repr(error), "".join(traceback.format_exception(error)), pickle.dumps(error).hex()):
            assert key not in text and key.encode().hex() not in text


# --- finding 8: a token endpoint that redirects ------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_redirected_refresh_sends_the_refresh_token_nowhere_else(mode: str) -> None:
    with FaultServer(require_auth=True) as server, FaultServer() as other:
        target = other.url.replace("127.0.0.1", "localhost") + TOKEN_PATH
        server.script(TOKEN_PATH, Reply(307, b"", None, {"Location": target}))
        session = session_for(server)
        if mode == "sync":
            with JobMojito(auth=session, base_url=server.url, http_client=httpx.Client(follow_redirects=True)) as jm:
                outcome = sync_outcome(jm)
        else:

            async def main() -> str:
                client = httpx.AsyncClient(follow_redirects=True)
                async with AsyncJobMojito(auth=session, base_url=server.url, http_client=client) as ajm:
                    try:
                        await ajm.admin.list_languages()
                        return "ok"
                    except RefreshError as error:
                        assert "redirect, which is never followed" in str(error) and not error.session_ended
                        return type(error).__name__

            outcome = asyncio.run(main())
        assert outcome == "RefreshError"
        assert other.received == [], "the refresh token, the anon key: nothing reached the other origin"
        assert server.count("POST", TOKEN_PATH) == 1, "a refusal to refresh here is not retried"
        assert server.count("GET", LANG) == 0


# --- finding 10: the auth server down or slow ---------------------------------------------


def test_an_unreachable_auth_server_is_named_and_retried_as_not_sent() -> None:
    with FaultServer(require_auth=True) as server:
        tried: list[httpx.Request] = []
        client = httpx.Client(event_hooks={"request": [tried.append]})
        session = session_for(server, project_url=server.refused_url)
        with JobMojito(auth=session, base_url=server.url, http_client=client, retry_policy=FAST) as jm:
            with pytest.raises(RefreshError) as caught:
                jm.interviews.create(**INTERVIEW)
            error = caught.value
            assert f"the auth server at {server.refused_url} could not be reached" in str(error)
            assert "POST /job-interview-create was not sent" in str(error), str(error)
            assert not error.session_ended and error.outcome_unknown is False
            assert [r.url.path for r in tried] == [TOKEN_PATH] * 3, "retried: nothing was sent"
            assert server.count("POST", CREATE) == 0
            session.project_url = server.url  # the auth server is back; the refresh token was never spent
            jm.interviews.create(**INTERVIEW)
        assert server.count("POST", CREATE) == 1 and server.tokens.rotations == 1 and server.tokens.reuses == []


def test_a_failing_auth_server_is_retried_and_a_refusal_is_not() -> None:
    with FaultServer(require_auth=True) as server:
        server.script(TOKEN_PATH, *[html_error(503)] * 3)
        jm = JobMojito(auth=session_for(server), base_url=server.url, retry_policy=FAST)
        with jm, pytest.raises(RefreshError) as caught:
            jm.interviews.create(**INTERVIEW)
        assert caught.value.status_code == 503 and not caught.value.session_ended
        assert f"the auth server at {server.url} answered HTTP 503" in str(caught.value)
        assert str(caught.value).endswith("POST /job-interview-create was not sent.")
        assert server.count("POST", TOKEN_PATH) == 3 and server.count("POST", CREATE) == 0

        session = session_for(server)
        server.tokens.rotate(session._tokens.refresh)  # spent elsewhere: refused as already used
        with (
            JobMojito(auth=session, base_url=server.url, retry_policy=FAST) as jm,
            pytest.raises(RefreshError) as caught,
        ):
            jm.interviews.create(**INTERVIEW)
        assert caught.value.session_ended and caught.value.status_code == 400
        assert "sign in again" in str(caught.value) and "was not sent" in str(caught.value)
        assert server.count("POST", TOKEN_PATH) == 4, "one more: an ended session is not retried"

        asked: list[int] = []

        class RetryEverything:
            def decide(self, *, attempt: int, **_: Any) -> RetryDecision:
                asked.append(attempt)
                return RetryDecision(attempt < 5, 0.0, "retry everything")

        session = session_for(server)
        server.tokens.rotate(session._tokens.refresh)
        jm = JobMojito(auth=session, base_url=server.url, retry_policy=RetryEverything())
        with jm, pytest.raises(RefreshError, match="sign in again"):
            jm.interviews.create(**INTERVIEW)
        assert server.count("POST", TOKEN_PATH) == 5 and asked == [], "whatever the policy: the session is over"


@pytest.mark.parametrize("waiter", ["thread", "task"])
def test_a_call_waiting_for_a_slow_refresh_keeps_its_own_deadline(waiter: str) -> None:
    with FaultServer(require_auth=True, refresh_delay=2.0, revoke_on_reuse=True) as server:
        session = session_for(server)
        with JobMojito(auth=session, base_url=server.url) as jm:
            sender, sent = in_a_thread(lambda: [sync_outcome(jm)])  # no deadline: waits for the refresh
            while server.tokens.rotations == 0:
                time.sleep(0.005)
            started = time.monotonic()
            if waiter == "thread":
                try:
                    jm.admin.list_languages(deadline=0.3)
                    error: BaseException | None = None
                except jobmojito.JobMojitoError as raised:
                    error = raised
            else:
                error = raised_by(
                    "async", lambda ajm: ajm.admin.list_languages(), auth=session, base_url=server.url, deadline=0.3
                )
            waited = time.monotonic() - started
            sender.join()
        assert isinstance(error, jobmojito.APITimeoutError) and error.outcome_unknown is False, error
        assert waited < 1.5, waited  # the refresh takes 2 s
        assert "waited for the session's refresh" in str(error) and "deadline of 0.3 s" in str(error)
        assert sent == ["ok"] and server.tokens.rotations == 1 and server.tokens.reuses == []
        assert server.count("GET", LANG) == 1, "the waiter sent nothing"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_token_endpoint_that_drips_its_answer_stops_at_the_call_s_deadline(mode: str) -> None:
    """The refresh is part of the call: its answer is read against the call's deadline, as the API's is."""
    with FaultServer(require_auth=True) as server:
        server.script(TOKEN_PATH, drip(b"{}".ljust(100), 0.1))  # 10 s; every read is quick
        session = session_for(server)
        started = time.monotonic()
        create = lambda client: client.interviews.create(**INTERVIEW, deadline=1.0)  # noqa: E731
        error = raised_by(mode, create, auth=session, base_url=server.url, timeout=1.0)
        elapsed = time.monotonic() - started
        # The answer was lost as after a read timeout; the session lives on, as it does then.
        with JobMojito(auth=session, base_url=server.url) as jm:
            assert sync_outcome(jm) == "ok"
    assert isinstance(error, RefreshError) and not error.session_ended, error
    assert elapsed < 5.0, elapsed  # anti-hang bound: the token answer alone takes 10 s
    assert "did not answer" in str(error) and "deadline of 1 s has passed" in str(error)
    assert error.outcome_unknown is False, "the create itself was never sent"
    assert server.count("POST", CREATE) == 0 and server.count("GET", LANG) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_401_whose_body_drips_stops_at_the_call_s_deadline(mode: str) -> None:
    with FaultServer(require_auth=True) as server:
        session = SupabaseSession(
            server.tokens.mint_refresh(),
            project_url=server.url,
            anon_key=server.anon_key,
            access_token=server.tokens.mint_access(),
        )
        server.script(LANG, drip(b"{}".ljust(100), 0.1, status=401))  # 10 s before the session may refresh
        started = time.monotonic()
        languages = lambda client: client.admin.list_languages(deadline=1.0)  # noqa: E731
        error = raised_by(mode, languages, auth=session, base_url=server.url, timeout=1.0)
        elapsed = time.monotonic() - started
    assert isinstance(error, jobmojito.APITimeoutError), error
    assert elapsed < 5.0, elapsed  # anti-hang bound: the 401's body alone takes 10 s
    assert "deadline of 1 s" in str(error)
    assert server.count("POST", TOKEN_PATH) == 0 and server.count("GET", LANG) == 1


def test_a_401_answer_is_refreshed_once_through_the_streamed_loop() -> None:
    with FaultServer(require_auth=True) as server:
        pairs: list[TokenPair] = []
        access = server.tokens.mint_access()
        session = SupabaseSession(
            server.tokens.mint_refresh(),
            project_url=server.url,
            anon_key=server.anon_key,
            access_token=access,
            on_refresh=pairs.append,
        )
        server.script(LANG, Reply(401, b"x" * 500_000, "text/html"), json_reply(LANGUAGES))
        with JobMojito(auth=session, base_url=server.url) as jm:
            assert jm.admin.list_languages().languages is not None
        assert server.count("GET", LANG) == 2 and len(pairs) == 1
        server.script(LANG, unauthorized(), unauthorized())
        with JobMojito(auth=session, base_url=server.url) as jm, pytest.raises(jobmojito.AuthenticationError):
            jm.admin.list_languages()
