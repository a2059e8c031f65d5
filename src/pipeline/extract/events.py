"""Sentence-level event rules and article-level merging.

For every sentence the trigger lexicons (data/triggers.yaml) propose events; actors,
rates, money, products and dates are read from the same sentence, with the previous
sentences as context for missing actors. Candidates of one happening are then merged
(one event per happening per article).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from pipeline.extract import modality
from pipeline.extract.actors import Mention, annotate, generic_mentions
from pipeline.extract.authority import annotations, historical_year
from pipeline.extract.dates import DateMention, count_word, find_dates
from pipeline.extract.gazetteer import CLAUSE_CHAR, Gazetteer, guarded
from pipeline.extract.products import (
    SECTORAL_GOODS,
    find_products,
    labels_in,
    names_all_goods,
)
from pipeline.extract.rates import (
    SCHEDULED_RISE,
    TRADE_REMEDY,
    RateMention,
    find_money,
    find_rates,
    word_number,
)
from pipeline.extract.speakers import FIRST_PERSON, Speakers
from pipeline.models import SYMMETRIC_TYPES, Event, Value

MEASURES = ("tariff", "nontariff_measure")
_MEASURE_KEYS = ("tariff", "nontariff")  # their trigger lexicons
MAX_TRIGGERS = 6  # per sentence and lexicon
_PAIR = {"CA": "US", "US": "CA"}
_GROUP = "CA+US"

# A date right after one of these cues is when the measure takes (took) effect.
_EFFECT_CUE = re.compile(
    r"(?:\b(?:take|takes|took|taking|go|goes|went|going|come|comes|came|coming|kick|kicks|"
    r"kicked|kicking|put|went)\s+(?:into\s+|in\s+)?(?:effect|force|in)"
    r"|\beffective|\bstarting|\bstart(?:s|ed|ing)?|\bbeginning|\bbeg(?:in|ins|an)|\bas of"
    # (not "the payments due Monday": a day of payment)
    r"|\bas early as|\bon or after|\bno later than|\bfrom|\bsince"
    r"|(?<!payments )(?<!payment )(?<!bills )(?<!returns )(?<!filings )\bdue"
    r"|\b(?:set|scheduled|promised|planned|slated|due) for"
    r"|\bapply|\bapplies|\bimposed|\blifted|\bremoved|\bpaused"
    r"|\bended|\bscrapped|\bdropped|\bsuspended|\bdelayed|\bpostponed|\bcame into force"
    r"|\bretroactive(?:ly)?\s+to|\bbackdated\s+to"
    # "a matching tariff on parts will follow by the third of May"
    r"|\b(?:will|would)\s+follow)"
    r"\s*(?:(?:just|shortly|right)\s+(?:after|before)\s+)?(?:on\s+|at\s+|by\s+)?"
    r"(?:(?:midnight|12:01(?:\s*a\.m\.)?|one minute after midnight)"
    r"(?:\s+\w+){0,3}\s+(?:on\s+)?)?(?:the\s+)?$",  # "12:01 a.m. eastern daylight time on Oct. 14"
    re.IGNORECASE,
)
# The clock time of a change is its own cue: "doubled to 50 per cent at 12:01 a.m. Wednesday",
# "stopped collecting the duty at midnight Tuesday".
_CLOCK_CUE = re.compile(
    r"\bat\s+(?:midnight|12:01\s*a\.m\.|one minute after midnight)(?:\s+\w+){0,3}?\s+"
    r"(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Words that may come before a date heading a sentence: "On Friday,", "Late Sunday,", "Since
# March 4,", "Shortly after midnight on Tuesday,".
_LEAD_IN = re.compile(
    # (a clause may start at a colon: "CARNEY: Two weeks ago the Americans put ...")
    # (and after a report's paragraph number: "6.4 On 1 September 2025 the surtaxes ...")
    r"[\s\"'\u201c:]*(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+)?(?:WHEREAS,?\s+|Whereas,?\s+)?"
    # (and after a connective: "And then, this past Monday, both sets of tariffs came off")
    r"(?:(?:and|but|then|so)(?:\s+then)?,?\s+)?(?:this\s+past\s+|(?:this\s+)?(?:next|coming)\s+)?"
    r"(?:(?:on|late|early|since|by|as of|at|shortly|just|after|before|midnight|last|"
    r"12:01\s*a\.m\.|the\s+night\s+of|the\s+morning\s+of)\s+)*",
    re.IGNORECASE,
)
_ACTED_ON = ("in_effect", "removed", "paused", "reduced")
# When a measure began, named in a clause about a later change to it: "the surcharge that
# had taken effect on Monday", "which were due to kick in at 12:01 a.m. Tuesday", "in force
# since March 4", "imposed on April 9".
_RISE_MADE = re.compile(r"\b(?:doubled|tripled|raised|increased|hiked)\s+(?:its|their|the|his)\b")
_RISE_TO_COME = re.compile(
    # ("up from 25" is the old rate, no start to come)
    r"\b(?:will|would|said|says|announced|plans?|planned|to\s+take\s+effect|effective|starting"
    r"|(?<!\bup\s)from)\b",
    re.IGNORECASE,
)
_PLANNED_START_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:also\s+)?(?:(?:due|set|scheduled|slated|supposed|meant)\s+)?to\s+"
    r"(?:kick\s+in|start|begin|hit|take\s+effect|apply|collect|come\s+into\s+(?:force|effect))\b"
    r"[^.;]{0,60}$"
    r"|\b(?:had\s+)?planned\s+to\s+(?:impose|apply|put)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
_ANSWERED_ON_BEFORE = re.compile(
    r"\b(?:responded|answered|retaliated|replied|hit\s+back|struck\s+back)\s+(?:on\s+)?$", re.I
)
_WITH_BETWEEN = re.compile(r",?\s+with\s+(?:[\w$.,'\u2019-]+\s+){0,6}?")
_OLD_RATE_STARTED = re.compile(
    r"\b(?:doubling|tripling|up\s+from|replacing|from|than)\s+(?:the\s+)?[\d.]+\s*(?:per\s*cent|percent|%)"
    r"\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy)?\s*(?:that|which)\s+(?:had\s+|has\s+)?(?:took|taken"
    r"|went\s+into|gone\s+into|came\s+into|applied)\s*(?:effect|force)?\s*(?:on\s+|since\s+)?$",
    re.IGNORECASE,
)
_START_BEFORE = re.compile(
    r"\b(?:(?:had|has|have)\s+(?:taken|gone|come)\s+(?:into\s+)?(?:effect|force)|took effect"
    r"|(?:was|were|had been)\s+(?:due|set|scheduled|slated|supposed)\s+to\s+(?:\w+\s+){1,2}?"
    r"|(?:in (?:force|effect|place)\s+)?since|imposed|began|started)\s*(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
_IMMEDIATELY = re.compile(
    r"\b(?:effective|with effect|taking effect)\s+(?:immediately|today|tonight)\b"
    r"|\bas\s+of\s+(?:tonight|today|now)\b",
    re.I,
)
_SAME_PERIOD = re.compile(r"\bfor\s+the\s+same\s+(?:period|time|length\s+of\s+time|\w+\s+days)\b")
_SAME_ORDER = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+same\s+(?:executive\s+)?"
    r"(?:orders?|proclamations?|decrees?|notices?|package|list)\b"
)
_SAME_TIME = re.compile(r"\bthe\s+same\s+(?:minute|moment|time|hour|day|date)\b", re.IGNORECASE)
_WEEKDAY_WORD = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
# A weekday with no calendar date after it ("Sunday", not "Monday, September 1").
_NEXT_BEFORE = re.compile(r"\b(?:[Nn]ext|[Cc]oming)\s+$")
_WEEKDAY_ONLY = re.compile(rf"{_WEEKDAY_WORD}\b(?!,?\s+[A-Z][a-z]+\.?\s+\d)")
# A day by its name or number ("Sunday", "March 12", "May 20, 2019"), not "today" or a time.
_NAMED_DAY = re.compile(
    rf"{_WEEKDAY_WORD}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|[A-Z][a-z]+(?:['\u2019]s)? Day\b"  # "New Year's Day", "Canada Day"
)
# "removed its counter-tariffs ... at the start of the month": that month's first day.
_MONTH_START = re.compile(
    r"(?:[Aa]t\s+)?the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month"
    r"|the\s+first\s+(?:day\s+)?of\s+(?:the\s+)?(?:next|following|coming)\s+month"
)
# A timeline entry: "March 4 - ...", "Sept. 1: ..." (the date heads the entry).
_ENTRY_DASH = re.compile(r"\s*[-\u2013\u2014:]\s")
_ENTRY_HEAD = re.compile(
    # ("FEB. 3 —": a timeline in capitals)
    r"[\s*\u2022-]*"
    # ("Sunday night, June 29: ...": the weekday first)
    r"(?:[A-Z][a-z]+day(?:\s+(?:night|morning|afternoon|evening))?,\s+)?"
    r"(?P<day>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?P<year>,\s+\d{4})?)"
    r"\s*[-\u2013\u2014:]\s"
)
_COURT_TRADE_WORD = re.compile(
    r"tariff|dut(?:y|ies)\b|levy|levies|import|ieepa|emergency|trade|surtax"
)
_SUPPOSE_HEAD = re.compile(r"\W*(?:\([a-z]\)\s*)?(?:now\s+)?(?:suppose|imagine|assume|what\s+if)\b")
# a job posting's skills: "Familiarity with Section 232 and IEEPA procedures ... and with
# surtax and remission orders on the Canadian side is an asset"
_SKILL_HEAD = re.compile(
    r"[\W]*(?:(?:working|solid|strong|good|some)\s+)?(?:familiarity|experience|knowledge"
    r"|expertise|understanding)\s+(?:with|of|in)\b"
)
_UNDER_US_STATUTE = re.compile(
    r"\b[Uu]nder\s+(?:the\s+)?(?:Section\s+(?:232|301|122|201)\b|IEEPA\b"
    r"|International\s+Emergency\s+Economic\s+Powers\s+Act)"
)
_TOMORROW = re.compile(r"[Tt]omorrow\b")
# Two measures listed as one subject, then the verb: "..., and a 10 per cent tariff on buses,
# begins on Saturday" (the comma after the last one closes the subject)
_SHARED_START = re.compile(
    r",\s+and\s+(?:a|an|the)\s+[^,;]{5,80},\s+(?:begins?|starts?|takes?\s+effect|kicks?\s+in"
    r"|come\s+into\s+force|comes\s+into\s+force)\b"
)
_EXPECTED_ONLY = re.compile(r"\b(?:believes?|believed|probably|presumably|assumes?|assumed)\b")
_NOT_IN_EFFECT = re.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+(?:put\s+into|brought\s+into)\s+(?:effect|force)"
    r"|taken\s+effect|come\s+into\s+(?:effect|force)|been\s+(?:applied|collected|imposed))\b"
)
_AGO = re.compile(r"\bago\b")  # "Two weeks ago the Americans put 25 per cent on ..."
_SPEECH_VERB = re.compile(r"\b(?:said|says|announced|told|wrote|confirmed|posted)\b")
_NOW_WORD = re.compile(r"today|tonight|overnight|this (?:morning|afternoon|evening)", re.I)
_SAID_BEFORE = re.compile(
    # "said on Friday", "told clients on Thursday", "said late Sunday": when it was said
    r"\b(?:said|says|told(?:\s+(?!on\b)\w+){0,2}|announced|wrote|posted|stated|confirmed|added)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.I,
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|about|regarding|concerning|over|talks on|negotiations on|"
    # ("could look at tariffs on Canadian cars", "he was looking at tariffs on automobiles"
    # are threats, not topics)
    r"address(?:ed|es|ing)?|(?<!could )(?<!would )(?<!might )(?<!will )look(?:s|ed)? at"
    r"|(?<!could be )(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )looking at"
    r"|warn(?:s|ed|ing)? against|warnings? against)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
    # "an advertisement that quoted Ronald Reagan on tariffs": what someone said on them
    r"|\b(?:quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|speech(?:es)?|remarks?|views?|words?)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,3}?on\s+$",
    re.IGNORECASE,
)
# "would review its remaining countermeasures": the measures in place, under study.
_REVIEWED_BEFORE = re.compile(
    r"\b(?:review|reviewing|reconsider(?:ing)?|re-?evaluat\w*|reassess\w*)\s+"
    r"(?:its|their|the|his|her|our)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_COURT_CASE = re.compile(
    r"\b(?:[Cc]ourts?|judges?|justices|lawsuits?|su(?:ed|es|ing)|litigation|tribunal|"
    r"legal challenges?|plaintiffs?)\b"
)
_REL_OWNER_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|just|already)\s+)*(?:promised|threatened|imposed|announced|slapped|"
    r"ordered|levied|planned|proposed|put|unveiled|introduced)\b"
)
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their|our|his|her)\s+own\b")
_REL_THAT = re.compile(r"\s+(?:that|which)\s")
_SPEECH_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:says|said|told|tells|announced|stated|added|wrote|posted)\b"
)
_DEFINITE_BARE = re.compile(r"\bthe\s+$")
_STANCE_BEFORE = re.compile(
    r"\b(?:support\w*|(?:would|will|to|could)\s+back|endors\w*|oppos\w*|challeng\w*|contest\w*|criticiz\w*|"
    r"called(?=\s+(?:the|these|those|its|their)\s)|"
    r"criticis\w*|condemn\w*|denounc\w*|protest\w*)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(
    r"\b(?:similar|such|the same|those|these|any|other|comparable)\s+(?:[\w-]+\s+)?$"
    # "model the cost of the new counter-tariffs": the measures reported, priced
    r"|\bcost\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_RELIEF_FROM_THOSE = re.compile(
    r"\b(?:relief|remission|exempt\w*|waiv\w+|break|spared?|excused?)\s+(?:\w+\s+){0,2}?"
    r"(?:from|of)\s+(?:those|these)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_COMMENTATORS = re.compile(
    r"\b(?:[Ee]conomists?|[Aa]nalysts?|[Cc]onsultants?|[Ee]xperts?|[Ss]trategists?|[Oo]bservers"
    r"|[Ff]orecasters)\b(?:\s+[\w,'\u2019-]+){0,6}?\s+(?:say|said|says|estimate[sd]?|expect(?:s|ed)?"
    r"|warn(?:s|ed)?|note[sd]?|argue[sd]?|believe[sd]?|project(?:s|ed)?|calculate[sd]?)\b"
)
# "the steel tariffs ... are not part of the case": measures the case leaves alone.
_OUTSIDE_CASE = re.compile(
    r"\b(?:not|never) (?:part of|at issue in|covered by|included in|affected by|subject to) "
    r"(?:the|that|this) (?:case|challenge|lawsuit|suit|ruling|decision|litigation)\b"
)
# A political party's proposal or platform: a pledge, not a government's measure.
_PARTY_PLAN_BEFORE = re.compile(
    r"\b(?:(?:the|an?)\s+(?:opposition\s+)?party|ndp|conservatives?|bloc(?:\s+quebecois)?"
    r"|greens?|liberals?|democrats?|republicans?)'s\s+(?:[\w-]+\s+)?"
    r"(?:proposal|plan|platform|pledge|promise|policy|motion|bill)\b[^.;]{0,130}$"
)
# The measure just named, called a retaliation: "calling it retaliation for years of ...".
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)|label(?:s|led|ling|ed|ing)"
    r"|term(?:s|ed|ing)?)\s+(?:it|them|the\s+(?:move|measure|tariffs?|duty|duties))\s+"
    r"(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "pricing in the chance that Ottawa and Washington agree on a quota system": a measure
# someone speculates about, not one an actor announced or threatened.
_SPECULATION_BEFORE = re.compile(
    r"\bthe\s+(?:chance|possibility|prospect|likelihood|odds)\s+that\b[^.;]{0,150}$"
)
_LEGAL_CAP_BEFORE = re.compile(
    r"\b(?:allows?|allowing|permits?|permitting|authori[sz]es|authori[sz]ing|lets?|caps?)\s+"
    r"(?:(?:temporary|import|additional|new|such)\s+)?$",
    re.I,
)
_BARE_AGREEMENT_BEFORE = re.compile(
    r"\bremission\s+$"
    r"|\b(?:under|covered by|compliant with|outside|outside of|exempt under|per|by)\s+"
    r"(?:the\s+)?(?:[\w.]+-[\w.-]+\s+)?$"  # "under the U.S.-Mexico-Canada Agreement"
)
# "urged Ottawa to negotiate", "called for talks": a demand by someone else, not an event.
_DEMAND_BEFORE = re.compile(
    r"\b(?:urg\w*|call\w* (?:on|for)|press\w*(?:\s+for)?|want\w*|ask\w*|lobb\w*|push\w* for)"
    r"\b(?:\s+[\w.'\u2019-]+){0,3}?\s+(?:to\s+(?:\w+\s+){0,2})?$"
    # "said Canada should stop buying U.S. steel altogether": advice, not a measure
    r"|\bsaid\s+(?:canada|ottawa|the\s+government|the\s+province|washington)\s+should\s+$",
    re.IGNORECASE,
)
_WITHOUT_BEFORE = re.compile(
    r"\b(?:without|no|or)\s+(?:any\s+)?(?:\w+\s+or\s+)?$"
    # "the measure, which Mr. Ford framed as retaliation": a motive named for a measure
    r"|\b(?:framed|described|called|cast|portrayed|presented|billed|characteri[sz]ed|justified)"
    r"\s+(?:it\s+|them\s+)?as\s+(?:a\s+|an\s+)?$"
    # "Some members raised the idea of an export charge": an idea, no measure (a premier who
    # "floated the idea of restricting exports" threatens them)
    r"|\b(?:raised|mooted|discussed|raising)\s+the\s+(?:idea|notion"
    r"|possibility|prospect)\s+of\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}$"
    # "will protect Canadian workers and businesses from unjustified tariffs": no measure
    r"|\bprotect\w*\s+(?:[\w,'\u2019-]+\s+){1,6}?from\s+(?:unjustified\s+|unfair\s+|any\s+)?$",
    re.I,
)
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
    # "Washington, for its part, will withdraw its own WTO case"
    r"|\b(?:its|their) own (?:\w+ )?(?:lawsuit|case|suit|challenge|complaint)"
)
_DEFINITE_DEAL = re.compile(r"the (?:deal|agreement|pact)\b")
# "to deal with", "dealing with": the verb, not an agreement.
_DEAL_VERB = re.compile(
    r"\b(?:to|will|would|must|can|could) deal with\b|\bdeals? with (?:it|them)\b"
)
_BARE_AGREEMENT_AFTER = re.compile(
    r"[- ](?:compliant|exempt|rules|provisions|tariff)"
    # a government's own scheme: "a remission framework under which automakers may import"
    r"|(?<=framework) under which\b"
)
_DOMESTIC_TALKS = re.compile(
    r"\b(?:premiers|first ministers|internal trade|interprovincial|provinces and territories|"
    r"caucus|cabinet|opposition|unions?|bargaining|strike|labour|labor)\b",
    re.IGNORECASE,
)
_PRIVATE_PARTY_AFTER = re.compile(
    r"\s+with\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:firm|company|buyer|developer|landlord|supplier"
    r"|sponsor|club|school|hotel|bank|lender|partner|venue|contractor|union)\b"
    # "his first call was to his customs broker in Portal"
    r"|\s+(?:was\s+)?(?:to|with)\s+(?:his|her|their|my|our)\s+(?:[a-z-]+\s+){0,2}?(?:broker|lawyer"
    r"|accountant|banker|supplier|customers?|clients?|family|wife|husband|staff|employees)\b"
)
_TRADE_TOPIC = re.compile(
    r"\b(?:trade|tariffs?|duties|surtax\w*|exports?|imports?|cusma|usmca|nafta|goods|steel"
    r"|aluminum|lumber|dairy|autos?)\b"
)
_DEFENCE_TALKS = re.compile(
    r"\b(?:missile|norad|golden dome|military|defen[cs]e|fighter jets?|submarines?)\b"
)
# A labour dispute's talks: "a federal mediator was working with both sides"
_LABOUR_TALKS = re.compile(
    r"\b(?:mediators?|lockouts?|strikes?|striking|strikers|collective bargaining)\b"
    r"(?! (?:down|a deal|an agreement|a balance))",
    re.IGNORECASE,
)
_DST = re.compile(r"digital services tax(?:es)?|DST", re.IGNORECASE)
_FOLLOWUP = re.compile(
    # "By the time the order took effect on August 1, the worry had passed."
    r"(?:(?:By\s+the\s+time|When|Once)\s+)?"
    r"(?:The|These|Those|This|That|It|They|Both|Each)\b.{0,80}?\b(?:(?:take|takes|took|go|"
    r"goes|went|come|comes|came|kick|kicks|kicked)\s+(?:into\s+|in\s+)?(?:effect|force|in)\b"
    r"|effective\b|(?:start|begin)s?\b)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = guarded(  # a look-ahead on first characters: faster, same matches
    r"[;:]\s|,\s+(?:and|but|while|whereas|as|which|who)\s"
    # an appositive that comments on the measure: ", a policy that has redirected ...",
    # ", a concession to American farmers who depend on Saskatchewan fertilizer"
    r"|,\s+(?:a|the)\s+(?:policy|move|step|measure|decision|rule)\s+(?:that|which)\s"
    r"|,\s+(?:a|an)\s+(?:concession|nod|blow|relief|reprieve|boost|gift|gesture)\s+(?:to|for)\s"
    # another measure added to it: ", on top of anti-dumping duties that were raised"
    r"|,\s+(?:on\s+top\s+of|in\s+addition\s+to)\s"
    # ("on or after March 4" is a day, not a clause)
    r"|\b(?:in response to|in retaliation for|in reaction to|responding to|"
    r"after(?<!\bor\safter)|amid|"
    r"while|whereas|but|following|despite|a day after|days after|since|because)\s"
    # a second subject answering: "... on national-security grounds and Canada hit back with"
    r"|\band\s(?=(?:Canada|Ottawa|Washington|the\s+United\s+States|the\s+U\.S\.|the\s+US)\s+"
    r"(?:hit|answered|responded|retaliated|replied|matched|struck)\b)",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"[Yy]esterday\b")
# the measure itself moved: "the American tariff on Canadian steel and aluminum doubled to 50
# per cent" (not "Trump doubled the tariff", an announcement)
_MEASURE_MOVED = re.compile(
    r"\b(?:tariffs?|duty|duties|levy|levies|rate)\s+(?:on\s+(?:[\w-]+,?\s+){1,6}?)?"
    r"(?:doubled|tripled|rose|climbed|jumped|increased|went\s+up)\s+(?:to|by|from)\b"
)
_SAME_DAY_AFTER = re.compile(
    r"\b(?:the|that)\s+same\s+(?:day|afternoon|evening)\b|\blater that day\b"
)
_SAME_DATE = re.compile(
    r"\b(?:(?:from|on|as of|starting|at)\s+)?(?:the\s+same|that(?:\s+same)?)"
    r"\s+(?:date|day|hour|minute|moment)\b"
    # "That same morning Ottawa answered with 25 per cent of its own"
    r"|\b(?:the|that)\s+same\s+(?:morning|afternoon|evening|night)\b",
    re.I,
)
# "Within minutes, Ottawa's counter-tariffs took effect", "Minutes later, ...": the day of
# the measure just reported ("within hours of the ruling" is measured from something else).
_WITHIN_HOURS = re.compile(
    r"\b(?:[Ww]ithin (?:minutes|hours|the hour|an hour)\b(?! of)|(?:[Mm]inutes|[Hh]ours) later\b)"
)
_MONTH_NAME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?!\s*\d)"
)
_NEXT_DAY_AFTER = re.compile(r"\b(?:the next day|the following day|a day later)\b")
# "The second wave, covering $125 billion of goods at the same rate, ...": the rate of the
# measure just reported.
_SAME_RATE = re.compile(
    r"\b(?:at|to)\s+the\s+same\s+(?:rate|level)\b"
    r"|\bfac(?:e|es|ing)\s+the\s+same\s+(?:duties|tariffs?|duty|rate)\b"
    r"|\bthe\s+same\s+rate\s+(?:is|will|would|applies|goes|kicks)\b"
    # "The same tariff will reach imported auto parts by May 3"
    r"|\bthe\s+same\s+(?:tariff|duty|surtax|levy)\s+(?:will|would|is|also|now|applies)\b"
)
_DAYS_LATER = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+days\s+(?:later|after\s+that)\b")
_NEXT_DAY = re.compile(r"(?:next|this|coming)\s+\w+day\b")
# "on the first of August"; "on the first of next month" (the date span is "next month")
# "lifted the tariffs on Sept. 1", "rescinded its digital services tax late Sunday"
_ON_BEFORE = re.compile(
    r"\bon\s+(?:the\s+)?(?:first\s+of\s+)?$|\b(?:late|early)\s+(?:on\s+)?$", re.IGNORECASE
)
# Words of a meeting or a call between people; _TALK_CONTACT adds talks and summits.
_CONTACT_WORDS = (
    r"calls?|phone|spoke|spoken|speak(?:s|ing)?|met|meet(?:s|ing)?|conversations?|dinner"
    r"|sat down|sit down|sit(?:s|ting) down(?=\s+with\b)"
    # "the Prime Minister sat in the Oval Office with President Donald Trump"
    r"|sat(?=\s+(?:in|at)\s+the\s+(?:Oval\s+Office|White\s+House)\s+with\b)"
    r"|host(?:s|ed|ing)?|visit(?:s|ed|ing)?"
    r"|(?:will|would|to)\s+see\s+(?:each\s+other|him|her|(?:the\s+)?president|(?:the\s+)?prime"
    r"\s+minister|trump|carney|trudeau)"
)
_US_LAW = re.compile(r"\b[Ss]ection\s+(?:232|301|122|201)\b|\bIEEPA\b")
_FUTURE_PLACE = re.compile(r"\bwill\s+(?:be\s+in\s+(?:place|force|effect)|apply|take\s+effect)\b")
_AGREED_AT = re.compile(r"\bagreed\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_CONTACT_WORD = re.compile(rf"\b(?:{_CONTACT_WORDS})\b", re.IGNORECASE)
_TALK_CONTACT = re.compile(rf"\b(?:{_CONTACT_WORDS}|talk(?:s|ed)?|summit)\b", re.IGNORECASE)
_SYMMETRIC_KINDS = frozenset(
    {"person", "leader", "group", "country", "metonym", "subdivision", "institution",
     "pronoun", "adjective", "official"}
)  # fmt: skip
_CUSMA = re.compile(
    r"\b(?:CUSMA|USMCA|NAFTA|Canada[-\u2013]United States[-\u2013]Mexico Agreement"
    r"|Canada[-\u2013]U\.S\.[-\u2013]Mexico Agreement"
    r"|(?:United States|U\.S\.)[-\u2013]Mexico[-\u2013]Canada Agreement"
    r"|North American Free Trade Agreement"
    r"|continental (?:free[- ])?trade (?:agreement|pact|deal))"
)
_COURT_WORD = re.compile(
    r"\b(?:courts?|judges?|justices|IEEPA|(?:filed|files|file|filing) (?:a )?suit)\b", re.IGNORECASE
)
_CLAUSE_ENDS = re.compile(r"\s*[,;:]")
_RESPONSE_TO = re.compile(
    r"\b(?:(?:response|respond\w*|answer\w*|repl(?:y|ies|ied|ying)|retaliat\w+|reaction|react\w*"
    r"|hit\w* back)\s+"
    # "answered (within weeks) with counter-tariffs", "answered by announcing its own
    # surtaxes": the answer is the measure itself
    r"(?:to|for|against|at)|answer(?:s|ed|ing)?(?!\s+(?:with|by)\b)"
    r"(?!\s+(?:within|in|at|after|quickly|swiftly|promptly|immediately|the\s+same|that\s+same"
    r"|the\s+next|the\s+following|on|late|early)\b[^,;]{0,20}?\bwith\b)"
    r"|mirror(?:s|ed|ing)?)\s+"
    r"[^,;]{0,35}$",
    re.IGNORECASE,
)
# Someone urged to act: "urged Ottawa to hit back with tariffs of its own".
_URGED_TO = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|call(?:s|ed|ing)? on"
    # "The union wants the federal government to raise Canada's own counter-tariffs"
    r"|wants?|wanted|ask(?:s|ed|ing)?)\s+"
    r"(?:[\w.'\u2019-]+\s+){1,3}?to\s",
    re.IGNORECASE,
)
# A demand or pledge earlier in the clause: "wants ... a ban on", "called for tariffs".
_DEMAND_CLAUSE = re.compile(
    # ("the question everybody wants me to answer": a question put to the speaker)
    r"\b(?:(?:wants?|wanted)(?!\s+(?:me|us|you|him|her|them)\s+to\s+(?:answer|say|know|talk|speak"
    r"|tell|explain|comment|ask|hear|address)\b)|calls? for|called for"
    # "called on Ottawa to reconsider", not "two calls on Monday"
    r"|(?:calls|called) on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|campaign\w* (?:on|for)"
    # "have asked the federal government to exempt bicycle parts from the counter-tariffs"
    r"|ask(?:s|ed|ing)?\s+(?:[\w.'\u2019-]+\s+){1,3}?to\s+(?:exempt|drop|lift|remove|scrap|impose"
    r"|raise|cut|end|pause|extend|waive))\b",
    re.IGNORECASE,
)
# "lifts most counter-tariffs, keeping only those on steel": what a removal leaves standing.
_KEEPING = re.compile(
    # not "the counter-tariffs it has kept on American steel": the measure itself
    r",?\s+(?:but\s+)?(?:keeping|keeps|(?<!has )(?<!have )(?<!had )kept|leaving|leaves"
    r"|except(?:ing)?|but not|sparing"
    r"|other than)\s+(?:in place\s+)?(?:only\s+)?"
    # "but keeps 25 per cent duties on American steel": the part kept, at its own rate
    r"(?:(?:its\s+|the\s+)?(?P<rate>\d+(?:\.\d+)?)\s*(?:per\s?cent|percent|%)\s+(?=[a-z-]+\s+on\s))?"
    r"(?:those|the ones|the duties|the tariffs|the levies|tariffs|duties|counter-?tariffs)?"
    r"\s*(?:on|for)\s"
)
_OTHER_PARTNERS = re.compile(
    r"\b(?:other|third|foreign)\s+(?:countries|nations|trading partners|partners|governments)\b"
)
_CORRECTION = re.compile(
    r"\ban earlier version of this (?:story|article|report)\b"
    # a correction notice: "In fact, buses face a 10 per cent tariff, and the story has
    # been updated."
    r"|\b(?:the|this) (?:story|article|report) (?:has|have) been (?:updated|corrected|amended)\b"
    # "A Nov. 6 article incorrectly stated that ...", "...; no such challenge has been filed."
    r"|\b(?:incorrectly|wrongly|erroneously|mistakenly) (?:stated|said|reported|described)\b"
    r"|\bno such \w+ (?:has|have|had|was|were) (?:yet )?(?:been )?\w+"
)
# A sentence headed "Correction:" retracts; one headed "Claim:" quotes what a fact-check
# tests. Neither asserts the measure it names.
_NOT_ASSERTED_HEAD = re.compile(
    r"\W*(?:correction|claim|the claim)(?:\s+#?\d{1,2})?\s*:"
    # a heading that only names its subject: "On the digital services tax.", "2. On the
    # negotiations." (no verb: "On the day tariffs rose." is a sentence)
    r"|\W*(?:\d{1,2}\.\s+)?(?:on|about|regarding)\s+the\s+"
    r"(?:(?![\w'\u2019-]*(?:ed|rose|took|fell|is|are|was|were)\b)[\w'\u2019-]+\s+){0,3}"
    r"(?![\w'\u2019-]*(?:ed|rose|took|fell)\b)[\w'\u2019-]+[.:]?\s*$"
)
_QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019)]*$")
# "goods pay 35 per cent": a rate with no measure word, the rate of a tariff named nearby.
_RATE_ONLY = re.compile(r"pa(?:y|ys|id|ying) |(?:per ?cent|percent|%) ")
# Tariffs in general, with nothing of a measure: "warnings about tariffs.", "warned that
# tariffs invite retaliation and trade wars".
_GENERIC_BEFORE = re.compile(
    r"\b(?:that|about|against|how|why|whether"
    # "workers and employers hit by tariffs."
    r"|(?:hit|hurt|affected|harmed|squeezed|battered)\s+by)\s+$",
    re.IGNORECASE,
)
_GENERIC_AFTER = re.compile(
    r"\s*(?:[.,;:!?\"\u201d]|$)|\s+(?:invite|hurt|raise|cost|rarely|never|tend|work|make|lead"
    r"|mean|help|can|cannot|only|always|often|usually|generally|ultimately)\b"
    # "has warned for weeks that tariffs would hurt the state's auto industry"
    r"|\s+(?:would|could|will|might|may)\s+(?:hurt|harm|damage|cost|raise)\b"
)
_GENERIC_CONSEQUENCE = re.compile(
    r"\b(?:that|because|since|,)\s+(?:tariffs|duties)\s+(?:invite|provoke|trigger|bring|breed"
    r"|lead\s+to|risk)\s+$",
    re.IGNORECASE,
)
_VAGUE_AFTER = re.compile(
    r"\s+on\s+(?:those|these|the same|such|similar)\s"
    # "tariff exposure", "tariff risk": the word names a worry, not a measure
    r"|\s+(?:exposure|risks?|uncertainty|fears|worries|concerns|headwinds|noise|turmoil|chaos)\b"
)
# "would have hit": a counterfactual, nothing happened.
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)(?: not)? have (?!to\b)\w+(?:ed|en|t)\b")
# A measure as the subject of a forecast: "a prolonged 25 per cent tariff could cut Canada's
# gross domestic product by two to three per cent" estimates an effect, reports no event.
_IMPACT_FORECAST_AFTER = re.compile(
    # ("a broad 25 per cent levy, if sustained for a year, could shave two points off GDP")
    r"[^.;]{0,40}?\b(?:could|would|might|may)\s+(?:\w+\s+)?"
    r"(?:cut|shave|reduce|lower|hurt|cost|slash|knock|wipe|shrink|trim|push|drag)\b[^.;]{0,50}?"
    r"\b(?:gdp|gross domestic product|growth|economy|output|jobs|employment|profits?|inflation"
    r"|prices)\b"
    # "the quota would keep a surge of Canadian steel from flooding the U.S. market"
    r"|[^.;]{0,25}?\b(?:would|will|could)\s+(?:keep|prevent|stop|protect|shield|spare)\b[^.;]{0,60}?"
    r"\bfrom\s+\w+ing\b"
    # "A 35 per cent levy would hurt.": a judgement on a measure, no event
    r"|\s+(?:would|will|could)\s+(?:\w+\s+)?(?:hurt|sting|bite|be\s+(?:painful|devastating"
    r"|ruinous|costly|crippling))\s*[.,;!]"
    # "saying a lower tariff would discourage investment in new capacity"
    r"|[^.;]{0,10}?\b(?:could|would|might|may|will)\s+(?:\w+\s+)?(?:discourage|deter|encourage"
    r"|spur|slow|stifle|chill|dampen|boost|fuel|hurt|hamper)\b[^.;]{0,40}?\b(?:investment|hiring"
    r"|capacity|production|demand|spending|competition|innovation)\b"
)
# "the first sector deal since Trump began raising tariffs on Canada": when a story began,
# not a measure of its own.
_SINCE_BEGAN_BEFORE = re.compile(
    r"\bsince\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:began|begun|started|first)\s+(?:[\w-]+\s+){0,2}$"
)
_NEGOTIATION_WORD = re.compile(r"talks|negotiat\w*|discussions")  # not "meeting", "summit"
_TO_DISCUSS = re.compile(r"\bto (?:discuss|talk about|go over|review)\b")
_NEGOTIATION = re.compile(r"\bnegotiat\w*|\btrade talks\b")
_DELEGATE_TALKS = re.compile(
    r"\b(?:negotiators|officials|ministers|teams|envoys|delegations)\b[^.;]{0,40}?\btalks\b"
    # "the two spoke by phone, and talks between the two governments resumed on Sunday"
    r"|\btalks\s+(?:between\s+the\s+two\s+(?:governments|countries|capitals)|resumed|restarted"
    r"|(?:are|were|was|is)\s+back\s+on)\b"
)
_CONTACT_VERB = re.compile(rf"(?:{_CONTACT_WORDS}|sit(?:s|ting) down)", re.I)  # .match on a trigger
# "the second U.S. complaint", "Canada's challenge": whose complaint a ruling answers.
_COMPLAINANT = re.compile(
    r"\b(?:U\.S\.|US|American|Canadian|Canada(?:'s|\u2019s)|United States(?:'|\u2019)?"
    # "Washington's complaint against them at the World Trade Organization"
    r"|Washington(?:'s|\u2019s)|Ottawa(?:'s|\u2019s))"
    r"(?=\s+(?:complaints?|challenges?|case|claims?)\b)"
    # "rejecting the second complaint the United States had brought"
    r"|(?<=\bcomplaint the )(?:United States|U\.S\.)(?=\s+(?:had\s+|has\s+)?(?:brought|filed)\b)"
    r"|(?<=\bcomplaint )(?:Washington|Canada|Ottawa)(?=\s+(?:had\s+|has\s+)?(?:brought|filed)\b)"
)
_FAVOUR = re.compile(
    r"\bin\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?(?:'s|\u2019s)\s+favou?r"
    r"|\b(?:sided|side|agreed)\s+(?:\w+\s+)?with\s+"
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
    withdrawn_at: int = -1  # start of the sentence that last withdrew a pending measure
    # the last two countries named before the sentence being read, latest last ("US", "CN")
    recent_countries: list[str] = field(default_factory=list)
    # who says "I" where (statements, transcripts, quotes); empty when no one does
    speakers: Speakers = field(default_factory=Speakers)
    home: str | None = None  # the country the story is told from ("our steel" is its own)

    # Per-sentence caches (speed): clause breaks and measure-word positions of the
    # sentence being read, authority notes per span.
    _span: tuple[int, int] = (-1, -1)
    _breaks: list[tuple[int, int]] | None = None
    _measures: list[int] | None = None
    _lex_hits: dict[str, list[re.Match[str]]] = field(default_factory=dict)
    _notes: dict[tuple[int, int], str] = field(default_factory=dict)

    def enter(self, start: int, end: int) -> None:
        """Start reading the sentence text[start:end] (resets the per-sentence caches)."""
        self._span = (start, end)
        self._breaks = None
        self._measures = None
        self._lex_hits = {}

    def hits(self, key: str) -> list[re.Match[str]]:
        """All matches of lexicon `key` in the current sentence (scanned once)."""
        found = self._lex_hits.get(key)
        if found is None:
            s, e = self._span
            found = self._lex_hits[key] = list(self.gaz.lex[key].finditer(self.low, s, e))
        return found

    def breaks(self, start: int, end: int) -> list[int]:
        """Starts of the clause breaks inside text[start:end] of the current sentence."""
        if self._breaks is None:  # scanned once, when a rule first needs clauses
            s, e = self._span
            self._breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text, s, e)]
        return [a for a, b in self._breaks if a >= start and b <= end]

    def measure_starts(self) -> list[int]:
        """Starts of all measure words (either lexicon) of the current sentence."""
        if self._measures is None:
            self._measures = sorted(
                m.start()
                for key in _MEASURE_KEYS
                for m in self.hits(key)
                if not _RATE_ONLY.match(m.group())
            )
        return self._measures

    def notes(self, start: int, end: int) -> str:
        key = (start, end)
        if key not in self._notes:
            self._notes[key] = annotations(self.text, start, end, self.published)
        return self._notes[key]

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
    text: str,
    trig_start: int,
    trig_end: int,
    mentions: list[Mention],
    world: bool,
    prev_trig: int = -1,
    next_trig: int = 1 << 30,
) -> tuple[Mention | None, str | None, bool]:
    """Initiator mention and target code for the trigger at trig_start; `prev_trig` is
    where the previous trigger of the sentence ends."""
    weak = False  # target only by elimination, not marked by "on", "from", "Canadian ..."
    usable = [
        m
        for m in mentions
        if m.hint != "location"
        and m.kind not in ("panel", "court", "group")
        and not (trig_start <= m.start < trig_end and m.hint != "target")
    ]
    # "will answer the U.S. duty with counter-tariffs": the owner of the measure answered
    # (its noun before this trigger) owns that one, not this
    owns_other = [
        m
        for m in usable
        if m.hint == "initiator"
        and m.end <= trig_start
        and (noun := _MEASURE_NOUN_AFTER.match(text, m.end)) is not None
        and noun.end() <= trig_start
        and _WITH_BEFORE.fullmatch(text, noun.end(), trig_start)
    ]
    usable = [m for m in usable if m not in owns_other]
    init = _owner_after(text, trig_end, usable) or _pick_initiator(trig_start, usable, prev_trig)
    if init is not None and init.hint is None and (not init.subject or _speaker(text, init)):
        init = _unless_target(init, [m for m in usable if trig_end <= m.start < next_trig])
    init_c = init.country if init else None
    targets = [m for m in usable if m.hint == "target" and m.country != init_c]
    # An owner after the trigger names another measure ("in response to Trump's tariffs").
    target: str | None = None
    if targets:
        after = [m for m in targets if m.start >= trig_start]
        target = (after[0] if after else targets[-1]).country
        other_side = _PAIR.get(_country(init_c) or "")
        if other_side and _country(target) != other_side:
            # "charging Canada and Mexico a 25 per cent tariff": of the parties charged,
            # the other side of the beat
            target = next((m.country for m in targets if m.country == other_side), target)
    elif world:
        target = "WORLD"
    else:
        others = [m for m in usable if m.country != init_c and m.hint not in ("initiator", "agent")]
        if others and init is not None:
            target = others[0].country
            weak = True
    if target is None and init is not None:
        # (the side whose measure is answered is this one's target)
        answered = [m for m in owns_other if m.country != init.country]
        if answered:
            target = answered[0].country
    if init is None and target is None:
        # Not the owner of another measure word: "Tariffs on $30 billion of goods take
        # effect Tuesday, at the same moment as the U.S. duties".
        others = [m for m in usable if m.hint not in ("target", "initiator")]
        if others:
            init = others[0]
    return init, target, weak


_WITH_BEFORE = re.compile(r"\s+with\s+(?:\w+\s+){0,3}")


def _owner_after(text: str, trig_end: int, usable: list[Mention]) -> Mention | None:
    """A relative clause naming who imposes the measure: "the 35 per cent tariff President
    Trump has promised", "the 25% tariffs he imposed"."""
    for m in usable:
        # "the 25% tariffs he imposed", "the tariff that President Donald Trump unveiled"
        gap = m.start - trig_end
        near = 0 <= gap <= 12 or (0 <= gap <= 24 and _REL_THAT.match(text, trig_end) is not None)
        if near and _REL_OWNER_AFTER.match(text, m.end):
            return m
        if 0 <= gap <= 10 and m.hint == "agent" and _AT_THE_BORDER.match(text, m.end):
            # "a 25 per cent surtax at the Canadian border": who collects it imposes it
            return m
        if 0 <= gap <= 60 and m.hint == "agent" and _REL_THAT_BEFORE.search(text, 0, m.start):
            # "the tariffs on Canadian goods that Washington planned to impose"
            return m
    return None


