"""Rule-based extractor of Canada-US trade events (shared/TAXONOMY.md).

Public API: `EXTRACTOR_VERSION` and `extract(article) -> Extraction`. Pure Python plus the
YAML gazetteers in `data/`; every event names the rule that produced it in `Event.rule`
("tariff:counter-tariffs|status=announced|parties=explicit|date=effect-cue").

Pipeline per article:

1. `sentences` splits the text into sentences with exact offsets;
2. `actors` and `people` find countries, metonyms, provinces/states, institutions and
   office-holders once over the whole text (`gazetteer` compiles `data/*.yaml`);
3. a cheap stem prefilter skips sentences without any trigger word;
4. `events` runs the rules per sentence: triggers from `data/triggers.yaml`, parties from
   the actors' syntactic hints, status from `modality`, rates and money from `rates`,
   dates from `dates`, products from `products`; context carries across sentences;
5. candidates of one happening are merged; each event's legal authority and historical
   flag are read from its rule (`authority`); people and direct quotes (`quotes`) are
   listed for relevant articles only.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from itertools import combinations

from pipeline.extract.actors import Mention, find_actor_mentions, person_mentions
from pipeline.extract.authority import (
    authority_country,
    ended_years,
    historical_year,
    read_rule,
)
from pipeline.extract.events import (
    MEASURES,
    ArticleContext,
    Sentence,
    bucket,
    change_followup,
    effect_followup,
    followed_suit,
    goods_follow,
    list_followup,
    recent_countries,
    sentence_events,
    withdraw_pending,
)
from pipeline.extract.gazetteer import Gazetteer, gazetteer, lower_ascii
from pipeline.extract.people import TITLE_RE, PeopleFinder, PersonMention, city_country
from pipeline.extract.products import SECTORAL_GOODS
from pipeline.extract.quotes import find_quotes
from pipeline.extract.rates import TRADE_REMEDY
from pipeline.extract.sentences import split_sentences
from pipeline.extract.speakers import FIRST_PERSON, Speakers, speakers
from pipeline.models import ArticleInput, Event, Extraction, Person

__all__ = ["EXTRACTOR_VERSION", "extract"]

EXTRACTOR_VERSION = "rules-1.31"
_HISTORY_YEARS = 5  # contacts and talks older than this are background history
MAX_TEXT = 2_000_000  # characters read per article; beyond that the text is ignored

log = logging.getLogger(__name__)
# "PORTLAND, Ore. (Wire) - ": where the story was filed, not a party to it.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*(?:,\s+[A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?:\s+\([^)\n]{1,30}\))?\s+[-\u2013\u2014]+\s"
)
_US_CONTEXT = re.compile(r"\b(?:U\.S\.|United States|Trump|Washington|American|America)\b")


def extract(article: ArticleInput) -> Extraction:
    """Events and people of one article; never raises (errors land in `error`)."""
    art_id = str(getattr(article, "id", "") or "")
    try:
        return _extract(article, art_id)
    except Exception as exc:  # a bad article must not stop a batch
        log.exception("extractor failed on %s", art_id)
        return Extraction(id=art_id, relevant=False, error=f"{type(exc).__name__}: {exc}")


def _published(article: ArticleInput) -> date | None:
    pub = getattr(article, "published", None)
    if isinstance(pub, datetime):
        return pub.date()
    if isinstance(pub, date):
        return pub
    return None


def _extract(article: ArticleInput, art_id: str) -> Extraction:
    text = article.text if isinstance(article.text, str) else ""
    text = text[:MAX_TEXT]
    if not text.strip():
        return Extraction(id=art_id, relevant=False)
    gaz = gazetteer()
    pub = _published(article)
    spans = split_sentences(text)
    actors = find_actor_mentions(text, gaz, bool(_US_CONTEXT.search(text)))
    prefix_codes = _prefix_codes(text, actors)
    actor_ends = [(a.end, a.code, a.start) for a in actors if a.code]
    people = PeopleFinder(gaz, pub).find(text, 0, len(text), prefix_codes, actor_ends)
    actors = _demote_dateline(text, [a for a in actors if not _is_title_prefix(text, a)])
    mentions = sorted(actors + person_mentions(people), key=lambda m: m.start)
    countries = {m.country for m in mentions}
    low = lower_ascii(text)
    # Quotes are read before the events only where someone says "I" (their speakers act).
    quotes = find_quotes(text, people) if FIRST_PERSON.search(text) else None
    home = _home_country(text, actors)
    ctx = ArticleContext(
        text=text,
        low=low,
        published=pub,
        gaz=gaz,
        has_ca="CA" in countries,
        has_us="US" in countries,
        sports=len(gaz.lex["sports_context"].findall(low)) >= 2,
        speakers=speakers(text, people, quotes) if quotes is not None else Speakers(),
        home=home,
    )
    _run_sentences(ctx, gaz, spans, bucket(mentions, spans))
    events = _final_events(ctx.events, text, pub)
    relevant = bool(events)
    if relevant and quotes is None:
        quotes = find_quotes(text, people)
    return Extraction(
        id=art_id,
        relevant=relevant,
        events=events,
        people=_people(people, home) if relevant else [],
        quotes=(quotes or []) if relevant else [],
    )


def _run_sentences(
    ctx: ArticleContext,
    gaz: Gazetteer,
    spans: list[tuple[int, int]],
    per_sentence: list[list[Mention]],
) -> None:
    any_trigger = gaz.prefilter
    assert any_trigger is not None
    last_person: Mention | None = None
    for (start, end), ms in zip(spans, per_sentence, strict=True):
        found = 0
        read = any_trigger.search(ctx.low, start, end) is not None
        if read:  # sentence_events also sets ctx.prev_trade
            found = sentence_events(ctx, Sentence(start, end, list(ms)), last_person)
        if not found:
            effect_followup(ctx, Sentence(start, end, []))
            list_followup(ctx, Sentence(start, end, []))
            change_followup(ctx, Sentence(start, end, []))
            withdraw_pending(ctx, Sentence(start, end, []))
            goods_follow(ctx, Sentence(start, end, []))
            if ctx.last_measure is not None:
                followed_suit(ctx, Sentence(start, end, list(ms)))
            if not read:
                ctx.prev_trade = bool(gaz.lex["trade_context"].search(ctx.low, start, end))
        ctx.recent_countries = recent_countries(ctx.recent_countries, ms)
        for m in ms:
            if m.kind == "subdivision" or (m.kind == "person" and "-" in m.code):
                ctx.last_subdivision[m.country] = m.code
        persons = [m for m in ms if m.kind == "person"]
        if persons:
            last_person = _subject_person(ctx.text, start, persons)


# Only capitalised words (a title) before a person who opens the sentence.
# ... after a short lead-in that names no one: "Last night, President Trump posted a letter"
_HEAD_TITLE = re.compile(
    r"[\s\"'\u201c(]*(?:[A-Z][a-z]*(?:\s+[a-z]+){0,4},\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}"
)


def _subject_person(text: str, start: int, persons: list[Mention]) -> Mention:
    """Who a he/she of the next sentence most likely is: the person who opens this one
    ("President Trump agreed to pause the tariff after a call with Trudeau. The duty he had
    ordered ..." is Trump's), else the last person named."""
    head = persons[0]
    if not _HEAD_TITLE.fullmatch(text, start, head.start):
        return persons[-1]
    if len(persons) > 1 and _AND_TITLE.fullmatch(text, head.end, persons[1].start):
        return persons[-1]  # "Trudeau and President Trump met": no one subject; as before
    return head


_AND_TITLE = re.compile(r"\s+and\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}")


def _prefix_codes(text: str, actors: list[Mention]) -> dict[int, tuple[str, str]]:
    """Where a title could start right after an actor phrase ("Ontario Premier"): the
    actor's code and its words."""
    out: dict[int, tuple[str, str]] = {}
    for a in actors:
        pos = _title_start(text, a)
        if pos is not None:
            out[pos] = (a.code, text[a.start : pos - 1])
    return out


def _title_start(text: str, a: Mention) -> int | None:
    """Where a title would start if the actor phrase named its office: after one space
    ("Ontario Premier") or a possessive ("Canada's Prime Minister"), else None."""
    nxt = text[a.end : a.end + 3]
    if nxt[:1] == " ":
        return a.end + 1
    if nxt in ("'s ", "\u2019s "):
        return a.end + 3
    return None


def _find_dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of the story, or of its first paragraph after a byline
    ("By Jo Roe - Translated from the French\n\nOTTAWA - ...")."""
    found = _DATELINE.match(text)
    if found is not None or not text.startswith("By "):
        return found  # a correspondent's line ("Jo Roe, Washington correspondent") is posted
    pos = 0
    for _ in range(2):  # at most two short lines before the story starts
        nl = text.find("\n", pos, pos + 120)
        if nl < 0:
            return None
        pos = nl + 1
        while text[pos : pos + 1] == "\n":
            pos += 1
        found = _DATELINE.match(text, pos)
        if found is not None:
            return found
    return None


def _demote_dateline(text: str, actors: list[Mention]) -> list[Mention]:
    """A place in the dateline ("DETROIT, Mich. - ") says which country the story is
    about, but the state or province there does not act: it stands for its country."""
    dateline = _find_dateline(text)
    if dateline is None:
        return actors
    return [
        replace(a, code=a.country, kind="country", hint="location")
        if dateline.start() <= a.start and a.end <= dateline.end() and "-" in a.code
        else a
        for a in actors
    ]


def _is_title_prefix(text: str, a: Mention) -> bool:
    """The actor names the office of the title right after it ("Ontario Premier", "Canada's
    Prime Minister"); the dateline's "Alta. - Prime Minister" does not."""
    pos = _title_start(text, a)
    m = TITLE_RE.match(text, pos) if pos is not None else None
    return m is not None and m.group("title")[:1].isupper()


def _final_events(events: list[Event], text: str, pub: date | None) -> list[Event]:
    """Historical measures still reported as standing become `removed` when the article
    says such a measure ended in a past year ("the 2018 tariffs ... lifted in 2019").

    Every event gets its `authority` and `historical` fields from its rule's tokens.
    Historical events stay in the output, flagged: the taxonomy counts a measure that
    ended long ago as an event with the status the article reports, and the flag tells
    readers it is background rather than news of the day."""
    if pub is not None:
        # A call or a round of talks decades ago ("Pearson and Johnson met in 1964") is
        # history, not a contact or talks of the story's time; measures stay (the taxonomy
        # counts old measures with the status the article gives them).
        events = [
            e
            for e in events
            if e.type not in ("leader_contact", "trade_talks")
            or (historical_year(e.rule) or pub.year) > pub.year - _HISTORY_YEARS
        ]
    for e in events:
        e.authority, e.historical = read_rule(e.rule)
        # The sentence may name the other side's law ("counter-tariffs in response to the
        # Section 232 duties"): an authority belongs to an event of its own country only.
        if e.authority and not e.initiator.startswith(authority_country(e.authority)):
            e.authority = None
    standing = ("in_effect", "announced", "threatened")
    ended = ended_years(text, pub) if any(e.historical for e in events) else []
    for e in events:
        year = historical_year(e.rule) if e.historical else None
        # Only a measure that ended in or after its own year: "the 2018 tariffs ... lifted
        # in 2019" ends the 2018 tariffs, not one of 2020.
        end = next(((y, d) for y, d in ended if y >= year), None) if year else None
        if end is not None and e.type in MEASURES and e.status in standing:
            e.status = "removed"
            e.rule += "|status=ended-in-past-year"
            e.effective_date = end[1]  # the day it ended, if the article names it
    events = _without_answered_mentions(events)
    events = _without_package_totals(events)
    if pub is not None:
        _sibling_status(events, text, pub)
    _sibling_dates(events)
    if pub is not None:
        _start_ahead(events, pub)
    _tax_rate(events, text)
    return sorted(events, key=lambda e: e.char_start)


# A measure told as done ("imposed ... on Aug. 1") or as standing ("would remain in place
# until", "still", "already").
_PAST_ACT = re.compile(
    r"\b(?:imposed|took effect|came into (?:force|effect)|went into effect|kicked in|began"
    r"|started)\b"
)
_STANDS = re.compile(
    r"\b(?:remain|remains|stay|stays|still|continu\w*|already|until|(?:up|down) from)\b", re.I
)


def _start_ahead(events: list[Event], pub: date) -> None:
    """A measure in force from a day after the story's is announced, not in force: "Canada's
    25 per cent tariff on U.S.-built vehicles takes effect on Wednesday", told on Monday.
    (The day may come from the next sentence or a sibling, after the status was read.)"""
    for e in events:
        ahead = "|status=date-ahead" in e.rule  # made "announced" by the day alone
        if not (
            e.type in MEASURES
            and (e.status == "in_effect" or ahead)
            and e.effective_date is not None
            and e.effective_date > pub
        ):
            continue
        if _STANDS.search(e.evidence) or _PAST_ACT.search(e.evidence):
            # "which also started on March 4" told in December: the last such day, not the
            # next (a measure told as done or standing began before the story)
            last_year = _year_before(e.effective_date)
            far = (e.effective_date - pub).days > 90  # (a start days ahead is still to come)
            written = str(e.effective_date.year) in e.evidence  # "on Aug. 1, 2025": as told
            if far and not written and last_year is not None and last_year <= pub:
                e.effective_date, e.status = last_year, "in_effect"
                e.rule += "|date=year-before"
            continue
        e.status = "announced"
        e.rule += "|status=start-ahead"


def _year_before(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return None


# "in response to the U.S. tariffs", "his province's answer to the American duties"
_ANSWERED_TAIL = re.compile(
    r"\b(?:in\s+(?:response|answer|reaction|retaliation)\s+(?:to|for)|responding\s+to|answer\s+to"
    r"|response\s+to|a\s+countermeasure\s+to)\s+(?:the\s+|its\s+)?(?:[\w.'\u2019-]+\s+){0,3}$"
)


def _bare_answered(e: Event) -> bool:
    """A measure named only as what another answers ("which Ford described as his
    province's answer to the U.S. tariffs"): no status cue, rate, value or day of its own."""
    if e.type not in MEASURES or "|status=default" not in e.rule:
        return False
    if e.rate_pct is not None or e.value is not None or e.effective_date is not None:
        return False
    low = e.evidence.lower()
    at = low.find(e.rule.split("|", 1)[0].split(":", 1)[-1])
    return at > 0 and _ANSWERED_TAIL.search(low, max(0, at - 45), at) is not None


def _without_answered_mentions(events: list[Event]) -> list[Event]:
    """The answered measure named in passing is the one the article reports elsewhere."""
    # one count per kind and parties: linear however many events a long text yields
    same = Counter((e.type, e.initiator, e.target) for e in events)
    return [
        e for e in events if not (_bare_answered(e) and same[(e.type, e.initiator, e.target)] > 1)
    ]


def _without_package_totals(events: list[Event]) -> list[Event]:
    """A package told by its total and by its tranches ("tariffs on $155 billion of goods
    ... the first $30 billion on Tuesday ... the remaining $125 billion in 21 days") is the
    tranches: the total, the sum of two or more of its side's measures, is no event of its
    own."""
    out = []
    for e in events:
        siblings = [
            o
            for o in events
            if o is not e
            and o.value is not None
            and o.type == e.type
            and o.initiator == e.initiator
            and o.target == e.target
        ]
        parts = [o.value.amount for o in siblings if o.value is not None]
        total = e.value.amount if e.value is not None and e.type in MEASURES else None
        if (
            total
            and len(parts) >= 2
            and any(abs(sum(c) - total) <= 0.01 * total for c in _pairs_and_triples(parts))
        ):
            for o in siblings:
                if o.rate_pct is None and e.rate_pct is not None:
                    o.rate_pct = e.rate_pct  # "25 per cent tariffs on $155 billion": each part's
            continue
        out.append(e)
    return out


def _pairs_and_triples(values: list[float]) -> list[tuple[float, ...]]:
    return [c for n in (2, 3) for c in combinations(values, n)]


def _sibling_status(events: list[Event], text: str, pub: date) -> None:
    """A measure stated with no status cue right after its sibling's announcement shares
    that status: "... an order imposing a 25% tariff, effective Tuesday. Canadian energy
    gets a lower rate of 10 per cent." (the same order, not a rate already charged)."""
    for e in events:
        if e.type not in MEASURES or e.status != "in_effect" or e.effective_date is not None:
            continue
        if "|status=default" not in e.rule + "|" or e.historical:
            continue
        # the sentence right before it (only spaces between: a short gap, checked cheaply)
        prev = next(
            (
                o
                for o in events
                if 0 <= e.char_start - o.char_end <= 8
                and not text[o.char_end : e.char_start].strip()
            ),
            None,
        )
        if (
            prev is not None
            and prev.type == e.type
            and prev.status == "announced"
            and prev.effective_date is not None
            and prev.effective_date > pub
            and prev.initiator == e.initiator  # (not another province's)
            and prev.target.split("-")[0] == e.target.split("-")[0]
            and _same_goods_scope(prev, e)
            and not _OWN_TIMING.search(e.evidence)
        ):
            e.status = "announced"
            e.rule += "|status=sibling"


# "the tax, a three per cent levy on revenue that large technology companies earn": the
# rate of a digital services tax, stated anywhere in the article.
_TAX_RATE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|three|two|five)(?:\s*%|\s+per\s?cent|\s+percent)\s+"
    r"(?:digital\s+services\s+)?(?:tax|levy)\b(?:\s+on\s+(?:the\s+)?(?:revenue|digital))?",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"two": 2.0, "three": 3.0, "five": 5.0}
_DST_NAME = re.compile(r"\b(?:[Dd]igital [Ss]ervices [Tt]ax|DST)\b")
_A_RATE = re.compile(r"\b(?P<n>\d(?:\.\d+)?|three|two|five)(?:\s*%|\s+per\s?cent|\s+percent)", re.I)


def _tax_rate(events: list[Event], text: str) -> None:
    """A digital services tax with no rate takes the one the article states for it."""
    if not any(e.products == ["digital_services"] and e.rate_pct is None for e in events):
        return
    rates = {
        _WORD_NUMBERS.get(m.group("n").lower()) or float(m.group("n"))
        for m in _TAX_RATE.finditer(text)
        if "revenue" in m.group().lower() or "digital" in m.group().lower()
    }
    if not rates:
        # "the digital services tax, which charged 3 per cent on ...": a rate named near
        # the tax's name, in the same sentence
        for tax in _DST_NAME.finditer(text):
            window = text[max(0, tax.start() - 100) : tax.end() + 100]
            window = window[window.rfind(". ", 0, 100) + 1 :]
            for m in _A_RATE.finditer(window):
                rates.add(_WORD_NUMBERS.get(m.group("n").lower()) or float(m.group("n")))
    if len(rates) == 1:
        rate = rates.pop()
        for e in events:
            if e.products == ["digital_services"] and e.rate_pct is None:
                e.rate_pct = rate
                e.rule += "|rate=article"


_RISE = re.compile(
    r"\b(?:rose|rise[sn]?|raised?|raising|increase[sd]?|increasing|hike[sd]?|climb(?:s|ed)?"
    r"|jump(?:s|ed)?|up\s+from|went\s+up|goes\s+up)\b|\bfrom\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent"
    r"|percent)?\s+to\s+\d",
    re.IGNORECASE,
)
_OWN_TIMING = re.compile(
    r"\bin\s+(?:about\s+|roughly\s+|another\s+|a\s+further\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:days?|weeks?|months?)\b|\bat\s+a\s+later\s+date\b|\b(?:later|next)\s+"
    r"(?:this\s+)?(?:month|year|spring|summer|fall|autumn|winter)\b"
    # "energy and potash will continue to face a 10 percent rate": no change of that day
    r"|\bcontinu(?:e|es|ed|ing)\s+to\s+(?:face|pay|be\s+charged)\b"
    # "energy and potash stay at 10 per cent", "was left unchanged", "still pays 10 percent"
    r"|\b(?:stay|stays|stayed|remain|remains|remained)\s+at\b|\bleft\s+unchanged\b"
    r"|\bstill\s+(?:pay|pays|face|faces)\b"
    # "the duties already in force": a measure older than the change beside it
    r"|\balready\b"
    # "is to follow after a 21-day consultation", "without giving a date": a later day
    r"|\bafter\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:consultation|comment\s+period)\b"
    r"|\bwithout\s+giving\s+a\s+date\b"
    # "restarted American purchases in June": a month of its own, no day
    r"|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?!\s+\d)"
)


def _sibling_dates(events: list[Event]) -> None:
    """A measure with no date of its own takes the one date its siblings share: the same
    parties, type and status in one article ("Canadian energy will face a lower 10 per
    cent rate" under the order that starts the 25 per cent tariff on Tuesday)."""
    for e in events:
        if e.type not in MEASURES or e.effective_date is not None or e.historical:
            continue
        if (
            "escalation-if-retaliation" in e.rule
            or "|parties=followed" in e.rule
            or "|tranche=remaining" in e.rule
        ):
            # "whatever Canada adds will be added on top", "Quebec did the same that week",
            # "the remaining $125 billion later": no day of its own
            continue
        if TRADE_REMEDY.search(e.rule.split("|", 1)[0]):
            continue  # anti-dumping and countervailing rates are set by reviews of their own
        if _OWN_TIMING.search(e.evidence):
            continue  # "will follow in three weeks", "will continue to face": no day of that change
        dates = {
            o.effective_date
            for o in events
            if o is not e
            and o.type == e.type
            and o.status == e.status
            and o.initiator.split("-")[0] == e.initiator.split("-")[0]
            and o.target.split("-")[0] == e.target.split("-")[0]
            and o.effective_date is not None
            and not o.historical
            and _same_goods_scope(o, e)
            and not _sectoral_beside_all_goods(o, e)
            # "The tariff rose to 35 per cent on Aug. 1. Energy pays 10 per cent.": the
            # day of a rise is not the day of a rate that did not move
            and not (_RISE.search(o.evidence) and not _RISE.search(e.evidence))
        }
        if len(dates) == 1:
            e.effective_date = dates.pop()
            e.rule += "|date=sibling"


def _sectoral_beside_all_goods(a: Event, b: Event) -> bool:
    """One is the tariff on all goods, the other a sectoral duty: "the separate American
    duties on steel and aluminum" did not start with the 35 per cent on Canadian goods."""
    return ("all_goods" in a.products and bool(SECTORAL_GOODS & set(b.products))) or (
        "all_goods" in b.products and bool(SECTORAL_GOODS & set(a.products))
    )


def _same_goods_scope(a: Event, b: Event) -> bool:
    """Goods that could be one measure's: shared, unnamed, or all goods on one side (an
    alcohol ban and an electricity surcharge are two measures)."""
    both = set(a.products) | set(b.products)
    return (
        not a.products
        or not b.products
        or "all_goods" in both
        or bool(set(a.products) & set(b.products))
    )


def _home_country(text: str, actors: list[Mention]) -> str | None:
    """The country a story is told from: the dateline's, else the one of CA/US whose
    provinces or states it names more often (ties: none; countries themselves are named
    by both sides of any trade story). Private persons quoted with a role but no place
    ("said Jo Roe, president of the local union") are locals of that country."""
    dateline = _find_dateline(text)
    counts = {"CA": 0, "US": 0}
    for a in actors:
        if a.country in counts:
            if dateline and dateline.start() <= a.start and a.end <= dateline.end():
                return a.country
            counts[a.country] += a.kind == "subdivision"
    if dateline and (city := city_country(dateline.group().title())):
        return city  # "DETROIT - ": cities are no actors, but they place the story
    spelling = _spelling_country(text)
    if spelling is not None:
        return spelling
    if counts["CA"] == counts["US"]:
        return None
    return max(counts, key=counts.__getitem__)


_PER_CENT = re.compile(r"\bper cent\b")
_PERCENT = re.compile(r"\bpercent\b")


def _spelling_country(text: str) -> str | None:
    """Canadian outlets write "per cent", American ones "percent" (press style on each side
    of the border): the story's home when only one of the two is used."""
    ca, us = bool(_PER_CENT.search(text)), bool(_PERCENT.search(text))
    if ca != us:
        return "CA" if ca else "US"
    return None


_INITIAL = re.compile(r"[A-Z]\.?")


def _people(mentions: list[PersonMention], home: str | None = None) -> list[Person]:
    out: list[Person] = []
    seen: set[str] = set()
    # a name found twice keeps the mention that places it ("Miriam Quist, Partner
    # (Washington)" over a bare "Miriam Quist" earlier)
    placed = {pm.name for pm in mentions if pm.country}
    for pm in mentions:
        if pm.country is None and pm.name in placed:
            continue
        country = pm.country or (home if not pm.known else None)
        if country is None or " " not in pm.name or pm.name in seen:
            continue
        if _INITIAL.fullmatch(pm.name.rsplit(" ", 1)[-1]):
            continue  # "Sunita K.": a name kept private, no surname to list

        seen.add(pm.name)
        out.append(Person(name=pm.name, role=pm.role, country=country))
    return out
