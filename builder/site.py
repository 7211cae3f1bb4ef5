"""site: generated pages -> docs/ -> the MkDocs + Material build -> site/.

Pages are written to a fresh folder and built into another; site/ is replaced only once the
whole build has succeeded, so a failed build leaves the published site as it was.

A build after a small change is incremental: pages whose Markdown is the same as last time
keep their file (and its modification time) in the new docs/, the new site/ starts as a copy
of the last one, and MkDocs' dirty build renders only the pages that changed. That is the same
site a full build makes because no page's HTML depends on another page's Markdown: the
navigation lists only the fixed section indexes. Anything else the pages depend on (mkdocs.yml,
the theme, our assets, this module, the versions of MkDocs, Material and Pagefind) is in a stamp
kept with docs/; a different stamp means a full build.

Pagefind indexes the searchable pages into site/pagefind/ while MkDocs builds (see
``search_pages``): the search a reader downloads in pieces, a few index chunks and the
fragments of the results shown, not the whole index.
"""

from __future__ import annotations

import hashlib
import html
import logging
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BriefingError
from .links import page_url

ASSETS = Path(__file__).resolve().parent.parent / "site_templates" / "assets"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
log = logging.getLogger("builder")


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
    """The configured site name.

    Read from mkdocs.yml as MkDocs reads YAML (!ENV, INHERIT) without validating the rest, which
    loads the theme and plugins and took a quarter of a second; a file whose name cannot be read
    so is loaded in full, for MkDocs' own message (docs/ need not exist yet, so its check is
    pointed elsewhere).
    """
    from mkdocs.utils.yaml import yaml_load

    path = config_file(root)
    try:
        with open(path, "rb") as f:
            data = yaml_load(f)
    except Exception:  # any problem is reported by the full load below
        data = None
    name = data.get("site_name") if isinstance(data, dict) else None
    if isinstance(name, str) and name.strip():
        return name
    with tempfile.TemporaryDirectory() as empty:
        return str(load_config(root, docs_dir=empty)["site_name"])


def write_docs(folder: Path, pages: dict[str, str], previous: Path | None = None) -> set[str]:
    """Write the pages and the site's own assets into an empty ``folder``; returns the pages written.

    A page whose text is the same as in ``previous`` (the last docs/) is linked to its file
    there, so that it keeps its modification time and a dirty build leaves it alone.
    """
    if folder.exists():
        shutil.rmtree(folder)
    written: set[str] = set()
    made: set[Path] = set()
    for rel, text in pages.items():
        path = _in_folder(folder / rel, made)
        data = text.encode("utf-8")
        if previous is not None and _same(previous / rel, data):
            try:
                os.link(previous / rel, path)
                continue
            except OSError:
                pass
        path.write_bytes(data)
        written.add(rel)
    shutil.copytree(ASSETS, folder / "assets")  # copy2 keeps the modification times
    return written


def _in_folder(path: Path, made: set[Path]) -> Path:
    """``path``, its folder made (once: ``made`` holds the folders made so far)."""
    if path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        made.add(path.parent)
    return path


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


STAMP = ".stamp"


