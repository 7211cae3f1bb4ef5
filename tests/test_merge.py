"""The three-way merge that keeps a person's edits."""

from __future__ import annotations

from typing import Any

import pytest

from builder.merge import attribution_id, merge3, name_key


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "expected"),
    [
        # nobody changed it / only the tool / only the person / both
        ("a", "a", "a", "a"),
        ("a", "a", "b", "b"),
        ("a", "x", "a", "x"),
        ("a", "x", "b", "x"),
        # fields: the person's renamed name stays, the tool's new role arrives
        ({"name": "A", "roles": ["r1"]}, {"name": "A2", "roles": ["r1"]}, {"name": "A", "roles": ["r1", "r2"]},
         {"name": "A2", "roles": ["r1", "r2"]}),
        # a list item the person removed stays removed; a new one from the tool is added
        ({"aliases": ["x", "y"]}, {"aliases": ["x"]}, {"aliases": ["x", "y", "z"]}, {"aliases": ["x", "z"]}),
        # a key the person added stays
        ({"name": "A"}, {"name": "A", "notes": "n"}, {"name": "A"}, {"name": "A", "notes": "n"}),
        # a key the person deleted stays deleted when the tool did not change it
        ({"name": "A", "roles": ["r"]}, {"name": "A"}, {"name": "A", "roles": ["r"]}, {"name": "A"}),
    ],
)
def test_merge3(base: Any, ours: Any, theirs: Any, expected: Any) -> None:
    assert merge3(base, ours, theirs) == expected


def att(i: str, start: int, **kw: Any) -> dict[str, Any]:
    return {"id": i, "content": {"text": "t", "start": start, "end": start + 1}, "stance": "asserts", **kw}


def test_attributions_merge_by_id_in_text_order() -> None:
    base = [att("a", 0), att("b", 10)]
    ours = [att("a", 0, stance="denies"), att("b", 10, wrong=True)]
    theirs = [att("c", 5), att("a", 2), att("b", 12)]  # the text changed: offsets moved, c is new
    merged = merge3(base, ours, theirs)
    assert [(m["id"], m["content"]["start"], m["stance"], m.get("wrong")) for m in merged] == [
        ("a", 2, "denies", None), ("c", 5, "asserts", None), ("b", 12, "asserts", True)]


def test_attribution_the_tool_no_longer_finds_goes_unless_edited() -> None:
    base = [att("a", 0), att("b", 10)]
    assert [m["id"] for m in merge3(base, base, [att("a", 0)])] == ["a"]
    edited = [att("a", 0), att("b", 10, stance="doubts")]
    assert [m["id"] for m in merge3(base, edited, [att("a", 0)])] == ["a", "b"]


@pytest.mark.parametrize(
    ("a", "b"),
    [("The Kremlin", "Kremlin"), ("South Korea’s", "south korea"), ("Zelensky's", "ZELENSKY")],
)
def test_name_key_ignores_case_article_and_possessive(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_attribution_ids_are_stable_and_unique() -> None:
    taken: set[str] = set()
    first = attribution_id("He said  so.", taken)
    assert first == attribution_id("He said so.", set())
    assert attribution_id("He said so.", taken) == first + "-2"
