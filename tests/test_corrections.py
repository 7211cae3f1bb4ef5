"""Every kind of hand correction survives a rebuild and a new article, and applies to it.

Articles here are sentences of the form '<Name> said|denied|doubted that <claim>.', read by
the stand-in extractor of tests/briefings.py, so that only the merge is under test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from builder import extract
from builder.build import build
from builder.yamlio import dump_yaml, load_yaml_text

from .briefings import fake_extract_many, make_briefing


@pytest.fixture(autouse=True)
def stand_in_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "extract_many", fake_extract_many)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_briefing(tmp_path / "b")
    seed(root, "a1", "Lina Ek said that the ferry will sail on time. Anna Berg denied that the ferry will sail on time.")
    build(root)
    return root


def seed(root: Path, name: str, text: str) -> None:
    (root / "seeds" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")


def read(root: Path, kind: str, rid: str) -> Any:
    return load_yaml_text((root / "content" / kind / f"{rid}.yaml").read_text(encoding="utf-8"), rid)


def write(root: Path, kind: str, rid: str, data: Any) -> None:
    (root / "content" / kind / f"{rid}.yaml").write_text(dump_yaml(data), encoding="utf-8")


def edit(root: Path, kind: str, rid: str, **changes: Any) -> None:
    write(root, kind, rid, {**read(root, kind, rid), **changes})


def actors_of(root: Path, article: str) -> list[str]:
    return [a.get("actor") for a in read(root, "articles", article)["attributions"]]


def claims_of(root: Path, article: str) -> list[str]:
    return [a.get("claim") for a in read(root, "articles", article)["attributions"]]


def test_first_build(root: Path) -> None:
    assert actors_of(root, "a1") == ["lina-ek", "anna-berg"]
    assert claims_of(root, "a1") == ["the-ferry-will-sail-on-time"] * 2


def test_rename_an_actor(root: Path) -> None:
    edit(root, "actors", "lina-ek", name="Lina Ek-Holm")
    seed(root, "a2", "Lina Ek said that the harbour is closed.")
    build(root)
    assert read(root, "actors", "lina-ek")["name"] == "Lina Ek-Holm"
    assert actors_of(root, "a2") == ["lina-ek"]
    assert "Lina Ek-Holm" in (root / "site/actors/lina-ek.html").read_text(encoding="utf-8")


def test_reword_a_claim(root: Path) -> None:
    edit(root, "claims", "the-ferry-will-sail-on-time", statement="The ferry sails on schedule")
    seed(root, "a2", "Tomas Holm doubted that the ferry will sail on time.")
    build(root)
    assert read(root, "claims", "the-ferry-will-sail-on-time")["statement"] == "The ferry sails on schedule"
    assert claims_of(root, "a2") == ["the-ferry-will-sail-on-time"]


def test_add_an_alias(root: Path) -> None:
    edit(root, "actors", "anna-berg", aliases=["Harbour Chief Berg"])
    seed(root, "a2", "Harbour Chief Berg said that the harbour is closed.")
    build(root)
    assert actors_of(root, "a2") == ["anna-berg"]
    assert not (root / "content/actors/harbour-chief-berg.yaml").exists()


def test_merge_two_actors(root: Path) -> None:
    seed(root, "a2", "A. Berg said that the harbour is closed.")
    build(root)
    assert actors_of(root, "a2") == ["a-berg"]
    edit(root, "actors", "anna-berg", aliases=["A. Berg"])
    (root / "content/actors/a-berg.yaml").unlink()
    build(root)
    assert actors_of(root, "a2") == ["anna-berg"]
    seed(root, "a3", "A. Berg denied that the bridge is open.")
    build(root)
    assert actors_of(root, "a3") == ["anna-berg"]
    assert not (root / "content/actors/a-berg.yaml").exists()


def test_merge_two_claims(root: Path) -> None:
    seed(root, "a2", "Tomas Holm said that the boat leaves as planned.")
    build(root)
    assert claims_of(root, "a2") == ["the-boat-leaves-as-planned"]
    edit(root, "claims", "the-ferry-will-sail-on-time", variants=["The boat leaves as planned"])
    (root / "content/claims/the-boat-leaves-as-planned.yaml").unlink()
    build(root)
    assert claims_of(root, "a2") == ["the-ferry-will-sail-on-time"]
    seed(root, "a3", "Ola Dahl denied that the boat leaves as planned.")
    build(root)
    assert claims_of(root, "a3") == ["the-ferry-will-sail-on-time"]


def test_split_a_wrong_merge(root: Path) -> None:
    seed(root, "a2", "Ana Berg said that the harbour is closed.")  # a spelling variant: joined to Anna Berg
    build(root)
    assert actors_of(root, "a2") == ["anna-berg"]
    assert "Ana Berg" in read(root, "actors", "anna-berg")["aliases"]
    edit(root, "actors", "anna-berg", aliases=[])
    write(root, "actors", "ana-berg", {"name": "Ana Berg", "kind": "person"})
    record = read(root, "articles", "a2")
    record["attributions"][0]["actor"] = "ana-berg"
    write(root, "articles", "a2", record)
    build(root)
    assert actors_of(root, "a2") == ["ana-berg"]
    seed(root, "a3", "Ana Berg denied that the bridge is open. Anna Berg said that the bridge is open.")
    build(root)
    assert actors_of(root, "a3") == ["ana-berg", "anna-berg"]
    assert actors_of(root, "a1") == ["lina-ek", "anna-berg"]


def test_fix_an_attributions_stance_and_actor(root: Path) -> None:
    write(root, "actors", "port-authority", {"name": "Port Authority", "kind": "organization"})
    record = read(root, "articles", "a1")
    record["attributions"][1].update(stance="doubts", actor="port-authority")
    write(root, "articles", "a1", record)
    seed(root, "a2", "Anna Berg said that the harbour is closed.")
    build(root)
    att = read(root, "articles", "a1")["attributions"][1]
    assert (att["stance"], att["actor"]) == ("doubts", "port-authority")
    assert actors_of(root, "a2") == ["anna-berg"]


def test_mark_an_attribution_wrong(root: Path) -> None:
    record = read(root, "articles", "a1")
    record["attributions"][1]["wrong"] = True
    write(root, "articles", "a1", record)
    seed(root, "a2", "Lina Ek said that the harbour is closed.")
    build(root)
    assert read(root, "articles", "a1")["attributions"][1]["wrong"] is True
    page = (root / "site/claims/the-ferry-will-sail-on-time.html").read_text(encoding="utf-8")
    assert "Anna Berg" not in page


def test_removed_article_keeps_only_edited_records(root: Path) -> None:
    seed(root, "a2", "Tomas Holm said that the harbour is closed. Ola Dahl said that the bridge is open.")
    build(root)
    edit(root, "actors", "tomas-holm", notes="Union leader since 2019.")
    (root / "seeds/a2.txt").unlink()
    summary = build(root)
    assert (root / "content/actors/tomas-holm.yaml").exists()
    assert not (root / "content/actors/ola-dahl.yaml").exists()
    assert not (root / "content/claims/the-harbour-is-closed.yaml").exists()
    assert any("tomas-holm.yaml: no attribution refers to it" in w for w in summary.warnings)


def test_same_articles_in_any_order_give_the_same_bytes(tmp_path: Path) -> None:
    texts = {
        "x1": "Anna Berg said that the ferry will sail on time.",
        "x2": "Berg denied that the bridge is open. Lina Ek said that the bridge is open.",
        "x3": "Lina Ek doubted that the ferry will sail on time.",
    }
    results = []
    for order in (["x1", "x2", "x3"], ["x3", "x2", "x1"]):
        root = make_briefing(tmp_path / "-".join(order))
        for name in order:  # one article per build, in this order
            seed(root, name, texts[name])
            build(root)
        files = sorted((root / "content").rglob("*"))
        # every record is the same; only the history of updates tells the two orders apart
        results.append({p.relative_to(root).as_posix(): p.read_bytes() for p in files
                        if p.is_file() and p.name != "updates.yaml"})
    assert results[0] == results[1]


def test_check_flags_records_kept_without_attributions(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from builder.cli import main

    edit(root, "claims", "the-ferry-will-sail-on-time", notes="Checked with the port.")
    (root / "seeds/a1.txt").unlink()
    build(root)
    assert main(["check", "--root", str(root)]) == 0
    assert main(["check", "--strict", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "WARNING content/claims/the-ferry-will-sail-on-time.yaml: no attribution refers to this claim" in err
    page = (root / "site/claims/the-ferry-will-sail-on-time.html").read_text(encoding="utf-8")
    assert "No attribution refers to this claim" in page or "no attribution" in page.lower()


def test_each_build_records_what_changed(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28
    history = load_yaml_text((root / "content/updates.yaml").read_text(encoding="utf-8"), "u")
    assert [u["number"] for u in history["updates"]] == [1]
    assert history["updates"][0]["articles"] == ["a1"]
    seed(root, "a2", "Tomas Holm denied that the ferry will sail on time.")
    record = read(root, "articles", "a1")
    record["attributions"][1]["stance"] = "doubts"
    write(root, "articles", "a1", record)
    build(root)
    build(root)  # nothing new: no update
    history = load_yaml_text((root / "content/updates.yaml").read_text(encoding="utf-8"), "u")
    latest = history["updates"][0]
    assert [u["number"] for u in history["updates"]] == [2, 1]
    assert latest["date"] == "2026-05-28"
    assert (latest["articles"], latest["actors"], latest.get("claims", [])) == (["a2"], ["tomas-holm"], [])
    assert [(s["article"], s["stance"], s["was"]) for s in latest["stances"]] == [("a1", "doubts", "denies")]
