"""Status and modality: negation drops an event, hedges make it `threatened`, cue words
pick the status per type. Every function returns None when the event must be dropped."""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import Gazetteer

_CONTACT_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bno plans? to|\brefused to|\bdeclined to)\s+(?:\w+\s+){0,2}?"
    r"(?:meet|met|meeting|speak|spoken|speaking|talk|talked|talking|call|called|sit down)\b"
    r"|\b(?:(?:declined|refused)\s+to|would\s+not|wouldn't|did\s+not|didn't|could\s+not"
    r"|couldn't)\s+(?:say|confirm|comment on)\s+whether\b"
    # "no meeting is scheduled", "no call has been set", "no call with Carney was scheduled"
    r"|\bno\s+(?:\w+\s+){0,3}?(?:meeting|call|talks|summit)\b(?:\s+(?:with|between)\s[^,;]{0,80}?)?"
    r"\s+(?:is|was|has been|had been|are|were)?\s*"
    r"(?:scheduled|planned|set|expected|arranged|on the agenda|held|announced)\b"
    # "A call ... that some officials had hoped for before Friday did not take place"
    r"|\b(?:did|does|will|would)\s+not\s+(?:take\s+place|happen|go\s+ahead)\b",
    re.IGNORECASE,
)
_FURTHER_IF = re.compile(
    r"\bwith (?:more|further|higher|additional|new|even higher)\b[^,;.]{0,30}?\b(if|unless)\b"
)
# Reported speech shifts "will" to "would": "Trudeau said Canada would impose 25 per cent
# tariffs" reports a decision (eight of ten such labels in the writers' sets are
# `announced`); "would answer any such levy" is still a hypothetical.
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|added|pledged|promised|vowed|told\s+\w+)\b"
    r"[^.;,]{0,50}?\b(would)\s+(?:\w+\s+)?(?:(?:impose|apply|put|add|answer|hit|charge|respond"
    r"|slap|levy|match|introduce|implement|place|tax"
    # ... and of an end: "said Nova Scotia would return American alcohol to store shelves"
    r"|return|restock\w*|resume|rescind|halt|lift|remove|scrap|repeal|suspend|pause|exempt"
    # ... and of a delay: "said it would hold back its second round of counter-tariffs"
    r"|hold\s+(?:back|off)|delay|postpone|defer"
    # ... and of a ban: "told retailers the province would stop buying U.S. products"
    r"|stop|ban|pull|bar|exclude|delist"
    # ... and of a measure kept: "said Canada would keep its tariffs on American steel"
    r"|keep|maintain|retain"
    # ... and of the next step: "said legislation would follow to repeal it"
    r"|follow"
    # ... in the passive: "said collections scheduled for Monday would be halted"
    r"|be\s+(?:halted|lifted|removed|scrapped|repealed|rescinded|suspended|paused|dropped"
    r"|cancell?ed|stopped|ended)"
    r"|begin\s+(?:restocking|selling|stocking|buying))\b(?!\s+any\b)|(?:raise|increase|double|hike)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:tariffs?|duty|duties|rates?|levy)\b)"
)
# "announced it was rescinding the tax and would not collect the payments": the joined
# "would" reports the same decision.
_REPORTED_DOING_AND_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|added)\b[^.;]{0,40}?\b(?:was|were|is|are)\s+"
    r"\w+ing\b[^.;]{0,140}?\b(?:and|but)\s+"
    # "... and that the first payments, due Monday, would not be collected"
    r"(?:that\s+[^.;]{1,60}?\s)?(would)\s+(?:not\s+)?(?:be\s+)?(?:collect|impose|apply|charge"
    r"|levy|lift|remove|repeal|rescind|scrap|pause|suspend|exempt|return|keep|stop)\w*\b"
)
_AND_WOULD = re.compile(r"\b(?:and|but)\s+(?:that\s+(?:[\w'\u2019-]+\s+){1,8}?)?(would)\b")
CONDITIONAL_BEFORE = re.compile(
    # (a comma inside quotation marks ends no clause: 'if Canada does not drop other
    # "egregious, long-time" tariffs')
    r"\b(?:if|unless|until|whether|as long as)\b"
    r"(?:[^,;\"\u201c\u201d]|\"[^\"]{0,40}\"|\u201c[^\u201d]{0,40}\u201d){0,50}$",
    re.I,
)


