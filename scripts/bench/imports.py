"""Section 1: importing the SDK, making a client and a cold call, next to raw httpx.

Each run is a fresh interpreter (``python -c``). The statement is timed inside
it with ``time.perf_counter`` (interpreter start-up, the same for every case,
is left out so that it cannot dilute the ratio); the wall time of the whole
process is shown beside it. Cases are interleaved run by run.

httpx imports its command line (click, rich, pygments) when those happen to be
installed, as they are in the dev venv. A user of the SDK need not have them,
so the budget is judged with them hidden (an import hook makes them fail to
import, as if absent); the dev-venv numbers are shown too.

A cold call is what a serverless function pays on its first request: import,
construct, one ``interviews.create`` on ``httpx.MockTransport``, next to raw
httpx importing, constructing and doing the same POST and ``.json()``. Each
source runs once before the timed runs, so its bytecode is cached, as an
installed package has it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from .fixtures import BASE, CREATE_PATH, CREATED, INTERVIEW, JSON_HEADERS
from .results import Budget, Section, Spread, ratios

HIDE_CLI = """\
import sys
class _Absent:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("click", "rich", "pygments"):
            raise ImportError(name)
        return None
sys.meta_path.insert(0, _Absent())
"""
TIMED = "import time\n_t0 = time.perf_counter()\n{code}\nprint(time.perf_counter() - _t0)\n"

HTTPX = "import httpx"
CLIENT = "import httpx; httpx.Client()"
CASES = {
    HTTPX: HTTPX,
    CLIENT: "import httpx\nhttpx.Client()",
    "import jobmojito": "import jobmojito",
    'import jobmojito; jobmojito.JobMojito(token="t")': "import jobmojito\njobmojito.JobMojito(token='t')",
}
SDK = 'import jobmojito; jobmojito.JobMojito(token="t")'
BUDGET = 1.3

_ANSWER = f"""\
import httpx
_mock = httpx.MockTransport(lambda r: httpx.Response(200, content={CREATED!r}, headers={JSON_HEADERS!r}))
"""
RAW_COLD = "cold call: raw httpx POST + .json()"
SDK_COLD = "cold call: JobMojito(...).interviews.create(...)"
COLD_CASES = {
    RAW_COLD: _ANSWER
    + f"httpx.Client(transport=_mock, headers={{'Authorization': 'Bearer t'}}).post({BASE + CREATE_PATH!r}, "
    + f"json={INTERVIEW!r}).json()",
    SDK_COLD: _ANSWER
    + f"import jobmojito\njobmojito.JobMojito(token='t', base_url={BASE!r}, "
    + f"http_client=httpx.Client(transport=_mock)).interviews.create(**{INTERVIEW!r})",
}
COLD_BUDGET = 1.2


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("JOBMOJITO_", "PYTHON"))}


def _once(source: str) -> tuple[float, float]:
    """(seconds inside the interpreter, seconds of the whole process)."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True, env=_env()).stdout
    return float(out.strip().splitlines()[-1]), time.perf_counter() - started


def _measure(cases: dict[str, str], prelude: str, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    sources = {name: prelude + TIMED.format(code=code) for name, code in cases.items()}
    for source in sources.values():  # byte-compile caches, warm the page cache
        _once(source)
    found: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in cases}
    for _ in range(runs):
        for name, source in sources.items():
            inner, whole = _once(source)
            found[name][0].append(inner)
            found[name][1].append(whole)
    return found


def run(runs: int) -> Section:
    section = Section(
        title="1. Import, client construction and a cold call",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs per case; median [p25-p75] in ms.",
        headers=["environment", "statement", "in-process ms", "whole process ms", "÷ raw httpx (in-process)"],
    )
    environments = [
        ("without httpx CLI extras", HIDE_CLI, CASES),
        ("dev venv as installed", "", {k: CASES[k] for k in (HTTPX, SDK)}),
    ]
    for label, prelude, cases in environments:
        found = _measure({**cases, **COLD_CASES}, prelude, runs)
        base = found[HTTPX][0]
        for name, (inner, whole) in found.items():
            if name in COLD_CASES:
                continue
            ratio = ratios(inner, base)
            section.rows.append(
                [label, f"`{name}`", Spread.of(inner).show(1000), Spread.of(whole).show(1000), ratio.show(digits=2)]
            )
        sdk = ratios(found[SDK][0], base)
        if label.startswith("without"):
            section.budgets.append(Budget(f"import + client ÷ import httpx ({label})", sdk, BUDGET))
            like = ratios(found[SDK][0], found[CLIENT][0])
            section.notes.append(
                f"Making a client makes an ``httpx.Client`` (httpcore, an SSL context): next to ``{CLIENT}`` "
                f"the SDK's import and client take {like.show(digits=2)}x the time."
            )
        else:
            section.notes.append(
                f"In the dev venv (where httpx imports click and rich) the ratio is {sdk.show(digits=2)}."
            )
        cold = ratios(found[SDK_COLD][0], found[RAW_COLD][0])
        for name in COLD_CASES:
            inner, whole = found[name]
            shown = cold.show(digits=2) if name == SDK_COLD else "1.00 [1.00-1.00]"
            section.rows.append([label, name, Spread.of(inner).show(1000), Spread.of(whole).show(1000), shown])
        if label.startswith("without"):
            section.budgets.append(Budget(f"cold call ÷ raw httpx cold call ({label})", cold, COLD_BUDGET))
        else:
            section.notes.append(f"The cold call in the dev venv: {cold.show(digits=2)}x raw httpx.")
    return section
