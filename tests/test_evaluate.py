"""Tests of the scorer (pipeline.evaluate) and of the development set itself."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluate import (
    GoldArticle,
    GoldEvent,
    GoldFormatError,
    GoldPerson,
    format_report,
    jaccard,
    last_name_key,
    load_gold,
    match_events,
    parties_match,
    score,
)
from pipeline.models import EVENT_TYPES, PRODUCTS

GOLD_PATH = Path(__file__).parent / "devset" / "gold.jsonl"
TEXT = "Some article text about trade."


def gev(
    etype: str = "tariff",
    status: str = "announced",
    initiator: str = "US",
    target: str = "CA",
    *,
    retaliatory: bool = False,
    rate: float | None = None,
    products: tuple[str, ...] = (),
    eff: str | None = None,
) -> GoldEvent:
    return GoldEvent(
        type=etype,
        status=status,
        initiator=initiator,
        target=target,
        retaliatory=retaliatory,
        rate_pct=rate,
        value=None,
        products=products,
        effective_date=date.fromisoformat(eff) if eff else None,
        evidence="Some article text",
        char_start=0,
        char_end=17,
    )


def pev(
    etype: str = "tariff",
    status: str = "announced",
    initiator: str = "US",
    target: str = "CA",
    **kw: Any,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": etype,
        "status": status,
        "initiator": initiator,
        "target": target,
        "retaliatory": False,
        "rate_pct": None,
        "products": [],
        "effective_date": None,
        "evidence": "Some article text",
        "char_start": 0,
        "char_end": 17,
    }
    d.update(kw)
    return d


def gart(
    aid: str,
    events: tuple[GoldEvent, ...] = (),
    people: tuple[GoldPerson, ...] = (),
    relevant: bool | None = None,
) -> GoldArticle:
    return GoldArticle(
        id=aid,
        outlet="Test Wire",
        title="t",
        published=datetime(2025, 3, 28, 12, tzinfo=UTC),
        text=TEXT,
        relevant=bool(events) if relevant is None else relevant,
        events=events,
        people=people,
    )


def pred(aid: str, events: list[dict[str, Any]], people: list[dict[str, Any]] | None = None):
    return {"id": aid, "relevant": bool(events), "events": events, "people": people or []}


# ------------------------------------------------------------------ party matching


def test_symmetric_types_match_unordered_directed_types_do_not() -> None:
    gold = [gart("a", (gev("leader_contact", "held", "CA", "US"),))]
    report = score(gold, {"a": pred("a", [pev("leader_contact", "held", "US", "CA")])})
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)

    gold = [gart("a", (gev("tariff", "announced", "CA", "US"),))]
    report = score(gold, {"a": pred("a", [pev("tariff", "announced", "US", "CA")])})
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)
    assert report.events.precision == 0.0
    assert report.events.f1 == 0.0


def test_world_equals_the_other_party() -> None:
    assert parties_match("tariff", ("US", "WORLD"), ("US", "CA"))
    assert parties_match("tariff", ("US", "CA"), ("US", "WORLD"))
    assert parties_match("tariff", ("US", "WORLD"), ("US", "WORLD"))
    # WORLD never stands for the initiator itself, and initiators must agree.
    assert not parties_match("tariff", ("US", "WORLD"), ("US", "US"))
    assert not parties_match("tariff", ("US", "CA"), ("CA", "WORLD"))
    assert not parties_match("tariff", ("US", "CA"), ("WORLD", "CA"))
    # Symmetric types: unordered, with WORLD in either slot.
    assert parties_match("trade_talks", ("CA", "US"), ("US", "WORLD"))
    assert parties_match("trade_talks", ("CA", "US"), ("WORLD", "US"))
    assert parties_match("trade_agreement", ("CA-ON", "US"), ("US", "CA-ON"))
    assert not parties_match("trade_talks", ("CA-ON", "US"), ("CA", "US"))
    # Codes are compared case-insensitively.
    assert parties_match("tariff", ("US", "CA"), ("us", "ca"))

    gold = [gart("a", (gev("tariff", "announced", "US", "WORLD", rate=25),))]
    report = score(gold, {"a": pred("a", [pev("tariff", "announced", "US", "CA", rate_pct=25)])})
    assert report.events.tp == 1
    assert report.attributes.accuracy("rate_pct") == 1.0


def test_type_must_agree() -> None:
    gold = [gart("a", (gev("tariff", "announced", "US", "CA"),))]
    p = pred("a", [pev("nontariff_measure", "announced", "US", "CA")])
    report = score(gold, {"a": p})
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)
    assert report.events_by_type["tariff"].fn == 1
    assert report.events_by_type["nontariff_measure"].fp == 1


# ------------------------------------------------------------------ assignment


def test_each_gold_event_matches_at_most_once() -> None:
    gold = [gart("a", (gev(rate=25),))]
    report = score(gold, {"a": pred("a", [pev(rate_pct=25), pev(rate_pct=25)])})
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 0)
    assert report.events.precision == 0.5
    assert report.events.recall == 1.0
    assert report.events.f1 == pytest.approx(2 / 3)
    assert report.attributes.pairs == 1


def test_prefers_the_candidate_that_agrees_on_most_attributes() -> None:
    gold = [gart("a", (gev(status="announced", rate=25, products=("autos",)),))]
    worse = pev(status="threatened", rate_pct=10, products=["steel"])
    better = pev(status="announced", rate_pct=25, products=["autos"])
    report = score(gold, {"a": pred("a", [worse, better])})
    assert report.events.tp == 1
    assert report.per_article[0].matches[0].pred_index == 1
    assert report.attributes.accuracy("status") == 1.0
    assert report.attributes.accuracy("rate_pct") == 1.0
    assert report.attributes.accuracy("products") == 1.0


def test_assignment_pairs_each_gold_with_its_best_candidate() -> None:
    g_autos = gev(status="announced", rate=25, products=("autos",), eff="2025-04-02")
    g_energy = gev(status="in_effect", rate=10, products=("energy",))
    p_energy = pev(status="in_effect", rate_pct=10, products=["energy"])
    p_autos = pev(status="announced", rate_pct=25, products=["autos"], effective_date="2025-04-02")
    report = score([gart("a", (g_autos, g_energy))], {"a": pred("a", [p_energy, p_autos])})
    assert report.events.tp == 2
    pairs = {(m.gold_index, m.pred_index) for m in report.per_article[0].matches}
    assert pairs == {(0, 1), (1, 0)}
    for attribute in ("status", "retaliatory", "rate_pct", "effective_date", "products"):
        assert report.attributes.accuracy(attribute) == 1.0


def test_optimal_assignment_maximises_matches_before_agreement() -> None:
    # p0 fits both gold events and agrees fully with g0; p1 only fits g0 (WORLD vs MX).
    # A greedy pass would give p0 to g0 and leave g1 unmatched; the optimum matches both.
    g0 = gev(target="WORLD", rate=25, products=("steel",))
    g1 = gev(target="CA", rate=10, products=("energy",))
    p0 = pev(target="CA", rate_pct=25, products=["steel"])
    p1 = pev(target="MX", rate_pct=50)
    matches = match_events([g0, g1], [p0, p1])
    assert {(m.gold_index, m.pred_index) for m in matches} == {(0, 1), (1, 0)}


def test_more_gold_than_predicted_events() -> None:
    gold = (gev(rate=25), gev(rate=10), gev("trade_talks", "ongoing", "CA", "US"))
    report = score([gart("a", gold)], {"a": pred("a", [pev(rate_pct=10)])})
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 2)
    assert report.per_article[0].matches[0].gold_index == 1
    assert report.events_by_type["tariff"].to_dict()["recall"] == 0.5
    assert report.events_by_type["trade_talks"].fn == 1


# ------------------------------------------------------------------ attributes


def test_attribute_accuracy_and_products_jaccard() -> None:
    g0 = gev(
        status="announced",
        retaliatory=True,
        rate=25,
        products=("steel", "aluminum"),
        eff="2025-03-13",
    )
    g1 = gev("trade_talks", "ongoing", "CA", "US")
    p0 = pev(
        status="in_effect",
        retaliatory=True,
        rate_pct=25.0000001,
        products=["steel"],
        effective_date="2025-03-12",
    )
    p1 = pev("trade_talks", "ongoing", "US", "CA")
    report = score([gart("a", (g0, g1))], {"a": pred("a", [p0, p1])})
    attrs = report.attributes
    assert attrs.pairs == 2
    assert attrs.accuracy("status") == 0.5
    assert attrs.accuracy("retaliatory") == 1.0
    assert attrs.accuracy("rate_pct") == 1.0
    assert attrs.accuracy("effective_date") == 0.5
    assert attrs.accuracy("products") == pytest.approx(0.75)


def test_rate_null_only_equals_null_and_tolerance_is_tight() -> None:
    gold = [gart("a", (gev(rate=None),)), gart("b", (gev(rate=25),))]
    predicted = {"a": pred("a", [pev(rate_pct=0)]), "b": pred("b", [pev(rate_pct=25.001)])}
    report = score(gold, predicted)
    assert report.attributes.pairs == 2
    assert report.attributes.accuracy("rate_pct") == 0.0


def test_jaccard() -> None:
    assert jaccard([], []) == 1.0
    assert jaccard(["steel"], []) == 0.0
    assert jaccard(["steel", "aluminum"], ["aluminum", "copper"]) == pytest.approx(1 / 3)


def test_effective_date_accepts_timestamps() -> None:
    gold = [gart("a", (gev(eff="2025-04-02"),))]
    report = score(gold, {"a": pred("a", [pev(effective_date="2025-04-02T00:00:00")])})
    assert report.attributes.accuracy("effective_date") == 1.0


# ------------------------------------------------------------------ people


def test_people_match_on_last_name_and_country() -> None:
    people = (
        GoldPerson("Mélanie Joly", "Minister of Foreign Affairs", "CA"),
        GoldPerson("Donald Trump", "President", "US"),
    )
    gold = [gart("a", (gev(),), people)]
    predicted_people = [
        {"name": "Melanie JOLY", "role": None, "country": "CA"},
        {"name": "Joly", "role": "minister", "country": "CA"},  # same key: counted once
        {"name": "Donald Trump", "role": "President", "country": "CA"},  # wrong country
        {"name": "Doug Ford", "role": "Premier", "country": "CA"},
    ]
    report = score(gold, {"a": pred("a", [pev()], predicted_people)})
    assert (report.people.tp, report.people.fp, report.people.fn) == (1, 2, 1)
    assert report.people.precision == pytest.approx(1 / 3)
    assert report.people.recall == 0.5


def test_people_scored_only_on_gold_relevant_articles() -> None:
    gold = [
        gart("x", relevant=False),
        gart("y", (gev(),), (GoldPerson("Mark Carney", "PM", "CA"),)),
    ]
    predicted = {
        "x": {
            "id": "x",
            "relevant": False,
            "events": [],
            "people": [{"name": "A B", "country": "US"}],
        },
        "y": pred("y", [pev()], [{"name": "Mark Carney", "country": "CA"}]),
    }
    report = score(gold, predicted)
    assert (report.people.tp, report.people.fp, report.people.fn) == (1, 0, 0)


def test_last_name_key() -> None:
    assert last_name_key("François-Philippe Champagne") == "champagne"
    assert last_name_key("Dominic LeBlanc") == "leblanc"
    assert last_name_key("Christine FRÉCHETTE") == "frechette"
    assert last_name_key("Martin Luther King Jr.") == "king"


# ------------------------------------------------------------------ relevance, missing


def test_missing_predictions_count_as_not_relevant_without_events() -> None:
    gold = [
        gart("r1", (gev(), gev("leader_contact", "held", "CA", "US"))),
        gart("r2", (gev(),), (GoldPerson("Mark Carney", "PM", "CA"),)),
        gart("n1", relevant=False),
        gart("n2", relevant=False),
    ]
    predicted = {
        "r1": pred("r1", [pev()]),
        "n2": pred("n2", [pev()]),  # a false alarm on a distractor
        "unknown": pred("unknown", [pev()]),  # not in gold: ignored
    }
    report = score(gold, predicted)
    assert report.missing_predictions == 2
    assert (report.relevance.tp, report.relevance.fp, report.relevance.fn) == (1, 1, 1)
    assert report.relevance.precision == 0.5
    assert report.relevance.recall == 0.5
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 2)
    assert (report.people.tp, report.people.fp, report.people.fn) == (0, 0, 1)


def test_evidence_exactness_is_reported() -> None:
    gold = [gart("a", (gev(), gev(rate=10)))]
    good = pev()
    bad = pev(rate_pct=10, evidence="other words", char_start=0, char_end=11)
    out_of_range = pev(etype="trade_talks", char_start=0, char_end=999)
    report = score(gold, {"a": pred("a", [good, bad, out_of_range])})
    assert (report.evidence_checked, report.evidence_exact) == (3, 1)
    assert report.evidence_exact_share == pytest.approx(1 / 3)


def test_report_formatting_and_dict() -> None:
    gold = [gart("a", (gev(), gev("trade_talks", "ongoing", "CA", "US")))]
    report = score(gold, {"a": pred("a", [pev()])})
    text = format_report(report)
    assert "relevance" in text
    assert "events (all)" in text
    assert "trade_talks" in text
    assert "people" in text
    assert "products (mean Jaccard)" in text
    d = report.to_dict(per_article=True)
    json.dumps(d)
    assert d["events"]["tp"] == 1
    assert d["events_by_type"]["trade_talks"]["fn"] == 1
    assert d["per_article"][0]["id"] == "a"


# ------------------------------------------------------------------ gold loading


def _gold_line(**overrides: Any) -> str:
    text = "Ottawa said Tuesday it will impose tariffs. Nothing else."
    evidence = "Ottawa said Tuesday it will impose tariffs."
    rec: dict[str, Any] = {
        "id": "t-1",
        "outlet": "Test",
        "title": "T",
        "published": "2025-03-28T10:00:00-04:00",
        "text": text,
        "relevant": True,
        "events": [
            {
                "type": "tariff",
                "status": "announced",
                "initiator": "CA",
                "target": "US",
                "retaliatory": True,
                "rate_pct": None,
                "value": None,
                "products": [],
                "effective_date": None,
                "evidence": evidence,
                "char_start": 0,
                "char_end": len(evidence),
            }
        ],
        "people": [],
    }
    rec.update(overrides)
    return json.dumps(rec)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r["events"][0].update(char_end=10), "evidence is not text"),
        (lambda r: r["events"][0].update(status="held"), "status 'held' not allowed"),
        (lambda r: r["events"][0].update(products=["cars"]), "unknown products"),
        (lambda r: r["events"][0].update(effective_date="April 2"), "not an ISO date"),
        (lambda r: r.update(relevant=False), "'relevant' must be true exactly"),
        (lambda r: r.update(published="yesterday"), "not ISO 8601"),
    ],
)
def test_bad_gold_lines_name_the_line(tmp_path: Path, mutate, message: str) -> None:
    rec = json.loads(_gold_line())
    mutate(rec)
    path = tmp_path / "gold.jsonl"
    path.write_text(_gold_line() + "\n\n" + json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=rf"line 3: .*{re.escape(message)}"):
        load_gold(path)


def test_invalid_json_and_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(_gold_line() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 2: invalid JSON"):
        load_gold(path)
    path.write_text(_gold_line() + "\n" + _gold_line() + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 2: duplicate id"):
        load_gold(path)


# ------------------------------------------------------------------ the dev set itself


def test_devset_gold_file_validates() -> None:
    raw = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line]
    articles = load_gold(GOLD_PATH)  # raises on any malformed line
    assert len(articles) == len(raw) >= 80

    distractors = sum(not a.relevant for a in articles)
    assert 0.20 <= distractors / len(articles) <= 0.30

    pairs: Counter[tuple[str, str]] = Counter()
    for art, rec in zip(articles, raw, strict=True):
        assert art.id == rec["id"]
        words = len(art.text.split())
        assert 120 <= words <= 450, (art.id, words)
        assert date(2025, 1, 1) <= art.published.date() <= date(2025, 10, 31)
        for ev, ev_raw in zip(art.events, rec["events"], strict=True):
            assert ev.type in EVENT_TYPES and ev.status in EVENT_TYPES[ev.type]
            assert all(p in PRODUCTS for p in ev.products)
            assert art.text[ev.char_start : ev.char_end] == ev.evidence
            if ev_raw["effective_date"] is not None:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", ev_raw["effective_date"])
            pairs[ev.type, ev.status] += 1
        if art.relevant:
            for person in art.people:
                assert person.country
                assert person.name.split()[-1] in art.text, (art.id, person.name)
        else:
            assert not art.people

    missing = [(t, s) for t, statuses in EVENT_TYPES.items() for s in statuses if not pairs[t, s]]
    assert not missing, f"type/status pairs with no gold event: {missing}"


@pytest.mark.parametrize(
    "path",
    [
        "devset/gold-2.jsonl",
        "devset/gold-3.jsonl",
        "devset/gold-4.jsonl",
        "devset/gold-5.jsonl",
        "devset/gold-6.jsonl",
        "devset/gold-7.jsonl",
        "devset/gold-8.jsonl",
        "devset/gold-9.jsonl",
        "devset/gold-10.jsonl",
        "devset/gold-11.jsonl",
        "devset/gold-12.jsonl",
        "devset/gold-13.jsonl",
        "devset/gold-14.jsonl",
        "devset/gold-15.jsonl",
        "devset/gold-17.jsonl",
        "devset/gold-18.jsonl",
        "devset/gold-19.jsonl",
        "devset/gold-20.jsonl",
        "devset/gold-21.jsonl",
        "devset/gold-22.jsonl",
        "devset/gold-23.jsonl",
        "devset/gold-24.jsonl",
        "devset/gold-25.jsonl",
        "devset/gold-26.jsonl",
        "devset/gold-27.jsonl",
        "devset/gold-28.jsonl",
        "devset/gold-29.jsonl",
        "devset/gold-30.jsonl",
        "devset/gold-31.jsonl",
        "devset/gold-32.jsonl",
        "devset/gold-33.jsonl",
        "devset/gold-34.jsonl",
        "devset/gold-35.jsonl",
        "devset/gold-36.jsonl",
        "devset/gold-37.jsonl",
        "devset/gold-38.jsonl",
        "devset/gold-39.jsonl",
        "devset/gold-40.jsonl",
        "devset/gold-41.jsonl",
        "devset/gold-42.jsonl",
        "devset/gold-43.jsonl",
        "devset/gold-44.jsonl",
        "devset/gold-45.jsonl",
        "devset/gold-46.jsonl",
        "devset/gold-47.jsonl",
        "devset/gold-48.jsonl",
        "devset/gold-49.jsonl",
        "devset/gold-50.jsonl",
        "devset/gold-51.jsonl",
        "devset/gold-52.jsonl",
        "devset/gold-53.jsonl",
        "devset/gold-54.jsonl",
        "devset/gold-55.jsonl",
        "devset/gold-56.jsonl",
        "devset/gold-57.jsonl",
        "devset/gold-58.jsonl",
        "devset/gold-59.jsonl",
        "devset/gold-60.jsonl",
        "devset/gold-61.jsonl",
        "devset/gold-62.jsonl",
        "devset/gold-63.jsonl",
        "devset/gold-64.jsonl",
        "devset/gold-65.jsonl",
        "holdout/gold.jsonl",
    ],
)
def test_later_gold_files_validate(path: str) -> None:
    """The second development set and the held-out set are well-formed: evidence at its
    offsets, labels in the taxonomy, about a quarter distractors."""
    articles = load_gold(GOLD_PATH.parents[1] / path)
    assert len(articles) >= 30
    assert 0.20 <= sum(not a.relevant for a in articles) / len(articles) <= 0.30
    for art in articles:
        for ev in art.events:
            assert ev.type in EVENT_TYPES and ev.status in EVENT_TYPES[ev.type]
            assert all(p in PRODUCTS for p in ev.products)
            assert art.text[ev.char_start : ev.char_end] == ev.evidence
        assert art.relevant == bool(art.events), art.id


def test_the_people_set_validates() -> None:
    """gold-16 is the set written for people: all relevant, each person named in the text."""
    articles = load_gold(GOLD_PATH.parents[1] / "devset/gold-16.jsonl")
    assert len(articles) == 24 and all(a.relevant for a in articles)
    for art in articles:
        for ev in art.events:
            assert ev.type in EVENT_TYPES and ev.status in EVENT_TYPES[ev.type]
            assert art.text[ev.char_start : ev.char_end] == ev.evidence
        assert len(art.people) >= 4, art.id
        for person in art.people:
            assert person.name.split()[-1] in art.text, (art.id, person.name)


def test_devset_contains_the_worked_example() -> None:
    articles = load_gold(GOLD_PATH)
    matches = [a for a in articles if a.published.date() == date(2025, 3, 28)]
    example = next(a for a in matches if len(a.events) == 5)
    got = Counter(
        (e.type, e.status, e.initiator, e.target, e.retaliatory, e.rate_pct, e.products)
        for e in example.events
    )
    assert got == Counter(
        [
            ("leader_contact", "held", "CA", "US", False, None, ()),
            ("tariff", "announced", "US", "WORLD", False, 25.0, ("autos",)),
            ("tariff", "announced", "CA", "US", True, None, ()),
            ("leader_contact", "planned", "US", "CA", False, None, ()),
            ("trade_talks", "ongoing", "CA", "US", False, None, ()),
        ]
    )
    assert [str(e.effective_date) for e in example.events if e.effective_date] == ["2025-04-02"]
    assert {(p.name, p.country) for p in example.people} == {
        ("Mark Carney", "CA"),
        ("Donald Trump", "US"),
        ("Dominic LeBlanc", "CA"),
        ("Howard Lutnick", "US"),
        ("Justin Trudeau", "CA"),
    }
    # Scoring gold against itself is perfect.
    perfect = score(
        articles,
        {
            a.id: {
                "id": a.id,
                "relevant": a.relevant,
                "events": [
                    {
                        **{k: getattr(e, k) for k in ("type", "status", "initiator", "target")},
                        "retaliatory": e.retaliatory,
                        "rate_pct": e.rate_pct,
                        "products": list(e.products),
                        "effective_date": e.effective_date.isoformat()
                        if e.effective_date
                        else None,
                        "evidence": e.evidence,
                        "char_start": e.char_start,
                        "char_end": e.char_end,
                    }
                    for e in a.events
                ],
                "people": [{"name": p.name, "country": p.country} for p in a.people],
            }
            for a in articles
        },
    )
    assert perfect.relevance.f1 == 1.0
    assert perfect.events.f1 == 1.0
    assert perfect.people.f1 == 1.0
    assert perfect.evidence_exact_share == 1.0
    for attribute in ("status", "retaliatory", "rate_pct", "effective_date", "products"):
        assert perfect.attributes.accuracy(attribute) == 1.0
