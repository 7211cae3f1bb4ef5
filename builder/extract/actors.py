"""Actor resolution: who each attribution's source is, and the Actor records of an article.

A source is resolved, in order, as: the named mention at its head ("Ukrainian President
Volodymyr Zelensky" -> Volodymyr Zelensky, "Pyongyang" -> North Korea); a pronoun ("He") ->
the most recent compatible actor; a definite description ("the source", "the spokesman") ->
the actor described so earlier; an unnamed person ("a source from Ukrainian intelligence")
-> an anonymous source named for its description; another noun phrase ("multiple nations")
-> a group. Actors are listed in the order of their first mention.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..models import Actor
from ..slug import slugify, unique
from .base import Found
from .cues import cues
from .lexicon import anaphora, places, titles
from .mentions import Mention, classify, find_mentions, mentions_in
from .names import (
    cut_name,
    family_key,
    hyphenated,
    modal_given_name,
    name_around,
    name_bounds,
    name_end,
    name_piece,
    opens_a_name,
)
from .quotes import find_quotes
from .sources import names_someone

#: How many sentences back a pronoun looks for its antecedent (three times as far for he/she).
PRONOUN_REACH = 3
_DESCRIBING_PREPS = frozenset({"from", "in", "at", "within", "inside", "with", "of", "close"})


@dataclass(slots=True)
class _Draft:
    """An actor while the article is read (mutable here only; frozen into an Actor)."""

    name: str
    kind: str
    first: int
    slug: str = ""
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    gender: str = ""
    head: str = ""  # for unnamed actors: the noun that names them ("source", "official")
    words_of: str = ""  # for words whose maker is not named: "it" or "they", the pronoun that refers to them
    one: bool = False  # for unnamed actors: described in the singular ("a researcher", not "officials")

    def add(self, alias: str | None = None, role: str | None = None, affiliation: str | None = None) -> None:
        if alias and alias.lower() != self.name.lower() and alias not in self.aliases:
            self.aliases.append(alias)
        if role and role not in self.roles:
            self.roles.append(role)
        if affiliation and affiliation != self.name and self.affiliation is None:
            self.affiliation = affiliation


@dataclass(frozen=True, slots=True)
class _Seen:
    """An actor mentioned at a place: what pronouns and descriptions look back over."""

    start: int
    name: str
    sent: int
    subject: bool


@dataclass(slots=True)
class _Reading:
    doc: Doc
    mentions: tuple[Mention, ...]
    drafts: dict[str, _Draft] = field(default_factory=dict)
    seen: list[_Seen] = field(default_factory=list)
    sent_index: dict[int, int] = field(default_factory=dict)  # sentence start token -> its index
    starts: list[int] = field(default_factory=list)  # of the mentions, for bisecting
    quotes: list[tuple[int, int]] | None = None  # the article's quotations, found when first asked
    said: tuple[int, int] = (0, 0)  # the words of the attribution being resolved: not who says them

    def draft(self, name: str, kind: str, first: int) -> _Draft:
        if name not in self.drafts:
            self.drafts[name] = _Draft(name=name, kind=kind, first=first)
        return self.drafts[name]

    def sent_of(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return 0
        if not self.sent_index:
            self.sent_index.update({s.start: n for n, s in enumerate(self.doc.sents)})
        return self.sent_index.get(span.root.sent.start, 0)

    def quoted(self, char: int) -> bool:
        if self.quotes is None:
            self.quotes = find_quotes(self.doc.text)
        return any(start < char < end for start, end in self.quotes)


def _read_mentions(doc: Doc) -> _Reading:
    mentions = find_mentions(doc)
    reading = _Reading(doc, mentions, starts=[m.start for m in mentions])
    seats = places().seats
    for m in reading.mentions:
        d = reading.draft(m.name, m.kind, m.start)
        if m.surface.lower().replace("’", "'") not in places().demonyms or m.kind != "country":
            d.add(alias=m.surface if m.kind != "country" or m.surface.lower() in seats else None)
        d.add(role=m.role, affiliation=m.affiliation)
        given = m.name.split()[0].lower() if m.kind == "person" and " " in m.name else ""
        d.gender = d.gender or m.gender or titles().given_names.get(given, "")
        reading.seen.append(_Seen(m.start, m.name, m.sent, m.subject))
    for m in reading.mentions:  # an affiliation that is no mention of its own
        if m.affiliation and m.affiliation not in reading.drafts:
            got = classify(m.affiliation, "GPE")
            reading.draft(m.affiliation, got[1] if got else "organization", m.start)
    return reading


def _head_mention(reading: _Reading, span: Span) -> Mention | None:
    at = bisect.bisect_left(reading.starts, span.start_char)
    inside = []
    for m in reading.mentions[at:]:
        if m.start >= span.end_char:
            break
        if m.end <= span.end_char:
            inside.append(m)
    root = span.root
    for m in inside:
        if m.start <= root.idx < m.end:
            return m
    patron = None if root.lower_ in anaphora().speakers_for else _patron(root)  # (a spokesman speaks for them)
    if patron is not None:  # "an adviser to President Ana Ruiz", "a source close to the Kremlin": not them
        inside = [m for m in inside if not patron.start_char <= m.start < patron.end_char
                  or (m.kind != "person" and not _close_to(patron))]
    asides = [c for c in root.rights if c.dep_ in ("relcl", "appos", "acl") and c.doc[c.left_edge.i - 1].text == ","]
    if asides:  # "Sanders, who lost the nomination to Clinton": not Clinton
        inside = [m for m in inside if not any(c.left_edge.idx <= m.start <= c.right_edge.idx for c in asides)]
    proper = root.pos_ == "PROPN" and not root.is_lower  # (not "Ukraine's infrastructure ministry")
    comma = next((t for t in span if t.i > root.i and t.text == ","), None)
    if proper and root.ent_type_ == "" and comma is not None and root.lower_ not in titles().offices:
        inside = [m for m in inside if m.start < comma.idx]  # a name the recogniser missed: not the place
        # of the post set off after it ("Long Zhiming, the mayor of Harbin")
    if root.lower_ in titles().offices or proper:
        speaks_for = proper or root.lower_ in anaphora().speakers_for  # "a NATO spokesperson", not "a U.S. official"
        for kind in ("person", "organization", "country", "group"):
            for m in inside:
                if m.kind == kind and (kind == "person" or proper or (speaks_for and not _owner(root, m))):
                    if kind == "person" and not proper and m.end <= root.idx:
                        continue  # whom the office serves: "a Clinton campaign aide" is not Clinton
                    return m
    return None


def _owner(root: Token, mention: Mention) -> bool:
    """Whether ``mention`` owns the office ``root`` names: "Japan's foreign minister" is a
    person who holds an office of Japan, not Japan."""
    return any(c.dep_ == "poss" and mention.start <= c.idx < mention.end for c in root.children)


def _compatible(reading: _Reading, name: str, kinds: frozenset[str], gender: str) -> bool:
    d = reading.drafts.get(name)
    if d is not None and d.words_of:  # "the memo ... it says", "the polls ... they show"; not "he"
        return d.words_of == ("they" if "group" in kinds else "it" if "organization" in kinds else "")
    if d is None or not (d.kind in kinds or (d.one and "anonymous-person" in kinds)):
        return False  # ("he" for "a researcher at a think tank", not for "two officials")
    return not gender or not d.gender or d.gender == gender


def _post(root: Token) -> tuple[str | None, str | None]:
    """The office a post before a name gives its holder, and the state that owns it: ("Prime
    minister of Qatar", "Qatar") for "Qatar's prime minister, Sheikh Mohammed ..."."""
    if root.lower_ not in titles().offices:
        return None, None
    words = [t for t in root.lefts if t.dep_ in ("amod", "compound") and t.is_lower] + [root]
    title = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    owner = next((c for c in root.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    got = classify(owner.text, "GPE") if owner is not None else None
    if got is None or got[1] != "country":
        return title, None
    return f"{title[0].upper()}{title[1:]} of {got[0]}", got[0]


def _listing_phrase(tok: Token) -> Span | None:
    """The noun phrase a name stands in as the last of a list ("the two candidates, Ana Ruiz and
    Tomas Reyes" for "Reyes"), up to its closing comma."""
    top = tok
    while top.dep_ in ("conj", "appos", "compound", "nmod") and top.head.i != top.i and top.head.i < top.i:
        top = top.head
    if top.i == tok.i:
        return None
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[top.left_edge.i : end]


def _coordination(reading: _Reading, before: int) -> str | None:
    """'North Korea and Russia' when the latest sentence before ``before`` names two actors so."""
    doc = reading.doc
    by_start = {m.start: m for m in reading.mentions}
    for m in sorted((m for m in reading.mentions if m.start < before), key=lambda m: -m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        listed = _listing_phrase(span.root)
        if listed is not None and (group := _named_together(reading, listed)) is not None:
            return group  # "The two candidates, Ana Ruiz and Tomas Reyes, met voters. They ..."
        for conj in span.root.conjuncts:
            left = doc[conj.left_edge.i : conj.i + 1]
            other = next((o for s, o in by_start.items() if left.start_char <= s <= conj.idx), None)
            if other is not None and other.name != m.name and conj.i > span.root.i:
                name = f"{m.name} and {other.name}"
                reading.draft(name, "group", m.start)
                return name
        if reading.sent_of(before) - m.sent > 1:
            break
    return None


#: Pronouns that, outside a quotation, are the article's writer, whom the text does not name.
_WRITER = frozenset({"i", "we"})
#: Figures, papers and media that speak for whoever made them (see _author), besides report nouns.
_FIGURES = frozenset({
    "data", "datum", "figure", "statistic", "document", "record", "filing", "paper", "brief", "complaint",
    "lawsuit", "ruling", "book", "article", "editorial", "video", "clip", "ad", "advertisement", "film",
    "documentary", "footage", "broadcast", "transcript", "image", "imagery", "photo", "photograph", "website",
})


def _pronoun(reading: _Reading, word: str, start: int) -> str | None:
    kinds, gender = anaphora().pronouns[word]
    if "coordination" in kinds and (both := _coordination(reading, start)):
        return both
    here = reading.sent_of(start)
    said = reading.said  # '"Donald Trump will win," he said': "he" is not Trump
    found = [s for s in reading.seen if s.start < start and not said[0] <= s.start < said[1]
             and _compatible(reading, s.name, kinds, gender)]
    for reach in (PRONOUN_REACH, PRONOUN_REACH * 3 if gender else 0):  # "she": further back
        near = [s for s in found if here - s.sent <= reach]
        if near:
            # in the latest sentence, one named outside quotation marks before one a speaker names:
            # 'Pence said: "... than Barack Obama has been ..." But he added ...' is Pence
            return max(near, key=lambda s: (s.sent, not reading.quoted(s.start), s.subject, s.start)).name
    return None


#: Words that spread people over several of what follows, which then says nothing of which
#: person: "officials in both parties", "aides in all three campaigns".
_SPREAD = frozenset({"both", "all", "each", "either", "every", "several", "many"})


def _describing_words(root: Token) -> list[Token]:
    """The words that say which unnamed person: 'Ukrainian intelligence' of 'a source from ...'."""
    words = [t for t in root.lefts if t.dep_ in ("amod", "compound", "nmod", "poss") and t.pos_ != "PRON"]
    out = [w for t in words for w in t.subtree if w.dep_ not in ("det", "punct") and not _counts(w)]
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in _DESCRIBING_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and not any(c.lower_ in _SPREAD for c in obj.lefts):
                    out.extend(t for t in obj.subtree if t.dep_ not in ("det", "punct") and t.i <= obj.i)
    cut = _dash_before(root)
    return sorted({t for t in out if t.i > cut}, key=lambda t: t.i)


def _patron(root: Token) -> Span | None:
    """The name of whom an unnamed person works for or is close to: "Ana Ruiz" of "an aide to
    Ana Ruiz", "a spokesman for the ministry", "a source close to the Kremlin" (a name only:
    not "a person close to the talks")."""
    for child in root.rights:
        prep = child
        if child.dep_ == "amod" and child.lower_ == "close":
            prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"), child)
        elif not (child.dep_ == "prep" and child.lower_ in ("for", "to")):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and any(c.dep_ == "conj" for c in obj.children):
            return None  # ("lawyers for both Donald and Ivana Trump")
        if prep.dep_ == "prep" and obj is not None and obj.pos_ == "PROPN":
            start = next((t.i for t in obj.subtree if t.dep_ not in ("det", "punct")), obj.i)
            while start < obj.i and titles().is_title(root.doc[start].text):  # "President Ana Ruiz", "Mr. Trump"
                start += 1
            return root.doc[start : obj.i + 1]
    return None


def _close_to(patron: Span) -> bool:
    """Whether a patron is whom an unnamed person is close to ("close to the Kremlin"), rather
    than works for."""
    return patron.root.head.head.lower_ == "close"


def _person_named(reading: _Reading, name: Span) -> str | None:
    """The person a name stands for, by the name the article gives them in full ("Cheryl Mills"
    for "Mills"), or as written where it seems a person's: without a determiner, no body or
    place ("Ana Ruiz", not "the Kremlin" or "Moscow"); None for a body or a place."""
    inside = [m for m in reading.mentions if name.start_char <= m.start < name.end_char]
    person = next((m.name for m in inside if m.kind == "person"), None)
    if person is not None:
        return person
    same = {m.name for m in reading.mentions if m.kind == "person" and m.name.split()[-1] == name[-1].text}
    if len(same) == 1:  # the one person of that surname (the tagger may take them for a body here)
        return same.pop()
    if name.root.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") or any(c.dep_ == "det" for c in name.root.children):
        return None
    return None if inside else name.text


def _dash_before(root: Token) -> int:
    """The last spaced dash between the start of the root's phrase and the root, or -1: what
    stands before it is a live report's time stamp ("12:45 GMT - Analyst: ..."), no description."""
    doc = root.doc
    dashes = [t.i for t in doc[root.left_edge.i : root.i] if t.text in ("-", "–", "—") and t.whitespace_
              and t.i > 0 and doc[t.i - 1].whitespace_]
    return dashes[-1] if dashes else -1


def _singular(token: Token) -> str:
    return token.lemma_.lower() if token.tag_ in ("NNS", "NNPS") else token.lower_


def _joined(words: list[Token]) -> str:
    """Words as written where they stand together ("London-based"), else with a space between."""
    out = ""
    for k, t in enumerate(words):
        nxt = words[k + 1].i if k + 1 < len(words) else -1
        hyphen = nxt == t.i + 2 and t.doc[t.i + 1].text == "-" and not t.whitespace_
        gap = "" if nxt == t.i + 1 and not t.whitespace_ else "-" if hyphen else " "
        out += t.text + (gap if nxt >= 0 else "")
    return out


def _anonymous(reading: _Reading, root: Token, at: int) -> str:
    """The anonymous source that a noun phrase describes: 'a source from Ukrainian intelligence'."""
    words = _describing_words(root)
    head = _singular(root)
    base = f"{_joined(words)} {head}".strip()
    patron = _patron(root)
    if patron is not None:  # "Ana Ruiz's aide", "source close to Ana Ruiz", "Kremlin source"
        person = _person_named(reading, patron)
        base = (f"{base} close to {person}" if person and _close_to(patron) else f"{person}'s {base}" if person
                else f"{patron.text} {base}")
        words += list(patron)
    name = f"{base[0].upper()}{base[1:]} (anonymous)"
    d = reading.draft(name, "anonymous-source", at)
    d.head, d.slug = head, d.slug or slugify(base.replace("'s ", " ").replace("’s ", " "))
    d.one = d.one or root.tag_ not in ("NNS", "NNPS")
    last = max([root.i, *(t.i for t in words)])
    d.add(alias=root.doc[max(root.left_edge.i, _dash_before(root) + 1) : last + 1].text)
    for t in words:
        got = classify(t.text, "NORP") if t.ent_type_ else None
        if got and got[1] in ("country", "organization"):
            d.add(affiliation=got[0])
    return name


def _refer_back(reading: _Reading, root: Token, at: int, is_person: bool) -> str | None:
    """The actor a definite description ('the source', 'the spokesman') stands for, if any."""
    head = _singular(root)
    for s in sorted(reading.seen, key=lambda s: -s.start):
        d = reading.drafts[s.name]
        if s.start < at and (
            (d.kind == "anonymous-source" and d.head == head)
            or any(head in r.lower().split() for r in d.roles)
            or (not is_person and d.kind != "anonymous-source" and head in d.name.lower().split())
        ):
            return d.name
    if not is_person:
        return None
    definite = anaphora().definite
    for t in reversed(root.doc[: root.i]):  # described earlier without being a source
        same = t.lemma_.lower() == root.lemma_.lower() and t.pos_ == "NOUN"
        if same and not any(c.dep_ == "det" and c.lower_ in definite for c in t.lefts):
            return _anonymous(reading, t, t.idx)
    return None


def _office_holder(reading: _Reading, root: Token, words: list[Token]) -> str | None:
    """The one person named elsewhere in the article as holding the office a state's unnamed
    holder has: "Ukraine's president", "the Ukrainian president" -> Volodymyr Zelensky, named
    "Ukrainian President Volodymyr Zelensky" (role "President of Ukraine")."""
    office = _singular(root)
    if office not in titles().offices or root.tag_ in ("NNS", "NNPS"):
        return None
    states = set()
    for t in words:
        got = classify(t.text, "GPE") if t.ent_type_ else None
        if got is not None and got[1] == "country":
            states.add(got[0])
    if not states:
        return None
    holders = [
        d.name for d in reading.drafts.values()
        if d.kind == "person" and d.affiliation in states and any(office in r.lower().split() for r in d.roles)
    ]
    return holders[0] if len(holders) == 1 else None


def _phrase_name(root: Token) -> str:
    """'multiple nations', 'the transcript of the debate, published ...' -> 'Transcript of the debate'."""
    words = [t for t in root.lefts if t.dep_ not in ("det", "punct", "predet", "poss")]
    last = root
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            last = max(prep.subtree, key=lambda t: t.i)
    start = min([root, *(t.left_edge for t in words)], key=lambda t: t.i)
    span = root.doc[start.i : last.i + 1]
    while len(span) > 1 and (span[0].is_punct or span[-1].is_punct):  # "public ―" -> "public"
        span = span[1:] if span[0].is_punct else span[:-1]
    text = " ".join(span.text.split())
    return text[:1].upper() + text[1:]


def _unnamed(reading: _Reading, span: Span, found_at: int) -> str | None:
    """An anonymous source, a definite description that refers back, or a group."""
    root = span.root
    lex = anaphora()
    plural = root.tag_ in ("NNS", "NNPS")
    is_person = root.lower_ in lex.anonymous_nouns or _singular(root) in lex.person_nouns or (
        not plural and _singular(root) in titles().offices
    )  # ("Analysts said": unnamed people of this article, as "officials", not a group of every article's)
    words = _describing_words(root)
    holder = _office_holder(reading, root, words) if is_person else None
    if holder is not None:
        return holder  # "Ukraine's president" where "President Volodymyr Zelensky" holds it
    if any(t.dep_ == "det" and t.lower_ in lex.definite for t in root.lefts) and not any(t.ent_type_ for t in words):
        found = _refer_back(reading, root, found_at, is_person)
        if found is not None:
            return found
    if root.lower_ in lex.vague or (root.pos_ not in ("NOUN", "PROPN") and not (is_person and root.pos_ == "ADJ")):
        return None  # ("An official close to ..." the tagger may read as an adjective)
    if is_person:
        return _anonymous(reading, root, found_at)
    name = _phrase_name(root)
    if not name:
        return None
    reading.draft(name, "group" if plural else "organization", found_at)
    return name


def _resolve(reading: _Reading, source: Span) -> str | None:
    owned = _owned_body(reading, source)
    if owned is not None:
        return owned
    if source.root.pos_ != "PRON" and opens_a_name(source.root):  # "..., Go Min-jae," read as a clause
        return _proper_name(reading, source.doc[source.root.i : source.end], source.start_char)
    together = _named_together(reading, source)
    if together is not None:
        return together
    named = _named_in_apposition(source)
    if source.root.pos_ == "NOUN" and named is not None:  # "Clinton's opponent, Donald Trump": one person
        who = _resolve(reading, source.doc[named.left_edge.i : name_end(source.doc, named.i, source.end) + 1])
        if who is not None and reading.drafts[who].kind == "person":
            role, state = _post(source.root)
            reading.drafts[who].add(role=role, affiliation=state if state in reading.drafts else None)
        return who
    spoken_for = _owned_body_spoken_for(source.root)
    if spoken_for is not None:  # "a spokesman for the Trump campaign": the campaign
        return _resolve(reading, spoken_for)
    body = _name_with_preposition(source.root)
    if body is not None:  # "Americans for Prosperity", "the U.S. Chamber of Commerce"
        reading.draft(body, "organization", source.start_char)
        return body
    mention = _head_mention(reading, source)
    if mention is not None and mention.kind == "person" and " " not in mention.name:
        return _named_earlier(reading, source) or mention.name  # "Hope" after "Hope Hicks", unrecognised
    if mention is not None:
        return mention.name
    word = source.root.lower_
    if source.root.pos_ in ("PRON", "DET", "CCONJ") and word in anaphora().pronouns:
        if word in _WRITER and not reading.quoted(source.start_char):
            return None  # "I think ...", "we rate it ..." in the article's own words: its writer
        return _pronoun(reading, word, source.start_char)
    if source.root.tag_ in ("WP", "WDT") and source.root.head.dep_ == "relcl":  # "X, who said ..."
        antecedent = source.root.head.head
        return _resolve(reading, source.doc[antecedent.left_edge.i : antecedent.i + 1])
    whole = _partitive_whole(source.root)
    if whole is not None:  # "One of them", "two of the diplomats": one of those named before
        return _resolve(reading, source.doc[whole.left_edge.i : whole.i + 1])
    if source.root.tag_ in ("VBN", "VBD") and source.root.dep_ == "pcomp":  # "diplomats interviewed ...", as a clause
        subject = next((c for c in source.root.children if c.dep_ == "nsubj" and source.start <= c.i), None)
        if subject is not None:
            return _resolve(reading, source.doc[subject.left_edge.i : subject.i + 1])
    owner = [c for c in source.root.children if c.dep_ == "poss"]
    if owner and source.root.lemma_.lower() in anaphora().speech_nouns:  # "His comments", "Trump's remarks"
        return _resolve(reading, source.doc[owner[0].left_edge.i : owner[0].i + 1])
    if source.root.pos_ == "NOUN" and _is_document(source.root):
        author, named = _author(source.root), source.root
        bare = all(t.dep_ == "det" for t in source.root.children)  # "the study", not "the previous study"
        if author is None and bare and any(t.lower_ in anaphora().definite for t in source.root.lefts):
            author, named = _author_earlier(source.root)  # "The study found ..." after "a study by X"
        if author is not None:  # "a report by the Audit Office", "a Harbour Gazette survey"
            return _resolve(reading, author)
        return _unattributed(reading, named, source.start_char)  # "the leaked memo"
    earlier = _named_earlier(reading, source)
    if earlier is not None:
        return earlier
    proper = source.root.pos_ == "PROPN" and not source.root.is_lower
    first = source[0]
    opened = (opens_a_name(first) or modal_given_name(first)) and not source.root.is_lower  # not "Park Avenue X"
    if (proper or hyphenated(source.root) or opened) and not _capitalised_noun(source):
        return _proper_name(reading, source, source.start_char)  # (not "Ukraine's infrastructure ministry")
    return _surname(reading, source) or _unnamed(reading, source, source.start_char)


def _surname(reading: _Reading, source: Span) -> str | None:
    """A person named earlier, by a surname the tagger took for a common noun: "Lotter
    acknowledged ..." after "Pence's spokesman, Marc Lotter, said ..."."""
    root = source.root
    if len(source) != 1 or root.pos_ != "NOUN" or not root.is_title:
        return None
    for name, d in reading.drafts.items():
        if d.kind == "person" and d.first < source.start_char and " " in name and name.split()[-1] == root.text:
            return name
    return None


def _owned_body_spoken_for(root: Token) -> Span | None:
    """The body with its owner in the name that an unnamed spokesman speaks for: "a spokesman
    for the Trump campaign", "a spokeswoman for Clinton's campaign" (see body_nouns)."""
    if root.lower_ not in anaphora().speakers_for:
        return None
    for prep in (c for c in root.rights if c.dep_ == "prep" and c.lower_ == "for"):
        for body in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in anaphora().body_nouns):
            if any(c.dep_ in ("poss", "compound") and c.ent_type_ for c in body.lefts):
                return root.doc[body.left_edge.i : body.i + 1]
    return None


def _name_with_preposition(root: Token) -> str | None:
    """A body's name that goes on with "for" or "of" and a capitalised name, which the entity
    recogniser took apart: "Americans for Prosperity" (not the country), "Heritage Action for
    America", "The U.S. Chamber of Commerce"; not a person's home ("Tim Kaine of Virginia")
    or an office ("Secretary of State")."""
    doc = root.doc
    if root.pos_ != "PROPN" or not root.is_title or root.ent_type_ not in ("", "ORG", "NORP"):
        return None
    prep = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != root.i or prep.lower_ not in ("for", "of"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.left_edge.i != prep.i + 1 or obj.ent_type_ == "PERSON":
        return None
    start = root.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i:
        start -= 1
    words = [*doc[start : root.i + 1], *doc[prep.i + 1 : obj.i + 1]]
    if not all(t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in words):
        return None
    if any(titles().is_title(t.text) for t in doc[start : root.i + 1]):
        return None
    return doc[start : obj.i + 1].text


def _named_in_apposition(source: Span) -> Token | None:
    """The person a role is named for in apposition: "Clinton's opponent, Donald Trump", and
    "a spokesman for McConnell, Don Stewart" (which the parser hangs on "McConnell")."""
    root = source.root
    owners = [o for p in root.rights if p.dep_ == "prep" and p.lower_ in ("for", "to", "of")
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
    for head in (root, *owners):
        for c in head.rights:
            if (c.dep_ == "appos" and c.i < source.end and c.ent_type_ == "PERSON"
                    and not any(w.dep_ == "conj" for w in c.children)):
                return c
    return None


#: Words for a part of a group named after "of": "one of them", "some of the officials".
_PARTS = frozenset({"one", "some", "several", "many", "most", "few", "none", "each", "all", "both", "two", "three"})


def _counts(word: Token) -> bool:
    """Whether a word only counts ("three", "several"): no describing word of an anonymous source."""
    return word.like_num or word.lower_ in _PARTS


def _partitive_whole(root: Token) -> Token | None:
    """The group a part is taken from: "them" in "One of them", "the diplomats" in "two of the
    diplomats" (a pronoun or a noun phrase after "of")."""
    if root.lower_ not in _PARTS and not root.like_num:
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == root.i + 1:
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PRON", "NOUN", "PROPN")), None)
    return None


def _capitalised_noun(source: Span) -> bool:
    """Whether the source is one capitalised word for an unnamed person: a heading's "Analyst:",
    a line's "Officials" (not a name)."""
    word = source.root.lower_
    lex = anaphora()
    return len(source) == 1 and (word in lex.anonymous_nouns or word in lex.person_nouns or word in titles().offices)


def _owned_body(reading: _Reading, source: Span) -> str | None:
    """A body named with its owner: "Russia's defence ministry", "Trump's campaign", "its
    military" (see body_nouns), an organisation affiliated to the owner."""
    root = source.root
    if root.lemma_.lower() not in anaphora().body_nouns and root.lower_ not in anaphora().body_nouns:
        return None
    doc = root.doc
    owner = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
    if owner is not None:
        of = doc[owner.left_edge.i : owner.i + 1]
        after = next((t.i + 1 for t in owner.rights if t.dep_ == "case"), owner.i + 1)  # past "'s"
        if root.pos_ == "PROPN" and root.i + 1 - after > 2:
            return None  # a name of its own: "South Korea's National Intelligence Service"
    else:  # "the Clinton campaign", "the Russian military", "the Kremlin press office"
        first = min((c.left_edge for c in root.lefts if c.dep_ in ("compound", "amod", "nmod")), key=lambda t: t.i,
                    default=None)
        if root.pos_ != "NOUN" or first is None or first.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG"):
            return None
        end = first.i + 1
        while end < root.i and doc[end].ent_iob_ == "I":
            end += 1
        of, after = doc[first.i : end], end
        between = doc[after : root.i]
        if after > root.i or (len(between) and not between.text.islower()):  # the name ends at the noun, or
            return None  # goes on after the owner ("the U.S. State Department" is a name of its own)
    who = _resolve(reading, of)
    if who is None:
        return None
    words = doc[after : root.i + 1].text
    name = f"{who}'s {words}" if not who.endswith("s") else f"{who}' {words}"
    d = reading.draft(name, "organization", source.start_char)
    d.slug = d.slug or slugify(f"{who} {words}")
    d.add(affiliation=who)
    if of.root.pos_ != "PRON":  # as written, so that "the Trump campaign" of another article joins it
        d.add(alias=doc[of.start : root.i + 1].text)
    return name


def _is_document(root: Token) -> bool:
    """Whether a source names words or figures rather than who made them: a report, a letter, data."""
    lemma = root.lemma_.lower()
    return lemma in anaphora().speech_nouns or lemma in cues().document_nouns or lemma in _FIGURES


def _author(root: Token) -> Span | None:
    """Who made the words or figures a source names: a name or a body of people after "by" or
    "from" ("a study from Harbour University"), not a thing ("data from the sensors"); a
    possessive ("her letter"); or a name the entity recogniser finds right before it ("a Harbour
    Gazette survey", "a Russian report", "the IMF's latest report"), unless it joins several
    makers ("a Times/CBS News poll" keeps its own name)."""
    doc = root.doc
    done_by = [a for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
               if a.dep_ == "agent"]  # "a study published in 2014 by Justin Levitt"
    for child in [*root.children, *done_by]:
        if (child.dep_ == "prep" and child.lower_ in ("by", "from")) or child.dep_ == "agent":
            for obj in child.children:
                owned = obj.lemma_.lower() in anaphora().body_nouns and any(c.dep_ == "poss" for c in obj.children)
                if obj.dep_ == "pobj" and (names_someone(obj) or owned):  # "an ad from Trump's campaign"
                    return doc[obj.left_edge.i : obj.i + 1]
        if child.dep_ == "poss" and child.i < root.i:
            return doc[child.left_edge.i : child.i + 1]
    end = root.i  # past the plain words between the name and the noun: "national", "tracking"
    while end > 0 and (w := doc[end - 1]).is_lower and not w.ent_type_ and w.dep_ in ("amod", "compound") \
            and w.head.i == root.i:
        end -= 1
    if end == 0 or doc[end - 1].ent_type_ not in ("ORG", "PERSON", "GPE", "NORP"):
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    name = doc[start:end]
    if any(t.text in ("/", "-", "&") for t in name) or not all(start <= t.head.i < end or t.head == root for t in name):
        return None
    return name


#: Prepositions by which a document carries someone's words: "In a letter to the council, residents said".
_CARRIED_IN = frozenset({"in", "through", "via"})


def _author_earlier(root: Token) -> tuple[Span | None, Token]:
    """Who made a document that an earlier sentence names by the same word: "a study by X" or
    "in a letter, X said" before "the study found", "the letter added"; and that earlier
    mention ("a new ad" for "the ad"), or ``root`` where there is none."""
    from .sources import subject_of

    for t in reversed(root.doc[: root.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != root.lemma_.lower():
            continue
        author = _author(t)
        speaker = subject_of(t.head.head) if t.dep_ == "pobj" and t.head.lower_ in _CARRIED_IN else None
        if author is None and speaker is not None and t.head.head.pos_ == "VERB" and not _counted(speaker):
            last = speaker.right_edge.i + 1  # "the Association of Flight Attendants", up to a comma
            return t.doc[speaker.left_edge.i : next((w.i for w in t.doc[speaker.i : last] if w.is_punct), last)], t
        return author, t
    return None, root


def _counted(tok: Token) -> bool:
    """Whether a subject counts people rather than names them: "in the poll, 63 percent said"."""
    return tok.like_num or tok.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY", "MONEY")


def _unattributed(reading: _Reading, root: Token, at: int) -> str:
    """Words or figures whose maker the article does not name: 'The 2014 study (unattributed)',
    an anonymous source of the article it stands in."""
    base = _phrase_name(root)
    name = f"{base} (unattributed)"
    d = reading.draft(name, "anonymous-source", at)
    d.head, d.slug = _singular(root), d.slug or slugify(base)
    d.words_of = "they" if root.tag_ in ("NNS", "NNPS") else "it"
    return name


def _named_together(reading: _Reading, source: Span) -> str | None:
    """A group of the actors a source lists by name, joined by "and": "Ana Ruiz and Tomas Reyes",
    "the two candidates, Ana Ruiz and Tomas Reyes" (not the last of them alone, as the parser,
    taking the first name for a modifier of the last, would have it)."""
    items = _listed_names(source)
    if items is None:
        return None
    names: list[str] = []
    for item in items:
        inside = [m for m in mentions_in(reading.mentions, item.start_char, item.end_char)
                  if m.kind in ("person", "organization", "country", "group")]
        name = inside[-1].name if inside else _proper_name(reading, item, item.start_char)
        if name in names:
            return None  # "Johnson and Johnson"
        names.append(name)
    name = f"{', '.join(names[:-1])} and {names[-1]}"
    reading.draft(name, "group", source.start_char)
    return name


def _listed_names(source: Span) -> list[Span] | None:
    """The names that end a source as a list ("A, B and C"), each a run of capitalised words
    with titles ("Foreign Minister Wang Yi and Sergei Lavrov"), after a description set off by a
    comma or none."""
    doc = source.doc
    items: list[Span] = []
    end = source.end
    while end > source.start and doc[end - 1].is_punct:
        end -= 1
    k = end
    while k > source.start:
        start = k
        while start > source.start and name_piece(doc, start - 1) and doc[start - 1].lower_ != "and":
            start -= 1
        if start == k:
            return None
        items.insert(0, doc[start:k])
        sep = doc[start - 1] if start > source.start else None
        if sep is None or (sep.text == "," and (start - 2 < source.start or not name_piece(doc, start - 2))):
            break  # the list's start, or a description before it: "the two candidates, ..."
        if sep.lower_ not in ("and", ","):
            return None
        k = start - 1
        if sep.text == "," and k > source.start and doc[k - 1].lower_ == "and":
            k -= 1  # "A, B, and C"
    joined = any(doc[i.end].lower_ == "and" for i in items[:-1] if i.end < len(doc))
    return items if len(items) > 1 and joined else None


def _named_earlier(reading: _Reading, source: Span) -> str | None:
    """The person a one-word source names by a word of a name written out before (or else after,
    as a headline's), whatever the tagger made of the word: "Price" (a noun to it) after "Ned
    Price", "May" (a modal) after "Theresa May", "Hope" after "Hope Hicks", "Go" after "Go Min-jae"."""
    word = source.root
    if len(source) != 1 or not word.is_title or word.pos_ in ("PRON", "DET") or _capitalised_noun(source):
        return None
    if classify(word.text, "") is not None:
        return None  # a place: "Mexico" after "Mexico City"
    doc = source.doc
    key = family_key(word.text)  # ("Zelenskyy" after "Volodymyr Zelensky")
    for t in [*reversed(doc[: word.i]), *doc[word.i + 1 :]]:  # (a headline's name is written out after it)
        if not t.is_title or family_key(t.text) != key or t.ent_type_ not in ("", "PERSON"):
            continue
        if (bounds := name_around(t)) is None:
            continue
        name = _joined(list(source.doc[bounds[0] : bounds[1] + 1]))
        known = [d.name for d in reading.drafts.values() if d.kind == "person"
                 and (d.name == name or d.name.endswith(" " + name) or name.endswith(" " + d.name))]
        if known:
            return max(known, key=len)
        reading.draft(name, "person", t.idx)
        return name
    return None


def _proper_name(reading: _Reading, span: Span, at: int) -> str:
    """A name the entity recogniser missed: a person named so elsewhere ('Scholz'), else a new one."""
    root = span.root
    doc = root.doc
    words = [t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    words = [t for t in words if not any(w.is_punct for w in doc[t.i : root.i])] + [root]  # not "GMT - Kremlin"
    words = [t for t in words if not titles().is_title(t.text)] or [root]
    lo, hi = name_bounds(root, span.start, span.end - 1)
    if (lo < words[0].i or hi > root.i) and cut_name(doc, lo, hi):  # "Go Min-jae", "Ursula von der Leyen"
        words = list(doc[min(lo, words[0].i) : max(hi, root.i) + 1])
    name = _joined(words)
    name = name.title() if name.isupper() else name
    place = classify(name, "")  # a capital the entity recogniser missed: "Kyiv says ..." is Ukraine
    if place is not None:
        reading.draft(place[0], place[1], at)
        return place[0]
    parts = [family_key(w) for w in name.split()]
    earlier = [s.name for s in sorted(reading.seen, key=lambda s: -s.start) if s.start < at]
    for candidate in [*earlier, *sorted(reading.drafts, key=lambda n: reading.drafts[n].first)]:
        d = reading.drafts[candidate]
        other = [family_key(w) for w in d.name.split()]
        if d.kind == "person" and parts[-1] in other and (len(parts) == 1 or len(other) == 1 or parts[0] == other[0]):
            return d.name  # (not "Kim Min-jae" for "Go Min-jae": another family name)
    reading.draft(name, "person", at)
    return name


def resolve_actors(doc: Doc, found: tuple[Found, ...]) -> tuple[tuple[Actor, ...], tuple[str | None, ...]]:
    """The actors that attributions' sources name, and each attribution's actor id (or None)."""
    reading = _read_mentions(doc)
    names: dict[int, str | None] = {}
    order = sorted(range(len(found)), key=lambda i: (found[i].source or found[i].content).start)
    for i in order:
        src = found[i].source
        span = doc.char_span(src.start, src.end, alignment_mode="expand") if src else None
        reading.said = (found[i].content.start, found[i].content.end)
        name = _resolve(reading, span) if span is not None else None
        names[i] = name
        if name is not None and span is not None:
            d = reading.drafts[name]
            named = d.kind == "anonymous-source" and span.root.pos_ != "PRON" and span.root.tag_ not in ("WP", "WDT")
            d.add(alias=span.text.split(",")[0].strip() if named else None)  # (not "He", "who")
            # (who asks after a passive "by" is no subject a pronoun goes back to before the one
            # who speaks: "Ryan, asked by a reporter ..., said ... He declined ...")
            subject = not (span.root.dep_ == "pobj" and span.root.head.dep_ == "agent")
            reading.seen.append(_Seen(span.start_char, name, reading.sent_of(span.start_char), subject))
    wanted: list[str] = [n for n in names.values() if n is not None]
    for name in wanted:  # affiliations of listed actors are listed too
        aff = reading.drafts[name].affiliation
        if aff is not None and aff in reading.drafts and aff not in wanted:
            wanted.append(aff)
    listed = sorted(set(wanted), key=lambda n: (reading.drafts[n].first, n))
    taken: set[str] = set()
    ids = {n: unique(reading.drafts[n].slug or slugify(n), taken) for n in listed}
    actors = tuple(
        Actor(
            id=ids[n],
            name=d.name,
            kind=d.kind,
            aliases=tuple(d.aliases),
            roles=tuple(d.roles),
            affiliation=ids.get(d.affiliation) if d.affiliation else None,
        )
        for n in listed
        for d in [reading.drafts[n]]
    )
    return actors, tuple(ids[n] if (n := names[i]) is not None else None for i in range(len(found)))
