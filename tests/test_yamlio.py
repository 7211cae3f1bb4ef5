"""Strict, located YAML reading; deterministic, atomic writing; round trips."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.yamlio import YamlError, dump_yaml, load_yaml_located, load_yaml_text


def test_lines_of_keys_and_items() -> None:
    data, lines = load_yaml_located("a: 1\nb:\n  - x\n  - {c: 2}\n", "t.yaml")
    assert data == {"a": 1, "b": ["x", {"c": 2}]}
    assert lines[("a",)] == 1 and lines[("b", 1)] == 4 and lines[("b", 1, "c")] == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1\na: 2\n", "t.yaml:2: a: duplicate key; expected each key once (first at line 1)"),
        ("a: &x [1]\nb: *x\n", "t.yaml:2: invalid YAML: anchors and aliases are not allowed in records"),
        ("a: !!python/object:os.system x\n", "t.yaml:1: invalid YAML: could not determine a constructor"),
        ("a: !foo 1\n", "t.yaml:1: tag !foo is not allowed"),
        ("a: [\n", "t.yaml:2: invalid YAML"),
        ("a: " + "[" * 60 + "]" * 60 + "\n", "t.yaml:1: nested more than 50 levels deep"),
    ],
)
def test_refused_yaml_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(YamlError) as info:
        load_yaml_text(text, "t.yaml")
    assert str(info.value).startswith(message)


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = "a: &a [x, x]\n" + "".join(f"{c}: &{c} [*{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    with pytest.raises(YamlError, match="aliases are not allowed"):
        load_yaml_text(bomb, "bomb.yaml")


def test_dump_keeps_order_and_unicode() -> None:
    text = dump_yaml({"name": "Zé “quoted”", "b": ["x: y"], "a": None, "multi": "one\ntwo\n"})
    assert text == "name: Zé “quoted”\nb:\n- 'x: y'\na: null\nmulti: |\n  one\n  two\n"


_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**9, 10**9),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x85\u2028\u2029\ufeff"), max_size=20),
)
_keys = st.from_regex(r"[a-z_]{1,8}", fullmatch=True)
_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=6,
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(_keys, _data, max_size=4))
def test_round_trip(data: dict[str, object]) -> None:
    assert load_yaml_text(dump_yaml(data), "t.yaml") == data