_AT_THE_BORDER = re.compile(r"\s+border\b")
_REL_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+\Z")


def _unless_target(init: Mention, after: list[Mention]) -> Mention | None:
    """A loose mention or a speaker is no initiator when the goods the measure hits
    (`after`: the mentions after its trigger) are its own ("Trudeau says the tariff on
    Canadian goods will be paused", "the order concerning Canada imposes a tariff on
    imports from Canada")."""
    hit = {m.country for m in after if m.hint == "target"}
    return None if hit == {init.country} else init


def _speaker(text: str, m: Mention) -> bool:
    """The mention is the subject of a speech verb ("Trudeau says the ...")."""
    return m.kind in ("person", "leader", "official") and bool(_SPEECH_AFTER.match(text, m.end))


def _pick_initiator(trig: int, usable: list[Mention], prev_trig: int = -1) -> Mention | None:
    """Owner before the trigger ("U.S. tariffs"), else the nearest subject before it,
    else an agent after it ("imposed by Ottawa"). An owner before the previous trigger
    owns that one: "answer the American tariffs with tariffs of its own"."""
    usable = [m for m in usable if m.hint != "initiator" or m.start >= prev_trig]
    owners = [m for m in usable if m.hint in ("initiator", "agent") and 0 <= trig - m.end <= 30]
    if owners:
        return owners[-1]
    subjects = [m for m in usable if m.start < trig and m.hint in (None, "initiator") and m.subject]
    owning = [m for m in subjects if m.hint == "initiator"]
    if owning:
        # "Quebec's liquor board is keeping Vermont craft beer off its shelves": the subject
        # that owns an agency or a measure, not a place naming the goods
        return owning[-1]
    if subjects:
        return subjects[-1]
    agents = [m for m in usable if m.hint == "agent"]
    if agents:
        return agents[0]
    # A loose mention of the country whose goods are hit is no owner: "dinner with Trump
    # ... a list of American goods that could be hit with counter-tariffs".
    hit = {m.country for m in usable if m.hint == "target"}
    loose = [m for m in usable if m.start < trig and m.hint is None and m.country not in hit]
    if loose:
        return loose[-1]
    return None


def _semicolon_items(
    text: str, start: int, end: int, rates: list[RateMention]
) -> list[tuple[int, int]] | None:
    """The span of each rate's item when a sentence lists its rates as items split by
    semicolons, one rate to an item; else None."""
    if len(rates) < 2 or ";" not in text[start:end]:
        return None
    cuts = [start] + [i + 1 for i in range(start, end) if text[i] == ";"] + [end + 1]
    items = [(a, b - 1) for a, b in pairwise(cuts)]
    out = []
    for r in rates:
        item = next((a, b) for a, b in items if a <= r.start < b)
        if out and out[-1] == item:
            return None  # two rates in one item: the items are no list of rates
        out.append(item)
    return out


_PART_OF_LIST = re.compile(r"\b(?:lists?|tranches?|waves?|rounds?|phases?|remaining|rest)\b", re.I)
_AND_ON = re.compile(r",\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?on\s+")


def _and_on_groups(
    ctx: ArticleContext, start: int, end: int, one: tuple[RateMention | None, list[str]]
) -> list[tuple[RateMention | None, list[str]]]:
    """ "counter-tariffs on American steel and aluminum, and on U.S.-built vehicles": goods
    named after a second "on" are a measure of their own (two lists of one rate)."""
    rate, products = one
    if len(products) < 2:
        return [one]
    split = _AND_ON.search(ctx.text, start, end)
    if split is None:
        return [one]
    found = find_products(ctx.gaz, ctx.low, start, end)
    before = {label for pos, label in found if pos < split.start()}
    after = {label for pos, label in found if pos >= split.end()}
    if not before or not after or before & after:
        return [one]
    return [
        (rate, [p for p in products if p in before]),
        (rate, [p for p in products if p in after]),
    ]


_RATE_IN_BRACKETS = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s*\(\s*")
_NOT_APPLY_TO = re.compile(r"\b(?:does|do|will|would)(?:n't| not) apply to\b")


def _products_per_rate(
    ctx: ArticleContext, seg_start: int, seg_end: int, rates: list[RateMention]
) -> list[tuple[RateMention | None, list[str]]]:
    """One (rate, products) per rate. A product belongs to the nearest rate before it in
    the same clause ("25% on most goods and 10% on energy"), else to the next rate
    ("steel and aluminum face 50%, while autos face 25%")."""
    gaz, text, low = ctx.gaz, ctx.text, ctx.low
    if len(rates) <= 1:
        # "the tariff on Canadian goods ... does not apply to our lumber": the goods it
        # leaves out are not its goods
        spared = _NOT_APPLY_TO.search(low, seg_start, seg_end)
        if spared and (prods := labels_in(gaz, text, seg_start, spared.start(), low)):
            return [(rates[0] if rates else None, prods)]
        return [(rates[0] if rates else None, labels_in(gaz, text, seg_start, seg_end, low))]
    owned: list[list[str]] = [[] for _ in rates]
    for pos, label in find_products(gaz, low, seg_start, seg_end):
        before = [i for i, r in enumerate(rates) if r.end <= pos]
        i = before[-1] if before else 0
        bracket = next((j for j, r in enumerate(rates) if r.start > pos), None)
        if bracket is not None and _RATE_IN_BRACKETS.fullmatch(text, pos, rates[bracket].start):
            i = bracket  # "steel (25%) and aluminum (10%)": the rate in brackets is its own
        elif before and (ctx.breaks(rates[i].end, pos) or names_all_goods(text, rates[i].end, pos)):
            # "a 25 per cent tariff on Canadian goods, with Canadian energy charged a lower
            # 10 per cent": a rate that has its goods already leaves the next ones to the next
            # rate.
            after = [j for j, r in enumerate(rates) if r.start >= pos]
            i = after[0] if after else i
        elif not before:
            i = next((j for j, r in enumerate(rates) if r.start >= pos), 0)
        if label not in owned[i]:
            owned[i].append(label)
    out = []
    for i, r in enumerate(rates):
        prods = owned[i]
        if not prods:
            # "all Canadian goods" fallback: the rate's own clause, read after the rate up to
            # the next rate or clause ("goods ... face a 35 per cent tariff, and steel pays
            # 50 per cent": steel is the next rate's).
            end = rates[i + 1].start if i + 1 < len(rates) else seg_end
            end = next(iter(ctx.breaks(r.end, end)), end)
            others = {p for j, ps in enumerate(owned) if j != i for p in ps}
            prods = [p for p in labels_in(gaz, text, r.start, end, low) if p not in others]
            if not prods and others and names_all_goods(text, r.start, end):
                prods = ["all_goods"]  # the goods named here are the next rate's
            if not prods:
                # ... else read before it: what follows the previous rate ("steel at 25 per
                # cent and aluminum at 10"), else the clause back to its start
                start = max([seg_start, *ctx.breaks(seg_start, r.start)])
                if i:
                    prods = labels_in(gaz, text, max(start, rates[i - 1].end), r.start, low)
                prods = prods or labels_in(gaz, text, start, r.start, low)
        if "all_goods" in prods and len(prods) > 1:
            # "lumber imports from all countries": every country's lumber, not all goods
            prods = [p for p in prods if p != "all_goods"]
        out.append((r, prods))
    return out


def _day_told_before_immediately(
    text: str, s: Sentence, dates: list[DateMention], d: DateMention
) -> date | None:
    """ "On Tuesday, Ford barred American companies ..., effective immediately": the day
    the sentence heads with, not the story's day."""
    if text[d.start : d.end].lower() != "immediately":
        return None
    first = dates[0] if dates else None
    if (
        first is None
        or first is d
        or not _LEAD_IN.fullmatch(text, s.start, first.start)
        or not _NAMED_DAY.search(text, first.start, first.end)
    ):
        return None
    return first.value


_WHEN_AFTER = re.compile(r",?\s+when\s+[^,;]{0,80}$")
# "are still being collected today": a state that goes on, no start that day
_STILL_TODAY = re.compile(r"\b(?:still|continues?\s+to|remains?)\b", re.IGNORECASE)


def _effective_date(
    ctx: ArticleContext, s: Sentence, status: str | None, trig: int
) -> tuple[date | None, str]:
    """A date right after an effect cue; for measures already acted on, also "on <date>"
    after the trigger ("lifted the tariffs on Sept. 1", not "a court on Friday ruled")."""
    text = ctx.text
    if (
        status in ("paused", "removed")
        and ctx.published
        and _IMMEDIATELY.search(text, s.start, s.end)
    ):
        # "which were due to take effect Tuesday, are paused effective immediately"
        dates = find_dates(text, s.start, s.end, ctx.published)
        now = next((d for d in dates if text[d.start : d.end].lower() == "immediately"), None)
        lead = _day_told_before_immediately(text, s, dates, now) if now else None
        return (lead, "told-day") if lead else (ctx.published, "immediately")
    if status == "in_effect" and ctx.published and _SINCE_MIDNIGHT.search(text, s.start, s.end):
        return ctx.published, "now-in-force"  # the midnight that began the story's day
    if (
        status in ("in_effect", "announced")
        and ctx.published
        and (
            _BARE_MIDNIGHT.search(text, s.start, s.end)
            or (status == "in_effect" and _LEAD_MIDNIGHT.match(text, s.start, s.end))
        )
    ):
        # "rose to 35 percent at 12:01 a.m., under an order signed late Thursday": a measure
        # in force since a midnight with no day named began on the story's day.
        return ctx.published, "bare-midnight"
    dates = find_dates(text, s.start, s.end, ctx.published)
    if status in ("paused", "removed"):
        # "the tariffs that were to hit Canadian goods at midnight tonight have been paused":
        # the start that was planned is no day of the pause
        dates = [
            d
            for d in dates
            if not _PLANNED_START_BEFORE.search(text, max(s.start, d.start - 90), d.start)
        ]
    for d in dates:
        before = text[max(s.start, d.start - 45) : d.start]
        if status in ("paused", "removed") and _START_BEFORE.search(before):
            # "suspended the surcharge that had taken effect on Monday": when it began
            continue
        if _PAYMENT_DUE.search(before):
            continue  # "the first payments are due Monday": a deadline, not the start
        if _OLD_RATE_STARTED.search(text, max(s.start, d.start - 70), d.start):
            continue  # "went to 50 per cent on June 4, doubling the 25 per cent rate that took
            # effect March 12": the old rate's start
        if _EFFECT_CUE.search(before) or _CLOCK_CUE.search(before):
            lead = _day_told_before_immediately(text, s, dates, d)
            if lead is not None:
                return lead, "told-day"
            return d.value, "effect-cue"
    if status in _ACTED_ON:
        for d in dates:
            if d.start < trig and _WHEN_AFTER.match(text, d.end, trig):
                # "It came off on September 1, when Ottawa dropped its counter-tariffs": the
                # day the when-clause tells of
                return d.value, "when-date"
    if status in ("threatened", "announced") and ctx.published:
        first_day = _FIRST_DAY_IN_OFFICE.search(text, s.start, s.end)
        inauguration = _inauguration_ahead(ctx.published)
        if first_day and inauguration:
            # "will impose a 25 per cent tariff ... on his first day in office", said by a
            # president-elect: the day a U.S. president takes office, January 20
            return inauguration, "first-day"
    if status in ("removed", "paused") and dates and _SAME_DAY_AFTER.search(text, trig, s.end):
        # "had threatened Tuesday to double the tariff, but dropped the idea the same day"
        first = dates[0]
        if first.start < trig and _WEEKDAY_ONLY.search(text, first.start, first.end):
            day = first.value
            if ctx.published and day > ctx.published:
                day -= timedelta(days=7)  # a change already made: the last such weekday
            return day, "same-day"
    if status in _ACTED_ON or (
        # "Last Wednesday, the United States doubled its tariffs to 50 per cent": a rise
        # made, not one announced
        status == "announced"
        and _RISE_MADE.search(text, s.start, s.end)
        and not _RISE_TO_COME.search(text, s.start, s.end)
    ):
        # "Late Sunday, Canada rescinded the tax": the day heading the sentence.
        for d in dates:
            if (
                d.start < trig
                and _LEAD_IN.fullmatch(text, s.start, d.start)
                and (
                    _NAMED_DAY.search(text, d.start, d.end)
                    or _AGO.search(text, d.start, d.end)
                    # "Tomorrow, Ottawa's second round of counter-tariffs starts."
                    or _TOMORROW.match(text, d.start, d.end)
                )
                and text[d.end : d.end + 2] not in ("'s", "\u2019s")  # "Saturday's order set"
                and not _TIMESTAMP.match(text, d.end)  # a live blog's "Saturday, 2:45 p.m. -"
            ):
                day = d.value
                if (
                    ctx.published
                    and day > ctx.published
                    and _WEEKDAY_ONLY.search(text, d.start, d.end)
                    # ("Next Tuesday, a new tariff takes effect": a day ahead all the same)
                    and not _NEXT_BEFORE.search(text, max(s.start, d.start - 12), d.start)
                ):
                    day -= timedelta(days=7)  # a change already made: the last such weekday
                return day, "lead-date"
    if status in ("announced", "threatened") and ctx.published:
        # "On January 1, 2026, the duty will increase to 30 percent": a day ahead heading
        # the sentence is when the change comes ("Saturday, Trudeau announced" is not).
        for d in dates:
            if (
                d.start < trig
                and d.value > ctx.published
                and _LEAD_IN.fullmatch(text, s.start, d.start)
                and _NAMED_DAY.search(text, d.start, d.end)
                # "Saturday night, ..." tells when it was said; "Next Tuesday, ..." does not
                and (
                    not _WEEKDAY_ONLY.search(text, d.start, d.end)
                    or _NEXT_BEFORE.search(text, max(s.start, d.start - 12), d.start)
                )
                and not _TIMESTAMP.match(text, d.end)
            ):
                return d.value, "lead-date"
    if status in (
        "in_effect",
        "removed",
        "paused",
        "reduced",
        "exempted",
        "announced",
        "threatened",
    ):
        for d in dates:
            if (
                status in ("announced", "in_effect")
                and d.start > trig
                and (
                    _ON_BEFORE.search(text[max(s.start, d.start - 25) : d.start])
                    or text.startswith("on ", d.start)  # "on the 4th" holds its "on"
                )
                and _MEASURE_MOVED.search(text, s.start, d.start)
            ):
                # "U.S. tariffs on Canadian steel doubled to 50 per cent on the 4th of last
                # month": the measure itself moved that day
                return d.value, "moved-on"
            if d.start > trig and _ON_BEFORE.search(text[max(s.start, d.start - 25) : d.start]):
                break  # "lifted ... on Labour Day, and ... got cheaper overnight": that day
            if (
                status != "threatened"
                and _NOW_WORD.fullmatch(text, d.start, d.end)
                and not _STILL_TODAY.search(text, s.start, d.start)
                # "said this morning that Canada will impose": the day it was said, not the
                # day the measure starts
                and not (
                    status == "announced"
                    and d.start < trig
                    and (
                        _SAID_BEFORE.search(text, max(s.start, d.start - 25), d.start)
                        # "This afternoon Prime Minister Carney said Canada would answer
                        # with a 25% tariff": the day of the saying, too
                        or _SPEECH_VERB.search(text, d.end, trig)
                    )
                )
            ):
                return d.value, "today"  # "Today, the U.S. imposed ...", "this morning"
            if _YESTERDAY.match(text, d.start, d.end) and (
                status in _ACTED_ON
                or (status == "announced" and _MEASURE_MOVED.search(text, s.start, s.end))
            ):
                return d.value, "yesterday"  # "suspended the surcharge yesterday afternoon"
        for d in dates:
            before = text[max(s.start, d.start - 25) : d.start]
            if (
                status == "threatened"
                and d.start < trig
                and _TO_SIGN_ORDER_ON.search(text, max(s.start, d.start - 45), d.start)
            ):
                # "threatened to sign an executive order on January 20 imposing a 25% tariff":
                # the day the threat would be carried out
                return d.value, "order-day"
            if (
                status == "threatened"
                and d.start < trig
                and _ON_BEFORE.search(text[max(s.start, d.start - 25) : d.start])
                and _WOULD_SIGN_AFTER.match(text, d.end, trig)
            ):
                # "said that on Jan. 20, his first day in office, he would sign an order
                # imposing a 25 per cent tariff": the same day, named first, and one still
                # ahead ("said" made it read as past)
                day = d.value
                if (
                    ctx.published
                    and day < ctx.published
                    and not _YEAR_IN.search(text, d.start, d.end)
                ):
                    day = _next_year(day)
                return day, "order-day"
            if d.start <= trig or _SAID_BEFORE.search(before[:-3] + " "):
                continue
            if _ON_BEFORE.search(before) or _MONTH_START.match(text, d.start, d.end):
                return d.value, "on-date"
            if _DAY_AFTER_MEASURE.search(before) and _NAMED_DAY.search(text, d.start, d.end):
                return d.value, "day-after"  # "come off LCBO shelves Tuesday"
            if status in _ACTED_ON and _LAST_WEEKDAY.match(text, d.start, d.end):
                # "began charging a 25 per cent tariff on Canadian steel last Friday"
                return d.value, "last-day"
            if status in ("announced", "threatened") and _NEXT_DAY.match(text, d.start):
                # "will remove Canadian spirits from its list next Tuesday", "would put a 25
                # per cent tariff on Canadian goods this Saturday unless ..."
                return d.value, "next-day"
            if status in ("announced", "threatened") and _IN_DAYS.match(text, d.start):
                # "will follow in 21 days"; "in two weeks" is rounder, a later exact day wins
                return d.value, "in-weeks" if "week" in text[d.start : d.end] else "in-days"
    if status in _ACTED_ON:
        for d in dates:
            if (
                d.start < trig
                and _ANSWERED_ON_BEFORE.search(text, max(s.start, d.start - 30), d.start)
                and _WITH_BETWEEN.fullmatch(text, d.end, trig)
            ):
                # "Canada had responded on July 1 with surtaxes on $16.6 billion": that day
                return d.value, "answered-on"
    if status in (*_ACTED_ON, "announced") and ctx.last_measure is not None:
        same = _SAME_TIME.search(text, s.start, s.end)
        if (
            same
            and ctx.last_measure.effective_date
            and _EFFECT_CUE.search(text, max(s.start, same.start() - 45), same.start())
        ):
            # "took effect at the same minute": when the measure just reported did
            return ctx.last_measure.effective_date, "same-time"
        if ctx.last_measure.effective_date and _SAME_ORDER.search(text, s.start, s.end):
            # "The same orders cut the duty on potash", "a lower 10% rate under the same
            # order": the orders just reported, whose day the change shares.
            return ctx.last_measure.effective_date, "same-order"
    if status == "in_effect" and ctx.published and _IN_FORCE_NOW.search(text, s.start, s.end):
        # "are now in force", "in effect today": in force from the day of the story
        return ctx.published, "now-in-force"
    last = ctx.last_measure
    if (
        status == "paused"
        and last is not None
        and last.status == "paused"
        and last.effective_date
        and _SAME_PERIOD.search(text, s.start, s.end)
    ):
        # "The lower 10 per cent duty ... is on hold for the same period": the pause just
        # reported, from the same day
        return last.effective_date, "same-pause"
    if status == "paused" and ctx.published:
        # A pause starts when it is decided: the day it was announced or agreed, else the
        # article's; a pause told as a state ("remains on hold until March 4") is undated.
        for d in dates:
            before = max(s.start, d.start - 25)
            if _SAID_BEFORE.search(text, before, d.start):
                return d.value, "said-date"
            if _AGREED_DAY_BEFORE.search(text, before, d.start):
                return d.value, "agreed-date"
        if _PAUSE_STATE.search(text, s.start, s.end) or _VAGUE_PAST.search(text, s.start, s.end):
            # "late last week put its second round ... on hold": some day before the story's
            return None, ""
        return ctx.published, "published"
    if status == "removed":
        # "announced late Sunday that the government was halting the tax": a removal with
        # no day of its own is dated the day it was announced.
        for d in dates:
            if d.start < trig and _SAID_BEFORE.search(text, max(s.start, d.start - 25), d.start):
                return d.value, "said-date"
    return None, ""


_IN_FORCE_NOW = re.compile(
    r"\b(?:are|is)\s+now\s+in\s+(?:force|effect)\b|\bnow\s+(?:apply|applies)\b"
    r"|\bin\s+(?:force|effect)\s+today\b",
)
_IN_DAYS = re.compile(r"in\s")
_AHEAD_WORD = re.compile(
    r"\b(?:will|would|could|may|might|plans?|planned|proposed|preliminary|set to|scheduled"
    r"|expected|due to)\b"
)
_GAPPED_CHANGE = re.compile(
    r"[\s,]*(?:and|while)\s+(?:the\s+)?(?:rate|tariff|duty|levy)\s+on\s+[^,;]{1,60}?\s+to\s+"
    r"(?:\d|[a-z]+(?:-[a-z]+)?\s+per)",
    re.IGNORECASE,
)
_GAPPED_GOODS = re.compile(
    r",\s+(?:and|while)\s+(?:[\w.-]+\s+){1,3}(?:an?|the)\s+(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
    r"\s*(?:per\s*cent|percent|%)\s+(?:[\w.-]+\s+)?(?:duty|tariff|levy|rate|surtax)\b",
    re.IGNORECASE,
)
_LUMBER_STORY = re.compile(r"\bsoftwood|\blumber\b")
_IN_FORCE_SINCE = re.compile(
    r",\s+(?:(?:in\s+(?:force|effect|place)|imposed|applied)\s+)?since\s+([^,;]{3,30}),"
)
_IN_EFFECT_SINCE = re.compile(
    r"\b(?:in\s+(?:force|effect|place)|(?:has|have|had)\s+applied)\s+since\s+(?=[A-Z\d])"
)
# right after the trigger: "American wine and spirits have been off LCBO shelves since March 4"
_SINCE_AT = re.compile(r"\s+since\s+(?=[A-Z\d])")
_LEAD_EFFECT = re.compile(r"[\s\"'\u201c]*(?:Effective|Starting|Beginning|As of|Since)\s+")


# a report of a decision ("announced late Sunday that"), not "a deal announced Friday"
_TOLD_VERB = re.compile(
    r"\b(?:announced|announces|said|says|confirmed|declared)\b(?=[^.;]{0,40}?\bthat\b)"
)


def _told_day(ctx: ArticleContext, start: int, end: int) -> tuple[date | None, str]:
    """The day a decision to end or pause a measure was told, named before the report of it:
    "On June 29, Champagne announced that Ottawa was rescinding the tax", "Champagne
    announced late Sunday that the government was halting collection"."""
    verb = next(reversed(list(_TOLD_VERB.finditer(ctx.text, start, end))), None)
    if verb is None:  # (the last report before the measure)
        return None, ""
    days = []
    for d in find_dates(ctx.text, start, end, ctx.published):
        if d.start >= verb.end() + 25 or not _NAMED_DAY.search(ctx.text, d.start, d.end):
            continue  # the report's day, not one told inside it
        day = d.value
        if ctx.published and day > ctx.published and _WEEKDAY_ONLY.search(ctx.text, d.start, d.end):
            day -= timedelta(days=7)  # "announced late Sunday": the last such day
        if ctx.published is None or day <= ctx.published:
            days.append(day)
    return (days[-1], "told-on") if days else (None, "")


def _lead_effect_date(ctx: ArticleContext, start: int, end: int) -> tuple[date | None, str]:
    """The day of a sentence-opening "Effective <day>," before `end`."""
    lead = _LEAD_EFFECT.match(ctx.text, start, end)
    if lead is None:
        return None, ""
    dates = find_dates(ctx.text, start, end, ctx.published)
    if (
        lead.group().strip().startswith("Since")
        and dates
        and _NEXT_CLAUSE.search(ctx.text, dates[0].end, end + 8)  # (the measure's own ", and")
    ):
        # "Since June 1 the Americans have charged ..., and on July 1 Ottawa hit back": the
        # day is the first clause's
        return None, ""
    if dates and dates[0].start == lead.end():
        return dates[0].value, "lead-effective"
    return None, ""


_NEXT_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|when|while|whereas|on\s+top\s+of|plus)\b")


