"""For any text in an article or a record, the HTML of every page holds no element or attribute
that came from that text (Hypothesis; pages rendered and converted as MkDocs does)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder import render, view
from builder.models import Article, Span
from builder.records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord
from builder.store import Content

MARKER = "zq"  # every generated text carries it, so an element or attribute made from text shows
pieces = st.sampled_from(["<", ">", "\"", "'", "&", "`", "[", "]", "(", ")", "{{", "}}", "{%", "%}", "--8<--", "*",
                          "_", "#", "!", "|", "javascript:", "onerror=", "<script>", "</div>", "<!--", "-->", "\n", " ",
                          "<img src=x onerror=alert(1)>", "{: .x onclick=y }", "\\", "]]>", "\u2028"])
texts = st.lists(pieces | st.text(max_size=5), min_size=1, max_size=12).map(lambda xs: MARKER + "".join(xs) + MARKER)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if MARKER in tag:
            self.found.append(f"element {tag}")
        for name, value in attrs:
            if MARKER in name or name.startswith("on"):
                self.found.append(f"attribute {name}")
            if name in ("href", "src") and value and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                self.found.append(f"{name}={value[:40]}")


def pages_for(text: str) -> dict[str, str]:
    body = f"Intro. {text} said that {text}.\nMore {text}."
    start = body.index(" said that ") + len(" said that ")
    content = Span(text, start, start + len(text))
    att = AttributionRecord("a1", content, "denies", actor="x", claim="c", source=Span(text, 7, 7 + len(text)))
    article = ArticleRecord("art", text, "seeds/art.txt", "0" * 64, "t", publisher=text,
                            url="https://example.org/a", published="2026-01-02", attributions=(att,))
    content_ = Content(
        {"art": article},
        {"x": ActorRecord("x", text, "person", aliases=(text,), roles=(text,), notes=text)},
        {"c": ClaimRecord("c", text, topics=(text,), notes=text)},
    )
    source = Article("art", "seeds/art.txt", body, "0" * 64, text)
    return render.render(view.briefing(content_), {"art": source}, site_name=text)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=40)
@given(texts)
def test_no_element_or_attribute_comes_from_text(text: str) -> None:
    for path, page in pages_for(text).items():
        if not path.endswith(".md"):
            continue
        body = re.sub(r"\A---\n.*?\n---\n", "", page, count=1, flags=re.S)
        html = markdown.markdown(body, extensions=["toc", "tables", "fenced_code"])
        parser = _Collect()
        parser.feed(html)
        assert parser.found == [], (path, parser.found)
