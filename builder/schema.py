"""Validation of YAML data against the record dataclasses of ``records``.

Every problem is collected (none stops the others) and located: the file, the line of the
offending key, the field's path, what was given and what was expected.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Hashable
from functools import cache
from typing import Any, cast

from .errors import Problem
from .models import Span
from .yamlio import Lines


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _fields(cls: Any, with_id: bool) -> dict[str, tuple[dataclasses.Field[Any], Any, bool]]:
    """A record class's fields by name: the field, its type, and whether the data must give it."""
    return {
        f.name: (f, _hints(cls)[f.name], f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls) if f.name != "id" or with_id
    }


@cache
def _shape(tp: Any) -> tuple[str, Any]:
    """What kind of value a field of type ``tp`` holds ("optional", "list", "span", "record", or
    the type itself), and the type inside it."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return "optional", inner
    if origin is tuple:
        return "list", typing.get_args(tp)[0]
    if tp is Span:
        return "span", tp
    if dataclasses.is_dataclass(tp):
        return "record", tp
    return "plain", tp


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(tp: Any) -> str:
    if tp is Span:
        return "a span {text, start, end}"
    if dataclasses.is_dataclass(tp):
        return "a mapping"
    origin = typing.get_origin(tp)
    if origin is tuple:
        return f"a list of {_type_name(typing.get_args(tp)[0])}s"
    if origin in (types.UnionType, typing.Union):
        names = [_type_name(a) for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(names) + " or null"
    return {str: "text", bool: "true or false", int: "a whole number"}.get(tp, str(tp))


class _Checker:
    def __init__(self, path: str, lines: Lines) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, where: tuple[Any, ...], message: str) -> None:
        line = None
        for n in range(len(where), -1, -1):
            if where[:n] in self.lines:
                line = self.lines[where[:n]]
                break
        label = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in where).replace(".[", "[")
        self.problems.append(Problem(self.path, line, label, message))

    def record(self, cls: type[Any], data: Any, where: tuple[Any, ...], record_id: str | None) -> Any:
        if not isinstance(data, dict):
            self.problem(where, f"got {_show(data)}, expected a mapping of {cls.__name__} fields")
            return None
        # a record's id is its file's stem; records inside a file (attributions) hold their own
        fields = _fields(cast(Hashable, cls), record_id is None)
        for key in data:
            if key not in fields:
                self.problem(
                    (*where, key), f"unknown key; expected one of {', '.join(fields)}"
                )
        values: dict[str, Any] = {}
        ok = True
        for name, (f, tp, required) in fields.items():
            if name not in data:
                if required:
                    self.problem(where, f"missing field {name!r} ({f.metadata['meaning']})")
                    ok = False
                continue
            good, value = self.value(tp, data[name], (*where, name), f.metadata)
            ok &= good
            values[name] = value
        if not ok or any(k not in fields for k in data):
            return None
        if record_id is not None:
            values["id"] = record_id
        return cls(**values)

    def value(self, tp: Any, value: Any, where: tuple[Any, ...], meta: Any) -> tuple[bool, Any]:
        shape, inner = _shape(tp)
        if shape == "optional":
            if value is None:
                return True, None
            return self.value(inner, value, where, meta)
        if shape == "list":
            if not isinstance(value, list):
                self.problem(where, f"got {_show(value)}, expected {_type_name(tp)}")
                return False, None
            results = [self.value(inner, v, (*where, i), meta) for i, v in enumerate(value)]
            return all(ok for ok, _ in results), tuple(v for _, v in results)
        if shape == "span":
            return self.span(value, where)
        if shape == "record":
            rec = self.record(tp, value, where, None)
            return rec is not None, rec
        if tp is int:
            if type(value) is not int or value < 0:
                self.problem(where, f"got {_show(value)}, expected a whole number")
                return False, None
            return True, value
        if tp is bool:
            if not isinstance(value, bool):
                self.problem(where, f"got {_show(value)}, expected true or false")
                return False, None
            return True, value
        if tp is str:
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                self.problem(where, f"got {_show(value)}, expected text")
                return False, None
            text = str(value)
            if meta and meta.get("choices") and text not in meta["choices"]:
                self.problem(where, f"got {_show(text)}, expected one of {', '.join(meta['choices'])}")
                return False, None
            if meta and meta.get("pattern") and not re.fullmatch(meta["pattern"], text):
                self.problem(where, f"got {_show(text)}, expected {meta['meaning']}")
                return False, None
            if not text.strip():
                self.problem(where, "got empty text, expected " + meta.get("meaning", "text"))
                return False, None
            return True, text
        raise TypeError(f"no validator for {tp!r}")  # pragma: no cover - a schema bug

    def span(self, value: Any, where: tuple[Any, ...]) -> tuple[bool, Any]:
        if not isinstance(value, dict) or set(value) != {"text", "start", "end"}:
            self.problem(where, f"got {_show(value)}, expected a span {{text, start, end}}")
            return False, None
        text, start, end = value["text"], value["start"], value["end"]
        if not isinstance(text, str) or type(start) is not int or type(end) is not int or not 0 <= start <= end:
            self.problem(where, f"got {_show(value)}, expected text and offsets 0 <= start <= end")
            return False, None
        return True, Span(text, start, end)


def validate(
    cls: type[Any], data: Any, lines: Lines, path: str, record_id: str | None
) -> tuple[Any, list[Problem]]:
    """The record ``data`` describes, or None, and every problem found in it."""
    checker = _Checker(path, lines)
    record = checker.record(cls, data, (), record_id)
    return record, checker.problems
