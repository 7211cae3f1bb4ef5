"""Claims: attributions that argue about the same proposition, grouped, with a statement.

Attributions are read in text order. One joins an earlier claim when it refers to it ("these
allegations", "Zelensky's claims", "a claim that both deny", "the claims of North Korean
personnel aiding Russia"), when its speaker says so again ("He reiterated ..."), when it
goes on from the same words of the same speaker ("X emphasized ..., stating ..."), or when
it shares enough of the claim's words (keywords.py); otherwise it puts a new claim forward,
unless none of its words says which proposition ("declined to comment", "vote for him"):
then it has no claim.
A claim's statement is the first clause that asserts it, cleaned into a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..models import Claim
from ..slug import slugify, unique
from .base import Found
from .keywords import keywords, other_predicates, predicate, shares_word, similarity, span_keywords, weights
from .lexicon import anaphora, claim_words
from .mentions import Mention, find_mentions
from .stance import frame

#: Share of a claim's words (weighted) that another statement must have to join it.
JOIN = 0.4
#: The same, for the claim that the same speaker put forward last.
JOIN_SAME_SPEAKER = 0.25
#: What each further actor who took a stance on a claim adds when a reference is resolved.
SUPPORT_BONUS = 0.15
_QUOTES = '"“”«»'
_EDGE = _QUOTES + "‘’ \n\t"
_TRAIL = _EDGE + ",.;:"
_REFERRING_DETS = frozenset({"these", "those", "such", "this", "that", "the"})
#: What is said, when it is only a word that points back at a claim: "(denied) it".
_REFERRING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them"})
_ID_WORDS = 6
_SOMEONE_ELSE = "@someone-else"
#: The group of an attribution that speaks of no proposition.
NO_CLAIM = -1
_SENTENCE_ADVERB = re.compile(r"^(?:[A-Z][a-z]+ly|However|Meanwhile|Still|Yet|Now|Indeed),\s+")
#: A speaker's own frame of belief before what they claim: "We are certain that", "I think".
_OWN_FRAME = re.compile(
    r"^(?:I|We)(?:(?:\s+(?:am|are)|['’]m|['’]re)\s+(?:certain|sure|confident|convinced)\s+(?:that\s+)?"
    r"|\s+(?:believe|think)\s+(?:that\s+)?|\s+(?:know|feel)\s+that\s+)(?=\S+\s+\S+\s+\S+)"
)
#: Words that open what is said without a clause of its own: "(accused) of collaborating ...".
_PREPOSITIONS = frozenset({"of", "for", "about", "on", "over", "in", "to"})


@dataclass(slots=True)
class _Group:
    members: list[int]
    anchor: tuple[str, ...]  # the words of the attribution that put it forward
    predicate: str | None  # what that attribution says of its subject: "safe" of "the pier is safe"
    bag: set[str] = field(default_factory=set)  # the words of all its attributions


@dataclass(frozen=True, slots=True)
class _Reference:
    """A noun phrase that speaks of a claim: "these allegations", "Zelensky's claims"."""

    actor: str | None  # the possessor's actor id: "Zelensky's claims"
    words: tuple[str, ...]  # what the claim is said to be: "the claims of <words>"
    bare: bool  # the whole of what is said: "a claim (that both deny)"


def _references(tokens: Sequence[Token], content: tuple[int, int], mentions: Sequence[Mention]) -> list[_Reference]:
    nouns = anaphora().claim_nouns
    out = []
    for t in tokens:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
            continue
        actor = None
        for child in t.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                actor = _SOMEONE_ELSE  # "his warning": of whoever spoke last
            elif child.dep_ == "poss":
                m = next((m for m in mentions if m.start <= child.idx < m.end), None)
                actor = slugify(m.name) if m else None
        complement = [
            w for c in t.rights if c.dep_ in ("prep", "acl", "relcl", "ccomp") and c.lower_ != "that" for w in c.subtree
        ]
        referring = actor is not None or any(
            c.dep_ in ("det", "amod") and c.lower_ in _REFERRING_DETS for c in t.children
        )
        inside = content[0] <= t.idx < content[1]
        bare = inside and t.left_edge.idx <= content[0] and t.idx + len(t) >= content[1] - 1
        if referring or bare:
            out.append(_Reference(actor, keywords(complement), bare))
    return out


def _sentence(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def _best(
    candidates: Sequence[int],
    groups: Sequence[_Group],
    words: Sequence[str],
    actor_of: Sequence[str | None],
    weight: dict[str, float],
) -> int | None:
    """The group a reference most likely means: words first, then how many took a stance."""

    def score(g: int) -> tuple[float, int, int]:
        voices = {actor_of[i] for i in groups[g].members}
        return (
            similarity(words, groups[g].bag, weight) + SUPPORT_BONUS * len(voices),
            len(groups[g].members),
            -g,
        )

    return max(candidates, key=score) if candidates else None


def _continues(tokens: Sequence[Token]) -> bool:
    again = anaphora().continuation
    return any(t.lemma_.lower() in again or t.lower_ in again for t in tokens)


def _claimed(group: int) -> int | None:
    return None if group == NO_CLAIM else group


def _assign(doc: Doc, found: tuple[Found, ...], actor_of: Sequence[str | None]) -> tuple[list[_Group], dict[int, int]]:
    order = sorted(range(len(found)), key=lambda i: (found[i].content.start, i))
    bags = {i: span_keywords(doc, found[i].content.start, found[i].content.end) for i in order}
    predicates = {i: predicate(doc, found[i].content.start, found[i].content.end) for i in order}
    weight = weights(list(bags.values()))
    mentions = find_mentions(doc)
    sentence = {i: _sentence(doc, found[i].content.start) for i in order}
    groups: list[_Group] = []
    group_of: dict[int, int] = {}
    for n, i in enumerate(order):
        f, kw = found[i], bags[i]
        said = doc.char_span(f.content.start, f.content.end, alignment_mode="expand")
        if said is not None and _only_a_name(said, mentions):
            group_of[i] = NO_CLAIM  # "(endorsed) Trump", "(backs) the Labour Party": an actor, not a proposition
            continue
        reporting = frame(doc, f, found)
        refs = _references([*reporting, *(said or ())], (f.content.start, f.content.end), mentions)
        earlier = order[:n]
        target: int | None = None
        for ref in refs:
            if ref.bare:
                same = [j for j in earlier if sentence[j] == sentence[i]]
                if same:
                    target = _claimed(group_of[same[-1]])
                    break
            owner = ref.actor
            if owner == _SOMEONE_ELSE:
                owner = next((actor_of[j] for j in reversed(earlier) if actor_of[j] not in (None, actor_of[i])), None)
            owned = [g for g, grp in enumerate(groups) if owner and any(actor_of[j] == owner for j in grp.members)]
            candidates = owned if owner else list(range(len(groups)))
            target = _best(candidates, groups, ref.words or kw, actor_of, weight)
            if target is not None:
                break
        prev = earlier[-1] if earlier else None
        if target is None and prev is not None and actor_of[i] is not None:
            mine = [j for j in earlier if actor_of[j] == actor_of[i]]
            if mine and _continues(reporting):
                target = _claimed(group_of[mine[-1]])
            elif (
                f.source is not None
                and found[prev].source == f.source
                and (f.cue is None or similarity(kw, bags[prev], weight) > 0)
                and _sentence(doc, f.source.start) >= sentence[prev]
            ):
                target = _claimed(group_of[prev])
        if target is None:
            last = next((_claimed(group_of[j]) for j in reversed(earlier) if actor_of[j] == actor_of[i]), None)
            scored = [
                (similarity(kw, g.anchor, weight) + (JOIN - JOIN_SAME_SPEAKER) * (gi == last), gi)
                for gi, g in enumerate(groups)
                if shares_word(kw, g.anchor) and not other_predicates(predicates[i], g.predicate, kw, g.anchor)
            ]
            best = max(scored, default=(0.0, -1))
            target = best[1] if best[0] >= JOIN else None
        if target is None and not kw and f.content.text.strip(_TRAIL).lower() in _REFERRING_PRONOUNS:
            # "The builder denied it": the claim put forward just before, by someone else
            target = next((_claimed(group_of[j]) for j in reversed(earlier)
                           if actor_of[j] != actor_of[i] and group_of[j] != NO_CLAIM), None)
        if target is None and not kw:
            group_of[i] = NO_CLAIM  # nothing says which proposition: "declined to comment", "vote for him"
            continue
        if target is None:
            groups.append(_Group([], kw, predicates[i]))
            target = len(groups) - 1
        groups[target].members.append(i)
        groups[target].bag.update(kw)
        group_of[i] = target
    return groups, group_of


def _only_a_name(said: Span, mentions: Sequence[Mention]) -> bool:
    """Whether what is said is one named actor and nothing else but a determiner or punctuation."""
    words = [t for t in said if not (t.is_punct or t.pos_ == "DET" or t.tag_ == "POS")]
    if not words:
        return False
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return any(m.start <= start and end <= m.end for m in mentions)


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


def _clausal(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "expl")
        and t.head.pos_ in ("VERB", "AUX")
        and span.start <= t.head.i < span.end
        and t.head.dep_ in ("ROOT", "ccomp", "conj")
        for t in span
    )


def clean_statement(text: str, speaker: str | None = None, *, that_is_said: bool = False) -> str:
    """'that he stands with ...,”' -> 'Kim Jong Un stands with ....' (a sentence of its own).

    A first "that" is dropped as the word that opens a clause, unless ``that_is_said``: then it
    is what the clause is about ("That makes me smart").
    """
    t = _first_quotation(" ".join(text.split())).strip(_EDGE)
    t = t.rstrip(_TRAIL).lstrip(_EDGE)
    first, _, rest = t.partition(" ")
    if rest and ((first.lower() == "that" and not that_is_said) or first.lower() in _PREPOSITIONS):
        t = rest.lstrip()
    t = _SENTENCE_ADVERB.sub("", t, count=1)  # "Tragically, some ..." -> "some ..."
    t = _OWN_FRAME.sub("", t, count=1)  # "We believe that the risk is high" -> "the risk is high"
    opening = sum(t.count(q) for q in "“«")
    closing = sum(t.count(q) for q in "”»")
    if opening != closing or t.count('"') % 2:
        t = "".join(ch for ch in t if ch not in _QUOTES)
    head, _, rest = t.partition(" ")
    if speaker and head.lower() in ("he", "she") and rest:
        t = f"{speaker} {rest}"
    stop = "" if t.endswith(("?", "!", "…")) else "."
    return f"{t[:1].upper()}{t[1:]}{stop}" if t else t


_CLOSING = {"“": "”", '"': '"', "«": "»"}


def _first_quotation(text: str) -> str:
    """'“X,” Ruiz said, smiling. “Y.”' -> '“X,”': of a quotation split by its speaker's narration,
    the words before the narration (the narration is no part of what is claimed)."""
    close = _CLOSING.get(text[:1])
    end = text.find(close, 1) if close else -1
    if end == -1 or not any(q in text[end + 1 :] for q in _CLOSING):
        return text
    return text[: end + 1]


def _that_is_said(doc: Doc, start: int, end: int) -> bool:
    """Whether the span's first word is a "that" that the clause speaks of, not one that opens it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in span or () if not t.is_punct), None)
    return first is not None and first.lower_ == "that" and first.dep_ != "mark"


