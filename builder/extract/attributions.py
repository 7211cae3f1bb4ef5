"""Placeholder: replaced by the attribution finder (quotes and reported speech)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .base import Found


def find_attributions(doc: Doc) -> Iterator[Found]:
    yield from ()
