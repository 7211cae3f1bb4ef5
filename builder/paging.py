"""paging: long lists split across pages of bounded size, so that no page grows with the briefing.

The first page of a list keeps its address (claims/index.md, claims/<id>.md, ...); the pages
after it are pages/<name>-<n>.md, outside the navigation. A page number is all digits and
follows the last '-', so no two lists' pages can share a path.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

#: The most rows an index or facet page lists; the claims index, whose rows name who is for and against, fewer.
INDEX_SIZE = 50
CLAIMS_SIZE = 40
#: The most attributions a claim or actor page shows.
STANCES_SIZE = 40
#: The most events a timeline page shows, and updates a "What changed" page.
TIMELINE_SIZE = 100
UPDATES_SIZE = 10
#: The most items a short list shows before "and N more": a claim's sides, an update's new records.
SHORT = 3
LONG = 25


@dataclass(frozen=True, slots=True)
class Pager:
    """Where one page stands in a list split across pages."""

    number: int  # 1-based
    paths: tuple[str, ...]  # every page of the list, the first one first
    first: int  # 1-based position of the page's first item in the whole list
    last: int
    total: int  # items in the whole list

    @property
    def count(self) -> int:
        return len(self.paths)

    @property
    def path(self) -> str:
        return self.paths[self.number - 1]

    def at(self, number: int) -> str:
        return self.paths[number - 1]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    pager: Pager
    items: Sequence[T]


def split(first: str, name: str, items: Sequence[T], size: int) -> list[Page[T]]:
    """``items`` in pages of at most ``size``: ``first`` then pages/``name``-2.md, -3, ... (one page if empty)."""
    chunks = [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]
    paths = tuple(first if n == 1 else f"pages/{name}-{n}.md" for n in range(1, len(chunks) + 1))
    out = []
    for n, chunk in enumerate(chunks):
        start = n * size
        out.append(Page(Pager(n + 1, paths, start + 1 if chunk else 0, start + len(chunk), len(items)), chunk))
    return out


def grouped(items: Sequence[T], key: Callable[[T], K]) -> list[tuple[K, list[T]]]:
    """Consecutive items with the same key, as (key, items): a page's share of a grouped list."""
    out: list[tuple[K, list[T]]] = []
    for item in items:
        k = key(item)
        if out and out[-1][0] == k:
            out[-1][1].append(item)
        else:
            out.append((k, [item]))
    return out
