"""Find date expressions and resolve them against the publication date.

Handles "April 2", "Apr. 2, 2025", "2 April", "2025-04-02", weekdays ("Tuesday",
"next Tuesday", "midnight Friday"), "today", "tomorrow", "yesterday" and "next month"
(the first of next month). Weekdays resolve forward unless the clause is in the past tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.extract.gazetteer import case_blind, guarded, words
from pipeline.extract.rates import word_number

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    # a timeline in capitals: "FEB. 3 —", "MARCH 4 —"
    r"|JAN(?:UARY|\.)?|FEB(?:RUARY|\.)?|MAR(?:CH|\.)?|APR(?:IL|\.)?|MAY|JUNE?|JULY?"
    r"|AUG(?:UST|\.)?|SEPT?(?:EMBER|\.)?|OCT(?:OBER|\.)?|NOV(?:EMBER|\.)?|DEC(?:EMBER|\.)?)"
)
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        words(
            """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
            twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
            nineteenth twentieth"""
        )
    )
} | {"thirtieth": 30}
# "on the first of August": spelled-out day of a month.
_ORD_RE = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Every alternative starts at a word boundary; the leading \b rejects other positions once,
# the first-character look-ahead (`guarded`) most of the rest.
DATE_RE = guarded(
    rf"\b(?:(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|\b(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    rf"|\b(?P<day2>\d{{1,2}}|{_ORD_RE})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON})"
    rf"(?:,?\s+(?P<year2>\d{{4}})\b)?"
    rf"|\b(?:(?P<rel>next|this|last|coming)\s+)?(?P<wd>{_WD})\b"
    # holidays on a fixed day: "On New Year's Day, the rate ... is scheduled to rise"
    r"|\b(?P<holiday>New Year['\u2019]s Day|Canada Day|Independence Day|Christmas Day"
    r"|Boxing Day|Remembrance Day|Veterans Day"
    # and on a weekday of a month: "lifted its counter-tariffs on Labour Day"
    r"|Labou?r Day|Memorial Day|Victoria Day|Family Day|Presidents['\u2019]? Day)\b"
    # "at the start of the month": its first day
    # ("which took effect on the first of this month")
    r"|\b(?P<monthstart>(?:[Aa]t\s+)?the\s+(?:start|beginning|first(?:\s+day)?)\s+of\s+"
    r"(?:the|this)\s+month)\b"
    # "starting on the first day of next month": the first of the next month
    r"|\b(?P<nextfirst>the\s+first\s+(?:day\s+)?of\s+(?:the\s+)?(?:next|following|coming)\s+month)\b"
    # Sentence-initial "Today, ..." is capitalised.
    + r"|\b(?P<word>"
    + case_blind(
        "today|tomorrow|yesterday|tonight|overnight|immediately|next month"
        "|this (?:morning|afternoon|evening)",
        depth=3,  # three letters deep: ~10% faster, same matches
    )
    + r")\b"
    r"|\b(?:in|within)\s+(?P<ndays>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>days|weeks)\b"
    # "two weeks ago", "three days ago": counted back from publication
    r"|\b(?P<ago>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+(?P<aunit>days?|weeks?)\s+ago\b"
    # "three days later": counted from the day named before it in the sentence
    r"|\b(?P<later>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<lunit>days|weeks)\s+later\b"
    # "took effect on the 4th": a day of the story's month
    r"|\bon\s+the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])"
    r"(?:\s+of\s+(?P<nthrel>last|this|next)\s+month\b)?"
    # "kick in a week from today", "two weeks from now"
    r"|\b(?P<nweeks>a|one|two|three|four)\s+weeks?\s+from\s+(?:today|now)\b"
    # "12:01 a.m. Eastern on March 4", "12:01 a.m. eastern daylight time on October 14":
    # the named day that follows, past a time zone, is the date
    r"|\b(?:at\s+)?(?P<midnight>midnight|12:01\s*a\.m\.)"
    r"(?!(?:\s+(?i:eastern|pacific|central|local|ET|EDT|EST)(?:\s+(?i:daylight|standard))?"
    r"(?:\s+(?i:time))?)?,?\s+(?:on\s+)?(?:(?:next|this|coming)\s+)?(?:\w+day|Jan|Feb|Mar|Apr|"
    r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|tonight|tomorrow|\d)))",
)
_PAST = re.compile(
    r"\b(?:took|went|came|kicked|began|started|imposed|lifted|removed|paused|suspended|"
    r"was|were|had|have been|has been|ended|dropped|scrapped|announced|applied|slapped|"
    r"collected|rescinded|revoked|delayed|postponed|exempted|cut|reduced|last|pulled|signed|"
    r"raised|retaliated|said|hit|unveiled|ordered|ruled|filed|met|spoke|put|set|held|kept|"
    r"struck|made|gave|told|wrote|took|rose|fell|grew|sank|broke|got|left|brought|sent|"
    r"sought|drew|froze|won|lost|paid|sold|bought|stood|fought|swung|shrank|spent|became|"
    # "the administration let the exemption expire at midnight on Thursday"
    r"let(?=\s+(?:the|its|his|her|their|a|an)\s)|"
    # (participles that describe, not a past act: "electricity included", "U.S.-based")
    r"(?!(?:scheduled|expected|planned|proposed|slated|delayed|included|based|related"
    r"|concerned)\b)\w{3,}ed)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|to take|takes effect|take effect|set to|starting|beginning|"
    r"(?:promised|planned|set|due) for|due|"
    r"scheduled|slated|is to|are to|next|coming|as of|no later than"
    # "threatened on social media to sign an order on January 20": a day ahead
    r"|threaten(?:s|ed|ing)?(?:\s+[\w-]+){0,4}?\s+to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: date


def _ymd(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(
    mon: str, day: str, year: str | None, pub: date | None, tense: str = ""
) -> date | None:
    m = _MONTHS.get(mon[:3].lower())
    if m is None:
        return None
    if year:
        return _ymd(int(year), m, int(day))
    if pub is None:
        return None
    days = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _ymd(y, m, int(day)))]
    return _nearest(days, pub, tense)


def _nearest(days: list[date], pub: date, tense: str) -> date | None:
    """Of the same day in three years: the next one for a future clause ("starting Nov.
    1"), the last one for a past clause, else the one closest to publication."""
    slack = timedelta(days=31)  # recaps use the present tense for recent days
    if tense == "future":
        ahead = [d for d in days if d >= pub - slack]
        if ahead:
            return ahead[0]
    if tense == "past":
        behind = [d for d in days if d <= pub + slack]
        if behind:
            return behind[-1]
    return min(days, key=lambda d: abs((d - pub).days), default=None)


def _tense(local: str, prefix: str = "") -> str:
    """Tense of the clause around a day; `prefix`, the sentence up to the day, is read for a
    verb of telling in the past before a "would"."""
    future = _FUTURE.search(local)
    if future:
        if future.group().lower() == "would" and _TOLD_BEFORE.search(
            prefix or local[: future.start()]
        ):
            # "had written on July 10 that Canadian goods would face 35 per cent from August
            # 1": a future told in the past, the day nearest the story's
            return ""
        return "future"
    return "past" if _PAST.search(local) else ""


_TOLD_BEFORE = re.compile(r"\b(?:had\s+(?:written|said|told|announced|warned)|wrote)\b", re.I)


def _weekday(name: str, rel: str | None, pub: date, past: bool) -> date:
    target = _WEEKDAYS.index(name.lower())
    ahead = (target - pub.weekday()) % 7
    if rel == "next":
        return pub + timedelta(days=ahead or 7)
    if rel == "last" or (past and rel is None):
        back = (pub.weekday() - target) % 7
        if rel == "last" and back == 0:
            back = 7  # "last Friday" written on a Friday is a week ago ("Friday" may be today)
        return pub - timedelta(days=back)
    return pub + timedelta(days=ahead)


def _nth_of_month(day: int, pub: date, tense: str) -> date | None:
    """ "on the 4th": that day of the story's month, or of the month before when a past
    clause names a day still ahead (the next month for a future one already gone)."""
    year, month = pub.year, pub.month
    if tense == "past" and day > pub.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif tense == "future" and day < pub.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _ymd(year, month, day)


def _relative(word: str, pub: date) -> date:
    w = word.lower()
    if w == "tomorrow":
        return pub + timedelta(days=1)
    if w == "yesterday":
        return pub - timedelta(days=1)
    if w == "next month":
        return date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1)
    return pub


