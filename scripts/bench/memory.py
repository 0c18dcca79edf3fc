"""Section 5: memory while iterating ``results.list()`` stays flat.

On ``httpx.MockTransport`` with page bodies built beforehand, a fresh client
iterates 1,000 and then 10,000 results (pages of 100) while ``tracemalloc``
records the peak of what was allocated since it started. One page is iterated
before tracing, so that imports and first-use caches are not counted; then,
traced, 200 one-row pages, so that the stdlib's ``urlsplit`` cache (an LRU of
128 entries that httpx's cookie handling feeds with each page's URL) is full
and what the run evicts from it counts as freed: its bounded growth is not the
pager's. The peak is reset after that. Flat means the 10,000-item peak is
within 10 % of the 1,000-item peak. A second, untraced
pass keeps weak references to every page's first item and, each time the
transport is asked for a page, counts the earlier pages still alive: the pager
must hold none of the pages it has already yielded.
"""

from __future__ import annotations

import tracemalloc
import weakref
from collections.abc import Callable

import httpx

from jobmojito import JobMojito

from .fixtures import BASE, JSON_HEADERS, TOKEN, page_body
from .results import Budget, Section, Spread

LIMIT = 100
FLAT = 1.10
WARM_PAGES = 200


def _client(bodies: dict[int, bytes], on_fetch: Callable[[], None] = lambda: None) -> JobMojito:
    def answer(request: httpx.Request) -> httpx.Response:
        on_fetch()
        return httpx.Response(200, content=bodies[int(request.url.params["offset"])], headers=JSON_HEADERS)

    return JobMojito(token=TOKEN, base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(answer)))


def _bodies(total: int) -> dict[int, bytes]:
    return {offset: page_body(offset, LIMIT, total) for offset in range(0, total, LIMIT)}


def peak(total: int) -> int:
    """Peak traced bytes of making a client and iterating ``total`` results."""
    bodies = _bodies(total)
    for _ in _client(bodies).results.list(limit=LIMIT, max_items=LIMIT):
        pass
    warm = {offset: page_body(offset, 1, WARM_PAGES) for offset in range(WARM_PAGES)}
    tracemalloc.start()
    try:
        for _ in _client(warm).results.list(limit=1):
            pass
        tracemalloc.reset_peak()
        count = 0
        for _ in _client(bodies).results.list(limit=LIMIT):
            count += 1
        assert count == total, (count, total)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def held_pages(total: int) -> int:
    """The most earlier pages still alive when the next page is fetched."""
    firsts: list[weakref.ref[object]] = []
    most = 0

    def on_fetch() -> None:
        nonlocal most
        most = max(most, sum(ref() is not None for ref in firsts))

    for index, item in enumerate(_client(_bodies(total), on_fetch).results.list(limit=LIMIT)):
        if index % LIMIT == 0:
            firsts.append(weakref.ref(item))
    return most


def run(runs: int) -> Section:
    small, large = 1_000, 10_000
    peaks = {total: [peak(total) for _ in range(runs)] for total in (small, large)}
    growth = Spread.of([b / a for a, b in zip(peaks[small], peaks[large], strict=True)])
    held = held_pages(2_000)
    section = Section(
        title="5. Memory while iterating",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs; median [p25-p75] KiB.",
        headers=["results iterated", "tracemalloc peak KiB"],
        rows=[[f"{total:,} ({total // LIMIT} pages)", Spread.of(v).show(1 / 1024, 0)] for total, v in peaks.items()],
        budgets=[Budget("peak(10,000) ÷ peak(1,000)", growth, FLAT)],
    )
    section.rows.append(["earlier pages alive when the next one is fetched (2,000 results)", str(held)])
    section.budgets.append(Budget("earlier pages held by the pager", Spread.of([float(held)]), 0, unit=" pages"))
    return section
