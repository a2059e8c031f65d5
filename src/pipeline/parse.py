"""Parse feed bytes into `FeedItem`s: feedparser on bytes and headers, never on a URL.

Before feedparser sees anything, the bytes are sniffed: empty documents, HTML pages,
JSON, binary data and XML that declares entities (entity-expansion attacks) are refused
with a reason, because feedparser would otherwise "parse" them into an empty feed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from pipeline.models import FeedItem

_SNIFF_BYTES = 2048
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>])", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF|RDF)[\s>]", re.I)
# An internal DTD subset that declares entities: "<!DOCTYPE x [ <!ENTITY ...> ]>".
_ENTITY_DECL = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.I | re.S)
_PROLOG_BYTES = 65536
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class FeedParseError(ValueError):
    """The bytes are not a usable feed; the message says why."""


@dataclass(slots=True)
class ParsedFeed:
    feed_id: str
    version: str
    title: str
    items: list[FeedItem] = field(default_factory=list)
    # Set when feedparser flagged the document (bozo) but recovered entries anyway.
    warning: str | None = None


def sniff_feed_bytes(body: bytes) -> None:
    """Raise `FeedParseError` when `body` is clearly not a feed. Cheap: looks at the head."""
    stripped = body.lstrip()
    for bom in _BOMS:
        stripped = stripped.removeprefix(bom).lstrip()
    if not stripped:
        raise FeedParseError("empty document")
    head = stripped[:_SNIFF_BYTES]
    if b"\x00" in head and not body.startswith(_BOMS[1:]):
        raise FeedParseError("binary data, not a feed")
    if head[:1] in (b"{", b"["):
        raise FeedParseError("JSON document, not an RSS/Atom feed")
    if _HTML_START.match(head) and not _FEED_ROOT.search(head):
        raise FeedParseError("HTML page, not a feed")
    if _ENTITY_DECL.search(stripped[:_PROLOG_BYTES]):
        raise FeedParseError("feed declares XML entities (possible entity-expansion attack)")
    if not head.startswith(b"<"):
        raise FeedParseError("not XML: the document does not start with markup")


def parse_feed(feed_id: str, body: bytes, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse one feed document. Raises `FeedParseError` when nothing usable is in it."""
    sniff_feed_bytes(body)
    parsed = feedparser.parse(body, response_headers=dict(headers or {}))
    entries = parsed.get("entries") or []
    problem = _bozo_reason(parsed)
    if not entries:
        if not parsed.get("version") and problem:
            raise FeedParseError(f"malformed feed: {problem}")
        if not parsed.get("version"):
            raise FeedParseError("not a recognised RSS or Atom feed")
        if problem:
            raise FeedParseError(f"malformed feed with no entries: {problem}")
    items = [_to_item(feed_id, index, entry) for index, entry in enumerate(entries)]
    return ParsedFeed(
        feed_id=feed_id,
        version=parsed.get("version") or "unknown",
        title=parsed.get("feed", {}).get("title", ""),
        items=items,
        warning=f"malformed feed, recovered {len(items)} entries: {problem}" if problem else None,
    )


def _bozo_reason(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    # Recovered losslessly: an encoding override (declared us-ascii, really utf-8) or a
    # feed served with a non-XML content type.
    if isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType):
        return None
    return f"{type(exc).__name__}: {exc}" if exc else "unknown parser error"


def _to_item(feed_id: str, index: int, entry: Any) -> FeedItem:
    content = entry.get("content") or []
    content_html = "\n".join(part.get("value", "") for part in content)
    return FeedItem(
        feed_id=feed_id,
        guid=_text_or_none(entry.get("id")),
        link=_text_or_none(entry.get("link")),
        title=entry.get("title", "") or "",
        summary_html=entry.get("summary", "") or "",
        content_html=content_html,
        published=_entry_time(entry),
        author=_text_or_none(entry.get("author")),
        position=index,
    )


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            # feedparser normalises to UTC struct_time; timegm keeps it in UTC.
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


def _text_or_none(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
