"""Placeholder: replaced by actor resolution."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Actor
from .base import Found


def resolve_actors(doc: Doc, found: tuple[Found, ...]) -> tuple[tuple[Actor, ...], tuple[str | None, ...]]:
    return (), tuple(None for _ in found)
