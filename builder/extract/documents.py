"""Attributions to a document named in a prepositional phrase: "In the poll, X leads Y",
"X fared well in online surveys". The document is the source, "in" the cue, and the clause
around the phrase what the document says.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from .cues import Cues, cues
from .reported import Hit, Range, _clause_without, _phrase


def _from_in(tok: Token, lex: Cues) -> Hit | None:
    head = tok.head
    if head is tok or head.pos_ not in ("VERB", "AUX") or lex.is_verb(head.lemma_.lower()):
        return None  # "In a statement, the union said ...": the union is the source
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.document_nouns]
    if not objs or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    content = _clause_without(head, tok)
    source = _phrase(objs[0])
    if content is None or source is None or content[0] <= tok.idx < content[1]:
        return None
    return Hit(content, source, (tok.idx, tok.idx + len(tok.text)), tok.i)


def find_documents(doc: Doc, *, skip: Iterable[Range] = ()) -> Iterator[Hit]:
    """Hits for "in <document>" phrases outside the ``skip`` ranges (quotations)."""
    lex = cues()
    ranges = list(skip)
    for tok in doc:
        if tok.lower_ == "in" and tok.dep_ == "prep" and not any(s < tok.idx < e for s, e in ranges):
            hit = _from_in(tok, lex)
            if hit is not None:
                yield hit
