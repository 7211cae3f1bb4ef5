"""Built sites for tests: a hand-made briefing through render + MkDocs, and a local HTTP server."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
from pathlib import Path

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
