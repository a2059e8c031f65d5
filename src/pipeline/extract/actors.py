"""Actor mentions: countries, metonyms, provinces/states, institutions, people, groups.

Each mention carries the actor code and a syntactic hint from its neighbourhood:
`target` ("on Canadian goods", "imports from Canada"), `initiator` ("U.S. tariffs",
"Canada's counter-tariffs", "imposed by Ottawa"), `location` ("in Washington") or None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.gazetteer import Gazetteer, case_blind, guarded
from pipeline.extract.people import PersonMention

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|')(?!\w)")


def _words_before(words: str, rest: str = r"\s+(?:the\s+)?$") -> str:
    """ "\\b(?:words)rest" read case-blind, as with re.IGNORECASE (which leaves \\b, \\s and
    $ alone): the words' first letters are classes (`case_blind`), on which the regex engine
    rejects an alternative in one test instead of trying it letter by letter."""
    return rf"\b(?:{case_blind(words, depth=3)})(?i:{rest})"


# "The Americans still charge 35 per cent": the people named with "the" as the subject of
# a verb of taxing stand for their government (plain "Americans" never do)
_THE_PEOPLE_ACT = re.compile(
    r"\s+(?:still\s+|now\s+|also\s+)?(?:charge|collect|impose|levy|put|slap|apply|keep)\b"
)
_REL_BEFORE = re.compile(r"\b(?:that|which)\s+$")
_REL_AGENT_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:(?:planned|threatened|intended|wanted|was\s+going|were\s+going)"
    r"\s+to\s+(?:impose|put|apply|levy|slap)|imposed|put|applied|levied|slapped|placed)\b"
)
_CALLED_HIM_BEFORE = re.compile(
    r"\b(?:called|met|met with|spoke to|spoke with|talked to|talked with"
    # "flew to Florida and had dinner with him at Mar-a-Lago"
    r"|(?:dinner|lunch|breakfast|a call|a meeting)\s+with)\s+$"
)
_SPARED_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?:largely\s+|also\s+|again\s+|mostly\s+)?(?:spared|exempted)\b"
)
_LOCATION_BEFORE = re.compile(
    _words_before(
        "in|at|across|throughout|near|inside|visit(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)? to|"
        "trip to|arrived in|flew to|based in|headquartered in|returned from|back from|"
        # "no later than May 3, according to the White House": a source, not a party
        "according to"
    )
)
_CITY_COMMA_BEFORE = re.compile(
    r"\b(?:in|at|from|near|of|outside)\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)?,\s+$"
)
_MADE_IN_BEFORE = re.compile(
    _words_before(
        "built|made|produced|manufactured|assembled|grown|sourced|mined|brewed|distilled"
        "|originating|originate|originates",
        r"\s+in\s+(?:the\s+)?$",
    )
)
# "goods transshipped through Canada": the goods come by way of that country.
_ROUTED_BEFORE = re.compile(
    _words_before(
        "trans-?shipped|shipped|routed|re-?routed|funnell?ed|moved|sent|passed",
        r"\s+(?:through|via)\s+(?:the\s+)?$",
    )
    # "most products of Canada entered for consumption": where the goods come from
    + "|"
    + _words_before("products|goods|articles|merchandise", r"\s+of\s+(?:the\s+)?$")
)
_TARGET_BEFORE = re.compile(
    _words_before(
        "on|against|targeting|targets|targeted|at|from|to|toward|towards|into|hit(?:s|ting)?|"
        "hurt(?:s|ing)?|punish(?:es|ing)?|aimed at|directed at|exempt(?:ing|ed)?|spar(?:e|ed|ing)",
        r"\s+(?:the\s+|all\s+|its\s+|imported\s+|some\s+|most\s+|many\s+|key\s+|certain\s+)?$",
    )
)
# "Canada has faced tariffs", "Ontario was hit by duties": the subject suffers the measure.
_SUFFERS = (
    r"(?:(?:has|have|had|is|are|was|were|also|already|still|now|been|will|would|could|be"
    r"|immediately|quickly|soon)\s+)*(?:faced|face|faces|facing|hit by|hit with|subject to"
    r"|suffer\w*|absorb\w*|weather\w*|exempted from|spared from|hurt by|targeted by|caught in"
    r"|pay|pays|paid|paying)\b"
)
_SUFFERS_AFTER = re.compile(r"(?:'s|\u2019s)?\s+[\"\u201c]?" + _SUFFERS, re.IGNORECASE)
# 'if Canada "makes a deal with China," it will be hit with a 100 percent tariff': the
# country the condition names is the one the main clause's pronoun says suffers
_IF_BEFORE = re.compile(r"\b(?:if|unless|should)\s+$", re.IGNORECASE)
_THEN_IT_SUFFERS = re.compile(
    r"[^.;:]{0,80}?,[\"\u201d]?\s+(?:it|they)\s+" + _SUFFERS,
    re.IGNORECASE,
)
# "Trump told Canada that its goods will face ...": the one told is addressed, not acting;
# the goods it owns are the measure's target.
_TOLD_BEFORE = re.compile(
    _words_before("told|tells|telling|warned|warns|warning|informed|notified|wrote to|writing to")
)
_ITS_GOODS_AFTER = re.compile(
    r"[^.;]{0,40}?\bthat\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:goods|exports|products|imports"
    r"|steel|alumini?um|lumber|autos|vehicles|cars|energy|dairy)\b",
    re.IGNORECASE,
)
# A country's name used as a noun modifier names where a measure is aimed ("the Canada
# tariffs", "the China tariffs"); only the United States' names are the usual adjective
# for its own measures ("U.S. tariffs").
_US_NOUNS = frozenset({"U.S.", "US", "United States", "America", "U.S.A.", "USA"})
_BARE_MEASURE_NEXT = re.compile(r"\s+(?:tariffs?|duties|levy|levies)\b")
_BY_BEFORE = re.compile(_words_before("by"))
_PREP_BEFORE = re.compile(
    _words_before(
        "with|to|of|for|from|against|on|about|over|than|like|between|toward|towards|"
        "concerning|regarding"
    )
)
_PREP_TITLE_BEFORE = re.compile(
    r"\b(?:with|to|of|for|from|against|on|about|between|toward|towards)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}$"
)
_MEASURE_WORDS = (
    r"(?P<kw>counter-?tariffs?|tariffs?|duties|duty(?!-free)|surtax\w*|levies|levy|"
    r"retaliat\w+|counter-?measures?|measures?|export tax\w*|tax(?:es)?|surcharges?|ban|boycott|"
    r"government|officials?|administration|negotiators?|trade minister|president|"
    r"prime minister|side|response|order|move|decision|plan|threat|list)\b"
)
_GOODS_WORDS = (
    r"(?:goods|good(?=\s+(?:not|that|which|entering|crossing|shipped|sold|made))|products?|exports|imports|steel|alumini?um|lumber|"
    r"(?:auto|car|vehicle)\s+parts|autos?|"
    r"vehicles|cars|companies|firms|exporters|producers|manufacturers|businesses|industr\w+|"
    r"mills|smelters|plants|factories|shippers|growers|processors|sawmills|mines|miners|"
    r"sectors?|economy|workers|farmers|consumers|market|energy|electricity|oil|potash|dairy|"
    r"wines?|whiske?y|bourbon|beers?|spirits?|liquor|alcohol|agricultur\w*|food|seafood|softwood|copper|"
    r"cabernet|merlot|chardonnay|pinot|riesling|rye|vodka|gin|rum|cider|craft beers?|ice ?wine|"
    r"makers|made|brands|items|inputs|shipments|trucks|pharmaceuticals|fertilizer|crude)\b"
)
# Modifiers ("American", "Canada's", "U.S.") may have up to two words before the noun;
# plain names ("Ontario pulled ... alcohol") must be followed by it directly.
_MEASURE_AFTER = re.compile(rf"\s+(?:[\w.-]+\s+){{0,4}}?{_MEASURE_WORDS}", re.IGNORECASE)
_GOODS_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_GOODS_WORDS}", re.IGNORECASE)
# The rest of an agreement's name after a party in it: "-United States-Mexico Agreement".
_AGREEMENT_TAIL = re.compile(
    r"(?:-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)*\s+(?:Free\s+Trade\s+)?(?:Agreement|Accord|Treaty|Pact)\b"
)
_OF_AFTER = re.compile(r"\s+of\s")
_BORDER_AFTER = re.compile(r"\s+border\b")
_AT_THE_BEFORE = re.compile(r"\b(?:at|across)\s+the\s+$")
# "dairy imports into Canada face tariffs": the country goods enter collects the duty.
_INTO_BEFORE = re.compile(
    r"\b(?:imports?|imported|shipments?|goods|products|entering|entry)\s+(?:[\w-]+\s+)?"
    r"(?:into|entering)\s+(?:the\s+)?$|\bentering\s+(?:the\s+)?$"
    # "have paid 35 per cent on entry to the United States"
    r"|\bon\s+entry\s+(?:to|into)\s+(?:the\s+)?$"
    r"|\b(?:shipped|sent|brought|coming|comes|come|came|crossing|crosses|crossed|cross|moving|flowing|trucked)\s+into"
    r"\s+(?:the\s+)?$"
    # "vehicles assembled anywhere outside the United States face ...": that country taxes them
    r"|\boutside\s+(?:of\s+)?(?:the\s+)?$"
    # "lumber shipped from Canada to the United States carries duties": where goods go
    r"|\b(?:shipped|sent|exported|trucked|railed)\s+from\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+to"
    r"\s+(?:the\s+)?$"
    # "lumber exported by the Company to the United States", "goods exported to the U.S."
    r"|\b(?:shipped|sent|exported|trucked|railed)\s+(?:by\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+)?to"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _may_be_into(before: str) -> bool:
    """A cheap necessary test for _INTO_BEFORE: each of its alternatives ends with "into",
    "entering", "outside" or "to", and none of the letters tested here has a case-blind
    variant beyond ASCII. The search costs many times the substring tests."""
    low = before.lower()
    return "to" in low or "enter" in low or "out" in low


_FRAME_BEFORE = re.compile(r"\s*(?:For|As for)\s+(?:the\s+)?")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|includes|included|even)\s+(?:the\s+)?$")
_INCLUDED_AFTER = re.compile(r",?\s+included\b")
_ORIGIN_AFTER = re.compile(
    r"-(?:built|made|produced|grown|assembled|manufactured|sourced|origin)\b"
    # a state or province naming where a product comes from: "the California reds",
    # "Kentucky bourbon", "Florida orange juice"
    r"|\s+(?:reds|whites|wines?|bourbons?|whiske?ys?|beers?|spirits|ciders?|vodka|gin|rum"
    r"|oranges|orange\s+juice|apples|cherries|peaches|potatoes|lobsters?|maple\s+syrup"
    r"|cheeses?|pork|beef|ice\s?wine)\b"
)
_GOODS_LIST = re.compile(r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[\w-]+)*\s*")
_OPPOSITION_BEFORE = re.compile(
    r"\b(?:Conservative|NDP|New Democrat|Bloc(?: Qu[ée]b[ée]cois)?|Green|Opposition|opposition|"
    r"Democratic|Republican)(?: Party)? [Ll]eader\s+$"
)
_PRIVATE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:business|industry|trade|farm|labour|labor|consumer|manufacturing|"
    r"exporters'?|steel|auto)?\s*(?:groups?|associations?|lobby|lobbyists|chambers?|executives|"
    r"economists|analysts|unions?|(?:home)?builders|contractors|retailers|shoppers|airlines?"
    r"|airways|railways?|railroads?|corp(?:oration)?|inc|ltd|company|co|motors|bank)\b",
    re.IGNORECASE,
)
# "Washington trade lawyer Dolores Whitcombe": where a professional works, not a government.
_PROFESSION_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:lawyer|attorney|economist|analyst|consultant|lobbyist|strategist"
    r"|broker|accountant|banker)s?\b",
    re.IGNORECASE,
)
_AGENCY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:board|branch|agency|agencies|commission|stores|outlets|"
    r"retailers?|distributor|monopoly)\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
_MEASURE_NEXT = re.compile(rf"\s+{_MEASURE_WORDS}", re.IGNORECASE)
_GOODS_NEXT = re.compile(rf"\s+{_GOODS_WORDS}", re.IGNORECASE)
# "charging Mexico and Canada a 25 per cent tariff": either of two countries charged
_PAIRED = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
_CHARGED_BEFORE = re.compile(
    _words_before(
        "charge[sd]?|charging|slap(?:s|ped|ping)?",
        rf"\s+(?:the\s+)?(?:{_PAIRED}\s+(?:and|or)\s+(?:the\s+)?)?$",
    )
)
_RATE_NEXT = re.compile(
    rf"(?:\s+(?:and|or)\s+{_PAIRED})?\s+(?:an?\s+|another\s+|the\s+)?(?:\d|[a-z-]+\s+per\s?cent)"
)
_ADJ_LIKE = frozenset({"U.S.", "US", "EU", "E.U.", "UK", "U.K."})
_GENERIC = guarded(  # a look-ahead on first characters: about twice as fast
    # ("the President of Mexico", "president of the Canadian Steel Producers Association":
    # another country's or a body's)
    r"\b(?P<pres>(?:the\s+)?(?:U\.S\.\s+|American\s+)?[Pp]resident)\b(?!\s+[A-Z]|'s Office|ial"
    r"|\s+of\s+(?:the\s+)?(?!United\s+States|America)[A-Z])"
    r"|\b(?P<pm>(?:the\s+)?(?:Canadian\s+)?[Pp]rime\s+[Mm]inister)\b"
    r"(?!\s+[A-Z]|'s Office|\u2019s Office)"
    r"|\b(?P<leaders>(?:[Tt]he\s+two|the|[Bb]oth|[Tt]wo)\s+leaders|The\s+leaders(?!\s+of\b))\b"
    r"|\b(?P<men>(?:[Tt]he\s+two|[Bb]oth)\s+(?:men|women))\b"
    r"|\b(?P<sides>(?:[Bb]oth|[Tt]he two)\s+(?:countries|sides|nations|governments|neighbours|"
    r"neighbors|delegations|teams|capitals))\b"
    r"|\b(?P<pron>[Hh]e|[Ss]he)\b(?!')"
    # "Trudeau called him that same Monday evening": the person named last, as the object
    # of a call or meeting
    r"|\b(?P<him>him)\b"
    r"|\b(?P<prov>(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\s+(?:province|provincial government|state"
    r"|state government))\b"
    # "the governor and the premier agreed to meet again": the last state's and province's
    r"|\b(?P<head>[Tt]he\s+(?:[Pp]remier|[Gg]overnor))\b(?!\s+[A-Z]|'s|\u2019s)"
    r"|\b(?P<caoff>[Tt]he\s+(?:(?:international\s+)?trade|finance|foreign affairs|industry|"
    r"[Ff]oreign|[Ii]ndustry|[Ff]inance|(?:[Ii]nternational\s+)?[Tt]rade)\s+[Mm]inister)\b(?!\s+[A-Z])"
    r"|\b(?P<usoff>[Tt]he\s+(?:[Cc]ommerce|[Tt]reasury)\s+[Ss]ecretary|[Tt]he\s+U\.S\.\s+"
    r"[Tt]rade\s+[Rr]epresentative"
    # "members of the incoming administration", "the new U.S. administration"
    r"|the\s+(?:incoming|new|next)\s+(?:U\.S\.\s+|American\s+)?administration)\b(?!\s+[A-Z])",
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    code: str  # CA, US, CA-ON, ... or "CA+US" for a group
    kind: str  # country, adjective, metonym, demonym, subdivision, institution, court,
    # panel, person, leader, group, pronoun
    leader: bool = False
    hint: str | None = None  # initiator, target, location
    subject: bool = False  # not governed by a preposition
    opposition: bool = False  # an opposition or party leader: pledges, not measures
    trade_role: bool = False  # a person whose office is trade (Commerce, USTR, trade minister)

    @property
    def country(self) -> str:
        return self.code.split("-")[0]


def find_actor_mentions(text: str, gaz: Gazetteer, has_us_context: bool) -> list[Mention]:
    """Country, subdivision and institution mentions in the whole text (one scan)."""
    out: list[Mention] = []
    for m in gaz.actor_re.finditer(text):
        phrase = m.group()
        surface = gaz.surfaces.get(phrase)
        if surface is None:
            code = gaz.context_metonyms.get(phrase)
            if code is None or not has_us_context:
                continue
            kind = "metonym"
        else:
            code, kind = surface.code, surface.kind
        if kind in ("metonym", "country") and _blocked(text, m.end(), gaz):
            continue
        out.append(Mention(m.start(), m.end(), code, kind))
    return _towns_named_for_capitals(text, out)


def _towns_named_for_capitals(text: str, mentions: list[Mention]) -> list[Mention]:
    """A capital's name followed by another country's province or state is a town there
    ("a carrier in London, Ont.", "Paris, Ont."): it stands for no government."""
    drop = set()
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        if (
            m.kind == "metonym"
            and nxt.kind == "subdivision"
            and nxt.country != m.country
            and _COMMA_ONLY.fullmatch(text, m.end, nxt.start)
        ):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


_COMMA_ONLY = re.compile(r",\s+")


def _blocked(text: str, end: int, gaz: Gazetteer) -> bool:
    """'Washington Post', 'Ottawa Senators': a newspaper or team, not a government."""
    nxt = re.match(r"\s+([\w.]+)", text[end : end + 30])
    return bool(nxt and nxt.group(1) in gaz.metonym_blockers)


def person_mentions(people: list[PersonMention]) -> list[Mention]:
    out = []
    for p in people:
        code = p.code or p.country
        if code and p.acts:
            trade = bool(p.role and _TRADE_ROLE.search(p.role))
            out.append(Mention(p.start, p.end, code, "person", leader=p.leader, trade_role=trade))
    return out


# the offices of trade ("Secretary of Commerce", "Trade Representative", "Minister of
# International Trade"), not a private person's trade ("a trade lawyer in Toronto")
_TRADE_ROLE = re.compile(
    r"\b(?:[Cc]ommerce [Ss]ecretary|[Ss]ecretary of [Cc]ommerce|[Tt]rade [Rr]epresentative"
    r"|[Tt]rade [Mm]inister|[Mm]inister\b[^,;]{0,40}\b[Tt]rade\b)"
)


_SUBNATIONAL = re.compile(r"\b(?:[Gg]overnors?|[Pp]remiers?)\b")
_NATIONAL = re.compile(r"\b(?:[Pp]rime [Mm]inister|[Pp]resident)\b")


@lru_cache(maxsize=16)
def _leader_word_starts(text: str) -> tuple[list[int], list[int]]:
    """Where an article names governors or premiers, and prime ministers or presidents:
    found once per article (a text full of "the leaders" stays linear)."""
    return (
        [m.start() for m in _SUBNATIONAL.finditer(text)],
        [m.start() for m in _NATIONAL.finditer(text)],
    )


def _subnational_leaders(text: str, pos: int) -> bool:
    """ "The governors and premiers of the Great Lakes ... the leaders had agreed": the
    leaders last named are a region's, not the heads of government."""
    sub_starts, nat_starts = _leader_word_starts(text)
    i, j = bisect_left(sub_starts, pos), bisect_left(nat_starts, pos)
    return i > 0 and (j == 0 or nat_starts[j - 1] < sub_starts[i - 1])


