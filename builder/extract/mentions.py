"""Named mentions of actors in a parsed article: people, organisations, states, groups.

Each entity spaCy finds becomes a ``Mention`` that names its actor canonically ("Zelensky"
-> "Volodymyr Zelensky", "Pyongyang" -> "North Korea", "Mr. Trump" -> "Donald Trump") and
carries what the words around it say of it: a role ("Kremlin spokesman", "Defense Minister
of South Korea"), an affiliation (another actor's canonical name), a gender where a form of
address tells it.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import anaphora, norm, places, titles
from .names import family_key, missed_names, whole_name

#: spaCy entity labels that may name an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_SKIP_DEPS = frozenset({"det", "case", "punct", "cc", "relcl", "acl", "prep", "advmod"})
_DASHES = frozenset({"-", "–", "—", "―"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One named mention: where it stands and which actor it names."""

    start: int  # character offsets of the entity in the article
    end: int
    name: str  # the actor's canonical name
    kind: str  # one of models.ACTOR_KINDS
    surface: str  # the name as written, title and possessive stripped
    sent: int  # index of the sentence
    subject: bool  # the grammatical subject of its clause
    role: str | None = None
    affiliation: str | None = None  # canonical name of another actor
    gender: str = ""


def entity_at(token: Token) -> Span | None:
    """The named entity that begins or continues at ``token``, if any."""
    if not token.ent_type_:
        return None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def clean_name(span: Span) -> str:
    """The entity's text without a leading 'the', titles and forms of address, or a possessive."""
    words = [t for t in span if not t.is_space]
    body = _titled_body(span)  # ("Justice Department": no title)
    while len(words) > 1 and (words[0].lower_ == "the" or words[0].is_punct or (not body and (
            titles().is_title(words[0].text)
            or (len(words) > 2 and words[0].is_title and titles().is_title(words[1].text))))):
        words = words[1:]  # (and the word that makes a title of two: "Crown Prince", "Prime Minister")
    said = next((k for k, t in enumerate(words) if k and t.tag_ in ("VBZ", "VBD") and t.pos_ == "VERB"), None)
    if said is not None:
        words = words[:said]  # "Von der Leyen Says Sanctions" in a headline
    while len(words) > 1 and (words[-1].tag_ == "POS" or words[-1].is_punct or words[-1].pos_ == "VERB"):
        words = words[:-1]  # "Obama Says" in a headline
    if not words:
        return span.text.strip()
    text = span.doc[words[0].i : words[-1].i + 1].text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _titled_body(span: Span) -> bool:
    """Whether ``span`` names a body whose name opens with a word that is also a title: the
    "Justice" of "the Justice Department" is no title of a person named "Department"."""
    last = span[-1]
    return span.label_ == "ORG" and last.is_title and last.lower_ in anaphora().body_nouns


def classify(name: str, label: str) -> tuple[str, str, str | None] | None:
    """(canonical name, kind, affiliation) of an entity's cleaned name, or None if no actor."""
    key = norm(name)
    lex = places()
    if key in lex.country_of:
        return lex.country_of[key], "country", None
    if key in lex.group_of:
        return lex.group_of[key], "group", None
    if key in lex.institution_of:
        return name, "organization", lex.institution_of[key]
    if label == "PERSON":
        return name, "person", None
    if label == "ORG":
        first = key.split(" ")[0] if key else ""
        return name, "organization", lex.country_of.get(first) if first in lex.demonyms else None
    if label == "GPE":
        return name, "country", None
    if label == "NORP":
        return name, "group", None
    return None


def _descriptor_tokens(root: Token, ent: Span) -> tuple[list[Token], list[Token]]:
    """Tokens that describe the entity: its modifiers to the left, and an appositive."""
    left: list[Token] = []
    appos: list[Token] = []
    doc = root.doc
    for child in root.children:
        if ent.start <= child.i < ent.end:
            continue
        if child.i < ent.start and any(t.text in _DASHES and t.whitespace_ for t in doc[child.i : ent.start]):
            continue  # a time stamp before a dash: "09:05 GMT - Moscow says ..."
        if child.i < ent.start and child.dep_ in _MODIFIER_DEPS:
            left.extend(t for t in child.subtree if t.dep_ not in _SKIP_DEPS or t is child)
        elif child.dep_ == "appos":
            appos.extend(t for t in child.subtree if t.dep_ not in _SKIP_DEPS or t is child)
    return sorted(left, key=lambda t: t.i), sorted(appos, key=lambda t: t.i)