def count_word(word: str) -> int | None:
    """21, "seven", "twenty-one" -> int; None for other words (rates.word_number reads
    the number words of both rates and counts of days)."""
    if word.isdigit():
        return int(word)
    value = word_number(word)
    return int(value) if value is not None and value.is_integer() else None


_MIDNIGHT_BEFORE = re.compile(r"midnight\s+$", re.IGNORECASE)
_OF_REL_YEAR = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)
_EARLIER_BEFORE = re.compile(r"\b[Ee]arlier\s+(?:on\s+)?$")
_FROM_DAY_BEFORE = re.compile(r"\b(?:from|as\s+early\s+as|no\s+later\s+than|until|by)\s+$")
# a day the measure starts on is read by its own cue ("both taking effect Tuesday")
_EFFECT_WORD = re.compile(
    r"\b(?:effective|taking\s+effect|kick(?:s|ing)?\s+in|begin(?:s|ning)?|start(?:s|ing)?)\b", re.I
)
_SINCE_BEFORE = re.compile(
    r"\b[Ss]ince\s+(?:(?:midnight|12:01(?:\s*a\.m\.)?|noon)(?:\s+\w+)?\s+)?(?:(?:on|last)\s+)?$"
)


# "Canada Day 2018": the year written after a holiday
_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")
# "As of Tuesday, lumber pays a 10 per cent duty": heading the sentence, in force since that
# day, unless the sentence looks ahead ("As of Tuesday, lumber will pay").
_AS_OF_BEFORE = re.compile(r"\b[Aa]s\s+of\s+(?:(?:midnight|12:01\s*a\.m\.)\s+)?$")
_MODAL_AHEAD = re.compile(
    r"\b(?:will|would|shall|is to|are to|set to|scheduled|slated|plans?|planned)\b", re.IGNORECASE
)


