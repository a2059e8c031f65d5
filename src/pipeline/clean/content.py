"""Main-content selection on an lxml tree, Readability-style.

1. Drop what is never article text: scripts, forms controls, hidden elements, navigation
   and elements whose class/id/role say "menu", "sidebar", "comments", "share"...
2. Score paragraph-like blocks (text length, commas) and credit their ancestors; weight
   containers by class/id hints and by the page's own markers (``itemprop=articleBody``).
3. Take the best container after link-density discount, plus siblings that score well.
4. Inside it, remove link-dense or list-heavy blocks that do not read like prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Final

from lxml import etree
from lxml.html import HtmlElement

_JUNK_TAGS: Final = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "textarea", "link", "meta", "nav", "dialog",
    "audio", "video", "picture", "source", "map",
)  # fmt: skip
# A hint word must start a class/id word: after a non-letter or at a camelCase hump, so
# "pageRow" is not "pager" and "mainMenu" is "menu".
_WORD_START: Final = r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"


def _hint_regex(words: str) -> re.Pattern[str]:
    return re.compile(_WORD_START + "(?i:" + words + ")")


_UNLIKELY: Final = _hint_regex(
    r"ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|agegate|pagination|pager|popup|newsletter|"
    r"share|sharing|cookie|consent|subscribe|paywall|outbrain|taboola|recirc|promo|"
    r"most-?popular|trending|navbar|nav\b|toolbar|masthead|signup|byline|dateline|"
    r"read-?more|more-stories|tags\b|topics|author-bio|caption"
)
# Reader comments are never the article, however much prose (or <article>s) they hold.
_COMMENTS: Final = _hint_regex(r"comment|disqus|replies|respond")
_MAYBE: Final = _hint_regex(r"and|article|body|column|content|main|shadow|story|entry|post")
_UNLIKELY_ROLES: Final = frozenset(
    {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
     "banner", "contentinfo", "search"}
)  # fmt: skip
_NEGATIVE: Final = _hint_regex(
    r"ad-|hidden|hid\b|banner|combx|comment|com-|contact|footer|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
    r"sponsor|shopping|tags\b|widget|caption|credit|byline|newsletter|recommend"
)
_POSITIVE: Final = _hint_regex(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose"
)
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCK_CHILDREN: Final = frozenset(
    {"a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section",
     "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside",
     "main", "form", "hr"}
)  # fmt: skip
_PARAGRAPH_TAGS: Final = frozenset({"p", "pre", "td", "blockquote"})
_CONTAINER_TAGS: Final = frozenset({"div", "section", "article", "main", "span", "font"})
_TAG_BASE: Final = {
    "div": 5, "article": 10, "main": 5, "section": 0, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip
_ARTICLE_BODY_BONUS: Final = 60.0
_MIN_PARAGRAPH_CHARS: Final = 25
_COMMAS: Final = re.compile("[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c]")
_SENTENCE_END: Final = re.compile("[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)]?(?:\\s|$)")
_MAX_ANCESTORS: Final = 64
_EXPAND_LEVELS: Final = 6
_EXPAND_MIN_GAIN: Final = 0.2  # climb only for at least 20 % more prose...
_EXPAND_MAX_NOISE: Final = 1.5  # ...and at most 1.5 chars of other text per char gained
_LINK_ONLY_DENSITY: Final = 0.9
_CONDITIONAL_TAGS: Final = ("table", "ul", "ol", "div", "section", "form", "aside", "header",
                            "footer", "dl")  # fmt: skip


def _hint(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def class_weight(el: HtmlElement) -> float:
    weight = 0.0
    for value in (el.get("class"), el.get("id")):
        if value:
            if _NEGATIVE.search(value):
                weight -= 25
            if _POSITIVE.search(value):
                weight += 25
    if (el.get("itemprop") or "").lower() == "articlebody":
        weight += _ARTICLE_BODY_BONUS
    return weight


def _is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_unlikely(el: HtmlElement) -> bool:
    if el.tag in ("body", "html", "article", "main", "a"):
        return False
    role = el.get("role")
    if role and role.lower() in _UNLIKELY_ROLES:
        return True
    hint = _hint(el)
    if len(hint) < 3 or not _UNLIKELY.search(hint):
        return False
    if (el.get("itemprop") or "").lower() == "articlebody":
        return False
    return not _MAYBE.search(hint)


def _ancestors(el: HtmlElement) -> islice[HtmlElement]:
    """Ancestors up to a fixed height, so that hostile nesting cannot make passes quadratic."""
    return islice(el.iterancestors(), _MAX_ANCESTORS)


def _main_content_holders(body: HtmlElement) -> tuple[dict[HtmlElement, int], set[HtmlElement]]:
    """Paragraph characters under each element, and the ancestors of article markers."""
    chars: dict[HtmlElement, int] = {}
    for p in body.iter("p"):
        length = len(p.text_content())
        for holder in _ancestors(p):
            chars[holder] = chars.get(holder, 0) + length
    markers = {
        holder
        for el in body.iter()
        if el.tag in ("article", "main") or (el.get("itemprop") or "").lower() == "articlebody"
        for holder in _ancestors(el)
    }
    return chars, markers


def strip_junk(body: HtmlElement) -> None:
    """Remove never-content elements in place (tails are kept).

    Layout wrappers named "sidebar"/"header" sometimes hold the article; an unlikely-looking
    element survives if it contains an article marker or most of the page's paragraphs.
    """
    etree.strip_elements(body, *_JUNK_TAGS, etree.Comment, etree.ProcessingInstruction,
                         with_tail=False)  # fmt: skip
    hidden = [el for el in body.iter() if isinstance(el.tag, str) and _is_hidden(el)]
    for el in hidden:
        if el is not body:
            el.drop_tree()
    unlikely = [el for el in body.iter() if isinstance(el.tag, str) and _is_unlikely(el)]
    if not unlikely:
        return
    chars, markers = _main_content_holders(body)
    page_chars = sum(len(p.text_content()) for p in body.iter("p"))
    for el in unlikely:
        if el is body:
            continue
        if not _COMMENTS.search(_hint(el)) and (
            el in markers or chars.get(el, 0) * 2 > page_chars > 0
        ):
            continue
        el.drop_tree()


def _text_len(el: HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


def link_density(el: HtmlElement, text_len: int | None = None) -> float:
    total = _text_len(el) if text_len is None else text_len
    if total == 0:
        return 0.0
    linked = sum(_text_len(a) for a in el.iter("a"))
    return min(1.0, linked / total)


def _has_block_child(el: HtmlElement) -> bool:
    return any(child.tag in _BLOCK_CHILDREN for child in el)


def _direct_text(el: HtmlElement) -> str:
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return " ".join(" ".join(parts).split())


def _paragraph_score(text: str) -> float:
    return 1.0 + len(_COMMAS.findall(text)) + min(len(text) // 100, 3)


def _init_score(el: HtmlElement) -> float:
    return _TAG_BASE.get(el.tag, 0) + class_weight(el)


@dataclass(slots=True)
class ScoreMap:
    """Readability scores, and the prose (paragraph characters) each ancestor holds."""

    scores: dict[HtmlElement, float] = field(default_factory=dict)
    prose: dict[HtmlElement, int] = field(default_factory=dict)  # in <p>-like elements
    text_blocks: dict[HtmlElement, int] = field(default_factory=dict)  # also bare <div>s


def score_paragraphs(body: HtmlElement) -> ScoreMap:
    """Readability's scoring pass: paragraphs credit up to five ancestors."""
    result = ScoreMap()
    scores, prose, text_blocks = result.scores, result.prose, result.text_blocks
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _PARAGRAPH_TAGS or (tag in _CONTAINER_TAGS and not _has_block_child(el)):
            text = " ".join(el.text_content().split())
            owner = el.getparent()
        elif tag in _CONTAINER_TAGS:
            text = _direct_text(el)  # bare text between block children (e.g. <br>-separated)
            owner = el
        else:
            continue
        if len(text) < _MIN_PARAGRAPH_CHARS or owner is None:
            continue
        score = _paragraph_score(text)
        if owner is not el and link_density(el, len(text)) < 0.5:  # a whole block of prose
            in_paragraph = tag in _PARAGRAPH_TAGS
            for holder in (el, *_ancestors(el)):
                text_blocks[holder] = text_blocks.get(holder, 0) + len(text)
                if in_paragraph:
                    prose[holder] = prose.get(holder, 0) + len(text)
        ancestor: HtmlElement | None = owner
        for level in range(5):
            if ancestor is None or not isinstance(ancestor.tag, str):
                break
            if ancestor not in scores:
                scores[ancestor] = _init_score(ancestor)
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            scores[ancestor] += score / divider
            ancestor = ancestor.getparent()
    return result