def _affiliations(tokens: list[Token]) -> tuple[str | None, str | None]:
    """(organisation, country) named among ``tokens``."""
    org: str | None = None
    country: str | None = None
    for t in tokens:
        if t.ent_type_ in ACTOR_LABELS and t.ent_iob_ == "B":
            ent_span = entity_at(t)
            got = classify(clean_name(ent_span), ent_span.label_) if ent_span is not None else None
            if got is not None and got[1] == "country":
                country = country or got[0]
            elif got is not None and got[1] == "organization":
                org = org or got[0]
    return org, country


def _title(words: list[Token]) -> str | None:
    """The office that ``words`` name, as written ('vice-presidential nominee'), if any."""
    if not words or not any(w.lower_.rstrip(".") in titles().offices for w in words):
        return None
    first, last = words[0], words[-1]
    text = first.doc[first.i : last.i + 1].text
    return " ".join(text.split()) if last.i - first.i < 2 * len(words) else " ".join(w.text for w in words)


def _describe(ent: Span) -> tuple[str | None, str | None, str]:
    """(role, affiliation, gender) that the words around an entity give it."""
    doc = ent.doc
    lex = titles()
    gender = ""
    if ent.start > 0:
        gender = lex.honorifics.get(doc[ent.start - 1].lower_.rstrip("."), "")
    if ent[0].lower_.rstrip(".") in lex.honorifics:
        gender = lex.honorifics[ent[0].lower_.rstrip(".")]
    inner = [t for t in ent if lex.is_title(t.text) and t.i < ent.end - 1]  # "President Trump" tagged whole
    inner = [] if _titled_body(ent) else inner
    bare: str | None = None  # a title that names no organisation or state, kept if no other comes
    for tokens in _descriptor_tokens(ent.root, ent):
        words = [t for t in tokens if not t.ent_type_ and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ != "poss"]
        title = _title(inner + words)
        org, country = _affiliations(tokens)
        if title is None and not (org or country):
            continue
        if title is None and bare is None:
            return None, org or country, gender
        if title is None:
            continue  # "Sen. X (Vt.)": the state is no post
        if org:
            return f"{org} {title}", org, gender
        if country:
            return f"{title[0].upper()}{title[1:]} of {country}", country, gender
        bare = bare or title  # "Gen. X, Ukraine's commander in chief": the post with its state comes after
    return bare or _title(inner), None, gender


def _holds_office(child: Token, ent: Span) -> bool:
    """Whether a word on an entity gives it an office, as only a person holds one: "Mayor" of
    "Mayor Long Zhiming", "the mayor of Harbin" after "Long Zhiming," (a place or an organisation
    to the recogniser); not "Moscow, the capital"."""
    offices = titles().offices
    if child.i < ent.start:
        return child.lower_ in offices and ent.label_ == "ORG"
    if child.dep_ != "appos" or child.tag_ != "NN" or child.lower_ not in offices or ent.end >= len(ent.doc):
        return False
    return ent.doc[ent.end].text == "," and child.lower_ not in ("head", "chief", "leader")  # ("its leader": a body's)


def _person_clusters(names: list[str], genders: list[str] | None = None) -> list[int]:
    """For each person name in text order, the index of the first name of its person.

    Full names ("Donald Trump") match on first and last word; a single word ("Trump", or
    "Kim" for Korean names) goes to the person named so far most often whose name ends with
    it (the most recent of equals: the story's Trump, not Ivanka Trump named once), or else
    starts with it, so that two people who share a surname stay apart; and not to one of the
    other gender ("Mr. Obama" is not Michelle Obama, "Mr. Clinton" not Hillary Clinton;
    ``genders`` gives each name's, from "Mr.", "Mrs."). A family name written first tells no
    gender ("Kim" of "Kim Yo Jong"); "Von der Leyen" joins "Ursula von der Leyen".
    """
    given = titles().given_names
    first_words = [n.split()[0].lower() for n in names]
    sex = [g or ("" if w in titles().surnames and len(n.split()) > 1 else given.get(w, ""))
           for n, g, w in zip(names, genders or [""] * len(names), first_words, strict=True)]
    owner: list[int] = []
    known: dict[int, str] = {}  # a cluster's gender, from the first of its names that gives one
    full: dict[int, str] = {}  # a cluster's given name, from the first full name it has
    particles = titles().particles

    def other_sex(i: int, j: int) -> bool:  # whether name i's gender is not that of name j's person
        return bool(sex[i] and known.get(owner[j]) and known[owner[j]] != sex[i])

    for i, name in enumerate(names):
        words = name.replace("’", "'").split()
        first, last = words[0].lower(), family_key(words[-1])
        earlier = [j for j in range(i - 1, -1, -1) if not other_sex(i, j)]  # the most recent first
        match: int | None = None
        if len(words) == 1:
            ends = {j: owner[j] for j in earlier if family_key(names[owner[j]].split()[-1]) == last}
            counts = Counter(ends.values())
            match = max(counts, key=lambda c: (counts[c], max(j for j, o in ends.items() if o == c)), default=None)
            if match is None:  # "Kim" of "Kim Yong-hyun"
                match = next((owner[j] for j in earlier if names[owner[j]].lower().split()[0] == first), None)
        else:
            match = next((owner[j] for j in earlier if len(other := names[owner[j]].split()) > 1
                          and (first, last) == (other[0].lower(), family_key(other[-1]))), None)
            if match is None and first in particles:  # "Von der Leyen" after "Ursula von der Leyen"
                match = next((owner[j] for j in earlier if 1 < len(words) < len(names[owner[j]].split())
                              and (" " + names[owner[j]].lower()).endswith(" " + name.lower())), None)
        if match is None and len(words) > 1:
            # a surname seen alone before the full name ("Von der Leyen" in a headline): the earliest
            # such not yet another's, upgraded
            tail = " " + name.lower()
            match = next((owner[j] for j in range(i) if not other_sex(i, j) and (
                (family_key(names[owner[j]]) == last and full.get(owner[j], first) == first)
                or (names[owner[j]].split()[0].lower() in particles and tail.endswith(" " + names[owner[j]].lower())))),
                None)
        owner.append(i if match is None else match)
        known[owner[i]] = known.get(owner[i]) or sex[i]
        if len(words) > 1:
            full.setdefault(owner[i], first)
    return owner


def _full_name(names: list[str], owner: list[int], cluster: int) -> str:
    """The longest name any mention of the cluster gives (its first such, in text order)."""
    members = [names[i] for i, o in enumerate(owner) if o == cluster]
    return max(members, key=lambda n: (len(n.split()), -members.index(n)))


_Raw = tuple[Span, str, str, str, str | None]  # entity, surface, name, kind, affiliation


def _short_forms(raw: list[_Raw]) -> list[_Raw]:
    """One-word organisations and unknown places that are a person's surname ('Trump' tagged
    ORG, 'Marin' tagged GPE) become that person; one-word organisations that end a longer
    organisation's name ('the Post') become that organisation.
    """
    surnames = {family_key(r[2].split()[-1]) for r in raw if r[3] == "person" and len(r[2].split()) > 1}
    surnames |= {first for r in raw if r[3] == "person" and len(r[2].split()) > 1  # "Wang" of "Wang Yi"
                 and (first := r[2].split()[0].lower()) in titles().surnames}
    out: list[_Raw] = []
    for e, surface, name, kind, affiliation in raw:
        known_place = norm(name) in places().country_of
        if kind in ("organization", "country") and " " not in name and not known_place:
            if family_key(name) in surnames:
                kind = "person"
            elif kind == "organization":
                longer = [o[2] for o in out if o[3] == "organization" and o[2].lower().endswith(" " + name.lower())]
                name = longer[-1] if longer else name
        out.append((e, surface, name, kind, affiliation))
    return out


def _after_dash(ent: Span) -> Span:
    """The part after a spaced dash of an entity the recogniser ran across it: 'GMT - Moscow' in
    a live report's "09:05 GMT - Moscow says ..." is Moscow."""
    cut = [t.i for t in ent[1:-1] if t.text in _DASHES and t.doc[t.i - 1].whitespace_ and t.whitespace_]
    return Span(ent.doc, cut[-1] + 1, ent.end, label=ent.label_) if cut else ent


