"""The data files are complete and well-formed."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.evaluate import load_gold
from pipeline.extract import extract
from pipeline.extract.gazetteer import (
    CLAUSE_CHAR,
    DATA_DIR,
    case_blind,
    first_chars,
    gazetteer,
    group_by_first_char,
    group_label,
    guarded,
    hoist_first_char,
    literal_led,
    lower_ascii,
    trie_pattern,
)
from pipeline.models import PRODUCTS, ArticleInput

DEVSET = Path(__file__).parent / "devset" / "gold.jsonl"


def test_all_provinces_and_states_present() -> None:
    codes = {s.code for s in gazetteer().surfaces.values() if s.kind == "subdivision"}
    ca = {c for c in codes if c.startswith("CA-")}
    us = {c for c in codes if c.startswith("US-")}
    assert len(ca) == 13
    assert len(us) == 51  # 50 states and DC
    assert all(re.fullmatch(r"(?:CA|US)-[A-Z]{2}", c) for c in codes)


def test_every_actor_code_is_a_code() -> None:
    codes = {s.code for s in gazetteer().surfaces.values()}
    assert all(isinstance(c, str) for c in codes)
    assert gazetteer().surfaces["Norwegian"].code == "NO"


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


def test_hoist_first_char_moves_the_literal_before_the_lookarounds() -> None:
    assert hoist_first_char("(?<!his )duties") == "d(?<=(?<!his )d)uties"
    assert hoist_first_char("(?<![\\w-])duty(?= on )") == "d(?<=(?<![\\w-])d)uty(?= on )"
    # nothing to move: a plain literal start, a group start, a quantified first character
    assert hoist_first_char("tariffs?") == "tariffs?"
    assert hoist_first_char("(?<!a )(?:cut|cuts)") == "(?<!a )(?:cut|cuts)"
    assert hoist_first_char("(?<!x)s?tax") == "(?<!x)s?tax"


def test_case_blind_groups_the_alternatives_by_first_letter() -> None:
    assert case_blind("chief|ceo|head|chair") == "[cC](?i:hief|eo|hair)|[hH](?i:ead)"
    assert case_blind("spokes(?:man|woman)") == "[sS\u017f](?i:pokes(?:man|woman))"
    assert case_blind("x|(?:a|b)c") == "(?i:x)|(?i:(?:a|b)c)"


_LEXICON_FRAGMENTS = [
    f
    for key, frags in yaml.safe_load(
        (DATA_DIR / "triggers.yaml").read_text(encoding="utf-8")
    ).items()
    if key != "prefilter_stems"
    for f in frags
    if not key.endswith("_cs")
]


# Fragments whose first character moves (the others compile as they are written).
_HOISTABLE = [f.lower() for f in _LEXICON_FRAGMENTS if hoist_first_char(f.lower()) != f.lower()]


def _words_of(fragment: str) -> list[str]:
    """Literal bits of a fragment that make its look-arounds matter: their contents and
    the literal run after them ("his ", "duties" for "(?<!his )duties")."""
    inside = re.findall(r"\(\?<?[!=]([^()\[\]\\|]+)\)", fragment)
    rest = re.sub(r"^(?:\(\?<?[!=][^()]*\))+", "", fragment)
    head = re.match(r"[a-z0-9 %-]+", rest.lower())
    return [w.lower() for w in inside] + ([head.group()] if head else [])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_hoisted_lexicon_fragments_match_the_same(data: st.DataObject) -> None:
    fragment = data.draw(st.sampled_from(_HOISTABLE))
    words = [*_words_of(fragment), " ", "-", "x", "25"]
    text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=6)))
    pos = data.draw(st.integers(0, 3))
    plain = re.compile(rf"(?<![\w])(?:{fragment})")
    hoisted = re.compile(rf"(?<![\w])(?:{hoist_first_char(fragment)})")
    assert [m.span() for m in hoisted.finditer(text, pos)] == [
        m.span() for m in plain.finditer(text, pos)
    ]


@pytest.mark.parametrize("depth", [1, 3])
@given(text=st.text(alphabet="chiefCHIEFsSkK\u017f\u212a\u0130\u0131 eo", max_size=20))
@example(text="CHEF")  # "c" before "chef": a later alternative may not jump the queue
def test_case_blind_alternation_matches_the_same(depth: int, text: str) -> None:
    # depth 3 groups alternatives by their first three letters (the title and date patterns)
    alternation = "chief|ceo|spokes(?:man|woman)|kin|it|chi|c|ie|chef|ski|skis"
    plain = re.compile(f"(?i:{alternation})")
    rewritten = re.compile(case_blind(alternation, depth=depth))
    assert [m.span() for m in rewritten.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_hoisted_lexicons_match_the_same_on_the_development_set() -> None:
    texts = [a.text.lower() for a in load_gold(DEVSET)]
    for fragment in _LEXICON_FRAGMENTS:
        plain = re.compile(rf"(?<![\w])(?:{fragment.lower()})(?![\w])")
        hoisted = re.compile(rf"(?<![\w])(?:{hoist_first_char(fragment.lower())})(?![\w])")
        for text in texts:
            assert [m.span() for m in hoisted.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], fragment


def test_group_by_first_char_merges_fragments_and_keeps_their_order() -> None:
    assert group_by_first_char(["tariffs?", "taxes", "duty"]) == (
        "t(?:(?:ariffs?)|(?:axes))|(?:duty)"
    )
    # "(?:per|pro) rata" can start with "p": "pause" may not jump over it
    got = group_by_first_char(["pact", "(?:per|pro) rata", "pause"])
    assert got == "(?:pact)|(?:(?:per|pro) rata)|(?:pause)"
    # a fragment with alternatives of its own is no single literal start
    assert group_by_first_char(["tariff|duty", "tax"]) == "(?:tariff|duty)|(?:tax)"


def test_compiled_lexicons_match_as_written_on_the_development_set() -> None:
    """The lexicons as compiled (first characters hoisted, fragments grouped) find exactly
    what the plain alternation of the written fragments finds."""
    spec = yaml.safe_load((DATA_DIR / "triggers.yaml").read_text(encoding="utf-8"))
    spec.pop("prefilter_stems")
    arts = load_gold(DEVSET)
    compiled = gazetteer().lex
    for key, frags in spec.items():
        cs = key.endswith("_cs")
        frags = [f.replace("[^.;]", CLAUSE_CHAR) for f in frags]
        body = "|".join(f"(?:{f if cs else f.lower()})" for f in frags)
        plain = re.compile(rf"(?<![\w])(?:{body})(?![\w])")
        for art in arts:
            text = art.text if cs else lower_ascii(art.text)
            got = [(m.span(), m.group()) for m in compiled[key].finditer(text)]
            assert got == [(m.span(), m.group()) for m in plain.finditer(text)], key


def test_no_lexicon_fragment_needs_a_space_after_its_last_word() -> None:
    # Every fragment is wrapped in word boundaries, so one that can end in a space ("would
    # take effect (?:on )?") never matches before a word: the reported-future cue missed
    # "would take effect on Tuesday" that way.
    import re

    from pipeline.extract.gazetteer import _load

    ends_in_space = re.compile(r"(?:\s|\s\)|\s\)\?|\s\|[^()]*\)\??)$")
    bad = [
        (key, frag)
        for key, frags in _load("triggers.yaml").items()
        for frag in frags
        if isinstance(frag, str) and ends_in_space.search(frag)
    ]
    assert bad == []


def test_literal_led_spreads_a_leading_group_over_the_rest() -> None:
    assert literal_led("(?:file|filed) suit") == ["file suit", "filed suit"]
    assert literal_led("(?<!x )(?:cut|cuts) it") == ["(?<!x )cut it", "(?<!x )cuts it"]
    # nothing to spread: a literal start, a quantified group, alternatives of its own
    assert literal_led("tariffs?") == ["tariffs?"]
    assert literal_led("(?:a|b)?c") == ["(?:a|b)?c"]
    assert literal_led("(?:a|b)c|d") == ["(?:a|b)c|d"]


@given(st.text(alphabet="abcab- .", max_size=24), st.integers(0, 3))
def test_trie_with_a_lead_matches_the_same(text: str, pos: int) -> None:
    words = ["ab", "abc", "b-a", "ca", "c"]
    plain = re.compile(rf"(?<![\w])(?:{trie_pattern(words)})(?![\w])")
    lead = r"(?<![\w])"
    led = re.compile(rf"(?:{trie_pattern(words, lead=lead)})(?![\w])")
    assert [m.span() for m in led.finditer(text, pos)] == [
        m.span() for m in plain.finditer(text, pos)
    ]


def test_combined_products_match_as_written_on_the_development_set() -> None:
    """The one product pattern (grouped by first letter across labels) finds the same
    mentions and labels as one group per label of the written fragments."""
    spec = yaml.safe_load((DATA_DIR / "products.yaml").read_text(encoding="utf-8"))["products"]
    body = "|".join(
        f"(?P<{label}>" + "|".join(f"(?:{f.lower()})" for f in frags) + ")"
        for label, frags in spec.items()
    )
    plain = re.compile(rf"(?<![\w])(?:{body})(?![\w])")
    combined = gazetteer().product_re
    for art in load_gold(DEVSET):
        text = lower_ascii(art.text)
        got = [(m.span(), group_label(m.lastgroup)) for m in combined.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)]


def test_figures_of_the_2018_round_and_the_central_banks_are_known() -> None:
    x = extract(
        ArticleInput(
            "k",
            "",
            "The U.S. put a 25 per cent tariff on Canadian steel on June 1. White House economic "
            "adviser Larry Kudlow said Trudeau had stabbed the president in the back, and "
            "Trudeau's chief of staff, Katie Telford, flew to Washington.",
            datetime(2018, 6, 11, 9, 0, tzinfo=UTC),
        )
    )
    people = {p.name: (p.country, p.role) for p in x.people}
    assert people["Larry Kudlow"] == ("US", "Director of the National Economic Council")
    assert people["Katie Telford"] == ("CA", "Chief of Staff to the Prime Minister")


def test_the_bloc_leader_is_known_in_a_debate_transcript() -> None:
    x = extract(
        ArticleInput(
            "b",
            "",
            "MODERATOR: Mr. Blanchet.\n\nYVES-FRANÇOIS BLANCHET: Quebec's aluminum smelters "
            "have been paying the 25 per cent U.S. tariff since March 12.",
            datetime(2025, 4, 17, 23, 0, tzinfo=UTC),
        )
    )
    assert ("Yves-François Blanchet", "CA") in {(p.name, p.country) for p in x.people}
