"""Stance: whether an attribution asserts, supports, denies, doubts or finds a claim plausible.

The cues are data (builder/data/stance.yaml). They are read in the reporting words of an
attribution: its cue and the clause the cue governs, without what is said and without the
clauses of other attributions ("Adding weight to Zelensky's claims, a source ... reported
that ..." supports; "Peskov dismissed these allegations as ..." denies). What is said is read
too where the speaker speaks of itself ("it ... considers the claims ... to be plausible"),
never in a direct quotation. ``settle`` then turns "supports" into "asserts" for whoever
first puts a claim forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .base import Found
from .lexicon import stance_cues

DEFAULT = "asserts"
GAP = "..."
MAX_GAP = 8
_QUOTES = "\"“”«»‘'"
_NEGATIONS = frozenset({"not", "no", "never", "cannot"})
#: What is said that stands as the object of its cue ("called the report a hoax") is read
#: with the reporting words.
_OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "prep", "dative", "pobj"})
_OWN_CLAUSES = frozenset({"relcl", "appos", "acl", "conj", "parataxis", "ccomp"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_OTHERS_CLAUSES = frozenset({"advcl", "acl", "relcl", "parataxis"})  # (with a subject of their own)


def _word_matches(token: Token, word: str) -> bool:
    text, _, pos = word.partition(":")
    if pos and token.pos_.lower() != pos:
        return False
    return token.lemma_.lower() == text or token.lower_ == text


def _match_at(tokens: Sequence[Token], k: int, pattern: tuple[str, ...]) -> bool:
    """Whether ``pattern`` matches ``tokens`` from position ``k`` (contiguous, "..." a gap)."""
    if not _word_matches(tokens[k], pattern[0]):
        return False
    pos, prev_i, parts = k, tokens[k].i, pattern[1:]
    gap = False
    for word in parts:
        if word == GAP:
            gap = True
            continue
        nxt = None
        for j in range(pos + 1, len(tokens)):
            distance = tokens[j].i - prev_i
            if distance > (MAX_GAP if gap else 1):
                break
            if _word_matches(tokens[j], word):
                nxt = j
                break
            if not gap:
                break
        if nxt is None:
            return False
        pos, prev_i, gap = nxt, tokens[nxt].i, False
    return True


def _cue_match(tokens: Sequence[Token]) -> tuple[str, tuple[str, ...]] | None:
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    for stance, patterns in stance_cues().cues:
        for pattern in patterns:
            if pattern[0].partition(":")[0] not in words:
                continue
            if any(_match_at(tokens, k, pattern) for k in range(len(tokens))):
                return stance, pattern
    return None


def cue_stance(tokens: Sequence[Token]) -> str | None:
    """The first stance whose cue occurs in ``tokens`` (in text order), or None."""
    match = _cue_match(tokens)
    return match[0] if match else None


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def frame(doc: Doc, found: Found, others: Sequence[Found]) -> list[Token]:
    """The reporting words: the cue's clause without what is said and other attributions' words."""
    if found.cue is None:
        return []
    cue = _token_at(doc, found.cue.start, found.cue.end)
    if cue is None:
        return []
    head = cue.head if cue.dep_ in ("prep", "agent", "mark") and cue.head.pos_ == "VERB" else cue
    subtree = list(head.subtree)
    first, last = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    out_of = [(found.content.start, found.content.end)]
    for other in others:
        if other is found or other.cue is None or not first <= other.cue.start < last:
            continue
        if not (head.idx <= other.cue.start < head.idx + len(head)):
            other_cue = _token_at(doc, other.cue.start, other.cue.end)
            if other_cue is not None and other_cue.i != cue.i and other_cue in subtree:
                out_of.append((other_cue.left_edge.idx, other_cue.right_edge.idx + len(other_cue.right_edge)))
                out_of.append((other.content.start, other.content.end))
    cue_span = doc.char_span(found.cue.start, found.cue.end, alignment_mode="expand")
    inside = set(cue_span) if cue_span is not None else set()
    said = _without_closing_marks(doc.char_span(found.content.start, found.content.end, alignment_mode="expand"))
    if said is not None and len(said) and said.root.head == head and said.root.dep_ in _OBJECT_DEPS:
        inside |= set(said)
    elif said is not None and len(said) and said.root.head == head and _judged(said.root):
        inside |= {t for t in said if t.i <= said.root.i}  # "found | it likely | that ...": how they judge it
    for t in subtree:  # clauses of their own: "..., a claim that both deny", "as Oslo rejects the offer"
        if (t.dep_ in _OWN_CLAUSES or _of_another(t)) and t not in inside and t is not head:
            out_of.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return [t for t in subtree if t in inside or not any(s <= t.idx < e for s, e in out_of)]


def _without_closing_marks(said: Span | None) -> Span | None:
    """What is said without the punctuation that closes it, which the parser may have hung
    elsewhere: in 'called the rate "one of the biggest hoaxes."' a closing quote mark that
    opens a sentence of its own would make it the phrase's root."""
    end = len(said) if said is not None else 0
    while said is not None and end > 1 and said[end - 1].is_punct:
        end -= 1
    return said[:end] if said is not None else None


