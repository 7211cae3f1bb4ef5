"""All-or-nothing writes to a folder: the new files are staged and fsynced, a manifest is
committed with one rename, then applied. A process killed before the commit leaves every file
as it was; one killed after it is rolled forward by the next ``recover``.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

#: The changes to make: a path relative to the root -> its new text, or None to remove it.
Changes = dict[str, str | None]


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def recover(root: Path, journal: Path) -> None:
    """Finish a committed set of changes, or drop one that was never committed."""
    manifest = journal / "manifest.json"
    if manifest.is_file():
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        for rel, staged in entries:
            target = root / rel
            if staged is None:
                target.unlink(missing_ok=True)
            elif (journal / staged).exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(journal / staged, target)
    if journal.exists():
        shutil.rmtree(journal)


def apply(root: Path, journal: Path, changes: Changes) -> int:
    """Make every change or none; returns how many files changed."""
    recover(root, journal)
    if not changes:
        return 0
    journal.mkdir(parents=True)
    entries: list[tuple[str, str | None]] = []
    for n, (rel, text) in enumerate(sorted(changes.items())):
        if text is None:
            entries.append((rel, None))
            continue
        staged = f"{n}.staged"
        with open(journal / staged, "wb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        entries.append((rel, staged))
    pending = journal / "manifest.pending"
    pending.write_text(json.dumps(entries), encoding="utf-8")
    with open(pending, "rb") as f:
        os.fsync(f.fileno())
    os.replace(pending, journal / "manifest.json")  # the commit point
    _fsync_dir(journal)
    recover(root, journal)
    return len(entries)