def _monday(year: int, month: int, nth: int) -> date:
    """The nth Monday of the month (nth = -1: the last; -2: the last on or before the 24th,
    Victoria Day's rule)."""
    if nth == -2:
        day = date(year, month, 24)
        return day - timedelta(days=day.weekday())
    if nth == -1:
        nxt = date(year + month // 12, month % 12 + 1, 1)
        day = nxt - timedelta(days=1)
        return day - timedelta(days=day.weekday())
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (nth - 1))


# Holidays on a Monday of a month: (month, which Monday).
_MONDAY_HOLIDAYS = {
    "labour day": (9, 1),
    "labor day": (9, 1),
    "memorial day": (5, -1),
    "victoria day": (5, -2),
    "family day": (2, 3),
    "presidents day": (2, 3),
}
_HOLIDAYS = {
    "new year": ("Jan", "1"),
    "canada day": ("Jul", "1"),
    "independence day": ("Jul", "4"),
    "christmas day": ("Dec", "25"),
    "boxing day": ("Dec", "26"),
    "remembrance day": ("Nov", "11"),
    "veterans day": ("Nov", "11"),
}

_BARE_EFFECTIVE_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bare )\beffective\s+(?:on\s+)?$", re.I
)
_AHEAD_BEFORE = re.compile(
    r"\b(?:begins|starts|kicks\s+in|takes\s+effect|taking\s+effect|comes\s+into\s+(?:force|effect)|will\s+\w+"
    r"|(?:is|are)\s+due|(?:is|are)\s+set\s+to\s+\w+)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def is_past(clause: str) -> bool:
    """Past tense without a future marker (for weekday direction)."""
    return bool(_PAST.search(clause)) and not _FUTURE.search(clause)


def find_dates(text: str, start: int, end: int, pub: date | None) -> list[DateMention]:
    """All resolvable date mentions in text[start:end]."""
    out: list[DateMention] = []
    weekdays: set[int] = set()  # indexes of weekday mentions in out
    past = None
    dated: date | None = None  # the last day written with its year on this line
    prev_weekday: tuple[date, int] | None = None  # the last weekday, read as past, and its end
    dated_end = start
    for m in DATE_RE.finditer(text, start, end):
        value: date | None = None
        if m.group("iso"):
            try:
                value = date.fromisoformat(m.group("iso"))
            except ValueError:
                value = None
        elif m.group("mon") or m.group("mon2"):
            local = text[max(start, m.start() - 70) : min(end, m.end() + 15)]
            year = m.group("year") or m.group("year2")
            back = text[max(0, m.start() - 200) : m.start()]
            tense = "" if year else _tense(local, back[back.rfind(". ") + 1 :])
            if not year and _SINCE_BEFORE.search(text, max(start, m.start() - 30), m.start()):
                tense = "past"  # "in place since March 13, will stay": "since" looks back
            as_of = _AS_OF_BEFORE.search(text, max(start, m.start() - 25), m.start())
            if (
                tense == "future"
                and as_of
                and not text[start : as_of.start()].strip()  # heading the sentence
                and not _MODAL_AHEAD.search(text, start, end)
                and is_past(text[m.end() : end])
            ):
                tense = "past"  # "As of Sept. 1, Ottawa dropped ...": "as of" has no tense
            if not tense and not year and _is_entry_head(text, m.start()):
                tense = "past"  # "Feb. 1 — Trump orders ...": a timeline tells what happened
            if dated is not None and "\n" in text[dated_end : m.start()]:
                dated = None  # another line: a timeline's next entry has its own year
            # "May 17, 2019: ... a deal to lift the tariffs, which end on May 20": a day
            # with no year after one with a year is read in that year's time.
            if dated is None and not year and pub is not None:
                dated = _dated_before(text, m.start(), pub)
                dated_end = m.start()
            anchor = pub if year or dated is None else dated
            rel_year = _OF_REL_YEAR.match(text, m.end(), end) if not year and pub else None
            if rel_year and pub is not None:
                # "April 3 of last year", "Jan. 1 of next year", "on March 4 last year"
                year = str(pub.year + {"last": -1, "this": 0, "next": 1}[rel_year.group(1).lower()])
            if m.group("mon"):
                value = _month_day(m.group("mon"), m.group("day"), year, anchor, tense)
            else:
                day = str(_ORDINALS.get(m.group("day2").lower(), m.group("day2")))
                value = _month_day(m.group("mon2"), day, year, anchor, tense)
            if (m.group("year") or m.group("year2")) and value is not None:
                # (a year told relatively, "June 1 of last year", dates only its own day)
                dated, dated_end = value, m.end()
        elif pub is not None and m.group("wd"):
            # The tense around the weekday, not the whole sentence: "Late on Sunday, Canada
            # said it would ..." is last Sunday.
            local = text[max(start, m.start() - 70) : min(end, m.end() + 15)]
            # "Since 12:01 a.m. Thursday, vehicles face ...": "since" looks back.
            since = _SINCE_BEFORE.search(text, max(start, m.start() - 30), m.start())
            # "..., which begins Saturday": the verb right before the day looks ahead.
            ahead = _AHEAD_BEFORE.search(text, max(start, m.start() - 25), m.start())
            as_of = _AS_OF_BEFORE.search(text, max(start, m.start() - 25), m.start())
            if (
                as_of
                and not text[start : as_of.start()].strip()  # heading the sentence
                and text.startswith(",", m.end())
                and not _MODAL_AHEAD.search(text, start, end)
            ):
                since = as_of
            past = (is_past(local) and not ahead) or bool(since)
            if (
                not past
                and not ahead
                and not _FUTURE.search(local)
                and not _EFFECT_WORD.search(local)
                and not _FROM_DAY_BEFORE.search(text, max(start, m.start() - 20), m.start())
            ):
                # "Ottawa lifted its counter-tariffs on American goods that comply with CUSMA
                # on Monday": the clause's verb, further back; "Earlier on Tuesday, ..."
                past = (
                    is_past(text[start : m.start()])
                    or bool(_EARLIER_BEFORE.search(text, max(start, m.start() - 20), m.start()))
                    # "At 12:01 a.m. Friday, the tariff went from 25 to 35 per cent": the
                    # verb comes after the day, and nothing in the sentence looks ahead
                    or is_past(text[start:end])
                )
            if (
                not past
                and not ahead
                and prev_weekday is None  # "On Saturday he signed ..., effective Tuesday"
                and _BARE_EFFECTIVE_BEFORE.search(text, max(start, m.start() - 25), m.start())
                and not _MODAL_AHEAD.search(text, start, end)
            ):
                # "The same proclamation put a 25 per cent tariff on cabinets, also effective
                # Tuesday": "effective" has no tense of its own; the clause's verb gives it
                past = is_past(text[start : m.start()])
            value = _weekday(m.group("wd"), m.group("rel"), pub, past)
            if (
                not past
                and m.group("rel") is None
                and prev_weekday is not None
                and _EFFECT_WORD.search(text, max(start, m.start() - 20), m.start())
                and _PAST.search(text, start, m.start()) is not None
            ):
                # "On Thursday, Trump signed an order ..., starting Friday": the first such
                # day after the one the sentence told in the past tense, if not still ahead
                told = prev_weekday[0]
                after = told + timedelta(
                    days=(_WEEKDAYS.index(m.group("wd").lower()) - told.weekday()) % 7 or 7
                )
                if after <= pub:
                    value = after
            if m.group("rel") in (None, "last"):
                prev_weekday = (_weekday(m.group("wd"), m.group("rel"), pub, True), m.end())
        elif m.group("holiday"):
            local = text[max(start, m.start() - 70) : min(end, m.end() + 70)]
            key = m.group("holiday").lower().replace("'", "").replace("\u2019", "")
            # "Canada Day 2018": the year written after the day
            written = _YEAR_AFTER.match(text, m.end(), end)
            if key in _MONDAY_HOLIDAYS and written is not None:
                value = _monday(int(written.group(1)), *_MONDAY_HOLIDAYS[key])
            elif written is not None:
                mon, day = _HOLIDAYS["new year" if key.startswith("new year") else key]
                value = _month_day(mon, day, written.group(1), pub, "")
            elif key in _MONDAY_HOLIDAYS and pub is not None:
                month, nth = _MONDAY_HOLIDAYS[key]
                years = (pub.year - 1, pub.year, pub.year + 1)
                value = _nearest([_monday(y, month, nth) for y in years], pub, _tense(local))
            elif key in _MONDAY_HOLIDAYS:
                value = None
            else:
                mon, day = _HOLIDAYS["new year" if key.startswith("new year") else key]
                value = _month_day(mon, day, None, pub, _tense(local))
        elif pub is not None and m.group("monthstart"):
            value = pub.replace(day=1)
            local = text[max(start, m.start() - 70) : m.start()]
            if pub.day > 1 and _tense(local) == "future":
                value = date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1)
        elif pub is not None and m.group("nextfirst"):
            value = _relative("next month", pub)
        elif pub is not None and m.group("nweeks"):
            n = 1 if m.group("nweeks") == "a" else count_word(m.group("nweeks")) or 1
            value = pub + timedelta(days=7 * n)
        elif pub is not None and m.group("ndays"):
            # "will be imposed in 21 days", "in three weeks": counted from publication.
            n = count_word(m.group("ndays"))
            value = (
                pub + timedelta(days=n * (7 if m.group("unit") == "weeks" else 1)) if n else None
            )
        elif pub is not None and m.group("ago"):
            word = m.group("ago").lower()
            n = 1 if word in ("a", "one") else count_word(word)
            if n:
                value = pub - timedelta(days=n * (7 if m.group("aunit").startswith("week") else 1))
        elif m.group("later"):
            n = count_word(m.group("later"))
            if n and out:
                value = out[-1].value + timedelta(
                    days=n * (7 if m.group("lunit") == "weeks" else 1)
                )
        elif pub is not None and m.group("nth"):
            local = text[max(start, m.start() - 70) : min(end, m.end() + 15)]
            rel = m.group("nthrel")
            if rel:
                # "on the 4th of last month"
                month = pub.month + {"last": -1, "this": 0, "next": 1}[rel]
                year = pub.year + (month - 1) // 12
                value = _ymd(year, (month - 1) % 12 + 1, int(m.group("nth")))
            else:
                value = _nth_of_month(int(m.group("nth")), pub, _tense(local))
        elif pub is not None and m.group("word"):
            value = _relative(m.group("word"), pub)
            if (
                value
                and m.group("word").lower() == "tonight"
                and _MIDNIGHT_BEFORE.search(text, max(start, m.start() - 12), m.start())
            ):
                value += timedelta(days=1)  # "at midnight tonight": the next day begins
        elif pub is not None and m.group("midnight"):
            # "took effect at midnight": the publication day; "will take effect at
            # midnight": the start of the next day.
            if past is None:
                past = is_past(text[start:end])
            value = pub if past else pub + timedelta(days=1)
        if value is not None:
            out.append(DateMention(m.start(), m.end(), value))
            if m.group("wd"):
                weekdays.add(len(out) - 1)
    return _weekday_with_date(text, out, weekdays)


