"""clean_fragment: feed content/summary HTML -> normalised paragraph text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import CleanError, clean_fragment

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<p>line one<br>line two</p>", "line one\nline two"),
        ("<p>  lots \n of\t\tspace </p>", "lots of space"),
        ("<div>a<div>b</div>c</div>", "a\n\nb\n\nc"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
        ("Tom &amp; Jerry &eacute;t&eacute; &#8217; &#x2014;", "Tom & Jerry été \u2019 —"),
        ("<p>Hello&nbsp;world</p>", "Hello world"),
    ],
)
def test_structure_and_entities(html: str, expected: str) -> None:
    assert clean_fragment(html) == expected


@pytest.mark.parametrize(
    "junk",
    [
        "<script>var secret = 1;</script>",
        "<style>.secret{}</style>",
        "<iframe src='x'>secret</iframe>",
        "<form><label>secret</label><input></form>",
        "<nav><a href='/'>secret</a></nav>",
        "<noscript>secret</noscript>",
        "<svg><text>secret</text></svg>",
        "<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3>secret</div>",
        "<div class='social-share'>secret</div>",
        "<div id='newsletter-signup'>secret</div>",
        "<figure><img src='p.jpg'><figcaption>secret (Reuters photo)</figcaption></figure>",
        "<p class='wp-caption-text'>secret</p>",
        "<p><a href='/more'>Read more</a></p>",
        "<p>The post <a href='x'>secret</a> appeared first on <a href='y'>Site</a>.</p>",
    ],
)
def test_boilerplate_is_dropped(junk: str) -> None:
    out = clean_fragment(f"<p>Tariffs rise.</p>{junk}<p>Talks go on.</p>")
    assert out == "Tariffs rise.\n\nTalks go on."


def test_tracking_pixel_and_inline_read_more() -> None:
    html = (
        '<p>Canada responds. <a href="https://x/y">Continue reading <span>→</span></a></p>'
        '<img src="https://pixel/t.gif" width="1" height="1" alt="">'
    )
    assert clean_fragment(html) == "Canada responds."


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("CafÃ© au lait", "Café au lait"),
        ("We donâ€™t know", "We don\u2019t know"),
        ("Ã‰tats-Unis", "États-Unis"),
    ],
)
def test_mojibake_repaired(broken: str, fixed: str) -> None:
    assert clean_fragment(f"<p>{broken}</p>") == fixed


@pytest.mark.parametrize(
    "correct",
    [
        "“Smart quotes” and \u2018single\u2019 ones — kept",
        "Montréal, Québec: naïve façade, Zürich",
        "Prices ¯\\_(ツ)_/¯ rose 5 % to C$1,000",
        "I ♥ NY; 日本語; Ελληνικά",
    ],
)
def test_correct_text_is_not_altered(correct: str) -> None:
    assert clean_fragment(correct) == correct


def test_invisible_characters_removed_and_nfc() -> None:
    raw = "co\u00adop\u200beration\ufeff Cafe\u0301"
    assert clean_fragment(raw) == "cooperation Café"


def test_plain_text_passes_through_normalised() -> None:
    text = "First paragraph,\nsecond line.\n\n\n\nSecond  paragraph: 3 < 4 and 5 > 2."
    assert clean_fragment(text) == (
        "First paragraph,\nsecond line.\n\nSecond paragraph: 3 < 4 and 5 > 2."
    )


def test_double_escaped_html_is_decoded_then_cleaned() -> None:
    html = "&lt;p&gt;Duties&amp;nbsp;apply&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;"
    assert clean_fragment(html) == "Duties apply"


def test_empty_and_whitespace() -> None:
    assert clean_fragment("") == ""
    assert clean_fragment(" \n\t ") == ""
    assert clean_fragment("<p></p><div> </div>") == ""


def test_non_str_is_a_clean_error() -> None:
    with pytest.raises(CleanError, match="expects str"):
        clean_fragment(b"<p>x</p>")  # type: ignore[arg-type]


def test_binary_junk_gives_text_without_controls() -> None:
    junk = bytes(range(256)).decode("latin-1") * 4
    out = clean_fragment(junk)
    assert isinstance(out, str)
    assert not any(ord(c) < 32 and c != "\n" for c in out)


def test_deep_nesting_is_fine() -> None:
    html = "<div>" * 10_000 + "deep text" + "</div>" * 10_000
    start = time.monotonic()
    assert clean_fragment(html) == "deep text"
    assert time.monotonic() - start < 10


def test_deep_unclosed_inline_nesting() -> None:
    assert clean_fragment("<b><i>" * 5_000 + "x") == "x"


def test_size_cap_truncates_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    html = "<p>" + "word " * 1000 + "</p>"
    out = clean_fragment(html, max_chars=100)
    assert len(out) < 100
    assert "truncated" in caplog.text


# --- properties -----------------------------------------------------------------------

_TAGS = st.sampled_from(["p", "div", "b", "i", "a", "span", "br", "li", "ul", "h2", "td"])
# No "<" inside generated text, so a generated <script> is always a real script element.
_TEXT = st.text(st.characters(exclude_characters="<"), max_size=40)


@st.composite
def _markup(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 4))
        tag = draw(_TAGS)
        if kind == 0:
            pieces.append(f"<{tag}>{draw(_TEXT)}</{tag}>")
        elif kind == 1:
            pieces.append(f"<{tag}>")
        elif kind == 2:
            pieces.append(draw(_TEXT))
        elif kind == 3:
            pieces.append(draw(st.sampled_from(["&amp;", "&lt;", "&gt;", "&#8217;", "&nbsp;"])))
        else:
            pieces.append("<script>SCRIPTBODY</script>")
    return "".join(pieces)


def _check_invariants(out: str) -> None:
    assert isinstance(out, str)
    assert "<script" not in out.lower()
    assert not any(z in out for z in ZERO_WIDTH)
    assert clean_fragment(out) == out


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_property_arbitrary_text(text: str) -> None:
    _check_invariants(clean_fragment(text))


@settings(max_examples=300, deadline=None)
@given(_markup())
def test_property_generated_markup_drops_scripts(html: str) -> None:
    out = clean_fragment(html)
    assert "SCRIPTBODY" not in out
    _check_invariants(out)


def test_inline_links_in_sentences_are_kept() -> None:
    html = '<p>Officials agreed. <a href="/r">See the full report</a> for the details.</p>'
    assert clean_fragment(html) == "Officials agreed. See the full report for the details."


_TRICKY = st.sampled_from(
    ["<", ">", "&", ";", "&lt;", "&gt;", "&amp;", "&amp;lt;", "<script>", "</script>", "<!--",
     "<?", "<p", "\u200b", "\u00ad", "Ã©", "â€™", "\r\n", "\u2028", "\xa0", "<br/>", "&#x200b;"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.text(max_size=10)), max_size=25))
def test_property_tricky_mixtures_are_idempotent(pieces: list[str]) -> None:
    _check_invariants(clean_fragment("".join(pieces)))