# "goods that do not qualify under CUSMA": the negation belongs to a relative clause.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")


def negated(gaz: Gazetteer, clause: str) -> bool:
    """A negation cue outside a conditional ("if Canada does not act" is a condition) and
    outside a relative clause about the goods ("goods that do not comply")."""
    for m in gaz.lex["negation"].finditer(clause):
        if _NO_CHANGE_AFTER.match(clause, m.end()):
            continue  # "the meeting did not change the tariffs": they stand
        if _NOT_COVERED_AFTER.match(clause, m.end()) and _RELIEF_BEFORE.search(
            clause, max(0, m.start() - 40), m.start()
        ):
            continue  # "the exemption does not cover the steel tariffs": they apply
        before = clause[max(0, m.start() - 60) : m.start()]
        if not CONDITIONAL_BEFORE.search(before) and not _RELATIVE_BEFORE.search(before):
            return True
    return False


# "will not proceed with a second round of counter-tariffs while talks continue": on hold.
_HELD_OFF = re.compile(
    r"\b(?:not|n't)\s+(?:\w+\s+)?(?:proceed|go ahead)\s+(?:with|as\s+planned)\b[^.;]{0,150}?"
    r"\b(?:until|while|for now|pending|for the time being)\b",
    re.IGNORECASE,
)
_NOT_COVERED_AFTER = re.compile(r"\s+(?:cover|apply to|extend to|include)\b", re.IGNORECASE)
_RELIEF_BEFORE = re.compile(
    r"\b(?:exemption|exemptions|carve-?out|reprieve|pause|remission|relief|deal|agreement)\b"
    r"[^.;,]*$",
    re.IGNORECASE,
)
# A negated change leaves the measure in place: "did not produce any change to the
# tariffs", "a letter that does not alter the duties".
_NO_CHANGE_AFTER = re.compile(
    r"\s+(?:(?:produce|bring|make|mean|lead to|result in)\s+(?:any\s+|a\s+)?)?"
    r"(?:change|alter|affect|touch)\w*\b",
    re.IGNORECASE,
)


def hedged(gaz: Gazetteer, clause: str) -> bool:
    """A conditional or threat cue, ignoring reported-speech "would take effect"."""
    return bool(hedge_cues(gaz, clause))


def hedge_cues(gaz: Gazetteer, clause: str, end: int | None = None) -> list[str]:
    """The conditional and threat words of a clause (before `end`) that count as hedges."""
    # `end` filters positions, not the text: look-aheads still read what follows it
    stop = len(clause) if end is None else end
    cues = [m for m in gaz.lex["hedge"].finditer(clause) if m.start() < stop]
    if not cues:  # most clauses have none: then nothing needs to be ignored (speed)
        return []
    ignored = {m.start() for m in gaz.lex["reported_future"].finditer(clause)}
    ignored |= {m.start() for m in gaz.lex["hedge_ignore"].finditer(clause)}
    # "..., with more to come if Ottawa hits back": the condition is on a further step.
    ignored |= {m.start(1) for m in _FURTHER_IF.finditer(clause)}
    if "would" in clause:  # a substring test spares the scan in most clauses
        reported = {m.start(1) for m in _REPORTED_WOULD.finditer(clause)}
        if reported:
            # "said the government would rescind the tax and would not collect the
            # payments", "... and that legislation would follow": the joined "would" is the
            # same reported speech.
            first = min(reported)
            reported |= {m.start(1) for m in _AND_WOULD.finditer(clause, first)}
        reported |= {m.start(1) for m in _REPORTED_DOING_AND_WOULD.finditer(clause)}
        ignored |= reported
    return [m.group() for m in cues if m.start() not in ignored]