# ("In June 2018 Washington put ... and Canada answered on July 1": a month and its year
# date the clause after it too)
_YEAR_DATE = re.compile(
    rf"\b(?P<mon>{_MON})\s+(?:(?P<day>\d{{1,2}}),?\s+)?(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b"
)


# A timeline entry headed by a day without its year: "Feb. 1 — Trump orders ... to start
# Feb. 4." (the dash or colon after the day; at the start of its line).
_ENTRY_DAY = re.compile(rf"[ \t*\u2022-]*(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})\s*[\u2013\u2014:-]\s")


def _entry_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """The timeline-entry day ("Feb. 1 — ...") heading the line that holds `start`, read up
    to `end`; None when there is none or the line began more than 200 characters back (a
    bounded look back, so a text with no line breaks costs no more)."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if line_start == 0 and start > 200:
        return None
    return _ENTRY_DAY.match(text, line_start, end)


def _is_entry_head(text: str, start: int) -> bool:
    """The day at `start` heads its line as a timeline entry."""
    head = _entry_head(text, start, len(text))
    return head is not None and head.start("mon") == start


def _dated_before(text: str, start: int, pub: date) -> date | None:
    """The last day written with its year on the same line before `start` (a clause read
    on its own still belongs to "May 17, 2019: ..."), else the day heading the line's
    timeline entry (a past day: the entry reports what happened), else None."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    last = None
    for m in _YEAR_DATE.finditer(text, max(line_start, start - 200), start):
        last = m
    if last is None:
        head = _entry_head(text, start, start)
        if head is None:
            return None
        return _month_day(head.group("mon"), head.group("day"), None, pub, "past")
    return _month_day(last.group("mon"), last.group("day") or "15", last.group("year"), pub)


def _weekday_with_date(text: str, out: list[DateMention], weekdays: set[int]) -> list[DateMention]:
    """ "Monday, September 1": the calendar date names the day, whatever the tense says
    about the weekday's direction."""
    for i in weekdays:
        if i + 1 < len(out) and i + 1 not in weekdays:
            wd, nxt = out[i], out[i + 1]
            if text[wd.end : nxt.start] in (", ", " "):
                out[i] = DateMention(wd.start, wd.end, nxt.value)
    return out