_YEAR_IN = re.compile(r"\d{4}")
_FIRST_DAY_IN_OFFICE = re.compile(
    r"\b(?:on\s+)?(?:his|her|the)\s+first\s+day(?:\s+back)?(?:\s+in\s+office|\s+as\s+president)?\b"
)


def _inauguration_ahead(pub: date) -> date | None:
    """January 20 after a U.S. presidential election (years divisible by four), for stories
    told between November of that year and the day itself."""
    if pub.month in (11, 12) and pub.year % 4 == 0:
        return date(pub.year + 1, 1, 20)
    if pub.month == 1 and pub.day <= 20 and (pub.year - 1) % 4 == 0:
        return date(pub.year, 1, 20)
    return None


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return day + timedelta(days=365)


_WOULD_SIGN_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:would|will)\s+sign\s+(?:an?\s+|the\s+)?(?:executive\s+)?orders?\b"
)
_TO_SIGN_ORDER_ON = re.compile(r"\bto\s+sign\s+(?:an?\s+|the\s+)?(?:executive\s+)?orders?\s+on\s+$")
# The time stamp of a live blog's entry after its day: "Saturday, 2:45 p.m. - ".
_TIMESTAMP = re.compile(
    r",?\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:[A-Z]{2,3}\s*)?[-\u2013\u2014:]"
)
_PAYMENT_DUE = re.compile(
    r"\b(?:payments?|returns?|filings?|instal?lments?)(?:,?\s+(?:which\s+|that\s+)?(?:\w+\s+){0,2}?(?:are|is|was|were|"
    r"had\s+been|have\s+been|fall|falls)\s+|,\s*)due\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SINCE_MIDNIGHT = re.compile(r"\b[Ss]ince\s+midnight\b")
# "At 12:01 a.m., American customs officers began collecting ...": the story's own midnight
_LEAD_MIDNIGHT = re.compile(
    r"[\s\"'\u201c]*(?:At|Since|From|(?:Shortly|Just)\s+after)\s+"
    r"(?:midnight|12:01\s*a\.m\.|12:01\s+this\s+morning)"
    r"(?:\s+(?:Eastern|ET|EDT|EST|local)(?:\s+time)?)?\s*,"
)
_BARE_MIDNIGHT = re.compile(
    r"\b(?:took\s+effect|kicked\s+in|rose|climbed|jumped|went\s+up|increased|began|started)"
    r"\s+(?:\w+\s+){0,9}?at\s+(?:midnight|12:01\s*a\.m\.)(?:\s+(?:Eastern|ET|EDT|EST))?"
    r"(?=\s*[,;]|\s*$|\.(?:\s|$)|\s+(?:under|when|after|as)\b)"
)
_LAST_WEEKDAY = re.compile(r"[Ll]ast\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_DAY_AFTER_MEASURE = re.compile(
    r"\b(?:shelves|stores|tariffs?|duties|surtax\w*|levy|levies|surcharges?|bans?)\s+$"
)
_AGREED_DAY_BEFORE = re.compile(r"\b(?:agreed|decided)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_PAUSE_STATE = re.compile(r"\b(?:remains?|remained|stays?|stayed|still)\b")


_VAGUE_PAST = re.compile(
    r"\b(?:last|earlier this|previous)\s+(?:week|month)\b|\b(?:days|weeks)\s+ago\b"
    r"|\brecently\b",
    re.IGNORECASE,
)
_RATE_MOVES = re.compile(
    r"\b(?:doubles|triples|rises|climbs|increases|jumps|goes up|falls|drops)\s+"
    # "The U.S. doubles the steel and aluminum tariff to 50 per cent."
    r"(?:(?:the|its)\s+(?:[\w-]+\s+){0,4}?)?(?:to|by)\b"
)


# A rate that moves in a timeline entry moved on the entry's day ("June 4 - U.S. tariffs on
# steel and aluminum double to 50 per cent"), unlike one announced there.
_ENTRY_MOVE = re.compile(
    r"\b(?:double|triple|rise|climb|increase|jump|go up|fall|drop)s?\s+(?:to|by)\b"
)


def _timeline_date(ctx: ArticleContext, s: Sentence) -> tuple[date | None, str]:
    """The date heading a timeline entry: "March 4 - Washington's duties take effect."."""
    head = _ENTRY_HEAD.match(ctx.text, s.start, s.end)
    if head is None:
        return None, ""
    dates = find_dates(ctx.text, s.start, head.end(), ctx.published)
    # ("Sunday night, June 29: ...": the day before the dash, not the weekday)
    dates = [d for d in dates if d.start >= head.start("day")]
    if dates and dates[0].end <= head.end() and _ENTRY_DASH.match(ctx.text, dates[0].end):
        day = dates[0].value
        pub = ctx.published
        if pub and day > pub and not head.group("year"):
            # Entries are told in the present ("March 4 - duties take effect") about the
            # past: a day without a year is the last such day up to the publication.
            try:
                earlier = day.replace(year=day.year - 1)
            except ValueError:  # February 29
                earlier = day - timedelta(days=365)
            day = earlier if earlier <= pub else day
        return day, "timeline"
    return None, ""


def _currency_for(code: str | None) -> str:
    return "CAD" if _country(code) == "CA" else "USD"


# A measure named as punishment for an act of the other side: "raising tariffs on Canadian
# goods by 10% over a television advertisement", "pointing to the ad as the reason".
_OVER_AN_AD = re.compile(
    r"\b(?:over|because(?: of)?|pointing to|citing)\s+"
    r"(?:an?|the|its|ontario's|canada's|ottawa's)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:ad|ads|advertisement|advertising campaign|ad campaign)\b"
)


# "Ottawa hit back with counter-tariffs", "responded with tariffs": the cue's "with" names
# the measure that follows it as the response.
_WITH_AFTER_CUE = re.compile(r"\s+with\s")
_FEW_WORDS = re.compile(r"\s*(?:[\w$.,-]+\s+){0,4}?$")


def _cue_introduces(low: str, start: int, end: int, trig: int) -> bool:
    if low.endswith(" with", start, end):
        rest = end
    else:
        m = _WITH_AFTER_CUE.match(low, end)
        if m is None:
            return False
        rest = m.end()
    return rest <= trig and _FEW_WORDS.match(low, rest, trig) is not None


def _retaliation_owner(
    low: str, cues: list[tuple[int, int]], trig_positions: list[int]
) -> set[int]:
    """Index of the trigger each retaliation cue belongs to: the one its "with" introduces,
    else the nearest before, else the first."""
    owners = set()
    for start, end in cues:
        after = next((i for i, t in enumerate(trig_positions) if t >= end), None)
        if after is not None and _cue_introduces(low, start, end, trig_positions[after]):
            owners.add(after)
            continue
        before = [i for i, t in enumerate(trig_positions) if t <= start]
        owners.add(before[-1] if before else 0)
    return owners


_PAST_RISE = re.compile(r"\b(?:rais|increas|hik|doubl|boost)ed\b")


def measure_events(ctx: ArticleContext, s: Sentence, kind: str) -> list[Event]:
    gaz, text = ctx.gaz, ctx.text
    key = "tariff" if kind == "tariff" else "nontariff"
    low = ctx.low
    # A real sentence has a few triggers; a cap keeps degenerate text (keyword soup) linear.
    trigs = ctx.hits(key)[:MAX_TRIGGERS]
    if kind == "tariff" and any(
        not _TRANCHE.search(t.group())
        and not _conditional_trigger(text, s.start, t.start())
        # ("lands on Tuesday alongside the US duties": the other side's measure, a clock)
        and not _CAUSE_BEFORE.search(text, max(s.start, t.start() - 60), t.start())
        for t in trigs
    ):
        # "Ottawa's first wave of counter-tariffs": the tranche of the measure named there
        # (not "a second list could follow if the US duties remain": a condition names
        # no measure of the sentence)
        trigs = [
            t
            for t in trigs
            if not _TRANCHE.search(t.group()) or _tranche_of_its_own(text, s.start, t)
        ]
    if not trigs:
        return []
    if kind == "tariff" and gaz.lex["utility_context"].search(low, s.start, s.end):
        return []
    if _SUPPOSE_HEAD.match(low, s.start, s.end) or _SKILL_HEAD.match(low, s.start, s.end):
        # "Suppose the United States, which imports maple syrup from Canada, imposes a 20 per
        # cent tariff": an exercise, not a measure
        return []
    world = bool(gaz.lex["world"].search(low, s.start, s.end))
    court = _COURT_CASE.search(text, s.start, s.end)
    Key = tuple[tuple[str | None, str | None], int]
    groups: dict[Key, list[re.Match[str]]] = {}
    weak_target: dict[Key, bool] = {}
    kept_end = -1000  # end of the last trigger kept
    last_key: Key = ((None, None), 0)  # its group
    for i, t in enumerate(trigs):
        prev = trigs[i - 1].end() if i else -1
        nxt = trigs[i + 1].start() if i + 1 < len(trigs) else _next_measure(ctx, t.end(), s.end)
        if groups and _same_measure_again(ctx, t, nxt):
            continue  # "placing a 25% tariff on ..., and said the duties would take effect"
        ments = _owners_of_this(text, _clause_mentions(ctx, s, t.start(), t.end()), t.start())
        if kind == "tariff":
            ments = _importers_as_agents(text, ments)
        init, target, weak = _resolve_measure_pair(
            text, t.start(), t.end(), ments, world, prev, nxt
        )
        if (
            weak
            and init is not None
            and init.kind in ("person", "pronoun")
            and init.subject
            and 0 <= t.start() - init.end <= 90
            and _PERSON_ACTS_ON.fullmatch(text, init.end, t.start())
        ):
            # "I will not hesitate to increase the surcharge", 'he will "substantially
            # increase" the tariff': the speaker acts on the measure; the other side, named
            # only in passing, is its target all the same
            weak = False
        if (
            (
                t.group().lower().startswith("fac")
                or (
                    t.group().lower().startswith("pa")
                    and init is not None
                    and init.end <= t.start()
                )
            )
            and "same" not in t.group().lower()
            and init is not None
            and init.hint != "agent"
            and init.kind not in ("person", "leader", "official")
            # "He also said aluminum will face 10 percent": the speaker, not who faces it
            and not (
                init.kind == "pronoun" and text[init.start : init.end].lower() in ("he", "she")
            )
        ):
            # "steel and aluminum from every country, Canada included, face 50 per cent" (or
            # "have paid 50 per cent"): who faces or pays the rate is charged it; the other
            # side (or the world's importer) charges it
            target = "WORLD" if world else init.country
            init, weak = None, False
        if kind == "nontariff_measure":
            dest = _export_destination(ctx, s, t.start())
            if dest is not None and (init is None or init.country == dest):
                # "a surcharge on the electricity Ontario exports to Michigan": an export
                # measure is the exporter's, aimed at where the goods go.
                init, target, weak = None, dest, False
        # Owned: "U.S. tariffs", "imposed by Ottawa"; not "Canadian negotiators met to
        # discuss lumber duties", where the owner word governs another noun.
        owned = init is not None and (
            init.hint == "agent"
            or (init.hint == "initiator" and 0 <= t.start() - init.end <= 30)
            or _OF_ITS_OWN.match(text, t.end()) is not None  # "tariffs of its own"
        )
        store = _store_owner(ctx, s, t)
        if store is not None:
            # "will return to Saskatchewan liquor stores": the stores' province acts.
            init, target, weak, owned = store, _other(store.code), False, True
        # "asked the court to block the duties": the measure is the case's object; "will
        # impose tariffs, a move that may end up in court": the subject's measure.
        legal = (
            court is not None
            and (court.start() < t.start() or init is None or not init.subject)
            and not _OUTSIDE_CASE.search(low, s.start, s.end)
        )
        if _skip_trigger(ctx, s, t, kind, owned, weak, legal):
            continue
        if 0 <= t.start() - kept_end <= 40 and _PLACE_OF_PREVIOUS.match(ctx.low, t.start()):
            continue  # "pull American wine from store shelves": one measure, two cues
        if kept_end >= 0 and t.group().startswith("ending "):
            continue  # "will return to LCBO shelves, ending a ban": the measure just named
        if kept_end >= 0 and not owned and _ADJACENT.fullmatch(text, kept_end, t.start()):
            # "retaliatory surtaxes": two cues of one noun phrase, one measure
            groups[last_key].append(t)
            kept_end = t.end()
            continue
        kept_end_before, kept_end = kept_end, t.end()
        if _DST.fullmatch(t.group()):
            # A digital services tax is Canada's unless the text names another owner.
            init_code = init.code if owned and init else "CA"
            pair = (init_code, _other(init_code))
        elif _SURTAX_ORDER.match(text, max(s.start, t.start() - 14)) or (
            not owned
            and _ORDER_SUBJECT.search(text, max(s.start, t.start() - 40), t.start())
            and _SURTAX_ORDER.search(text, 0, s.start)
        ):
            # "United States Surtax Order (Steel and Aluminum 2025)", and "The Order imposes a
            # 25% surtax" after it: Canada's countermeasures on U.S. goods, named by target
            pair = ("CA", "US")
        elif (
            kind == "tariff"
            and not owned
            and _OVER_QUOTA_BEFORE.search(low, max(s.start, t.start() - 14), t.start())
        ):
            # "Canada's dairy system, whose over-quota tariff on butter stands at 298.5
            # percent": supply management's duties, Canada's on every country's dairy.
            pair = ("CA", "WORLD")
        else:
            pair = (init.code if init else None, target)
        if (
            pair == (None, None)
            and last_key[0] != (None, None)
            and _PARALLEL_MEASURE.search(text, kept_end_before, t.end())
            and not _COUNTER_WORD.search(t.group())
        ):
            # "the U.S. 25 per cent tariff on Canadian goods is still there, and the 25 per
            # cent tariffs on steel are still there": a second measure, told the same way,
            # of the same owner
            pair = last_key[0]
        # One candidate per pair and clause: "will drop X, but will keep Y" are two.
        clause = len(ctx.breaks(s.start, t.start()))
        key = last_key = (pair, clause)
        groups.setdefault(key, []).append(t)
        weak_target.setdefault(key, weak)
    if not groups:
        return []
    pairs = sorted(groups, key=lambda p: groups[p][0].start())
    starts = [_clause_start(ctx, s.start, groups[p][0].start()) for p in pairs]
    retal_cues = [
        m.span()
        for m in gaz.lex["retaliation"].finditer(low, s.start, s.end)
        if not modality.CONDITIONAL_BEFORE.search(text[max(s.start, m.start() - 60) : m.start()])
    ]
    owners = _retaliation_owner(low, retal_cues, [groups[p][0].start() for p in pairs])
    # "in response to Trump's tariffs": the measure responded to is not the response, and
    # its rate, goods and day are read from that phrase on, not from the response's clause.
    responded: dict[int, int] = {}
    for i, p in enumerate(pairs):
        cue_from = max(s.start, groups[p][0].start() - 45)
        cue = _RESPONSE_TO.search(text, cue_from, groups[p][0].start())
        if cue is not None:
            responded[i] = cue.start()
    owners -= set(responded)
    out: list[Event] = []
    for i, pair in enumerate(pairs):
        if _OVER_AN_AD.search(low, groups[pair][-1].end(), s.end):
            owners.add(i)  # "raising tariffs by 10% over a television advertisement"
        seg = (starts[i], starts[i + 1] if i + 1 < len(pairs) else s.end)
        if seg[1] <= seg[0]:  # two pairs in one clause: both read the whole clause
            seg = (starts[i], s.end)
        seg = (seg[0], _other_measure_clause(ctx, groups[pair][-1].end(), seg[1]))
        if i in responded and i and starts[i] == starts[i - 1]:
            seg = (max(seg[0], responded[i]), seg[1])
        retal = i in owners
        out.extend(
            _measure_for_pair(ctx, s, kind, pair[0], groups[pair], retal, seg, weak_target[pair])
        )
    gapped = _GAPPED_CHANGE.search(text, s.start, s.end) if len(out) > 1 else None
    if gapped:
        # "the rate on cabinets is scheduled to climb to 50 per cent on Jan. 1, and the rate on
        # upholstered furniture to 30 per cent": the verb left out is the first clause's
        first = out[0]
        for e in out[1:]:
            if "|status=default" in e.rule and first.status in ("announced", "threatened"):
                e.status = first.status
                e.effective_date = e.effective_date or first.effective_date
                e.rule = e.rule.replace("|status=default", "|status=gapped", 1)
    if len(out) > 1 and _SHARED_START.search(text, s.start, s.end):
        # "a 25 per cent US tariff on trucks, and a 10 per cent tariff on buses, begins on
        # Saturday": the one verb at the end starts every measure listed before it
        last = out[-1]
        for e in out[:-1]:
            if "|status=default" in e.rule and e.effective_date is None and last.effective_date:
                e.status, e.effective_date = last.status, last.effective_date
                e.rule = e.rule.replace("|status=default", "|status=shared-start", 1)
    if len(out) > 1 and _GAPPED_GOODS.search(text, s.start, s.end):
        # "Since Friday, steel has faced a 25 percent U.S. duty, and Canadian aluminum a 10
        # percent duty": the verb and its day left out are the first clause's
        first = out[0]
        for e in out[1:]:
            if e.status == first.status and first.effective_date:
                e.effective_date = first.effective_date
                e.rule += "|date=gapped"
    if kind == "tariff":
        # "Governor Whitmer said the auto tariffs are hurting plants", "a resolution from Sen.
        # Tim Kaine of Virginia to end the emergency behind the tariff": a U.S. state cannot tax
        # imports (the Constitution's Import-Export Clause); its officials only talk of them
        out = [e for e in out if not e.initiator.startswith("US-")]
    if kind == "nontariff_measure":
        # "a U.S.-built half-ton still carries the 25 per cent surcharge", "removes a 25 per
        # cent surcharge on items ranging from syringes to ...": a surcharge on goods is a
        # duty, told by the tariff rules where it is one; only power is surcharged otherwise
        out = [
            e
            for e in out
            if not (
                _trigger(e).startswith("surcharge")
                and "electricity" not in e.products
                # "One big ad platform will add a surcharge starting in October": a firm's
                # charge, with no government named for it
                and (e.products or ("|parties=inferred" in e.rule and "-" not in e.initiator))
            )
        ]
        out += [
            replace(e, initiator=code, rule=e.rule.replace("|parties=", "|parties=coordinated-"))
            for e in out
            for code in _coordinated_owners(ctx, s, e.initiator)
        ]
    return out


_ADJACENT = re.compile(r"[ -]")
# "..., and the 25 per cent tariffs": a measure named in parallel, by its rate
_PARALLEL_MEASURE = re.compile(
    r"(?:,(?:\s+and|\s+plus)?|;"
    # "The American tariffs, both the 25 per cent and the ten per cent on energy, are
    # paused": the rates of the measures just named
    r"|,\s+both\s+the\s+[^,;.]{1,40}?\s+and)"
    r"\s+(?:the|a)\s+\S+\s*(?:per\s*cent|percent|%)\s+[\w-]+$",
    re.IGNORECASE,
)
_COUNTER_WORD = re.compile(r"counter|retaliat|reciprocal", re.IGNORECASE)
_PERSON_ACTS_ON = re.compile(
    r"\s+(?:also\s+)?(?:will|would|shall|must|plans?\s+to|intends?\s+to|is\s+going\s+to"
    r"|am\s+going\s+to)\s+(?:also\s+)?(?:not\s+hesitate\s+to\s+)?[\"\u201c]?(?:\w+ly\s+)?"
    r"(?:increase|raise|impose|put|slap|levy|hike|double|reimpose|extend|add)[\"\u201d]?\s+"
    r"(?:the|a|an|its|his|her|our|my|their)\s+(?:[\w-]+\s+){0,3}"
)
# Canada's countermeasure orders are named for the country they answer.
_SURTAX_ORDER = re.compile(r".{0,14}?\bUnited States Surtax Order\b")
_ORDER_SUBJECT = re.compile(r"\b(?:The|This|That) Order\b[^.;]{0,30}$")
_THE_BEFORE = re.compile(r"\b(?:the|those|these)\s+$")


def _conditional_trigger(text: str, start: int, trig: int) -> bool:
    """Whether the trigger sits in an if/unless clause ("if the US duties remain")."""
    return modality.CONDITIONAL_BEFORE.search(text, max(start, trig - 60), trig) is not None


def _same_measure_again(ctx: ArticleContext, t: re.Match[str], nxt: int) -> bool:
    """A bare "the duties" after a measure of the same sentence names that measure again:
    no rate, no goods and no owner of its own."""
    low = ctx.low
    if _WHICH_PUT_BEFORE.search(low, max(0, t.start() - 40), t.start()):
        # "Ottawa's list of countermeasures, which had put surtaxes on everything from U.S.
        # steel to ketchup, came off": the relative clause tells what the measure did
        return True
    return (
        _THE_BEFORE.search(low, max(0, t.start() - 7), t.start()) is not None
        and t.group() in ("duties", "tariffs", "tariff", "duty", "levy", "levies")
        and not find_rates(ctx.text, t.start(), nxt)
        and not find_products(ctx.gaz, low, t.end(), min(nxt, t.end() + 30))
        and not _MEASURE_OWNER_AFTER.match(low, t.end())
    )


_WHICH_PUT_BEFORE = re.compile(
    r",\s+which\s+(?:had\s+|has\s+|have\s+)?(?:put|imposed|placed|slapped|levied|applied)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_MEASURE_OWNER_AFTER = re.compile(r"\s+(?:of|by|on|from|against)\s")


_AND_BETWEEN = re.compile(r"(?:'s|\u2019s)?(?:\s+[\w.'\u2019-]+){0,4}?,?\s+and\s+")


def _coordinated_owners(ctx: ArticleContext, s: Sentence, code: str) -> list[str]:
    """Other provinces or states joined to the measure's owner by "and": "Ontario's LCBO and
    British Columbia's liquor distribution branch said their bans remain in place"."""
    if "-" not in code:
        return []
    subs = [m for m in s.mentions if m.kind in ("subdivision", "institution") and "-" in m.code]
    out: list[str] = []
    for a, b in pairwise(subs):
        if code not in (a.code, b.code) or a.code == b.code or a.country != b.country:
            continue
        if _AND_BETWEEN.fullmatch(ctx.text, a.end, b.start):
            other = b.code if a.code == code else a.code
            if other not in out:
                out.append(other)
    return out


_STORE_WORD = re.compile(r"\b(?:shelves|stores)\b")


def _store_owner(ctx: ArticleContext, s: Sentence, t: re.Match[str]) -> Mention | None:
    """The province or agency named inside a store trigger ("off LCBO shelves", "back on
    Saskatchewan store shelves"): the government whose stores they are."""
    if not _STORE_WORD.search(t.group()):
        return None
    return next(
        (
            m
            for m in s.mentions
            if t.start() <= m.start < t.end()
            and m.kind in ("subdivision", "institution")
            and m.country in _PAIR
        ),
        None,
    )


# "steel shipped to the United States", "its exports to the U.S.": the country goods go
# to collects the duty on them (not so for export measures: "power sold to Michigan").
_SHIPPED_TO_BEFORE = re.compile(
    r"\b(?:shipped|exported|sent|sold|headed|heading|bound|going|trucked|exports?|shipments?)"
    r"\s+(?:south\s+|north\s+)?(?:in)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _owners_of_this(text: str, mentions: list[Mention], trig: int) -> list[Mention]:
    """Without the owners of another measure named before this one: "In retaliation for the
    U.S. duties, a 25 per cent surcharge will apply ...": the U.S. owns the duties."""
    out = []
    for m in mentions:
        if m.end <= trig and m.hint == "initiator":
            noun = _MEASURE_NOUN_AFTER.match(text, m.end)
            if noun is not None and noun.end() <= trig:
                continue
        out.append(m)
    return out


def _importers_as_agents(text: str, mentions: list[Mention]) -> list[Mention]:
    return [
        replace(m, hint="agent")
        if m.hint == "target" and _SHIPPED_TO_BEFORE.search(text, max(0, m.start - 30), m.start)
        else m
        for m in mentions
    ]


def _other_measure_clause(ctx: ArticleContext, trig_end: int, end: int) -> int:
    """Where a later clause about another measure starts ("the U.S. tariff remains in
    effect, and Ontario's liquor stores carry no American wine": the wine is not the
    tariff's), else `end`."""
    semi = ctx.text.find("; ", trig_end, end)
    if semi >= 0 and _EXEMPT_CUE.search(ctx.text, semi, end):
        # "The 35% tariff ... is also unchanged; qualifying goods remain exempt": the
        # carve-out after the semicolon is a clause of its own
        end = semi
    nxt = _next_measure(ctx, trig_end, end)
    while nxt < end and _WHICH_PUT_BEFORE.search(ctx.low, max(0, nxt - 40), nxt):
        # "countermeasures, which had put surtaxes on ...": the same measure, told again
        nxt = _next_measure(ctx, nxt + 1, end)
    if nxt >= end:
        return end
    answered = _ANSWERED_RE.search(ctx.text, trig_end, nxt)
    if answered is not None:
        # "double the tariff on Canadian steel to 50 per cent, in answer to Ontario's
        # surcharge on electricity": the electricity is the other measure's
        return answered.start()
    breaks = ctx.breaks(trig_end, nxt)
    return breaks[-1] if breaks else end


# Where a clause about another measure starts: "will impose tariffs ..., in answer to the
# American auto tariffs that took effect": that clause's status cues are not this one's.
_ANSWERED_MEASURE = (
    r"\b(?:in (?:answer|response|reaction|retaliation) (?:to|for)|responding to|matching"
    r"|mirroring)\s"
)
_ANSWERED_RE = re.compile(_ANSWERED_MEASURE, re.IGNORECASE)
# ("still pay the Section 232 tariff, on top of anti-dumping duties that were raised")
_OTHER_MEASURE = re.compile(
    _ANSWERED_MEASURE + r"|,\s+(?:on\s+top\s+of|in\s+addition\s+to)\s", re.IGNORECASE
)
# What follows a measure's clause and only comments on it: "took effect Wednesday, a day
# after a dizzying exchange of threats", "doubled its tariff, a move steelworkers say could
# cost jobs". A hedge there does not hedge the measure (a status cue after ", which" still
# tells the measure's own status: "the duty, which took effect in October").
_COMMENTARY = re.compile(
    r"\b(?:a day after|days after|amid|following|because)\s"
    r"|,\s+(?:which|who)\s"
    r"|,\s+(?:a|the)\s+(?:move|step|decision|blow|hike)\b"
    # "will drop its counter-tariffs as of September 1, saying the move would ..."
    r"|,\s+(?:saying|arguing|adding|noting)\s+(?:that\s+)?(?:the|this|that)\s+(?:move|step|change"
    r"|decision)\b"
    # "doubled to 50 per cent, and asked whether prices might follow"; "drops its
    # counter-tariffs on Sept. 1, so supplies should get cheaper": a question or a
    # consequence, no hedge on the measure
    r"|,?\s+and\s+(?:asked|wondered|questioned)\s+(?:whether|if)\b|,\s+so\s"
    rf"|{_ANSWERED_MEASURE}",
    re.IGNORECASE,
)
# A guess at what a measure already named will do: "the furniture tariffs could hurt her",
# "the surcharge had been expected to add $10 to the bill".
_EFFECT_OF_MEASURE = re.compile(
    r"(?:\s+on\s+[^,;.]{1,50}?)?\s+(?:(?:could|would|will|may|might)\s+(?:\w+\s+)?"
    # "the surcharge had been expected to add roughly $10 to the monthly bill"
    r"|(?:(?:has|have|had)\s+been|is|was|are|were)\s+expected\s+to\s+)"
    r"(?:hurt|harm|damage|cost|help|make|do|weigh|push|raise|drive|squeeze|mean|add|bring"
    r"|generate)\b"
)
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|its|their|our|his|her)|'s|\u2019s)\s+(?:[\w.-]+\s+){0,3}$"
)


def _clause_end(ctx: ArticleContext, pattern: re.Pattern[str], trig_end: int, end: int) -> int:
    """Where `pattern` first matches after the trigger, else `end`."""
    m = pattern.search(ctx.text, trig_end, end)
    return m.start() if m else end


# A measure said to spare the other side: "so they don't touch American mills", "does not
# apply to Canadian goods".
_SPARES = re.compile(
    r"\b(?:do|does|did|will|would)(?:\s+not|n't)\s+(?:touch|affect|apply\s+to|hit|cover)\s+"
    r"(?:the\s+)?(?:(Canad\w*)|American|U\.S\.|United\s+States)\b"
)


_EVERY_GOOD = re.compile(r"\b(?:all|every|everything|across[- ]the[- ]board|blanket)\b")


# A time named relative to a past measure just reported.
_THEN = re.compile(
    r"\b(?:at the time|within (?:days|weeks|a week|a month|months)|that (?:year|summer|spring"
    r"|fall|autumn|winter|month)|back then|the same (?:day|week|month|year))\b"
)


# A measure named with an indefinite article heading the sentence and defined by "is a":
# "A 15 per cent tariff is still a tariff", "A tariff is a tax on your own consumers".
_INDEFINITE_HEAD = re.compile(r"[\s\"'\u201c]*(?:A|An)\s+(?:[\w.%-]+\s+){0,4}")
_IS_A_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:still\s+|just\s+|simply\s+|only\s+)?(?:a|an)\s+$"
)
_IS_A_AFTER = re.compile(r"\s+is\s+(?:still\s+|just\s+|simply\s+|only\s+|really\s+)?(?:a|an)\s")


