"""Text normalisation shared by the fragment and page cleaners.

Output convention: paragraphs separated by one blank line, hard line breaks (``<br>``) kept
as single newlines, whitespace inside a line collapsed to one space. Text is NFC, without
zero-width characters, soft hyphens or control characters, and mojibake is repaired only
when ftfy's badness heuristic says the text is wrong (so correct text is left alone).
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

# Invisible characters that only get in the way of matching and display: zero-width
# space/joiners, word joiner, BOM, soft hyphen, bidi marks, invisible math operators.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# C0/C1 controls other than tab/newline (carriage returns are handled first), lone
# surrogates and non-characters: none is text, and lxml rejects several of them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_PARAGRAPH_BREAK = re.compile("[\u2029\x0c]")
_LINE_BREAK = re.compile("\r\n?|[\x0b\x85\u2028]")
# Horizontal whitespace: ASCII space/tab plus every Unicode space separator (NBSP etc.).
_HSPACE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_MAX_UNESCAPE_ROUNDS = 4
_MAX_REPAIR_ROUNDS = 3


def unescape_entities(text: str) -> str:
    """Decode HTML entities, repeatedly: feeds often double-escape (``&amp;#8217;``)."""
    for _ in range(_MAX_UNESCAPE_ROUNDS):
        if "&" not in text or not _ENTITY.search(text):
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1/cp1252 damage ("CafÃ©" -> "Café") only when it is there."""
    if text.isascii() or not is_bad(text):
        return text
    return ftfy.fix_encoding(text)


def normalize_chars(text: str) -> str:
    """NFC, no invisible/control characters, uniform line breaks. Quotes are kept as written."""
    text = _PARAGRAPH_BREAK.sub("\n\n", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def collapse_whitespace(text: str) -> str:
    """Collapse spaces inside lines; keep single newlines; reduce blank-line runs to one."""
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


def normalize_text(text: str) -> str:
    """Full normalisation of already-extracted text (no markup handling here).

    Mojibake repair runs on the whitespace-normalised text and is repeated until stable,
    so that normalising the output again changes nothing.
    """
    text = collapse_whitespace(normalize_chars(text))
    for _ in range(_MAX_REPAIR_ROUNDS):
        repaired = repair_mojibake(text)
        if repaired == text:
            break
        text = collapse_whitespace(normalize_chars(repaired))
    return text
