"""Pagination: every item across pages, sync and async, with caps."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from facade_support import Recorder, async_client, page, sync_client

ROWS = [{"id": f"r{i}"} for i in range(5)]


def paged(request: httpx.Request) -> httpx.Response:
    """Three pages of two, two and one row, honest about has_more."""
    limit = int(request.url.params.get("limit", "2"))
    offset = int(request.url.params.get("offset", "0"))
    return page(ROWS[offset : offset + limit], offset=offset, total=len(ROWS), limit=limit)


def test_iterating_a_list_fetches_every_page() -> None:
    recorder = Recorder(paged)
    ids = [row.id for row in sync_client(recorder).results.list(limit=2)]
    assert ids == [r["id"] for r in ROWS]
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "2", "4"]
    assert all(r.url.params["limit"] == "2" for r in recorder.requests)


def test_max_items_stops_early_without_fetching_more_pages() -> None:
    recorder = Recorder(paged)
    ids = [row.id for row in sync_client(recorder).results.list(limit=2, max_items=3)]
    assert ids == ["r0", "r1", "r2"]
    assert len(recorder.requests) == 2


def test_an_empty_first_page_yields_nothing_after_one_request() -> None:
    recorder = Recorder(page([], offset=0, total=0))
    assert list(sync_client(recorder).candidates.list()) == []
    assert len(recorder.requests) == 1


def test_a_page_that_claims_more_but_is_empty_ends_the_iteration() -> None:
    lying = httpx.Response(
        200, json={"data": [], "pagination": {"total": 9, "limit": 2, "offset": 0, "has_more": True}}
    )
    recorder = Recorder(lying)
    assert list(sync_client(recorder).results.list()) == []
    assert len(recorder.requests) == 1


def test_iteration_resumes_from_a_given_offset() -> None:
    recorder = Recorder(paged)
    ids = [row.id for row in sync_client(recorder).results.list(limit=2, offset=3)]
    assert ids == ["r3", "r4"]


def test_pages_yields_page_models_and_one_page_is_available_alone() -> None:
    recorder = Recorder(paged)
    jm = sync_client(recorder)
    pages = list(jm.results.list(limit=2).pages())
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert [p.pagination.has_more for p in pages] == [True, True, False]
    one = jm.results.list_page(limit=2, offset=2)
    assert [row.id for row in one.data] == ["r2", "r3"]


def test_listing_is_lazy_until_iterated() -> None:
    recorder = Recorder(paged)
    pager = sync_client(recorder).results.list(limit=2)
    assert recorder.requests == []
    assert next(iter(pager)).id == "r0"
    assert len(recorder.requests) == 1


def test_every_list_operation_paginates() -> None:
    from jobmojito._operations import all_operation_ids, get_operation

    paginated = sorted(op_id for op_id in all_operation_ids() if get_operation(op_id).items)
    assert len(paginated) == 8, paginated
    assert all({p.wire for p in get_operation(o).params} >= {"limit", "offset"} for o in paginated)


def test_async_iteration_across_pages() -> None:
    recorder = Recorder(paged)

    async def main() -> list[Any]:
        async with async_client(recorder) as ajm:
            ids = [row.id async for row in ajm.results.list(limit=2)]
            capped = [row.id async for row in ajm.results.list(limit=2, max_items=1)]
            pages = [p async for p in ajm.results.list(limit=2).pages()]
            return [ids, capped, len(pages)]

    ids, capped, pages = asyncio.run(main())
    assert ids == [r["id"] for r in ROWS]
    assert capped == ["r0"]
    assert pages == 3
