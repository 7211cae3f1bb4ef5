"""Placeholder: replaced by claim grouping."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Claim
from .base import Found


def group_claims(
    doc: Doc, found: tuple[Found, ...], actor_of: tuple[str | None, ...], stances: tuple[str, ...]
) -> tuple[tuple[Claim, ...], tuple[str | None, ...]]:
    return (), tuple(None for _ in found)
