"""YAML in and out: strict, located reading; deterministic, atomic writing.

Reading refuses what a hand-edited record should never hold (duplicate keys, anchors and
aliases, tags) and remembers the line of every key and item, so that validation can say
``content/actors/kim.yaml:4: kind: ...``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import BriefingError

#: The line (1-based) of each value, keyed by its path of keys and indexes from the root.
Lines = dict[tuple[Any, ...], int]


class YamlError(BriefingError):
    """A YAML file that cannot be read as a record."""


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (no "billion laughs") and custom tags."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(
                None, None, "anchors and aliases are not allowed in records", event.start_mark
            )
        return super().compose_node(parent, index)


def _where(name: str, line: int) -> str:
    return f"{name}:{line}"


def _build(
    loader: Any, node: Node, name: str, path: tuple[Any, ...], lines: Lines, depth: int = 0
) -> Any:
    """Python data from a composed node, recording each value's line."""
    if depth > 50:
        raise YamlError(f"{_where(name, node.start_mark.line + 1)}: nested more than 50 levels deep")
    lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(loader, key_node, name, (*path, "<key>"), {}, depth + 1)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise YamlError(
                    f"{_where(name, key_node.start_mark.line + 1)}: got a {type(key).__name__} as a key, "
                    "expected a plain name"
                )
            if key in out:
                raise YamlError(
                    f"{_where(name, key_node.start_mark.line + 1)}: {key}: duplicate key; "
                    f"expected each key once (first at line {lines[(*path, key)]})"
                )
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _build(loader, value_node, name, (*path, key), lines, depth + 1)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, SequenceNode):
        return [_build(loader, item, name, (*path, i), lines, depth + 1) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    if node.tag.startswith("!") and not node.tag.startswith("!!"):
        raise YamlError(f"{_where(name, node.start_mark.line + 1)}: tag {node.tag} is not allowed")
    return loader.construct_object(node, deep=True)


def load_yaml_text(text: str, name: str, *, line_offset: int = 0) -> Any:
    """Parse YAML text; errors name ``name`` and the line."""
    data, _ = load_yaml_located(text, name, line_offset=line_offset)
    return data


class _FastLoader(getattr(yaml, "CSafeLoader", _StrictLoader)):  # type: ignore[misc]
    """libyaml's parser where PyYAML has it: the same nodes, many times faster than the Python one."""


def _loader(text: str) -> Any:
    """libyaml unless the text may hold an anchor or alias: those get the Python loader, which refuses
    an alias where it stands, before anything is expanded."""
    return _StrictLoader(text) if "&" in text or "*" in text else _FastLoader(text)


def load_yaml_located(text: str, name: str, *, line_offset: int = 0) -> tuple[Any, Lines]:
    """Parse YAML text into data and the line of each value."""
    loader = _loader(text)
    lines: Lines = {}
    try:
        node = loader.get_single_node()
        data = None if node is None else _build(loader, node, name, (), lines)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = (mark.line + 1 + line_offset) if mark else 1
        raise YamlError(f"{name}:{line}: invalid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise YamlError(f"{name}: invalid YAML: {e}") from None
    finally:
        loader.dispose()
    if line_offset:
        lines = {k: v + line_offset for k, v in lines.items()}
    return data, lines


def load_yaml_file(path: Path, name: str | None = None) -> tuple[Any, Lines]:
    """Read a YAML file strictly; errors name the file and line."""
    label = name or str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise YamlError(f"{label}: byte {e.start}: not UTF-8; expected UTF-8 text") from None
    return load_yaml_located(text, label)


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, long lines kept whole."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class _FastDumper(getattr(yaml, "CSafeDumper", _Dumper)):  # type: ignore[misc]
    """libyaml's emitter: the same text as _Dumper's for the characters ``_plain`` accepts, five times faster."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


#: Characters both emitters write alike; libyaml escapes others (astral ones, some controls) differently.
_PLAIN = re.compile("[\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")


def _plain(data: Any) -> bool:
    if isinstance(data, str):
        return _PLAIN.fullmatch(data) is not None and not data.endswith("\n")  # "|+" ends the document with "..."
    if isinstance(data, dict):
        return all(k != "" and _plain(k) and _plain(v) for k, v in data.items())
    if isinstance(data, list):
        return all(_plain(x) for x in data)
    return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)
_FastDumper.add_representer(str, _str)


def dump_yaml(data: Any) -> str:
    """Deterministic YAML: keys in the order given, UTF-8 text, no line folding."""
    return yaml.dump(
        data, Dumper=_FastDumper if _plain(data) else _Dumper,
        sort_keys=False, allow_unicode=True, default_flow_style=False, width=10_000,
    )
