"""The command line: parses arguments, calls the library, turns errors into exit codes.

Exit codes: 0 done; 1 a problem the message explains (invalid records, a skipped article,
warnings under --strict); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import BriefingError, InputError

log = logging.getLogger("builder")


def _extract(args: argparse.Namespace) -> int:
    from .extract import extract_many
    from .ingest import read_article

    articles, failed = [], 0
    for name in args.files:
        try:
            articles.append(read_article(Path(name)))
        except InputError as e:
            log.error("skipped %s", e)
            failed += 1
    for extraction in extract_many(articles, n_process=args.jobs):
        if args.json:
            print(json.dumps(extraction.to_json(), ensure_ascii=False), flush=False)
        else:
            print(f"{extraction.article}: {len(extraction.attributions)} attributions")
            for a in extraction.attributions:
                who = a.source.text if a.source else "(unnamed)"
                print(f"  {who} [{a.actor}] {a.stance}: {a.content.text}")
    return 1 if failed else 0


def _root(args: argparse.Namespace) -> Path:
    return Path(args.root).resolve()


def _build(args: argparse.Namespace) -> int:
    from .build import build

    summary = build(_root(args), strict=args.strict, jobs=args.jobs)
    for warning in summary.warnings:
        log.warning("WARNING %s", warning)
    for stage, (seconds, peak) in summary.stages.items():
        log.debug("%-8s %5.1f s, %5.1f processor-s, peak %4.0f MB", stage, seconds, summary.cpu.get(stage, 0.0), peak)
    print(f"built {Path(args.root) / 'site'}: {summary.line()}")
    if args.strict and (summary.skipped or summary.warnings):
        log.error("--strict: %d skipped articles, %d warnings", len(summary.skipped), len(summary.warnings))
        return 1
    return 0


def _check(args: argparse.Namespace) -> int:
    from .store import load, orphans

    content, _, _ = load(_root(args))
    warnings = orphans(content)
    for warning in warnings:
        log.warning("WARNING %s", warning)
    print(f"content/ is valid: {len(content.articles)} articles, {len(content.actors)} actors, "
          f"{len(content.claims)} claims" + (f"; {len(warnings)} warnings" if warnings else ""))
    return 1 if args.strict and warnings else 0


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve

    serve(_root(args), host=args.host, port=args.port)
    return 0


def _add(args: argparse.Namespace) -> int:
    from .add import add

    path = add(_root(args), args.source)
    print(f"added {path.relative_to(_root(args))}; run: python3 -m builder build")
    return 0


def _init(args: argparse.Namespace) -> int:
    from .scaffold import init

    folder = Path(args.folder)
    files = init(folder, args.name or folder.resolve().name.replace("-", " ").replace("_", " "))
    print(f"created a briefing in {folder} ({len(files)} files); next: cd {folder} && python3 -m builder build")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python3 -m builder",
        description="Briefing: turn news articles in seeds/ into a searchable briefing site.",
        epilog="Exit codes: 0 done; 1 a problem the message explains; 2 wrong usage.",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="say also what each stage of a build does (pages kept, search indexing)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = sub.add_parser(
        "extract",
        help="print the attributions, actors and claims of articles",
        description="Extract who says what from each FILE (.txt, .md, .html) without touching content/.",
    )
    e.add_argument("files", nargs="+", metavar="FILE", help="article files")
    e.add_argument("--json", action="store_true", help="one JSON object per article per line (the contract)")
    e.add_argument("-j", "--jobs", type=int, default=1, help="processes that parse in parallel (default 1)")
    e.set_defaults(func=_extract)

    b = sub.add_parser(
        "build",
        help="extract new articles, merge into content/, build site/",
        description="Read seeds/, extract the new or changed articles, merge them into content/ "
        "(keeping every hand edit), render the pages and build site/ with MkDocs.",
    )
    b.add_argument("--strict", action="store_true", help="exit 1 on any warning (a skipped article, an MkDocs warning)")
    b.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1),
                   help="processes that parse articles in parallel (default: up to 2)")
    b.set_defaults(func=_build)

    c = sub.add_parser(
        "check",
        help="validate content/ against the schema and its references",
        description="Validate every record in content/ (schema, unknown keys, references) and report "
        "every problem as path:line: field: got X, expected Y. Exit 1 if any. Actors and claims that "
        "no attribution refers to any more are warnings.",
    )
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    c.set_defaults(func=_check)

    s = sub.add_parser(
        "serve",
        help="preview the site, rebuilding when seeds/, content/ or templates change",
        description="Build, then serve the site on a local address with live reload.",
    )
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.set_defaults(func=_serve)
    a = sub.add_parser(
        "add",
        help="put an article (file or web address) into seeds/",
        description="Put an article into seeds/ as Markdown with front matter (title, publisher, url, "
        "published, language). HTML pages go through trafilatura for their main text and metadata. "
        "An article whose text is already in seeds/ is refused.",
    )
    a.add_argument("source", metavar="PATH_OR_URL", help="a .txt, .md or .html file, or an http(s) address")
    a.set_defaults(func=_add)

    i = sub.add_parser(
        "init",
        help="start a new briefing repository for another story",
        description="Create FOLDER with seeds/, content/, mkdocs.yml, a GitHub Actions workflow that "
        "regenerates and publishes the site, and a README. `builder build` builds it at once.",
    )
    i.add_argument("folder", metavar="FOLDER", help="a new or empty folder")
    i.add_argument("--name", help="the story's name, shown as the site's title (default: the folder's name)")
    i.set_defaults(func=_init)

    for command in (b, c, s, a):
        command.add_argument("--root", default=".", help="the briefing's folder (default: the current one)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.WARNING if args.quiet else logging.DEBUG if args.verbose else logging.INFO)
    log.propagate = False
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        return int(args.func(args))
    except BriefingError as e:
        log.error("%s", e)
        return e.exit_code
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