def stamp(root: Path, config: Any) -> str:
    """What every page's HTML depends on besides its own Markdown (see the module's docstring)."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for name in ("mkdocs", "mkdocs-material", "pymdown-extensions", "Markdown", "pagefind-bin"):
        digest.update(f"{name}=={version(name)}\n".encode())
    digest.update(config_file(root).read_bytes())
    digest.update(Path(__file__).read_bytes())  # how this module builds the site
    folders = [ASSETS, *(Path(d) for d in [config["theme"].custom_dir] if d)]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(f"{path.relative_to(folder).as_posix()}\n".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _previous(root: Path, stamp_now: str) -> bool:
    """Whether the published docs/ and site/ were built with the same stamp: a dirty build may start from them."""
    try:
        return (root / "docs" / STAMP).read_text(encoding="utf-8") == stamp_now and (root / "site").is_dir()
    except OSError:
        return False


class _DropDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may get the navigation wrong: ours lists only fixed pages."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def is_raw_html(body: str) -> bool:
    """A page that is one raw HTML block, as every page render.py makes is: Python-Markdown hands it back as it is."""
    return body.startswith("<div") and body.endswith("</div>")


def _raw_html_plugin() -> Any:
    from mkdocs.plugins import BasePlugin

    class RawHtml(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
        """Raw-HTML pages skip Python-Markdown, whose HTML parser took three quarters of the site build
        to return them unchanged (tests/test_render.py checks that they are unchanged)."""

        def __init__(self) -> None:
            self.html: dict[str, str] = {}

        def on_page_markdown(self, markdown: str, page: Any, **_: Any) -> str:
            body = markdown.strip()
            if not is_raw_html(body):
                return markdown
            self.html[page.file.src_uri] = body
            return ""

        def on_page_content(self, html: str, page: Any, **_: Any) -> str:
            return self.html.pop(page.file.src_uri, html)

    return RawHtml()


def _compiled_templates_plugin(folder: Path) -> Any:
    from mkdocs.plugins import BasePlugin

    from .render import compiled_templates

    class CompiledTemplates(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
        """The theme's templates are compiled once and kept in .build, not compiled again by every build."""

        def on_env(self, env: Any, **_: Any) -> Any:
            env.bytecode_cache = compiled_templates(folder)
            return env

    return CompiledTemplates()


def _feed_link_plugin(title: str) -> Any:
    from mkdocs.plugins import BasePlugin

    class FeedLink(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
        """Every page names the briefing's Atom feed in its head, where feed readers look for it
        (Material has no setting for it; a theme override would have to be copied into every briefing)."""

        def on_post_page(self, output: str, page: Any, **_: Any) -> str:
            up = "../" * page.file.dest_uri.count("/")
            link = (f'<link rel="alternate" type="application/atom+xml" title="{html.escape(title)}" '
                    f'href="{up}feed.xml">')
            return output.replace("</head>", f"{link}\n</head>", 1)

    return FeedLink()


SEARCH = "pagefind"
#: Material's plugins that Pagefind and the facet pages replace: a second search box in the
#: header, or tag listings nothing feeds, would only confuse a reader.
REPLACED_PLUGINS = ("search", "material/search", "tags", "material/tags")
#: Left out of the search index: the who-labels between an article's words (see render.py).
SEARCH_EXCLUDE = "[data-search-exclude]"


def _drop_plugin(plugins: Any, name: str) -> None:
    """Take a configured plugin out, with the event handlers MkDocs registered for it."""
    plugin = plugins.pop(name, None)
    if plugin is not None:
        for handlers in plugins.events.values():
            handlers[:] = [h for h in handlers if getattr(h, "__self__", None) is not plugin]


#: The mark of a page that search indexes (render.py puts it on claim, actor and article pages).
SEARCH_BODY = "data-pagefind-body"


def search_pages(folder: Path, pages: dict[str, str]) -> int:
    """What Pagefind indexes, in ``folder``: each searchable page's own HTML at its URL.

    Every page render.py makes is one raw HTML block that MkDocs passes through unchanged, and
    Pagefind reads only the element marked ``data-pagefind-body``; so these small files give
    the index the built site would give, without waiting for MkDocs or parsing its theme.
    A briefing with nothing searchable yet has a stub indexed, so that search still loads.
    The folder is kept from build to build: a file whose text is the same is not written again.
    """
    bodies = {rel: _body(text) for rel, text in pages.items() if rel.endswith(".md") and SEARCH_BODY in text}
    # marked on the page's own element, not merely named in an article's words
    searchable = {rel: body for rel, body in bodies.items() if SEARCH_BODY in body[:body.find(">")]}
    wanted = {page_url(rel): body for rel, body in searchable.items()} or {
        "index.html": f"<div {SEARCH_BODY}><p>Nothing to search yet.</p></div>"}
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.rglob("*"):
        if path.is_file() and path.relative_to(folder).as_posix() not in wanted:
            path.unlink()
    made: set[Path] = set()
    for rel, body in wanted.items():
        path = _in_folder(folder / rel, made)
        data = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"></head>\n<body>\n{body}\n'
                "</body></html>\n").encode()
        if not _same(path, data):
            path.write_bytes(data)
    return len(searchable)


