"""Page metadata from the page's own hints: JSON-LD, Open Graph, <meta>, <html lang>, links.

Works on an lxml tree (before boilerplate is removed, since JSON-LD lives in <script>).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final

from lxml import etree

log = logging.getLogger(__name__)

_ARTICLE_TYPES: Final = re.compile(r"article|posting|report|newsarticle|webpage", re.I)
_DATE_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
)
_AUTHOR_META: Final = ("author", "article:author", "dc.creator", "sailthru.author", "byl")
_TITLE_META: Final = ("og:title", "twitter:title", "headline", "dc.title")
_LANG: Final = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_MAX_JSONLD_CHARS: Final = 2_000_000
_BYLINE_PREFIX: Final = re.compile(r"^(?:by|par|por|von|di|door)\s+", re.I)
_MAX_BYLINE_CANDIDATES: Final = 5
_MAX_BYLINE_CHARS: Final = 80


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    canonical_url: str | None = None
    article_body: str | None = None  # JSON-LD articleBody, a hint for content selection


def parse_date(value: str | None) -> datetime | None:
    """ISO 8601 or RFC 2822 date -> tz-aware datetime (naive values are taken as UTC)."""
    if not value:
        return None
    value = value.strip()
    parsed: datetime | None = None
    iso = value.replace("Z", "+00:00").replace("z", "+00:00")
    if re.match(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?[+-]\d{4}$", iso):
        iso = iso[:-2] + ":" + iso[-2:]  # "+0500" -> "+05:00" for fromisoformat
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            match = re.match(r"^(\d{4})[-/](\d{2})[-/](\d{2})", value)
            if match:
                parsed = datetime(*map(int, match.groups()))  # type: ignore[misc]
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _meta_map(root: etree._Element) -> dict[str, str]:
    """First value of every <meta name|property|itemprop=... content=...>, keys lowercased."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content.strip())
    return found


def _jsonld_objects(root: etree._Element) -> Iterator[dict[str, Any]]:
    """Every dict in every JSON-LD block (through lists and @graph), depth-first."""
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            log.debug("invalid JSON-LD block skipped")
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                stack.extend(reversed(item))


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds)


def _person_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(name.strip())
    return names


def _first_str(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _format_language(tag: str) -> str:
    """BCP 47 case conventions: "EN_ca" -> "en-CA", "zh-hant-tw" -> "zh-Hant-TW"."""
    primary, *rest = tag.replace("_", "-").split("-")
    subtags = [primary.lower()]
    for sub in rest:
        if len(sub) == 2:
            subtags.append(sub.upper())
        elif len(sub) == 4 and sub.isalpha():
            subtags.append(sub.title())
        else:
            subtags.append(sub.lower())
    return "-".join(subtags)


def _language(root: etree._Element, meta: dict[str, str], ld_lang: Any) -> str | None:
    for value in (
        root.get("lang"),
        root.get("xml:lang"),
        ld_lang,
        meta.get("og:locale"),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("dc.language"),
    ):
        if isinstance(value, str) and _LANG.match(value.strip()):
            return _format_language(value.strip())
    return None  # fmt: skip


def _byline(article: dict[str, Any], meta: dict[str, str], root: etree._Element) -> str | None:
    authors = _person_names(article.get("author"))
    if authors:
        return ", ".join(authors)
    from_meta = [meta[key] for key in _AUTHOR_META if key in meta]
    found = _first_str(*(v for v in from_meta if not v.startswith("http")))
    return _BYLINE_PREFIX.sub("", found) if found else _dom_byline(root)


def _dom_byline(root: etree._Element) -> str | None:
    """Author from the markup: itemprop=author, rel=author, then byline/author classes."""
    candidates = root.xpath(
        "//*[@itemprop='author']|//a[@rel='author']"
        "|//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
        "|//*[contains(concat(' ', normalize-space(@class), ' '), ' author-name ')]"
    )
    for el in candidates[:_MAX_BYLINE_CANDIDATES]:
        name_el = next(iter(el.xpath(".//*[@itemprop='name']")), el)
        value = name_el.get("content") or name_el.text_content()
        name = _BYLINE_PREFIX.sub("", " ".join(value.split()))
        if 2 < len(name) <= _MAX_BYLINE_CHARS and not any(c.isdigit() for c in name):
            return name
    return None


def _canonical(root: etree._Element, meta: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return href
    return meta.get("og:url")


def extract_metadata(root: etree._Element) -> PageMeta:
    meta = _meta_map(root)
    article: dict[str, Any] = {}
    for obj in _jsonld_objects(root):
        if _is_article(obj) and (obj.get("headline") or obj.get("articleBody")):
            article = obj
            break
    title_el = root.find(".//title")
    page_title = title_el.text_content() if title_el is not None else None
    published = parse_date(_first_str(article.get("datePublished"), article.get("dateCreated")))
    for key in _DATE_META:
        if published is not None:
            break
        published = parse_date(meta.get(key))
    if published is None:
        for time_el in root.iter("time"):
            published = parse_date(time_el.get("datetime"))
            if published is not None:
                break
    return PageMeta(
        title=_first_str(article.get("headline"), *(meta.get(k) for k in _TITLE_META), page_title),
        byline=_byline(article, meta, root),
        published=published,
        language=_language(root, meta, article.get("inLanguage")),
        canonical_url=_canonical(root, meta),
        article_body=_first_str(article.get("articleBody")),
    )
