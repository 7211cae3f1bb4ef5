"""Built sites for tests: a hand-made briefing through render + MkDocs, and a local HTTP server."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_hand_made_site(fixture: Path, root: Path) -> Path:
    """A briefing's hand-written content/ rendered and built with MkDocs, without extracting."""
    from builder import site

    from .regen_golden import SITE_NAME, render_briefing

    shutil.copytree(fixture, root, dirs_exist_ok=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^site_name: .*$", f"site_name: {json.dumps(SITE_NAME)}", config, count=1)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    pages = render_briefing(root, site_name=site.site_name(root))
    result = site.build_site(root, pages, strict=True)
    site.publish(root)
    assert result.warnings == (), result.warnings
    return root / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class Served:
    """A folder served over HTTP on a free local port until ``close()``."""

    def __init__(self, folder: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


#: Text that must reach the reader as characters, never as markup, a link, a template or an include.
PAYLOADS = (
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
    '--8<-- "/etc/passwd"',
    '" onmouseover="x',
)
HOSTILE = " ".join(PAYLOADS)


def write_hostile_briefing(root: Path) -> Path:
    """A briefing whose article text, title, quotes, names and statements all carry PAYLOADS."""
    from builder.ingest import read_article
    from builder.models import Span
    from builder.records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord
    from builder.store import render_record

    seed = root / "seeds" / "article_with_markup_in_every_field.md"
    seed.parent.mkdir(parents=True, exist_ok=True)
    front = {"title": f"Title {HOSTILE}", "publisher": f"Publisher {HOSTILE}",
             "url": 'https://example.org/"onmouseover="x', "published": "2026-01-02"}
    body = "\n".join(
        [f"First paragraph {HOSTILE} as plain text.",
         f"Ann Smith said “quoted {HOSTILE} words,” and then left.",
         *(f"{p}" for p in PAYLOADS)]
    )
    seed.write_text("---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in front.items()) + "---\n" + body + "\n",
                    encoding="utf-8")
    article = read_article(seed, root)
    quote = f"“quoted {HOSTILE} words,”"
    start = article.text.index(quote)
    atts = [AttributionRecord("q1", Span(quote, start, start + len(quote)), "asserts", "ann-smith", "hostile-claim")]
    for i, payload in enumerate(PAYLOADS):
        at = article.text.rindex(payload)
        atts.append(AttributionRecord(f"p{i}", Span(payload, at, at + len(payload)), "denies", "ann-smith",
                                      "hostile-claim"))
    records: dict[str, list[Any]] = {
        "articles": [ArticleRecord(article.id, article.title, article.path, article.sha256, "hand-made",
                                   article.publisher, article.url, article.published, "en", tuple(atts))],
        "actors": [ActorRecord("ann-smith", f"Ann {HOSTILE} Smith", "person", (f"alias {HOSTILE}",),
                               (f"role {HOSTILE}",), notes=f"notes {HOSTILE}")],
        "claims": [ClaimRecord("hostile-claim", f"Statement {HOSTILE}", (f"topic {HOSTILE}",),
                               notes=f"notes {HOSTILE}")],
    }
    for kind, items in records.items():
        for record in items:
            path = root / "content" / kind / f"{record.id}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_record(kind, record), encoding="utf-8")
    return root
