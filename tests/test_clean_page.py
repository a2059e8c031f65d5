"""extract_page: main text and metadata from whole pages, and bad input."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import CleanedPage, CleanError, extract_page

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article() -> CleanedPage:
    return extract_page(_fixture("news_article.html"), url="https://example.org/x")


def test_article_text_keeps_body_and_subheads(article: CleanedPage) -> None:
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Canada will impose counter-tariffs on $30 billion")
    assert "Industry reaction" in paragraphs
    assert paragraphs[-1].startswith("Negotiators from both countries")
    assert len(paragraphs) == 5


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Home",  # nav
        "cookies",
        "Share on Facebook",
        "By Jane Roe",  # byline block
        "Photo: Example",  # figure caption
        "Credit: Example Wire",  # photo credit (class hint)
        "Related:",
        "Most popular",
        "Story one",
        "I totally disagree",  # comments
        "Copyright 2025",
        "should never appear",  # script
        "color: red",  # style
        "Ottawa answers",  # the headline is the title, not body text
    ],
)
def test_article_text_drops_boilerplate(article: CleanedPage, boilerplate: str) -> None:
    assert boilerplate not in article.text


def test_article_metadata(article: CleanedPage) -> None:
    assert article.title == "Ottawa answers U.S. steel tariffs"
    assert article.byline == "Jane Roe, Sam Poe"
    assert article.published == datetime(2025, 3, 4, 14, 15, tzinfo=UTC)
    assert article.language == "en-CA"
    assert article.canonical_url == "https://news.example.org/2025/03/04/steel-tariffs"


def test_metadata_from_meta_tags_when_no_json_ld() -> None:
    html = """<html lang="fr"><head><title>Le titre | Site</title>
    <meta property="og:title" content="Le titre">
    <meta name="author" content="Marie Curie">
    <meta property="article:published_time" content="2024-11-05T08:00:00-0500">
    </head><body><article><p>Un paragraphe assez long pour compter, avec des virgules,
    et encore du texte pour que ce soit un article.</p></article></body></html>"""
    page = extract_page(html, url="https://fallback.example/a")
    assert page.title == "Le titre"
    assert page.byline == "Marie Curie"
    assert page.published == datetime(2024, 11, 5, 8, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert page.language == "fr"
    assert page.canonical_url == "https://fallback.example/a"
    assert page.text.startswith("Un paragraphe assez long")


def test_article_split_into_sections_inside_a_sidebar_named_wrapper() -> None:
    page = extract_page(_fixture("split_sections.html"))
    paragraphs = page.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The strike at the port of Vancouver")
    assert paragraphs[3].startswith("Ottawa has so far resisted")
    assert "Ships wait at anchor" not in page.text
    assert "Another story" not in page.text


def test_bytes_with_legacy_declared_charset() -> None:
    data = _fixture("legacy_cp1252.html").encode("cp1252")
    page = extract_page(data)
    assert page.title == "Café owners fear duties"
    assert "Montréal café owners" in page.text
    assert "\u201churt small business,\u201d" in page.text
    assert "Hélène Côté" in page.text


def test_bytes_undeclared_legacy_encoding_falls_back_to_cp1252() -> None:
    html = "<p>Le café de Québec — « fermé » aujourd\u2019hui, dit-on, à cause des tarifs.</p>"
    page = extract_page(html.encode("cp1252"))
    assert (
        page.text == "Le café de Québec — « fermé » aujourd\u2019hui, dit-on, à cause des tarifs."
    )


def test_bytes_with_bom_and_mostly_valid_utf8() -> None:
    body = "<p>Tariffs on café imports rose, officials said, by 25 per cent this year.</p>"
    assert "café" in extract_page(b"\xef\xbb\xbf" + body.encode()).text
    broken = (body * 10).encode().replace(b"rose", b"r\xffse", 1)
    text = extract_page(broken).text
    assert "café" in text
    assert "\ufffd" in text  # one bad byte replaced, the rest still UTF-8


def test_utf16_with_bom() -> None:
    html = "<p>Softwood lumber duties, explained in one short paragraph.</p>"
    assert extract_page(html.encode("utf-16")).text.startswith("Softwood lumber")


@pytest.mark.parametrize("empty", ["", "   \n", b"", b"  \r\n "])
def test_empty_document_is_a_clean_error(empty: str | bytes) -> None:
    with pytest.raises(CleanError, match="empty"):
        extract_page(empty)


def test_binary_junk_is_a_clean_error() -> None:
    junk = bytes(range(256)) * 64
    with pytest.raises(CleanError, match="binary"):
        extract_page(junk)


def test_wrong_type_is_a_clean_error() -> None:
    with pytest.raises(CleanError, match="str or bytes"):
        extract_page(12345)  # type: ignore[arg-type]


def test_str_with_nul_and_control_characters() -> None:
    page = extract_page("<p>Dairy\x00 quotas, \x07again, under review this week.</p>")
    assert page.text == "Dairy quotas, again, under review this week."


def test_markup_without_text_gives_empty_text() -> None:
    page = extract_page("<html><head><script>x()</script></head><body><nav>a</nav></body></html>")
    assert page.text == ""
    assert page.title is None


def test_deeply_nested_markup_is_bounded_and_keeps_text() -> None:
    html = "<html><body>" + "<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "</body></html>"
    start = time.monotonic()
    page = extract_page(html)
    assert time.monotonic() - start < 10
    assert "deep text" in page.text


def test_deeply_nested_inline_markup() -> None:
    html = "<p>" + "<b><i><span>" * 5_000 + "still here"
    assert "still here" in extract_page(html).text


def test_huge_page_is_truncated_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    paragraph = "<p>Trade talks resumed on Monday, officials said, and tariffs were discussed.</p>"
    html = "<html><body><article>" + paragraph * 650_000 + "</article></body></html>"
    assert len(html) > 50_000_000
    start = time.monotonic()
    with caplog.at_level(logging.WARNING):
        page = extract_page(html)
    assert time.monotonic() - start < 30
    assert "truncated" in caplog.text
    assert page.text.startswith("Trade talks resumed on Monday")


def test_size_cap_is_configurable(caplog: pytest.LogCaptureFixture) -> None:
    html = "<p>" + "tariff " * 2000 + "</p><p>TAIL</p>"
    page = extract_page(html, max_chars=1000)
    assert "TAIL" not in page.text
    assert "truncated" in caplog.text


def test_broken_markup_is_repaired_by_the_parser() -> None:
    html = "<div><p>Unclosed paragraph about lumber, with commas, and more words<p>Second one"
    page = extract_page(html)
    assert "Unclosed paragraph about lumber" in page.text
    assert "Second one" in page.text


def test_xml_declaration_and_bom_in_str() -> None:
    html = (
        '\ufeff<?xml version="1.0" encoding="utf-8"?><html><body>'
        "<p>Canola exports to China fell sharply, data showed.</p></body></html>"
    )
    assert extract_page(html).text == "Canola exports to China fell sharply, data showed."


_PIECES = st.sampled_from(
    ["<p>", "</p>", "<div class='content'>", "</div>", "<article>", "<br>", "<h1>", "<a href=x>",
     "</a>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "<?xml ?>",
     "<meta charset='utf-16'>", "<ul><li>", "<table><td>", "\x00", "\ufeff", "<svg>",
     "<html lang='zz-ZZ-x'>"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=30), st.booleans())
def test_property_extract_page_never_crashes(pieces: list[str], as_bytes: bool) -> None:
    html = "".join(pieces)
    try:
        page = extract_page(html.encode("utf-8", "surrogatepass") if as_bytes else html)
    except CleanError:
        return
    assert isinstance(page.text, str)
    assert "<script" not in page.text


def test_relative_canonical_is_resolved_against_url() -> None:
    html = '<link rel="canonical" href="/story/1"><p>Lumber duties were cut, the ministry said.</p>'
    page = extract_page(html, url="https://news.example.ca/a/b?utm=x")
    assert page.canonical_url == "https://news.example.ca/story/1"


def test_wrong_declared_language_is_corrected_by_the_text() -> None:
    text = (
        "Die Regierung hat die Zölle auf Stahl und Aluminium gesenkt, und die Gespräche mit den "
        "Vereinigten Staaten sind nicht einfach, sagte der Minister auf einer Pressekonferenz "
        "in Berlin, auf der er auch über die Lage der Industrie und die Zukunft des Handels sprach."
    )
    page = extract_page(f'<html lang="en"><body><article><p>{text}</p></article></body></html>')
    assert page.language == "de"