def _body(markdown: str) -> str:
    """A page's Markdown without its YAML front matter, stripped."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 3)
        if end != -1:
            markdown = markdown[end + 5:]
    return markdown.strip()


class SearchIndex:
    """Pagefind indexing the searchable pages in the background, into .build/search.new/.

    ``start`` as soon as the claim, actor and article pages are rendered (render.py calls it
    before the overview pages), ``finish`` once MkDocs has built the site: the two run side by
    side. ``stop`` ends an index that a failed build no longer needs.
    """

    def __init__(self, root: Path) -> None:
        self.work = root / ".build"
        self.process: subprocess.Popen[bytes] | None = None
        self.said: Any = None

    def start(self, pages: dict[str, str]) -> None:
        from pagefind_bin import get_executable

        self.work.mkdir(exist_ok=True)
        log.debug("%d pages to index for search", search_pages(self.work / "search.pages", pages))
        output = self.work / "search.new"
        if output.exists():
            shutil.rmtree(output)
        command = [str(get_executable()), "--site", str(self.work / "search.pages"), "--output-path", str(output),
                   "--exclude-selectors", SEARCH_EXCLUDE, "--force-language", "en", "--keep-index-url", "--silent"]
        self.said = tempfile.TemporaryFile()  # noqa: SIM115 - open while Pagefind runs; closed by stop()
        self.process = subprocess.Popen(command, stdout=self.said, stderr=subprocess.STDOUT)

    def finish(self, site_dir: Path) -> None:
        """Wait for the index and put it in ``site_dir``/pagefind/."""
        if self.process is None:
            raise SiteError("the search index was never started")
        if self.process.wait() != 0:
            self.said.seek(0)
            raise SiteError(f"pagefind failed: {self.said.read().decode('utf-8', 'replace').strip()[-2000:]}")
        log.debug("search index made")
        (self.work / "search.new").rename(site_dir / SEARCH)
        self.stop()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None
        if self.said is not None:
            self.said.close()
            self.said = None


TRASH = "trash"


def _swap(new: Path, target: Path, trash: Path) -> None:
    """Put ``new`` where ``target`` is; the old one goes to ``trash``, emptied while the next build runs."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        trash.mkdir(parents=True, exist_ok=True)
        old.rename(trash / f"{target.name}-{time.time_ns()}")


@contextmanager
def sweeping(root: Path) -> Iterator[None]:
    """Empty the trash of the last build (.build/trash/) in the background while this one runs."""
    trash = root / ".build" / TRASH
    old = sorted(trash.iterdir()) if trash.is_dir() else []
    def sweep() -> None:
        for path in old:
            shutil.rmtree(path, ignore_errors=True)

    sweeper = threading.Thread(target=sweep, daemon=True)
    sweeper.start()
    try:
        yield
    finally:
        sweeper.join()


def build_site(
    root: Path, pages: dict[str, str], *, strict: bool = False, mkdocs: bool = True, search: SearchIndex | None = None,
) -> SiteResult:
    """Write ``pages`` into a new docs/ and build a new site/ with MkDocs, beside the old ones.

    ``publish`` then puts them in place. With ``mkdocs=False`` only docs/ is written (the live
    preview builds from it itself). ``search``: the search index started for these pages, else
    one is started here.
    """
    work = root / ".build"
    work.mkdir(exist_ok=True)
    docs_new, site_new = work / "docs.new", work / "site.new"
    for folder in (docs_new, site_new):
        if folder.exists():
            shutil.rmtree(folder)
    if not mkdocs:
        write_docs(docs_new, pages)
        keep_search(root, docs_new)
        return SiteResult(pages=_count(pages), warnings=())
    docs_new.mkdir()  # MkDocs checks that docs_dir exists
    if search is None:
        search = SearchIndex(root)
        search.start(pages)
        try:
            return _mkdocs(root, pages, strict, search)
        finally:
            search.stop()
    return _mkdocs(root, pages, strict, search)


