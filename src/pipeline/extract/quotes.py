"""Direct quotes and who said them.

`find_quotes(text, people)` is pure: it reads the cleaned text and the person mentions
`PeopleFinder` found in it (roles and countries already resolved at the publication date)
and returns one `Quote` per quoted passage it can stand behind:

* passages between straight ("…") or curly (“…”) double quotes, within one paragraph and
  at most `MAX_QUOTE` characters (a quote may span sentences);
* the speaker comes from the attribution next to the quote: after it ("…," said Carney /
  "…," Carney said / "…," Doug Ford, Ontario's premier, said / "…," he said) or before it
  (Carney said: "…" / Carney told reporters "…" / according to Carney, "…"); a pronoun
  means the last person named before it; a quote that follows an attributed one in the
  same paragraph ("…," Carney said. "…") continues it; a news release names the speaker
  on a dash line under the quote ("— The Honourable Mary Ng, Minister of ...");
* an unknown speaker ("…," said Priya Raman, chief economist at ...) is named by the
  capitalised words themselves, with the appositive as role and no country;
* unattributed passages shorter than `MIN_WORDS` words are scare quotes ("reciprocal"
  tariffs) and left out; unattributable quotes keep `speaker=None`.

Cost is linear in the text: quote pairs come from one bounded regex scan, and every
attribution check looks at a window of fixed size around the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.gazetteer import trie_pattern, words
from pipeline.extract.people import PersonMention
from pipeline.models import Quote

__all__ = ["MAX_QUOTE", "MIN_WORDS", "find_quotes"]

MAX_QUOTE = 1500  # characters inside the marks; longer "quotes" are unbalanced marks
MIN_WORDS = 5  # an unattributed quote needs this many words to be more than a scare quote
_WINDOW = 300  # characters of attribution looked at on each side of a quote
_PRONOUN_REACH = 1500  # how far back "he said" looks for the person it stands for

# A paragraph break, or a line break, ends an unclosed quote: news prose reopens the marks
# at each paragraph of a long quote, so pairing across lines would swap inside and out.
_QUOTE = re.compile(
    rf"\u201c(?P<curly>[^\u201c\u201d\n]{{1,{MAX_QUOTE}}})\u201d"
    rf'|"(?P<straight>[^"\n]{{1,{MAX_QUOTE}}})"'
)
_VERB_WORDS = words(
    """said says say told tells tell added adds asked asks wrote writes stated states
    declared declares posted posts tweeted argued argues noted notes insisted insists explained
    explains replied replies responded responds warned warns cautioned stressed acknowledged
    acknowledges remarked urged vowed pledged conceded complained joked quipped recalled
    suggested countered continued predicted repeated called calls calling described describes
    """
)
# A trie, not a flat alternation: the regex engine rejects most positions on one character.
_VERBS = trie_pattern(_VERB_WORDS) + r"|[Aa]ccording to"
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# Between a name and its speech verb: an appositive (", Ontario's premier,") and/or an
# adverb ("Carney later said").
_NAME_TO_VERB = re.compile(
    rf"(?:\s*,[^;:!?\"\u201c\u201d\n]{{1,100}}?,)?\s+(?:\w+ly\s+)?(?:{_VERBS})\b"
)
_APPOSITIVE = re.compile(r"\s*,\s*(?P<appos>[^,;:!?\"\u201c\u201d\n]{1,100}?)\s*(?:[,.;\n]|$)")
_PRONOUN = r"(?:he|she|He|She)"
# Right after the closing mark: "he said", "said she".
_AFTER_PRONOUN = re.compile(
    rf"[\s,]*(?:{_PRONOUN}\s+(?:\w+ly\s+)?(?:{_VERBS})\b|(?:{_VERBS})\s+{_PRONOUN}\b)"
)
# "said Ontario Premier ", "said the premier, " up to the name.
_AFTER_VERB_FIRST = re.compile(rf"[\s,]*(?:{_VERBS})\b[^,;:!?\"\u201c\u201d\n]{{0,60}}(?:,\s*)?$")
_AFTER_SUBJECT_GAP = re.compile(r"[\s,]*[^,;:!?\"\u201c\u201d\n]{0,60}$")
# An unknown speaker: two or three capitalised words, not a title or a weekday.
_NAME_WORDS = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2}"
_AFTER_UNKNOWN = re.compile(
    rf"[\s,]*(?:(?:{_VERBS})\s+(?P<n1>{_NAME_WORDS})\b"
    rf"|(?P<n2>{_NAME_WORDS})(?=(?:\s*,[^;:!?\"\u201c\u201d\n]{{1,100}}?,)?\s+(?:{_VERBS})\b))"
)
# "\n\n— The Right Honourable Mark Carney, Prime Minister of Canada" under a quote.
_DASH_BYLINE = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}[\u2014\u2013][ \t]*"
    r"(?:The[ \t]+(?:Right[ \t]+)?Hon(?:ourable|orable|\.)[ \t]+)?"
)
_BYLINE_NAME = re.compile(rf"{_NAME_WORDS}\b")
_NOT_NAMES = re.compile(
    r"\b(?:Minister|President|Premier|Secretary|Governor|Senator|Ambassador|Leader|Prime"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Canada|Canadian"
    r"|American|Ottawa|Washington|House|Office|Ministry|Department|Government)\b"
)
# Before the opening mark: the clause's speech verb, then what may stand between it and the
# quote ("told reporters on Tuesday:", "said in a statement that").
_BEFORE_VERB = re.compile(
    rf"\b(?P<verb>{_VERBS})\b(?P<mid>[^.;!?\"\u201c\u201d\n]{{0,60}}?)"
    r"\s*(?P<punct>[:,]|\bthat)?\s*$"
)
# Where a sentence starts, so the before-attribution stays in the quote's sentence;
# abbreviations (Mr., U.S.) do not end one.
# The mark comes first so that the look-behinds run only at punctuation.
_SENTENCE_END = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\bU\.S\.)(?<!\bSen\.)"
    r"(?<!\bRep\.)(?<!\bGov\.)[\"\u201d]?\s+(?=[A-Z\"\u201c])|\n"
)
# "said Carney: \"…\"": a name after the verb is the speaker only with the colon or comma
# ("calls Carney \"a world-class leader\"" names whom the quote is about).
_NAME_THEN_QUOTE = re.compile(r"\s*[:,]\s*")
# Words before a name that make it an object, not the subject "he" can stand for:
# "Trump calls Carney ...", "met with Carney".
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|and|by|for|from|of|on|at|about|against|than|as|like|that|calls|called"
    r"|met|meets|told|tells|urged|urges|asked|asks|praised|criticized|thanked|invited"
    r"|spoke|speaks|phoned|called on)\s+$"
)
_PRONOUN_BEFORE = re.compile(rf"\b{_PRONOUN}\s+(?:\w+ly\s+)?$")
_RELATIVE = re.compile(r"\s+(?:who|which|whose|where|when)\b")
# How a quote that its attribution follows ends: "…," said X / "…?" asked X / "…—" X said.
_CLAUSE_ENDS = (",", "?", "!", "\u2014", "\u2013", "-", "...", "\u2026")


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str | None
    role: str | None
    country: str | None
    adjacent: bool  # attribution right next to the quote, not just in its sentence


_NOBODY = _Speaker(None, None, None, False)


class _People:
    """Person mentions sorted by position, with lookups bounded by bisect."""

    def __init__(self, people: Sequence[PersonMention]) -> None:
        self.items = sorted(people, key=lambda p: p.start)
        self.starts = [p.start for p in self.items]
        self.ends = [p.end for p in self.items]

    def first_starting_in(self, lo: int, hi: int) -> PersonMention | None:
        i = bisect_left(self.starts, lo)
        return self.items[i] if i < len(self.items) and self.starts[i] < hi else None

    def last_subject_before(self, text: str, pos: int, lo: int) -> PersonMention | None:
        """The last person named before pos as a subject: what "he said" refers to."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= lo:
            pm = self.items[i]
            i -= 1
            if pm.end > pos or text.startswith(("'s", "\u2019s"), pm.end):
                continue  # overlaps pos, or a possessive ("Carney's aides")
            if not _OBJECT_BEFORE.search(text, max(0, pm.start - 12), pm.start):
                return pm
        return None

    def last_ending_before(self, pos: int, lo: int) -> PersonMention | None:
        """The mention with the greatest start among those ending at or before pos."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= lo:
            if self.ends[i] <= pos:
                return self.items[i]
            i -= 1
        return None


def find_quotes(text: str, people: Sequence[PersonMention]) -> list[Quote]:
    """The direct quotes of `text`, in order, each with its speaker where attributable."""
    if not isinstance(text, str) or not text:
        return []
    index = _People(people)
    out: list[Quote] = []
    prev: tuple[Quote, int] | None = None  # the last attributed quote and its closing mark
    for m in _QUOTE.finditer(text):
        group = "curly" if m.group("curly") is not None else "straight"
        start, end = m.start(group), m.end(group)
        inner = text[start:end]
        if not inner.strip():
            continue
        who = (
            _after(text, m.start(), m.end(), inner, index)
            or _before(text, m.start(), index)
            or _NOBODY
        )
        if who.name is None and prev is not None and _continues(text, prev[1], m.start()):
            q0 = prev[0]
            who = _Speaker(q0.speaker, q0.role, q0.country, True)
        words = len(inner.split())
        if who.name is None and words < MIN_WORDS:
            continue  # a scare quote, not speech
        if who.name is not None and not who.adjacent and words < 2:
            continue  # one quoted word somewhere in a sentence with "said": a scare quote
        quote = Quote(inner, who.name, who.role, who.country, start, end)
        out.append(quote)
        if who.name is not None:
            prev = (quote, m.end())
    return out


def _of(pm: PersonMention, adjacent: bool = True) -> _Speaker:
    return _Speaker(pm.name, pm.role, pm.country, adjacent)


def _after(text: str, open_: int, close: int, inner: str, people: _People) -> _Speaker | None:
    """Attribution after the closing mark ("…," Carney said)."""
    limit = min(len(text), close + _WINDOW)
    byline = _DASH_BYLINE.match(text, close, limit)
    if byline:  # a news release: the quote's paragraph, then "— The Honourable Mary Ng, ..."
        return _byline(text, byline.end(), people)
    if not (inner.rstrip().endswith(_CLAUSE_ENDS) or text.startswith(",", close)):
        return None  # "…." ends the sentence: what follows is not its attribution
    if _AFTER_PRONOUN.match(text, close, limit):
        # The person named last before the quote: names inside it are not the speaker.
        pm = people.last_subject_before(text, open_, open_ - _PRONOUN_REACH)
        return _of(pm) if pm else None
    pm = people.first_starting_in(close, close + 100)
    if pm is not None:
        gap = text[close : pm.start]
        if _AFTER_VERB_FIRST.match(gap):  # "…," said Ontario Premier Doug Ford
            return _of(pm)
        if _AFTER_SUBJECT_GAP.match(gap) and _NAME_TO_VERB.match(text, pm.end, limit):
            return _of(pm)
    unknown = _AFTER_UNKNOWN.match(text, close, limit)
    if unknown:
        group = "n1" if unknown.group("n1") else "n2"
        return _unknown(text, unknown.start(group), unknown.end(group))
    return None


def _byline(text: str, at: int, people: _People) -> _Speaker | None:
    pm = people.first_starting_in(at, at + 40)
    if pm is not None and not re.search(r"[\n,;:]", text[at : pm.start]):
        return _of(pm)
    m = _BYLINE_NAME.match(text, at)
    return _unknown(text, m.start(), m.end()) if m else None


def _unknown(text: str, start: int, end: int) -> _Speaker | None:
    """A speaker the people finder does not know: the name as written, the appositive
    after it as role ("Priya Raman, chief economist at ..."), no country."""
    name = text[start:end]
    if _NOT_NAMES.search(name):
        return None
    appos = _APPOSITIVE.match(text, end, end + 120)
    role = None
    if appos and not re.match(r"(?:who|which|whose|where|when|adding|but|and)\b", appos["appos"]):
        role = re.sub(r"^(?:an?|the)\s+", "", appos["appos"].strip())
        role = _RELATIVE.split(role, maxsplit=1)[0].strip() or None  # "rancher near X who …"
    return _Speaker(name, role, None, True)


def _before(text: str, open_: int, people: _People) -> _Speaker | None:
    """Attribution before the opening mark, in the quote's sentence (Carney said: "…")."""
    lo = max(0, open_ - _WINDOW)
    # endpos one past the mark, so that a sentence ending right before the quote is seen.
    ends = [b.end() for b in _SENTENCE_END.finditer(text, lo, min(len(text), open_ + 1))]
    lo = max([e for e in ends if e <= open_], default=lo)
    verb = None
    for v in _VERB.finditer(text, lo, open_):
        verb = v  # the last speech verb of the clause
    if verb is None:
        return None
    tail = _BEFORE_VERB.match(text, verb.start(), open_)
    adjacent = bool(tail and (tail["punct"] or not tail["mid"].strip()))
    # "said Carney:" / "according to Carney,": the name follows the verb.
    pm = people.first_starting_in(verb.end(), open_)
    if (
        pm is not None
        and not text[verb.end() : pm.start].strip(" \t")
        and _NAME_THEN_QUOTE.fullmatch(text, pm.end, open_)
    ):
        return _of(pm, adjacent)
    if _PRONOUN_BEFORE.search(text, max(lo, verb.start() - 20), verb.start()):
        pm = people.last_subject_before(text, verb.start(), verb.start() - _PRONOUN_REACH)
        return _of(pm, adjacent) if pm else None
    pm = people.last_ending_before(verb.start(), lo)
    if pm is not None and _NAME_TO_VERB.fullmatch(text, pm.end, verb.end()):
        return _of(pm, adjacent)
    return None


def _continues(text: str, prev_close: int, open_: int) -> bool:
    """Whether a quote opening at open_ goes on from the attributed quote closed at
    prev_close ("…," Carney said. "…"): same paragraph, only the attribution between."""
    if open_ - prev_close > 160:
        return False
    gap = text[prev_close:open_]
    return "\n" not in gap and bool(_VERB.search(gap))
