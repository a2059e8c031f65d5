"""Who says "I": statements, transcript turns and attributed quotes (extract/speakers.py)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from pipeline.extract import extract
from pipeline.extract.people import PersonMention
from pipeline.extract.speakers import FIRST_PERSON, speakers
from pipeline.models import ArticleInput, Quote


def _person(text: str, name: str, code: str, role: str | None = "Premier") -> PersonMention:
    start = text.index(name)
    return PersonMention(start, start + len(name), name, role, code[:2], code, False, False)


def test_first_person_is_a_subject_i_not_a_numeral() -> None:
    assert [m.start() for m in FIRST_PERSON.finditer("I will go. World War I. I'll stay.")] == [
        0,
        24,
    ]


def test_a_statement_speaks_for_the_person_who_issued_it() -> None:
    text = (
        "Governor Phil Scott issued the following statement Friday:\n\n"
        '"I have invited Premier Legault to Montpelier."'
    )
    scott = _person(text, "Phil Scott", "US-VT", "Governor")
    found = speakers(text, [scott], [])
    assert found.at(text.index("I have")) == scott
    assert found.at(text.index("Governor")) is None


def test_a_transcript_label_names_the_speaker_of_its_turn() -> None:
    text = (
        "Minister Dominic LeBlanc took questions.\n\nREPORTER: What now?\n\n"
        "LEBLANC: I will meet Secretary Lutnick.\n\nREPORTER: Thanks."
    )
    leblanc = _person(text, "Dominic LeBlanc", "CA", "Minister")
    found = speakers(text, [leblanc], [])
    assert found.at(text.index("I will")) == leblanc
    assert found.at(text.index("What now")) is None  # the reporter's turn


def test_a_quote_speaks_for_its_speaker_and_a_private_person_speaks_for_no_one() -> None:
    text = '"If they escalate, I will act," said Premier Doug Ford. "I am out," said Jo Roe.'
    ford = _person(text, "Doug Ford", "CA-ON")
    roe = _person(text, "Jo Roe", "CA", None)
    quotes = [
        Quote("If they escalate, I will act,", "Doug Ford", "Premier", "CA", 1, 30),
        Quote("I am out,", "Jo Roe", None, "CA", text.index("I am"), text.index("I am") + 9),
    ]
    found = speakers(text, [ford, roe], quotes)
    assert found.at(text.index("I will")) == ford
    assert found.at(text.index("I am")) is None


def test_i_in_a_governors_statement_is_a_party_to_the_talks_it_plans() -> None:
    x = extract(
        ArticleInput(
            "t",
            "",
            "MONTPELIER, Vt. — Governor Phil Scott issued the following statement Friday after "
            'President Donald Trump set new tariffs on Canada:\n\n"That is why I have invited '
            "Premier François Legault to Montpelier on July 22 to talk about how our two "
            'governments can keep trade flowing."',
            datetime(2025, 7, 11, tzinfo=UTC),
        )
    )
    assert ("trade_talks", "planned", "US-VT", "CA-QC") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def test_i_who_will_not_hesitate_to_increase_a_surcharge_threatens_it() -> None:
    x = extract(
        ArticleInput(
            "t",
            "",
            'TORONTO — "President Trump\'s tariffs are hurting Ontario workers every day," said '
            'Premier Doug Ford. "If the United States escalates, I will not hesitate to increase '
            'the surcharge on electricity."',
            datetime(2025, 3, 10, tzinfo=UTC),
        )
    )
    assert ("nontariff_measure", "threatened", "CA-ON", "US") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def test_an_interview_answer_is_the_interviewee_named_in_the_introduction() -> None:
    text = (
        "Nova Scotia Premier Tim Houston has become one of the more outspoken premiers in the "
        "trade fight with Washington. We spoke with him this week.\n\n"
        "Q: Your government pulled American alcohol from NSLC shelves on March 4.\n\n"
        "A: We did, and it stays that way as long as the tariffs are on.\n\n"
        "Q: You've talked a lot about Maine.\n\n"
        "A: Maine is our neighbour. I'm going to Augusta next month to meet Governor Janet "
        "Mills, and trade is the main item."
    )
    x = extract(ArticleInput("t", "", text, datetime(2025, 5, 15, 13, 0, tzinfo=UTC)))
    assert ("trade_talks", "planned", "CA-NS", "US-ME") in [
        (e.type, e.status, e.initiator, e.target) for e in x.events
    ]


def _timed_lookups(n: int) -> float:
    unit = '"I will act," said Premier Doug Ford. '
    text = unit * n
    ford = [
        PersonMention(i, i + 9, "Doug Ford", "Premier", "CA", "CA-ON", False, False)
        for i in range(text.index("Doug"), len(text), len(unit))
    ]
    quotes = [
        Quote("I will act,", "Doug Ford", "Premier", "CA", i + 1, i + 12)
        for i in range(0, len(text), len(unit))
    ]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        found = speakers(text, ford, quotes)
        assert all(found.at(m.start()) is not None for m in FIRST_PERSON.finditer(text))
        best = min(best, time.process_time() - started)
    return best


def test_looking_up_every_i_is_linear() -> None:
    # 16 times the quotes and "I"s should cost about 16 times the time; rebuilding the span
    # index per lookup would cost about 256 times
    t_small, t_big = _timed_lookups(1_000), _timed_lookups(16_000)
    assert t_big < max(16 * t_small * 8, 1.0)