_CHANGE_RES: dict[int, re.Pattern[str]] = {}


def _changed(gaz: Gazetteer) -> re.Pattern[str]:
    """Any of the removed / paused / reduced / exempted cues (one pattern per gazetteer)."""
    found = _CHANGE_RES.get(id(gaz))
    if found is None:
        keys = ("removed", "paused", "reduced", "exempted")
        found = re.compile("|".join(f"(?:{gaz.lex[k].pattern})" for k in keys))
        _CHANGE_RES[id(gaz)] = found
    return found


def _has(gaz: Gazetteer, key: str, clause: str) -> bool:
    return bool(gaz.lex[key].search(clause))


def _has_before(gaz: Gazetteer, key: str, clause: str, end: int | None) -> bool:
    """A cue of `key` starting before `end` (look-aheads still read the whole clause)."""
    if end is None:
        return _has(gaz, key, clause)
    return any(m.start() < end for m in gaz.lex[key].finditer(clause))


# A change wanted or waited for is not a change: "will stay until the duties are lifted",
# "wants the tariff lifted", "pressing for the removal of".
_WANTED_BEFORE = re.compile(
    # ("Canada's goal remained the removal of all U.S. tariffs": an aim, no change made)
    r"\b(?:until|till|unless|wants?|wanted|calls? for|called for|urg\w+|demand\w*|seek\w*"
    r"|goal|aim|objective|priority|focus|hopes?|hoped|hoping"
    r"|ask\w* for|lobb\w+ for|push\w* for|press\w*(?: \w+){0,3} for"
    # "will follow in 21 days if the U.S. tariffs are not lifted": "unless" in other words
    r"|if\b(?:[^.;]|(?<=\b[A-Z])\.){0,60}?(?:\bnot|n't))\b"
    r"(?:[^.;]|(?<=\b[A-Z])\.){0,110}$",  # "U.S." does not end the clause
    re.IGNORECASE,
)


