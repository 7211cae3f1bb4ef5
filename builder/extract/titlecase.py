"""Title Case lines (headlines, subheads): parsed again in sentence case.

In "Senator Goes After Rival On Tax Plan" the small English model takes almost every word for
a proper noun, and the parse has no verb to report with. A line whose words are capitalised
but for the small ones is read again from a copy in sentence case: each word capitalised only
because of the Title Case is lower-cased; the line's first word, acronyms ("CEO", "U.S."),
words with inner capitals ("McConnell") and the words that the rest of the article writes
capitalised in mid-sentence (names: "Donald Trump") keep their case. Only case changes, never
length, so the copy's character offsets are the line's own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

#: Words that Title Case leaves lower-case ("Plan for Taxes", "Obama on Climate Change").
SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on"}
    | {"per", "to", "up", "via", "vs", "v", "with", "from", "into", "onto", "over", "than", "upon", "out"}
)
#: Words that keep their capital in any case: months and days ("Will Open In May").
CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: A line with fewer capitalised words than this is not told from a name or a label.
MIN_CAPITALISED = 3
#: Lines longer than this are not headlines (a paragraph of names is left as parsed).
MAX_LINE_TOKENS = 40

_LINE = re.compile(r"[^\n]+")

Line = tuple[int, int]


def _capitalised(word: str) -> bool:
    """"Plan", "Won’t", "A": an upper-case letter and then only lower-case ones."""
    return word[:1].isupper() and word[1:] == word[1:].lower() and (word == "A" or any(c.isalpha() for c in word[1:]))


def title_case_lines(doc: Doc) -> list[Line]:
    """The character ranges of the lines of ``doc`` written in Title Case."""
    text = doc.text
    out: list[Line] = []
    for m in _LINE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) > MAX_LINE_TOKENS:
            continue
        words = [t.text for t in span if t.is_alpha]
        if not words:
            continue
        capitalised = sum(1 for w in words[1:] if _capitalised(w))
        lower = sum(1 for w in words if w.islower() and w not in SMALL_WORDS)
        if capitalised >= MIN_CAPITALISED and lower == 0:
            out.append((m.start(), m.end()))
    return out


def _names(doc: Doc, lines: list[Line]) -> set[str]:
    """Lower-cased words that the article writes capitalised outside ``lines``, and never in
    lower case: names (a word seen only at the start of a sentence counts too)."""
    upper: set[str] = set()
    lower: set[str] = set()
    for token in doc:
        if not token.is_alpha or any(s <= token.idx < e for s, e in lines):
            continue
        if token.text.islower():
            lower.add(token.text)
        elif _capitalised(token.text):
            upper.add(token.lower_)
    return upper - lower


def _after_opening(token: Token) -> bool:
    """Whether the token opens a quotation, a line or a clause after a colon (where sentence
    case capitalises)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    if before.text in _OPENING or ":" in before.text or "\n" in before.text or before.text == "(":
        return True
    # a straight quote mark opens when a space (or nothing) stands before it and none after
    spaced = before.i == 0 or bool(token.doc[before.i - 1].whitespace_)
    return before.text in {'"', "'"} and not before.whitespace_ and spaced


_OPENING = frozenset({"‘", "“", "«", "—", "–"})


def sentence_case(doc: Doc, line: Line, names: set[str]) -> str:
    """The line's text with the Title Case capitals lower-cased (same length)."""
    text = doc.text
    chars = list(text[line[0] : line[1]])
    span = doc.char_span(line[0], line[1], alignment_mode="expand")
    if span is None:
        return "".join(chars)
    first = True
    label = _named_label(chars, names)
    for token in span:
        word = token.text
        opening = first or _after_opening(token) or token.idx - line[0] < label
        if token.is_alpha:
            first = False
        at = token.idx - line[0]
        if at < 0 or at + len(word) > len(chars):
            continue
        if not token.is_alpha or opening or not _capitalised(word) or word == "I":
            continue
        lowered = word.lower()
        if token.lower_ in names or token.lower_ in CALENDAR or len(lowered) != len(word):  # "İ" lowers to two
            continue
        chars[at : at + len(word)] = lowered
    return "".join(chars)


_LABEL = re.compile(r"[^:\n]{1,60}(?=:)")
#: Words in a "Name: words" label at most, as attributions.py reads one.
MAX_LABEL_WORDS = 4


def _named_label(chars: list[str], names: set[str]) -> int:
    """The length of the line's "Harbour Chief Ana Ruiz:" label, kept as written where it
    ends in a name (so that it still reads as a label), else 0."""
    m = _LABEL.match("".join(chars))
    if m is None:
        return 0
    words = m.group().split()
    if not 1 < len(words) <= MAX_LABEL_WORDS or words[-1].strip("\"“‘'").lower() not in names:
        return 0
    return m.end()


def recased_lines(doc: Doc) -> list[tuple[Line, str]]:
    """Each Title Case line of ``doc`` and its sentence-case copy (where that differs)."""
    lines = title_case_lines(doc)
    if not lines:
        return []
    names = _names(doc, lines)
    out: list[tuple[Line, str]] = []
    for line in lines:
        copy = sentence_case(doc, line, names)
        if copy != doc.text[line[0] : line[1]]:
            out.append((line, copy))
    return out


def lend_lemmas(doc: Doc, copy: Doc, at: int) -> None:
    """Give the tokens of ``doc`` that ``copy`` (of the line at ``at``) spells in lower case the
    copy's lemmas: "Denies", a proper noun to the Title Case parse, is "deny" to the copy's."""
    for token in copy:
        span = doc.char_span(at + token.idx, at + token.idx + len(token), alignment_mode="strict")
        if span is None or len(span) != 1 or span[0].text == token.text:
            continue
        span[0].lemma_ = token.lemma_
