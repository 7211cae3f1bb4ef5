"""Three articles of one invented story through the real extractor: one actor per person, one
claim per proposition, across articles (tests/articles/dam_story/)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from builder.build import build
from builder.yamlio import load_yaml_text

from .briefings import ARTICLES, make_briefing


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_briefing(tmp_path_factory.mktemp("dam"))
    for path in sorted((ARTICLES / "dam_story").glob("*.md")):
        shutil.copy(path, root / "seeds" / path.name)
    build(root)
    return root


def stances(root: Path) -> set[tuple[str, str, str, str]]:
    """(article, actor, stance, claim) of every attribution."""
    out = set()
    for path in sorted((root / "content/articles").glob("*.yaml")):
        record: Any = load_yaml_text(path.read_text(encoding="utf-8"), str(path))
        for a in record["attributions"]:
            out.add((path.stem, a.get("actor"), a["stance"], a.get("claim")))
    return out


def test_one_actor_per_person_across_articles(story: Path) -> None:
    actors = sorted(p.stem for p in (story / "content/actors").glob("*.yaml"))
    assert "sofia-marin" in actors and "pavel-novak" in actors
    assert not {"marin", "novak"} & set(actors)
    novak: Any = load_yaml_text((story / "content/actors/pavel-novak.yaml").read_text(encoding="utf-8"), "novak")
    assert novak["kind"] == "person"


def test_the_ministers_claim_gathers_all_three_articles(story: Path) -> None:
    found = stances(story)
    marin = {(art, claim) for art, actor, stance, claim in found if actor == "sofia-marin" and stance == "asserts"}
    safe_claims = {claim for art, claim in marin if claim and "safe" in claim}
    assert len(safe_claims) == 1
    (safe,) = safe_claims
    assert {art for art, claim in marin if claim == safe} == {"dam_1", "dam_2", "dam_3"}
    assert ("dam_3", "riverside-farmers-union", "doubts", safe) in found


def test_the_engineers_warning_is_one_claim(story: Path) -> None:
    found = stances(story)
    claims = {claim for art, actor, stance, claim in found if actor == "pavel-novak"}
    assert len(claims) == 1
    assert {art for art, actor, _, _ in found if actor == "pavel-novak"} == {"dam_1", "dam_2", "dam_3"}


def test_the_ministry_denies_the_engineers_warning(story: Path) -> None:
    found = stances(story)
    (cracks,) = {claim for _, actor, _, claim in found if actor == "pavel-novak"}
    assert ("dam_2", "water-ministry", "denies", cracks) in found