@dataclass(slots=True)
class Selection:
    nodes: list[HtmlElement]
    scored: ScoreMap


def select_content(body: HtmlElement) -> Selection:
    """The best-scoring container and its good siblings (document order)."""
    scored = score_paragraphs(body)
    scores = scored.scores
    if not scores:
        return Selection([body], scored)
    final = {el: s * (1 - link_density(el)) for el, s in scores.items()}
    top = max(final, key=final.__getitem__)
    top = _climb(top, body)
    top = _expand(top, scored.prose, body)
    return Selection(_with_siblings(top, final), scored)


def _expand(top: HtmlElement, prose: dict[HtmlElement, int], body: HtmlElement) -> HtmlElement:
    """Climb to an ancestor that adds mostly prose: articles split into several sections."""
    base_prose = prose.get(top, 0)
    if base_prose == 0:
        return top
    base_text = _text_len(top)
    best = top
    for level, ancestor in enumerate(top.iterancestors()):
        if ancestor is body or level >= _EXPAND_LEVELS:
            break
        gained = prose.get(ancestor, 0) - base_prose
        if gained < base_prose * _EXPAND_MIN_GAIN:
            continue
        if _text_len(ancestor) - base_text <= gained * _EXPAND_MAX_NOISE:
            best = ancestor
    return best


