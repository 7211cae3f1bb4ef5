"""pagecache: a page whose inputs did not change keeps last build's Markdown without being rendered again.

A build after one more article changes a handful of the thousands of claim, actor and article
pages; rendering all of them again was the largest part of such a build. Each of those pages
has a key: a digest of the code and templates that render pages, the page's path and template,
and every value its template is given (records by value, field by field). Their templates get
nothing else (no ``briefing`` to reach into: with Jinja's StrictUndefined a template that asks
for more fails instead of going stale), so the same key means the same page.

The cache is .build/pages.cache: for each page path its key and Markdown, plain strings only,
read back with an unpickler that refuses anything else. A cache that cannot be read is empty.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
from importlib.metadata import version
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .cache import read_plain, write_plain

NAME = "pages.cache"
_HERE = Path(__file__).resolve().parent
#: What renders a page besides its inputs: change any of it and every page is rendered again.
CODE = ("render.py", "links.py", "highlight.py", "feeds.py", "view.py", "paging.py", "network.py", "models.py",
        "records.py", "pagecache.py")
#: Modules of frozen dataclasses that hold only values (no functions, no other objects than these).
_RECORDS = {"builder.records", "builder.models"}
_LEAVES = frozenset({str, int, float, bool, type(None), datetime.date, datetime.datetime, Markup})


def code_digest() -> bytes:
    """Read anew for each render: a live preview renders again after a template is edited."""
    digest = hashlib.blake2b(digest_size=16)
    for name in ("Jinja2", "MarkupSafe"):
        digest.update(f"{name}=={version(name)}\n".encode())
    for name in CODE:
        digest.update((_HERE / name).read_bytes())
    templates = _HERE.parent / "site_templates" / "pages"
    for path in sorted(templates.glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(kind: type) -> tuple[str, ...]:
    found = _FIELDS.get(kind)
    if found is None:
        if not dataclasses.is_dataclass(kind):
            raise TypeError(f"a cached page's input cannot be {kind.__name__}: pass values, not functions or objects")
        found = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return found


class Fingerprints:
    """Digests of template inputs, by value; a record met again (the same object) is not walked again."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Any, bytes]] = {}  # the object is kept, so its id is not reused meanwhile
        self._code = code_digest()

    def of(self, value: Any) -> bytes:
        """A byte string that differs whenever ``value`` does (leaves by repr, containers in brackets)."""
        kind = type(value)
        if kind in _LEAVES:
            return repr(value).encode()
        found = self._memo.get(id(value))
        if found is not None:
            return b"D" + found[1]
        if kind is tuple or kind is list:
            of = self.of
            return b"(" + b",".join([of(v) for v in value]) + b")"
        if kind is dict:
            of = self.of
            return b"{" + b",".join([of(k) + b":" + of(v) for k, v in value.items()]) + b"}"
        if kind.__module__ in _RECORDS:  # self-contained values: their repr names every field, recursively
            data = repr(value).encode()
        else:  # a view's object holding records: each record once, by its digest
            data = b"\0".join([kind.__qualname__.encode(), *[self.of(getattr(value, n)) for n in _fields(kind)]])
        found = self._memo[id(value)] = (value, hashlib.blake2b(data, digest_size=16).digest())
        return b"D" + found[1]

    def key(self, path: str, template: str, inputs: dict[str, Any]) -> str:
        digest = hashlib.blake2b(self._code, digest_size=16)
        digest.update(f"{path}\0{template}\0".encode())
        digest.update(self.of(inputs))
        return digest.hexdigest()


class PageCache:
    """Page texts by path and key; ``save`` keeps the pages of this build only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._stored: dict[str, tuple[str, str]] = read_plain(path) if path is not None else {}
        self._used: dict[str, tuple[str, str]] = {}
        self.hits = 0

    @classmethod
    def at(cls, root: Path) -> PageCache:
        return cls(root / ".build" / NAME)

    def get(self, path: str, key: str) -> str | None:
        entry = self._stored.get(path)
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key and isinstance(entry[1], str)):
            return None
        self._used[path] = entry
        self.hits += 1
        return entry[1]

    def put(self, path: str, key: str, text: str) -> None:
        self._used[path] = (key, text)

    def save(self) -> None:
        """Write the pages of this build (atomically); an unwritable cache is no error."""
        if self.path is not None:
            write_plain(self.path, self._used)
