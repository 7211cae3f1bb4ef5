"""The foundation's bar on the first article: its actors, its main claim, and the scorer's figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from builder.yamlio import load_yaml_text

from .briefings import ROOT

EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "seeds" / "000_53f53170f8303fd2.txt"
ACTORS = [
    "volodymyr-zelensky", "vladimir-putin", "dmitry-peskov", "kim-yong-hyun", "kim-jong-un",
    "national-intelligence-service", "ukrainian-intelligence-source",
]


def records(root: Path, kind: str) -> dict[str, dict]:  # type: ignore[type-arg]
    folder = root / "content" / kind
    return {p.stem: load_yaml_text(p.read_text(encoding="utf-8"), str(p)) for p in sorted(folder.glob("*.yaml"))}


@pytest.mark.parametrize("actor", ACTORS)
def test_seed_has_a_page_for_each_main_actor(seed_site: Path, actor: str) -> None:
    page = seed_site / "actors" / f"{actor}.html"
    assert page.is_file(), f"no page for {actor}"


def test_main_claim_shows_zelensky_asserting_and_peskov_denying(seed_site: Path) -> None:
    root = seed_site.parent
    stances: dict[str, set[tuple[str, str]]] = {}
    for article in records(root, "articles").values():
        for att in article["attributions"]:
            stances.setdefault(att.get("claim"), set()).add((att.get("actor"), att["stance"]))
    main = [c for c, s in stances.items() if {("volodymyr-zelensky", "asserts"), ("dmitry-peskov", "denies")} <= s]
    assert len(main) == 1, stances
    statement = records(root, "claims")[main[0]]["statement"]
    assert "North Korea" in statement and "Russia" in statement
    html = (seed_site / "claims" / f"{main[0]}.html").read_text(encoding="utf-8")
    assert "Volodymyr Zelensky" in html and "Dmitry Peskov" in html
    assert "another hoax" in html
    assert "transferring people from North Korea" in html


@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="../shared/eval is not beside the repository")
def test_seed_scores_at_least_70_content_source_f1(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    out = subprocess.run([sys.executable, "-m", "builder", "extract", str(SEED), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=300)
    pred.write_text(out.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "seed-gold.jsonl"), str(pred), "--json"],
                            capture_output=True, text=True, check=True, timeout=300)
    figures = json.loads(scored.stdout)
    assert figures["content+source"]["F1"] >= 70, figures
    assert figures["stance_accuracy"] >= 80, figures
