"""Lists split across pages of bounded size: every item once, in order, on pages that link up."""

from __future__ import annotations

import pytest

from builder.paging import grouped, split


@pytest.mark.parametrize(("n", "size", "pages"), [(0, 3, 1), (1, 3, 1), (3, 3, 1), (4, 3, 2), (10, 3, 4)])
def test_split_keeps_every_item_once_in_order_on_bounded_pages(n: int, size: int, pages: int) -> None:
    items = list(range(n))
    out = split("claims/index.md", "claims", items, size)
    assert len(out) == pages
    assert [x for p in out for x in p.items] == items
    assert all(len(p.items) <= size for p in out)
    assert [p.pager.path for p in out] == ["claims/index.md", *(f"pages/claims-{k}.md" for k in range(2, pages + 1))]
    assert all(p.pager.total == n and p.pager.count == pages for p in out)
    if n:
        assert [(p.pager.first, p.pager.last) for p in out][-1] == ((pages - 1) * size + 1, n)


def test_pages_of_different_lists_never_share_a_path() -> None:
    """An id may end in '-2' (slug.unique makes such ids): the page number still tells them apart."""
    paths = [p.pager.path for name in ("claim-a", "claim-a-2", "claim-a-2-2")
             for p in split(f"claims/{name}.md", name, list(range(7)), 2)]
    assert len(paths) == len(set(paths)) == 12


def test_grouped_joins_neighbours_with_the_same_key_only() -> None:
    assert grouped(["a1", "a2", "b1", "a3"], lambda s: s[0]) == [("a", ["a1", "a2"]), ("b", ["b1"]), ("a", ["a3"])]