# A trigger that only completes the one before it: "remove X | from store shelves".
_PLACE_OF_PREVIOUS = re.compile(r"(?:from|off)\s")


def _skip_trigger(
    ctx: ArticleContext,
    s: Sentence,
    t: re.Match[str],
    kind: str,
    owned: bool,
    weak: bool,
    legal: bool,
) -> bool:
    """Whether the trigger names no measure of its own. Each condition alone skips it, so
    the patterns read on the same window are searched as one alternation."""
    text, low = ctx.text, ctx.low
    before = text[max(s.start, t.start() - 60) : t.start()]
    # "if Canada retaliates" (the condition of another event), "urges Ottawa to drop the
    # tax", "without quotas".
    if (
        _ALWAYS_SKIP_BEFORE.search(before)
        and not (t.group().startswith("boycott") and not modality.CONDITIONAL_BEFORE.search(before))
        # "if Trump follows through on a pledge to impose tariffs of 25 per cent": the
        # condition names the threat itself
        and not _PLEDGE_BEFORE.search(before)
    ):
        return True
    if t.group().lower() == "retaliation" and (
        before.endswith(("in ", "In "))
        or _RETALIATION_AS_REASON.match(text, t.end())
        or _RETALIATION_NAMED_BEFORE.search(before)
    ):
        # "pulled American products in retaliation for U.S. tariffs", "its retaliation
        # against earlier U.S. tariffs", "drawing retaliation from Ottawa": the answer
        # named as a reason or a purpose, not a measure told here
        return True
    if _GENERIC_OWNER_BEFORE.search(before):
        return True  # "the first time a Canadian province has put a surcharge on power"
    if _ANY_FUTURE_BEFORE.search(before):
        return True  # "shield vehicles from any future U.S. tariff on autos": none yet
    if _THIRD_GOODS_AFTER.match(text, t.end()) and not _CA_US_AFTER.match(text, t.end()):
        # "a law that bans imports of Russian enriched uranium": another country's goods
        return True
    if _CAUSE_BEFORE.search(before):
        # "citing Canada's retaliation", "pointing to Ottawa's counter-measures": the reason
        # given for another measure, reported (if at all) where the article states it
        return True
    if not owned:
        # "met to discuss energy tariffs" (a topic); "asked the court to block the duties",
        # "would support federal counter-tariffs" (the object of a case or a stance); "in
        # response to the surcharge" (the other side's, reported where the article
        # states it); "the NDP wants ... a ban on American companies" (a demand).
        if legal or (
            _UNOWNED_SKIP_BEFORE.search(before)
            # ("will answer the U.S. duty with counter-tariffs": the answer is this measure)
            and not _ANSWER_WITH.search(before)
        ):
            return True
        if (
            _DEMAND_CLAUSE.search(text, _clause_start(ctx, s.start, t.start()), t.start())
            and not t.group().startswith("boycott")
            and not _PLEDGE_BEFORE.search(before)
        ):
            return True  # ("called on Manitobans to boycott" is the measure itself)
    elif weak and _RESPONSE_TO.search(before):
        return True  # "answer the American tariffs with ...": the other side's measure
    elif _URGED_TO.search(text, _clause_start(ctx, s.start, t.start()), t.start()):
        return True  # "urged Ottawa to hit back with tariffs of its own": a demand
    if _CLAUSE_ENDS.match(text, t.end()):
        response = _RESPONSE_TO.search(before)
        if response and not find_rates(text, s.start + response.start(), t.start()):
            # "In retaliation for the U.S. duties, a surcharge will apply to ...": the measure
            # answered, named bare, is reported where the article states it
            return True
    if _LEGAL_CAP_BEFORE.search(before) or _SINCE_BEGAN_BEFORE.search(before):
        return True  # "a law that allows duties of up to 15 per cent": a power, no measure
    if "'s" in low[s.start : t.start()] and _PARTY_PLAN_BEFORE.search(
        low, max(s.start, t.start() - 160), t.start()
    ):
        return True  # "The party's proposal ... would put a 25 per cent export charge on"
    if "that" in low[s.start : t.start()] and _SPECULATION_BEFORE.search(
        low, max(s.start, t.start() - 190), t.start()
    ):
        return True  # "the chance that Ottawa and Washington agree on a quota system"
    near = (t.start(), min(s.end, t.end() + 40))
    vague = _VAGUE_BEFORE.search(before)
    same = vague is not None and vague.group().lower().startswith("the same")
    if (
        vague
        and not (find_rates(text, *near) or find_money(text, *near))
        # "six months of relief from those counter-tariffs": a carve-out from the measures
        # just reported is a happening of its own
        and not _RELIEF_FROM_THOSE.search(before)
        # "a second list, worth $125 billion, will face the same duties": goods of their own
        and not (same and find_money(text, s.start, t.start()))
        # "The same tariff will reach imported auto parts by May 3": the measure just
        # reported, extended to goods of its own
        and not (same and _new_goods(ctx, s))
    ):
        return True  # "similar tariffs": a vague reference; "those tariffs on $16 billion" is not
    if (
        _VAGUE_AFTER.match(low, t.end())
        or _COUNTERFACTUAL.search(low, max(s.start, t.start() - 60), min(s.end, t.end() + 80))
        or _IMPACT_FORECAST_AFTER.match(low, t.end(), s.end)
    ):
        return True  # "tariffs on those sectors"; "a tariff would have hit ...": no event
    if (
        t.group().lower() in ("tariffs", "duties")
        and _GENERIC_BEFORE.search(before)
        and _GENERIC_AFTER.match(text, t.end(), s.end)
    ):
        return True  # "Reagan warned that tariffs invite retaliation": tariffs in general
    if (
        _INDEFINITE_HEAD.fullmatch(text, s.start, t.start()) and _IS_A_AFTER.match(low, t.end())
    ) or _IS_A_BEFORE.search(before):
        return True  # "A 15 per cent tariff is still a tariff, but ...": tariffs in general
    if t.group().lower().startswith("retaliat") and _GENERIC_CONSEQUENCE.search(before):
        return True  # "... that tariffs invite retaliation and trade wars"
    if kind == "nontariff_measure" and t.group().startswith("quota") and ctx.hits("tariff"):
        return True  # "over-quota tariffs ... once import quotas are filled": one tariff
    if t.group().startswith("retaliat") and _NAMED_AS_BEFORE.search(before):
        return True  # "would impose a 25 per cent tariff ..., calling it retaliation for ..."
    if kind == "tariff" and t.group().startswith("retaliat"):
        # "pulling American alcohol from its stores in retaliation", "In retaliation for the
        # U.S. duties, a surcharge will apply": the retaliation is that ban or surcharge.
        in_phrase = _IN_RETALIATION_BEFORE.search(before) is not None
        if (in_phrase and ctx.hits("nontariff")) or (
            len(ctx.hits("tariff")) == 1 and ctx.hits("nontariff")
        ):
            return True
    if (
        kind == "tariff"
        and "rate" in t.group()
        and "same" not in t.group()  # "face the same rate": the last measure's percentage
        and not find_rates(text, s.start, s.end)
    ):
        return True  # "the rate on steel" is a duty only with its percentage
    if (
        kind == "tariff"
        and _RATE_ONLY.match(t.group())
        and (
            any(not _RATE_ONLY.match(h.group()) for h in ctx.hits("tariff"))
            or any(not h.group().startswith("quota") for h in ctx.hits("nontariff"))
        )
    ):
        return True  # "the tariff took effect, and goods now pay 35%": the rate of that tariff
    if _ASKED_WHETHER.search(text, _clause_start(ctx, s.start, t.start()), t.start()):
        return True  # "asked whether Canada would accept a quota for lower tariffs": a question
    if (
        not owned
        and _WHEN_BEFORE.search(before)
        and not find_rates(text, t.start(), min(s.end, t.end() + 40))
    ):
        # "two days after the tariffs on Canadian goods took effect", "since the auto
        # tariffs were imposed", "the day Washington's tariffs landed": a measure dating
        # something else, reported (if at all) where the article states it
        return True
    if _OPTIONS_BEFORE.search(text, s.start, t.start()):
        return True  # "weighing steps of their own, including pulling U.S. alcohol": options
    if kind == "tariff" and _REVENUE_AFTER.match(low, t.end()):
        return True  # "the 3 percent levy applied to Canadian revenue": a tax, not a duty
    # "the tax applies a 3% levy", "Ontario's ban on American companies, another of its
    # countermeasures": the levy or countermeasure is the non-tariff measure named before it.
    return (
        kind == "tariff"
        and t.group().startswith(("lev", "countermeasure", "counter-measure"))
        and any(h.start() < t.start() for h in ctx.hits("nontariff"))
    )


_WHEN_BEFORE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|hours?|years?)\s+after|since|the\s+day|the\s+week)\s+"
    r"(?:the\s+|Washington's\s+|Ottawa's\s+|Canada's\s+|American\s+|U\.S\.\s+|new\s+"
    r"|auto\s+|steel\s+|first\s+){0,3}$"
)
_PLEDGE_BEFORE = re.compile(
    r"\b(?:pledge|threat|promise|vow|plan)\s+to\s+(?:impose|slap|put|levy|apply)\s+$"
)
_OPTIONS_BEFORE = re.compile(
    r"\b(?:weigh(?:ing|s|ed)?|consider(?:ing|s|ed)?|looking at|mull(?:ing|s|ed)?"
    r"|explor(?:ing|es|ed)|stud(?:ying|ies|ied))\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:steps?|options?|measures|moves|ways)\b[^;]*$"
)
_ASKED_WHETHER = re.compile(
    r"\b(?:asked|asking|asks|wondered|wondering|wonders|questioned)\s+(?:[\w.'\u2019-]+\s+){0,3}?"
    r"(?:whether|if)\b"
)
_REVENUE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:revenues?|income|profits?|earnings)\b")
# A tranche named by its place in line ("a second list", "the remaining C$125 billion"):
# a measure only where the sentence names no other.
_TRANCHE = re.compile(r"\b(?:list|tranche|wave|remaining)\b")
# "... on $30 billion of American goods, and a second list, worth about $125 billion, is to
# follow": a tranche with a sum of its own, after another sum, is a measure of its own
_OWN_SUM_AFTER = re.compile(
    r",?\s+(?:worth|valued\s+at|covering|of)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+"
    r"|another\s+|a\s+further\s+)?(?:C\$|US\$|\$)\s?\d"
)
_SUM = re.compile(r"(?:C\$|US\$|\$)\s?\d[\d.,]*\s*(?:billion|million|bn)\b")


def _new_goods(ctx: ArticleContext, s: Sentence) -> bool:
    """The sentence names goods the last measure reported did not cover."""
    last = ctx.last_measure
    if last is None or not last.products or "all_goods" in last.products:
        return False
    goods = set(labels_in(ctx.gaz, ctx.text, s.start, s.end, ctx.low))
    return bool(goods) and not goods & set(last.products)


def _tranche_of_its_own(text: str, start: int, t: re.Match[str]) -> bool:
    return bool(_OWN_SUM_AFTER.match(text, t.end())) and bool(_SUM.search(text, start, t.start()))


