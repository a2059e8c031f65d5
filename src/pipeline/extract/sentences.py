"""Split cleaned text into sentences, keeping exact character offsets.

A sentence ends at ., ! or ? (plus closing quotes/brackets) followed by whitespace and an
upper-case letter, digit or quote, unless the word before the period is a known
abbreviation ("Mr.", "Jan.", "U.S." before a name). Line breaks always end a sentence.
Very long sentences (text without punctuation) are cut into bounded chunks so that pattern
matching stays linear.
"""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import words

MAX_SENTENCE = 800  # characters; longer runs are chunked at whitespace

_ABBREV = frozenset(
    words(
        """mr mrs ms dr st sen rep gov gen lt col sgt capt prof hon jr sr inc corp co ltd
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx dept est fig
    ont que alta sask man calif mich fla ill mass pa va wash ariz colo conn del ind kan ky
    md minn miss mo mont neb nev okla ore tenn vt wis wyo ave blvd mt ft pres min
    a.m p.m e.g i.e u.s u.k u.n e.u b.c n.b n.s n.l p.e.i n.w.t n.y n.j n.h n.c n.d s.c
    s.d r.i w.va d.c"""
    )
)
# After "U.S." or "B.C." a capitalised word usually continues the noun phrase ("the U.S.
# Commerce Department"); these words usually start a new sentence instead.
_STARTERS = frozenset(
    words(
        """The A An This That These Those It Its He She They We I You But And Or So Yet
    In On At For From By With As If When While After Before Since Still However
    Meanwhile Canada Ottawa There What Why How Some
    Many Most Last Next Earlier Later Both Neither Under Asked
    Canadian Canadians American Americans Officials Analysts Economists Companies Farmers
    Shoppers Exporters Importers Producers Workers"""
    )
)

# A run of ., ! or ? (and closers) before whitespace, or a line break. Written to start
# with one character class ("[.!?\n]", then which one it was): the regex engine then skips
# to those characters in a fast loop instead of trying the pattern at every position.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s))")
_NEXT = re.compile(r"\s*([\"'\u201c\u2018(\[]?)(\S*)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_CLOSING_QUOTE = re.compile('["\u201d]')


def _is_boundary(text: str, dot: int, end: int) -> bool:
    """Decide whether the punctuation run text[dot:end] ends a sentence."""
    m = _NEXT.match(text, end)
    nxt = m.group(2) if m else ""
    if not nxt:
        return True
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or m.group(1)):
        return False
    if text[dot] != "." or _CLOSING_QUOTE.search(text, dot, end):
        return True  # 'answered, "No." The tariffs ...': a quote closes the sentence
    before = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    word = before.group(1).lower() if before else ""
    if word in _ABBREV or word.rstrip(".") in _ABBREV:
        bare = re.sub(r"\W+$", "", nxt)
        # "U.S." / "a.m." close a sentence only when a typical sentence opener follows.
        return "." in word and bare in _STARTERS
    # A single capital letter before the period is an initial ("Donald J. Trump"); the "s"
    # of a possessive is not ("the same as every other country's. Canada ...").
    possessive = before is not None and before.start() > 0 and text[before.start() - 1] in "'\u2019"
    return not (len(word) == 1 and word.isalpha() and not possessive)


def _chunks(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Cut an over-long span at whitespace into pieces of at most MAX_SENTENCE."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, in order, never empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and not _is_boundary(text, m.start(), m.end()):
            continue
        s, e = _trim(text, start, m.end())
        if e > s:
            spans.extend(_chunks(s, e, text))
        start = m.end()
    s, e = _trim(text, start, len(text))
    if e > s:
        spans.extend(_chunks(s, e, text))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]