def generic_mentions(
    text: str,
    start: int,
    end: int,
    last_person: Mention | None,
    last_subdivision: dict[str, str] | None = None,
) -> list[Mention]:
    """'the president', 'the two leaders', 'both sides', he/she (the last person) and
    'the province' / 'the state' (the last one named, by country)."""
    out = []
    for m in _GENERIC.finditer(text, start, end):
        if m.group("pres"):
            out.append(Mention(m.start(), m.end(), "US", "leader", leader=True))
        elif m.group("pm"):
            out.append(Mention(m.start(), m.end(), "CA", "leader", leader=True))
        elif m.group("leaders"):
            # "Ferguson and Eby met ... Both leaders described the meeting as friendly": a
            # governor and a premier, no heads of government
            if (last_person is None and not _subnational_leaders(text, m.start())) or (
                last_person is not None and "-" not in last_person.code
            ):
                out.append(Mention(m.start(), m.end(), "CA+US", "group", leader=True))
        elif m.group("men"):
            # "His office said the two men are expected to speak on Monday": the leaders,
            # when the last person named is one
            if last_person is not None and last_person.leader and "-" not in last_person.code:
                out.append(Mention(m.start(), m.end(), "CA+US", "group", leader=True))
        elif m.group("sides"):
            out.append(Mention(m.start(), m.end(), "CA+US", "group"))
        elif m.group("caoff") or m.group("usoff"):
            code = "CA" if m.group("caoff") else "US"
            out.append(Mention(m.start(), m.end(), code, "official"))
        elif m.group("prov"):
            country = "CA" if "province" in m.group("prov") else "US"
            code = (last_subdivision or {}).get(country) or ""
            if m.group("prov")[0] in "HhOo":
                # "Ford said his province could ...": the speaker's, resolved in the sentence
                out.append(Mention(m.start(), m.end(), code, "own-subdivision"))
            elif code:
                # "the province": the one named last, unless the sentence names one before
                # it (resolved with the sentence's mentions)
                out.append(Mention(m.start(), m.end(), code, "the-subdivision"))
        elif m.group("head"):
            country = "CA" if "premier" in m.group("head").lower() else "US"
            code = (last_subdivision or {}).get(country)
            if code:
                out.append(Mention(m.start(), m.end(), code, "official"))
        elif m.group("him"):
            # the object of the call is not the sentence's own subject: the last person named
            # before the sentence
            if (
                last_person is not None
                and last_person.code
                and _CALLED_HIM_BEFORE.search(text, max(start, m.start() - 12), m.start())
            ):
                out.append(
                    Mention(
                        m.start(), m.end(), last_person.code, "person", leader=last_person.leader
                    )
                )
        else:  # resolved later to a person of the same sentence, else the last one
            code = last_person.code if last_person else ""
            leader = last_person.leader if last_person else False
            out.append(Mention(m.start(), m.end(), code, "pronoun", leader=leader))
    return out