# A cause named for a measure: "an order citing Canada's retaliation", "blaming Ottawa's
# retaliation". The measure is a response; the cause is reported where the text states it.
# "in retaliation", "as retaliation", "calling it retaliation for US tariffs"
_IN_RETALIATION_BEFORE = re.compile(
    r"(?:^|\b(?:in|as|calling\s+it|called\s+it|describing\s+it\s+as|described\s+as)\s)$",
    re.IGNORECASE,
)
_GENERIC_OWNER_BEFORE = re.compile(
    r"\b(?:a|any)\s+(?:Canadian|American|U\.S\.|US)\s+(?:province|state|government)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:ever\s+)?(?:\w+\s+){1,2}$"
)
# "the increase answers Canada's own retaliation", "tied it to what it called Canada's
# retaliation", "the sectors most likely to face U.S. retaliation"
_RETALIATION_NAMED_BEFORE = re.compile(
    r"\b(?:answers?|answered|answering|tied|ties|tying|called|calls|face|faces|facing)\b[^.;]{0,70}$",
    re.IGNORECASE,
)
_ANY_FUTURE_BEFORE = re.compile(
    r"\bany\s+(?:future|new|possible|potential|further|additional)\s+(?:[\w.'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
_THIRD_COUNTRY_ADJ = (
    r"(?:Russian|Chinese|Mexican|Japanese|Korean|South Korean|Indian|Brazilian|German|French"
    r"|British|European|Vietnamese|Australian|Turkish|Taiwanese)"
)
_THIRD_GOODS_AFTER = re.compile(rf"\s+(?:of\s+|on\s+|from\s+)?(?:the\s+)?{_THIRD_COUNTRY_ADJ}\b")
_CA_US_AFTER = re.compile(
    rf"\s+(?:of\s+|on\s+|from\s+)?(?:the\s+)?{_THIRD_COUNTRY_ADJ}(?:,|\s+and|\s+or)\s+"
    r"(?:[\w-]+\s+)?(?:Canadian|American|U\.S\.|US)\b"
)
_RETALIATION_AS_REASON = re.compile(
    r"\s+(?:for|from)\b|\s+against\s+(?:[\w.'\u2019-]+\s+){0,3}?(?:tariffs?|duties|levies|measures)\b"
)
_CAUSE_BEFORE = re.compile(
    r"\b(?:citing|cited|cites|pointing to|points to|pointed to|blam\w+|because of|due to"
    r"|punish\w*(?: \w+)? for)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,2}[\"\u201c]?$"
    # "pulled American alcohol on March 4, the day Washington's tariffs landed": a time
    # reference; "lands on Tuesday alongside the US duties": the other measure, as a clock
    # ("Ottawa answered the same day with counter-tariffs": "with" brings the measure)
    r"|\bthe\s+(?:same\s+)?(?:day|week|morning|night|hour)\s+(?!with\b)(?:that\s+)?"
    r"(?:[\w.'\u2019-]+\s+){0,2}$"
    r"|\b(?:alongside|together\s+with|at\s+the\s+same\s+time\s+as)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` does (same flags required)."""
    flags = {p.flags for p in patterns}
    assert len(flags) == 1, "combined patterns must share their flags"
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())


_ALWAYS_SKIP_BEFORE = _any_of(modality.CONDITIONAL_BEFORE, _DEMAND_BEFORE, _WITHOUT_BEFORE)
_ANSWER_WITH = re.compile(
    r"\b(?:answer|respond|repl(?:y|ie))\w*\s+(?:the|their|its|those|these)\s+[^;]{1,40}?"
    r"\bwith\s+(?:[\w-]+\s+){0,3}$"
)
_UNOWNED_SKIP_BEFORE = _any_of(_TOPIC_BEFORE, _STANCE_BEFORE, _RESPONSE_TO, _REVIEWED_BEFORE)


def _next_measure(ctx: ArticleContext, start: int, end: int) -> int:
    """Start of the next measure word of any kind ("the surcharge was a response to the
    American tariffs on Canadian goods": the goods are those of the tariffs)."""
    return next((p for p in ctx.measure_starts() if start <= p < end), end)


def _clause_mentions(
    ctx: ArticleContext, s: Sentence, trig_start: int, trig_end: int
) -> list[Mention]:
    """Actors of the trigger's clause; the whole sentence when it has a single clause.
    "Producers cut shipments to the U.S. since the tariffs took effect": the U.S. is not
    the target of those tariffs, so a clause without actors yields none (carry-over)."""
    start = _clause_start(ctx, s.start, trig_start)
    if _RELATIVE_CLOSED.match(ctx.text, start, trig_start):
        # "Donald Trump, who takes office next Monday, has threatened to put a 25 per cent
        # tariff on ...": the trigger follows the relative clause, in the main clause that
        # began before it
        start = _clause_start(ctx, s.start, start)
    nxt = ctx.breaks(trig_end, s.end)
    end = nxt[0] if nxt else s.end
    resume = _after_relative(ctx, end, s.end)
    if start == s.start and end == s.end:
        return s.mentions
    if resume is not None:
        # "The tariff that Trump unveiled, which begins Saturday, does not apply to goods from
        # Canada": the main clause goes on after the relative clause.
        later = ctx.breaks(resume, s.end)
        stop = later[0] if later else s.end
        return [m for m in s.mentions if start <= m.start < end or resume <= m.start < stop]
    own = [m for m in s.mentions if start <= m.start < end]
    if not own and start > s.start and _COORD_PREDICATE.match(ctx.text, start, trig_start):
        # "Trump exempts goods that qualify under CUSMA, and cuts the rate on potash to 10 per
        # cent": the second verb has the first one's subject
        before = _clause_start(ctx, s.start, max(s.start, start - 2))
        subject = [
            m
            for m in s.mentions
            if before <= m.start < start and m.subject and m.kind in _SUBJECT_KINDS
        ]
        return subject[:1]
    return own


_SUBJECT_KINDS = frozenset(
    {"person", "leader", "official", "country", "metonym", "subdivision", "institution", "pronoun"}
)
_COORD_PREDICATE = re.compile(
    r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|most|all|other|then|no|not"
    r"|never)\s)[a-z]+\s"
)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s")
# a relative clause that closes before the trigger: ", who takes office next Monday, has"
_RELATIVE_CLOSED = re.compile(r",\s+(?:which|who)\s[^,;.]{1,90},\s")


def _after_relative(ctx: ArticleContext, brk: int, end: int) -> int | None:
    """Where the main clause resumes after a non-restrictive relative clause opening at
    `brk` (", which begins Saturday, does ..."), else None."""
    if not _RELATIVE_OPEN.match(ctx.text, brk):
        return None
    close = ctx.text.find(",", brk + 1, min(end, brk + 90))
    return close + 1 if close > 0 else None


def _clause_start(ctx: ArticleContext, sent_start: int, trig: int) -> int:
    """Start of the clause holding the trigger: products, rates and dates are read there."""
    breaks = ctx.breaks(sent_start, trig)
    return breaks[-1] if breaks else sent_start


_AND_TOLD = re.compile(
    r"\b(?:and|but)\s+(?:then\s+|also\s+)?(?P<verb>said|says|confirmed|confirms|announced"
    r"|announces|added|adds|insisted|stressed|noted)\s+(?:that\s+)?"
)
_PLANNED_THEN = re.compile(
    r"\b(?:was|were)\s+(?:to|due\s+to|set\s+to|scheduled\s+to|supposed\s+to)\s+"
    r"(?:take\s+effect|start|begin|kick\s+in|hit|apply)\b"
)
_PAUSE_STORY = re.compile(r"\b(?:paus(?:e|ed|es|ing)|on\s+hold|hold\s+off|held\s+off|reprieve)\b")
_QUOTE_START = re.compile("[\"\u201c\u2018']")
_PAUSE_COVERS = re.compile(
    r"\b(?:the|this|that|a|its)\s+(?:[\w-]+\s+)?(?:pause|suspension|reprieve)\b[^.;]*?"
    r"\b(?:covers?|covering|applies to|extends to|includes?)\b"
)
_OVER_QUOTA_BEFORE = re.compile(r"\b(?:over|above|out-of)-quota\s+$")
# Canada's own standing duties on American goods: supply management's over-quota tariffs.
_SUPPLY_MANAGED = re.compile(
    r"over-quota|supply[- ]manage|\bdairy\b|\bmilk\b|(?<!peanut )\bbutter\b|\bcheese\b"
)


def _counter_tariff(kind: str, init: str, target: str, products: list[str], seg: str) -> bool:
    """A Canadian tariff on American goods answers the American ones: the country imposes no
    others on the United States except supply management's over-quota duties on dairy.
    Every writer of the labelled sets marked such duties retaliatory, whether or not the
    sentence says "in response"."""
    return (
        kind == "tariff"
        and init == "CA"
        and target == "US"
        and "dairy" not in products
        and not _SUPPLY_MANAGED.search(seg)
    )


_OUR_GOODS = re.compile(
    r"\b(?:on|of|to)\s+our\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:steel|alumin(?:i)?um|lumber|softwood|autos?"
    r"|cars|vehicles|goods|products|exports|metal|wood|dairy|energy|potash|crops|beef|pork)\b"
    # "our smelters now pay a 50 per cent tariff": the story's own producers pay it
    r"|\bour\s+(?:[\w-]+\s+)?(?:smelters|mills|producers|exporters|farmers|companies|firms"
    r"|manufacturers|businesses|members|plants|shippers)\s+(?:now\s+|still\s+|already\s+)?"
    r"(?:pay|face|are\s+paying|are\s+facing|have\s+paid)\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"\b(?:(?:sell|sells|sold|selling)\s+(?:[\w-]+\s+){0,3}?to|(?:get|gets|getting)\s+into"
    # "Crude oil shipped from our offshore fields to American refineries ... faces 10 per cent"
    r"|(?:shipped|exported)\s+from\s+(?:[\w-]+\s+){0,4}?to)\s+"
    r"(?:the\s+)?(?:(?P<us>Americans?|States|U\.S\.|United States|America)"
    r"|(?P<ca>Canadians?|Canada))\b"
)
_GENERIC_DUTY = re.compile(r"tariffs?|duty|duties", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\s*[\"\u201c]?(?:They|These|Those|It)\s")


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
    # "the two countries" (CA+US) is no third country.
    foreign = any(
        m.country not in ("CA", "US", _GROUP) and m.hint != "location" for m in s.mentions
    )
    if (
        not foreign
        and ctx.recent_countries[-1:]
        and ctx.recent_countries[-1] not in ("CA", "US")
        and _PRONOUN_SUBJECT.match(text, s.start)
        and len({m.country for m in s.mentions} & {"CA", "US"}) < 2
    ):
        # "China's tariffs took effect on March 20. They put 25 per cent on Canadian pork":
        # the pronoun stands for the third country named last
        foreign = True
    both = ctx.both_sides() and not foreign
    if _RELIEF_FROM_THOSE.search(text, max(s.start, trigs[0].start() - 60), trigs[0].start()):
        # "relief from those counter-tariffs for US inputs": the parties of the measures just
        # reported (the last answer, for "counter-tariffs"), not whoever the goods' origin names
        answer = trigs[0].group().lower().startswith(("counter", "retaliat"))
        last = next(
            (e for e in reversed(ctx.events) if e.type == kind and (e.retaliatory or not answer)),
            None,
        )
        if last is not None:
            init, target, how = last.initiator, last.target, "those-measures"
    dest = _DESTINATION.search(text, s.start, s.end) if init is None else None
    if dest and target == ("CA" if dest.group("ca") else "US") and kind == "tariff":
        # "everything we sell to the Americans will pay 35 per cent", "our steel pays 50 per
        # cent to get into the States": the country the goods go to charges the duty
        init, target, how = target, _other(target), "destination"
    if init is None and target is not None and target != "WORLD" and both:
        init, how = _other(target), "inferred-init"
        if kind == "nontariff_measure":
            init = _subnational_actor(ctx, s, init)
    if init is None and target == "WORLD" and ctx.has_us:
        # "the global 25 per cent tariffs on steel ... take effect Wednesday": in Canada-US
        # news a measure on every country with no actor named is Washington's.
        init, how = "US", "world-default"
    if (
        init is None
        and target == "WORLD"
        and kind == "tariff"
        and _UNDER_US_STATUTE.search(text, s.start, s.end)
    ):
        # "Under Section 232 ..., imports of steel from all countries, including Canada": a
        # U.S. statute's measure on every country is Washington's
        init, how = "US", "statute"
    if (
        init is None
        and target is None
        and _US_LAW.search(text, max(seg[0], trigs[0].start() - 20), trigs[0].end())
        and any(not _US_LAW.match(t.group(0)) for t in trigs)  # a tariff, not the law alone
    ):
        # "The Section 232 tariff on softwood lumber is 10 per cent": only Washington acts
        # under its own trade laws
        init, how = "US", "by-law"
    if init is not None and target is None and both and not _THIRD_PARTIES.search(text, *seg):
        if _third_country_story(text, _other(init)):
            # "Ottawa does not intend to drop its electric-vehicle tariffs" in a story about
            # China: the measure's target is the country the story is about, not the US
            return []
        target, how = _other(init), "inferred-target"
    if init is None or target is None:
        if ctx.last_parties is None or foreign or _OTHER_PARTNERS.search(text, *seg):
            # "Chinese duties on canola", "tariffs from other trading partners": not the
            # Canada-US measure just reported
            return []
        if _QUOTE_START.match(text, s.start):
            # "\"A 25 per cent duty on that was going to shut lines down.\"": a speaker's
            # words about a measure the quote does not name
            return []
        init, target = ctx.last_parties
        if kind == "nontariff_measure" and ctx.last_measure and ctx.last_measure.type != kind:
            # "rescinding the tax" after the tariffs: the non-tariff measure reported before
            earlier = next((e for e in reversed(ctx.events) if e.type == kind), None)
            if earlier is not None:
                init, target = earlier.initiator, earlier.target
        how = "carried"
        if (
            kind == "tariff"
            and init == "CA"
            and _GENERIC_DUTY.fullmatch(trigs[0].group())
            and find_rates(text, *seg)
            and ctx.last_measure is not None
            and ctx.last_measure.retaliatory
        ):
            # "Ottawa answered with surtaxes on $16.6 billion ... The 2018 duties of 25 per
            # cent on steel and 10 per cent on aluminum were lifted in May 2019": duties with
            # rates of their own, after Canada's answer, are the measure it answered
            init, target = "US", "CA"
    if (
        how in ("carried", "inferred-init")
        and ctx.home in ("CA", "US")
        and target != "WORLD"
        and _country(target) != ctx.home
        and _OUR_GOODS.search(text, seg[0], seg[1])
    ):
        # "In 2018 they put 25 per cent on our steel": "our" goods are the story's own
        # country's, so that country is the target, whoever was named before
        init, target, how = _other(ctx.home), ctx.home, "our-goods"
    if how != "explicit" and any(m.opposition and m.start < trigs[0].start() for m in s.mentions):
        return []  # "Poilievre said he would retaliate against Washington": a pledge
    if trigs[0].group().startswith("boycott") and how != "explicit":
        return []  # only a boycott called by a named government counts
    if target != "WORLD":
        target = _country(target)
    if (
        kind == "tariff"
        and init == "CA"
        and (
            # "the Section 232 tariffs that took effect on October 14": named by the statute
            (how != "explicit" and _US_LAW.match(trigs[0].group()))
            # "Under Section 232 ..., imports of steel from all countries, including Canada,
            # have faced a 50% tariff"
            or _UNDER_US_STATUTE.search(text, s.start, trigs[0].start())
        )
    ):
        # a U.S. statute's measure is Washington's, whoever else the sentence names
        init, target, how = "US", ("WORLD" if target == "WORLD" else "CA"), "statute"
    if not init or not target or not _is_ca_us(init, target, ctx):
        return []
    seg_start, seg_end = seg
    rates = find_rates(text, seg_start, seg_end)
    if not rates:
        rates = _same_rate(ctx, kind, seg)
    old = rates[0].old if rates else None
    new = rates[0].value if rates else None
    low = ctx.low
    # The negation must be in the measure's own clause: "goods that do not qualify ...,
    # and Ontario's stores carry no American wine" is no negated store ban.
    pre = low[max(seg_start, trigs[0].start() - 120) : trigs[0].end()]
    # "would not respond immediately but ... would adjust its counter-tariffs": a negation
    # before "but" belongs to the other clause.
    pre = pre[pre.rfind(" but ") + 1 :] if " but " in pre else pre
    # 'said Canada would not be "pushed around" and confirmed that its countermeasures will
    # take effect': a second report opens a clause of its own
    told = max(_AND_TOLD.finditer(pre), key=lambda m: m.start(), default=None)
    if told:
        pre = pre[told.start("verb") :]  # the report's verb reads "said he would ..."
        seg_start = trigs[0].end() - len(pre)  # the measure's clause starts there
    hedge_end = _clause_end(ctx, _COMMENTARY, trigs[-1].end(), seg_end) - seg_start
    effect = _EFFECT_OF_MEASURE.match(low, trigs[-1].end(), seg_end)
    if effect and _DEFINITE_BEFORE.search(
        low, max(seg_start, trigs[0].start() - 40), trigs[0].start()
    ):
        # "the furniture tariffs could hurt her more than the lumber duty": a guess at what a
        # measure already named will do, no threat of it
        hedge_end = min(hedge_end, effect.start() - seg_start)
        effect_start = effect.start() - seg_start
    else:
        effect_start = None
    cue_end = _clause_end(ctx, _OTHER_MEASURE, trigs[-1].end(), seg_end) - seg_start
    standing = _STANDING_SINCE.search(text, trigs[-1].end(), seg_end)
    if standing:
        # "will charge 35 per cent ..., up from the 25 per cent that has applied since March
        # 4": "has applied" is the old rate's status, not this one's
        cue_end = min(cue_end, standing.start() - seg_start)
    if effect_start is not None:
        cue_end = min(cue_end, effect_start)  # "would raise costs" is no raise of the tariff
    status, cue = modality.measure_status(
        gaz, low[seg_start:seg_end], pre, old, new, hedge_end, cue_end
    )
    if cue == "default" and trigs[0].group().startswith("add "):
        # "he said he'd add another 10 percent on Canadian goods": a step still to take
        status, cue = "announced", "to-add"
    if (
        (
            status == "announced"
            # (the rise told in the past is a weak in-force cue: "raised the duty to 20.56")
            or (status == "in_effect" and _PAST_RISE.search(low, seg_start, seg_end))
        )
        and TRADE_REMEDY.search(trigs[0].group())
        and not _AHEAD_WORD.search(low, s.start, s.end)
    ):
        # "the Commerce Department raised the countervailing duty on most Canadian softwood
        # to 14.63 per cent": a trade-remedy rate applies once it is set, no later day
        status, cue = "in_effect", "remedy-set"
    if status is None:
        return []
    if cue == "default" and _PAUSE_COVERS.search(low, s.start, trigs[0].start()):
        # "The pause began Tuesday ... and covers both the 25 per cent levy and the 10 per
        # cent rate on energy": the measures the pause covers are paused.
        status, cue = "paused", "pause-covers"
    spared = _SPARES.search(text, *seg)
    if spared and status != "exempted" and _country(target) == ("CA" if spared.group(1) else "US"):
        return []  # "quotas on foreign steel ... so they don't touch American mills"
    eff, date_cue = _effective_date(ctx, Sentence(seg_start, seg_end, []), status, trigs[0].start())
    if eff is None and status == "in_effect":
        # "the Section 232 duty of 10 per cent on softwood lumber, in force since October
        # 14, now stacks on ...": the day in the appositive after the measure
        since = _IN_FORCE_SINCE.search(text, trigs[-1].end(), min(s.end, trigs[-1].end() + 90))
        if since and len(find_rates(text, s.start, s.end)) > 1:
            since = None  # a list of measures: the day is its last item's
        # from "since" on, so the day is read as one already past
        days = find_dates(text, since.start(), since.end(), ctx.published) if since else []
        if not days and not since:
            # "has been in effect since March 13 as a countermeasure": the day right after
            # "since", though a reason or a comment follows it in the same clause
            since = _SINCE_AT.match(text, trigs[-1].end()) or _IN_EFFECT_SINCE.search(
                text, trigs[-1].end(), min(s.end, trigs[-1].end() + 90)
            )
            # (read from "since" on, which makes the day one already past)
            days = find_dates(text, since.start(), s.end, ctx.published) if since else []
            days = [d for d in days[:1] if d.start == since.end()] if since else []
        if days:
            eff, date_cue = days[0].value, "in-force-since"
    if eff is None and seg_start > s.start and status in ("in_effect", "announced", "removed"):
        # "Effective Tuesday, March 4, 2025, and at the direction of the Province, all U.S.
        # products have been removed": the day heading the sentence covers its clauses.
        eff, date_cue = _lead_effect_date(ctx, s.start, seg_start)
    if eff is None and status in ("removed", "paused"):
        eff, date_cue = _told_day(ctx, s.start, trigs[0].start())
    if eff is None and (
        status in ("in_effect", "removed", "paused", "reduced", "exempted")
        # "June 4, 2025: The American rate doubles to 50 per cent.": the entry's day
        or (status == "announced" and _RATE_MOVES.search(low, seg_start, seg_end))
    ):
        eff, date_cue = _timeline_date(ctx, s)
    if cue == "remedy-set":
        eff, date_cue = None, ""  # the writers date no review's result
    # The day of the last sentence's measures: "... took effect Tuesday; energy faces a lower
    # 10% rate." then "Ottawa's counter-tariffs kicked in at the same hour."
    last_day = next(
        (e.effective_date for e in reversed(ctx.prev_measures) if e.effective_date), None
    ) or next(
        # "... will drop to 25 per cent on Oct. 1. Shipments above the quota ... In return,
        # Canada will lift its counter-tariffs on the same day.": the last dated measure
        (e.effective_date for e in reversed(ctx.events) if e.type in MEASURES and e.effective_date),
        None,
    )
    if eff is None and last_day:
        acted = status in ("in_effect", "removed", "paused", "reduced", "exempted")
        eff, date_cue = _relative_to_last(text, s.start, seg_start, seg_end, last_day, acted)
    entry = _timeline_date(ctx, s)[0]
    if (
        eff is None
        and entry is not None
        and ctx.published
        and entry <= ctx.published
        and (
            status not in ("announced", "threatened") or _ENTRY_MOVE.search(low, seg_start, seg_end)
        )
    ):
        # "June 4 - U.S. tariffs on steel and aluminum double to 50 per cent.": an entry
        # with no day of its own in the text happened on the entry's day
        eff, date_cue = entry, "timeline"
    elif eff is None:
        entry = None
    if entry is not None and date_cue == "published":
        # "Feb. 3 - both sides put their tariffs on hold for 30 days.": the entry's day, not
        # the day of the story that lists it
        eff, date_cue = entry, "timeline"
    elif entry is not None and eff is not None and (entry.month, entry.day) == (eff.month, eff.day):
        # "March 4 - U.S. tariffs take effect." in a January story: the entry's day is the
        # last such day, not the next one the future tense would pick
        eff = entry
    if (
        status == "announced"
        and eff
        and ctx.published
        and eff <= ctx.published
        and _PLANNED_THEN.search(low, seg_start, seg_end)
        and _PAUSE_STORY.search(low)
    ):
        # "Ottawa's counter-tariffs were to take effect this morning as well", in a story of a
        # pause: the start that was planned did not come
        status, cue = "paused", "planned-start-held"
    elif (
        status == "announced"
        and eff
        and ctx.published
        and eff <= ctx.published
        # "the extra 10 percent ... has not been put into effect": still only announced
        and not _NOT_IN_EFFECT.search(low, seg_start, seg_end)
    ):
        status, cue = "in_effect", "date-passed"
    elif (
        (
            cue == "default"
            or (status == "in_effect" and _FUTURE_PLACE.search(low, seg_start, seg_end))
        )
        and eff
        and ctx.published
        and eff > ctx.published
    ):
        # "will be in place as of next Monday": in force from a day still ahead
        # "a proclamation putting a 25% tariff on cars, starting April 2": not yet in force.
        status, cue = "announced", "date-ahead"
    retal = retaliatory or any(
        gaz.lex["retaliation"].fullmatch(t.group()) is not None for t in trigs
    )
    retal_how, cue_retal = "", retal
    last = ctx.last_measure
    carried_from = (
        last
        if how == "carried"
        and last is not None
        and last.type == kind
        and (last.initiator, last.target) == (init, target)
        else None
    )
    if (
        carried_from is not None
        and carried_from.retaliatory
        and not retal
        and _PART_OF_LIST.search(trigs[0].group())
    ):
        # "Canada will respond with 25 per cent tariffs ... The first list ... takes effect
        # Tuesday": a part of the counter-measure just reported is a counter-measure.
        retal, retal_how = True, "|retaliatory=carried"
    if not retal and "-" in init and target != "WORLD":
        # Provinces and states have no trade policy of their own: a measure of theirs
        # aimed at the other country answers that country's measures.
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
    notes = ctx.notes(s.start, s.end)
    past = historical_year(ctx.last_measure.rule) if ctx.last_measure else None
    if past and "|historical=" not in notes and _THEN.search(low, s.start, s.end):
        # "In 2018, Washington put ... Ottawa answered within weeks with surtaxes": the
        # answer belongs to the same past round.
        notes += f"|historical={past}"
    money = find_money(text, seg_start, seg_end)
    value = None
    if money:
        m0 = money[0]
        value = Value(m0.amount, m0.currency or _currency_for(init))
    out = []
    kept = _KEEPING.search(low, trigs[0].end(), s.end) if status == "removed" else None
    prod_end = kept.start() if kept else seg_end
    items = _semicolon_items(text, seg_start, prod_end, rates)
    per_rate = _products_per_rate(ctx, seg_start, prod_end, rates)
    if len(per_rate) == 1:
        per_rate = _and_on_groups(ctx, seg_start, prod_end, per_rate[0])
    # "the 25 per cent tariff on goods ..., the 25 per cent tariffs on steel": one rate, two
    # measures, each named with it
    rate_repeats = Counter(r.value for r, _ in per_rate if r is not None)
    for k, (rate, products) in enumerate(per_rate):
        eff_here, date_here, value_here = eff, date_cue, value
        if items:
            # "25 per cent on $30 billion ..., in force since March 4; 25 per cent on $29.8
            # billion ..., since March 13": each item of the list has its own day and amount.
            a, b = items[k]
            own, own_cue = _effective_date(ctx, Sentence(a, b, []), status, a)
            if own is not None:
                eff_here, date_here = own, own_cue
            own_money = find_money(text, a, b)
            value_here = (
                Value(own_money[0].amount, own_money[0].currency or _currency_for(init))
                if own_money
                else None
            )
        if (
            kind == "nontariff_measure"
            and not products
            # ("a 3 percent tax on revenue from online marketplaces, advertising ...")
            and re.search(
                r"digital services|\bDST\b|tax on [^.;]{0,60}?\b(?:digital|online|advertising)\b",
                sent,
            )
        ):
            products = ["digital_services"]
        if (
            products == ["all_goods"]
            and _country(init) == "CA"
            and not _EVERY_GOOD.search(ctx.low, seg_start, prod_end)
        ):
            # "counter-tariffs on American goods": Canada's lists name goods, they never
            # covered everything (the writers leave such goods unnamed).
            products = []
        conf = 0.45 + (0.25 if how == "explicit" else 0.1 if how != "carried" else 0)
        conf += 0.1 if cue not in ("default", "hedge") else 0
        conf += 0.05 if rate else 0
        vague = how in ("inferred-target", "weak-target") or (
            how == "inferred-init" and kind == "tariff"
        )
        if (
            (status == "in_effect" or (how == "weak-target" and status in _STANDING))
            and vague
            and not (rate or products or cue_retal)
        ):
            return []  # "amid U.S. tariffs": actor only, no goods or target: too vague
        if how == "carried" and not (rate or products or value or status in ("removed", "paused")):
            # A vague reference ("the duties take effect Tuesday"): only fills gaps.
            _fill_last(ctx, kind, eff, value)
            return []
        if (
            how != "explicit"
            and not rate
            and cue in ("hedge", "default")
            and _DEFINITE_BARE.search(low, max(s.start, trigs[0].start() - 5), trigs[0].start())
            # ("So does the counter-tariff on American-built vehicles": the last verb's)
            and not _SO_TOO.match(text, s.start, s.end)
        ):
            # "the tariffs would hurt farmers", "the duties would raise costs": a vague
            # reference to a measure, with no actor, rate or status of its own.
            return []
        if (
            kind == "tariff"
            and not products
            and TRADE_REMEDY.search(trigs[0].group())
            and _LUMBER_STORY.search(ctx.low)
        ):
            # "combined anti-dumping and countervailing rates of roughly 35 per cent" in a story
            # about softwood: the duties on Canadian lumber, the trade-remedy case of this beat
            products = ["lumber"]
        retal_here, how_here = retal, retal_how
        if not retal and _counter_tariff(kind, init, target, products, low[seg_start:seg_end]):
            retal_here, how_here = True, "|retaliatory=canadian-duty"
        target_here, parties_here = target, how
        if (
            kind == "tariff"
            and init == "US"
            and how == "inferred-target"
            and products
            and set(products) <= SECTORAL_GOODS
            and not TRADE_REMEDY.search(trigs[0].group())
            # "the U.S. lumber duties": the anti-dumping and countervailing duties on
            # Canadian softwood, not the Section 232 tariff on every country's lumber
            and not ("lumber" in products and "dut" in trigs[0].group().lower())
            and not any(m.country == "CA" for m in s.mentions)
        ):
            # "the new 10 per cent U.S. tariff on softwood lumber": a sectoral duty with no
            # country named is on every country's goods (the writers' reading, 230 to 50)
            target_here, parties_here = "WORLD", "world-sectoral"
        out.append(
            Event(
                type=kind,
                status=status,
                initiator=init,
                target=target_here,
                retaliatory=retal_here,
                rate_pct=rate.value if rate else None,
                value=value_here,
                products=products,
                effective_date=eff_here,
                evidence=sent,
                char_start=s.start,
                char_end=s.end,
                confidence=round(min(conf, 0.95), 2),
                rule=f"{kind}:{trigs[0].group().lower()}|status={cue}|parties={parties_here}"
                + (f"|date={date_here}" if date_here else "")
                + ("|list-item" if items else "")
                + ("|rate-named-again" if rate and rate_repeats.get(rate.value, 0) > 1 else "")
                + how_here
                + ("" if explicit else "|no-actor")
                + notes,
            )
        )
    if kept and out:
        # "lifts most of its counter-tariffs, keeping only those on steel and autos": the
        # part kept stands, as a measure of its own.
        # (the clause of a second trigger: "but keeps 25 per cent duties on American steel")
        kept_end = seg_end if kept.end() <= seg_end else s.end
        products = labels_in(gaz, text, kept.end(), kept_end, low)
        if products:
            out.append(
                replace(
                    out[0],
                    status="in_effect",
                    products=products,
                    rate_pct=float(kept.group("rate")) if kept.group("rate") else None,
                    value=None,
                    effective_date=None,
                    rule=out[0].rule.replace(f"status={cue}", "status=kept", 1),
                )
            )
    if (
        len(out) == 2
        and len(rates) == 2
        and out[1].rate_pct == rates[1].value
        and SCHEDULED_RISE.search(text, max(seg_start, rates[1].start - 40), rates[1].start)
    ):
        # "a 25 per cent tariff from Tuesday, rising to 50 per cent on January 1": the second
        # step is set for its own day, and on the first step's goods
        days = find_dates(text, rates[1].end, seg_end, ctx.published)
        step_day = days[0].value if days and days[0].start - rates[1].end <= 30 else None
        if step_day is not None and out[0].effective_date == step_day:
            out[0] = replace(out[0], effective_date=None)  # the step's day, not the first's
        out[1] = replace(
            out[1],
            status="threatened" if status == "threatened" else "announced",
            products=out[1].products or out[0].products,
            effective_date=step_day,
            rule=out[1].rule.replace(f"status={cue}", "status=scheduled-step", 1),
        )
    tranche = _REMAINING_TRANCHE.search(text, seg_start, seg_end) if len(out) == 1 else None
    if tranche is not None and out[0].status in ("announced", "threatened", "in_effect"):
        # "25 per cent tariffs on $155 billion, starting with $30 billion on Tuesday and the
        # remaining $125 billion in 21 days": two tranches, each on its own day
        first_days = find_dates(text, tranche.start(), tranche.start("rest"), ctx.published)
        rest_days = find_dates(text, tranche.start("rest"), tranche.end(), ctx.published)
        if (
            first_days
            and ctx.published
            and first_days[0].value < ctx.published
            and _WEEKDAY_ONLY.search(text, first_days[0].start, first_days[0].end)
        ):
            # ("with the first $30 billion hit on Tuesday": a step still ahead, whatever
            # tense "hit" reads in)
            first_days[0] = replace(first_days[0], value=first_days[0].value + timedelta(days=7))
        out[0] = replace(
            out[0],
            status="announced" if out[0].status == "in_effect" else out[0].status,
            value=_billions(tranche.group("first"), tranche.group("cur1"), init),
            effective_date=first_days[0].value if first_days else out[0].effective_date,
        )
        out.append(
            replace(
                out[0],
                value=_billions(tranche.group("second"), tranche.group("cur2"), init),
                effective_date=rest_days[0].value if rest_days else None,
                rule=out[0].rule + "|tranche=remaining",
            )
        )
    if standing and len(out) == 1 and out[0].status in ("announced", "threatened"):
        # "will charge a 35 per cent tariff starting Aug. 1, up from the 25 per cent that has
        # applied since March 4": the rate in force now is a measure of its own
        days = find_dates(text, standing.start(2), standing.end(), ctx.published)
        out.append(
            replace(
                out[0],
                status="in_effect",
                rate_pct=float(standing.group(1)),
                effective_date=days[0].value if days else None,
                rule=out[0].rule.replace(f"status={cue}", "status=standing-since", 1),
            )
        )
    return out


# "starting with $30 billion on Tuesday and the remaining $125 billion in 21 days"
_REMAINING_TRANCHE = re.compile(
    r"\b(?:(?:starting|beginning)\s+with|with\s+the\s+first)\s+(?P<cur1>C\$|US\$|\$)"
    r"(?P<first>\d+(?:\.\d+)?)\s*billion\b[^.;]{0,60}?\band\s+(?P<rest>(?:the\s+)?(?:remaining"
    r"|other|rest\s+of\s+the)\s+(?P<cur2>C\$|US\$|\$)(?P<second>\d+(?:\.\d+)?)\s*billion\b"
    r"[^.;]{0,60})"
)


def _billions(amount: str, symbol: str, init: str) -> Value:
    currency = {"C$": "CAD", "US$": "USD"}.get(symbol) or _currency_for(init)
    return Value(float(amount) * 1e9, currency)


# "up from the 25 per cent that has applied since March 4", "up from the 25 percent rate in
# place since March": the old rate, in force since a time the sentence names
_STANDING_SINCE = re.compile(
    r"\bup\s+from\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*(?:per\s?cent|percent|%)(?:\s+(?:rate|levy|tariff))?"
    r"\s+(?:that\s+(?:has|had)\s+(?:applied|been\s+in\s+(?:place|force|effect))|applied"
    r"|in\s+(?:place|force|effect))\s+(since\s+[^,;.]{3,30})"
)


_EXPORTED_TO = re.compile(
    r"\b(?:export(?:s|ed|ing)?|sen(?:d|ds|t)|sold|sells?|ship(?:s|ped)?|suppl(?:y|ies|ied))\s+"
    r"(?:[\w.,-]+\s+){0,4}?to\s+",
    re.IGNORECASE,
)


def _export_destination(ctx: ArticleContext, s: Sentence, trig: int) -> str | None:
    """The country goods are sent to after a measure word ("surcharge on electricity
    exported to Michigan" -> US), if the sentence says so."""
    m = _EXPORTED_TO.search(ctx.text, trig, s.end)
    if m is None:
        return None
    dest = next((x for x in s.mentions if 0 <= x.start - m.end() <= 12), None)
    return dest.country if dest is not None and dest.country in ("CA", "US") else None


def _subnational_actor(ctx: ArticleContext, s: Sentence, country: str) -> str:
    """Retail bans, procurement bans and electricity surcharges are provincial or state
    measures: with no actor named, the province (state) of this sentence, else the one
    the article named last, acts; else the country."""
    here = next(
        (
            m.code
            for m in s.mentions
            # ("because Premier Doug Ford had ordered the LCBO to ...": the premier's province)
            if (m.kind == "subdivision" or (m.kind == "person" and "-" in m.code))
            and m.country == country
            and (m.kind == "subdivision" or m.hint != "target")
        ),
        None,
    )
    if here:
        return here
    # US states in Canadian news are mostly where Canadian measures land ("electricity
    # exported to Michigan"), so only a province carries over from earlier sentences.
    return (ctx.last_subdivision.get(country) if country == "CA" else None) or country


def _same_rate(ctx: ArticleContext, kind: str, seg: tuple[int, int]) -> list[RateMention]:
    """The rate of the measure just reported, where the text says "at the same rate"."""
    same = _SAME_RATE.search(ctx.low, *seg)
    last = ctx.last_measure
    if same is None or last is None or last.type != kind or last.rate_pct is None:
        return []
    return [RateMention(same.start(), same.end(), last.rate_pct, None)]


def _relative_to_last(
    text: str, sent_start: int, start: int, end: int, last: date, acted: bool
) -> tuple[date | None, str]:
    """Dates given relative to the measure just reported: "from the same date" is its
    date, "21 days later" counts from it. A measure acted on "within hours" ("Within
    minutes, Ottawa's counter-tariffs took effect") takes its day too, and one acted on
    "the next day" the day after (an announcement "within the hour" is dated by no act)."""
    if _SAME_DATE.search(text, start, end) or (
        acted and _WITHIN_HOURS.search(text, sent_start, end)
    ):
        return last, "same-date"
    nxt = _NEXT_DAY_AFTER.search(text, sent_start, end) if acted else None
    if nxt and not _MONTH_NAME.search(text, sent_start, nxt.start()):
        # ("In March, Ontario put a surcharge on ... and then dropped it a day later": a day
        # after the sentence's own time, not after the measure reported before)
        return last + timedelta(days=1), "next-day"
    later = _DAYS_LATER.search(text, start, end)
    n = count_word(later.group(1)) if later else None
    if n:
        return last + timedelta(days=n), "days-later"
    return None, ""


def _conditional_on(ctx: ArticleContext, s: Sentence, target: str) -> bool:
    """An "if"/"unless" clause in which the other party takes a trade measure."""
    cond = _CONDITION.search(ctx.low, s.start, s.end)
    if cond is None:
        return False
    other = _country(target) if target != "WORLD" else None
    # The condition ends at its clause: in 'if Canada "makes a deal with China," it will be
    # hit with a 100 percent tariff' the measure is the main clause's, not a condition's.
    comma = ctx.low.find(",", cond.end(), s.end)
    end = s.end if comma < 0 else comma
    return any(
        cond.start() <= m.start < end and (other is None or m.country == other) for m in s.mentions
    ) and bool(_MEASURE_IN_CONDITION.search(ctx.low, cond.start(), end))


def _fill_last(ctx: ArticleContext, kind: str, eff: date | None, value: Value | None) -> None:
    ev = ctx.last_measure
    if ev is None or ev.type != kind:
        return
    if eff and ev.effective_date is None:
        ev.effective_date = eff
        ev.rule += "|date=next-sentence"
    if value and ev.value is None:
        ev.value = value


_COUNTER_WORD = re.compile(r"\bcounter-?(?:tariffs?|measures?)|\bretaliat")


def effect_followup(ctx: ArticleContext, s: Sentence) -> None:
    """'The increase takes effect Aug. 1.': the date belongs to the last measure."""
    m = _FOLLOWUP.match(ctx.text, s.start, s.end)
    if m is None or not ctx.prev_measures:
        return
    # Resolve over the whole sentence (tense), keep the dates after the cue.
    dates = [d for d in find_dates(ctx.text, s.start, s.end, ctx.published) if d.start >= m.end()]
    target = next((e for e in ctx.prev_measures if e.effective_date is None), None)
    if target is None and _COUNTER_WORD.search(ctx.low, m.start(), m.end()):
        # "The counter-tariffs take effect next Wednesday." after a sentence on the other
        # side's tariffs: the latest undated answer is meant
        target = next(
            (
                e
                for e in reversed(ctx.events)
                if e.type in MEASURES and e.retaliatory and e.effective_date is None
            ),
            None,
        )
    if dates and target is not None:
        day = dates[0].value
        target.effective_date = day
        target.rule += "|date=next-sentence"
        if ctx.published and target.status in ("in_effect", "announced"):
            target.status = "announced" if day > ctx.published else "in_effect"


# A sentence whose subject points back at the measures just reported and says they ended:
# "Both were lifted on May 20, 2019.", "It was suspended the next day."
_CHANGE_FOLLOWUP = re.compile(
    r"[\"'\u201c]?(?P<who>Both(?: of them)?|They|It|Those|These|The move|That move|The increase"
    r"|The doubling|The hike)\s+(?:\w+\s+){0,2}?(?:were|was|have been|has been|had been|got)\s+"
    r"(?:\w+\s+)?(?P<how>lifted|removed|scrapped|dropped|rescinded|repealed|withdrawn|revoked"
    r"|called off|ended|suspended|paused|put on hold|shelved)\b"
)
_PAUSE_WORDS = ("suspended", "paused", "put on hold", "shelved")


# A pending measure called off: "the doubling is off", "the extra levy would not go ahead",
# "the higher steel rate was off", "the threatened new tariff was off the table".
_WITHDRAWN = re.compile(
    r"\b(?:the|that|this|its)\s+(?:[\w-]+\s+){0,5}?(?:doubling|increase|hike|levy|tariffs?|dut(?:y|ies)"
    r"|rate|threat)\b[^.;]{0,40}?\b(?:(?:would|will)\s+not\s+go\s+ahead|won't\s+go\s+ahead"
    r"|(?:is|was|had\s+been|has\s+been|were|are)\s+(?:now\s+)?(?:off\b|called\s+off|dropped|scrapped"
    r"|shelved)|off\s+the\s+table)"
    # "the White House said the extra 25 per cent would not be applied"
    r"|\bthe\s+(?:extra|additional|further)\s+[\w.-]+\s*(?:per\s*cent|percent|%|points)\b[^.;]{0,80}?"
    r"\b(?:(?:would|will)\s+not\s+(?:go\s+ahead|be\s+(?:applied|imposed|collected))"
    r"|won't\s+go\s+ahead)"
    # "had dropped his plan, announced that morning, to double the tariff"
    r"|\b(?:dropped|abandoned|scrapped|shelved|withdrew|withdrawn|called\s+off)\s+(?:his|her|its"
    r"|their|the|that|this)\s+(?:plan|threat|proposal|idea)\b"
    # "said he would double the tariffs ..., and then he backed off a few hours later"
    r"|,?\s+(?:and\s+)?(?:then\s+)?(?:he|she|they|the\s+president|the\s+white\s+house)\s+"
    r"(?:backed\s+(?:off|down|away)|walked\s+(?:it\s+)?back|reversed\s+course|relented)\b"
    # "welcomed the decision not to proceed with the threatened increase"
    r"|\b(?:not|never)\s+(?:to\s+)?(?:proceed|go\s+ahead|follow\s+through)\s+with\b",
    re.IGNORECASE,
)
_WITHDRAW_WORD = re.compile(
    r"go ahead|off\b|dropped|scrapped|shelved|abandoned|withdr|proceed|follow through"
    r"|not be (?:applied|imposed|collected)"
    r"|backed|walked|reversed|relented"
)
_PENDING = frozenset({"threatened", "announced"})
# "the extra 25 per cent": the step of an increase, not the rate it would reach
_EXTRA_BEFORE_RATE = re.compile(
    r"the\s+(?:extra|additional|further)\s+([\w.-]+)\s*(?:per\s*cent|percent|%|points)"
)
_AIMED_AT = re.compile(r"\b(?:(Canad\w*|Ottawa)|American|U\.S\.|United States)\b")


# "By the afternoon the threat was gone", "hours later": called off the day it was made
_SAME_DAY_LATER = re.compile(
    r"\b(?:by|in|later\s+in|later\s+that)\s+(?:the\s+|late\s+|that\s+)?(?:afternoon|evening)\b"
    r"|\b(?:a\s+few\s+|several\s+|two\s+|three\s+)?hours\s+later\b|\bwithin\s+(?:hours|the\s+hour)\b"
    r"|\b(?:the|that)\s+same\s+day\b|\blater\s+that\s+day\b|\bby\s+day's\s+end\b",
    re.IGNORECASE,
)


def _withdrawal_day(ctx: ArticleContext, s: Sentence, e: Event, how: re.Match[str]) -> date | None:
    """The day a pending tariff was called off: a day named right after the calling-off
    ("was withdrawn on March 11"), or, when it happened the same day ("by the afternoon"),
    the day the plan was made (a day of its sentence other than the one it would have taken
    effect; "On Tuesday, Trump said he would" is a Tuesday already past)."""
    days = find_dates(ctx.text, how.start(), min(s.end, how.end() + 30), ctx.published)
    if days:
        return days[0].value
    if ctx.published is None or not _SAME_DAY_LATER.search(ctx.text, s.start, s.end):
        return None
    for d in find_dates(ctx.text, e.char_start, e.char_end, ctx.published):
        day = d.value - timedelta(days=7) if 0 < (d.value - ctx.published).days < 7 else d.value
        if d.value != e.effective_date and day <= ctx.published:
            return day
    return None


def withdraw_pending(ctx: ArticleContext, s: Sentence, found: list[Event] | None = None) -> bool:
    """'The White House said the doubling is off.': the latest threatened or announced tariff
    (the one with the rate the sentence names, if it names one) is removed. One happening at
    its latest status, so the sentence adds no event of its own (True). A plan named in the
    same sentence ("had dropped his plan to double the tariff") is that sentence's `found`
    event, removed in place (False: it stays)."""
    if ctx.withdrawn_at == s.start:
        return True
    if not _WITHDRAW_WORD.search(ctx.low, s.start, s.end):
        return False  # a cheap test first: most sentences call nothing off
    m = _WITHDRAWN.search(ctx.text, s.start, s.end)
    if m is None or modality.CONDITIONAL_BEFORE.search(ctx.text, s.start, m.start()):
        return False
    rates = {r.value for r in find_rates(ctx.text, s.start, s.end)}
    # (a plan whose day has come by the story's date, "said he would double the tariff as
    # of Wednesday", was still only a plan when it was called off)
    pending = [
        e
        for e in ctx.events
        if e.type == "tariff" and (e.status in _PENDING or "|status=date-passed" in e.rule)
    ]
    aimed = _AIMED_AT.search(m.group())  # "the doubling of the tariff on Canada"
    if aimed:
        target = "CA" if aimed.group(1) else "US"
        pending = [e for e in pending if _country(e.target) == target]
    extra = _EXTRA_BEFORE_RATE.match(m.group())
    if extra:
        # the step of an increase: the measure it would have raised above that step
        # ("twenty-five" too; a step that cannot be read withdraws nothing)
        step = word_number(extra.group(1))
        pending = [e for e in pending if step and e.rate_pct and e.rate_pct > step]
    elif rates:
        pending = [e for e in pending if e.rate_pct in rates]
    if "threat" in m.group().lower():  # "withdrew that threat": not an announced measure
        pending = [e for e in pending if e.status == "threatened"]
    who = next(
        (
            x
            for x in reversed(s.mentions)
            if x.end <= m.start()
            and 0 <= m.start() - x.end <= 20
            and x.country in _PAIR
            and x.hint not in ("target", "location")
        ),
        None,
    )
    named = _WITHDRAWER.search(ctx.text, max(s.start, m.start() - 40), m.start())
    side = who.country if who is not None else None
    if side is None and named is not None:
        side = "US" if named.group("us") else "CA"
    if side is not None:
        # "but the White House dropped the plan": its own plan, not Canada's answer
        pending = [e for e in pending if _country(e.initiator) == side]
    if not pending:
        here = [e for e in found or [] if e.type == "tariff" and e.status in _PENDING]
        if here:
            here[-1].status = "removed"
            here[-1].rule += "|status=withdrawn-here"
            # "Yesterday Trump said he would double the tariffs, and then he backed off"
            days = find_dates(ctx.text, s.start, s.end, ctx.published)
            if days and here[-1].effective_date is None:
                here[-1].effective_date = days[0].value
        return False
    e = pending[-1]
    e.status = "removed"
    e.rule += "|status=withdrawn-later"
    day = _withdrawal_day(ctx, s, e, m)
    if day is not None:
        # a removal takes effect the day the plan is called off, not the day it named
        e.effective_date = day
        e.rule += "|date=withdrawn-on"
    else:
        e.effective_date = None  # the day it would have begun never came; the end is unknown
    ctx.withdrawn_at = s.start
    return True


# Who calls a plan off, named right before the verb (sentences with no trigger word are
# read without their mentions).
_WITHDRAWER = re.compile(
    r"(?:(?P<us>\b(?:the\s+)?White\s+House|\bWashington|\b(?:the\s+)?(?:Trump\s+)?"
    r"administration|\b(?:President\s+)?(?:Donald\s+)?Trump)"
    r"|\b(?:Ottawa|(?:Prime\s+Minister\s+)?(?:Mark\s+)?Carney|(?:Justin\s+)?Trudeau))"
    r"\s+(?:\w+\s+)?$"
)


# The same in the active voice, the measure a pronoun: "Premier Doug Ford suspended it
# Tuesday afternoon", "said he had agreed to lift them".
_ACTIVE_CHANGE = re.compile(
    r"\b(?P<how>suspend(?:ed)?|pause[sd]?|shelve[sd]?|lift(?:ed)?|drop(?:ped)?|scrap(?:ped)?"
    r"|rescind(?:ed)?|withdr(?:ew|aw|awn)|cancel(?:l?ed)?|repeal(?:ed)?)\s+(?P<who>it|them)\b"
)
# "Legislation to repeal it will be introduced": a purpose, not the change ("agreed to
# suspend it" is the change).
_PURPOSE_TO = re.compile(
    r"(?<!\bagreed)(?<!\bdecided)(?<!\bmoved)(?<!\bpromised)(?<!\bchose)\s+to\s+$"
)
_BOTH_ENDED = re.compile(
    r"\b(?:both\s+)?(?:took|take|takes)\s+(?:them|their\s+\w+)\s+off\b"
    r"|\b(?:were|are|had\s+been|have\s+been)\s+both\s+(?:gone|lifted|removed|dropped|scrapped|off)\b",
    re.IGNORECASE,
)
_SINGULAR_WHO = ("It", "The move", "That move", "The increase", "The doubling", "The hike")


def change_followup(ctx: ArticleContext, s: Sentence) -> None:
    """'Both were lifted on May 20, 2019.', 'Premier Doug Ford suspended it Tuesday': the
    measures just reported ended (or paused)."""
    if not ctx.prev_measures:
        return
    m = _CHANGE_FOLLOWUP.match(ctx.text, s.start, s.end)
    both = None
    if m is not None:
        plural = m.group("who") not in _SINGULAR_WHO
        paused = m.group("how") in _PAUSE_WORDS
        dates_from, tag = m.end(), "next-sentence"
    elif (both := _BOTH_ENDED.search(ctx.text, s.start, s.end)) is not None:
        # "Then they both took them off, on May 20, 2019", "the American duties and our
        # surtaxes were both gone": every measure just reported ended
        plural, paused = True, False
        dates_from, tag = s.start, "both-ended"
    else:
        m = _ACTIVE_CHANGE.search(ctx.text, s.start, s.end)
        if m is None or _PURPOSE_TO.search(ctx.text, max(s.start, m.start() - 12), m.start()):
            return
        plural = m.group("who") == "them"
        paused = m.group("how").startswith(("suspend", "pause", "shelve"))
        dates_from, tag = s.start, "active-next-sentence"
    clause = ctx.low[s.start : s.end]
    if modality.negated(ctx.gaz, clause) or modality.hedged(ctx.gaz, clause):
        return
    targets = ctx.prev_measures if plural else ctx.prev_measures[-1:]
    status = "paused" if paused else "removed"
    dates = find_dates(ctx.text, dates_from, s.end, ctx.published)
    if both is not None and len(dates) > 1:
        # "On May 17, 2019, the two governments issued a statement, and three days later the
        # duties were both gone": the day told next to the change
        dates = sorted(dates, key=lambda d: abs(d.start - both.start()))
    for e in targets:
        if e.status not in _STANDING:
            continue
        e.status = status
        e.rule += f"|status={status}-{tag}"
        if dates:
            e.effective_date = dates[0].value


# A sentence that lists the goods of the measure just reported: "The list includes American
# beer, wine and bourbon", "Targeted products include orange juice".
_LIST_FOLLOWUP = re.compile(
    r"[\"'\u201c]?(?:(?:The|That|This|Its|Canada's|Ottawa's)\s+(?:\w+\s+){0,2}?"
    r"(?:list|lists|goods|products|items|imports)|They|Those|These|Targeted\s+\w+|Affected\s+\w+"
    r"|Items\s+on\s+the\s+list)\s+(?:\w+\s+)?(?:includes?|included|cover|covers|covered|range"
    r"|ranges|target|targets|targeted|span|spans)\b|Among\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:goods|products|items|targets)\b"
)


def list_followup(ctx: ArticleContext, s: Sentence) -> None:
    """'The list includes beer, wine and bourbon.': the goods of the last measure, when the
    sentence reporting it named none."""
    if not ctx.prev_measures or not _LIST_FOLLOWUP.match(ctx.text, s.start, s.end):
        return
    target = ctx.prev_measures[-1]
    if target.products and target.products != ["all_goods"]:
        return
    products = [
        p for p in labels_in(ctx.gaz, ctx.text, s.start, s.end, ctx.low) if p != "all_goods"
    ]
    if products:
        target.products = products
        target.rule += "|products=next-sentence"


_GOODS_FOLLOW = re.compile(
    r"[\s\"\u201c]*(?P<goods>[A-Z][^.;:]{2,60}?)\s+(?:are|is)\s+(?:to|due\s+to|set\s+to"
    r"|expected\s+to)\s+follow\b"
)


def goods_follow(ctx: ArticleContext, s: Sentence) -> None:
    """'Auto parts are to follow by May 3.': the last measure, announced for other goods
    (a sentence with no trigger of its own)."""
    last = ctx.last_measure
    if last is None or last.status not in ("announced", "in_effect", "threatened"):
        return
    m = _GOODS_FOLLOW.match(ctx.text, s.start, s.end)
    if m is None:
        return
    products = labels_in(ctx.gaz, ctx.text, m.start("goods"), m.end("goods"), ctx.low)
    if not products or set(products) & set(last.products):
        return
    dates = find_dates(ctx.text, m.end(), s.end, ctx.published)
    ev = replace(
        last,
        status="threatened" if last.status == "threatened" else "announced",
        products=products,
        value=None,
        effective_date=dates[0].value if dates else None,
        evidence=ctx.text[s.start : s.end],
        char_start=s.start,
        char_end=s.end,
        rule=f"{last.type}:follow|status=follows-last|parties=carried",
    )
    ctx.last_measure = merge_into(ctx.events, ev)


def followed_suit(ctx: ArticleContext, s: Sentence) -> None:
    """A sentence with no trigger of its own: "Quebec followed suit on Wednesday."."""
    for ev in same_measure_events(ctx, s, []):
        kept = merge_into(ctx.events, ev)
        ctx.last_measure = kept


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


_OFFICE_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:governor|gov\.|premier|government|officials|delegation)\b", re.I
)


def _pick_two(parties: list[Mention], ctx: ArticleContext) -> tuple[str, str, str] | None:
    """(first party, other party, how): the first CA-side and the first US-side mention."""
    ca = next((p for p in parties if p.country == "CA"), None)
    us = next((p for p in parties if p.country == "US"), None)
    foreign = any(p.country not in ("CA", "US") for p in parties)
    if ca and us:
        first, second = (ca, us) if ca.start <= us.start else (us, ca)
        # A governor or premier is a party in their own right ("the Michigan governor");
        # "an Ontario ad" is not.
        own = second.kind in ("person", "official") or (
            second.kind == "subdivision" and _OFFICE_AFTER.match(ctx.text, second.end)
        )
        other = second.code if own else _country(second.code)
        return first.code, other or second.code, "explicit"
    one = ca or us
    if one is None or foreign or not ctx.both_sides():
        return None
    if len({p.code for p in parties if "-" in p.code}) >= 2:
        return None  # "Nova Scotia and Ontario signed an agreement": a deal at home
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
    # Goods discussed in talks are their topic, not goods covered by the event: only an
    # agreement carries products.
    products = (
        labels_in(ctx.gaz, ctx.text, s.start, s.end, ctx.low) if kind == "trade_agreement" else []
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
        rule=f"{kind}:{trig.lower()}|status={status}|parties={how}" + ctx.notes(s.start, s.end),
    )


def talk_events(ctx: ArticleContext, s: Sentence, trade_here: bool) -> list[Event]:
    """leader_contact when both heads meet or call; trade_talks for negotiations between
    officials (or leaders agreeing to negotiate). Both can come from one sentence."""
    gaz = ctx.gaz
    sent = ctx.low[s.start : s.end]
    m = _first_contact(gaz.lex["talks"], sent)  # positions relative to the sentence
    if m is None:
        return []
    # "a united front against American tariffs": the owner of a measure is no party.
    parties = [
        p
        for p in _parties(s.mentions)
        if not (p.hint == "initiator" and _MEASURE_NOUN_AFTER.match(ctx.text, p.end))
    ]
    # "in intensive negotiations with the Americans": the other side's people stand for
    # its government across the table
    parties += [
        replace(m, kind="country", hint=None)
        for m in s.mentions
        if m.kind == "demonym"
        and m.country in ("CA", "US")
        and _ACROSS_TABLE.search(ctx.text, max(s.start, m.start - 12), m.start)
    ]
    parties.sort(key=lambda m: m.start)
    parties = _main_clause_parties(ctx, s, parties)
    seats = [m for m in s.mentions if m.kind == "metonym" and text_of(ctx, m) in _LEADER_SEATS]
    # "talks with the Trump administration": the government, not the President in person
    parties = [
        replace(p, leader=False) if p.leader and _GOVERNMENT_AFTER.match(ctx.text, p.end) else p
        for p in parties
    ]
    leaders = {p.country for p in parties if p.leader} | {m.country for m in seats}
    named = {p.country for p in parties if p.kind in ("person", "official") and not p.leader}
    if {"CA", "US"} <= named:
        # "Governor Whitmer hosted Premier Ford ... both leaders said": the leaders are
        # the named officials, not the heads of government.
        leaders = {p.country for p in parties if p.leader and p.kind != "group"}
        leaders |= {m.country for m in seats}
    out: list[Event] = []
    if {"CA", "US"} <= leaders and _first_contact(_TALK_CONTACT, sent):
        lead = sorted([p for p in parties if p.leader] + seats, key=lambda m: m.start)
        pair = _pick_two(lead, ctx)
        back = _CONTACT_BACK_REFERENCE.search(sent)
        if back and any(e.type == "leader_contact" for e in ctx.events):
            pair = None  # "Following that call, the leaders agreed ...": already reported
        trig = _first_contact(_TALK_CONTACT, sent)
        if trig and (
            _HYPOTHETICAL_BEFORE.search(sent, max(0, trig.start() - 30), trig.start())
            or (
                trig.group().startswith("talk")
                and _TALKS_CHANGED_BEFORE.search(sent, max(0, trig.start() - 30), trig.start())
            )
        ):
            # "stands ready to resume negotiations", "after Trump abruptly ended the talks":
            # the state of the talks, not a call or meeting of the leaders
            pair = None
        if (
            trig
            and trig.group() == "summit"
            and _MULTILATERAL.search(sent, max(0, trig.start() - 50), trig.start())
            and not _CONTACT_WORD.search(sent)
            # "Carney and Trump agreed at the G7 summit to ...": they met there
            and not _AGREED_AT.search(sent, max(0, trig.start() - 40), trig.start())
        ):
            # "Both leaders are expected at the Asia-Pacific Economic Cooperation summit":
            # attending a summit of many countries is no meeting of the two (one held on
            # its sidelines is named with "met" or "spoke")
            pair = None
        if (
            trig
            and trig.group().startswith("talk")
            and (
                _DELEGATES.search(sent, 0, trig.start())
                or _AGREED_BEFORE.search(sent, 0, trig.start())
            )
        ):
            # "the leaders agreed that their negotiators would hold talks", "agreed that
            # talks would resume": talks between others, not a contact of their own
            later = next(
                (
                    c
                    for c in _TALK_CONTACT.finditer(sent, trig.end())
                    if not c.group().startswith("talk") and c.group() != "summit"
                ),
                None,
            )
            if later is None:
                pair = None
            else:
                # "... officials would begin talks and that he expects to speak with the
                # President again soon": the leaders' own contact comes later
                trig = later
        if pair is not None:
            word = trig.group() if trig else m.group()
            statuses = modality.contact_statuses(gaz, sent)
            if trig and _AFTER_CONTACT.search(sent, max(0, trig.start() - 40), trig.start()):
                statuses = ["held"]  # "said on Monday after his call with": it took place
            out += [
                _symmetric_event(ctx, s, "leader_contact", st, pair, word, 0.65) for st in statuses
            ]
        # "held talks" between the leaders is the contact itself; negotiations are more, and
        # so are talks their officials will hold ("agreed that their ministers will hold
        # further talks in the coming weeks").
        m = _first_contact(_NEGOTIATION, sent) or _DELEGATE_TALKS.search(sent)
        if m is None:
            return out
        if _PURPOSE_BEFORE.search(sent, max(0, m.start() - 12), m.start()) and any(
            e.status == "planned" for e in out
        ):
            # "agreed to meet after the election to begin negotiations": the meeting's
            # purpose, reported with the meeting
            return out
    # In an article that already reports Canada-US measures, talks between the two are
    # about trade even when the sentence names no trade word ("talks would continue").
    # A meeting "to discuss" something is talks too, once the story has trade events.
    in_trade_story = (
        _NEGOTIATION_WORD.search(m.group()) is not None
        and any(e.type in MEASURES for e in ctx.events)
    ) or (
        bool(ctx.events)
        and (
            _TO_DISCUSS.search(sent) is not None
            # "Premier Ford and I will meet Secretary Lutnick": the Commerce Secretary or a
            # trade minister at the table makes a meeting in a trade story trade talks
            or any(p.trade_role for p in parties)
        )
    )
    if not (trade_here or ctx.prev_trade or in_trade_story) or ctx.sports:
        return out
    return out + _trade_talks(ctx, s, m, parties, sent)


_NEXT_REPORTED = re.compile(r",?\s+and\s+that\b")
# "After Ontario's government ran a television advertisement ..., Trump announced he was
# terminating all trade negotiations with Canada": a leading subordinate clause
_LEAD_SUBCLAUSE = re.compile(
    r"(?:After|Since|When|Because|Although|Though|While|Before|Following)\b[^,;.]{5,160},\s"
)


def _main_clause_parties(ctx: ArticleContext, s: Sentence, parties: list[Mention]) -> list[Mention]:
    """A province or state named only in a leading subordinate clause is the occasion of
    the talks, not a party to them, when the main clause names a party of its own."""
    lead = _LEAD_SUBCLAUSE.match(ctx.text, s.start, s.end)
    if lead is None:
        return parties
    main = [p for p in parties if p.start >= lead.end()]
    if not any(p.country in ("CA", "US") for p in main):
        return parties
    return [p for p in parties if p.start >= lead.end() or "-" not in p.code]


_ACROSS_TABLE = re.compile(r"\b(?:with|and)\s+the\s+$")
_PURPOSE_BEFORE = re.compile(r"\bto (?:begin|start|launch|open)\s+$")
_TALKS_CHANGED_BEFORE = re.compile(
    r"\b(?:ended|ends|ending|end|broke off|terminated|suspended|froze|halted|resumed|restarted"
    r"|resume|restart)\s+(?:\w+\s+)?(?:the\s+|all\s+)?(?:trade\s+)?$"
)
_CONTACT_BACK_REFERENCE = re.compile(
    r"\b(?:that|this|the|their|the same)\s+(?:[\w-]+\s+)?(?:call|meeting|conversation|visit)\b"
    r"(?!\s+(?:with|between|in|at)\b)"
)
# "American negotiators", "Canadian officials": officials named by their country.
_OFFICIALS_AFTER = re.compile(
    r"\s+(?:trade\s+)?(?:negotiators?|officials?|envoys?|diplomats?|delegations?)\b", re.I
)
# "imports from countries with which it has no trade deal": aimed at others, so the
# other side of the article is not the target by default.
_THIRD_PARTIES = re.compile(
    r"\b(?:from|on|against|with|to)\s+(?:other\s+|third\s+|some\s+|certain\s+|non-\w+\s+)?"
    r"(?:countries|nations|trading partners|partners)\s+(?:that|which|with|without|outside)\b"
)
_MEASURE_NOUN_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}?(?:counter-?)?(?:tariffs?|duty|duties|surtax\w*|levies|"
    r"levy|counter-?measures|surcharges?)\b",
    re.IGNORECASE,
)
_LEADER_SEATS = frozenset({"White House", "Oval Office"})
_GOVERNMENT_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:administration|government|team|officials|aides)\b"
)
# Talks that may never happen: "in any broader negotiation", "a possible round of talks".
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:any|possible|potential|eventual|hypothetical)\s+(?:[\w-]+\s+){0,2}$"
    # "stands ready to pick up the talks": a willingness, not talks held or planned
    r"|\b(?:ready|willing|prepared|open)[\"\u201d]?\s+to\s+(?:[\w\"'\u2019\u201d-]+\s+){0,3}$"
    # "said he hoped to see talks move quickly": a wish
    r"|\b(?:hope[sd]?|hoping|wants?|wanted|would like)\s+to\s+see\s+(?:[\w-]+\s+){0,2}$"
    # "a new government would need to sit down with Washington": a need, not talks
    r"|\b(?:need|needs|needed)\s+to\s+$"
    # "supply management is not up for negotiation": what stays out of any talks
    r"|\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:up\s+for|open\s+to|subject\s+to|part\s+of)\s+"
    r"(?:any\s+|the\s+)?$"
    # "would pull the ad so that talks could resume": a purpose, not talks resumed
    r"|\bso\s+(?:that\s+)?(?:the\s+)?(?:trade\s+|formal\s+)?$"
    # "has shown little interest in negotiating a new deal": a disposition, not talks
    r"|\binterest(?:ed)?\s+in\s+$"
)
# Contact words in another sense: "would be met with a response" (passive "met"),
# "said on the conference call" (a company's call with analysts), "spoke of annexation".
_PASSIVE_MET_BEFORE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$")
_COMPANY_CALL_BEFORE = re.compile(
    r"\b(?:conference|earnings|investors?|analysts?|quarterly|[\w-]+-quarter)\s+$"
)


