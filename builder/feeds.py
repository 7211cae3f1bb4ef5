"""The briefing for machines: briefing.json, the Atom feed, schema.org JSON-LD, text-fragment links.

Everything here is deterministic: dates come from the records (the newest update, the newest
article), never from the clock. XML is built with ElementTree, which escapes; JSON placed in
an HTML <script> has ``<``, ``>`` and ``&`` written as ``\\u003c``... so no text can close it.
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import quote, urldefrag

from markupsafe import Markup

from .records import ClaimRecord, Update, to_data
from .view import AGAINST, FOR, Briefing

ATOM = "http://www.w3.org/2005/Atom"
#: Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SCHEMA_TYPE = {"person": "Person", "anonymous-source": "Person", "country": "Country"}


def briefing_json(briefing: Briefing) -> str:
    """Every record: articles with their attributions, actors, claims (with status) and updates."""
    content = briefing.content
    data = {
        "articles": {i: to_data(a) for i, a in sorted(content.articles.items())},
        "actors": {i: to_data(a) for i, a in sorted(content.actors.items())},
        "claims": {i: {**to_data(c), "status": briefing.status(i)} for i, c in sorted(content.claims.items())},
        "updates": [to_data(u) for u in content.updates],
    }
    # compact: json's C encoder writes it; with indent, its Python one took ten times as long
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def script_json(data: Any) -> Markup:
    """JSON that is safe inside <script>: no ``<``, ``>`` or ``&`` that HTML could read."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                       ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return Markup(text)


#: The most authors and appearances a claim's JSON-LD names: the page's size stays bounded.
JSONLD_LIMIT = 25


def claim_jsonld(briefing: Briefing, claim: ClaimRecord) -> Markup:
    """schema.org Claim: the statement, who backs it (author), when first reported, where it appears."""
    stances = briefing.by_claim.get(claim.id, ())
    authors: dict[str, dict[str, str]] = {}
    for s in stances:
        if s.actor is not None and s.stance in FOR:
            authors.setdefault(s.actor.id, {"@type": _SCHEMA_TYPE.get(s.actor.kind, "Organization"),
                                            "name": s.actor.name})
    appearances: dict[str, dict[str, Any]] = {}
    for s in stances:
        a = s.article
        item: dict[str, Any] = {"@type": "NewsArticle", "headline": a.title}
        if a.url:
            item["url"] = a.url
        if a.published:
            item["datePublished"] = a.published
        if a.publisher:
            item["publisher"] = {"@type": "Organization", "name": a.publisher}
        appearances.setdefault(a.id, item)
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Claim", "text": claim.statement}
    if authors:
        data["author"] = list(authors.values())[:JSONLD_LIMIT]
    first = briefing.first_article(claim.id)
    if first is not None and first.published:
        data["datePublished"] = first.published
    if first is not None:
        data["firstAppearance"] = appearances.get(first.id)
    if appearances:
        data["appearance"] = list(appearances.values())[:JSONLD_LIMIT]
    if any(s.stance in AGAINST for s in stances):
        data["disambiguatingDescription"] = f"{briefing.status(claim.id)} claim"
    return script_json(data)


def text_fragment(url: str, words: str) -> str | None:
    """``url#:~:text=start,end``: a link that makes the browser scroll to and mark ``words``.

    Long quotes are matched by their first and last four words; ``-``, ``,`` and ``&``, which
    the fragment syntax uses, are percent-encoded like everything else that is not a letter.
    """
    tokens = re.sub(r"^[\W_]+|[\W_]+$", "", words).split()
    if not tokens or not url.startswith(("http://", "https://")):
        return None
    base = urldefrag(url).url

    def enc(part: list[str]) -> str:
        return quote(" ".join(part), safe="").replace("-", "%2D")

    text = enc(tokens) if len(tokens) <= 8 else f"{enc(tokens[:4])},{enc(tokens[-4:])}"
    return f"{base}#:~:text={text}"