def _in_agreement_name(text: str, mt: Mention) -> bool:
    """The mention is part of a hyphenated agreement name ("Canada-U.S.-Mexico Agreement",
    "Canada-United States-Mexico Agreement")."""
    start = mt.start
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
        start -= 1
    tail = _AGREEMENT_TAIL.match(text, mt.end)
    if tail is not None and ("-" in text[start : mt.start] or "-" in tail.group()):
        return True
    # "the free trade agreement between Canada, the United States and Mexico" (a substring
    # test first: this runs for every mention)
    back = max(0, mt.start - 80)
    if text.find("between", back, mt.start) < 0 and text.find("among", back, mt.start) < 0:
        return False
    return _AGREEMENT_BETWEEN_BEFORE.search(text, back, mt.start) is not None


_AGREEMENT_BETWEEN_BEFORE = re.compile(
    r"\b(?:agreement|pact|treaty)\s+(?:between|among)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*(?:the\s+)?$"
)


_AND_ONLY = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")


def _coordinated_place(text: str, prev: Mention | None, mt: Mention) -> bool:
    """`mt` is joined by "and"/"or" to a place just before it ("in Ontario and Quebec")."""
    return (
        prev is not None
        and prev.hint == "location"
        and _AND_ONLY.fullmatch(text, prev.end, mt.start) is not None
    )


