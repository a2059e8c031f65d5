"""Who says "I": the speaker of a quote, of a statement or of a transcript's turn.

A governor's statement ("I have invited Premier Legault to Montpelier"), a premier's
remarks ("I will not hesitate to cut the power off") and a minister's answer in a
transcript ("Premier Ford and I will meet Secretary Lutnick tomorrow") name their actor
only as "I". `speaker_spans` maps stretches of text to the person speaking there, from:

* attributed quotes (`find_quotes`): the quote's speaker;
* "X issued the following statement": X, from there to the next speaker label;
* transcript speaker labels at the start of a line ("LEBLANC:", "PREMIER DOUG FORD:",
  "Right Hon. Mark Carney (Prime Minister, Lib.):"): that person, to the next label.

Only persons who can act (office-holders, not private persons quoted by the story) speak
for a government. Pure functions of the text and the person mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.people import PersonMention
from pipeline.models import Quote

# "I" as a subject: followed by a word in lower case or a contraction ("I'll", "I've"); not
# the numeral ending "World War I." (a numeral before a lower-case word, "Phase I trials",
# still matches, and counts only inside a speaker's span)
FIRST_PERSON = re.compile(r"\bI(?=\s+[a-z]|['\u2019](?:ll|ve|m|d)\b)")

_STATEMENT = re.compile(
    r"\b(?:issued|released|made|gave|delivered)\s+the\s+following\s+(?:statement|remarks)"
    r"|\bsaid\s+in\s+a\s+statement\s*:"
)
# A turn's label at the start of a line: "LEBLANC:", "PREMIER DOUG FORD:", "Right Hon. Mark
# Carney (Prime Minister, Lib.):", "Hon. Dominic LeBlanc:"; an interview's "Q:" and "A:".
_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<label>(?:(?:Right[ ]+)?Hon\.[ ]+|Mr\.[ ]+|Ms\.[ ]+)?"
    r"[A-Z][\w.'\u2019 -]{1,60}?|[QA])(?:[ ]*\([^)\n]{0,80}\))?:[ ]"
)


@dataclass(frozen=True, slots=True)
class SpeakerSpan:
    start: int
    end: int
    person: PersonMention


class Speakers:
    """Quotes (narrow) and turns or a statement (wide), each sorted by start and not
    overlapping among themselves; a quote wins over the turn around it."""

    __slots__ = ("_quote_starts", "_quotes", "_turn_starts", "_turns")

    def __init__(
        self, quotes: Sequence[SpeakerSpan] = (), turns: Sequence[SpeakerSpan] = ()
    ) -> None:
        self._quotes, self._turns = tuple(quotes), tuple(turns)
        # looked up by bisection for every "I" of the text: built once
        self._quote_starts = [span.start for span in self._quotes]
        self._turn_starts = [span.start for span in self._turns]

    def __bool__(self) -> bool:
        return bool(self._quotes or self._turns)

    def at(self, pos: int) -> PersonMention | None:
        """The person speaking at `pos`, if any."""
        for spans, starts in ((self._quotes, self._quote_starts), (self._turns, self._turn_starts)):
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos < spans[i].end:
                return spans[i].person
        return None


# Offices that speak for a government (not "Montana rancher Wade Bjornstad").
_OFFICE = re.compile(
    r"\b(?:[Pp]rime [Mm]inister|[Pp]remier|[Gg]overnor|[Mm]inister|[Pp]resident|[Ss]ecretary"
    r"|[Aa]mbassador|[Ss]enator|[Mm]ayor|[Rr]epresentative|[Cc]hancellor|[Ll]eader)\b"
)


def _holds_office(p: PersonMention) -> bool:
    return p.known or p.leader or bool(p.role and _OFFICE.search(p.role))


def speakers(text: str, people: Sequence[PersonMention], quotes: Sequence[Quote]) -> Speakers:
    """Who speaks where: attributed quotes, transcript turns and a statement's text."""
    acting = [p for p in people if p.acts and (p.code or p.country) and _holds_office(p)]
    by_name = {p.name: p for p in reversed(acting)}  # the first mention of each name
    quoted = sorted(
        (
            SpeakerSpan(q.char_start, q.char_end, by_name[q.speaker])
            for q in quotes
            if q.speaker in by_name
        ),
        key=lambda span: span.start,
    )
    turns = _turns(text, acting)
    statement = _STATEMENT.search(text)
    if statement is not None:
        before = [p for p in acting if statement.start() - 200 <= p.end <= statement.start()]
        first_turn = next((t.start for t in turns if t.start > statement.end()), len(text))
        if before:
            opening = SpeakerSpan(statement.end(), first_turn, before[-1])
            turns = (
                [t for t in turns if t.start < statement.start()]
                + [opening]
                + [t for t in turns if t.start >= first_turn]
            )
    return Speakers(quoted, turns)


def _turns(text: str, people: Sequence[PersonMention]) -> list[SpeakerSpan]:
    """A transcript's turns: each label's person, to the next label."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2:  # one "Note:" line makes no transcript
        return []
    starts = [p.start for p in people]
    surnames = {p.name.split()[-1].lower(): p for p in reversed(people)}
    # A Q&A interview: "A:" is the person the introduction names before the first question
    tags = {m.group("label").strip() for m in labels}
    intro = [p for p in people if p.end <= labels[0].start()]
    interviewee = intro[0] if {"Q", "A"} <= tags and intro else None
    out = []
    for i, m in enumerate(labels):
        who = _label_person(m, people, starts, surnames)
        if who is None and interviewee is not None and m.group("label").strip() == "A":
            who = interviewee
        if who is not None:
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            out.append(SpeakerSpan(m.end(), end, who))
    return out


def _label_person(
    m: re.Match[str],
    people: Sequence[PersonMention],
    starts: list[int],
    surnames: dict[str, PersonMention],
) -> PersonMention | None:
    """The person a label names: a mention inside it, else one whose surname it is
    ("LEBLANC:")."""
    i = bisect_right(starts, m.start("label") - 1)
    if i < len(people) and people[i].end <= m.end("label"):
        return people[i]
    words = m.group("label").split()
    return surnames.get(words[-1].strip(".").lower()) if words else None
