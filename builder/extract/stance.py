"""Placeholder: replaced by stance rules."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import Found


def stance_of(doc: Doc, found: Found) -> str:
    return "asserts"
