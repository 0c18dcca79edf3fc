"""Supabase sessions through the facade, and no secret anywhere it could leak."""

from __future__ import annotations

import asyncio
import io
import logging
import traceback
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from facade_support import INTERVIEW, LANGUAGES

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito, SupabaseSession, TokenPair
from tests.support.fault_server import FaultServer, json_reply, unauthorized
from tests.support.fixtures import auth_server_fixture  # noqa: F401
from tests.support.tokens import make_jwt

pytestmark = pytest.mark.timeout(60)
TOKEN_ENDPOINT = ("POST", "/auth/v1/token")
EMBED_KEY = "embed-signing-key-8d7c6b5a4f3e"


def session(server: FaultServer, pairs: list[TokenPair], access: str | None = None) -> SupabaseSession:
    return SupabaseSession(
        server.tokens.mint_refresh(),
        project_url=server.url,
        anon_key=server.anon_key,
        access_token=access,
        on_refresh=pairs.append,
    )


def test_a_401_refreshes_once_and_retries_once(auth_server: FaultServer) -> None:
    pairs: list[TokenPair] = []
    stale = auth_server.tokens.mint_access()
    auth_server.script("/platform-languages-list", unauthorized(), json_reply(LANGUAGES))
    with JobMojito(auth=session(auth_server, pairs, stale), base_url=auth_server.url) as jm:
        languages = jm.admin.list_languages()
    assert languages.languages is not None
    assert auth_server.count(*TOKEN_ENDPOINT) == 1
    assert auth_server.count("GET", "/platform-languages-list") == 2
    assert len(pairs) == 1 and pairs[0].access_token != stale
    retried = auth_server.received[-1]
    assert retried.headers["authorization"] == f"Bearer {pairs[0].access_token}"
    assert retried.headers["apikey"] == auth_server.anon_key


def test_50_threads_on_an_expired_token_cause_one_refresh(auth_server: FaultServer) -> None:
    pairs: list[TokenPair] = []
    expired = make_jwt(exp=1_000_000_000)
    auth = session(auth_server, pairs, expired)
    with JobMojito(auth=auth, base_url=auth_server.url) as jm, ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda _: jm.with_raw_response.admin.list_languages().status_code, range(50)))
    assert statuses == [200] * 50
    assert auth_server.count(*TOKEN_ENDPOINT) == 1
    assert len(pairs) == 1


def test_50_tasks_on_an_expired_token_cause_one_refresh(auth_server: FaultServer) -> None:
    pairs: list[TokenPair] = []
    expired = make_jwt(exp=1_000_000_000)

    async def main() -> list[int]:
        async with AsyncJobMojito(auth=session(auth_server, pairs, expired), base_url=auth_server.url) as ajm:
            calls = [ajm.with_raw_response.admin.list_languages() for _ in range(50)]
            return [raw.status_code for raw in await asyncio.gather(*calls)]

    assert asyncio.run(main()) == [200] * 50
    assert auth_server.count(*TOKEN_ENDPOINT) == 1
    assert len(pairs) == 1


def test_no_secret_reaches_a_repr_a_log_record_or_an_error(auth_server: FaultServer) -> None:
    """Run a refresh, a success with an embed key and failures; grep everything."""
    pairs: list[TokenPair] = []
    stale = auth_server.tokens.mint_access()
    auth = session(auth_server, pairs, stale)
    first_refresh = str(auth._tokens.refresh)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    texts: list[str] = []
    created_body = {"interview_def_set_id": "d", "questions_generated": 1, "max_duration": 60}
    try:
        auth_server.script(
            "/job-interview-create", unauthorized(), json_reply({**created_body, "embed_signing_key": EMBED_KEY})
        )
        auth_server.script("/platform-languages-list", json_reply({"error": "nope"}, 403))
        with JobMojito(auth=auth, base_url=auth_server.url) as jm:
            created = jm.interviews.create(**INTERVIEW)
            assert created.embed_signing_key == EMBED_KEY, "the key itself is still usable"
            texts += [repr(created), str(created), repr(created.to_dict()), repr(jm), str(jm), repr(auth), str(auth)]
            texts += [repr(pairs), repr(pairs[0])]
            try:
                jm.admin.list_languages()
            except jobmojito.PermissionDeniedError as exc:
                texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
        broken = JobMojito(auth=auth, base_url=auth_server.refused_url, max_retries=0)
        try:
            broken.admin.list_languages()
        except jobmojito.APIConnectionError as exc:
            texts += [str(exc), "".join(traceback.format_exception(exc))]
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    texts += [formatter.format(r) for r in records]
    texts += [str(r.args) for r in records]
    assert records, "the run must have logged something"
    secrets = {
        "access token (stale)": stale,
        "access token (new)": pairs[0].access_token,
        "refresh token (used)": first_refresh,
        "refresh token (new)": pairs[0].refresh_token,
        "anon key": auth_server.anon_key,
        "embed signing key": EMBED_KEY,
    }
    everything = "\n".join(texts)
    leaked = [name for name, value in secrets.items() if str(value) in everything]
    assert leaked == []


def test_the_embed_signing_key_is_masked_in_nested_reprs() -> None:
    body = {"interview_def_set_id": "d", "embed_id": "e", "embed_signing_key": EMBED_KEY}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    jm = JobMojito(token="t", base_url="https://api.test", http_client=httpx.Client(transport=transport))
    created = jm.interviews.create_from_questions(**{**INTERVIEW, "description": "d"}, questions=[{"question": "Why?"}])
    out = io.StringIO()
    print([created], file=out)
    assert EMBED_KEY not in out.getvalue() and EMBED_KEY not in repr(created)
    assert created.embed_signing_key == EMBED_KEY
