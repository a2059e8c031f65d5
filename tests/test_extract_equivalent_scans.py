"""Patterns rewritten for speed find exactly what the plainer patterns they replace found.

Each test keeps the pattern as it was first written and compares the two on generated
text built from the pieces that make the patterns match or nearly match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import people
from pipeline.extract.gazetteer import finite_strings, top_level_alternatives

_T = people._NAME_TOKEN

# Names, the phrases that follow a name in each kind of mention, and near misses.
_PEOPLE_PIECES = [
    "Jo Roe", "Jo", "Roe", "McDonald", "O'Leary", "d'Entremont", "Marie-Ève", "J.", "J.R.",
    "Émilie", "The", "said", "said Jo Roe", "of the Ontario Pork Council said",
    "of Acme, Ont., told", "says", "told", "of the Ontario Pork Council", "from Acme",
    "at", "with", "is", "is chief economist at", "is a lawyer in", "is the owner of", "a",
    "the", "manages a", "runs the", "co-owns his", "Inc.,", "Ont.,", "president", "near",
    " ", "  ", "\n", ",", ".", "-", "(", "x", "41",
]  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", "])
_people_text = st.lists(st.tuples(st.sampled_from(_PEOPLE_PIECES), _SEPARATORS), max_size=24).map(
    lambda parts: "".join(a + b for a, b in parts)
)

_SAID_OF_AS_WRITTEN = re.compile(
    rf"\b(?:said|says)\s+(?P<name>{_T}\s+{_T})(?=\s+(?:of|from|at|with)\s"
    rf"+(?:(?:the|a|an)\s+)?[A-Z])"
    rf"|(?<![\w])(?P<name2>{_T}\s+{_T})(?=\s+(?:of|from|at|with)\s+"
    r"(?:(?:the|a|an)\s+)?[A-Z][^,.;:\n]{2,70}?(?:,\s+[A-Z][\w.]{1,12},)?\s+(?:said|says|told)\b)"
    rf"|(?<![\w])(?P<name3>{_T}\s+{_T})(?=\s+is\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+)?(?:economist|president|director|analyst|lawyer|professor|spokes\w+|chair\w*"
    r"|owner|manager|partner|head|founder|columnist|writer|editor|correspondent|contributor"
    r"|reporter|fellow|researcher|consultant|strategist|advis[eo]r|millwright|machinist|welder"
    r"|trucker|driver|farmer|nurse|teacher|worker|broker|trader)\s+(?:at|of|for|with|in|near)\s)"
    rf"|(?<![\w])(?P<name4>{_T}\s+{_T})(?=\s+(?:manages|runs|owns|operates"
    r"|heads|chairs|co-owns)\s+(?:a|an|the|his|her)\s)"
)


def _said_of_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    out = []
    for m in pattern.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4") if m.groupdict().get(g))
        out.append((*m.span(), *m.span(group)))
    return out


@settings(max_examples=400, deadline=None)
@given(_people_text)
def test_said_of_finds_the_same_names(text: str) -> None:
    assert _said_of_spans(people._SAID_OF_RE, text) == _said_of_spans(_SAID_OF_AS_WRITTEN, text)


_TITLE_COMMA_AS_WRITTEN = re.compile(
    people._TITLE_COMMA_RE.pattern.replace(
        r"\b(?:(?P<owner>[A-Z][\w.]*+(?:[ ]+[A-Z][\w.]*+)?)",
        r"(?:(?P<owner>\b[A-Z][\w.]*(?:[ ]+[A-Z][\w.]*)?)",
    ).replace(r"|(?:[Hh]is|", r"|\b(?:[Hh]is|")
)
_OWNER_PIECES = [
    "Quebec's finance minister,", "his energy minister,", "Eric Girard,", "Jo Roe.",
    "Quebec's", "Quebec\u2019s", "Roes'", "St. John's", "U.S.", "New York's", "his", "Our",
    "The", "the", "finance minister", "Washington correspondent", "chief executive",
    "Minister of Finance and Trade", "Eric Girard", "Jo Roe", "O'Leary", ",", ".", " ", "  ",
]  # fmt: skip
_owner_text = st.lists(st.tuples(st.sampled_from(_OWNER_PIECES), _SEPARATORS), max_size=20).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@settings(max_examples=400, deadline=None)
@given(_owner_text)
def test_title_comma_finds_the_same_names(text: str) -> None:
    assert _TITLE_COMMA_AS_WRITTEN.pattern != people._TITLE_COMMA_RE.pattern
    assert [m.span("name") for m in people._TITLE_COMMA_RE.finditer(text)] == [
        m.span("name") for m in _TITLE_COMMA_AS_WRITTEN.finditer(text)
    ]


@given(st.text(alphabet=", \n\tsaidtoldxJ", max_size=30))
def test_speech_verbs_are_found_at_the_same_spans(text: str) -> None:
    as_written = re.compile(r",?\s+(?:said|told)\b")
    rewritten = re.compile(r"[,\s]\s*(?<=\s)(?:said|told)\b")
    assert people._SPEECH_VERB.pattern.startswith(r"[,\s]\s*(?<=\s)(?:said|")
    assert [m.span() for m in rewritten.finditer(text)] == [
        m.span() for m in as_written.finditer(text)
    ]


# Titles right before a comma, near misses (a title with no comma, a comma with no title,
# capitals of "Leader", a portfolio's words) and names to follow them.
_GATE_PIECES = [
    "Quebec's", "his", "The", "the", "finance minister", "minister", "Minister", "leader",
    "Leader", "Leader of the Official Opposition", "Leader of the", "Official", "Opposition",
    "Minister of Finance", "Minister of", "Finance and Trade", "chair", "chairman", "chairs",
    "spokeswoman", "spokes", "adviser", "advisor", "advisr", "son", "Johnson", "chief executive",
    "executive", "attorney general", "wife", "Eric Girard", "Jo Roe", "O'Leary", "Leader-",
    "eader", ",", ", ", ".", " ", "  ", "\n", "-",
]  # fmt: skip
_GATE_TITLES = [
    t
    for alt in top_level_alternatives(people._TITLE_COMMA_TITLES)
    for t in finite_strings(alt) or []
]
# an owner, a title (any spelling the pattern reads, or a piece) and what follows it
_titled = st.tuples(
    st.sampled_from(["his ", "Quebec's ", "The ", "the ", "", "One "]),
    st.sampled_from(
        ["leader", "Leader of the Official Opposition", "Minister of Finance and Trade"]
    )
    | st.sampled_from(_GATE_TITLES + _GATE_PIECES),
    st.sampled_from([", ", ",", " ", ",  ", ". "]),
    st.sampled_from(["Jo Roe", "Eric Girard", "O'Leary", "jo roe", ""]),
).map("".join)
_gate_text = st.lists(
    st.tuples(st.one_of(st.sampled_from(_GATE_PIECES), _titled), _SEPARATORS), max_size=12
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=600, deadline=None)
@given(_gate_text)
def test_title_comma_gate_passes_every_text_with_a_match(text: str) -> None:
    # the gate may pass texts without a match, never fail one with a match
    if people._TITLE_COMMA_RE.search(text):
        assert people._may_title_comma(text)


def test_title_comma_gate_passes_each_title_and_skips_plain_text() -> None:
    spellings = ["Leader", "leader", "Leader of the Official Opposition", "Minister of Finance"]
    for title in top_level_alternatives(people._TITLE_COMMA_TITLES):
        spellings += sorted(finite_strings(title) or [])
    assert len(spellings) > 50
    for sample in spellings:
        text = f"The Ontario {sample}, Jo Roe, said."
        assert people._TITLE_COMMA_RE.search(text), sample
        assert people._may_title_comma(text), sample
    assert not people._may_title_comma("The minister said Jo Roe, a son of the leader.")
