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


needs_eval = pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="../shared/eval is not beside the repository")


@pytest.fixture(scope="module")
def predicted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `builder extract --json` prints for the seed, in a file."""
    pred = tmp_path_factory.mktemp("seed") / "pred.jsonl"
    out = subprocess.run([sys.executable, "-m", "builder", "extract", str(SEED), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=300)
    pred.write_text(out.stdout, encoding="utf-8")
    return pred


@needs_eval
def test_seed_scores_at_least_85_content_source_f1(predicted: Path) -> None:
    scored = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(EVAL / "seed-gold.jsonl"), str(predicted), "--json"],
        capture_output=True, text=True, check=True, timeout=300,
    )
    figures = json.loads(scored.stdout)
    assert figures["content+source"]["F1"] >= 85, figures
    assert figures["stance_accuracy"] >= 90, figures


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """score.py's match: the spans share at least half of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= min(a[1] - a[0], b[1] - b[0]) / 2


@needs_eval
def test_seed_claims_group_as_seed_gold_does(predicted: Path) -> None:
    """Gold attributions share a predicted claim exactly when they share a gold claim."""
    gold = json.loads((EVAL / "seed-gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    pred = json.loads(predicted.read_text(encoding="utf-8").splitlines()[0])
    pairs: list[tuple[str, str, str]] = []  # gold claim, predicted claim, content
    for g in gold["attributions"]:
        span = tuple(g["content_span"])
        hit = next((p for p in pred["attributions"]
                    if _overlaps(span, (p["content"]["start"], p["content"]["end"]))), None)
        if hit is None:
            assert g["optional"], f"gold attribution not found: {g['content_text']!r}"
            continue
        pairs.append((g["claim"], hit["claim"], g["content_text"][:60]))
    for a in pairs:
        for b in pairs:
            assert (a[0] == b[0]) == (a[1] == b[1]), f"{a} and {b}"
    assert len({p for _, p, _ in pairs}) == len({g["claim"] for g in gold["attributions"]})