def _innermost(found: tuple[Found, ...], clausal: Sequence[int], chosen: int) -> int:
    """The clausal member whose words another member's hold whole ("The board announced that |
    the vote was delayed |"): the claim is what is reported, not the report of it."""
    outer = found[chosen].content
    inner = [
        i for i in clausal
        if outer.start <= found[i].content.start and found[i].content.end <= outer.end
        and found[i].content.end - found[i].content.start < outer.end - outer.start
    ]
    return min(inner, key=lambda i: (found[i].content.end - found[i].content.start, i)) if inner else chosen


def _accusation(doc: Doc, f: Found) -> str | None:
    """ "X have been accused by Y of collaborating ..." -> "X are collaborating ...": what is said
    of the accused, who is the passive verb's subject, not the speaker."""
    content = doc.char_span(f.content.start, f.content.end, alignment_mode="expand")
    cue = doc.char_span(f.cue.start, f.cue.end, alignment_mode="expand") if f.cue else None
    if content is None or cue is None or len(content) < 2:
        return None
    first, verb = content[0], cue.root
    gerund = content[1].tag_ == "VBG" or content[1].lower_.endswith("ing")  # the parser may call it a noun
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if first.lower_ not in ("of", "for") or not gerund or subject is None or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    aside = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl", "punct") for t in c.subtree}
    last = max(t.i for t in subject.subtree if t.i not in aside)
    who = doc[subject.left_edge.i : last + 1].text
    said = clean_statement(content[1:].text)
    return f"{who} {'are' if plural else 'is'} {said[:1].lower()}{said[1:]}"