_EXEMPTION_DENIED = re.compile(
    r"\bexemptions?\b[^.;]{0,30}?\b(?:does|do|did|will|would|can)(?:\s+not|n't)\s+"
    r"(?:shield|cover|apply|protect|spare|help|extend|reach)\b"
    # "the copper tariff is a separate measure and does not have the same exemption"
    r"|\b(?:does|do|did|will|would)(?:\s+not|n't)\s+(?:have|get|enjoy|receive)\s+(?:the\s+|that\s+|an?\s+)?"
    r"(?:same\s+)?exemption"
)
_LIFTED_TO = re.compile(
    r"\blift(?:s|ed|ing)?\b[^.;]{0,90}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?\d"
)
_NO_RULING = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:ruling|decision|court|panel|judge)s?\b"
    # "remains in force pending the Supreme Court's decision": the ruling is still to come
    r"|\bpending\s+(?:the\s+|a\s+)?(?:[\w'\u2019.-]+\s+){0,3}(?:decision|ruling|judgment)\b"
    # "The panel's decision on the second complaint is not expected before the autumn"
    r"|\b(?:decision|ruling|judgment)\b[^.;]{0,60}?\b(?:is|was|are)\s+not\s+(?:expected|due|likely)\b"
)
# A ruling still to come is no ruling (the case may stand at an earlier stage): "a WTO ruling
# could take years", "a ruling, if one ever comes, is years away", "nobody expects a ruling
# before the winter".
_RULING_AHEAD = re.compile(
    r"\b(?:decision|ruling|judgment)\s+(?:could|would|may|might|will|can)\s+take\b"
    r"|\b(?:decision|ruling|judgment)\b[^.;]{0,40}?\b(?:years|months|weeks)\s+away\b"
    r"|\bexpects?\s+(?:a|any)\s+(?:decision|ruling|judgment)\b"
)
_NOT_HAPPENING = re.compile(
    r"\b(?:is|are|was|were)(?: not|n't) (?:happening|going ahead|taking effect"
    r"|coming into (?:force|effect)|being (?:imposed|applied|collected))\b"
    # "No U.S. countermeasures have been announced"
    r"|\bno\s+(?:[\w.'\u2019-]+\s+){0,3}(?:counter-?measures|counter-?tariffs|tariffs|duties"
    r"|retaliation)\s+(?:have|has|had)\s+(?:yet\s+)?been\s+(?:announced|imposed|applied|taken"
    r"|introduced|ordered)\b"
    # a counterfactual: "so it would have paid the full 25 per cent", "Suppose Canada had
    # responded with an export tax", "what it would cost without the duties"
    r"|\bwould\s+have\s+(?:paid|faced|been\s+(?:charged|hit|taxed)|cost)\b"
    # 'retaliation "is not the plan at this stage"', "counter-tariffs are not on the table"
    r"|\b(?:is|are)(?:\s+not|n't)\s+(?:the\s+plan|planned|on\s+the\s+table|being\s+(?:considered|contemplated))\b"
    r"|^\W*(?:suppose|imagine|what\s+if)\b|\bwithout\s+the\s+(?:duties|tariffs?|levy|levies)\b"
    # a goal, not a change: "talking with Washington every day to get the steel duties lifted"
    r"|\bto\s+(?:get|have|see)\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+|all\s+)?"
    r"(?:[\w.-]+\s+){0,4}?(?:tariffs?|duties|surtax\w*|levies|counter-?tariffs?)\s+"
    r"(?:lifted|removed|dropped|eliminated|rescinded|scrapped|cut|reduced|waived)\b"
)
# A measure set to come that will not: "said Canada would not proceed with its
# countermeasures on $3.6 billion of U.S. aluminum, which were to have taken effect today"
_NOT_PROCEEDING = re.compile(
    r"\b(?:(?:would|will|is|was)\s+not|(?:decision|decided|decides|chose)\s+not\s+to)\s+"
    r"(?:proceed|go\s+ahead|follow\s+through)\s+with\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+|an\s+)?(?:[\w$.-]+\s+){0,4}\S+$"
)
_UNTIL = re.compile(r"\b(?:until|till|while|before)\b")
_PLAN_WITHDRAWN = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|dropped|abandoned|scrapped|shelved|called\s+off)\s+"
    r"(?:the|his|her|its|their|that|this)\s+(?:plan|threat|idea|proposal)\b"
)
# A decision that leaves a measure alone: the measure stands.
_UNAFFECTED = re.compile(
    r"\b(?:does|do|did|will|would)(?: not|n't) (?:touch|affect|cover|change|alter|apply to"
    r"|extend to|reach)\b[^.;]{0,60}$"
)


def _real_change(gaz: Gazetteer, status: str, clause: str) -> bool:
    for m in gaz.lex[status].finditer(clause):
        # The cue can sit inside the match: "tariffs will stay until ... are lifted".
        if not _WANTED_BEFORE.search(clause, max(0, m.start() - 90), m.end()):
            return True
    return False


# A measure on a timetable: a way out ("unless trade deals intervene") does not make it a
# threat.
_SCHEDULED = re.compile(
    r"\b(?:scheduled|set|due|slated) to\b|\b(?:rises?|climbs?|increases?|goes up|takes effect"
    # "rises to 50 per cent on the same date"
    r"|kicks in|starts?|begins?) (?:to (?:\S+ ){1,3}?)?(?:on|as of|from) \w"
    # "On the same date the rate on cabinets rises to 50 percent"
    r"|\b[Oo]n (?:the same (?:date|day)|\w+\.? \d{1,2})\b[^.;]{0,60}?\b(?:rises?|climbs?|increases?"
    r"|goes up)\b"
)