# "expected to call an early election": a vote called, not a call with anyone.
_ELECTION_AFTER = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|votes?)\b")
# "the pause was negotiated over a weekend", "the exemptions negotiated since 2018": the
# outcome of talks, not talks under way.
_NEGOTIATED_OUTCOME_BEFORE = re.compile(
    r"\b(?:(?:is|was|were|are|been|being)(?:\s+\w+ly)?|exemptions?|arrangements?|deals?"
    r"|agreements?|quotas?|terms|pause|truce|carve-?outs?|concessions?|pacts?|frameworks?"
    r"|amounts|levels|limits|rates)\s+$"
)


_NEGOTIATED_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|new)\s")
_A_LABEL_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$")


_AFTER_SPAN_OF = re.compile(
    r"\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:a|an|\w+)\s+"
    r"(?:years?|months?|weeks?|rounds?)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
_GENERIC_NEGOTIATION = re.compile(
    r"\b(?:serious|patient|real|tough|hard|good|smart)\s+negotiation\b(?!\s+(?:with|between|on)\b)"
)


def _contact_sense(sent: str, m: re.Match[str]) -> bool:
    """Whether the contact word at m is a meeting, call or talk between parties."""
    word = m.group().lower()
    before = sent[max(0, m.start() - 24) : m.start()]
    if word.startswith("met") and _PASSIVE_MET_BEFORE.search(before):
        return False
    if word.startswith("call") and (
        _COMPANY_CALL_BEFORE.search(before) or _ELECTION_AFTER.match(sent, m.end())
    ):
        return False
    if word == "negotiated" and (
        _NEGOTIATED_OUTCOME_BEFORE.search(before) or _NEGOTIATED_OBJECT.match(sent, m.end())
    ):
        return False  # "negotiated the quota levels over the summer": done, not under way
    if word == "negotiator" and _A_LABEL_BEFORE.search(before):
        return False  # "called Canada a tough negotiator": a label, not talks
    if word.startswith("negotiation") and _AFTER_SPAN_OF.search(
        sent, max(0, m.start() - 50), m.start()
    ):
        return False  # "After more than a year of stop-and-start negotiations, ... reached a deal"
    if word == "negotiation" and _GENERIC_NEGOTIATION.search(
        sent, max(0, m.start() - 30), m.end() + 8
    ):
        return False  # "patient, serious negotiation works", "the real negotiation"
    return not (word == "spoke" and sent.startswith(" of ", m.end()))


def _first_contact(pattern: re.Pattern[str], sent: str) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(sent) if _contact_sense(sent, m)), None)


# "meet in the middle", "meet the deadline": the verb without a meeting.
_NOT_A_MEETING_AFTER = re.compile(
    r"(?:(?<=host)|(?<=hosts)|(?<=hosted)|(?<=hosting))\s+(?:the\s+)?"
    r"(?:bulk|most|much|many|majority|share|plants?|mines?|smelters?"
    r"|production|factories|industry|industries)\b"
    # "may meet Canada and Mexico somewhere in the middle"
    r"|(?:(?<=meet)|(?<=meeting)|(?<=met))(?:\s+[\w.]+){0,5}?\s+(?:in the middle|halfway"
    r"|half-way)\b"
    # "This week hosts Priyanka Sethi and Callum Rourke talk with ...": a show's hosts
    r"|(?<=hosts)\s+[a-z][\w'-]+\s+[a-z][\w'-]+\s+and\s+[a-z][\w'-]+\s+[a-z][\w'-]+\s+"
    r"(?:talk|discuss|speak|chat|look|break|unpack|walk|explain|ask)\b"
    r"|(?<=meet)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:deadlines?|targets?|demands?|requirements?|criteria"
    r"|conditions?|standards?|goals?|rules?|thresholds?|tests?|obligations?|expectations?)\b"
    # "on the phone with his customs broker", "calls with their suppliers": private contacts
    r"|(?:(?<=phone)|(?<=phones)|(?<=calls)|(?<=call)|(?<=meetings)|(?<=met))\s+with\s+"
    r"(?:his|her|their|my|our|its)\s+"
    r"(?!(?:[\w.]+\s+){0,2}(?:counterparts?|president|prime|premiers?|governors?|ministers?"
    r"|secretary|ambassadors?|negotiators?|officials?)\b)"
    # "during a visit to a Whirlpool plant in Ohio": a place, not the other side
    r"|(?:(?<=visit)|(?<=visits)|(?<=visited)|(?<=visiting))\s+(?:to\s+)?(?:a|an)\s"
)
# "family visits", "a campaign visit": no government meets the other
_PRIVATE_VISIT_BEFORE = re.compile(
    r"\b(?:family|tourist|tourism|personal|private|campaign|school|hospital|site|plant|factory)\s+$"
)
_DELEGATES = re.compile(r"\b(?:negotiators|officials|ministers|teams|envoys|delegations)\b")
_AGREED_BEFORE = re.compile(
    r"\bagreed\s+(?:that\s+|to\s+(?:\w+\s+)?)(?:the\s+|their\s+)?(?:[\w-]+\s+)?$"
)
_AFTER_CONTACT = re.compile(
    r"\bafter\s+(?:his|her|their|the|a|an|its|two|three|several|multiple)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_BETWEEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?between\s")


def _same_side_contact(
    ctx: ArticleContext, s: Sentence, m: re.Match[str], parties: list[Mention]
) -> bool:
    """The person spoken with or met is on the same side as the speaker ("Ford said he
    would pull the ad after speaking with Prime Minister Carney")."""
    trig_end = s.start + m.end()
    after = next((p for p in parties if trig_end <= p.start <= trig_end + 30), None)
    if after is None or after.kind not in ("person", "leader", "official"):
        return False
    before = [p for p in parties if p.end <= s.start + m.start() and p.kind == "person"]
    return bool(before) and all(p.country == after.country for p in before)


_DEAL_MADE_AFTER = re.compile(
    r"\s+(?:for\s+(?:the\s+)?[\w.\s-]{2,50}?\s+)?(?:reached|struck|clinched|concluded|sealed"
    r"|finali[sz]ed)\s+(?:an?\s+|the\s+)?(?:agreement|deal|accord)\b"
)
_CONCLUDED_BEFORE = re.compile(
    r"\b(?:ending|ended|concluding|concluded|capping|capped|culminating)\s+"
    r"(?:(?:nearly|almost|more than|over|some|about)\s+)?(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|rounds?)\s+of\s+(?:[\w-]+\s+)?$"
)


def _third_country_after(s: Sentence, m: re.Match[str]) -> bool:
    """The first actor right after the talk word belongs to a third country."""
    trig_end = s.start + m.end()
    after = next((p for p in s.mentions if trig_end <= p.start <= trig_end + 20), None)
    return after is not None and after.country not in ("CA", "US", _GROUP)


def text_of(ctx: ArticleContext, m: Mention) -> str:
    return ctx.text[m.start : m.end]


_LED_BEFORE = re.compile(
    r"\bwho\s+(?:had\s+)?(?:led|leads|headed|heads|ran|runs)\s+(?:the|its|their|\w+['\u2019]s)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _word_start(text: str, i: int) -> int:
    """`i`, moved back to the start of the word it falls in."""
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return i


# a verb of talking, not "the talks" a condition takes for granted ("if the talks now under
# way do not produce results")
_TALK_VERB = re.compile(r"negotiate|meet|talk|speak|sit down", re.IGNORECASE)
_IF_TALKS = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w.'\u2019-]+\s+){1,4}$")
_BUT_RESUMED = re.compile(
    r"\bbut\s+(?:the\s+)?(?:talks|negotiations|discussions)\s+(?:\w+\s+)?"
    r"(?:resumed|restarted|reopened|were\s+back\s+on)\b"
)


# A phrasal verb cut from its particle at the window's edge.
_PHRASAL_CUT = re.compile(r"\b(?:broke|broken|breaks?|breaking|call(?:ed|s)?|walk(?:ed|s)?)\s*$")
_PARTICLE_AT = re.compile(r"\s*(?:off|away)\b")


def _trade_talks(
    ctx: ArticleContext, s: Sentence, m: re.Match[str], parties: list[Mention], sent: str
) -> list[Event]:
    people_like = ("person", "leader", "group", "pronoun", "official")
    explicit = [
        p
        for p in parties
        if p.kind in people_like
        or (p.kind == "adjective" and _OFFICIALS_AFTER.match(ctx.text, p.end))
    ] or [p for p in parties if p.kind in ("country", "metonym", "subdivision", "institution")]
    if not explicit:
        return []
    pair = _pick_two(parties, ctx)
    # Status cues near the talks: "paused the surcharge after X agreed to meet" is planned.
    # "... is in intensive negotiations with the Americans, and that he would not negotiate
    # in public": the next reported clause says nothing of these talks' status
    end = m.end() + 60
    other = _NEXT_REPORTED.search(sent, m.end(), end)
    if other:
        end = other.start()
    elif _PHRASAL_CUT.search(sent, max(0, end - 12), end) and (
        tail := _PARTICLE_AT.match(sent, end)
    ):
        end = tail.end()  # "have been broken off", not "have been broken"
    begin = _word_start(sent, max(0, m.start() - 50))  # not "d to travel" of "expected"
    status = modality.talks_status(ctx.gaz, sent[begin:end], sent[end : m.end() + 120])
    if status == "ongoing" and not ctx.gaz.lex["talks_ongoing"].search(sent, begin, end):
        # "is expected in Washington this week for what officials describe as talks": a
        # plan told further back than the other cues are read
        wide = _word_start(sent, max(0, m.start() - 80))
        if ctx.gaz.lex["talks_planned"].search(sent, wide, begin):
            status = "planned"
    if pair is None or status is None:
        return []
    if status == "ongoing" and _FIRST_SINCE.search(sent):
        status = "resumed"  # "met Tuesday, the first formal talks since Trump ended them"
    if status == "suspended" and _BUT_RESUMED.search(sent, m.end()):
        # "declared all trade discussions terminated on June 27, but the talks resumed within
        # days": the talks as the sentence leaves them
        status = "resumed"
    if pair[2] == "inferred" and "-" in f"{pair[0]}{pair[1]}":
        # "Ford said the step rewarded progress at the negotiating table": a premier
        # speaking of the federal talks; a province's own talks name the other side.
        return []
    if (
        status == "suspended"
        and pair[2] == "inferred"
        and any(e.type == "trade_talks" and e.status == "suspended" for e in ctx.events)
    ):
        return []  # "but the talks have not restarted": the break already reported
    if _DOMESTIC_TALKS.search(sent, m.end(), m.end() + 30) or _LABOUR_TALKS.search(sent):
        return []  # "talks with premiers", "bargaining with unions", "a federal mediator"
    if _PRIVATE_PARTY_AFTER.match(sent, m.end()):
        return []  # "was in talks with a law firm to host it": no government across the table
    if _DEFENCE_TALKS.search(sent) and not _TRADE_TOPIC.search(sent):
        return []  # "negotiating with Washington on continental missile defence": not trade
    if _DEMAND_BEFORE.search(sent, max(0, m.start() - 40), m.start()):
        return []  # "urged Ottawa to negotiate": a demand, not talks
    if _TALK_VERB.fullmatch(m.group()) and _IF_TALKS.search(
        sent, max(0, m.start() - 40), m.start()
    ):
        return []  # "could be returned if the two governments negotiate a settlement"
    if _LED_BEFORE.search(sent, max(0, m.start() - 40), m.start()):
        return []  # "Freeland, who led the negotiations for Canada,": a person's role
    if _CONCLUDED_BEFORE.search(sent, max(0, m.start() - 60), m.start()):
        return []  # "signed a treaty, ending two years of negotiations": the deal is the news
    if m.group().startswith("negotiator") and _DEAL_MADE_AFTER.match(sent, m.end()):
        return []  # "negotiators for the two countries reached agreement on a revised pact"
    if (
        _HYPOTHETICAL_BEFORE.search(sent, max(0, m.start() - 30), m.start())
        or _NOT_A_MEETING_AFTER.match(sent, m.end())
        or _PRIVATE_VISIT_BEFORE.search(sent, max(0, m.start() - 12), m.start())
    ):
        return []  # "in any future negotiation", "meet in the middle", "meet the deadline"
    between = _BETWEEN_AFTER.match(sent, m.end())
    if between:
        # "talks between Ottawa and Washington": the two named after "between" are the
        # parties, not a premier mentioned earlier in the sentence.
        named = [p for p in parties if p.start >= s.start + between.end()]
        pair = _pick_two(named, ctx) or pair
    if _CONTACT_VERB.match(m.group()) and _same_side_contact(ctx, s, m, parties):
        return []  # "Ford said after speaking with Carney": a call at home
    if _third_country_after(s, m):
        return []  # "on his visit to Mexico", "met Japan's trade minister": other talks
    one_sided = pair[2] == "inferred" and not any(
        p.code == pair[0] and p.kind in people_like for p in parties
    )
    if pair[2] == "inferred" and (
        one_sided
        or ctx.prev_contact
        or _CONTACT_VERB.match(m.group())
        or _DOMESTIC_TALKS.search(sent)
        # "give negotiators room", "bars negotiators from offering": the people, not talks
        or m.group().startswith("negotiator")
        # "in Kuala Lumpur for the ASEAN summit": a venue, not talks with the other side
        or m.group() == "summit"
    ):
        # "while Ottawa negotiates": one government named, no official and no counterpart.
        # "spoke to reporters" is not talks with the other side; "the talks were
        # productive" right after a leaders' call is that call.
        return []
    return [_symmetric_event(ctx, s, "trade_talks", status, pair, m.group(), 0.5)]


_MULTILATERAL = re.compile(
    r"\b(?:g-?7|g-?20|nato|apec|asean|asia-pacific economic cooperation|americas|united nations"
    r"|commonwealth|francophonie|un|brics|leaders')\b"
)
# Talks that resume after a break: "the first formal trade talks between the two countries
# since Trump called them off".
_FIRST_SINCE = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|negotiating session|round of talks)\b"
    rf"{CLAUSE_CHAR}{{0,60}}?\bsince\b"
)
# "the new agreement", "the three countries signed the agreement": the continental pact
_NEW_PACT = re.compile(
    r"\b(?:[Tt]he\s+new\s+(?:North\s+American\s+|continental\s+)?(?:agreement|deal|pact)"
    r"|[Tt]he\s+three\s+countries\s+(?:\w+\s+){0,2}?(?:signed|reached|concluded)\s+the\s+"
    r"(?:agreement|deal|pact))\b"
)
# (after a short lead-in: "At that meeting they agreed to aim for a new agreement")
_THEY_START = re.compile(
    r"[\"'\u201c]?(?:(?:At|On|After|During|Later|Afterward|Afterwards|There)\b[^,.;\"]{0,30}?"
    r",?\s+)?[Tt]hey\b"
)
_LUMBER_DEAL = re.compile(
    r"\b[Ss]oftwood (?:[Ll]umber )?(?:[Aa]greement|deal)\b|\b[Ll]umber (?:deal|agreement)\b"
)
_BY_OR_BETWEEN = re.compile(r"\b(?:by|between)\s")
_JOINT_REVIEW = re.compile(r"\bjoint review\b")
# The capitalised words of an agreement's name ("Safe Third Country Agreement"), and the
# words that make such a name a trade agreement.
_NAMED_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,6}$")
_TRADE_NAME = re.compile(
    r"Trade|Economic|Tariff|Commerce|Lumber|Softwood|Steel|Alumin|Energy|Auto|Dairy|Market|"
    r"Mexico|Canada-U|CUSMA|USMCA|NAFTA|Framework|Partnership"
)


_TALKS_TERMINATED = re.compile(r"\b(?:negotiations|talks|discussions)\b[^.;]{0,40}?\bterminat\w*")


