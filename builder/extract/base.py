"""What the extractor's parts hand to each other."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Span


@dataclass(frozen=True, slots=True)
class Found:
    """An attribution as found in the text, before its source is resolved to an actor.

    ``content`` is what is said; ``source`` the mention of who says it as written ("He",
    "a source from Ukrainian intelligence"), or None where the text names nobody;
    ``cue`` the words that report it ("said", "according to", "dismissed").
    """

    content: Span
    source: Span | None = None
    cue: Span | None = None
