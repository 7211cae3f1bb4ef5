"""The command line: help for every command, the extraction contract, exit codes and messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder import extract
from builder.cli import main, parser

from .briefings import ARTICLES, ROOT, fake_extract_many, make_briefing

COMMANDS = ("build", "extract", "check", "serve", "add", "init")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, check=False)


def test_every_command_has_help_text() -> None:
    subparsers = next(a for a in parser()._actions if a.dest == "command")
    assert sorted(subparsers.choices) == sorted(COMMANDS)  # type: ignore[union-attr]
    for name, sub in subparsers.choices.items():  # type: ignore[union-attr]
        assert sub.description and len(sub.description) > 30, name
        for action in sub._actions:
            assert action.help, f"{name} {action.dest}"


def test_help_runs() -> None:
    result = run("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert name in result.stdout
    assert "Exit codes" in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    assert run("publish").returncode == 2


def test_extract_json_contract() -> None:
    result = run("extract", str(ARTICLES / "invented_harbour_dispute.txt"), "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"article", "attributions", "actors", "claims"}
    assert record["article"] == "invented_harbour_dispute"
    text = (ARTICLES / "invented_harbour_dispute.txt").read_text(encoding="utf-8")
    assert record["attributions"], "the invented article has attributions"
    actor_ids = {a["id"] for a in record["actors"]}
    claim_ids = {c["id"] for c in record["claims"]}
    for a in record["attributions"]:
        assert set(a) == {"source", "cue", "content", "actor", "stance", "claim"}
        assert a["stance"] in ("asserts", "supports", "denies", "doubts", "considers-plausible")
        for role in ("source", "cue", "content"):
            span = a[role]
            if span is not None:
                assert set(span) == {"text", "start", "end"}
                assert text[span["start"]:span["end"]] == span["text"]
        assert a["actor"] is None or a["actor"] in actor_ids
        assert a["claim"] is None or a["claim"] in claim_ids
    for actor in record["actors"]:
        assert set(actor) == {"id", "name", "kind", "aliases"}


def test_extract_skips_a_bad_file_and_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty), str(ARTICLES / "article_with_crlf.txt"), "--json")
    assert result.returncode == 1
    assert f"{empty}: empty file" in result.stderr
    assert json.loads(result.stdout)["article"] == "article_with_crlf"


@pytest.fixture
def briefing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(extract, "extract_many", fake_extract_many)
    return make_briefing(tmp_path / "b", "invented_harbour_dispute.txt")


def test_build_prints_one_summary_line(briefing: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--root", str(briefing)]) == 0
    out = capsys.readouterr()
    assert out.out.count("\n") == 1
    pages = len(list((briefing / "docs").rglob("*.md")))
    assert f"1 extracted, 0 unchanged, 0 skipped; 4 actors, 2 claims, {pages} pages in" in out.out
    assert "[1/1] extracted invented_harbour_dispute" in out.err


def test_build_verbose_says_what_the_second_build_kept(briefing: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--root", str(briefing)]) == 0
    assert "kept from the last build" not in capsys.readouterr().err  # said only with -v
    assert main(["-v", "build", "--root", str(briefing)]) == 0
    err = capsys.readouterr().err
    pages = len(list((briefing / "docs").rglob("*.md"))) + 2  # and briefing.json, feed.xml
    kept = sum(1 for kind in ("claims", "actors", "articles") for page in (briefing / "docs" / kind).glob("*.md")
               if page.name != "index.md")  # every claim, actor and article page
    assert f"rendered {pages} files, {kept} of them kept from the last build" in err
    assert f"site built: 0 of {pages} files written anew" in err
    stages = re.findall(r"(?m)^(\w+) +[\d.]+ s, +[\d.]+ processor-s, peak +\d+ MB$", err)
    assert stages == ["ingest", "load", "extract", "merge", "render", "site", "save"]


def test_build_strict_fails_on_a_skipped_article(briefing: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (briefing / "seeds" / "binary.txt").write_bytes(b"\x00\x01")
    assert main(["build", "--root", str(briefing)]) == 0
    assert main(["build", "--strict", "--root", str(briefing)]) == 1
    err = capsys.readouterr().err
    assert "binary.txt: binary file (NUL bytes); expected UTF-8 text" in err
    assert "--strict: 1 skipped articles" in err


def test_check_reports_every_problem_with_path_and_line(briefing: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--root", str(briefing)]) == 0
    assert main(["check", "--root", str(briefing)]) == 0
    assert "content/ is valid: 1 articles, 4 actors, 2 claims" in capsys.readouterr().out
    record = briefing / "content/articles/invented_harbour_dispute.yaml"
    text = record.read_text(encoding="utf-8").replace("stance: denies", "stance: rejects", 1)
    record.write_text(text.replace("actor: lina-ek", "actor: lina-eck"), encoding="utf-8")
    (briefing / "content/claims/cracks.yaml").write_text("statement: x\nstatment: y\n", encoding="utf-8")
    assert main(["check", "--root", str(briefing)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "content/articles/invented_harbour_dispute.yaml:" + str(
        text.splitlines().index("  stance: rejects") + 1
    ) + ": attributions[2].stance: got 'rejects', expected one of asserts, supports, denies, doubts, considers-plausible"
    assert any("attributions[4].actor: got 'lina-eck', expected the id of a record in content/actors/" in e for e in err)
    assert "content/claims/cracks.yaml:2: statment: unknown key; expected one of statement, variants, topics, notes" in err


def test_serve_previews_the_site_and_stops_cleanly(briefing: Path) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from builder import extract; from tests.briefings import fake_extract_many; "
        "extract.extract_many = fake_extract_many; from builder.cli import main; "
        f"sys.exit(main(['serve', '--root', {str(briefing)!r}, '--port', '{port}']))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        page = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/claims/pier-safe.html", timeout=5) as r:
                    page = r.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert "a dangerous fiction" in page
    finally:
        proc.terminate()
        proc.wait(timeout=30)