def agreement_events(ctx: ArticleContext, s: Sentence, trade_here: bool) -> list[Event]:
    gaz, text, low = ctx.gaz, ctx.text, ctx.low
    m = next(
        (
            x
            for x in gaz.lex["agreement"].finditer(low, s.start, s.end)
            if not _BARE_AGREEMENT_BEFORE.search(low, max(s.start, x.start() - 40), x.start())
            and not _BARE_AGREEMENT_AFTER.match(low, x.end())
            and not _VAGUE_BEFORE.search(low, max(s.start, x.start() - 30), x.start())
            and not _DEAL_VERB.search(low, max(s.start, x.start() - 12), x.end() + 5)
        ),
        None,
    )  # "CUSMA-compliant goods", "under CUSMA": the deal is only a reference
    if m is None or ctx.sports:
        return []
    if _COMPANIES.search(text, s.start, m.start()):
        return []  # "Porter Airlines and Alaska Airlines have signed a codeshare agreement"
    if _NOT_TRADE_DEAL.search(text, s.start, s.end):
        return []  # "cuts the allowable catch of chinook": a fisheries or defence pact
    named = _NAMED_BEFORE.search(text, max(s.start, m.start() - 60), m.start())
    if named and named.group().strip() in ("The", "A", "An"):
        named = None  # "The CUSMA joint review": a sentence's first word, not a name
    if named and not _TRADE_NAME.search(named.group()) and text[m.start()].isupper():
        return []  # "the Safe Third Country Agreement": a named pact on something else
    cusma = bool(_CUSMA.search(text, s.start, s.end))
    if m.group().endswith(" review") and not m.group().startswith("joint"):
        if not (cusma or _PACT_REVIEW.search(text, 0, s.start)):
            return []  # "the review is due": a review of something else
        cusma = True  # "That review is now under way": the pact's review named before
    specific = cusma or re.match(r"(?i)trade|free|economic|security|joint", m.group())
    if (
        not specific
        and ctx.both_sides()
        and _NEW_PACT.search(text, max(s.start, m.start() - 30), m.end())
    ):
        # "The new agreement was signed in Buenos Aires last November", "the three countries
        # signed the agreement": in a Canada-US story, the continental pact
        specific, cusma = True, True
    # Status cues must sit near the agreement ("would" elsewhere says nothing about it).
    w_start = max(s.start, m.start() - 90)
    # "The United States did not, which means the agreement is now under review": a cue
    # before a clause break belongs to another clause.
    for brk in _CLAUSE_BREAK.finditer(text, w_start, m.start()):
        w_start = brk.end()
    w_end = min(s.end, m.end() + 90)
    window = low[w_start:w_end]
    for ended in _TALKS_TERMINATED.finditer(low, s.start, w_end):
        # "Negotiations that Trump declared terminated will resume, with the goal of reaching
        # a deal": the talks ended, not a pact
        a, b = max(ended.start(), w_start) - w_start, ended.end() - w_start
        if b > 0:
            window = window[:a] + " " * (b - a) + window[b:]
    status = modality.agreement_status(gaz, window)
    review = _JOINT_REVIEW.search(low, m.end(), s.end) if status is None and cusma else None
    if review is not None:
        # "CUSMA, known as USMCA in the United States and T-MEC in Mexico, now enters its
        # first joint review": the cue sits by the review, far from the pact's first name.
        status = modality.agreement_status(
            gaz, low[max(s.start, review.start() - 60) : review.end() + 30]
        )
    if status is None and cusma and m.group().endswith("review"):
        # "the joint review of the Canada-United States-Mexico Agreement, which the three
        # countries are required to complete by July 1": the calendar cue sits past the
        # pact's long name, out of the window
        late = modality.agreement_status(gaz, low[m.start() : min(s.end, m.end() + 160)])
        status = late if late == "under_review" else None
    if status is None:
        return []  # (a review still to open, "formally opens on July 1", is one all the same)
    if (
        not cusma
        and status == "under_review"
        and _THE_PACT.search(low, s.start, s.end)
        and _CUSMA.search(text, 0, s.start)
    ):
        # "The joint review of the agreement opened": the CUSMA named before
        cusma, specific = True, True
    parties = _parties(s.mentions)
    if any(p.kind == "country" and p.country not in ("CA", "US", "MX") for p in parties):
        return []  # "Japan and the U.S. reached a deal": another country's agreement
    pair = _pick_two(parties, ctx)
    if (
        pair is not None
        and not cusma
        and not any(
            p.country == "CA" and p.kind in ("country", "metonym", "adjective") for p in parties
        )
        and _third_country_story(text, "CA")
    ):
        # "the Economic Prosperity Deal announced by the Prime Minister and President Trump" in
        # a story about British cars: another prime minister's deal
        return []
    by = _BY_OR_BETWEEN.search(text, m.end(), s.end)
    if by is not None:
        # "the agreement signed on Oct. 20 by LeBlanc and Lutnick": those two are its parties,
        # not the speaker who mentions it.
        named = _pick_two([p for p in parties if p.start >= by.end()], ctx)
        if named is not None and named[2] == "explicit":
            pair = named
    bare_ok = pair is not None and pair[2] == "explicit" and status in ("reached", "signed")
    if pair is None and ctx.both_sides() and _DEFINITE_DEAL.match(low, max(s.start, m.start() - 4)):
        # "The leaders signed the agreement": the deal the article already reported.
        prev = next((e for e in ctx.events if e.type == "trade_agreement"), None)
        if prev is not None:
            pair, bare_ok = (prev.initiator, prev.target, "carried"), True
    if pair is None and specific and _THEY_START.match(text, s.start):
        # "They now say they are working toward a new agreement": the two sides of the
        # talks or call just reported.
        prev = next((e for e in reversed(ctx.events) if e.type in SYMMETRIC_TYPES), None)
        if prev is not None and {_country(prev.initiator), _country(prev.target)} == {"CA", "US"}:
            pair = (prev.initiator, prev.target, "carried")
    if not (specific or trade_here or bare_ok):
        return []
    if pair is None and cusma and not any(p.country not in ("CA", "US", "MX") for p in parties):
        pair = ("CA", "US", "cusma")
    elif (
        cusma
        and pair is not None
        and {_country(pair[0]), _country(pair[1])} != {"CA", "US"}
        and (
            status == "under_review"
            # "Trudeau, Trump and Mexico's Pena Nieto sign the agreement known as CUSMA"
            or {"CA", "US"} <= {p.country for p in parties}
        )
    ):
        # "CUSMA, known as USMCA in the United States and T-MEC in Mexico, enters its joint
        # review": the pact's review is the three countries' together.
        pair = ("CA", "US", "cusma")
    if pair is None and _LUMBER_DEAL.search(text, s.start, s.end) and ctx.both_sides():
        # "a proposed new softwood lumber agreement": only Canada and the US make those
        pair = ("CA", "US", "lumber")
    if pair is None:
        return []
    if cusma and "-" in pair[0] + pair[1]:
        # "For Ontario's auto parts makers, the start of the CUSMA review ...": a province is
        # no party to the pact; its country is.
        pair = (_country(pair[0]), _country(pair[1]), pair[2])
    ev = _symmetric_event(ctx, s, "trade_agreement", status, pair, m.group(), 0.5)
    if status == "under_review" and ctx.published is not None:
        # "the joint review, which formally begins on July 1", "under way since July 1",
        # "opened ... on Canada Day": the day the review opened
        for d in find_dates(text, s.start, s.end, ctx.published):
            if _REVIEW_OPENED_BEFORE.search(text, max(s.start, d.start - 45), d.start):
                ev.effective_date = d.value
                ev.rule += "|date=review-opens"
                break
    if status == "terminated":
        # "was terminated on July 1, 2020": the day the agreement ended.
        ev.effective_date, _ = _effective_date(ctx, s, "removed", m.start())
    return [ev]


_REVIEW_OPENED_BEFORE = re.compile(
    r"\b(?:begins|began|begin|opens|opened|open|starts|started|start|launched|since|kicks off"
    r"|kicked off)\s+(?:(?:formally|officially)\s+)?(?:[\w,-]+\s+){0,5}?(?:on\s+)?$"
    r"|\bjoint review\b[^.;]{0,40}?\bon\s+$",
    re.IGNORECASE,
)
_PACT_REVIEW = re.compile(
    r"\b(?:CUSMA|USMCA)\s+(?:joint\s+|six-year\s+)?review|\breview\s+(?:of\s+)?(?:the\s+)?"
    r"(?:CUSMA|USMCA|continental\s+trade\s+(?:pact|agreement))\b",
    re.IGNORECASE,
)
_NOT_TRADE_DEAL = re.compile(
    r"\b(?:allowable catch|salmon|chinook|halibut|fishing quotas?|water treaty|Columbia River"
    r"|NORAD|military|extradition|tax treaty|social security|pension"
    # Canada's own pacts among its provinces
    r"|Agreement on Internal Trade|Canadian Free Trade Agreement|internal trade"
    r"|interprovincial)\b",
    re.IGNORECASE,
)
# Companies as the parties of a deal: a commercial agreement, not a trade agreement.
_COMPANIES = re.compile(
    r"\b[A-Z][\w&.-]*\s+(?:Airlines?|Air|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|Holdings"
    r"|Railway|Group|Co\.)(?:\s+and\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)?\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:signed|reached|struck|announced|agreed)\b"
)
_THE_PACT = re.compile(r"\b(?:the|that|this)\s+(?:trade\s+)?(?:agreement|pact|deal)\b")


_FILES_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:\w+\s+){0,2}?(?:filed|files|launched|launches|lodged|requested|requests"
    r"|challenged|challenges|brought|took|takes|sued|sues|initiated"
    # "Canada is withdrawing the complaint it filed": who withdraws a case brought it
    r"|(?:withdr[ae]w\w*|drop\w*|abandon\w*)(?=\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:case|complaint|challenge|lawsuit|appeal|dispute)s?\b))\b",
    re.IGNORECASE,
)
_US_COMPLAINT = re.compile(
    r"\b(?:dairy|milk|supply management|poultry|digital services tax)\b", re.I
)
_CA_COMPLAINT = re.compile(
    # (not "tariff-rate quotas" or "over-quota tariffs": supply management's, the dairy case)
    r"\b(?:lumber|softwood|anti-dumping|countervailing|(?<!over-quota )tariffs?(?![- ]rate)|duties"
    r"|surtax)\b",
    re.I,
)


# A measure named with its owner: "its WTO case against the Canadian counter-tariffs".
_OWNED_MEASURE = re.compile(
    r"\b(?:(?P<ca>Canadian|Canada's|Canada\u2019s|Ottawa's|Ottawa\u2019s)"
    r"|(?P<us>American|U\.S\.|US|America's|America\u2019s|Washington's|Washington\u2019s))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:counter-?tariffs?|countermeasures|retaliatory\s+tariffs?"
    r"|tariffs?|duties|surtax(?:es)?)\b"
)


def _topic_complainant(text: str, start: int, end: int) -> str | None:
    """Who complains, from what the case is about, when only one kind of topic is named."""
    owned = {("CA" if m.group("ca") else "US") for m in _OWNED_MEASURE.finditer(text, start, end)}
    if len(owned) == 1:
        # the case is against one side's measures: the other side complains
        return "US" if owned == {"CA"} else "CA"
    us = _US_COMPLAINT.search(text, start, end) is not None
    ca = _CA_COMPLAINT.search(text, start, end) is not None
    if us != ca:
        return "US" if us else "CA"
    return None


def _dispute_filer(
    text: str, s: Sentence, trig: int, usable: list[Mention], prev: Event | None = None
) -> tuple[str, str, str] | None:
    """(filer, other side, how) of an international dispute."""
    named = _COMPLAINANT.search(text, s.start, s.end)
    if named:  # "ruled in Canada's favour on the U.S. complaint": the owner filed it
        own = next((x for x in s.mentions if x.start == named.start()), None)
        if own is not None and own.country in ("CA", "US"):
            return own.country, _other(own.code) or "", "complainant"
    filer = next(
        (x for x in usable if x.start < trig and x.subject and _FILES_AFTER.match(text, x.end)),
        None,
    )
    if filer is not None:  # "Washington requested a panel", "Ottawa filed a challenge"
        return filer.country, _other(filer.code) or "", "filer"
    if prev is not None and not _SEPARATE_CASE.search(text[s.start : s.end].lower()):
        # "A panel sided with Canada in 2023": the complainant of the case already reported
        return prev.initiator, prev.target, "carried"
    topic = _topic_complainant(text, s.start, s.end)
    if topic is not None:
        # A panel "sided with Canada" says who won, not who complained: in this beat the
        # United States complains about Canada's dairy rules, Canada about U.S. duties.
        return topic, _other(topic) or "", "topic"
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


_HIGHER_COURT = re.compile(
    r"\b(?:Supreme Court|[Aa]ppeals [Cc]ourt|[Cc]ourt of [Aa]ppeals?|Federal Circuit|appellate)\b"
)
_HEARD = re.compile(r"\b(?:heard|hears|hearing|will hear|argument|arguments)\b")
_COURT_REMOVAL = re.compile(r"\b(?:struck|strikes?|striking) down\b|\binvalidat\w*|\bvoid\w*")
_SUPREME = re.compile(r"\bSupreme Court\b")
_JUDGES = re.compile(r"\b(?:judges?|justices)\b|\bthree-judge\b")
_THIRD_COURT = re.compile(r"\binternational court of justice\b|\bicj\b|\beuropean court\b")


def _forum(sent: str) -> str:
    """Where a case is heard, as a rule token: a WTO filing and a CUSMA panel are two cases."""
    if re.search(r"\bwto\b|world trade organization", sent):
        return "|forum=wto"
    if re.search(r"\b(?:cusma|usmca|nafta|chapter \d+|binational|dispute chapter)\b", sent):
        return "|forum=cusma"
    if re.search(r"\b(?:court|courts|judges?|justices|lawsuit|suit)\b", sent):
        return "|forum=court"  # a case in a national court is neither of those
    return ""


_CASE_WORD = re.compile(r"(?:complaint|case|challenge)s?$")


def dispute_events(ctx: ArticleContext, s: Sentence) -> list[Event]:
    gaz, text = ctx.gaz, ctx.text
    sent = ctx.low[s.start : s.end]
    m = gaz.lex["dispute"].search(ctx.low, s.start, s.end)
    if m is None:
        return []
    if not gaz.lex["legal_context"].search(sent) and not (
        # "... agreed to end their litigation at the World Trade Organization. Canada is
        # withdrawing the complaint it lodged last June": the forum the last sentence named
        _CASE_WORD.match(m.group())
        and gaz.lex["legal_context"].search(ctx.low, max(0, s.start - 160), s.start)
    ):
        return []
    # A trade case already reported gives the context to its later stages.
    case_before = any(e.type == "trade_dispute" for e in ctx.events)
    if not gaz.lex["trade_context"].search(sent) and not ctx.prev_trade and not case_before:
        return []
    claim = _CLAIM.search(sent)
    # "filed a lawsuit, arguing that he exceeded his powers": the claim is not a ruling.
    status = modality.dispute_status(gaz, sent[: claim.start()] if claim else sent)
    if status is None and _SO_TOO.match(text, s.start, s.end):
        # "Canada's complaint ... is being withdrawn. So is the American complaint about the
        # Canadian surtaxes.": the verb left out is the last case's
        prev = next((e for e in reversed(ctx.events) if e.type == "trade_dispute"), None)
        status = prev.status if prev is not None else None
    if status is None:
        return []
    courts = [x for x in s.mentions if x.kind == "court"]
    intl = bool(_INTL_DISPUTE.search(sent))
    # A named court decides ("a three-judge panel of the Court of International Trade").
    if _THIRD_COURT.search(sent):
        return []  # "the International Court of Justice ruled": no Canada-US trade case
    if any(x.kind == "country" and x.country not in ("CA", "US") for x in s.mentions) and not any(
        x.country == "CA" for x in s.mentions
    ):
        return []  # "the United States requested a panel, accusing Mexico": not Canada's case
    supreme = _SUPREME.search(text, s.start, s.end) is not None
    if courts or supreme or _JUDGES.search(sent) or (_COURT_WORD.search(sent) and not intl):
        # A domestic case over that country's own measures on the other.
        init = courts[0].country if courts else "US"
        pair = (init, _other(init) or "CA", "court")
        if not ctx.both_sides():
            return []
        if not case_before and not ctx.prev_trade and not _COURT_TRADE_WORD.search(sent):
            # "the Supreme Court struck down Michigan's wine-shipping laws": no trade case
            return []
    else:
        usable = [
            x for x in s.mentions if x.kind not in ("panel", "court") and x.hint != "location"
        ]
        # The filer is the sentence subject, not the owner of the measure challenged;
        # a panel ruling "in Canada's favour" names the complainant.
        prev = next((e for e in reversed(ctx.events) if e.type == "trade_dispute"), None)
        pair = _dispute_filer(text, s, m.start(), usable, prev)
        if (
            (pair is None or "+" in pair[0] or pair[2] == "topic")
            and _EACH_OTHER.search(text, s.start, s.end)
            and ctx.both_sides()
        ):
            # "Both governments agreed to drop their complaints against each other at the
            # WTO": the two sides of the story, each a complainant
            pair = ("CA", "US", "each-other")
        if pair is None:
            return []
    if not pair[0] or not pair[1] or not _is_ca_us(pair[0], pair[1], ctx):
        return []
    init, target, how = pair
    if _HIGHER_COURT.search(text, s.start, s.end) and (
        status == "filed" or (status == "ruled" and _HEARD.search(sent))
    ):
        status = "appealed"  # a case before an appeals court or the Supreme Court
    sides = [(init, target)]
    second = _SECOND_CASE.search(sent)
    if second is not None:
        # "The other was brought by twelve states, led by Oregon": the second case, at the
        # stage of the one just reported
        prev = next((e for e in reversed(ctx.events) if e.type == "trade_dispute"), None)
        if prev is not None:
            init, target, status = prev.initiator, prev.target, prev.status
            sides = [(init, target)]
    elif status == "settled" and _EACH_OTHER.search(text, s.start, s.end):
        # "agreed to drop the cases they had filed against each other at the WTO"
        sides = [(init, target), (target, init)]
    elif how == "court" and _TWO_CASES.search(sent):
        # "The decision came in two cases heard together: one brought by importers, one by
        # twelve states": two cases
        sides = [(init, target), (init, target)]
    if how != "court" and any(
        x.country == _country(target)
        and x.start > m.end()
        and _AND_BEFORE.search(text, max(s.start, x.start - 12), x.start)
        and _OWN_CASE_AFTER.match(text, x.end)
        for x in s.mentions
    ):
        # "Canada drops its WTO challenge of the American tariffs, and the United States
        # drops its WTO challenge of Canada's countermeasures": each side's own case
        sides.append((target, init))
    return [
        Event(
            type="trade_dispute",
            status=status,
            initiator=a,
            target=b,
            # The case's goods are those the sentence names ("over the softwood lumber
            # duties"), never the all-goods scope of the measure challenged.
            products=[
                p for p in labels_in(ctx.gaz, text, s.start, s.end, ctx.low) if p != "all_goods"
            ],
            evidence=text[s.start : s.end],
            char_start=s.start,
            char_end=s.end,
            confidence=0.6,
            rule=f"trade_dispute:{m.group().lower()}|status={status}|parties={how}"
            + ("|separate" if _SEPARATE_CASE.search(sent) or second or k else "")
            + _forum(sent)
            + ctx.notes(s.start, s.end),
        )
        for k, (a, b) in enumerate(sides)
    ]


_EACH_OTHER = re.compile(
    r"\bagainst\s+each\s+other\b"
    # "Both governments are dropping their cases at the WTO, ours against ... and theirs ..."
    r"|\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:governments|countries|sides)\s+(?:\w+\s+){0,3}?"
    r"(?:drop|withdr[ae]w|abandon|end)\w*\s+their\s+(?:[\w-]+\s+){0,4}?(?:cases|complaints|challenges)\b"
    # "Canada's complaint ... and Washington's counter-complaint": a case from each side
    r"|\bcounter-?(?:complaints?|challenges?|cases?)\b"
    # "to end the litigation each had launched at the WTO over the other's measures"
    r"|\beach\s+(?:side\s+)?had\s+(?:launched|brought|filed)\b"
)

# "two cases heard together", "two consolidated appeals"
_TWO_CASES = re.compile(
    r"\btwo\s+(?:consolidated\s+|separate\s+|parallel\s+)?(?:cases|suits|lawsuits|appeals)\b"
)
# "The other was brought by twelve states", "The second was filed by Oregon and eleven other
# states", "a parallel suit brought by twelve states"
_SECOND_CASE = re.compile(
    r"^\W*the\s+(?:second|other)\s+(?:one\s+|case\s+|suit\s+|lawsuit\s+)?(?:was\s+)?(?:brought|filed)\b"
    r"|\ba\s+parallel\s+(?:suit|case|lawsuit|challenge)\b"
)
_AND_BEFORE = re.compile(r",\s+(?:and|while)\s+(?:the\s+)?$")
_OWN_CASE_AFTER = re.compile(
    r"\s+(?:also\s+|in\s+turn\s+)?(?:is\s+|was\s+|will\s+|has\s+)?(?:also\s+)?"
    r"(?:drops|dropped|withdr[ae]w\w*|files|filed|launch\w*|brings|brought)"
    r"\s+(?:its|their|a)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:challenge|complaint|case|lawsuit)\b"
)


# --- sentence driver ----------------------------------------------------------------------


_SENTENCE_HEAD = re.compile(r"[\s\"'\u201c(]*")
_AND_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:he|she)$", re.IGNORECASE)


def _resolve_pronouns(mentions: list[Mention], text: str = "", start: int = 0) -> None:
    """'Trump said he ...': a he/she after a person of the same sentence is that person, and
    'his province' that person's province. A he/she opening a clause joined by "and"/"but"
    is the person who opens the sentence ("Trump praised Carney, and he gave no sign ...")."""
    last: Mention | None = None
    first: Mention | None = None
    named_sub: str | None = None  # the last province or state code named so far
    for m in mentions:
        if m.kind == "person":
            last = m
            if first is None and _SENTENCE_HEAD.fullmatch(text, start, m.start):
                first = m
        elif m.kind == "pronoun" and last is not None:
            subject = first is not None and _AND_SUBJECT.search(
                text, max(start, m.start - 6), m.end
            )
            who = first if subject and first is not None else last
            m.code, m.leader = who.code, who.leader
        elif m.kind == "own-subdivision":
            m.kind = "subdivision"
            if last is not None and "-" in last.code:
                m.code = last.code  # "Premier Doug Ford ... his province"
        elif m.kind == "the-subdivision":
            m.kind = "subdivision"
            # "British Columbia Premier David Eby said the province's liquor stores": the
            # province of the sentence's own premier or subdivision, not the one named last
            # in an earlier sentence
            if named_sub is not None and named_sub.split("-")[0] == m.country:
                m.code = named_sub
        if m.kind in ("person", "subdivision", "institution", "official") and "-" in m.code:
            named_sub = m.code
    mentions[:] = [m for m in mentions if m.code]


_COUNTRY_KINDS = frozenset({"country", "adjective", "metonym", "demonym"})


def recent_countries(recent: list[str], mentions: list[Mention]) -> list[str]:
    """The last two distinct countries named, latest last, after `mentions` are read."""
    out = list(recent)
    for m in mentions:
        if m.kind in _COUNTRY_KINDS and m.code and "+" not in m.code and out[-1:] != [m.country]:
            out = [*[x for x in out if x != m.country], m.country][-2:]
    return out


def _pair_is_ca_us(ctx: ArticleContext, s: Sentence, generic: list[Mention]) -> bool:
    """Whether "the two sides" of this sentence can be Canada and the U.S.: the last two
    countries named before the first such phrase are those two (or fewer are known)."""
    group = next((m for m in generic if m.code == "CA+US"), None)
    if group is None:
        return True
    before = recent_countries(
        ctx.recent_countries, [m for m in s.mentions if m.start < group.start]
    )
    return len(before) < 2 or set(before) == {"CA", "US"}


def sentence_events(ctx: ArticleContext, s: Sentence, last_person: Mention | None) -> int:
    """Run every rule on one sentence and merge the results into ctx.events; returns how
    many candidates the sentence gave."""
    gaz, text, low = ctx.gaz, ctx.text, ctx.low
    trade_here = bool(gaz.lex["trade_context"].search(low, s.start, s.end))
    # One scan for all lexicons (named groups) instead of one search per lexicon.
    assert gaz.rule_re is not None
    rules = {m.lastgroup for m in gaz.rule_re.finditer(low, s.start, s.end)}
    if not rules and not (
        # "Canadian softwood qualifies, so it is exempt": a carve-out with no trigger word
        ctx.last_measure is not None and _EXEMPT_CUE.search(text, s.start, s.end)
    ):  # the prefilter is loose; most sentences stop here
        ctx.prev_trade = trade_here
        ctx.prev_contact = False
        return 0
    ctx.enter(s.start, s.end)
    generic = generic_mentions(text, s.start, s.end, last_person, ctx.last_subdivision)
    if ctx.speakers:
        # "I have invited Premier Legault": the speaker of the statement, quote or turn
        for m in FIRST_PERSON.finditer(text, s.start, s.end):
            who = ctx.speakers.at(m.start())
            if who is not None:
                code = who.code or who.country or ""
                generic.append(Mention(m.start(), m.end(), code, "person", leader=who.leader))
    if not (ctx.has_ca and ctx.has_us) or not _pair_is_ca_us(ctx, s, generic):
        # "The two sides will keep talking" in a story about the U.S. and China: "both
        # sides" and "the two leaders" are Canada and the U.S. only where both are named,
        # and only where they are the last two countries named before.
        generic = [m for m in generic if m.code != "CA+US"]
    s.mentions.extend(generic)
    s.mentions.sort(key=lambda m: m.start)
    _resolve_pronouns(s.mentions, text, s.start)
    annotate(text, s.start, s.mentions)
    found: list[Event] = []
    if "tariff" in rules:
        found += measure_events(ctx, s, "tariff")
    if "nontariff" in rules:
        found += measure_events(ctx, s, "nontariff_measure")
    if "talks" in rules:
        found += talk_events(ctx, s, trade_here)
    if "agreement" in rules:
        deals = agreement_events(ctx, s, trade_here)
        if deals:
            # "proposed a deal that would lower U.S. tariffs": the hedged measure is a
            # term of the deal, not a measure of its own.
            found = [e for e in found if not (e.type in MEASURES and "|status=hedge" in e.rule)]
        found += deals
    if "dispute" in rules:
        disputes = dispute_events(ctx, s)
        if disputes and all(d.status == "settled" for d in disputes):
            if not _measures_before_dispute(ctx):
                # "will withdraw its WTO complaint over the steel tariffs": the tariffs are
                # what the case was about; withdrawing it ends the case, not them.
                found = [e for e in found if e.type not in MEASURES]
        elif disputes and not _OUTSIDE_CASE.search(low, s.start, s.end):
            # "filed a lawsuit challenging Trump's tariffs": the measure is what the case is
            # about, reported (if at all) where the article states it.
            # A change made by the administration stays ("customs stopped collecting the
            # duty after the ruling"); one made by the court is the ruling itself.
            administrative = not _COURT_REMOVAL.search(low, s.start, s.end)
            found = [
                e
                for e in found
                if e.type not in MEASURES or (e.status in _CHANGED and administrative)
            ]
        found += disputes
    if "tariff" in rules:
        found = _with_escalation(ctx, found, escalation_events(ctx, s))
        payer = payer_events(ctx, s)
        if payer:
            # "would let Canada know within seven days what tariff it would pay": the payer
            # is the target, whatever the trigger rules made of the country named first
            found = [
                e
                for e in found
                if not (e.type == "tariff" and e.status in ("threatened", "announced"))
            ]
            found += payer
    if not any(e.type in MEASURES and e.status in _CHANGED for e in found):
        found += pact_exemption_events(ctx, s)
    found += same_measure_events(ctx, s, found)
    if found and _COMMENTATORS.search(text, s.start, s.end):
        # "Economists estimate that a prolonged tariff could cut growth", "consultants say
        # mills pay duties of more than 45 per cent": commentary on measures reported
        # elsewhere (no writer labelled an event in such a sentence).
        found = []
    if (
        _QUESTION_END.search(text, s.start, s.end)
        or _CORRECTION.search(low, s.start, s.end)
        or _NOT_ASSERTED_HEAD.match(low, s.start, s.end)
    ):
        # "An earlier version of this story said ...": a retracted claim asserts nothing.
        # "Will the two leaders meet this week?": a question asserts nothing either.
        found = []
    if withdraw_pending(ctx, s, found):
        found = [e for e in found if e.type != "tariff"]
    if ctx.prev_measures and _SO_TOO.match(text, s.start, s.end):
        _as_before(ctx.prev_measures[-1], found)
    ctx.prev_contact = any(e.type == "leader_contact" for e in found)
    measures: list[Event] = []
    for ev in found:
        kept = _changed_reference(ctx, ev) or merge_into(ctx.events, ev)
        if kept.type in MEASURES:
            ctx.last_measure = kept
            ctx.last_parties = (kept.initiator, kept.target)
            measures.append(kept)
    if measures:
        ctx.prev_measures = measures
    ctx.prev_trade = trade_here
    return len(found)


# "Counter-tariffs on steel will stay in place. So will the levy on vehicles.": the verb
# left out is the last sentence's
_SO_TOO = re.compile(
    r"\s*[\"\u201c]?So\s+(?:will|is|are|do|does|did|has|have|was|were)\s+the\b|\s*[\"\u201c]?So\s+(?:will|is|are|do|does|did|has|have|was|were)\s+\w+(?:'s|\u2019s)\s"
)


def _as_before(prev: Event, found: list[Event]) -> None:
    """The measures of a "So will ..." sentence take the status of the measure before."""
    for e in found:
        if e.type in MEASURES and e.status != prev.status and prev.status in _STANDING | _CHANGED:
            e.status = prev.status
            if prev.status in _CHANGED and e.effective_date is None:
                e.effective_date = prev.effective_date
            e.rule += "|status=so-too"


# "said Canada would rescind the tax": a change to the measure of that name reported before.
_DEFINITE_REFERENCE = re.compile(
    r"\b(?:the|its|their|this|that) (?:tax|levy|surcharge|ban|boycott)$"
)


def _changed_reference(ctx: ArticleContext, ev: Event) -> Event | None:
    """The earlier non-tariff measure that ev ("rescind the tax") ends or pauses, moved to
    that latest status (one happening), or None."""
    if ev.type != "nontariff_measure" or ev.status not in _CHANGED or ev.products or ev.rate_pct:
        return None
    if not _DEFINITE_REFERENCE.search(_trigger(ev)):
        return None
    standing = [
        e
        for e in reversed(ctx.events)
        if e.type == ev.type and _same_parties(e, ev) and e.status in _STANDING
    ]
    # "suspended the surcharge": the surcharge named before, not a threat to cut the power
    # off told after it
    noun = _trigger(ev).split()[-1]
    prev = next((e for e in standing if noun in _trigger(e)), standing[0] if standing else None)
    if prev is not None:
        prev.status, prev.effective_date = ev.status, ev.effective_date
        prev.rule += f"|status={ev.status}-by-reference"
    return prev


def _measures_before_dispute(ctx: ArticleContext) -> bool:
    """Whether the sentence names its measures before the case: "the tariffs were lifted ...,
    and Canada withdrew its WTO challenge" reports both."""
    measure = min((m.start() for k in _MEASURE_KEYS for m in ctx.hits(k)), default=None)
    dispute = min((m.start() for m in ctx.hits("dispute")), default=None)
    return measure is not None and dispute is not None and measure < dispute


