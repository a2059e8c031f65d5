"""Sentence-level event rules and article-level merging.

For every sentence the trigger lexicons (data/triggers.yaml) propose events; actors,
rates, money, products and dates are read from the same sentence, with the previous
sentences as context for missing actors. Candidates of one happening are then merged
(one event per happening per article).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from pipeline.extract import modality
from pipeline.extract.actors import Mention, annotate, generic_mentions
from pipeline.extract.authority import annotations
from pipeline.extract.dates import find_dates
from pipeline.extract.gazetteer import Gazetteer
from pipeline.extract.products import find_products, labels_in
from pipeline.extract.rates import RateMention, find_money, find_rates
from pipeline.models import SYMMETRIC_TYPES, Event, Value

MEASURES = ("tariff", "nontariff_measure")
MAX_TRIGGERS = 6  # per sentence and lexicon
_PAIR = {"CA": "US", "US": "CA"}
_GROUP = "CA+US"

# A date right after one of these cues is when the measure takes (took) effect.
_EFFECT_CUE = re.compile(
    r"(?:\b(?:take|takes|took|taking|go|goes|went|going|come|comes|came|coming|kick|kicks|"
    r"kicked|kicking|put|went)\s+(?:into\s+|in\s+)?(?:effect|force|in)"
    r"|\beffective|\bstarting|\bstart(?:s|ed|ing)?|\bbeginning|\bbegin(?:s|ning)?|\bas of"
    r"|\bas early as|\bfrom|\bsince|\bapply|\bapplies|\bimposed|\blifted|\bremoved|\bpaused"
    r"|\bended|\bscrapped|\bdropped|\bsuspended|\bdelayed|\bpostponed|\bcame into force)"
    r"\s*(?:(?:just|shortly|right)\s+(?:after|before)\s+)?(?:on\s+|at\s+)?"
    r"(?:(?:midnight|12:01\s*a\.m\.|one minute after midnight)"
    r"(?:\s+\w+)?\s+(?:on\s+)?)?(?:the\s+)?$",
    re.IGNORECASE,
)
_NOW_WORD = re.compile(r"today|tonight|overnight|this (?:morning|afternoon|evening)", re.I)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|wrote|posted|stated|confirmed|added)\s+(?:on\s+)?$", re.I
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|about|regarding|concerning|over|talks on|negotiations on)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(
    r"\b(?:similar|such|the same|those|these|any|other|comparable)\s+(?:[\w-]+\s+)?$", re.I
)
_BARE_AGREEMENT_BEFORE = re.compile(
    r"\b(?:under|covered by|compliant with|outside|outside of|exempt under|per|by)\s+"
    r"(?:the\s+)?$"
)
# "urged Ottawa to negotiate", "called for talks": a demand by someone else, not an event.
_DEMAND_BEFORE = re.compile(
    r"\b(?:urg\w*|call\w* (?:on|for)|press\w* (?:for)?|want\w*|ask\w*|lobb\w*|push\w* for)"
    r"\b(?:\s+[\w.'\u2019-]+){0,3}?\s+(?:to\s+(?:\w+\s+)?)?$",
    re.IGNORECASE,
)
_WITHOUT_BEFORE = re.compile(r"\b(?:without|no|or)\s+(?:any\s+)?(?:\w+\s+or\s+)?$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|should)\b")
_MEASURE_IN_CONDITION = re.compile(
    r"\b(?:tariff|dut|surtax|retaliat|levy|levies|counter|goes ahead|go ahead|follows? through|"
    r"escalat|impos)\w*"
)
_BACK_REFERENCE = re.compile(r".*\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$")
_IS_RESPONSE = re.compile(
    r"\s+(?:was|is|were|are|came|comes)\s+(?:\w+\s+)?(?:a|an|in)\s+"
    r"(?:direct\s+)?(?:response|answer|retaliation|reaction|reply)\b"
)
_CLAIM = re.compile(r"\b(?:arguing|alleging|claiming|contending|asserting|saying)\b")
_SEPARATE_CASE = re.compile(
    r"^\W*separately\b|\b(?:a separate|another|a second|a new) (?:\w+ )?(?:lawsuit|case|suit|"
    r"challenge|complaint)"
)
_DEFINITE_DEAL = re.compile(r"the (?:deal|agreement|pact)\b")
# "to deal with", "dealing with": the verb, not an agreement.
_DEAL_VERB = re.compile(
    r"\b(?:to|will|would|must|can|could) deal with\b|\bdeals? with (?:it|them)\b"
)
_BARE_AGREEMENT_AFTER = re.compile(r"[- ](?:compliant|exempt|rules|provisions|tariff)")
_DOMESTIC_TALKS = re.compile(
    r"\b(?:premiers|first ministers|internal trade|interprovincial|provinces and territories|"
    r"caucus|cabinet|opposition|unions?|bargaining|strike|labour|labor)\b",
    re.IGNORECASE,
)
_DST = re.compile(r"digital services tax(?:es)?|DST", re.IGNORECASE)
_FOLLOWUP = re.compile(
    r"(?:The|These|Those|This|That|It|They|Both|Each)\b.{0,80}?\b(?:(?:take|takes|took|go|"
    r"goes|went|come|comes|came|kick|kicks|kicked)\s+(?:into\s+|in\s+)?(?:effect|force|in)\b"
    r"|effective\b|(?:start|begin)s?\b)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]\s|,\s+(?:and|but|while|whereas|as|which|who)\s"
    r"|\b(?:in response to|in retaliation for|in reaction to|responding to|after|amid|"
    r"while|whereas|but|following|despite|a day after|days after|since|because)\s",
    re.IGNORECASE,
)
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_TRIGGER_ANY_KEYS = ("tariff", "nontariff", "talks", "agreement", "dispute")
_TALK_CONTACT = re.compile(
    r"\b(?:call|phone|spoke|speak|talk(?:s|ed)?|met|meet(?:s|ing)?|conversation|summit|dinner|"
    r"sat down|host(?:s|ed|ing)?|visit(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_SYMMETRIC_KINDS = frozenset(
    {"person", "leader", "group", "country", "metonym", "subdivision", "institution",
     "pronoun", "adjective", "official"}
)  # fmt: skip
_CUSMA = re.compile(r"\b(?:CUSMA|USMCA|NAFTA)\b")
_COURT_WORD = re.compile(r"\b(?:court|judges?|justices|IEEPA)\b", re.IGNORECASE)
_RESPONSE_TO = re.compile(
    r"\b(?:response|respond\w*|answer\w*|retaliat\w+|reaction|react\w*|hit\w* back)\s+"
    r"(?:to|for|against|at)\s+[^,;]{0,35}$",
    re.IGNORECASE,
)
_NEGOTIATION = re.compile(r"\bnegotiat\w*|\btrade talks\b")
_CONTACT_VERB = re.compile(
    r"(?:met|meet\w*|spoke|speak\w*|call|phone|conversation|dinner|sat down|host\w*|visit\w*)",
    re.I,
)
_FAVOUR = re.compile(
    r"\bin\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?(?:'s|\u2019s)\s+favou?r|\b(?:sided|side)\s+with\s+"
    r"(?:the\s+)?[\w.]+(?:\s+[\w.]+)?|\bin\s+favou?r\s+of\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?",
    re.IGNORECASE,
)
_INTL_DISPUTE = re.compile(
    r"\b(?:WTO|World Trade Organization|panel|dispute settlement|Chapter \d+|CUSMA|USMCA|"
    r"NAFTA|trade tribunal)\b",
    re.I,
)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    mentions: list[Mention]


@dataclass(slots=True)
class ArticleContext:
    text: str
    low: str  # lower_ascii(text): what the lexicons run on
    published: date | None
    gaz: Gazetteer
    has_ca: bool
    has_us: bool
    sports: bool
    events: list[Event] = field(default_factory=list)
    last_measure: Event | None = None
    prev_measures: list[Event] = field(default_factory=list)  # of the last trigger sentence
    last_parties: tuple[str, str] | None = None
    prev_trade: bool = False  # previous sentence had a trade word
    prev_contact: bool = False  # previous trigger sentence reported a leader contact
    last_subdivision: dict[str, str] = field(default_factory=dict)  # country -> CA-ON

    _retaliation: bool | None = None

    def article_retaliation(self) -> bool:
        """Whether the article anywhere speaks of retaliation or a response (cached)."""
        if self._retaliation is None:
            self._retaliation = bool(self.gaz.lex["retaliation"].search(self.low))
        return self._retaliation

    def both_sides(self) -> bool:
        return self.has_ca and self.has_us


# --- helpers ---------------------------------------------------------------------------


def _country(code: str | None) -> str | None:
    return code.split("-")[0] if code else None


def _is_ca_us(init: str, target: str, ctx: ArticleContext) -> bool:
    a, b = _country(init), _country(target)
    if target == "WORLD":
        return (a == "US" and ctx.has_ca) or (a == "CA" and ctx.has_us)
    return {a, b} == {"CA", "US"}


def _other(code: str | None) -> str | None:
    return _PAIR.get(_country(code) or "")


def _sentence_text(ctx: ArticleContext, s: Sentence) -> str:
    return ctx.text[s.start : s.end]


# --- measures (tariff, nontariff_measure) ---------------------------------------------------


def _resolve_measure_pair(
    trig_start: int, trig_end: int, mentions: list[Mention], world: bool
) -> tuple[Mention | None, str | None, bool]:
    """Initiator mention and target code for the trigger at trig_start."""
    weak = False  # target only by elimination, not marked by "on", "from", "Canadian ..."
    usable = [
        m
        for m in mentions
        if m.hint != "location"
        and m.kind not in ("panel", "court", "group")
        and not (trig_start <= m.start < trig_end and m.hint != "target")
    ]
    init = _pick_initiator(trig_start, usable)
    init_c = init.country if init else None
    targets = [m for m in usable if m.hint == "target" and m.country != init_c]
    # An owner after the trigger names another measure ("in response to Trump's tariffs").
    target: str | None = None
    if targets:
        after = [m for m in targets if m.start >= trig_start]
        target = (after[0] if after else targets[-1]).country
    elif world:
        target = "WORLD"
    else:
        others = [m for m in usable if m.country != init_c and m.hint not in ("initiator", "agent")]
        if others and init is not None:
            target = others[0].country
            weak = True
    if init is None and target is None:
        others = [m for m in usable if m.hint != "target"]
        if others:
            init = others[0]
    return init, target, weak


def _pick_initiator(trig: int, usable: list[Mention]) -> Mention | None:
    """Owner before the trigger ("U.S. tariffs"), else the nearest subject before it,
    else an agent after it ("imposed by Ottawa")."""
    owners = [m for m in usable if m.hint in ("initiator", "agent") and 0 <= trig - m.end <= 30]
    if owners:
        return owners[-1]
    subjects = [m for m in usable if m.start < trig and m.hint in (None, "initiator") and m.subject]
    if subjects:
        return subjects[-1]
    agents = [m for m in usable if m.hint == "agent"]
    if agents:
        return agents[0]
    loose = [m for m in usable if m.start < trig and m.hint is None]
    if loose:
        return loose[-1]
    return None


def _products_per_rate(
    ctx: ArticleContext, seg_start: int, seg_end: int, rates: list[RateMention]
) -> list[tuple[RateMention | None, list[str]]]:
    """One (rate, products) per rate. A product belongs to the nearest rate before it in
    the same clause ("25% on most goods and 10% on energy"), else to the next rate
    ("steel and aluminum face 50%, while autos face 25%")."""
    gaz, text, low = ctx.gaz, ctx.text, ctx.low
    if len(rates) <= 1:
        return [(rates[0] if rates else None, labels_in(gaz, text, seg_start, seg_end, low))]
    owned: list[list[str]] = [[] for _ in rates]
    for pos, label in find_products(gaz, low, seg_start, seg_end):
        before = [i for i, r in enumerate(rates) if r.end <= pos]
        i = before[-1] if before else 0
        if before and _CLAUSE_BREAK.search(text, rates[i].end, pos):
            after = [j for j, r in enumerate(rates) if r.start >= pos]
            i = after[0] if after else i
        elif not before:
            i = next((j for j, r in enumerate(rates) if r.start >= pos), 0)
        if label not in owned[i]:
            owned[i].append(label)
    out = []
    for i, r in enumerate(rates):
        prods = owned[i]
        if not prods:  # "all Canadian goods" fallback, read after the rate
            end = rates[i + 1].start if i + 1 < len(rates) else seg_end
            prods = labels_in(gaz, text, r.start, end, low)
        out.append((r, prods))
    return out


def _effective_date(
    ctx: ArticleContext, s: Sentence, status: str | None, trig: int
) -> tuple[date | None, str]:
    """A date right after an effect cue; for measures already acted on, also "on <date>"
    after the trigger ("lifted the tariffs on Sept. 1", not "a court on Friday ruled")."""
    text = ctx.text
    dates = find_dates(text, s.start, s.end, ctx.published)
    for d in dates:
        before = text[max(s.start, d.start - 45) : d.start]
        if _EFFECT_CUE.search(before):
            return d.value, "effect-cue"
    if status in ("in_effect", "removed", "paused", "reduced", "exempted"):
        for d in dates:
            if _NOW_WORD.fullmatch(text, d.start, d.end):
                return d.value, "today"  # "Today, the U.S. imposed ...", "this morning"
        for d in dates:
            before = text[max(s.start, d.start - 25) : d.start]
            if (
                d.start > trig
                and _ON_BEFORE.search(before)
                and not _SAID_BEFORE.search(before[:-3] + " ")
            ):
                return d.value, "on-date"
    if status == "paused" and ctx.published:
        # A pause starts when it is decided: the day it was announced, else the article's.
        for d in dates:
            if _SAID_BEFORE.search(text, max(s.start, d.start - 25), d.start):
                return d.value, "said-date"
        return ctx.published, "published"
    return None, ""


def _currency_for(code: str | None) -> str:
    return "CAD" if _country(code) == "CA" else "USD"


def _retaliation_owner(cue_positions: list[int], trig_positions: list[int]) -> set[int]:
    """Index of the trigger each retaliation cue belongs to (nearest before, else first)."""
    owners = set()
    for p in cue_positions:
        before = [i for i, t in enumerate(trig_positions) if t <= p]
        owners.add(before[-1] if before else 0)
    return owners


def measure_events(ctx: ArticleContext, s: Sentence, kind: str) -> list[Event]:
    gaz, text = ctx.gaz, ctx.text
    key = "tariff" if kind == "tariff" else "nontariff"
    low = ctx.low
    # A real sentence has a few triggers; a cap keeps degenerate text (keyword soup) linear.
    trigs = list(islice(gaz.lex[key].finditer(low, s.start, s.end), MAX_TRIGGERS))
    if not trigs:
        return []
    if kind == "tariff" and gaz.lex["utility_context"].search(low, s.start, s.end):
        return []
    world = bool(gaz.lex["world"].search(low, s.start, s.end))
    Key = tuple[tuple[str | None, str | None], int]
    groups: dict[Key, list[re.Match[str]]] = {}
    weak_target: dict[Key, bool] = {}
    has_nontariff = kind == "tariff" and bool(gaz.lex["nontariff"].search(low, s.start, s.end))
    for t in trigs:
        init, target, weak = _resolve_measure_pair(
            t.start(), t.end(), _clause_mentions(text, s, t.start(), t.end()), world
        )
        owned = init is not None and init.hint in ("initiator", "agent")
        before = text[max(s.start, t.start() - 60) : t.start()]
        if not owned and _TOPIC_BEFORE.search(before):
            continue  # "met to discuss energy tariffs": a topic, not a measure
        if modality.CONDITIONAL_BEFORE.search(before):
            continue  # "if Canada retaliates": the condition of another event
        if _DEMAND_BEFORE.search(before) or _WITHOUT_BEFORE.search(before):
            continue  # "urges Ottawa to drop the tax", "without quotas": no measure
        if _VAGUE_BEFORE.search(before) and not find_rates(
            text, t.start(), min(s.end, t.end() + 40)
        ):
            continue  # "similar tariffs": a vague reference, not an event
        if not owned and _RESPONSE_TO.search(before):
            continue  # "in response to the surcharge": the other side's, already reported
        if kind == "tariff" and t.group().startswith("lev") and has_nontariff:
            continue  # "the tax applies a 3% levy": the levy is the non-tariff measure
        if _DST.fullmatch(t.group()):
            # A digital services tax is Canada's unless the text names another owner.
            init_code = init.code if owned and init else "CA"
            pair = (init_code, _other(init_code))
        else:
            pair = (init.code if init else None, target)
        # One candidate per pair and clause: "will drop X, but will keep Y" are two.
        clause = sum(1 for _ in _CLAUSE_BREAK.finditer(text, s.start, t.start()))
        key = (pair, clause)
        groups.setdefault(key, []).append(t)
        weak_target.setdefault(key, weak)
    if not groups:
        return []
    pairs = sorted(groups, key=lambda p: groups[p][0].start())
    starts = [_clause_start(text, s.start, groups[p][0].start()) for p in pairs]
    retal_cues = [
        m.start()
        for m in gaz.lex["retaliation"].finditer(low, s.start, s.end)
        if not modality.CONDITIONAL_BEFORE.search(text[max(s.start, m.start() - 60) : m.start()])
    ]
    owners = _retaliation_owner(retal_cues, [groups[p][0].start() for p in pairs])
    # "in response to Trump's tariffs": the measure responded to is not the response.
    owners -= {
        i
        for i, p in enumerate(pairs)
        if _RESPONSE_TO.search(text[max(s.start, groups[p][0].start() - 45) : groups[p][0].start()])
    }
    out: list[Event] = []
    for i, pair in enumerate(pairs):
        seg = (starts[i], starts[i + 1] if i + 1 < len(pairs) else s.end)
        if seg[1] <= seg[0]:  # two pairs in one clause: both read the whole clause
            seg = (starts[i], s.end)
        retal = i in owners
        out.extend(
            _measure_for_pair(ctx, s, kind, pair[0], groups[pair], retal, seg, weak_target[pair])
        )
    return out


def _clause_mentions(text: str, s: Sentence, trig_start: int, trig_end: int) -> list[Mention]:
    """Actors of the trigger's clause; the whole sentence when it has a single clause.
    "Producers cut shipments to the U.S. since the tariffs took effect": the U.S. is not
    the target of those tariffs, so a clause without actors yields none (carry-over)."""
    start = _clause_start(text, s.start, trig_start)
    nxt = _CLAUSE_BREAK.search(text, trig_end, s.end)
    end = nxt.start() if nxt else s.end
    if start == s.start and end == s.end:
        return s.mentions
    return [m for m in s.mentions if start <= m.start < end]


def _clause_start(text: str, sent_start: int, trig: int) -> int:
    """Start of the clause holding the trigger: products, rates and dates are read there."""
    last = sent_start
    for m in _CLAUSE_BREAK.finditer(text, sent_start, trig):
        last = m.start()
    return last


def _measure_for_pair(
    ctx: ArticleContext,
    s: Sentence,
    kind: str,
    pair: tuple[str | None, str | None],
    trigs: list[re.Match[str]],
    retaliatory: bool,
    seg: tuple[int, int],
    weak: bool = False,
) -> list[Event]:
    gaz, text = ctx.gaz, ctx.text
    sent = _sentence_text(ctx, s)
    init, target = pair
    explicit = init is not None or target is not None
    how = "weak-target" if weak else "explicit"
    # Fill in the other side only in a Canada-US sentence ("the EU ... U.S. tariffs" is not).
    foreign = any(m.country not in ("CA", "US") and m.hint != "location" for m in s.mentions)
    both = ctx.both_sides() and not foreign
    if init is None and target is not None and target != "WORLD" and both:
        init, how = _other(target), "inferred-init"
    if init is not None and target is None and both:
        target, how = _other(init), "inferred-target"
    if init is None or target is None:
        if ctx.last_parties is None:
            return []
        init, target = ctx.last_parties
        how = "carried"
    if trigs[0].group().startswith("boycott") and how != "explicit":
        return []  # only a boycott called by a named government counts
    if target != "WORLD":
        target = _country(target)
    if not init or not target or not _is_ca_us(init, target, ctx):
        return []
    seg_start, seg_end = seg
    rates = find_rates(text, seg_start, seg_end)
    old = rates[0].old if rates else None
    new = rates[0].value if rates else None
    low = ctx.low
    pre = low[max(s.start, trigs[0].start() - 80) : trigs[0].end()]
    status, cue = modality.measure_status(gaz, low[seg_start:seg_end], pre, old, new)
    if status is None:
        return []
    eff, date_cue = _effective_date(ctx, Sentence(seg_start, seg_end, []), status, trigs[0].start())
    if status == "announced" and eff and ctx.published and eff <= ctx.published:
        status, cue = "in_effect", "date-passed"
    elif cue == "default" and eff and ctx.published and eff > ctx.published:
        # "a proclamation putting a 25% tariff on cars, starting April 2": not yet in force.
        status, cue = "announced", "date-ahead"
    retal = retaliatory or any(
        gaz.lex["retaliation"].fullmatch(t.group()) is not None for t in trigs
    )
    retal_how, cue_retal = "", retal
    if not retal and "-" in init and target != "WORLD" and ctx.article_retaliation():
        # Provinces and states have no trade policy of their own: in an article that
        # speaks of retaliation, a measure of theirs aimed at the other country is one.
        retal, retal_how = True, "|retaliatory=subnational"
    elif not retal and status == "threatened" and _conditional_on(ctx, s, target):
        # "would ban U.S. firms if the United States imposes tariffs": a counter-threat.
        retal, retal_how = True, "|retaliatory=conditional"
    back = _BACK_REFERENCE.match(low, max(s.start, trigs[0].start() - 12), trigs[0].start())
    if back and _IS_RESPONSE.match(low, trigs[0].end()):
        # "the surcharge was a response to ...": explains a measure already reported.
        prev = next((e for e in ctx.events if e.type == kind and e.initiator == init), None)
        if prev is not None:
            prev.retaliatory = True
            return []
    notes = annotations(text, s.start, s.end, ctx.published)
    money = find_money(text, seg_start, seg_end)
    value = None
    if money:
        m0 = money[0]
        value = Value(m0.amount, m0.currency or _currency_for(init))
    out = []
    for rate, products in _products_per_rate(ctx, seg_start, seg_end, rates):
        if (
            kind == "nontariff_measure"
            and not products
            and re.search(r"digital services|\bDST\b", sent)
        ):
            products = ["digital_services"]
        conf = 0.45 + (0.25 if how == "explicit" else 0.1 if how != "carried" else 0)
        conf += 0.1 if cue not in ("default", "hedge") else 0
        conf += 0.05 if rate else 0
        vague = how in ("inferred-target", "weak-target")
        if (
            (status == "in_effect" or how == "weak-target")
            and vague
            and not (rate or products or cue_retal)
        ):
            return []  # "amid U.S. tariffs": actor only, no goods or target: too vague
        if how == "carried" and not (rate or products or status in ("removed", "paused")):
            # A vague reference ("the duties take effect Tuesday"): only fills gaps.
            _fill_last(ctx, kind, eff, value)
            return []
        out.append(
            Event(
                type=kind,
                status=status,
                initiator=init,
                target=target,
                retaliatory=retal,
                rate_pct=rate.value if rate else None,
                value=value,
                products=products,
                effective_date=eff,
                evidence=sent,
                char_start=s.start,
                char_end=s.end,
                confidence=round(min(conf, 0.95), 2),
                rule=f"{kind}:{trigs[0].group().lower()}|status={cue}|parties={how}"
                + (f"|date={date_cue}" if date_cue else "")
                + retal_how
                + ("" if explicit else "|no-actor")
                + notes,
            )
        )
    return out


def _conditional_on(ctx: ArticleContext, s: Sentence, target: str) -> bool:
    """An "if"/"unless" clause in which the other party takes a trade measure."""
    cond = _CONDITION.search(ctx.low, s.start, s.end)
    if cond is None:
        return False
    other = _country(target) if target != "WORLD" else None
    return any(
        m.start >= cond.start() and (other is None or m.country == other) for m in s.mentions
    ) and bool(_MEASURE_IN_CONDITION.search(ctx.low, cond.start(), s.end))


def _fill_last(ctx: ArticleContext, kind: str, eff: date | None, value: Value | None) -> None:
    ev = ctx.last_measure
    if ev is None or ev.type != kind:
        return
    if eff and ev.effective_date is None:
        ev.effective_date = eff
        ev.rule += "|date=next-sentence"
    if value and ev.value is None:
        ev.value = value


def effect_followup(ctx: ArticleContext, s: Sentence) -> None:
    """'The increase takes effect Aug. 1.': the date belongs to the last measure."""
    m = _FOLLOWUP.match(ctx.text, s.start, s.end)
    if m is None or not ctx.prev_measures:
        return
    # Resolve over the whole sentence (tense), keep the dates after the cue.
    dates = [d for d in find_dates(ctx.text, s.start, s.end, ctx.published) if d.start >= m.end()]
    target = next((e for e in ctx.prev_measures if e.effective_date is None), None)
    if dates and target is not None:
        day = dates[0].value
        target.effective_date = day
        target.rule += "|date=next-sentence"
        if ctx.published and target.status in ("in_effect", "announced"):
            target.status = "announced" if day > ctx.published else "in_effect"


# --- symmetric types ----------------------------------------------------------------------


def _parties(mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.kind not in _SYMMETRIC_KINDS or (m.hint == "location" and m.kind != "person"):
            continue
        if m.code == _GROUP:
            out.append(Mention(m.start, m.end, "CA", m.kind, m.leader))
            out.append(Mention(m.start, m.end, "US", m.kind, m.leader))
        else:
            out.append(m)
    return out


def _pick_two(parties: list[Mention], ctx: ArticleContext) -> tuple[str, str, str] | None:
    """(first party, other party, how): the first CA-side and the first US-side mention."""
    ca = next((p for p in parties if p.country == "CA"), None)
    us = next((p for p in parties if p.country == "US"), None)
    foreign = any(p.country not in ("CA", "US") for p in parties)
    if ca and us:
        first, second = (ca, us) if ca.start <= us.start else (us, ca)
        # A governor or premier is a party in their own right; "an Ontario ad" is not.
        other = second.code if second.kind in ("person", "official") else _country(second.code)
        return first.code, other or second.code, "explicit"
    one = ca or us
    if one is None or foreign or not ctx.both_sides():
        return None
    return one.code, _other(one.code) or "", "inferred"


def _symmetric_event(
    ctx: ArticleContext,
    s: Sentence,
    kind: str,
    status: str,
    pair: tuple[str, str, str],
    trig: str,
    conf: float,
) -> Event:
    init, target, how = pair
    products = (
        labels_in(ctx.gaz, ctx.text, s.start, s.end, ctx.low) if kind != "leader_contact" else []
    )
    return Event(
        type=kind,
        status=status,
        initiator=init,
        target=target,
        products=[p for p in products if p != "all_goods"],
        evidence=ctx.text[s.start : s.end],
        char_start=s.start,
        char_end=s.end,
        confidence=round(conf + (0.15 if how == "explicit" else 0.0), 2),
        rule=f"{kind}:{trig.lower()}|status={status}|parties={how}"
        + annotations(ctx.text, s.start, s.end, ctx.published),
    )


def talk_events(ctx: ArticleContext, s: Sentence, trade_here: bool) -> list[Event]:
    """leader_contact when both heads meet or call; trade_talks for negotiations between
    officials (or leaders agreeing to negotiate). Both can come from one sentence."""
    gaz = ctx.gaz
    sent = ctx.low[s.start : s.end]
    m = gaz.lex["talks"].search(sent)  # positions relative to the sentence
    if m is None:
        return []
    parties = _parties(s.mentions)
    seats = [m for m in s.mentions if m.kind == "metonym" and text_of(ctx, m) in _LEADER_SEATS]
    leaders = {p.country for p in parties if p.leader} | {m.country for m in seats}
    out: list[Event] = []
    if {"CA", "US"} <= leaders and _TALK_CONTACT.search(sent):
        lead = sorted([p for p in parties if p.leader] + seats, key=lambda m: m.start)
        pair = _pick_two(lead, ctx)
        if pair is not None:
            trig = _TALK_CONTACT.search(sent)
            word = trig.group() if trig else m.group()
            out += [
                _symmetric_event(ctx, s, "leader_contact", st, pair, word, 0.65)
                for st in modality.contact_statuses(gaz, sent)
            ]
        # "held talks" between the leaders is the contact itself; negotiations are more.
        m = _NEGOTIATION.search(sent)
        if m is None:
            return out
    if not (trade_here or ctx.prev_trade) or ctx.sports:
        return out
    return out + _trade_talks(ctx, s, m, parties, sent)


_LEADER_SEATS = frozenset({"White House", "Oval Office"})


def text_of(ctx: ArticleContext, m: Mention) -> str:
    return ctx.text[m.start : m.end]


def _trade_talks(
    ctx: ArticleContext, s: Sentence, m: re.Match[str], parties: list[Mention], sent: str
) -> list[Event]:
    people_like = ("person", "leader", "group", "pronoun", "official")
    explicit = [p for p in parties if p.kind in people_like] or [
        p for p in parties if p.kind in ("country", "metonym", "subdivision", "institution")
    ]
    if not explicit:
        return []
    pair = _pick_two(parties, ctx)
    # Status cues near the talks: "paused the surcharge after X agreed to meet" is planned.
    status = modality.talks_status(ctx.gaz, sent[max(0, m.start() - 50) : m.end() + 60])
    if pair is None or status is None:
        return []
    if _DOMESTIC_TALKS.search(sent, m.end(), m.end() + 30):
        return []  # "talks with premiers", "bargaining with unions"
    if _DEMAND_BEFORE.search(sent, max(0, m.start() - 40), m.start()):
        return []  # "urged Ottawa to negotiate": a demand, not talks
    one_sided = pair[2] == "inferred" and not any(
        p.code == pair[0] and p.kind in people_like for p in parties
    )
    if pair[2] == "inferred" and (
        one_sided
        or ctx.prev_contact
        or _CONTACT_VERB.match(m.group())
        or _DOMESTIC_TALKS.search(sent)
    ):
        # "while Ottawa negotiates": one government named, no official and no counterpart.
        # "spoke to reporters" is not talks with the other side; "the talks were
        # productive" right after a leaders' call is that call.
        return []
    return [_symmetric_event(ctx, s, "trade_talks", status, pair, m.group(), 0.5)]


def agreement_events(ctx: ArticleContext, s: Sentence, trade_here: bool) -> list[Event]:
    gaz, text, low = ctx.gaz, ctx.text, ctx.low
    m = next(
        (
            x
            for x in gaz.lex["agreement"].finditer(low, s.start, s.end)
            if not _BARE_AGREEMENT_BEFORE.search(low, max(s.start, x.start() - 25), x.start())
            and not _BARE_AGREEMENT_AFTER.match(low, x.end())
            and not _VAGUE_BEFORE.search(low, max(s.start, x.start() - 30), x.start())
            and not _DEAL_VERB.search(low, max(s.start, x.start() - 12), x.end() + 5)
        ),
        None,
    )  # "CUSMA-compliant goods", "under CUSMA": the deal is only a reference
    if m is None or ctx.sports:
        return []
    cusma = bool(_CUSMA.search(text, s.start, s.end))
    specific = cusma or re.match(r"(?i)trade|free|economic|security|joint", m.group())
    # Status cues must sit near the agreement ("would" elsewhere says nothing about it).
    window = low[max(s.start, m.start() - 90) : min(s.end, m.end() + 60)]
    status = modality.agreement_status(gaz, window)
    if status is None:
        return []
    parties = _parties(s.mentions)
    if any(p.kind == "country" and p.country not in ("CA", "US", "MX") for p in parties):
        return []  # "Japan and the U.S. reached a deal": another country's agreement
    pair = _pick_two(parties, ctx)
    bare_ok = pair is not None and pair[2] == "explicit" and status in ("reached", "signed")
    if pair is None and ctx.both_sides() and _DEFINITE_DEAL.match(low, max(s.start, m.start() - 4)):
        # "The leaders signed the agreement": the deal the article already reported.
        prev = next((e for e in ctx.events if e.type == "trade_agreement"), None)
        if prev is not None:
            pair, bare_ok = (prev.initiator, prev.target, "carried"), True
    if not (specific or trade_here or bare_ok):
        return []
    if pair is None and cusma and not any(p.country not in ("CA", "US", "MX") for p in parties):
        pair = ("CA", "US", "cusma")
    if pair is None:
        return []
    ev = _symmetric_event(ctx, s, "trade_agreement", status, pair, m.group(), 0.5)
    if status == "terminated":
        # "was terminated on July 1, 2020": the day the agreement ended.
        ev.effective_date, _ = _effective_date(ctx, s, "removed", m.start())
    return [ev]


def _dispute_filer(
    text: str, s: Sentence, trig: int, usable: list[Mention]
) -> tuple[str, str, str] | None:
    """(filer, other side, how) of an international dispute."""
    favoured = _FAVOUR.search(text, s.start, s.end)
    if favoured:  # a ruling "in Canada's favour" names the complainant
        fav = next((x for x in s.mentions if favoured.start() <= x.start < favoured.end()), None)
        if fav is not None:
            return fav.country, _other(fav.code) or "", "favoured"
    subject = next((x for x in usable if x.start < trig and x.subject and x.hint != "target"), None)
    if subject is not None:
        return subject.country, _other(subject.code) or "", "filer"
    owner = next((x for x in usable if x.hint == "initiator"), None)
    if owner is not None:
        # "ruled that the U.S. duties violated CUSMA": the challenger is the other side.
        return _other(owner.code) or "", owner.country, "owner-other"
    first = next((x for x in usable if x.hint != "target"), None)
    if first is not None:
        return first.country, _other(first.code) or "", "filer"
    tgt = next((x for x in usable if x.hint == "target"), None)
    if tgt is not None:
        return _other(tgt.code) or "", tgt.country, "against"
    return None


def dispute_events(ctx: ArticleContext, s: Sentence) -> list[Event]:
    gaz, text = ctx.gaz, ctx.text
    sent = ctx.low[s.start : s.end]
    m = gaz.lex["dispute"].search(ctx.low, s.start, s.end)
    if m is None or not gaz.lex["legal_context"].search(sent):
        return []
    if not gaz.lex["trade_context"].search(sent) and not ctx.prev_trade:
        return []
    claim = _CLAIM.search(sent)
    # "filed a lawsuit, arguing that he exceeded his powers": the claim is not a ruling.
    status = modality.dispute_status(gaz, sent[: claim.start()] if claim else sent)
    if status is None:
        return []
    courts = [x for x in s.mentions if x.kind == "court"]
    intl = bool(_INTL_DISPUTE.search(sent))
    if (courts or _COURT_WORD.search(sent)) and not intl:
        # A domestic case over that country's own measures on the other.
        init = courts[0].country if courts else "US"
        pair = (init, _other(init) or "CA", "court")
        if not ctx.both_sides():
            return []
    else:
        usable = [
            x for x in s.mentions if x.kind not in ("panel", "court") and x.hint != "location"
        ]
        # The filer is the sentence subject, not the owner of the measure challenged;
        # a panel ruling "in Canada's favour" names the complainant.
        pair = _dispute_filer(text, s, m.start(), usable)
        if pair is None:
            return []
    if not pair[0] or not pair[1] or not _is_ca_us(pair[0], pair[1], ctx):
        return []
    init, target, how = pair
    return [
        Event(
            type="trade_dispute",
            status=status,
            initiator=init,
            target=target,
            products=[p for p in labels_in(gaz, text, s.start, s.end) if p != "all_goods"],
            evidence=text[s.start : s.end],
            char_start=s.start,
            char_end=s.end,
            confidence=0.6,
            rule=f"trade_dispute:{m.group().lower()}|status={status}|parties={how}"
            + ("|separate" if _SEPARATE_CASE.search(sent) else "")
            + annotations(text, s.start, s.end, ctx.published),
        )
    ]


# --- sentence driver ----------------------------------------------------------------------


def _resolve_pronouns(mentions: list[Mention]) -> None:
    """'Trump said he ...': a he/she after a person of the same sentence is that person."""
    last: Mention | None = None
    for m in mentions:
        if m.kind == "person":
            last = m
        elif m.kind == "pronoun" and last is not None:
            m.code, m.leader = last.code, last.leader
    mentions[:] = [m for m in mentions if m.code]


def sentence_events(ctx: ArticleContext, s: Sentence, last_person: Mention | None) -> int:
    """Run every rule on one sentence and merge the results into ctx.events; returns how
    many candidates the sentence gave."""
    gaz, text, low = ctx.gaz, ctx.text, ctx.low
    trade_here = bool(gaz.lex["trade_context"].search(low, s.start, s.end))
    # One scan for all lexicons (named groups) instead of one search per lexicon.
    assert gaz.rule_re is not None
    rules = {m.lastgroup for m in gaz.rule_re.finditer(low, s.start, s.end)}
    if not rules:  # the prefilter is loose; most sentences stop here
        ctx.prev_trade = trade_here
        ctx.prev_contact = False
        return 0
    s.mentions.extend(generic_mentions(text, s.start, s.end, last_person, ctx.last_subdivision))
    s.mentions.sort(key=lambda m: m.start)
    _resolve_pronouns(s.mentions)
    annotate(text, s.start, s.mentions)
    found: list[Event] = []
    if "tariff" in rules:
        found += measure_events(ctx, s, "tariff")
    if "nontariff" in rules:
        found += measure_events(ctx, s, "nontariff_measure")
    if "talks" in rules:
        found += talk_events(ctx, s, trade_here)
    if "agreement" in rules:
        found += agreement_events(ctx, s, trade_here)
    if "dispute" in rules:
        found += dispute_events(ctx, s)
    ctx.prev_contact = any(e.type == "leader_contact" for e in found)
    measures: list[Event] = []
    for ev in found:
        kept = merge_into(ctx.events, ev)
        if kept.type in MEASURES:
            ctx.last_measure = kept
            ctx.last_parties = (kept.initiator, kept.target)
            measures.append(kept)
    if measures:
        ctx.prev_measures = measures
    ctx.prev_trade = trade_here
    return len(found)


# --- merging ------------------------------------------------------------------------------

_MEASURE_GROUP = {"threatened": 0, "announced": 0, "in_effect": 0}


def _same_parties(a: Event, b: Event) -> bool:
    if a.type in SYMMETRIC_TYPES:
        return {a.initiator, a.target} == {b.initiator, b.target}
    if a.initiator != b.initiator:
        return False
    if a.target == b.target:
        return True
    return "WORLD" in (a.target, b.target)


def _historical(e: Event) -> bool:
    return "|historical=" in e.rule


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or not _same_parties(a, b):
        return False
    if _historical(a) != _historical(b):
        return False  # "the 2018 tariffs" are not this year's tariffs
    if a.type in MEASURES:
        if a.status != b.status:
            if not (a.status in _MEASURE_GROUP and b.status in _MEASURE_GROUP):
                return False
            # Threat vs. measure in force: the same happening only with the same terms.
            same_rate = a.rate_pct is not None and a.rate_pct == b.rate_pct
            unspecific = b.rate_pct is None and not b.products
            if not (same_rate or unspecific or set(a.products) & set(b.products)):
                return False
        if a.rate_pct is not None and b.rate_pct is not None and a.rate_pct != b.rate_pct:
            return False
        if a.products and b.products and not set(a.products) & set(b.products):
            return a.rate_pct is not None and a.rate_pct == b.rate_pct
        return True
    if a.type == "trade_talks":
        return a.status == b.status or {a.status, b.status} <= {"planned", "ongoing"}
    if a.type == "trade_dispute":
        # "Separately, twelve states sued ...": another case, not the same one again.
        return "|separate" not in b.rule
    return a.status == b.status


def merge_into(events: list[Event], ev: Event) -> Event:
    """Add ev, or fold it into an earlier mention of the same happening; returns the kept one."""
    for old in events:
        if _compatible(old, ev):
            _fill(old, ev)
            return old
    events.append(ev)
    return ev


def _fill(old: Event, new: Event) -> None:
    old.retaliatory = old.retaliatory or new.retaliatory
    if old.rate_pct is None:
        old.rate_pct = new.rate_pct
    if old.value is None:
        old.value = new.value
    if not old.products:
        old.products = list(new.products)
    if old.effective_date is None:
        old.effective_date = new.effective_date
    if old.target == "WORLD" and new.target != "WORLD" and old.type in SYMMETRIC_TYPES:
        old.target = new.target
    if old.type == "trade_dispute":
        order = modality.DISPUTE_ORDER
        if order.index(new.status) > order.index(old.status):
            old.status = new.status
    old.confidence = round(min(0.95, max(old.confidence, new.confidence) + 0.05), 2)


def bucket(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[list[Mention]]:
    """Assign sorted mentions to the sentence spans that contain them."""
    starts = [s for s, _ in spans]
    out: list[list[Mention]] = [[] for _ in spans]
    for m in mentions:
        i = bisect_left(starts, m.start + 1) - 1
        if 0 <= i < len(spans) and spans[i][0] <= m.start and m.end <= spans[i][1]:
            out[i].append(m)
    return out