def _whole_name(ent: Span) -> Span:
    """An organisation's name that the entity recogniser cut short before the capitalised words
    that end it: "the Asia Maritime" + "Transparency Initiative", all compounds of "Initiative"."""
    if ent.label_ != "ORG":
        return ent
    doc, end = ent.doc, ent.end
    head = ent[-1].head
    if ent[-1].dep_ != "compound" or head.i < end or head.pos_ != "PROPN" or head.dep_ == "compound":
        return ent  # (not "House" + "Speaker" of "House Speaker Paul Ryan")
    added = doc[end : head.i + 1]
    people = anaphora().person_nouns | anaphora().anonymous_nouns  # (not "White House" + "Doctor")
    if not all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ and not titles().is_title(t.text)
               and t.lower_ not in people for t in added):
        return ent
    return Span(doc, ent.start, head.i + 1, label="ORG")


def _with_given_name(ent: Span) -> Span:
    """'Pavel' + 'Novak' (tagged ORG, a people's name or a person alone) -> the person 'Pavel
    Novak'; other entities as they are."""
    if ent.label_ not in ("ORG", "NORP", "PERSON") or len(ent) != 1 or ent.start == 0:
        return ent
    if ent.label_ == "NORP" and norm(ent.text) in places().country_of:
        return ent  # "Kyiv Ukrainian", a demonym
    before = ent.doc[ent.start - 1]
    given = (
        before.pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.head.i == ent.start
        and before.is_title
        and not before.ent_type_
        and not titles().is_title(before.text)
    )
    return Span(ent.doc, ent.start - 1, ent.end, label="PERSON") if given else ent


#: Each parsed article's mentions: actor resolution and claim grouping both ask for them.
_FOUND: weakref.WeakKeyDictionary[Doc, tuple[Mention, ...]] = weakref.WeakKeyDictionary()


def find_mentions(doc: Doc) -> tuple[Mention, ...]:
    """The named mentions of actors in ``doc``, in text order (found once per Doc)."""
    found = _FOUND.get(doc)
    if found is None:
        found = _FOUND[doc] = _find_mentions(doc)
    return found


def _find_mentions(doc: Doc) -> tuple[Mention, ...]:
    ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
    ents = sorted([*ents, *missed_names(doc, list(doc.ents))], key=lambda e: e.start)
    sent_of = {s.start: n for n, s in enumerate(doc.sents)}
    raw: list[_Raw] = []
    wholes = [whole_name(_whole_name(_with_given_name(_after_dash(e)))) for e in ents]
    for e in wholes:
        if any(o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in wholes):
            continue  # "Yulia" (a place to the recogniser) of "Yulia Tymoshenko-Kovalenko"
        surface = clean_name(e)
        titled = e.label_ in ("ORG", "GPE") and any(_holds_office(t, e) for t in e.root.children)
        got = classify(surface, "PERSON" if titled else e.label_) if surface else None
        if got is not None:
            name = got[0].title() if got[1] == "person" and got[0].isupper() else got[0]
            raw.append((e, surface, name, got[1], got[2]))
    raw = _short_forms(raw)
    persons = [i for i, r in enumerate(raw) if r[3] == "person"]
    owner = _person_clusters([raw[i][2] for i in persons], [_describe(raw[i][0])[2] for i in persons])
    names = [raw[i][2] for i in persons]
    full = {cluster: _full_name(names, owner, cluster) for cluster in set(owner)}
    canonical = {persons[k]: full[owner[k]] for k in range(len(persons))}
    out = []
    for i, (e, surface, name, kind, affiliation) in enumerate(raw):
        role, described, gender = _describe(e) if kind in ("person", "organization") else (None, None, "")
        out.append(
            Mention(
                start=e.start_char,
                end=_surface_end(e, surface),
                name=canonical.get(i, name),
                kind=kind,
                surface=surface,
                sent=sent_of[e.sent.start],
                subject=any(t.dep_ in ("nsubj", "nsubjpass") and not e.start <= t.head.i < e.end for t in e),
                role=role,
                affiliation=affiliation or described,
                gender=gender,
            )
        )
    return tuple(out)


def _surface_end(ent: Span, surface: str) -> int:
    """Where the name as written ends: before the words a headline ran into the entity ("Von der
    Leyen Says Sanctions" ends after "Leyen")."""
    at = ent.text.find(surface)
    return ent.start_char + at + len(surface) if at >= 0 and surface else ent.end_char


def mentions_in(mentions: Iterable[Mention], start: int, end: int) -> Iterator[Mention]:
    """The mentions that lie within ``[start, end)``."""
    return (m for m in mentions if m.start >= start and m.end <= end)
