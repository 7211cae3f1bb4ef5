"""init: a new briefing repository for another story, ready for `builder build` and CI."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import BriefingError

DATA = Path(__file__).with_name("data")
_MKDOCS = Path(__file__).resolve().parent.parent / "mkdocs.yml"

README = """\
    python3 -m pip install -r requirements.txt && python3 -m builder build
    python3 -m builder serve

# {name}

A briefing made with Briefing: who says what about {name}.

- Add an article: `python3 -m builder add PATH_OR_URL` (a saved web page, Markdown with front
  matter, or plain text), then `python3 -m builder build`.
- Correct a record: edit its YAML in `content/` and build again; your edit is kept. Run
  `python3 -m builder check` to validate every record.
- Preview: `python3 -m builder serve`, then open http://127.0.0.1:8000/.
- Publish: push to `main` on GitHub. The workflow in `.github/workflows/briefing.yml` checks the
  records, builds the site, commits regenerated records, and deploys the site to GitHub Pages
  (turn Pages on with "GitHub Actions" as the source). A pull request builds the site and
  uploads it as an artefact.
"""

REQUIREMENTS = """\
# What this briefing's CI installs. Point it at the Briefing release you use, e.g.
#   briefing @ git+https://github.com/OWNER/briefing@v0.1.0
briefing
"""

GITIGNORE = "/site/\n/docs/\n/.build/\n__pycache__/\n"


def mkdocs_yml(name: str) -> str:
    """This project's mkdocs.yml with the new briefing's name."""
    lines = _MKDOCS.read_text(encoding="utf-8").splitlines(keepends=True)
    out = []
    for line in lines:
        if line.startswith("site_name:"):
            line = f"site_name: {json.dumps(name, ensure_ascii=False)}\n"
        elif line.startswith("site_description:"):
            line = f"site_description: {json.dumps('Who says what about ' + name, ensure_ascii=False)}\n"
        out.append(line)
    return "".join(out)


def init(folder: Path, name: str) -> list[Path]:
    """Create a briefing in ``folder`` (new, or empty); returns the files written."""
    if folder.exists() and any(folder.iterdir()):
        raise BriefingError(f"{folder}: not empty; expected a new or empty folder for the briefing")
    if not name.strip():
        raise BriefingError("--name: got empty text, expected the story's name")
    files = {
        "README.md": README.format(name=name),
        "mkdocs.yml": mkdocs_yml(name),
        "requirements.txt": REQUIREMENTS,
        ".gitignore": GITIGNORE,
        ".github/workflows/briefing.yml": (DATA / "workflow.yml").read_text(encoding="utf-8"),
        "seeds/.gitkeep": "",
        "content/.gitkeep": "",
    }
    written = []
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