_IN_FORCE_STATED = re.compile(
    r"\b(?:in (?:force|effect|place) since"
    r"|(?:stays?|remains?|staying|remaining) in (?:force|effect|place)"
    r"|already (?:pays?|paying|faces?|facing|in (?:force|effect))"
    # "The higher tariff did take effect on August 1, but ...", "has applied since", "are
    # still in place, and officials would not say whether ..."
    r"|(?:took|did take) effect|came into (?:force|effect)|ha(?:s|ve) applied since"
    r"|(?:is|are) (?:still )?in place|(?:currently )?stands? at)\b",
    re.IGNORECASE,
)


_MODAL_WORD = re.compile(r"\b(?:would|could|will|may|might|if|unless|should)\b", re.IGNORECASE)


def _stated_in_force(clause: str, first_cue: str) -> bool:
    """The clause says the measure is in force before its first hedge or modal word ("would
    charge 35 percent, up from the 25 percent in place since March" is a threat)."""
    found = _IN_FORCE_STATED.search(clause)
    if found is None:
        return False
    modal = _MODAL_WORD.search(clause)
    return found.start() < min(clause.find(first_cue), modal.start() if modal else len(clause))


def _threats_only(cues: list[str]) -> bool:
    """Whether every hedge is a threat word ("threatened", "warned"), not a condition
    ("could", "if")."""
    return all(c.startswith(("threat", "warn")) for c in cues)


# A trailing contrast clause: "..., while qualifying goods enter duty-free".
CONTRAST_CLAUSE = re.compile(r",\s+(?:while|though|although|whereas)\s")


# "has charged 35 per cent on Canadian goods, but products that qualify ... are exempt": the
# carve-out is a second happening, told in its own clause
_BUT_QUALIFYING = re.compile(
    r",\s+but\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:qualify|meet|comply)\b"
)


def _exemption_aside(gaz: Gazetteer, clause: str) -> bool:
    """The only exemption cue sits in a trailing 'while/though' clause (or a 'but' clause
    about the goods that qualify)."""
    contrast = CONTRAST_CLAUSE.search(clause) or _BUT_QUALIFYING.search(clause)
    if contrast is None:
        return False
    first = gaz.lex["exempted"].search(clause)
    return first is not None and first.start() > contrast.start()


_BUT = re.compile(r",?\s+(?:but|although|though)\b")


def _hedge_after_but(gaz: Gazetteer, status: str, clause: str) -> bool:
    """Whether every hedge of the clause follows a "but" that follows the change cue."""
    cue = gaz.lex[status].search(clause)
    if cue is None:
        return False
    but = _BUT.search(clause, cue.end())
    return but is not None and not hedge_cues(gaz, clause, but.start())


