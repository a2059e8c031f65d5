"""What a response body really is, and how it is encoded.

Servers mislabel feeds all the time (`text/plain`, `text/html`, a wrong charset), so the
decision is made on the bytes: `decode_feed` settles the encoding and `sniff_problem`
tells a feed from an HTML page, JSON, binary junk or an entity-expansion attack, before
any XML parser sees the document.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

# Longest prefix looked at to find the root element (prolog: declaration, comments, DOCTYPE).
_PROLOG_LIMIT = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# BOM-less UTF-16 per XML 1.0 appendix F: "<?" in either byte order.
_UTF16_SIGNATURES = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))

_XML_DECL = re.compile(rb"^<\?xml[^>]*?\?>", re.IGNORECASE)
_DECL_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""", re.IGNORECASE)
_CHARSET = re.compile(r"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))""", re.IGNORECASE)

# Labels that in practice mean windows-1252 (as the WHATWG encoding standard decides):
# Latin-1 text with C1 "controls" is really cp1252 smart quotes and dashes.
_CP1252_ALIASES = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
HTML_ROOTS = frozenset({"html", "head", "body"})


def _canonical(label: str) -> str | None:
    """Python's name for an encoding label, or None when unknown."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _CP1252_ALIASES else name


def header_charset(headers: Mapping[str, str]) -> str | None:
    """The `charset` parameter of a Content-Type header (case-insensitive lookup)."""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    match = _CHARSET.search(content_type)
    return next((g for g in match.groups() if g), None) if match else None


def with_utf8_charset(content_type: str) -> str:
    """A Content-Type value describing the same media type re-encoded as UTF-8. Added when
    missing too: a `text/*` type without charset means US-ASCII to feed parsers."""
    if _CHARSET.search(content_type):
        return _CHARSET.sub("charset=utf-8", content_type)
    return f"{content_type.rstrip('; ')}; charset=utf-8"


def _bom_encoding(body: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    return None


def _declared_encoding(body: bytes) -> str | None:
    """The XML declaration's encoding; finds it in BOM-less UTF-16 too."""
    head = body[:1024]
    for signature, name in _UTF16_SIGNATURES:
        if head.startswith(signature):
            head = head.decode(name, errors="replace").encode("ascii", errors="replace")
            break
    decl = _XML_DECL.match(head)
    if decl is None:
        return None
    match = _DECL_ENCODING.search(decl.group(0))
    return match.group(1).decode("ascii") if match else None


def _candidates(body: bytes, headers: Mapping[str, str]) -> list[str]:
    """Encodings to try, most trustworthy first."""
    declared = _canonical(_declared_encoding(body) or "")
    header = _canonical(header_charset(headers) or "")
    sniffed = next((name for sig, name in _UTF16_SIGNATURES if body.startswith(sig)), None)
    if declared and declared == header:
        ordered = [declared]
    else:
        # They disagree (or one is missing). A strict UTF-8 decode is strong evidence on its
        # own: cp1252 text almost never forms valid multi-byte UTF-8 by accident.
        named = [e for e in (sniffed, declared, header) if e]
        ordered = sorted(named, key=lambda e: e != "utf-8")
    # XML's default, then the usual mislabelled reality.
    ordered += ["utf-8", "cp1252"]
    return list(dict.fromkeys(ordered))


def _fix_declaration(text: str) -> str:
    """Make the XML declaration say UTF-8 (the bytes handed on are UTF-8)."""
    match = re.match(r"<\?xml[^>]*?\?>", text, re.IGNORECASE)
    if match is None:
        return text
    decl = match.group(0)
    fixed, count = re.subn(
        r"""encoding\s*=\s*["'][^"']*["']""", 'encoding="utf-8"', decl, flags=re.IGNORECASE
    )
    if count == 0:
        return text
    return fixed + text[match.end() :]


def decode_feed(body: bytes, headers: Mapping[str, str]) -> tuple[bytes, str]:
    """Return `body` as UTF-8 (no BOM, XML declaration saying utf-8) and the encoding used.

    Precedence: BOM > XML declaration and HTTP charset when they agree > whichever of them
    decodes without error (UTF-8 first) > UTF-8 > cp1252. A document declared UTF-8 whose
    bytes are really cp1252 therefore comes out right instead of garbled or refused.
    Bytes that nothing decodes strictly fall back to Latin-1, which never fails.
    """
    bom = _bom_encoding(body)
    if bom is not None:
        name, size = bom
        text = body[size:].decode(name, errors="replace")
        return _fix_declaration(text).encode("utf-8"), name.replace("-le", "").replace("-be", "")
    for name in _candidates(body, headers):
        try:
            text = body.decode(name)
        except UnicodeDecodeError:
            continue
        return _fix_declaration(text).encode("utf-8"), name
    return _fix_declaration(body.decode("latin-1")).encode("utf-8"), "latin-1"


def _skip_doctype(text: str, start: int) -> int:
    """Index just past a `<!DOCTYPE ...>` starting at `start`, internal subset included."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return i + 1
    return len(text)


def root_element(text: str) -> tuple[str | None, str | None]:
    """(root element name, DOCTYPE name) of a document, skipping its prolog."""
    i, doctype, limit = 0, None, min(len(text), _PROLOG_LIMIT)
    while i < limit:
        if text[i].isspace():
            i += 1
        elif text.startswith("<?", i):
            end = text.find("?>", i)
            i = limit if end < 0 else end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i)
            i = limit if end < 0 else end + 3
        elif text[i : i + 9].upper() == "<!DOCTYPE":
            match = re.match(r"<!DOCTYPE\s+([^\s>\[]+)", text[i:], re.IGNORECASE)
            doctype = match.group(1) if match else ""
            i = _skip_doctype(text, i)
        elif text[i] == "<":
            match = re.match(r"<([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)", text[i:])
            return (match.group(1) if match else None), doctype
        else:
            return None, doctype
    return None, doctype


def _local(name: str) -> str:
    return name.rpartition(":")[2].lower()


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 10


def sniff_problem(body: bytes) -> str | None:
    """Why a (UTF-8) body is not an acceptable feed, or None when it is one.

    Runs before any parser: a DOCTYPE declaring entities is refused outright, since
    expanding them ("billion laughs") can exhaust memory.
    """
    head = body[:_PROLOG_LIMIT]
    stripped = head.lstrip()
    if not stripped:
        return "empty body"
    if stripped[:1] in (b"{", b"["):
        return "JSON served instead of a feed"
    if _looks_binary(head[:1024]):
        return "binary content served instead of a feed"
    lowered = body.lower()
    if b"<!doctype" in lowered and b"<!entity" in lowered:
        return "feed declares XML entities (possible entity-expansion attack)"
    root, doctype = root_element(head.decode("utf-8", errors="replace"))
    if (doctype and doctype.lower() == "html") or (root and _local(root) in HTML_ROOTS):
        return "HTML page served instead of a feed"
    if root is None:
        return "not an XML feed (no root element found)"
    if _local(root) not in FEED_ROOTS:
        return f"XML document with root <{root}> is not a feed"
    return None
