"""The data files are complete and well-formed."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.gazetteer import first_chars, gazetteer, guarded, lower_ascii, trie_pattern
from pipeline.models import PRODUCTS


def test_all_provinces_and_states_present() -> None:
    codes = {s.code for s in gazetteer().surfaces.values() if s.kind == "subdivision"}
    ca = {c for c in codes if c.startswith("CA-")}
    us = {c for c in codes if c.startswith("US-")}
    assert len(ca) == 13
    assert len(us) == 51  # 50 states and DC
    assert all(re.fullmatch(r"(?:CA|US)-[A-Z]{2}", c) for c in codes)


def test_products_vocabulary_matches_taxonomy() -> None:
    assert {label for label, _ in gazetteer().products} == set(PRODUCTS)


def test_roles_are_date_bounded() -> None:
    g = gazetteer()
    carney = g.person_by_alias["Mark Carney"]
    trudeau = g.person_by_alias["Justin Trudeau"]
    trump = g.person_by_alias["Donald Trump"]
    assert carney.describe(date(2025, 3, 13))[0] is None
    assert carney.describe(date(2025, 3, 14))[0] == "Prime Minister"
    assert trudeau.describe(date(2025, 3, 13))[0] == "Prime Minister"
    assert trudeau.describe(date(2025, 3, 14))[0] == "former Prime Minister"
    assert trump.describe(date(2022, 1, 1))[0] == "former President"
    assert trump.describe(date(2025, 1, 20))[0] == "President"
    for p in g.people:
        for r in p.roles:
            assert r.valid_to is None or r.valid_from is None or r.valid_from < r.valid_to


def test_metonyms_and_institutions() -> None:
    s = gazetteer().surfaces
    assert s["Ottawa"].code == "CA" and s["White House"].code == "US"
    assert s["Queen's Park"].code == "CA-ON"
    assert s["USTR"].code == "US" and s["CBSA"].code == "CA"
    assert s["Court of International Trade"].kind == "court"


def test_trie_pattern_prefers_longest() -> None:
    pat = re.compile(trie_pattern(["U.S.", "U.S.A.", "US"]))
    assert pat.match("U.S.A.").group() == "U.S.A."
    assert pat.match("U.S. goods").group() == "U.S."


def test_lower_ascii_keeps_offsets() -> None:
    for text in ["Québec", "İstanbul TARIFFS", "ÉTATS-UNIS"]:
        assert len(lower_ascii(text)) == len(text)


def test_first_chars_of_patterns() -> None:
    assert first_chars(r"\b(?:tariffs?|duties)") == frozenset("td")
    assert first_chars(r"(?:the\s+)?[Pp]resident") == frozenset("tPp")
    assert first_chars(r"(?i:ceo)|Chair") == frozenset("cC")
    assert first_chars(r"\d+%") == frozenset("0123456789")
    assert first_chars(r"\w+") is None  # a category: no guard
    assert first_chars(r"x?") is None  # can match the empty string


def test_guarded_pattern_finds_the_same_matches() -> None:
    # "\u017f" (long s) folds to "s" under (?i).
    text = "The President met the Prime Minister; \u017fpokes and CEO Jane Roe said 25% tariffs."
    for pattern, flags in [
        (r"\b(?:the\s+)?[Pp]resident|\b[Pp]rime [Mm]inister", 0),
        (r"(?<![\w])(?:ceo|spokes)", re.IGNORECASE),
        (r"(?<![\w])(?i:ceo|spokes)", 0),
        (r"\d+\s?%", 0),
    ]:
        plain = [m.span() for m in re.finditer(pattern, text, flags)]
        assert [m.span() for m in guarded(pattern, flags).finditer(text)] == plain