# --- the Atom feed ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _id(site_name: str, key: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{site_name}:{key}"))


def _stamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def feed_updated(briefing: Briefing) -> str:
    """The newest date in the records: the latest update's, else the newest article's."""
    dates = [u.date for u in briefing.content.updates] + [
        a.published for a in briefing.content.articles.values() if a.published]
    return max(dates, default="1970-01-01")


def update_summary(update: Update) -> str:
    parts = [f"{len(items)} new {noun}{'' if len(items) == 1 else 's'}"
             for items, noun in ((update.articles, "article"), (update.claims, "claim"), (update.actors, "actor"))
             if items]
    if update.stances:
        parts.append(f"{len(update.stances)} stance{'' if len(update.stances) == 1 else 's'} changed")
    return ", ".join(parts) or "no change"


def atom_feed(briefing: Briefing, *, site_name: str, limit: int = 50) -> str:
    """Atom 1.0: the site's updates, and its claims and articles with the date each was added."""
    ET.register_namespace("", ATOM)
    content = briefing.content
    added: dict[tuple[str, str], str] = {}
    for update in reversed(content.updates):  # oldest first: the first update that added a record
        for kind, ids in (("article", update.articles), ("claim", update.claims)):
            for i in ids:
                added.setdefault((kind, i), update.date)
    entries: list[tuple[str, str, str, str, str]] = []  # (date, key, title, link, summary)
    for update in content.updates:
        entries.append((update.date, f"update/{update.number}", f"Update {update.number}: {update_summary(update)}",
                        f"changes.html#update-{update.number}", _update_text(briefing, update)))
    for article in content.articles.values():
        date = added.get(("article", article.id)) or article.published or feed_updated(briefing)
        summary = " · ".join(x for x in (article.publisher, article.published) if x)
        entries.append((date, f"article/{article.id}", f"Article: {article.title}",
                        f"articles/{article.id}.html", summary))
    for claim in content.claims.values():
        first = briefing.first_article(claim.id)
        date = added.get(("claim", claim.id)) or (first.published if first else None) or feed_updated(briefing)
        entries.append((date, f"claim/{claim.id}", f"Claim ({briefing.status(claim.id)}): {claim.statement}",
                        f"claims/{claim.id}.html", _claim_text(briefing, claim)))
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _clean(site_name)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = _id(site_name, "feed")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(feed_updated(briefing))
    ET.SubElement(feed, f"{{{ATOM}}}link", href="feed.xml", rel="self", type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", href="index.html", rel="alternate", type="text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = _clean(site_name)
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "Briefing"
    for date, key, title, link, summary in entries[:limit]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _clean(title)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = _id(site_name, key)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(date)
        ET.SubElement(entry, f"{{{ATOM}}}link", href=link, rel="alternate", type="text/html")
        if summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = _clean(summary)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _update_text(briefing: Briefing, update: Update) -> str:
    content = briefing.content
    lines = [f"Article: {content.articles[i].title if i in content.articles else i}" for i in update.articles]
    lines += [f"Claim: {content.claims[i].statement if i in content.claims else i}" for i in update.claims]
    lines += [f"Actor: {content.actors[i].name if i in content.actors else i}" for i in update.actors]
    for c in update.stances:
        who = content.actors[c.actor].name if c.actor in content.actors else (c.actor or "unnamed source")
        what = content.claims[c.claim].statement if c.claim in content.claims else (c.claim or "no claim")
        lines.append(f"{who}: {(c.was or '?').replace('-', ' ')} → {c.stance.replace('-', ' ')} on {what}")
    return "\n".join(lines)


def _claim_text(briefing: Briefing, claim: ClaimRecord) -> str:
    pro, con = briefing.sides(claim.id)
    parts = []
    if pro:
        parts.append("For: " + ", ".join(a.name if a else "unnamed source" for a in pro))
    if con:
        parts.append("Against: " + ", ".join(a.name if a else "unnamed source" for a in con))
    return "; ".join(parts)
