"""The golden pages: a hand-made briefing rendered to Markdown, compared whole-folder.

    tests/fixtures/ferry_collision_briefing/   an invented story: seeds/ and a hand-written content/
    tests/golden/                              the pages render() made of it, one file per page

After a deliberate change to the templates or to render.py, regenerate and review the diff:

    python3 tests/regen_golden.py && git diff tests/golden/
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURE = HERE / "fixtures" / "ferry_collision_briefing"
GOLDEN = HERE / "golden"
SITE_NAME = "Briefing: the Calderra ferry collision"

if __package__ in (None, "") and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from builder import ingest, render, store, view  # noqa: E402


def render_briefing(root: Path, site_name: str = SITE_NAME) -> dict[str, str]:
    """The pages of the briefing in ``root`` (its seeds/ and content/), without extracting."""
    content, _, _ = store.load(root)
    articles = [a for a in ingest.ingest(root / "seeds", root) if not isinstance(a, ingest.Skipped)]
    return render.render(view.briefing(content), {a.id: a for a in articles}, site_name=site_name)


def write_pages(pages: dict[str, str], folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    for rel, text in sorted(pages.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main() -> int:
    pages = render_briefing(FIXTURE)
    write_pages(pages, GOLDEN)
    print(f"wrote {len(pages)} pages to {GOLDEN.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
