"""Metadata helpers: date parsing, language tags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import lxml.html
import pytest

from pipeline.clean.language import guess_language
from pipeline.clean.metadata import PageMeta, extract_metadata, parse_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-11-19T10:48:00Z", datetime(2019, 11, 19, 10, 48, tzinfo=UTC)),
        (
            "2019-11-19T10:48:00+0100",
            datetime(2019, 11, 19, 10, 48, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("2019-11-19", datetime(2019, 11, 19, tzinfo=UTC)),
        ("2019-11-19 10:48:00", datetime(2019, 11, 19, 10, 48, tzinfo=UTC)),
        ("Tue, 19 Nov 2019 10:48:00 GMT", datetime(2019, 11, 19, 10, 48, tzinfo=UTC)),
        ("2019/11/19 something", datetime(2019, 11, 19, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        ("0001-01-01T00:00:00Z", None),
    ],
)
def test_parse_date(raw: str, expected: datetime | None) -> None:
    assert parse_date(raw) == expected


def _meta(head: str, html_attrs: str = "") -> PageMeta:
    return extract_metadata(
        lxml.html.document_fromstring(f"<html {html_attrs}><head>{head}</head><body></body></html>")
    )


def test_language_normalised_and_fallbacks() -> None:
    assert _meta("", 'lang="EN_us"').language == "en-US"
    assert _meta('<meta property="og:locale" content="fr_CA">').language == "fr-CA"
    assert _meta("", 'lang="not a language"').language is None


def test_invalid_json_ld_is_ignored() -> None:
    meta = _meta('<script type="application/ld+json">{broken</script><title> T </title>')
    assert meta.title == "T"


def test_author_urls_are_not_bylines() -> None:
    meta = _meta('<meta property="article:author" content="https://facebook.com/someone">')
    assert meta.byline is None


def test_byline_from_markup_when_no_meta() -> None:
    html = (
        "<html><body><div class='byline'>By <span itemprop='author' itemscope>"
        "<span itemprop='name'>Ana Li</span></span></div></body></html>"
    )
    assert extract_metadata(lxml.html.document_fromstring(html)).byline == "Ana Li"


def test_byline_prefix_removed_from_meta() -> None:
    assert _meta('<meta name="author" content="By Jo Doe, Staff">').byline == "Jo Doe, Staff"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said that the tariffs on steel and aluminum would be removed by the end "
         "of the month, and that talks with the United States are going well for now.", "en"),
        ("Le ministre a dit que les droits de douane sur l'acier et l'aluminium seront levés à "
         "la fin du mois, et que les négociations avec les États-Unis vont bien pour le moment.",
         "fr"),
        ("Tariffs steel aluminum", None),  # too short to tell
    ],
)  # fmt: skip
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected
