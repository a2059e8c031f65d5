"""`extract_page`: main article text and metadata from a whole news page.

lxml does the heavy lifting on the full page (parse, metadata, boilerplate removal, content
scoring: its tree is built in C, several times faster than BeautifulSoup's). BeautifulSoup
then renders only the selected article, with the same text rules as `clean_fragment`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final
from urllib.parse import urljoin

import lxml.html
from bs4 import Tag
from lxml import etree
from lxml.html import HtmlElement

from pipeline.clean.content import clean_conditionally, select_content, strip_junk
from pipeline.clean.dom import parse_html, render_text
from pipeline.clean.encoding import decode_html
from pipeline.clean.errors import CleanError
from pipeline.clean.language import guess_language
from pipeline.clean.metadata import extract_metadata
from pipeline.clean.textnorm import normalize_text

log = logging.getLogger(__name__)

DEFAULT_MAX_PAGE_CHARS: Final = 5_000_000
# Characters lxml refuses in a str ("not XML compatible"); removed before parsing.
_XML_INCOMPATIBLE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# Wrapper tags whose removal flattens pathological nesting without losing text.
_NESTING_TAGS: Final = re.compile(
    r"</?(?:div|span|section|article|font|b|i|u|em|strong|small|big|center|table|tbody|tr|td|"
    r"ul|ol|li|blockquote|main|aside|header|footer)\b[^>]*>",
    re.I,
)
_MIN_TEXT_CHARS: Final = 200
_PAGE_SKIP_HINT: Final = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|caption|credit|newsletter|promo|related|"
    r"subscribe|advert|ad|ads)(?:$|[\s_-])",
    re.I,
)


# Whole paragraphs that are page furniture rather than article text (general news idioms).
_FURNITURE: Final = re.compile(
    r"^(?:(?:related|read more|see more|more|also read|read also|watch|listen|recommended|"
    r"don'?t miss|editor'?s picks?|trending|advertisement|sponsored)\b\s*[:|\]]|"
    r"advertisement$|sponsored content$|(?:image|photo|picture) \d+ of \d+$|"
    r"\(?(?:image|photo|picture) (?:credit|source)s?:.{0,200}$|"
    r"(?:click|tap) here\b.{0,120}$|.{0,80}\bby clicking here\W*$|"
    r"(?:sign up|subscribe)\b.{0,150}\b(?:newsletter|inbox)\b.{0,80}$|"
    r"(?:published|updated|posted|last updated)\s*(?:on|at)?\s*:?\s*.{0,60}\d.{0,40}$|"
    r"(?:tags?|categor(?:y|ies)|filed under|topics?)\s*[:/].{0,250}$|"
    # Stand-alone headings of teaser blocks and widget leftovers (a few languages).
    r"(?:you (?:may|might) also like|more from .{0,40}|recommended(?: for you)?|more stories|"
    r"leggi anche|leia tamb[ée]m|(?:à )?lire aussi|lesen sie auch|lee tambi[ée]n|"
    r"\d* ?comments?|this slideshow requires javascript)\W*$)",
    re.IGNORECASE,
)
_FURNITURE_MAX_CHARS: Final = 300


@dataclass(frozen=True, slots=True)
class CleanedPage:
    text: str
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    canonical_url: str | None = None


def _to_text(html: str | bytes, max_chars: int) -> str:
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if not data.strip():
            raise CleanError("empty document")
        if len(data) > max_chars * 4:  # bound decoding work before the char cap applies
            data = data[: max_chars * 4]
        text, _ = decode_html(data)
    elif isinstance(html, str):
        text = html
    else:
        raise CleanError(f"extract_page expects str or bytes, got {type(html).__name__}")
    if not text.strip():
        raise CleanError("empty document")
    if len(text) > max_chars:
        log.warning("page of %d chars truncated to %d", len(text), max_chars)
        text = text[:max_chars]
    text = _XML_INCOMPATIBLE.sub("", text)
    # lxml refuses str input that carries an encoding declaration.
    return _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)


def _parse(text: str) -> HtmlElement:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise CleanError(f"HTML parser rejected the page: {exc}") from exc
    if any("depth" in entry.message.lower() for entry in parser.error_log):
        # libxml2 silently drops content nested deeper than its limit: flatten and retry.
        log.warning("pathologically deep markup flattened before parsing")
        root = lxml.html.document_fromstring(_NESTING_TAGS.sub(" ", text), parser=parser)
    return root


def _page_skip(tag: Tag) -> bool:
    """Boilerplate left inside the chosen article: captions, share bars, promos."""
    if tag.name in ("figcaption", "aside", "form"):
        return True
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    hint = " ".join([*classes, str(tag.get("id") or "")])
    return len(hint) > 2 and bool(_PAGE_SKIP_HINT.search(hint))


def _drop_furniture(text: str, title: str | None) -> str:
    """Remove short paragraphs that are promos, credits, datelines or the headline again."""
    title_key = " ".join(title.split()).casefold() if title else None
    kept = []
    for paragraph in text.split("\n\n"):
        if len(paragraph) <= _FURNITURE_MAX_CHARS and (
            _FURNITURE.match(paragraph) or paragraph.casefold() == title_key
        ):
            continue
        kept.append(paragraph)
    return "\n\n".join(kept)


def _render(nodes: list[HtmlElement]) -> str:
    markup = "".join(
        lxml.html.tostring(node, encoding="unicode", with_tail=False) for node in nodes
    )
    if not markup:
        return ""
    return normalize_text(render_text(parse_html(markup), _page_skip))


def _language(declared: str | None, text: str) -> str | None:
    """The declared language unless the text clearly says otherwise (templates lie)."""
    guessed = guess_language(text)
    if guessed is None or (declared and declared.split("-")[0] == guessed):
        return declared
    if declared:
        log.debug("declared language %s overridden by text evidence: %s", declared, guessed)
    return guessed


def _absolute(link: str | None, base: str | None) -> str | None:
    """Resolve a relative canonical link against the page URL when we have one."""
    if not link or not base:
        return link
    return urljoin(base, link)


def extract_page(
    html: str | bytes, url: str | None = None, *, max_chars: int = DEFAULT_MAX_PAGE_CHARS
) -> CleanedPage:
    """Article text and metadata of a news page; `CleanError` for unusable input."""
    root = _parse(_to_text(html, max_chars))
    meta = extract_metadata(root)
    body = root.find("body")
    if body is None:
        body = root
    strip_junk(body)
    selection = select_content(body)
    for node in selection.nodes:
        clean_conditionally(node, selection.scored)
    text = _drop_furniture(_render(selection.nodes), meta.title)
    if len(text) < _MIN_TEXT_CHARS and meta.article_body and len(meta.article_body) > len(text):
        text = normalize_text(meta.article_body)
    return CleanedPage(
        text=text,
        title=meta.title,
        byline=meta.byline,
        published=meta.published,
        language=_language(meta.language, text),
        canonical_url=_absolute(meta.canonical_url, url) or url,
    )