def measure_status(
    gaz: Gazetteer,
    clause: str,
    pre: str,
    old_rate: float | None,
    new_rate: float | None,
    hedge_end: int | None = None,
    cue_end: int | None = None,
) -> tuple[str | None, str]:
    """(status, cue name) of a tariff or non-tariff measure; status None means drop.

    `pre` is the text just before the trigger: a negation must be there to drop the event
    ("did not impose tariffs"), while "the tariffs will not be lifted" keeps it in effect.
    Hedges count only before `hedge_end` (what follows comments on the measure), and
    in-effect and announced cues only before `cue_end` (what follows is another measure's).
    """
    if _UNAFFECTED.search(pre):
        return "in_effect", "unaffected"  # "the ruling does not touch the steel duties"
    if _HELD_OFF.search(clause):
        return "paused", "held-off"  # read before any negation or removal cue
    cues = hedge_cues(gaz, clause, hedge_end)
    if cues and all(c == "unless" for c in cues) and _SCHEDULED.search(clause):
        cues = []  # "rates are scheduled to climb on Jan. 1, unless the White House ..."
    hedge = bool(cues)
    removal = gaz.lex["removed"].search(clause)
    if removal and negated(gaz, clause[max(0, removal.start() - 40) : removal.end()]):
        return "in_effect", "negated-removal"  # "the tariffs will not be lifted"
    if _NOT_PROCEEDING.search(pre) and not _UNTIL.search(clause):
        return "removed", "not-proceeding"  # "would not proceed with its countermeasures"
    if negated(gaz, pre) or _NOT_HAPPENING.search(clause):
        return None, "negated"  # "did not impose"; "the duties are not happening tomorrow"
    if old_rate is not None and new_rate is not None and new_rate < old_rate and not hedge:
        return "reduced", "rate-down"
    # One search for the four change cues; most clauses have none.
    changes = _changed(gaz).search(clause) is not None
    for status in ("removed", "paused", "reduced", "exempted") if changes else ():
        if not _has(gaz, status, clause) or not _real_change(gaz, status, clause):
            continue
        if status == "removed" and _LIFTED_TO.search(clause):
            continue  # "lifts the combined rate to about 35 per cent": a raise
        if status == "exempted" and (
            _has(gaz, "exemption_removed", clause) or _EXEMPTION_DENIED.search(clause)
        ):
            # "eliminating exemptions", "not CUSMA-compliant", "because the CUSMA exemption
            # doesn't shield them"
            continue
        if status == "exempted" and _exemption_aside(gaz, clause):
            continue  # "charges 35 per cent on goods ..., while goods that meet the rules cross
            # duty-free": the carve-out is an aside to the measure, which stands
        if hedge and status == "removed" and _PLAN_WITHDRAWN.search(clause):
            # "said the tariff would rise to 50 per cent, but withdrew the plan the same day":
            # the plan is what the "would" told, and it is gone
            return "removed", "plan-withdrawn"
        if hedge and status in ("removed", "paused") and _threats_only(cues):
            # "the threat to double the tariff was called off": the threat ended
            return status, f"threat-{status}"
        if hedge and status in ("removed", "paused") and _hedge_after_but(gaz, status, clause):
            # "would pause its plan ..., but warned that the measures could return": the
            # change stands; the hedge is about what may come after it
            return status, f"{status}-but-hedge"
        # "could lift the tariffs": no removal yet, the measure is still there.
        return ("in_effect", f"hedged-{status}") if hedge else (status, status)
    if hedge and _stated_in_force(clause, cues[0]):
        # "the 25 per cent tariffs, in force since March 12, would hurt buyers": the
        # measure stands; the hedge is about its effects.
        return "in_effect", "stated-in-force"
    if hedge:
        return "threatened", "hedge"
    # "will impose tariffs ..., in answer to the American tariffs that took effect": the
    # cues of the other measure's clause are not this one's.
    if _has_before(gaz, "in_effect", clause, cue_end):
        return "in_effect", "in_effect"
    if _has_before(gaz, "announced", clause, cue_end):
        return "announced", "announced"
    if _has_before(gaz, "in_effect_weak", clause, cue_end):
        return "in_effect", "in_effect"
    # No cue at all: a measure mentioned as a fact ("U.S. tariffs on Canadian steel").
    return "in_effect", "default"


# Talks that have not resumed are still suspended: "talks have not resumed since Trump broke
# them off", "are yet to restart".
# "talks between Ottawa and Washington on a metals arrangement remain suspended"
_REMAIN_SUSPENDED = re.compile(
    r"\b(?:talks|negotiations?|discussions)\b[^.;]{0,80}?\b(?:remain|remains|remained|stay|stays"
    r"|stayed)\s+(?:suspended|frozen|stalled|on\s+hold|paused|off)\b"
)
_NOT_RESUMED = re.compile(
    r"\b(?:not|n't|never|yet to)\s+(?:\w+\s+)?(?:resum|restart|reopen)\w*|\bno sign of (?:the )?"
    r"(?:talks|negotiations) resuming\b"
)


