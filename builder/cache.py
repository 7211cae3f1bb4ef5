"""cache: records already parsed, by the hash of their file's bytes (.build/records.cache).

A build after a small change finds most of content/ as the last build wrote it. Parsing those
files again took most of a build's load stage, and writing their YAML again most of the merge
stage. The cache keeps, for each file text the build read or wrote:

- its parsed value (no line map: lines matter only for error messages, and a load that finds a
  problem reads every file again without the cache, see store.load);
- whether the text is canonical, the exact text the build writes for that value, so that an
  unchanged record need not be written out again to know that its file holds it.

Only plain data goes in (dicts, lists, strings, numbers, dates); the file is read back with an
unpickler that refuses anything else, so a planted cache file cannot run code. A cache that
cannot be read is an empty one.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import pickle
from pathlib import Path
from typing import Any

NAME = "records.cache"
_ALLOWED = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"), ("datetime", "timezone")}


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class RecordCache:
    """Parsed values and canonical texts by digest; ``save`` keeps only the entries used this build."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._stored: dict[str, tuple[bytes, bool]] = read_plain(path) if path is not None else {}
        self._used: dict[str, tuple[bytes, bool]] = {}

    @classmethod
    def at(cls, root: Path) -> RecordCache:
        return cls(root / ".build" / NAME)

    def value(self, key: str) -> Any | None:
        """The parsed value of the file text with this digest, a fresh copy, or None."""
        entry = self._used.get(key) or self._stored.get(key)
        if entry is None:
            return None
        try:
            value = _PlainUnpickler(io.BytesIO(entry[0])).load()
        except (EOFError, ValueError, TypeError, AttributeError, pickle.UnpicklingError):
            self._stored.pop(key, None)
            return None
        self._used[key] = entry
        return value

    def canonical(self, key: str) -> Any | None:
        """The value of a canonical file text with this digest, or None."""
        entry = self._used.get(key) or self._stored.get(key)
        return self.value(key) if entry is not None and entry[1] else None

    def keep(self, key: str) -> None:
        """Keep the entry with this digest for the next build, as ``value`` does, without reading it."""
        entry = self._used.get(key) or self._stored.get(key)
        if entry is not None:
            self._used[key] = entry

    def put(self, key: str, value: Any, *, canonical: bool = False) -> None:
        old = self._used.get(key) or self._stored.get(key)
        self._used[key] = (pickle.dumps(value, protocol=5), canonical or bool(old and old[1]))

    def save(self) -> None:
        """Write the entries used this build (atomically); an unwritable cache is no error."""
        if self.path is not None:
            write_plain(self.path, self._used)


def read_plain(path: Path) -> dict[Any, Any]:
    """A dict of plain data pickled at ``path``; empty where there is none, or anything else."""
    try:
        with open(path, "rb") as f:
            stored = _PlainUnpickler(f).load()
    except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.UnpicklingError):
        return {}
    return stored if isinstance(stored, dict) else {}


def write_plain(path: Path, data: dict[Any, Any]) -> None:
    """Pickle ``data`` to ``path`` atomically; a cache that cannot be written is no error."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump(data, f, protocol=5)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
