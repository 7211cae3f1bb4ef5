"""The words that tell which proposition a stretch of text is about, and how much each tells.

Names become the actor they name ("Russian", "Moscow" -> @Russia); other words their lemma,
folded onto a synonym (builder/data/claims.yaml: "casualties" -> kill). Stop words and words
that say nothing of the proposition are left out. A word's weight is its inverse document
frequency over the article's attributions, halved for names: "North Korea" in every claim
tells little about which one is meant.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from .lexicon import claim_words
from .mentions import ACTOR_LABELS, classify, clean_name, entity_at

NAME = "@"
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
NAME_WEIGHT = 0.5


def keywords(tokens: Iterable[Token]) -> tuple[str, ...]:
    """The keywords of ``tokens``, in order, each once."""
    words = claim_words()
    out: list[str] = []
    for t in tokens:
        key: str | None = None
        if t.ent_type_ in ACTOR_LABELS:
            ent = entity_at(t)
            if ent is None or t.i != ent.start:
                continue
            got = classify(clean_name(ent), ent.label_)
            key = NAME + (got[0] if got else ent.text).lower()
        elif t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha:
            lemma = t.lemma_.lower()
            key = words.synonym.get(lemma, words.synonym.get(t.lower_, lemma))
            if key in words.ignore or lemma in words.ignore:
                key = None
        if key and key not in out:
            out.append(key)
    return tuple(out)


def predicate(doc: Doc, start: int, end: int) -> str | None:
    """The keyword of what a clause says of its subject: "safe" of "the ferry line is safe",
    "open" of "the ferry line will open on time"; None where the text is no clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return None
    root: Token | None = span.root
    if span.root.lemma_ == "be":
        root = next((c for c in span.root.children if c.dep_ in ("acomp", "attr") and span.start <= c.i < span.end),
                    None)
    if root is None:
        return None
    got = keywords([root])
    return got[0] if got else None


def other_predicates(a: str | None, b: str | None, bag_a: Iterable[str], bag_b: Iterable[str]) -> bool:
    """Whether two clauses say different things of what they share: "the line is safe" and "the
    line will open on time" (not "... is safe" and "... is unsafe", nor a predicate the other
    names elsewhere)."""
    if a is None or b is None or a == b or a in set(bag_b) or b in set(bag_a):
        return False
    return not (a == f"un{b}" or b == f"un{a}")


def span_keywords(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return keywords(span) if span is not None else ()


def weights(bags: Sequence[Iterable[str]]) -> dict[str, float]:
    """Inverse document frequency of each keyword over ``bags``; names count half."""
    df = Counter(k for bag in bags for k in set(bag))
    n = max(1, len(bags))
    return {k: math.log(1 + n / c) * (NAME_WEIGHT if k.startswith(NAME) else 1.0) for k, c in df.items()}


def similarity(a: Iterable[str], b: Iterable[str], weight: dict[str, float]) -> float:
    """Weighted overlap of two keyword sets (cosine of their weighted sets): 0 (nothing shared) to 1."""
    sa, sb = set(a), set(b)
    shared = sum(weight.get(k, 1.0) for k in sa & sb)
    size = math.sqrt(sum(weight.get(k, 1.0) for k in sa) * sum(weight.get(k, 1.0) for k in sb))
    return shared / size if size else 0.0


def shares_word(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two keyword sets share a keyword that is not a name."""
    return any(not k.startswith(NAME) for k in set(a) & set(b))
