"""Parsing and text rendering on BeautifulSoup trees, without recursion.

Pages with thousands of nested elements are real (broken CMS output, hostile input), so
every walk here uses an explicit stack: no RecursionError can escape, whatever the depth.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.exceptions import ParserRejectedMarkup

from pipeline.clean.errors import CleanError

log = logging.getLogger(__name__)

# Tags whose content is never readable text. (<form> is not here: ASP.NET pages wrap the
# whole body in one.)
NON_TEXT_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "source", "track", "picture", "map", "head", "title",
        "meta", "link", "button", "input", "select", "option", "textarea", "dialog",
    }
)  # fmt: skip
# Elements that start a new paragraph in rendered text.
BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "caption", "legend",
    }
)  # fmt: skip
CELL_TAGS: Final = frozenset({"td", "th"})

_PARA = "\n\n"


def parse_html(markup: str) -> BeautifulSoup:
    """Parse with lxml (fast, lenient); a parser refusal becomes a `CleanError`."""
    try:
        return BeautifulSoup(markup, "lxml")
    except (ParserRejectedMarkup, ValueError) as exc:  # lxml raises ValueError on odd input
        raise CleanError(f"HTML parser rejected the markup: {exc}") from exc


class _Exit:
    """Stack marker: leaving a block (emit a paragraph break) or a <pre>."""

    __slots__ = ("pre",)

    def __init__(self, pre: bool) -> None:
        self.pre = pre


def render_text(root: Tag, skip: Callable[[Tag], bool] | None = None) -> str:
    """Visible text of `root`: blocks -> blank line, <br> -> newline, cells -> space.

    `skip(tag)` returning True drops the tag with its whole subtree. Whitespace is not
    normalised here (see `textnorm`), but source newlines outside <pre> become spaces.
    """
    parts: list[str] = []
    pre_depth = 0
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, _Exit):
            parts.append(_PARA)
            if node.pre:
                pre_depth -= 1
            continue
        if isinstance(node, Tag):
            name = node.name
            if name in NON_TEXT_TAGS or (skip is not None and node is not root and skip(node)):
                continue
            if name == "br":
                parts.append("\n")
                continue
            if name in BLOCK_TAGS:
                parts.append(_PARA)
                is_pre = name == "pre"
                pre_depth += is_pre
                stack.append(_Exit(is_pre))
            elif name in CELL_TAGS:
                parts.append(" ")
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not Comment, CData, Doctype, Script...
            parts.append(str(node) if pre_depth else node.replace("\n", " "))
    return "".join(parts)


def iter_tags(root: Tag) -> list[Tag]:
    """All descendant tags in document order (iterative; bs4's `descendants` is too)."""
    return [node for node in root.descendants if isinstance(node, Tag)]
