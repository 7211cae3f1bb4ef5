"""build: seeds/ + content/ -> content/ + site/, stage by stage.

    ingest -> extract (new or changed articles only) -> merge -> render -> site
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import logging
import multiprocessing
import os
import pickle
import resource
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import extract, ingest, merge, nlp, render, site, store, updates, view
from .cache import RecordCache
from .errors import BriefingError, LockedError, ValidationError
from .journal import Changes
from .models import Article, Extraction, extraction_from_data, extraction_to_data
from .pagecache import PageCache

log = logging.getLogger("builder")


@dataclass(frozen=True, slots=True)
class Summary:
    extracted: int
    unchanged: int
    skipped: tuple[ingest.Skipped, ...]
    actors: int
    claims: int
    pages: int
    seconds: float
    warnings: tuple[str, ...] = ()
    stages: dict[str, tuple[float, float]] = field(default_factory=dict)  # seconds, peak MB
    cpu: dict[str, float] = field(default_factory=dict)  # processor seconds by stage

    def line(self) -> str:
        return (
            f"{self.extracted} extracted, {self.unchanged} unchanged, {len(self.skipped)} skipped; "
            f"{self.actors} actors, {self.claims} claims, {self.pages} pages in {self.seconds:.1f} s"
        )


@contextmanager
def locked(root: Path) -> Iterator[None]:
    """One build at a time per briefing; a second one is refused, not queued."""
    work = root / ".build"
    work.mkdir(exist_ok=True)
    with open(work / "lock", "a+", encoding="utf-8") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            raise LockedError(
                f"{work / 'lock'}: another build of this briefing is running (pid {f.read().strip() or '?'}); "
                "wait for it to finish"
            ) from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        yield


def cached(article: Article, cache: dict[str, dict[str, Any]]) -> Extraction | None:
    """The cached extraction, unless the article changed or older rules made it."""
    entry = cache.get(article.id)
    if entry is None or entry.get("sha256") != article.sha256 or entry.get("extractor") != extract.VERSION:
        return None
    try:
        return extraction_from_data(entry)
    except (KeyError, TypeError, ValueError):
        return None


class Clock:
    """Seconds and peak memory (this process and its children, MB) at the end of each stage, and the
    processor seconds each stage took (on a shared machine, a steadier measure than seconds)."""

    def __init__(self) -> None:
        self.stages: dict[str, tuple[float, float]] = {}
        self.cpu: dict[str, float] = {}
        self.started = time.perf_counter()

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        t, cpu = time.perf_counter(), _cpu()
        yield
        peak = max(resource.getrusage(r).ru_maxrss for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        self.stages[stage] = (time.perf_counter() - t, peak / 1024)
        self.cpu[stage] = _cpu() - cpu


def _cpu() -> float:
    """Processor seconds of this process and of its children that have ended (workers, Pagefind)."""
    usages = map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(u.ru_utime + u.ru_stime for u in usages)


def build(root: Path, *, strict: bool = False, jobs: int = 1, write_site: bool = True) -> Summary:
    """The whole pipeline; content/ and site/ change only if every stage succeeds."""
    clock = Clock()
    with locked(root), site.sweeping(root):
        site.recover(root)
        store.recover(root)  # a save stopped midway is finished before anything of content/ is read
        parsed = RecordCache.at(root)
        rendered = PageCache.at(root)
        with Extracting(jobs) as extracting:  # forked first: the model loads while the build reads its inputs
            with clock("ingest"):
                articles, skipped = _ingest(root)
                cache = store.read_extractions(root)
                extractions = {a.id: e for a in articles if (e := cached(a, cache)) is not None}
                todo = [a for a in articles if a.id not in extractions]
                extracting.give(todo)  # new articles are parsed while content/ is read
            with clock("load"):
                before, current, generated = store.load(root, parsed)
            with clock("extract"):
                for n, extraction in enumerate(extracting.results(), 1):
                    log.info("[%d/%d] extracted %s: %d attributions", n, len(todo), extraction.article,
                             len(extraction.attributions))
                    extractions[extraction.article] = extraction
        extracted = len(todo)
        with clock("merge"):
            merged, planned, warnings = _merge(root, articles, skipped, extractions, cache, before, current, generated,
                                               parsed)
        search = site.SearchIndex(root) if write_site else None  # indexes while the rest is made
        try:
            with clock("render"):
                pages = render.render(view.briefing(merged), {a.id: a for a in articles},
                                      site_name=site.site_name(root), cache=rendered,
                                      env=render.environment(compiled=root / ".build" / "templates" / "pages"),
                                      searchable=search.start if search else None)
                log.debug("rendered %d files, %d of them kept from the last build", len(pages), rendered.hits)
            with clock("site"):
                result = site.build_site(root, pages, strict=strict, mkdocs=write_site, search=search)
        finally:
            if search is not None:
                search.stop()
        with clock("save"):
            store.save(root, planned)
            site.publish(root)
            parsed.save()
            rendered.save()
    return Summary(
        extracted=extracted, unchanged=len(articles) - extracted, skipped=tuple(skipped),
        actors=len(merged.actors), claims=len(merged.claims), pages=result.pages,
        seconds=time.perf_counter() - clock.started, warnings=(*warnings, *result.warnings), stages=clock.stages,
        cpu=clock.cpu,
    )


class Extracting:
    """Articles extracted in a child process while the build goes on; ``results`` yields them in order.

    The child is forked when the build starts and loads the model at once, so that the time it
    takes (seconds in a new process) passes while the build reads seeds/ and content/; ``give``
    tells it which articles to extract, and with none it is stopped. It sends each extraction
    back as it is made, or the exception that stopped it. Leaving the ``with`` ends a child
    that is still at work (the build failed meanwhile). Where fork is not available, ``give``
    extracts in this process, one article after the other.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.count = 0
        self.process: Any = None
        self.inline: Iterator[Extraction] | None = None
        if "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self.receive, send = context.Pipe(duplex=False)
            inbox, self.outbox = context.Pipe(duplex=False)
            self.process = context.Process(target=_extract_into, args=(inbox, jobs, send), name="extract")
            self.process.start()
            send.close()
            inbox.close()

    def give(self, articles: list[Article]) -> None:
        """The articles to extract: the child's work, or none (then it is stopped)."""
        self.count = len(articles)
        if self.process is None:
            self.inline = extract.extract_many(articles, n_process=self.jobs) if articles else None
        elif articles:
            self.outbox.send(articles)
        else:
            self._stop()

    def __enter__(self) -> Extracting:
        return self

    def __exit__(self, *_: object) -> None:
        self._stop()

    def _stop(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()
            self.receive.close()
            self.outbox.close()
            self.process = None

    def results(self) -> Iterator[Extraction]:
        if self.inline is not None:
            yield from self.inline
            return
        for _ in range(self.count):
            try:
                kind, value = self.receive.recv()
            except EOFError:
                raise BriefingError(f"the extraction process ended early (exit code {self.process.exitcode})") from None
            if kind == "error":
                raise value
            yield value
        if self.process is not None:
            self.process.join()  # its processor time counts in the extract stage


def _extract_into(inbox: Any, jobs: int, send: Any) -> None:
    """In the child: load the model while waiting for the articles, extract them, and send each
    extraction (or what stopped it) to the build."""
    warm = threading.Thread(target=_load_model, daemon=True)
    warm.start()
    try:
        articles = inbox.recv()
        warm.join()
        for extraction in extract.extract_many(articles, n_process=jobs):
            send.send(("one", extraction))
    except BaseException as e:  # the build raises it again
        send.send(("error", e if _travels(e) else BriefingError(f"extraction failed: {e}")))
    finally:
        send.close()


def _load_model() -> None:
    """Load the model ahead of need; a failure shows again, and is reported, when it is needed."""
    with contextlib.suppress(BaseException):  # raised again by extract_many, where the build hears of it
        nlp.load()


def _travels(e: BaseException) -> bool:
    """Whether the exception comes out of a pickle as it went in (one whose __init__ takes other arguments may not)."""
    try:
        return type(pickle.loads(pickle.dumps(e))) is type(e)
    except Exception:  # anything a pickle of an arbitrary exception may raise
        return False


def _merge(
    root: Path, articles: list[Article], skipped: list[ingest.Skipped], extractions: dict[str, Extraction],
    cache: dict[str, Any], before: store.Content, current: store.Data, generated: store.Data, parsed: RecordCache,
) -> tuple[store.Content, Changes, list[str]]:
    """The merged records (with this build's update) and the changes to content/ that keep them."""
    kept = [s.path.stem for s in skipped]
    records, generated, pins, warnings = merge.merge(
        articles, extractions, current, generated, pins=store.read_pins(root), keep=kept
    )
    for warning in warnings:
        log.warning("%s", warning)
    merged, problems = store.to_content(records, {}, known=(current, before))
    if problems:
        raise ValidationError(problems)
    update = updates.diff(store.read_published(root), merged, before.updates, date=updates.today())
    merged = dataclasses.replace(merged, updates=(update, *before.updates) if update else before.updates)
    shas = {a.id: a.sha256 for a in articles}
    cache_out = {i: {"sha256": shas[i], **extraction_to_data(e)} for i, e in extractions.items()}
    cache_out.update({k: cache[k] for k in kept if k in cache})
    planned = store.changes(root, merged, generated, cache_out, pins, updates.published(merged), parsed,
                            read=(current, before, cache))
    return merged, planned, warnings


def _ingest(root: Path) -> tuple[list[Article], list[ingest.Skipped]]:
    """The readable articles, and the files skipped with the reason."""
    articles: list[Article] = []
    skipped: list[ingest.Skipped] = []
    for item in ingest.ingest(root / "seeds", root):
        if isinstance(item, ingest.Skipped):
            log.warning("skipped %s", item.reason)
            skipped.append(item)
        else:
            articles.append(item)
    return articles, skipped
