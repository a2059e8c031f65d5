"""Legal authority and historical references of an event, read from its evidence.

Both are written into `Event.rule` (`|authority=section_232`, `|historical=2018`), which
explains the event, and `read_rule` turns those tokens into `Event.authority` and
`Event.historical` once the article's events are merged (the rule of the kept mention is
the one the event reports, so fields and rule never disagree).

* Authority: the law or order the text names for the measure: US Section 232 / 301 / 122 /
  201 (trade acts), IEEPA (the International Emergency Economic Powers Act, "emergency
  powers law"), Canada's countermeasure ("surtax") orders under the Customs Tariff.
* Historical: the evidence places the happening in a year before the article's year ("In
  2018, Washington put ...", "the 2018 steel tariffs"). When the article also says such a
  measure ended in a past year ("lifted in May 2019"), its status is `removed`.
"""

from __future__ import annotations

import re
from datetime import date

_AUTHORITY = re.compile(
    r"\b(?:Section|Sec\.)\s+(?P<section>232|301|122|201|338)\b"
    r"|(?P<tea>\bTrade Expansion Act\b)"  # the act of Section 232
    r"|(?P<ieepa>\bIEEPA\b|International Emergency Economic Powers Act"
    r"|\bemergency (?:economic )?powers? (?:law|act|statute)|\bemergency law\b)"
    # "Customs Tariff" only as the statute's name: "a 10% customs tariff" is any tariff.
    r"|(?P<ca_order>(?-i:\bCustoms Tariff\b)|\b(?:United States )?Surtax Orders?\b"
    r"|\bcounter-?measures? orders?\b|\bsurtax orders?\b)",
    re.IGNORECASE,
)
# A year as a time frame: "in 2018", "the 2018 tariffs", "on Nov. 30, 2018", "May 2019";
# not "since 2018" (still running) or "$2018", nor a year held up for contrast ("unlike
# the 2018 round, no country was exempted" is about now).
_YEAR = re.compile(
    # "of 2018" but not a statute's name ("the Trade Expansion Act of 1962").
    # ... nor a rate compared with an old one ("twice the 2018 rate")
    r"(?<![Uu]nlike )(?<!\bthan )(?<!twice )(?<!double )(?<!triple )(?<!half )(?<!above )"
    r"(?<!below )"
    # ... nor the reach of a tax charged now ("applying back to January 1, 2022")
    r"(?<!back to )(?<!retroactive to )(?<!retroactively to )"
    r"(?:\b(?:[Ii]n|[Dd]uring|[Tt]he|(?<!\bAct )of|by|until|from|[Ll]ate|[Ee]arly|mid-?"
    r"|remember(?:s|ed)?|recall(?:s|ed)?)\s+"
    r"|\b[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?"
    # "still remember 2018, when Washington imposed ...", "2018, when ..."
    r"|\b(?=\d{4},\s+when\b)"
    # "in the mid-1980s", "the late-1990s": a decade
    r"|\b(?:[Mm]id|[Ll]ate|[Ee]arly)-(?=\d{4}s\b))(?P<year>19[5-9]\d|20\d\d)(?!\d|[,.]\d)"
)
_CENTURY = re.compile(r"19|20")  # a cheap test before _YEAR: most sentences hold no year
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_ENDED = (
    r"(?:lifted|removed|dropped|scrapped|ended|rescinded|repealed|expired|withdrawn|"
    r"eliminated|rolled back|came off|were gone)"
)
# "lifted in 2019", "lifted on May 20, 2019", "On May 20, 2019, both countries lifted ..."
_ENDED_IN_YEAR = re.compile(
    rf"\b{_ENDED}\b[^.;]{{0,40}}?\b(?:in|by|until|on)\s+(?:early |late |mid-?)?"
    rf"(?:(?P<month>{_MONTH_NAMES})\s+(?:(?P<day>\d{{1,2}}),?\s+)?)?(?P<year>19[5-9]\d|20\d\d)\b"
    rf"|\b[Oo]n\s+(?P<month2>{_MONTH_NAMES})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>19[5-9]\d|20\d\d),"
    rf"[^.;]{{0,60}}?\b{_ENDED}\b"
    # a timeline entry: "May 17, 2019: Ottawa and Washington reach a deal to lift both sets of
    # tariffs"
    rf"|(?:^|\n)[ \t]*(?P<month3>{_MONTH_NAMES})\s+(?P<day3>\d{{1,2}}),?\s+"
    rf"(?P<year3>19[5-9]\d|20\d\d)\s*[:\u2013\u2014-][^\n]{{0,100}}?\b(?:{_ENDED}|lift|lifts|drop|drops|end|ends)\b",
    re.IGNORECASE,
)