def _climb(top: HtmlElement, body: HtmlElement) -> HtmlElement:
    """Use the parent when the candidate is its only child.

    (Readability's "parent scores better" climb is left out: on pages with comments it
    climbs into the comment thread; `_expand` grows the selection by prose instead.)
    """
    parent = top.getparent()
    while parent is not None and parent is not body and len(parent) == 1:
        top, parent = parent, parent.getparent()
    return top


def _with_siblings(top: HtmlElement, final: dict[HtmlElement, float]) -> list[HtmlElement]:
    parent = top.getparent()
    if parent is None:
        return [top]
    top_score = final.get(top, 0.0)
    threshold = max(10.0, top_score * 0.2)
    top_class = top.get("class")
    chosen = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top:
            chosen.append(sibling)
            continue
        bonus = top_score * 0.2 if top_class and sibling.get("class") == top_class else 0.0
        if sibling in final and final[sibling] + bonus >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p" or (
            sibling.tag in _CONTAINER_TAGS and not _has_block_child(sibling)
        ):
            length = _text_len(sibling)
            density = link_density(sibling, length)
            if (length > 80 and density < 0.25) or (
                0 < length <= 80 and density == 0 and _SENTENCE_END.search(sibling.text_content())
            ):
                chosen.append(sibling)
    return chosen


def clean_conditionally(node: HtmlElement, scored: ScoreMap) -> None:
    """Remove blocks inside the article that look like lists of links, ads or widgets.

    A block holding most of the article's prose is never removed, whatever its name.
    """
    node_prose = scored.text_blocks.get(node, 0)
    doomed = [el for el in node.iter(*_CONDITIONAL_TAGS) if el is not node]
    for el in reversed(doomed):  # deepest first, so parents are judged on what remains
        if el.getparent() is None or _is_inside(el, ("figure", "pre", "code")):
            continue
        if scored.text_blocks.get(el, 0) * 2 > node_prose > 0:
            continue
        if _should_remove(el, scored.scores):
            el.drop_tree()
    # A paragraph or list item that is nothing but a link points elsewhere ("Related" teasers).
    for block in list(node.iter("p", "li", "dd")):
        if block.getparent() is not None and link_density(block) >= _LINK_ONLY_DENSITY:
            block.drop_tree()
    for heading in list(node.iter("h1", "h2", "h3")):
        # h1 is the headline, returned as the title: not body text.
        if heading.tag == "h1" or class_weight(heading) < 0 or link_density(heading) > 0.33:
            heading.drop_tree()


def _is_inside(el: HtmlElement, tags: tuple[str, ...]) -> bool:
    return any(anc.tag in tags for anc in el.iterancestors())


def _should_remove(el: HtmlElement, scores: dict[HtmlElement, float]) -> bool:
    weight = class_weight(el)
    if weight + scores.get(el, 0.0) < 0:
        return True
    text = " ".join(el.text_content().split())
    if len(_COMMAS.findall(text)) >= 10:
        return False
    is_list = el.tag in ("ul", "ol", "dl")
    paragraphs = sum(1 for _ in el.iter("p"))
    images = sum(1 for _ in el.iter("img"))
    items = sum(1 for _ in el.iter("li")) - 100
    length = len(text)
    density = link_density(el, length)
    if images > 1 and paragraphs / images < 0.5:
        return True
    if not is_list and items > paragraphs:
        return True
    if not is_list and length < _MIN_PARAGRAPH_CHARS and (images == 0 or images > 2):
        return True
    if not is_list and weight < 25 and density > 0.2:
        return True
    return weight >= 25 and density > 0.5
