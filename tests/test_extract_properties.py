"""Robustness: the extractor never raises, evidence is exact, labels are valid, it is fast."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.models import EVENT_TYPES, PRODUCTS, SYMMETRIC_TYPES, ArticleInput, Extraction

PUB = datetime(2025, 3, 28, tzinfo=UTC)
_CODES_RE = r"^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|WORLD)$"

# Trade-flavoured fragments so that random texts actually reach the event rules.
FRAGMENTS = [
    "Canada", "the U.S.", "Trump", "Carney", "Ontario", "Premier Doug Ford", "tariffs",
    "counter-tariffs", "25 per cent", "35%", "on Canadian steel", "on U.S. goods",
    "will impose", "could", "did not", "lifted", "paused", "took effect", "Tuesday",
    "April 2", "next month", "$30 billion", "talks", "met", "CUSMA", "review", "WTO",
    "filed", "ruled", "in response to", ".", ",", "\n", "Mr.", "U.S.", "é", "\u2019", "—",
]  # fmt: skip


def _check(x: Extraction, text: str) -> None:
    assert x.error is None
    assert x.relevant == bool(x.events)
    for e in x.events:
        assert e.type in EVENT_TYPES
        assert e.status in EVENT_TYPES[e.type]
        assert text[e.char_start : e.char_end] == e.evidence
        assert e.evidence
        assert 0.0 <= e.confidence <= 1.0
        assert all(p in PRODUCTS for p in e.products)
        assert e.initiator != e.target
        import re

        assert re.match(_CODES_RE, e.initiator) and re.match(_CODES_RE, e.target)
        if e.type in SYMMETRIC_TYPES:
            assert e.target != "WORLD"
    if not x.relevant:
        assert x.people == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(extract(ArticleInput(id="h", title="", text=text, published=PUB)), text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60), st.booleans())
def test_trade_like_text_is_consistent(parts: list[str], dated: bool) -> None:
    text = " ".join(parts)
    art = ArticleInput(id="h", title="", text=text, published=PUB if dated else None)
    _check(extract(art), text)


def test_degenerate_inputs() -> None:
    for text in ["", "   ", "\n\n", "\x00\ufeff", "🙂" * 50, "." * 1000]:
        x = extract(ArticleInput(id="d", title="", text=text, published=None))
        assert x.error is None and x.relevant is False and x.events == []


def test_french_text_is_not_an_error() -> None:
    text = (
        "Le premier ministre Mark Carney a annoncé des contre-tarifs de 25 % sur les produits "
        "américains. Les tarifs entrent en vigueur mardi."
    )
    x = extract(ArticleInput(id="fr", title="", text=text, published=PUB))
    assert x.error is None
    _check(x, text)


def test_bad_types_do_not_raise() -> None:
    x = extract(ArticleInput(id="b", title="", text=None, published="yesterday"))  # type: ignore[arg-type]
    assert x.relevant is False and x.error is None


def test_megabyte_without_punctuation_is_bounded() -> None:
    text = ("Canada tariffs U.S. steel 25 per cent talks " * 25_000)[:1_000_000]
    start = time.perf_counter()
    x = extract(ArticleInput(id="big", title="", text=text, published=PUB))
    assert time.perf_counter() - start < 30
    _check(x, text)
