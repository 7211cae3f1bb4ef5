"""site: generated pages -> docs/ -> the MkDocs + Material build -> site/.

Pages are written to a fresh folder and built into another; site/ is replaced only once the
whole build has succeeded, so a failed build leaves the published site as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BriefingError

ASSETS = Path(__file__).resolve().parent.parent / "site_templates" / "assets"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class SiteError(BriefingError):
    """The MkDocs build failed."""


@dataclass(frozen=True, slots=True)
class SiteResult:
    pages: int
    warnings: tuple[str, ...]


class _Collect(logging.Handler):
    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _collect_warnings(level: int = logging.WARNING) -> Iterator[_Collect]:
    handler = _Collect(level)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def config_file(root: Path) -> Path:
    path = root / "mkdocs.yml"
    if not path.is_file():
        raise BriefingError(f"{path}: missing; expected the site's MkDocs configuration")
    return path


def load_config(root: Path, **overrides: Any) -> Any:
    from mkdocs.config import load_config as mkdocs_load_config
    from mkdocs.exceptions import MkDocsException

    path = config_file(root)
    with _collect_warnings(logging.ERROR) as errors:
        try:
            return mkdocs_load_config(str(path), **overrides)
        except MkDocsException as e:
            raise BriefingError(f"{path}: {'; '.join(errors.messages) or e}") from None


def site_name(root: Path) -> str:
    """The configured site name (docs/ need not exist yet, so its check is pointed elsewhere)."""
    with tempfile.TemporaryDirectory() as empty:
        return str(load_config(root, docs_dir=empty)["site_name"])


def write_docs(folder: Path, pages: dict[str, str]) -> None:
    """Write the pages and the site's own assets into an empty ``folder``."""
    if folder.exists():
        shutil.rmtree(folder)
    for rel, text in pages.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copytree(ASSETS, folder / "assets")


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` where ``target`` is, removing the old one after the rename."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


def build_site(root: Path, pages: dict[str, str], *, strict: bool = False, mkdocs: bool = True) -> SiteResult:
    """Write ``pages`` into a new docs/ and build a new site/ with MkDocs, beside the old ones.

    ``publish`` then puts them in place. With ``mkdocs=False`` only docs/ is written (the live
    preview builds from it itself).
    """
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    work = root / ".build"
    work.mkdir(exist_ok=True)
    docs_new, site_new = work / "docs.new", work / "site.new"
    for folder in (docs_new, site_new):
        if folder.exists():
            shutil.rmtree(folder)
    write_docs(docs_new, pages)
    if not mkdocs:
        return SiteResult(pages=_count(pages), warnings=())
    config = load_config(root, docs_dir=str(docs_new), site_dir=str(site_new), strict=strict)
    with _collect_warnings() as warnings:
        try:
            build(config)
        except (MkDocsException, OSError) as e:
            shutil.rmtree(site_new, ignore_errors=True)
            detail = "; ".join(warnings.messages) or str(e)
            raise SiteError(f"mkdocs build failed: {detail}") from None
    return SiteResult(pages=_count(pages), warnings=tuple(warnings.messages))


def _count(pages: dict[str, str]) -> int:
    """The pages among the generated files (not briefing.json or feed.xml)."""
    return sum(1 for path in pages if path.endswith(".md"))


def publish(root: Path) -> None:
    """Put the docs/ and site/ that ``build_site`` made in place of the old ones."""
    work = root / ".build"
    for name in ("docs", "site"):
        if (work / f"{name}.new").exists():
            _swap(work / f"{name}.new", root / name)


def recover(root: Path) -> None:
    """A site/ or docs/ left aside by a build stopped in the middle of a swap goes back."""
    for name in ("docs", "site"):
        old = root / f".{name}.old"
        if old.exists() and not (root / name).exists():
            old.rename(root / name)
