"""serve: a live preview. Builds, serves docs/ with MkDocs' live reload, and rebuilds the
pages whenever seeds/, content/ or site_templates/ change.

Search works offline here too: the first build makes the whole site with its Pagefind index,
and each rebuild of the pages copies that index into docs/ (it is as of the last full build).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from .build import build
from .errors import BriefingError
from .site import keep_search

log = logging.getLogger("builder")
WATCHED = ("seeds", "content", "site_templates")


def _stamp(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every watched file (skipping generated snapshots)."""
    out = []
    for name in WATCHED:
        for path in sorted((root / name).rglob("*")):
            if path.is_file() and "/." not in path.as_posix()[len(str(root)):]:
                st = path.stat()
                out.append((path.as_posix(), st.st_size, st.st_mtime_ns))
    return tuple(out)


def _watch(root: Path, stop: threading.Event, interval: float = 1.0) -> None:
    last = _stamp(root)
    while not stop.wait(interval):
        now = _stamp(root)
        if now == last:
            continue
        try:
            summary = build(root, write_site=False)
            log.info("rebuilt pages: %s", summary.line())
        except BriefingError as e:
            log.error("%s", e)
        last = _stamp(root)  # the build may have rewritten content/


def serve(root: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Build once, then serve until interrupted."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    summary = build(root)  # the whole site once: its search index is what the preview's search uses
    keep_search(root, root / "docs")
    log.info("built pages: %s", summary.line())
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(root, stop), daemon=True)
    watcher.start()
    try:
        mkdocs_serve(str(root / "mkdocs.yml"), dev_addr=f"{host}:{port}", livereload=True)
    finally:
        stop.set()