# What is suspended is a measure, not talks: "agreed to suspend, effective immediately, the
# 25 per cent surcharge", "had suspended it after a call".
_MEASURE_OBJECT = re.compile(
    r"[\s,]+(?:it\b|(?:(?!talks\b|negotiations\b|discussions\b|and\b|but\b|while\b)"
    r"[\w$%.'\u2019-]+[\s,]+){0,6}?"
    r"(?:counter-?)?(?:tariffs?|duties|duty|surcharges?|surtax\w*|levy|levies|bans?|exports?"
    r"|shipments?|sales|purchases|countermeasures)\b)"
)
# ... or named before a passive: "the tariffs would be paused for 30 days".
_MEASURE_SUBJECT = re.compile(
    r"\b(?:counter-?)?(?:tariffs?|duties|duty|surcharges?|surtax\w*|levy|levies|bans?)\s+"
    r"(?:\w+\s+){1,3}$"
)
# "stood ready to return to the table", "hopes to resume talks": a willingness, no restart.
_WILLING_BEFORE = re.compile(
    r"\b(?:ready|willing|prepared|open|eager|hopes?|hoped|hoping|wants?|wanted)\s+to\s+$"
)


def _talks_cue(gaz: Gazetteer, key: str, clause: str, after: str = "") -> bool:
    """A cue of `key` in clause whose object is no measure; the object may run on into
    `after`, the text that follows the clause."""
    full = clause + after
    return any(
        not _MEASURE_OBJECT.match(full, m.end())
        and not _MEASURE_SUBJECT.search(clause, max(0, m.start() - 40), m.start())
        and not _WILLING_BEFORE.search(clause, max(0, m.start() - 20), m.start())
        for m in gaz.lex[key].finditer(clause)
    )


_NO_TALKS = re.compile(r"\bno\s+(?:formal\s+|official\s+|new\s+|real\s+)?(?:talks|negotiations)\b")


def talks_status(gaz: Gazetteer, clause: str, after: str = "") -> str | None:
    """Status of the talks a clause reports; `after` is the text that follows it, read
    only for what a cue governs ("agreed to suspend, effective immediately, the
    surcharge")."""
    if _NOT_RESUMED.search(clause) or _REMAIN_SUSPENDED.search(clause + after):
        return "suspended"
    if _NO_TALKS.search(clause):
        return None  # "but no formal talks are under way"
    suspended = _talks_cue(gaz, "talks_suspended", clause, after)
    if negated(gaz, clause) and not suspended:
        return None
    if _talks_cue(gaz, "talks_resumed", clause, after):
        return "resumed"
    if suspended:
        return "suspended"
    if _has(gaz, "talks_ongoing", clause):
        return "ongoing"
    if _has(gaz, "talks_planned", clause):
        return "planned"
    return "ongoing"


_BUT_AND = re.compile(r"\b(?:but|and)\b")


def contact_statuses(gaz: Gazetteer, clause: str) -> list[str]:
    """A sentence can report a call held and a meeting planned: both are returned."""
    negated = _CONTACT_NEGATED.search(clause)
    if negated:
        held = gaz.lex["contact_held"].search(clause, 0, negated.start())
        if held is not None and _BUT_AND.search(clause, held.end(), negated.start()):
            # "when the two spoke at a dinner last week, but no new round of talks has been
            # scheduled": the contact told before the "but" was held
            return ["held"]
        # "had not spoken to Trump since the inauguration and expected to talk to him on
        # Monday": the call to come is planned.
        later = gaz.lex["contact_planned"].search(clause, negated.end())
        if later is None or _CONTACT_NEGATED.search(clause, negated.end()):
            return []  # "have not spoken since, and no call is scheduled"
        return ["planned"] if _BUT_AND.search(clause, negated.end(), later.start()) else []
    out = []
    if _has(gaz, "contact_held", clause):
        out.append("held")
    if _has(gaz, "contact_planned", clause) or (hedged(gaz, clause) and not out):
        out.append("planned")
    return out or ["held"]


