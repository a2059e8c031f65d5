"""The worked example of shared/TAXONOMY.md must come out exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.models import ArticleInput, Person

TEXT = (
    "OTTAWA — Prime Minister Mark Carney and U.S. President Donald Trump spoke by phone on "
    "Friday morning, their first call since Carney replaced Justin Trudeau. "
    "The United States will impose a 25 per cent tariff on vehicles built outside the U.S. "
    "starting April 2, Trump said. "
    "Carney said Canada intends to respond with retaliatory tariffs. "
    "Trump and Carney agreed to meet after Canada's April 28 election. "
    "International Trade Minister Dominic LeBlanc and Commerce Secretary Howard Lutnick will "
    "step up their talks, the Prime Minister's Office said."
)
PUBLISHED = datetime(2025, 3, 28, 15, 0, tzinfo=UTC)


def _run():
    return extract(ArticleInput(id="worked", title="Carney, Trump talk", text=TEXT,
                                published=PUBLISHED))  # fmt: skip


def test_version_is_a_string() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_worked_example_events() -> None:
    x = _run()
    assert x.error is None
    assert x.relevant is True
    got = [
        (e.type, e.status, e.initiator, e.target, e.retaliatory, e.rate_pct, e.products,
         e.effective_date)
        for e in x.events
    ]  # fmt: skip
    assert got == [
        ("leader_contact", "held", "CA", "US", False, None, [], None),
        ("tariff", "announced", "US", "WORLD", False, 25, ["autos"], date(2025, 4, 2)),
        ("tariff", "announced", "CA", "US", True, None, [], None),
        ("leader_contact", "planned", "US", "CA", False, None, [], None),
        ("trade_talks", "ongoing", "CA", "US", False, None, [], None),
    ]


def test_worked_example_evidence_is_exact() -> None:
    x = _run()
    for e in x.events:
        assert TEXT[e.char_start : e.char_end] == e.evidence
        assert e.rule and 0 <= e.confidence <= 1
    assert x.events[1].evidence.startswith("The United States will impose")


def test_worked_example_people() -> None:
    x = _run()
    assert x.people == [
        Person("Mark Carney", "Prime Minister", "CA"),
        Person("Donald Trump", "President", "US"),
        Person("Justin Trudeau", "former Prime Minister", "CA"),
        Person("Dominic LeBlanc", "International Trade Minister", "CA"),
        Person("Howard Lutnick", "Secretary of Commerce", "US"),
    ]