def _mkdocs(root: Path, pages: dict[str, str], strict: bool, search: SearchIndex) -> SiteResult:
    """The MkDocs half of ``build_site``, while ``search`` indexes."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    work = root / ".build"
    docs_new, site_new = work / "docs.new", work / "site.new"
    config = load_config(root, docs_dir=str(docs_new), site_dir=str(site_new), strict=strict)
    for replaced in REPLACED_PLUGINS:  # a briefing made before Pagefind may still list them
        _drop_plugin(config.plugins, replaced)
    config.plugins["briefing-raw-html"] = _raw_html_plugin()  # not in mkdocs.yml: a shortcut, not a feature
    config.plugins["briefing-feed-link"] = _feed_link_plugin(f"{config['site_name']}: new claims and articles")
    config.plugins["briefing-compiled-templates"] = _compiled_templates_plugin(work / "templates" / "theme")
    stamp_now = stamp(root, config)
    dirty = _previous(root, stamp_now)
    written = write_docs(docs_new, pages, root / "docs" if dirty else None)
    if dirty:
        rebuilt = written | (_pages_in(root / "docs") - set(pages)) | set(config["theme"].static_templates)
        _start_from(root / "site", site_new, rebuilt={page_url(rel) for rel in rebuilt})
    quiet = _DropDirtyWarning()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    with _collect_warnings() as warnings:
        try:
            build(config, dirty=dirty)
        except (MkDocsException, OSError) as e:
            shutil.rmtree(site_new, ignore_errors=True)
            detail = "; ".join(warnings.messages) or str(e)
            raise SiteError(f"mkdocs build failed: {detail}") from None
        finally:
            logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
    log.debug("site built: %d of %d files written anew; waiting for the search index", len(written), len(pages))
    search.finish(site_new)
    (docs_new / STAMP).write_text(stamp_now, encoding="utf-8")
    return SiteResult(pages=_count(pages), warnings=tuple(warnings.messages))


def _pages_in(docs: Path) -> set[str]:
    return {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")} if docs.is_dir() else set()


def _start_from(site_dir: Path, site_new: Path, *, rebuilt: set[str]) -> None:
    """The last site/ as the new one's start, without its search index and the files this build makes again.

    HTML pages are hard links (no bytes copied), other files copies, modification times kept.
    MkDocs writes a file in place, which would change the published site through a link: so
    the files it will write (pages whose Markdown changed, the theme's static templates such
    as sitemap.xml) are removed first, and it writes new ones.
    """
    def link(src: str, dst: str) -> None:
        if src.endswith(".html"):
            try:
                os.link(src, dst)
                return
            except OSError:  # another file system, or one without hard links
                pass
        shutil.copy2(src, dst)

    shutil.copytree(site_dir, site_new, copy_function=link,
                    ignore=lambda folder, names: [SEARCH] if folder == str(site_dir) else [])
    for rel in rebuilt:
        (site_new / rel).unlink(missing_ok=True)


def keep_search(root: Path, docs: Path) -> None:
    """The live preview serves docs/: it keeps the last build's search index there, so search works offline too."""
    index = root / "site" / SEARCH
    if index.is_dir():
        shutil.copytree(index, docs / SEARCH, dirs_exist_ok=True)


def _count(pages: dict[str, str]) -> int:
    """The pages among the generated files (not briefing.json or feed.xml)."""
    return sum(1 for path in pages if path.endswith(".md"))


def publish(root: Path) -> None:
    """Put the docs/ and site/ that ``build_site`` made in place of the old ones."""
    work = root / ".build"
    for name in ("site", "docs"):  # site/ first: docs/ holds the stamp that lets the next build start from site/
        if (work / f"{name}.new").exists():
            _swap(work / f"{name}.new", root / name, work / TRASH)


def recover(root: Path) -> None:
    """A site/ or docs/ left aside by a build stopped in the middle of a swap goes back."""
    for name in ("docs", "site"):
        old = root / f".{name}.old"
        if old.exists() and not (root / name).exists():
            old.rename(root / name)