def _claim_id(doc: Doc, start: int, end: int, taken: set[str]) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    ignore = claim_words().ignore
    words = [
        t.lower_
        for t in (span or ())
        if t.is_alpha
        and (not t.is_stop or t.pos_ == "PROPN")
        and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
        and t.lemma_.lower() not in ignore
    ]
    return unique(slugify(" ".join(words[:_ID_WORDS]) or "claim", max_len=48), taken)


def group_claims(
    doc: Doc,
    found: tuple[Found, ...],
    actor_of: tuple[str | None, ...],
    stances: tuple[str, ...],
    *,
    names: Mapping[str, str] | None = None,
) -> tuple[tuple[Claim, ...], tuple[str | None, ...]]:
    """The claims of an article and each attribution's claim id, claims in order of first voice.

    ``names`` maps actor ids to names, for statements that begin "he ..." or "she ...".
    """
    groups, group_of = _assign(doc, found, actor_of)
    claims: list[Claim] = []
    taken: set[str] = set()
    ids: list[str] = []
    for g in groups:
        verbal = [i for i in g.members if _has_verb(doc, found[i].content.start, found[i].content.end)]
        if not verbal and not any(_accusation(doc, found[i]) for i in g.members):
            # things, not a proposition: "(praised) the harbour plan", "(criticised) the minister's
            # remarks" put no claim forward, unless words with a verb join them ("Russia's actions")
            ids.append("")
            for i in g.members:
                group_of[i] = NO_CLAIM
            continue
        clausal = [i for i in g.members if _clausal(doc, found[i].content.start, found[i].content.end)]
        asserting = [i for i in clausal if stances[i] in ("asserts", "supports")]
        chosen = _innermost(found, clausal, (asserting or clausal or verbal or g.members)[0])
        c = found[chosen].content
        speaker = (names or {}).get(actor_of[chosen] or "")
        ids.append(_claim_id(doc, c.start, c.end, taken))
        statement = clean_statement(c.text, speaker, that_is_said=_that_is_said(doc, c.start, c.end))
        claims.append(Claim(ids[-1], _accusation(doc, found[chosen]) or statement))
    return tuple(claims), tuple(ids[group_of[i]] if group_of[i] != NO_CLAIM else None for i in range(len(found)))
