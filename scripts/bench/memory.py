"""Section 5: memory while iterating ``results.list()`` stays flat.

On ``httpx.MockTransport`` with page bodies built beforehand, a fresh client
iterates 1,000 and then 10,000 results (pages of 100) while ``tracemalloc``
records the peak of what was allocated since it started. One page is iterated
before tracing, so that imports and first-use caches are not counted; then,
traced, 200 one-row pages, so that the stdlib's ``urlsplit`` cache (an LRU of
128 entries that httpx's cookie handling feeds with each page's URL) is full
and what the run evicts from it counts as freed: its bounded growth is not the
pager's. The peak is reset after that. Flat means the 10,000-item peak is
within 10 % of the 1,000-item peak.

Each httpx request and response is a small reference cycle, freed only by
the cycle collector; cycles that survive a young collection wait in an older
generation until a full one, so how many are pending at the peak depends on
how long the run has been going, with or without the SDK. The budget is
therefore judged on live memory, the collector run each time the transport
is asked for a page; the same runs with the collector left alone, and raw
httpx paging the same bodies (``.json()["data"]``), are shown beside it. A
second, untraced pass keeps weak references to every page's first item and,
each time the transport is asked for a page, counts the earlier pages still
alive: the pager must hold none of the pages it has already yielded.
"""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from collections.abc import Callable, Iterator

import httpx

from jobmojito import JobMojito

from .fixtures import BASE, JSON_HEADERS, LIST_PATH, TOKEN, page_body
from .results import Budget, Section, Spread, ratios

LIMIT = 100
FLAT = 1.10
WARM_PAGES = 200


def _bodies(total: int) -> dict[int, bytes]:
    return {offset: page_body(offset, LIMIT, total) for offset in range(0, total, LIMIT)}


def _nothing() -> None:
    pass


def _collect() -> None:
    gc.collect()


def _transport(bodies: dict[int, bytes], on_fetch: Callable[[], None]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        on_fetch()
        return httpx.Response(200, content=bodies[int(request.url.params["offset"])], headers=JSON_HEADERS)

    return httpx.MockTransport(answer)


def _sdk_items(bodies: dict[int, bytes], on_fetch: Callable[[], None], limit: int) -> Iterator[object]:
    client = JobMojito(token=TOKEN, base_url=BASE, http_client=httpx.Client(transport=_transport(bodies, on_fetch)))
    return iter(client.results.list(limit=limit))


def _raw_items(bodies: dict[int, bytes], on_fetch: Callable[[], None], limit: int) -> Iterator[object]:
    client = httpx.Client(transport=_transport(bodies, on_fetch), headers={"Authorization": f"Bearer {TOKEN}"})
    for offset in range(0, len(bodies) * limit, limit):
        yield from client.get(BASE + LIST_PATH, params={"limit": limit, "offset": offset}).json()["data"]


Items = Callable[[dict[int, bytes], Callable[[], None], int], Iterator[object]]


def peak(total: int, items: Items = _sdk_items, live: bool = True) -> int:
    """Peak traced bytes of making a client and iterating ``total`` results."""
    bodies = _bodies(total)
    for _ in items({0: page_body(0, LIMIT, LIMIT)}, _nothing, LIMIT):
        pass
    warm = {offset: page_body(offset, 1, WARM_PAGES) for offset in range(WARM_PAGES)}
    tracemalloc.start()
    try:
        for _ in items(warm, _nothing, 1):
            pass
        gc.collect()
        tracemalloc.reset_peak()
        count = sum(1 for _ in items(bodies, _collect if live else _nothing, LIMIT))
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

    for index, item in enumerate(_sdk_items(_bodies(total), on_fetch, LIMIT)):
        if index % LIMIT == 0:
            firsts.append(weakref.ref(item))
    return most


CASES: dict[str, tuple[Items, bool]] = {
    "SDK, live (budget)": (_sdk_items, True),
    "SDK, collector left alone": (_sdk_items, False),
    "raw httpx, live": (_raw_items, True),
    "raw httpx, collector left alone": (_raw_items, False),
}


def run(runs: int) -> Section:
    small, large = 1_000, 10_000
    section = Section(
        title="5. Memory while iterating",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs; median [p25-p75] KiB.",
        headers=["case", "1,000 results (10 pages)", "10,000 results (100 pages)", "peak(10,000) ÷ peak(1,000)"],
    )
    for name, (items, live) in CASES.items():
        peaks = {total: [peak(total, items, live) for _ in range(runs)] for total in (small, large)}
        growth = ratios(peaks[large], peaks[small])
        section.rows.append(
            [name, *(Spread.of(peaks[t]).show(1 / 1024, 0) for t in (small, large)), growth.show(digits=2)]
        )
        if name.endswith("(budget)"):
            section.budgets.append(Budget("peak(10,000) ÷ peak(1,000), live memory", growth, FLAT))
    held = held_pages(2_000)
    section.notes.append(f"Earlier pages alive when the next one is fetched (2,000 results): {held}.")
    section.budgets.append(Budget("earlier pages held by the pager", Spread.of([float(held)]), 0, unit=" pages"))
    return section
