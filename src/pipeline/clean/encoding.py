"""Bytes -> str for HTML pages: BOM, then <meta charset>/http-equiv, then UTF-8, then cp1252.

Browsers (WHATWG) treat "iso-8859-1"/"latin1"/"ascii" labels as windows-1252, so do we: the
C1 range then maps to curly quotes and dashes instead of invisible control characters.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Final

from pipeline.clean.errors import CleanError

log = logging.getLogger(__name__)

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PRESCAN_BYTES: Final = 8192
_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_WHATWG_ALIASES: Final = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
_HIGH_BYTES: Final = bytes(range(128, 256))
# Share of NUL/control bytes above which the "page" is binary data, not text.
_BINARY_CONTROL_SHARE: Final = 0.10


def _declared_encoding(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        log.info("unknown declared charset %r ignored", label)
        return None
    # A page that says UTF-16 in ASCII-compatible bytes is lying (WHATWG: use UTF-8).
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def _looks_binary(data: bytes) -> bool:
    sample = data[:_PRESCAN_BYTES]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > _BINARY_CONTROL_SHARE * len(sample)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used). Binary data raises `CleanError`."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    if _looks_binary(data):
        raise CleanError("binary data, not an HTML page")
    declared = _declared_encoding(data[:_PRESCAN_BYTES])
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            log.info("page does not decode as its declared %s; trying UTF-8", declared)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    # Mostly-valid UTF-8 with a few stray bytes stays UTF-8; mostly invalid is legacy.
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    if declared == "utf-8" or text.count("\ufffd") * 20 <= non_ascii:
        return text, "utf-8"
    fallback = declared or "cp1252"
    # cp1252 leaves five bytes undefined; replace those rather than fail the page.
    return data.decode(fallback, errors="replace"), fallback
