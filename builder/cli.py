"""The command line: parses arguments, calls the library, turns errors into exit codes.

Exit codes: 0 done; 1 a problem the message explains (invalid records, a skipped article,
warnings under --strict); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import logging
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


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python3 -m builder",
        description="Briefing: turn news articles in seeds/ into a searchable briefing site.",
        epilog="Exit codes: 0 done; 1 a problem the message explains; 2 wrong usage.",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
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
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s", stream=sys.stderr
    )
    try:
        return int(args.func(args))
    except BriefingError as e:
        log.error("%s", e)
        return e.exit_code
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