def _said_of_itself(doc: Doc, found: Found) -> list[Token]:
    """Words of what is said where the speaker speaks of its own view ("it considers ...")."""
    text = found.content.text.lstrip()
    if not text or text[0] in _QUOTES:
        return []
    span = doc.char_span(found.content.start, found.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    root = span.root
    verbs = [root, *(c for c in root.conjuncts if span.start <= c.i < span.end)]
    out: list[Token] = []
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
        ]
        if all(s.lower_ in _SUBJECT_PRONOUNS for s in subjects):
            others = {t.i for c in verb.subtree if c is not verb and _of_another(c) for t in c.subtree}
            out.extend(t for t in verb.subtree if span.start <= t.i < span.end and t.i not in others)
    return sorted(set(out), key=lambda t: t.i)


def _judged(root: Token) -> bool:
    """Whether what is said opens with "it" and a judgment of it: "it likely that ..."."""
    return root.pos_ == "ADJ" and any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in root.children)


def _of_another(clause: Token) -> bool:
    """A clause inside what is said with a subject of its own that is not the speaker's pronoun:
    in "it had detected signs of a launch, days after the North rejected talks" the North rejects."""
    return clause.dep_ in _OTHERS_CLAUSES and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _SUBJECT_PRONOUNS for c in clause.children
    )


def _negated(doc: Doc, found: Found) -> bool:
    if found.cue is None:
        return False
    cue = _token_at(doc, found.cue.start, found.cue.end)
    return cue is not None and any(c.dep_ == "neg" for c in cue.children)


def stance_of(doc: Doc, found: Found, others: Sequence[Found] = ()) -> str:
    """The stance that the words reporting ``found`` give it ("asserts" when none do)."""
    match = _cue_match(frame(doc, found, others))
    if match is not None:
        stance, pattern = match
        if _negated(doc, found) and not _NEGATIONS & set(pattern):
            return stance_cues().negated.get(stance, stance)
        return stance
    return cue_stance(_said_of_itself(doc, found)) or DEFAULT


def settle(
    found: Sequence[Found],
    stances: Sequence[str],
    claim_of: Sequence[str | None],
    actor_of: Sequence[str | None],
) -> tuple[str, ...]:
    """Stances once claims are known.

    An attribution without reporting words that goes on from the previous one of the same
    source and claim ("Their contributions are ...") takes its stance; "supports" becomes
    "asserts" where nobody else put the claim forward before.
    """
    order = sorted(range(len(found)), key=lambda i: (found[i].content.start, i))
    out = list(stances)
    for prev, i in pairwise(order):
        if found[i].cue is None and found[i].source == found[prev].source and claim_of[i] == claim_of[prev]:
            out[i] = out[prev]
    forward: dict[str, set[str | None]] = {}
    for i in order:
        claim = claim_of[i]
        if claim is None:
            continue
        earlier = forward.setdefault(claim, set())
        if out[i] == "supports" and not (earlier - {actor_of[i]}):
            out[i] = DEFAULT
        if out[i] in ("asserts", "supports"):
            earlier.add(actor_of[i])
    return tuple(out)
