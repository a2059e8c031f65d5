"""Duty rates ("25%", "25 per cent", "twenty-five percent", "from 25 to 35 per cent") and
money amounts ("C$30 billion", "$125-billion", "US$2.5 billion")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.gazetteer import guarded

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORDNUM = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(k for k in _UNITS if _UNITS[k] < 10)}))?"
    # ("several hundred per cent" is no rate)
    r"|(?:one |a )?(?<!several )(?<!few )(?<!many )hundred"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
)
_NUM = rf"(?:\d+(?:\.\d+)?|{_WORDNUM})"
_PCT = r"\s?(?:%|-?per[- ]?cent\b|-?percent\b|pct\b)"
RATE_RE = guarded(
    rf"(?:\bfrom\s+(?P<old>{_NUM})(?:{_PCT})?\s+(?:(?:up|down)\s+)?to\s+)?(?<![\w.])(?P<num>{_NUM}){_PCT}"
    # "from 25 per cent down to 15": the new rate without its own sign
    rf"|\bfrom\s+(?P<old2>{_NUM}){_PCT}\s+(?:(?:up|down)\s+)?to\s+(?P<num2>\d+(?:\.\d+)?)\b"
    r"(?![.,]?\d|\s*(?:billion|million|days?|weeks?|months?|years?|cents?|dollars?|tonnes?))",
    re.IGNORECASE,
)
# A sum of duties: "a total of about", "a combined rate of".
_TOTAL = (
    r"(?:total(?:l?ing)?|combined(?:\s+rate|\s+total|\s+duty)?)(?:\s+of)?"
    r"(?:\s+(?:about|roughly|around|nearly|almost|some|close\s+to))?"
)
# Percentages that describe shares or changes, not duty rates.
# ("25 per cent of its own on American goods" is a rate: the side's own duty)
_NOT_RATE_AFTER = re.compile(
    r"\s*(?:of\b(?!\s+(?:its|their)\s+own\b)|points?\b|percentage\b|share\b|stake\b)", re.I
)
_NOT_RATE_BEFORE = re.compile(
    r"(?:\b(?:fell|rose|dropped|declined|grew|jumped|slid|slipped|climbed|surged|plunged|"
    r"gained|lost|up|down|by|accounts? for|represents?|"
    r"unemployment|inflation|GDP|growth|poll|survey|per cent of|"
    # "a rate of 3%" may be interest or growth; "a lower/tariff rate of 10%" is a duty
    r"(?<!lower )(?<!higher )(?<!reduced )(?<!tariff )(?<!duty )(?<!same )(?<!countervailing )"
    r"(?<!dumping )rate of|"
    # totals and bounds are no single duty: "will pay more than 45 per cent"
    r"past|beyond|above|exceeding|more than|at least|upwards of"
    # "will face a total of about 45 per cent", "for a combined rate of about 45 per cent"
    rf"|{_TOTAL}"
    r"|in excess of)"
    # "raised input costs by about 4 percent"
    r"(?:\s+(?:about|roughly|around|nearly|almost|some|just|only))?"
    r"\s*)$",
    re.IGNORECASE,
)
# "increasing the tariff on Canada by 10%": the increment is the added duty.
_INCREASE_BY = re.compile(
    r"\b(?:rais|increas|hik|boost)\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
    r"by\s+(?:another\s+|an\s+(?:additional|extra)\s+)?"
    r"(?:(?:about|roughly|around|nearly|almost|some)\s+)?$",
    re.IGNORECASE,
)
TRADE_REMEDY = re.compile(r"\b(?:anti-?dumping|countervailing)\b", re.IGNORECASE)
_LUMBER_DUTIES = re.compile(
    r"\b(?:softwood|lumber)\b[^.;]{0,40}?\bdut(?:y|ies)\b|\bdut(?:y|ies)\b[^.;]{0,40}?\b(?:softwood"
    r"|lumber)\b",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(rf"\b{_TOTAL}\s+$", re.IGNORECASE)
_TOTAL_OF = re.compile(
    r"\b(?:for|to|bringing\s+(?:it|the\s+(?:total|rate|duty|tariff))\s+to)\s+a\s+"
    r"(?:combined\s+)?total\s+of\s+$",
    re.IGNORECASE,
)
_BRINGING_TOTAL = re.compile(
    r"\bbring(?:s|ing)?\s+(?:the\s+|their\s+|its\s+)?(?:combined\s+)?total\s+(?:[\w-]+\s+){0,6}?"
    r"to\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
_ADDED = re.compile(r"\b(?:another|additional|extra|further)\s+$", re.IGNORECASE)
_UP_FROM = re.compile(
    r"\b(?:(?:up|down|rising|falling)\s+from|instead\s+of|in\s+place\s+of|rather\s+than|replacing"
    r"|compared\s+(?:with|to)"
    # "a 50 per cent tariff ..., double the 25 per cent rate in force since March"
    r"|(?:double|triple|twice|half)(?=\s+the\b))\s+"
    r"(?:the\s+)?(?:current\s+|existing\s+|previous\s+|old\s+)?"
    r"(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    # "will fall to 25 percent", "set to climb to 50%": intransitive changes too
    r"\b(?:rais|increas|hik|boost|doubl|bump|lift|cut|reduc|lower|slash|trim|eas|fall|fell"
    r"|drop|declin|climb|rose|rise|rising)\w*",
    re.IGNORECASE,
)

_MAY_HAVE_RATE = re.compile(r"%|per|pct", re.IGNORECASE)
_CURRENCY_CODE = re.compile(r"USD|CAD")
MONEY_RE = re.compile(
    r"(?P<cur>C\$|CA\$|CAN\$|Cdn\$|CDN\$|US\$|U\.S\.\s?\$|USD\s?\$?|CAD\s?\$?|\$)\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?-?\s?(?P<mult>trillion|billion|million|bn|B|M|T)\b)?"
    r"(?:\s+(?P<cur2>Canadian|U\.S\.|US|American)\s+dollars)?",
)
_MULT = {"trillion": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
         "m": 1e6}  # fmt: skip
_VALUE_CONTEXT_BEFORE = re.compile(
    r"\b(?:on|covering|cover|targeting|target|against|affecting|hitting|hit|worth|"
    r"list of|package of|tranche of"
    # "the remaining $125 billion", "the first $30 billion": a tranche named by its value
    r"|remaining|first|second|further|another)\s+(?:about |roughly |some |an estimated |nearly |"
    r"almost |more than |up to |over |another |a further |an additional |the )?$",
    re.IGNORECASE,
)
_VALUE_CONTEXT_AFTER = re.compile(
    r"\s*(?:\(.{0,30}?\)\s*)?(?:(?:worth|in|of)\b(?:\s+[\w.-]+){0,4}?\s+"
    r"(?:goods|imports|products|exports|items|counter-tariffs|tariffs|retaliat)"
    r"|(?:[\w-]+\s+){0,2}?(?:counter-?tariffs?|tariffs?|retaliat\w*|package|list|duties)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RateMention:
    start: int
    end: int
    value: float
    old: float | None  # "from 25 to 35": 25


@dataclass(frozen=True, slots=True)
class MoneyMention:
    start: int
    end: int
    amount: float
    currency: str | None  # None: bare "$", decided by who speaks


def word_number(s: str) -> float | None:
    s = s.lower().strip()
    try:
        return float(s)
    except ValueError:
        pass
    if "hundred" in s:
        return 100.0
    parts = re.split(r"[- ]", s)
    total = 0
    for p in parts:
        if p in _TENS:
            total += _TENS[p]
        elif p in _UNITS:
            total += _UNITS[p]
        else:
            return None
    return float(total)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$")
_HAD_BEEN_BEFORE = re.compile(
    r"\b(?:rate|tariff|duty|levy)\s+(?:had\s+been|was\s+previously|used\s+to\s+be)\s+$", re.I
)
_RANGE_BEFORE = re.compile(
    r"\b(?:range[sd]?|ranging|runs?|running|var(?:y|ies|ied|ying))\s+(?:from\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:[\d.]+\s+to\s+(?:(?:about|around|nearly|almost)\s+)?)?$"
)
_JUST_FROM = re.compile(r",?\s+from\s+(?:the\s+)?")


# "pays ten per cent, not twenty-five": the rate it replaced
_NOT_INSTEAD_AFTER = re.compile(
    r"(?:,\s+not|,?\s+(?:at\s+the\s+border\s+)?(?:instead\s+of|rather\s+than|down\s+from))"
    r"\s+(?:the\s+)?(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\b(?!\s+(?:per|%))"
)


def find_rates(text: str, start: int, end: int) -> list[RateMention]:
    """Duty-rate percentages in text[start:end]; "from X to Y" keeps Y (with X as old)."""
    out: list[RateMention] = []
    if not _MAY_HAVE_RATE.search(text, start, end):
        return out  # every rate has "%", "per cent", "percent" or "pct": skip the scan
    # Anti-dumping and countervailing duties are quoted as one combined rate: "which together
    # total 35.19 percent" is their rate.
    # ("softwood lumber duties ... cut to a combined 8.59 per cent": the same remedy duties)
    trade_remedy = (
        TRADE_REMEDY.search(text, start, end) is not None
        or _LUMBER_DUTIES.search(text, start, end) is not None
    )
    for m in RATE_RE.finditer(text, start, end):
        if _NOT_RATE_AFTER.match(text, m.end(), end):
            continue
        num, old_num = m.group("num") or m.group("num2"), m.group("old") or m.group("old2")
        before = text[max(start, m.start() - 25) : m.start()]
        if _RANGE_BEFORE.search(text, max(start, m.start() - 45), m.start()):
            continue  # "tariffs that range from 241 to 298 per cent": a span, no one rate
        if (
            out
            and not old_num
            and _TOTAL_OF.search(before)
            and _ADDED.search(text, max(start, out[-1].start - 30), out[-1].start)
        ):
            # "add another 25 per cent to the tariff, for a total of 50 per cent": the total is
            # the new rate, the added duty its step.
            v = word_number(num)
            if v is not None and v > out[-1].value:
                out[-1] = RateMention(m.start("num"), m.end(), v, v - out[-1].value)
            continue
        if (
            out
            and not old_num
            and (
                _TOTAL_BEFORE.search(before)
                or _BRINGING_TOTAL.search(text, max(start, m.start() - 90), m.start())
            )
        ):
            # "set the countervailing duty at 14.38 per cent, bringing the total to 35.19 per
            # cent", "a combined rate of 35 per cent ..., for a total of about 45 per cent": the
            # sum of rates the sentence already named
            continue
        # "rose from 25 to 35 per cent" names both rates: a duty change, not a share.
        if (
            not old_num
            and _NOT_RATE_BEFORE.search(before)
            and not _INCREASE_BY.search(text, max(start, m.start() - 60), m.start())
            and not (_TOTAL_BEFORE.search(before) and trade_remedy)
        ):
            continue
        v = word_number(num)
        if out and _UP_FROM.search(before) and v is not None and 0 < v <= 1000:
            # "35 percent ..., up from the current 25 percent", "25 per cent, down from 50
            # per cent": the old rate of the last one.
            out[-1] = RateMention(out[-1].start, out[-1].end, out[-1].value, v)
            continue
        if out and not old_num and _HAD_BEEN_BEFORE.search(before) and v is not None:
            # "a 35% tariff has applied since August 1; the rate had been 25% since March":
            # the old rate of the last one
            out[-1] = RateMention(out[-1].start, out[-1].end, out[-1].value, v)
            continue
        if not old_num and _FROM_BEFORE.search(before):
            if out and v is not None and _JUST_FROM.fullmatch(text, out[-1].end, m.start()):
                # "cut the rate to 8.59 per cent from 17.91 per cent": the old rate of the last
                out[-1] = RateMention(out[-1].start, out[-1].end, out[-1].value, v)
            continue  # "raising the rate from 25 per cent": the old rate, the new one elsewhere
        if v is None or v <= 0 or v > 1000:
            continue
        old = word_number(old_num) if old_num else None
        instead = _NOT_INSTEAD_AFTER.match(text, m.end(), end) if old is None else None
        if instead:
            old = word_number(instead.group(1))  # "pays ten per cent, not twenty-five"
        num_start = m.start("num") if m.group("num") else m.start("num2")
        out.append(RateMention(num_start, m.end(), v, old))
    if not out:
        out = _factbox_rate(text, start, end)
    return _drop_superseded(text, start, end, out)


# A "by the numbers" line: "35 — The US tariff, in per cent, on Canadian goods ..."
_FACTBOX_LINE = re.compile(r"(?m)^[ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*[\u2014\u2013][ \t]")
_IN_PER_CENT = re.compile(r"\bin (?:per ?cent|percent)\b", re.IGNORECASE)


def _factbox_rate(text: str, start: int, end: int) -> list[RateMention]:
    """The figure that opens a factbox line whose text says it is "in per cent"."""
    m = _FACTBOX_LINE.match(text, start)
    if m is None or not _IN_PER_CENT.search(text, m.end(), end):
        return []
    value = float(m.group(1))
    return [RateMention(m.start(1), m.end(1), value, None)] if 0 < value <= 1000 else []


SCHEDULED_RISE = re.compile(
    r"(?:,|\band)\s+(?:\w+\s+){0,6}?(?:rising|climbing|jumping|increasing|going\s+up"
    r"|(?:set|due|scheduled)\s+to\s+(?:rise|climb|jump|increase|go\s+up))\s+to\s+$",
    re.IGNORECASE,
)


def _drop_superseded(
    text: str, start: int, end: int, rates: list[RateMention]
) -> list[RateMention]:
    """With a change verb ("raise the 25% tariff to 35%"), keep only the new rate."""
    if len(rates) < 2 or not _CHANGE.search(text, start, end):
        return rates
    if len(rates) == 2 and SCHEDULED_RISE.search(
        text, max(start, rates[1].start - 40), rates[1].start
    ):
        # "a 25 per cent tariff from Tuesday, rising to 50 per cent on January 1": a second
        # step set for a later day, a rate of its own
        return rates
    new = [r for r in rates if re.search(r"\bto\s+$", text[max(start, r.start - 6) : r.start])]
    if not new:
        return rates
    olds = {r.value for r in rates if r not in new}
    return [RateMention(r.start, r.end, r.value, r.old or min(olds, default=None)) for r in new]


def find_money(text: str, start: int, end: int) -> list[MoneyMention]:
    """Money amounts that a measure covers ("on $30 billion of U.S. goods")."""
    out: list[MoneyMention] = []
    if text.find("dollars", start, end) >= 0:
        out = _money_in_words(text, start, end)
    if text.find("$", start, end) < 0 and not _CURRENCY_CODE.search(text, start, end):
        return out  # no currency sign or code: no amount (a cheap check before the scan)
    for m in MONEY_RE.finditer(text, start, end):
        before = text[max(start, m.start() - 40) : m.start()]
        if not (_VALUE_CONTEXT_BEFORE.search(before) or _VALUE_CONTEXT_AFTER.match(text, m.end())):
            continue
        amount = float(m.group("num").replace(",", ""))
        mult = m.group("mult")
        if mult:
            amount *= _MULT[mult.lower()]
        out.append(MoneyMention(m.start(), m.end(), amount, _currency(m)))
    return out


# "125 billion dollars' worth", "30 billion Canadian dollars of goods": the amount in words
MONEY_WORDS_RE = re.compile(
    r"\b(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?P<mult>trillion|billion|million)\s+"
    r"(?:(?P<cur2>Canadian|U\.S\.|US|American)\s+)?dollars\b"
)


def _money_in_words(text: str, start: int, end: int) -> list[MoneyMention]:
    out = []
    for m in MONEY_WORDS_RE.finditer(text, start, end):
        before = text[max(start, m.start() - 40) : m.start()]
        if not (_VALUE_CONTEXT_BEFORE.search(before) or _VALUE_CONTEXT_AFTER.match(text, m.end())):
            continue
        amount = float(m.group("num").replace(",", "")) * _MULT[m.group("mult").lower()]
        cur = m.group("cur2")
        currency = None if cur is None else "CAD" if cur == "Canadian" else "USD"
        out.append(MoneyMention(m.start(), m.end(), amount, currency))
    return out


def _currency(m: re.Match[str]) -> str | None:
    cur = m.group("cur").upper().replace(" ", "")
    if m.group("cur2"):
        return "CAD" if m.group("cur2") == "Canadian" else "USD"
    if cur.startswith(("C$", "CA", "CDN")):
        return "CAD"
    if cur.startswith(("US", "U.S.")):
        return "USD"
    return None