# "In 2018 Washington put duties on Canadian steel ...; both were lifted the following year":
# the year after the last one the sentence names.
_ENDED_NEXT_YEAR = re.compile(
    rf"\b{_ENDED}\b[^.;]{{0,40}}?\b(?:in\s+)?(?:the\s+(?:following|next)\s+year|a\s+year\s+later)\b",
    re.IGNORECASE,
)
_YEAR_IN_SENTENCE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

# Every match of _AUTHORITY contains one of these (lower-cased): a substring test is far
# cheaper than the case-blind pattern, and most sentences name no law.
_AUTHORITY_WORDS = (
    "sec",
    "trade expansion",
    "ieepa",
    "emergency",
    "customs tariff",
    "surtax order",
    "measure order",
    "measures order",
)


def find_authority(text: str, start: int, end: int) -> str | None:
    """Label of the first legal authority named in text[start:end], else None."""
    chunk = text[start:end].lower()
    if not any(w in chunk for w in _AUTHORITY_WORDS):
        return None
    m = _AUTHORITY.search(text, start, end)
    if m is None:
        return None
    if m.group("section"):
        return f"section_{m.group('section')}"
    if m.group("tea"):
        return "section_232"
    if m.group("ieepa"):
        return "ieepa"
    return "ca_surtax_order"


def past_year(text: str, start: int, end: int, published: date | None) -> int | None:
    """A year before the publication year named in text[start:end] as a time frame."""
    if published is None or not _CENTURY.search(text, start, end):
        return None
    for m in _YEAR.finditer(text, start, end):
        year = int(m.group("year"))
        if year < published.year:
            return year
    return None


def ended_years(text: str, published: date | None) -> list[tuple[int, date | None]]:
    """(year, day if named) before the article's in which it says a measure ended
    ("lifted in 2019", "lifted on May 20, 2019")."""
    if published is None:
        return []
    out: list[tuple[int, date | None]] = []
    for m in _ENDED_IN_YEAR.finditer(text):
        year = int(m.group("year") or m.group("year2") or m.group("year3"))
        month = m.group("month") or m.group("month2") or m.group("month3")
        day = m.group("day") or m.group("day2") or m.group("day3")
        if year >= published.year:
            continue
        when = None
        if month and day:
            months = _MONTH_NAMES.split("|")
            try:
                when = date(year, months.index(month.capitalize()) + 1, int(day))
            except ValueError:
                when = None  # "February 30"
        out.append((year, when))
    for m in _ENDED_NEXT_YEAR.finditer(text):
        back = max(0, m.start() - 400)  # the sentence, looked for at most 400 characters back
        sentence_start = max(
            back, text.rfind(". ", back, m.start()) + 1, text.rfind("\n", back, m.start()) + 1
        )
        years = _YEAR_IN_SENTENCE.findall(text, sentence_start, m.start())
        if years and int(years[-1]) + 1 < published.year:
            out.append((int(years[-1]) + 1, None))
    return out


def historical_year(rule: str) -> int | None:
    """The year of a `|historical=YYYY` token of an event's rule, else None."""
    m = _RULE_HISTORICAL.search(rule)
    return int(m.group(1)) if m else None


_RULE_HISTORICAL = re.compile(r"\|historical=(\d{4})")
_RULE_AUTHORITY = re.compile(r"\|authority=(?P<code>[a-z0-9_]+)")


def authority_country(code: str) -> str:
    """The country whose law an authority code names: Canada's surtax orders, else US law."""
    return "CA" if code == "ca_surtax_order" else "US"


def read_rule(rule: str) -> tuple[str | None, bool]:
    """(authority, historical) from the tokens `annotations` put in an event's rule."""
    m = _RULE_AUTHORITY.search(rule)
    return (m.group("code") if m else None), "|historical=" in rule


def annotations(text: str, start: int, end: int, published: date | None) -> str:
    """The rule-string suffix: "|authority=…" and "|historical=YYYY" where they apply."""
    out = ""
    auth = find_authority(text, start, end)
    if auth:
        out += f"|authority={auth}"
    year = past_year(text, start, end, published)
    if year:
        out += f"|historical={year}"
    return out