def annotate(text: str, sent_start: int, mentions: list[Mention]) -> None:
    """Set hint and subject flags from each mention's neighbourhood (in place)."""
    last_person: Mention | None = None
    for i, mt in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        if mt.kind == "pronoun" and last_person is not None and last_person.opposition:
            mt.hint, mt.opposition = "location", True  # "Poilievre said he would ..."
            continue
        if mt.kind == "person":
            last_person = mt
        before = text[max(sent_start, mt.start - 40) : mt.start]
        after = text[mt.end : mt.end + 60]
        poss = _POSSESSIVE.match(after)
        rest = after[poss.end() :] if poss else after
        told = _TOLD_BEFORE.search(before) is not None
        mt.subject = not (
            told
            or _PREP_BEFORE.search(before)
            or (mt.kind == "person" and _PREP_TITLE_BEFORE.search(before))
        )  # "a letter to Prime Minister Mark Carney": the title sits between
        if mt.kind == "group":
            continue
        modifier = bool(poss) or mt.kind == "adjective" or text[mt.start : mt.end] in _ADJ_LIKE
        owner = modifier or mt.kind in ("country", "subdivision", "metonym")
        measure_re, goods_re = (
            (_MEASURE_AFTER, _GOODS_AFTER) if modifier else (_MEASURE_NEXT, _GOODS_NEXT)
        )
        m_measure = measure_re.match(rest) if owner else None
        m_goods = goods_re.match(rest) if owner else None
        compound = bool(
            m_measure
            and m_goods
            and _GOODS_LIST.fullmatch(rest, m_goods.end(), m_measure.start("kw"))
        )  # "U.S. lumber duties", "American steel and aluminum duties": goods modify it
        if _in_agreement_name(text, mt):
            mt.hint = "location"  # "the U.S.-Mexico-Canada Agreement" names no party
        elif mt.kind in ("country", "metonym") and (
            _INCLUDING_BEFORE.search(before) or _INCLUDED_AFTER.match(after)
        ):
            # "from any country, including Canada", "from every country, Canada included":
            # one of the countries the measure hits, named as a member of "every country"
            mt.hint, mt.subject = "location", False
        elif mt.kind in ("metonym", "country", "adjective") and _PROFESSION_AFTER.match(after):
            mt.hint = "location"  # "Washington trade lawyer", "a Canadian economist"
        elif _FRAME_BEFORE.fullmatch(before) and after.startswith(","):
            mt.hint = "location"  # "For Canada, the ruling wipes out ...": a point of view
        elif _BORDER_AFTER.match(after) and _AT_THE_BEFORE.search(before):
            mt.hint = "agent"  # "duties at the U.S. border": that country collects them
        elif _may_be_into(before) and _INTO_BEFORE.search(before):
            mt.hint = "agent"  # "imports into Canada", "goods entering the U.S."
        elif told and _ITS_GOODS_AFTER.match(after):
            mt.hint = "target"  # "told Canada that its goods will face a 35 percent tariff"
        elif _ORIGIN_AFTER.match(after):
            mt.hint = "target"  # "American-built vehicles": where goods come from
        elif _REL_BEFORE.search(before) and _REL_AGENT_AFTER.match(after):
            # "the tariffs on Canadian goods that Washington planned to impose": the measure
            # named before is the one this actor imposes
            mt.hint = "agent"
        elif not poss and _SPARED_AFTER.match(after):
            mt.hint = "target"  # "Canada was spared the reciprocal tariffs": who is spared
        elif _CHARGED_BEFORE.search(before) and not poss and _RATE_NEXT.match(after):
            # "the United States will charge Canada a 35% tariff": who is charged pays it
            mt.hint, mt.subject = "target", False
        elif mt.kind == "person" and _OPPOSITION_BEFORE.search(before):
            # "Conservative Leader Pierre Poilievre said he would retaliate": opposition
            # pledges are not measures (they still count as people and in talks).
            mt.hint, mt.opposition = "location", True
        elif modifier and _PRIVATE_AFTER.match(rest):
            # "Canadian business groups said a tariff would ...": lobbies and experts speak
            # about measures but never impose them.
            mt.hint = "location"
        elif owner and _AGENCY_AFTER.match(rest):
            # "British Columbia's liquor distribution branch stopped buying ...": the
            # government's agency acts, though "liquor" reads like goods.
            mt.hint = "initiator"
        elif (
            mt.kind == "country"
            and not poss
            and text[mt.start : mt.end] not in _US_NOUNS
            and _BARE_MEASURE_NEXT.match(after)
        ):
            mt.hint = "target"  # "exempt from the Canada tariff": the tariff on Canada
        elif m_measure and (compound or not (m_goods and m_goods.end() < m_measure.end())):
            # "U.S. tariffs", "Trump's tariffs", even after "against" or "to".
            mt.hint = "initiator"
        elif (
            _SUFFERS_AFTER.match(after)
            or (_IF_BEFORE.search(before) and _THEN_IT_SUFFERS.match(after))
            or _MADE_IN_BEFORE.search(before)
            or _ROUTED_BEFORE.search(before)
        ):
            mt.hint = "target"
        elif _LOCATION_BEFORE.search(before) or (
            mt.kind == "subdivision" and _CITY_COMMA_BEFORE.search(before)
        ):
            mt.hint = "location"  # (also "a mill in Hamilton, Ontario": the city's province)
        elif _BY_BEFORE.search(before):
            mt.hint = "agent"  # "imposed by the U.S."
        elif (
            m_goods
            and modifier
            and m_goods.group().endswith("imports")
            and _OF_AFTER.match(rest, m_goods.end())
        ):
            mt.hint = "agent"  # "tariffs on all U.S. imports of steel": the importer's duty
        elif _TARGET_BEFORE.search(before) or m_goods:
            mt.hint = "target"
        if mt.hint is None and _coordinated_place(text, prev, mt):
            mt.hint = "location"  # "mills in Ontario and Quebec": both are places
        if (
            mt.kind == "demonym"
            and mt.hint != "target"
            and not (
                text[max(0, mt.start - 4) : mt.start].lower() == "the "
                and _THE_PEOPLE_ACT.match(text, mt.end)
            )
        ):
            mt.hint = "location"  # "Canadians" never act as a government
