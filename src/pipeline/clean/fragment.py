"""`clean_fragment`: readable text from a feed item's `content`/`summary` HTML fragment."""

from __future__ import annotations

import logging
import re
from typing import Final

from bs4 import NavigableString, Tag

from pipeline.clean.dom import parse_html, render_text
from pipeline.clean.errors import CleanError
from pipeline.clean.textnorm import normalize_chars, normalize_text, unescape_entities

log = logging.getLogger(__name__)

# Fragments are small; anything bigger is truncated (with a warning) to bound time/memory.
DEFAULT_MAX_FRAGMENT_CHARS: Final = 2_000_000

_DROP_TAGS: Final = frozenset({"form", "nav", "figcaption", "aside"})
# class/id words of share widgets, newsletter/promo boxes, related links and photo captions.
_BOILERPLATE_HINT: Final = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|addthis|sharethis|sharedaddy|jp-relatedposts|"
    r"newsletter|subscribe|subscription|signup|promo|advert|advertisement|ad|ads|sponsor|"
    r"related|read-?more|more-link|wp-caption-text|caption|credit|feedflare)(?:$|[\s_-])",
    re.IGNORECASE,
)
# A link or paragraph that only invites the reader elsewhere.
_PROMO_TEXT: Final = re.compile(
    r"^\W*(?:continue reading|keep reading|read more|read full|read the (?:full|rest|whole|"
    r"complete)\b|see more|view more|click here to (?:read|continue|see|view)|"
    r"more\W*$|(?:read|view|see) (?:the )?(?:story|article|post)\W*$).{0,120}$|"
    r"^\W*(?:sign up|subscribe)\b.{0,80}\bnewsletter\b.{0,80}$|"
    r"^the post\b.{1,300}\bappeared first on\b.{1,200}$",
    re.IGNORECASE | re.DOTALL,
)
# Something an HTML parser would treat as markup (a tag, end tag, comment or declaration).
_MARKUP: Final = re.compile(r"<[A-Za-z/!?]")
_MAX_MARKUP_ROUNDS: Final = 6
_MAX_CLEAN_ROUNDS: Final = 4
# Promo detection looks only at small elements (bounded, so deep nesting stays linear).
_SHORT_TEXT_NODES: Final = 60
_SHORT_TEXT_CHARS: Final = 400


def _skip(tag: Tag) -> bool:
    """True for boilerplate inside a fragment: widgets, promos, captions, tracking pixels."""
    name = tag.name
    if name in _DROP_TAGS:
        return True
    if name == "img":
        return True  # no text; covers 1x1 tracking pixels
    attrs = tag.attrs
    if attrs:
        hint = " ".join(_attr_words(attrs.get("class"))) + " " + str(attrs.get("id") or "")
        if hint.strip() and _BOILERPLATE_HINT.search(hint):
            return True
    if name in ("a", "p", "div", "span", "strong", "em"):
        text = _short_text(tag)
        if text and _PROMO_TEXT.match(text):
            return True
    return False


def _short_text(tag: Tag) -> str | None:
    """The tag's text if it is short, else None. Bounded work per tag, whatever the depth
    (bs4's `descendants` first walks to the last descendant, which is O(depth))."""
    parts: list[str] = []
    size = 0
    stack: list[object] = list(reversed(tag.contents))
    for _ in range(_SHORT_TEXT_NODES):
        if not stack:
            return " ".join(" ".join(parts).split())
        node = stack.pop()
        if isinstance(node, Tag):
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not comments or script text
            parts.append(node)
            size += len(node)
            if size > _SHORT_TEXT_CHARS:
                return None
    return None


def _attr_words(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _render_markup(markup: str) -> str:
    """One parse-and-render round; falls back to plain text if lxml refuses the markup."""
    try:
        soup = parse_html(markup)
    except CleanError as exc:
        log.warning("fragment not parseable as HTML, kept as text: %s", exc)
        return unescape_entities(markup)
    return render_text(soup, _skip)


def _drop_promo_paragraphs(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if not _PROMO_TEXT.match(p.strip())]
    return "\n\n".join(paragraphs)


def _strip_markup(text: str) -> str:
    """Render markup and decode entities until neither is left (bounded rounds)."""
    for _ in range(_MAX_MARKUP_ROUNDS):
        if _MARKUP.search(text):
            decoded = normalize_chars(_render_markup(text))
        else:
            # Decoding can reveal invisible characters; dropping them can join "<" and a
            # letter into markup, so normalise before looking for markup again.
            decoded = normalize_chars(unescape_entities(text))
            if not _MARKUP.search(decoded):
                return decoded
        if decoded == text:
            return text
        text = decoded
    return text


def clean_fragment(html: str, *, max_chars: int = DEFAULT_MAX_FRAGMENT_CHARS) -> str:
    """Plain text of an HTML fragment (or of plain text), paragraphs separated by blank lines.

    Markup that appears only after decoding (double-escaped feeds: ``&lt;p&gt;``) is parsed
    again, so the result never contains tags and cleaning it again changes nothing.
    """
    if not isinstance(html, str):
        raise CleanError(f"clean_fragment expects str, got {type(html).__name__}")
    if len(html) > max_chars:
        log.warning("fragment of %d chars truncated to %d", len(html), max_chars)
        html = html[:max_chars]
    text = normalize_chars(html)
    # Cleaning is repeated until it changes nothing (normally one extra cheap pass over
    # plain text), which is what makes `clean_fragment` idempotent by construction.
    for _ in range(_MAX_CLEAN_ROUNDS):
        cleaned = _drop_promo_paragraphs(normalize_text(_strip_markup(text)))
        if cleaned == text:
            break
        text = cleaned
    return text