# Goods that meet the pact's rules keep out of the duties: "parts that qualify under CUSMA
# have been spared", "carves out every good that meets the rules of origin".
_EXEMPT_CUE = re.compile(
    r"\b(?:exempt\w*|spar(?:e|ed|es|ing)|carv(?:e|es|ed|ing) out|carve-?outs?|reprieve"
    # "Shipments that meet CUSMA rules of origin continue to cross duty-free"
    r"|(?:duty|tariff)[- ]free)\b",
    re.I,
)
_ANY_GOODS = re.compile(r"\b(?:goods|good|products|imports|exports)\b")
_PACT_GOODS = re.compile(
    rf"\b(?:qualif\w+|compl(?:y|ies|iant)|meets?|meeting|follow(?:s|ing)?|covered)\b"
    rf"{CLAUSE_CHAR}{{0,60}}?"
    r"(?:\b(?:CUSMA|USMCA|NAFTA)\b|[Aa]greement|\bpact\b|rules of origin)"
    r"|\b(?:CUSMA|USMCA)[- ](?:compliant|qualifying|eligible)"
    # "goods shipped under CUSMA", "the American exemption for CUSMA goods"
    r"|\b(?:shipped|traded|moving|crossing)\s+under\s+(?:the\s+)?(?:CUSMA|USMCA)\b"
    r"|\b(?:American|U\.S\.|US|Canadian|Canada's)\s+exemption\s+for\s+(?:CUSMA|USMCA)\b",
)
# "matches the American exemption for CUSMA goods": the carve-out's owner, named on it
_EXEMPTION_OWNER = re.compile(
    r"\b(?:(American|U\.S\.|US|Washington's)|(Canadian|Canada's|Ottawa's))\s+$"
)


# A threat against retaliation: "warns that if Canada raises its own tariffs in response,
# whatever Ottawa adds will be stacked on top of the 35 per cent".
_WHO = r"Canada|Ottawa|the United States|Washington|the U\.S\."
_ANSWERS = (
    r"(?:raises?|raised|retaliates?|retaliated|responds?|responded|answers?|answered|hits?\s+back"
    r"|strikes?\s+back|imposes?|imposed|increases?|increased)"
)
_ESCALATION = re.compile(
    rf"\b[Ii]f\s+(?P<who>{_WHO})\s+(?:\w+\s+){{0,3}}?{_ANSWERS}\b{CLAUSE_CHAR}{{0,120}}?"
    r"(?:\b(?:will|would|could|may|might)|['\u2019]ll)\s+"
    r"(?:be\s+(?:added|stacked|piled)\s+(?:on\s+top\s+of|onto|to)\b"
    # "if Canada hits back with tariffs of its own, Washington will add that amount on top"
    r"|add\s+(?:that|the\s+same|whatever|an?\s+equal)\b"
    # "if Canada answers with tariffs of its own, the American tariff will go up"
    r"|go\s+up|rise|increase|climb|double|be\s+(?:raised|increased|doubled)\b)"
    # "the United States may raise the rates further if Canada retaliates", "a clause
    # allowing the President to raise the rates if Canada retaliates"
    r"|\b(?:will|would|could|may|might|to)\s+(?:\w+\s+)?(?:raise|increase|hike|double)\s+"
    r"(?:the\s+|its\s+|those\s+|these\s+)?(?:rates?|tariffs?|duties|levies)\b(?:\s+\w+){0,3}?"
    rf"\s+if\s+(?P<who2>{_WHO})\s+(?:\w+\s+){{0,2}}?(?:retaliat\w*|respond\w*|hits?\s+back"
    r"|strikes?\s+back|answers?)"
    # "warned that any further Canadian retaliation would be added on top of the 35 per cent"
    r"|\bany\s+(?:further\s+|additional\s+|new\s+)?(?P<who3>Canadian|American|U\.S\.)\s+"
    r"(?:retaliation|counter-?tariffs?|counter-?measures|tariffs?|duties)\s+(?:will|would)\s+be\s+"
    r"(?:added|stacked|piled)\s+(?:on\s+top\s+of|onto|to)\b"
)


# A tariff still to be named, with its payer: "Washington would tell Canada within seven days
# what tariff it would pay to do business with the United States".
_WHAT_TARIFF = re.compile(
    r"\bwhat\s+(?:new\s+)?(?:tariffs?|duty|duties|rate)\s+(?P<who>Canada|Ottawa|it|they|Canadians)"
    r"\s+(?:would|will)\s+(?:have\s+to\s+|be\s+)?pay"
)


def payer_events(ctx: ArticleContext, s: Sentence) -> list[Event]:
    """The threatened tariff of 'what tariff it would pay': the payer is the target, the
    other side imposes it, in answer to that side's measure when the article reports one."""
    m = _WHAT_TARIFF.search(ctx.text, s.start, s.end)
    if m is None or not ctx.has_ca or not ctx.has_us:
        return []
    if m.group("who") in ("it", "they") and not any(
        x.country == "CA" for x in s.mentions if x.start < m.start()
    ):
        return []
    answer = any(e.type in MEASURES and e.initiator.startswith("CA") for e in ctx.events)
    return [
        Event(
            type="tariff",
            status="threatened",
            initiator="US",
            target="CA",
            retaliatory=answer,
            evidence=ctx.text[s.start : s.end],
            char_start=s.start,
            char_end=s.end,
            confidence=0.6,
            rule="tariff:what-tariff-it-would-pay|status=hedge|parties=explicit"
            + ("|retaliatory=answer" if answer else "")
            + ctx.notes(s.start, s.end),
        )
    ]


def _with_escalation(
    ctx: ArticleContext, found: list[Event], escalation: list[Event]
) -> list[Event]:
    """The sentence's events with its escalation clause. "If Canada retaliates, Trump said he
    will double the tariffs to 50 per cent": the threat the sentence states with a new rate
    is the escalation. "... whatever amount it raises its own tariffs by will be added on top
    of the 35 per cent": a threat read with no rate, or with the rate already in force, is
    the escalation clause itself."""
    if not escalation:
        return found
    # "any further Canadian retaliation would be added on top": the retaliation the threat
    # is conditioned on is no threat of its own
    found = [
        f
        for f in found
        if not (
            f.type == "tariff"
            and f.status == "threatened"
            and f.initiator == escalation[0].target
            and _trigger(f).startswith("retaliat")
        )
    ]
    known = {e.rate_pct for e in ctx.events if e.type == "tariff"}
    same = [
        f
        for f in found
        if f.type == "tariff"
        and f.status == "threatened"
        and f.initiator == escalation[0].initiator
    ]
    if any(f.rate_pct is not None and f.rate_pct not in known for f in same):
        return found
    return [f for f in found if f not in same] + escalation


def escalation_events(ctx: ArticleContext, s: Sentence) -> list[Event]:
    """The other side's threatened duty on top of its own: retaliatory by construction."""
    m = _ESCALATION.search(ctx.text, s.start, s.end)
    if m is None:
        return []
    target = "CA" if (m.group("who") or m.group("who2")) in ("Canada", "Ottawa") else "US"
    if m.group("who3"):
        target = "CA" if m.group("who3") == "Canadian" else "US"
    return [
        Event(
            type="tariff",
            status="threatened",
            initiator=_other(target) or "",
            target=target,
            retaliatory=True,
            evidence=ctx.text[s.start : s.end],
            char_start=s.start,
            char_end=s.end,
            confidence=0.6,
            rule="tariff:escalation-if-retaliation|status=hedge|parties=explicit"
            + ctx.notes(s.start, s.end),
        )
    ]


def pact_exemption_events(ctx: ArticleContext, s: Sentence) -> list[Event]:
    """A tariff `exempted` for goods that meet the trade pact's rules, when the sentence
    names the exemption but no exempted measure came out of the trigger rules."""
    text = ctx.text
    cue = _EXEMPT_CUE.search(text, s.start, s.end)
    if cue is None or not ctx.both_sides():
        return []
    if not _PACT_GOODS.search(text, s.start, s.end) and not (
        # "Canadian softwood qualifies, so it is exempt" in a story that names the pact
        _QUALIFIES.search(text, s.start, cue.start()) and _PACT_NAMED.search(text)
    ):
        return []
    if (
        modality.negated(ctx.gaz, ctx.low[s.start : s.end])
        or modality.hedged(ctx.gaz, ctx.low[s.start : cue.start()])
        # "Officials believe ... that goods meeting CUSMA rules will stay exempt", "will
        # probably keep their exemption": a carve-out expected, none confirmed
        or _EXPECTED_ONLY.search(text, s.start, cue.end())
    ):
        return []  # "it was not clear whether trucks would be spared"
    aside = modality.CONTRAST_CLAUSE.search(text, s.start, cue.start())
    if aside and ctx.gaz.lex["tariff"].search(ctx.low, s.start, aside.start()):
        # "have faced a 35 per cent US tariff, while qualifying goods enter duty-free": the
        # carve-out told in passing belongs to the measure, no decision of its own
        return []
    # The pact's carve-out is Washington's unless Canada is named as the one exempting.
    owners = [m for m in s.mentions if m.hint in ("initiator", "agent") and m.country in _PAIR]
    if (
        not owners
        and not any(m.country == "CA" for m in s.mentions)
        and _country_word_counts(text)["MX"] > _country_word_counts(text)["CA"]
    ):
        return []  # "goods that qualify under the agreement remain exempt" in a story of Mexico
    init = owners[0].code if owners else "US"
    named = _EXEMPTION_OWNER.search(text, max(s.start, cue.start() - 14), cue.start())
    if named:
        init = "US" if named.group(1) else "CA"
    # "The 35% tariff ... is unchanged; qualifying goods remain exempt": the carve-out's own
    # clause holds its goods, rate and day
    c_start = text.rfind("; ", s.start, cue.start())
    own = s if c_start < 0 else Sentence(c_start + 2, s.end, [])
    rates = find_rates(text, own.start, own.end)
    eff, date_cue = _effective_date(ctx, own, "exempted", cue.start())
    # "goods that qualify under CUSMA": the carve-out covers goods of every kind.
    products = labels_in(ctx.gaz, text, own.start, own.end, ctx.low) or (
        ["all_goods"] if _ANY_GOODS.search(ctx.low, own.start, own.end) else []
    )
    rate = rates[0].value if rates else None
    if rate is None and not _STILL.search(ctx.low, s.start, s.end):
        # A carve-out reported as news carries the rate it spares; one that "remains" is
        # background (the writers give it none).
        rate = _exempted_rate(ctx, init)
    return [
        Event(
            type="tariff",
            status="exempted",
            initiator=init,
            target=_other(init) or "CA",
            rate_pct=rate,
            products=products,
            effective_date=eff,
            evidence=text[s.start : s.end],
            char_start=s.start,
            char_end=s.end,
            confidence=0.5,
            rule=f"tariff:{cue.group().lower()}|status=pact-exemption|parties="
            + ("explicit" if owners else "pact-default")
            + (f"|date={date_cue}" if date_cue else "")
            + ctx.notes(s.start, s.end),
        )
    ]


_COUNTRY_WORDS = {
    "third": re.compile(
        r"\b(?:Chin(?:a|ese)|Beijing|Brazil\w*|Mexic\w*|Japan\w*|Tokyo|Korea\w*|India\b|Indian"
        r"|Vietnam\w*|European Union|Europe\w*|Brussels|Britain|British|German\w*|France|French)\b"
    ),
    "MX": re.compile(r"\bMexic\w*"),
    "US": re.compile(r"\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerica\w*|\bWashington\b"),
    "CA": re.compile(r"\bCanad\w*|\bOttawa\b"),
}


@lru_cache(maxsize=16)
def _country_word_counts(text: str) -> dict[str, int]:
    """How often an article names Canada, the United States, Mexico and other countries:
    counted once per article, read by the rules of whose story it is."""
    return {key: len(words.findall(text)) for key, words in _COUNTRY_WORDS.items()}


def _third_country_story(text: str, target: str | None) -> bool:
    """A story that names another country more often than the side a target would be
    guessed to be (China eight times, the United States once)."""
    counts = _country_word_counts(text)
    if target not in ("CA", "US"):
        return False
    return counts["third"] >= 3 and counts["third"] > 2 * counts[target]


_QUALIFIES = re.compile(r"\b(?:do(?:es)?\s+)?qualif(?:y|ies|ied|ying)\b")
_PACT_NAMED = re.compile(r"\b(?:CUSMA|USMCA|T-MEC)\b")
_STILL = re.compile(r"\b(?:remain|remains|remained|still|continues?|continued)\b")


def _exempted_rate(ctx: ArticleContext, init: str) -> float | None:
    """The rate of the measure a carve-out is cut from: the latest standing all-goods tariff
    of the same government ("goods that qualify under CUSMA are exempt from the new rate")."""
    for e in reversed(ctx.events):
        if (
            e.type == "tariff"
            and e.initiator == init
            and e.status in _STANDING
            and e.rate_pct is not None
            and "all_goods" in e.products
        ):
            return e.rate_pct
    return None


# "New Brunswick has done the same", "Quebec followed suit": the measure just reported,
# taken by another government of the same side ("Nova Scotia's liquor corporation did the
# same": the province's own agency).
_SAME_MEASURE = re.compile(
    r"(?:(?:['\u2019]s)?\s+(?:liquor|government|crown|provincial|state)(?:\s+[\w-]+){0,2}?)?"
    # "Quebec's liquor board, the SAQ, took similar action"
    r"(?:,\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3},)?"
    # "Quebec's SAQ and the Nova Scotia Liquor Corporation did the same"
    r"(?:['\u2019]s\s+[A-Z]{2,6})?"
    r"(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,4}?[A-Z][\w.&'\u2019-]*)?"
    r"\s+(?:(?:has|have|had|did|will|would|could|is|are|was|were|also|since|quickly|soon)\s+)*"
    r"(?:(?:done|do|does|did|doing)\s+(?:the\s+same|likewise|so)|follow(?:ed|s|ing)?\s+suit"
    r"|(?:took|take|takes|taken|taking)\s+(?:a\s+)?(?:similar|the\s+same)\s+(?:action|steps?|measures?))\b",
    re.IGNORECASE,
)
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|date)\b")
_HEDGED_SAME = re.compile(r"\b(?:would|could|might|may)\b", re.IGNORECASE)


_SAME_KINDS = frozenset({"country", "metonym", "subdivision", "person"})


def same_measure_events(ctx: ArticleContext, s: Sentence, found: list[Event]) -> list[Event]:
    """Copies of the last measure for each "<government> did the same" in the sentence."""
    out: list[Event] = []
    for m in s.mentions:
        same = _SAME_MEASURE.match(ctx.text, m.end, s.end)
        # (a province's own agency too: "the Nova Scotia Liquor Corporation did the same")
        agency = m.kind == "institution" and "-" in m.code
        if same is None or (m.kind not in _SAME_KINDS and not agency):
            continue
        before = [e for e in found if e.type in MEASURES and e.char_start <= m.start]
        base = before[-1] if before else ctx.last_measure
        if base is None or base.initiator == m.code or _country(base.initiator) != m.country:
            continue
        status = base.status
        if _HEDGED_SAME.search(same.group()):
            status = "threatened"
        # Its own date, if the sentence gives one ("followed suit on Friday"), else none;
        # "did the same that day", "as of the same date": the day of the measure followed
        dates = [
            d for d in find_dates(ctx.text, s.start, s.end, ctx.published) if d.start >= same.end()
        ]
        if not dates and base.effective_date and _THAT_DAY.search(ctx.text, same.end(), s.end):
            dates = [DateMention(same.end(), same.end(), base.effective_date)]
        out.append(
            replace(
                base,
                initiator=m.code,
                status=status,
                evidence=ctx.text[s.start : s.end],
                char_start=s.start,
                char_end=s.end,
                products=list(base.products),
                effective_date=dates[0].value if dates else None,
                confidence=round(max(0.3, base.confidence - 0.15), 2),
                rule=f"{base.rule.split('|', 1)[0]}|status=same-as-before|parties=followed",
            )
        )
    return out


# --- merging ------------------------------------------------------------------------------

_MEASURE_GROUP = {"threatened": 0, "announced": 0, "in_effect": 0}
_CHANGED = frozenset({"removed", "paused", "reduced", "exempted"})
# A change of status ("left off the list", "paused") names a specific measure.
_STANDING = frozenset(_MEASURE_GROUP)


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


def _trigger(e: Event) -> str:
    """The trigger word of a candidate ("tariff:counter-tariffs|..." -> "counter-tariffs")."""
    return e.rule.split("|", 1)[0].split(":", 1)[-1]


_NONTARIFF_KINDS = (
    (
        "stores",
        re.compile(
            r"shel(?:f|ves)|stores?|restock|catalog|alcohol|liquor|booze|wine|beer|spirits|bourbon"
            r"|lcbo|saq"
        ),
    ),
    ("procurement", re.compile(r"contract|procurement|bidd|compan|firms|businesses|suppliers")),
    ("energy", re.compile(r"electricity|power|energy|surcharge")),
    ("digital", re.compile(r"digital|dst")),
)


def _nontariff_kind(e: Event) -> str | None:
    """What a non-tariff measure is about, from its trigger: a store ban, a procurement
    ban, an energy measure, a digital tax (None when the trigger does not say)."""
    trig = _trigger(e)
    return next((kind for kind, pat in _NONTARIFF_KINDS if pat.search(trig)), None)


def _background(e: Event) -> bool:
    """A measure mentioned with no status cue ("Ontario's electricity surcharge")."""
    return "|status=default|" in e.rule + "|"


_EARLIER_MEASURE = re.compile(
    r"\b(?:[Ee]arlier|[Pp]revious|[Ee]xisting|[Oo]riginal)\s+(?:[\w%.-]+\s+){0,4}?"
    r"(?:counter-?tariffs?|tariffs?|duty|duties|levy|levies|surtax\w*|counter-?measures|rates?)\b"
)
_SEPARATE_MEASURE = re.compile(
    r"\b(?:[Ss]eparate|[Aa]nother|[Dd]ifferent|[Ss]ectoral)\s+(?:[\w%.-]+\s+){0,3}?"
    r"(?:tariffs?|duty|duties|levy|levies|surtax\w*)\b"
)


def _threat_withdrawn(a: Event, b: Event) -> bool:
    """b withdraws the threat a reported with no terms: "the threatened new tariff was off
    the table" after "would tell Canada what tariff it would pay". One happening."""
    if a.status in ("threatened", "announced") and b.status == "removed" and a.rate_pct:
        # "would double the duty to 50 percent" ... "the 50 percent plan was off": the plan
        # named by its rate is withdrawn.
        return a.rate_pct == b.rate_pct and bool(_PLAN_WORD.search(b.evidence))
    return (
        a.status == "threatened"
        and b.status in ("removed", "paused")
        and not a.rate_pct
        and not a.products
        and "threat" in b.evidence.lower()
    )


_PLAN_WORD = re.compile(r"\b(?:plan|threat|proposal|idea)s?\b", re.IGNORECASE)


def _past_measure_ended(a: Event, b: Event) -> bool:
    """b ends the past measure a: "In June 2018 Washington imposed 25 per cent on Canadian
    steel ..." then "those duties were lifted on May 20, 2019". One happening, at its
    latest status."""
    return (
        _historical(a)
        and _historical(b)
        and a.status in _STANDING
        and b.status == "removed"
        and not (a.rate_pct and b.rate_pct and a.rate_pct != b.rate_pct)
        and (not a.products or not b.products or bool(set(a.products) & set(b.products)))
    )


_SO_IS_ANOTHER = re.compile(
    r",\s+(?:(?:and\s+so|as)\s+(?:is|are|does|do)|on\s+top\s+of)\s+the\s", re.IGNORECASE
)


def _entry_dated(e: Event) -> bool:
    """Dated by the day heading its timeline entry or its sentence."""
    return e.effective_date is not None and (
        "|date=timeline" in e.rule or "|date=lead-date" in e.rule
    )


# The trigger of a list item that opens with its rate: "25 per cent on".
_RATE_ON_ITEM = re.compile(r"\S+(?: ?per ?cent|[- ]percent|%) on")


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or not _same_parties(a, b):
        return False
    if ("escalation-if-retaliation" in a.rule) != ("escalation-if-retaliation" in b.rule):
        return False  # "whatever Canada adds will be added on top": a threat of its own
    if _historical(a) != _historical(b):
        return False  # "the 2018 tariffs" are not this year's tariffs
    if a.type in ("leader_contact", "trade_talks"):
        day_a, day_b = _ENTRY_HEAD.match(a.evidence), _ENTRY_HEAD.match(b.evidence)
        if day_a and day_b and day_a.group("day") != day_b.group("day"):
            return False  # "Feb. 3 - ... two phone calls", "May 6 - Carney meets Trump": two
    if a.type in MEASURES:
        if a.value and b.value and a.value.amount != b.value.amount:
            return False  # "$30 billion" and "$125 billion": two lists
        if _entry_dated(a) and _entry_dated(b) and a.effective_date != b.effective_date:
            return False  # two entries of a timeline, each under its own day
        if (
            "|date=effect-cue" in a.rule
            and "|date=effect-cue" in b.rule
            and a.effective_date != b.effective_date
            and a.status == b.status
            and a.char_start != b.char_start
        ):
            # "counter-tariffs on $30 billion ... took effect March 4" and "Since April 9,
            # Canada has charged a 25 per cent counter-tariff on U.S.-built vehicles": each
            # began on its own day
            return False
        if "status=kept" in b.rule and not set(a.products) & set(b.products):
            return False  # the part a removal keeps is known only by its goods
        if "status=pact-exemption" in a.rule + b.rule and a.status != b.status:
            return False  # the pact's carve-out is no mention of the measure it carves from
        if _threat_withdrawn(a, b) or _past_measure_ended(a, b):
            return True
        if ("boycott" in _trigger(a)) != ("boycott" in _trigger(b)):
            return False  # a boycott called on citizens is not the stores' own ban
        kinds = {_nontariff_kind(a), _nontariff_kind(b)} - {None}
        if a.type == "nontariff_measure" and len(kinds) == 2:
            return False  # a procurement ban and the liquor stores' ban are two measures
        if (
            a.status in ("announced", "threatened")
            and b.status == "in_effect"
            and _EARLIER_MEASURE.search(b.evidence)
        ):
            return False  # "Canada's earlier counter-tariffs remain in place": not the new ones
        if a.status != b.status and _background(b):
            # A later mention without a status cue is the measure already reported.
            return not (a.rate_pct and b.rate_pct and a.rate_pct != b.rate_pct) and (
                not a.products or not b.products or bool(set(a.products) & set(b.products))
            )
        if a.status != b.status:
            if not (a.status in _MEASURE_GROUP and b.status in _MEASURE_GROUP):
                return False
            # Threat vs. measure in force: the same happening only with the same terms.
            same_rate = a.rate_pct is not None and a.rate_pct == b.rate_pct
            # A new conditional threat is not the measure already in force.
            unspecific = b.rate_pct is None and not b.products and b.status != "threatened"
            # Shared goods tie a measure to its announcement, not to a threat about it
            # ("could adjust its counter-tariffs on steel" vs. those in place since March).
            shared = bool(set(a.products) & set(b.products)) and "threatened" not in (
                a.status,
                b.status,
            )
            if not (same_rate or unspecific or shared):
                return False
        if (
            a.rate_pct is not None
            and b.rate_pct is not None
            and a.rate_pct != b.rate_pct
            and not _rounded_rate(a, b)
        ):
            return False
        if "|list-item" in a.rule and "|list-item" in b.rule and a.char_start == b.char_start:
            return False  # one sentence's list: "since March 4; ... since April 9"
        if (
            "|rate-named-again" in a.rule
            and "|rate-named-again" in b.rule
            and a.char_start == b.char_start
            and not set(a.products) & set(b.products)
        ):
            return False  # "the 25% tariff on goods ..., the 25% tariffs on steel"
        if a.char_start == b.char_start and _trigger(a) != _trigger(b):
            # Two clauses of one sentence naming different measures ("stopped buying
            # American wine, and agencies no longer sign contracts with U.S. firms") are
            # two happenings, unless the rate is the same ("cabinets at 25% and furniture
            # at 25%"); the same word twice ("imposed tariffs, and the tariffs ...") is one.
            # "So is the 25 per cent tariff on steel and aluminum, and so is the 25 per cent
            # levy on foreign-built vehicles": each named as a measure of its own.
            if (
                a.products
                and b.products
                and not set(a.products) & set(b.products)
                and (
                    _SO_IS_ANOTHER.search(a.evidence)
                    or _RATE_ON_ITEM.fullmatch(_trigger(b))
                    # "the 25 per cent tariff on goods ..., and the 25 per cent tariffs on
                    # steel": each with a rate of its own
                    or (a.rate_pct is not None and b.rate_pct is not None)
                )
            ):
                # ("a 25 per cent tariff on Canadian goods, 25 per cent on steel, and 25 per
                # cent on vehicles": a list item that opens with its rate is a measure too)
                return False
            if (
                a.type == "tariff"
                and b.rate_pct is None
                and not b.products
                and a.status == b.status
                and (
                    a.effective_date is None
                    or b.effective_date is None
                    or a.effective_date == b.effective_date
                )
            ):
                # "have carried a 25 per cent Canadian tariff since March 4, when Ottawa put
                # counter-tariffs on $30 billion of U.S. goods": the same measure, told twice
                return True
            return a.rate_pct is not None and a.rate_pct == b.rate_pct
        if a.products and b.products and not set(a.products) & set(b.products):
            # Other goods in a later sentence: another measure, unless one of them covers
            # all goods ("25% on all Canadian goods" ... "the 25% tariff on lumber").
            both = set(a.products) | set(b.products)
            return (
                "all_goods" in both
                # (the broad measure reported first: a later all-goods mention is no part of
                # an earlier sectoral one)
                and "all_goods" in a.products
                and a.rate_pct is not None
                and a.rate_pct == b.rate_pct
                and a.target == b.target  # not the same-rate global steel duty
                # "Separate 25% tariffs on all steel and aluminum imports": another measure
                and not _SEPARATE_MEASURE.search(b.evidence)
                # a Section 232 duty is sectoral, never the all-goods tariff
                and "authority=section_232" not in a.rule + b.rule
                # "the parts tariff, from May 3" and "the tariffs imposed on March 4 on
                # Canadian goods": each began on its own day
                and not (
                    a.effective_date and b.effective_date and a.effective_date != b.effective_date
                )
            )
        return True
    if a.type == "trade_talks":
        # Talks broken off and then restarted are one happening at its latest stage.
        return (
            a.status == b.status
            or {a.status, b.status} <= {"planned", "ongoing"}
            or ({a.status, b.status} == {"suspended", "resumed"})
            # "met Tuesday, the first talks since October ... said the meeting was useful"
            or ({a.status, b.status} == {"resumed", "ongoing"})
        )
    if a.type == "trade_dispute":
        # "Separately, twelve states sued ...": another case, not the same one again; a
        # WTO filing and a CUSMA panel are two cases too.
        fa = re.search(r"\|forum=\w+", a.rule)
        fb = re.search(r"\|forum=\w+", b.rule)
        if fa and fb and fa.group() != fb.group():
            return False
        ya, yb = historical_year(a.rule), historical_year(b.rule)
        if ya and yb and ya != yb:
            return False  # "a panel ruled in 2021 ... a second panel, in 2023": two rulings
        return "|separate" not in b.rule
    return a.status == b.status


def _bare_change_of(a: Event, b: Event) -> bool:
    """b pauses or lifts "the tariffs" with no terms of its own ("Trump agreed to hold off on
    the tariffs for 30 days"), or with terms that are a's ("suspended the 25 per cent
    surcharge"): a change of the standing measure a of the same parties reported before,
    not a measure of its own."""
    return (
        b.type in MEASURES
        and b.status in ("paused", "removed")
        and (b.rate_pct is None or b.rate_pct == a.rate_pct)
        and set(b.products) <= set(a.products)
        and (b.value is None or a.value is None or a.value == b.value)
        and not _historical(b)
        and a.type == b.type
        and a.initiator == b.initiator
        and a.target == b.target
        and a.status in _STANDING
        and not _historical(a)
        and a.char_start < b.char_start
        # the measures just named, not one from the story's other end
        and b.char_start - a.char_end <= 600
        # "will lift its counter-tariffs on goods that qualify under CUSMA", "lifts most of
        # its counter-tariffs, keeping ...": a part only
        and not _PART_ONLY.search(b.evidence)
        # a timeline's entry is a happening of its own day
        and not _ENTRY_HEAD.match(b.evidence)
    )


_BOTH_SETS = re.compile(
    r"\b[Bb]oth\s+(?:sets|rounds|packages|lists|sides'?|countries'?|governments'?)\s+(?:of\s+)?"
    r"(?:\w+\s+)?(?:tariffs|duties|surtaxes|measures|levies)\b"
)
_PART_ONLY = re.compile(
    r"\b(?:CUSMA|USMCA|NAFTA|qualif\w*|compliant|(?:most|some|part|many) of|keep\w*|except)\b"
)


_ABOUT_RATE = re.compile(
    r"\b(?:nearly|about|roughly|around|almost|approximately|some|close\s+to|just\s+(?:over|under))"
    r"\s+(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)",
    re.IGNORECASE,
)


def _rounded_rate(a: Event, b: Event) -> bool:
    """One of the two rates is the other rounded ("duties at nearly 18 per cent" after "a
    combined rate of 17.9 per cent"): the later mention says it is approximate."""
    assert a.rate_pct is not None and b.rate_pct is not None
    if abs(a.rate_pct - b.rate_pct) > 1:
        return False
    for e in (a, b):
        for m in _ABOUT_RATE.finditer(e.evidence):
            if float(m.group(1)) == e.rate_pct:
                return True
    return False


def merge_into(events: list[Event], ev: Event) -> Event:
    """Add ev, or fold it into an earlier mention of the same happening; returns the kept one."""
    changed = [old for old in events if _bare_change_of(old, ev)]
    # "the tariffs" are the measures named last: one sentence's group
    changed = [old for old in changed if old.char_start == changed[-1].char_start]
    if changed and _BOTH_SETS.search(ev.evidence):
        # "both sets of tariffs came off": the other side's measures end too, those named
        # last before (or near) the measures just changed
        near = changed[0].char_start
        mirror = replace(ev, initiator=ev.target, target=ev.initiator, char_start=near)
        other = [old for old in events if _bare_change_of(old, mirror)]
        changed += [old for old in other if old.char_start == other[-1].char_start]
    for old in changed:
        old.status = ev.status
        old.effective_date = ev.effective_date or old.effective_date
        old.rule += f"|status={ev.status}-folded"
    if changed:
        return changed[0]
    for old in events:
        if _compatible(old, ev):
            _fill(old, ev)
            # "Both sets of duties were lifted in May 2019": every past measure it ends
            for other in events:
                if other is not old and _same_parties(other, ev) and _past_measure_ended(other, ev):
                    _fill(other, ev)
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
    if old.effective_date is None or ("|date=in-weeks" in old.rule and new.effective_date):
        old.effective_date = new.effective_date
    if old.target == "WORLD" and new.target != "WORLD" and old.type in SYMMETRIC_TYPES:
        old.target = new.target
    if (
        old.type in MEASURES
        and new.target == "WORLD"
        and ("|parties=inferred-target" in old.rule or "|parties=weak-target" in old.rule)
    ):
        # "a separate American levy that battered copper producers" then "a 50 per cent
        # tariff on copper imports from all countries": the target guessed first was a guess
        old.target = "WORLD"
    if old.type in MEASURES and (_threat_withdrawn(old, new) or _past_measure_ended(old, new)):
        old.status = new.status
        old.effective_date = new.effective_date
        old.rule += f"|status={new.status}-later"
    if old.type == "trade_talks" and new.status == "resumed":
        old.status = "resumed"
    elif old.type == "trade_talks" and old.status == "ongoing" and new.status == "planned":
        # "after a productive call with Lutnick ... will meet him in Washington on Thursday":
        # the talks as the article leaves them are the meeting to come.
        old.status = "planned"
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