# "reached an agreement in principle under which steel would enter at a lower rate": the
# deal's terms follow; their "would" is no hedge on the deal.
_TERMS = re.compile(r"\b(?:under which|whereby)\b")


_STILL_TO_COME = re.compile(
    r"\b(?:still|yet)\s+to\s+be\s+(?:struck|reached|signed|finali[sz]ed|concluded|agreed)\b"
    r"|\bha(?:s|ve)\s+yet\s+to\s+(?:be\s+)?(?:strike|struck|reach|sign|finali[sz]e|conclude)\w*"
    # "The agreement still has to be signed and ratified", "must still be signed"
    r"|\b(?:has|have|needs?)\s+to\s+be\s+(?:signed|ratified|finali[sz]ed)\b"
    r"|\bmust\s+(?:still\s+)?be\s+(?:signed|ratified)\b"
    # "Until the new agreement is signed and ratified, NAFTA continues to apply"
    r"|\buntil\s+(?:the\s+|a\s+|it\s+)?(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:formally\s+)?(?:signed|ratified)\b"
)


def agreement_status(gaz: Gazetteer, clause: str) -> str | None:
    """Bare mentions ("under CUSMA") have no status cue and are not events."""
    if _STILL_TO_COME.search(clause):
        return None  # "the final economic deal was still to be struck"
    terms = _TERMS.search(clause)
    own = clause[: terms.start()] if terms else clause
    neg = negated(gaz, own)
    hedge = hedged(gaz, own)
    if _has(gaz, "agreement_terminated", clause) and not (neg or hedge):
        return "terminated"  # "will expire in 2036 unless ..." is no end: read on
    if _has(gaz, "agreement_signed", clause) and not (neg or hedge):
        return "signed"
    review = gaz.lex["agreement_under_review"].search(clause)
    if review and not negated(gaz, clause[: review.end()]):
        return "under_review"  # "under annual review rather than renewed": not negated
    if _has(gaz, "agreement_reached", clause) and not (neg or hedge):
        return "reached"
    if _has(gaz, "agreement_proposed", clause) and not neg:
        return "proposed"
    return None


DISPUTE_ORDER = ("filed", "ruled", "appealed", "settled")
# The ruling a new case is brought against is no ruling in it: "filed a challenge against
# the Commerce Department's latest softwood lumber ruling".
_RULING_CHALLENGED = re.compile(
    r"\b(?:against|contesting|challenging)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019.-]+\s+){0,6}?"
    r"(?:ruling|decision|determination)\b"
)


def dispute_status(gaz: Gazetteer, clause: str) -> str | None:
    """Latest stage reported; an intent to file is not yet an event."""
    if _NO_RULING.search(clause):
        return None  # "no court ruling has changed that"
    intent = _has(gaz, "dispute_intent", clause)
    for status in ("settled", "appealed", "ruled"):
        if status == "settled" and negated(gaz, clause):
            continue  # "a ruling would not by itself settle the dispute"
        if status == "ruled" and _RULING_AHEAD.search(clause):
            continue
        if status == "ruled" and _RULING_CHALLENGED.search(clause):
            clause_ruled = _RULING_CHALLENGED.sub(" ", clause)
            if not _has(gaz, "dispute_ruled", clause_ruled):
                continue
        if _has(gaz, f"dispute_{status}", clause) and not (
            intent and not _has(gaz, f"dispute_{status}_strong", clause)
        ):
            return status
    if intent:
        return None
    filed = gaz.lex["dispute_filed"].search(clause)
    # "the complaint was filed last year and has not advanced": a negation after the filing
    # is about what followed it
    if filed and not negated(gaz, clause[: filed.end()]):
        return "filed"
    return None
