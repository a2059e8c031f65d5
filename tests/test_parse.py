from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.parse import FeedParseError, parse_feed, sniff_feed_bytes


def test_rss_with_content_encoded(feeds_dir):
    parsed = parse_feed("ledger", (feeds_dir / "rss_content.xml").read_bytes())
    assert parsed.version == "rss20"
    assert parsed.warning is None
    first = parsed.items[0]
    assert first.title == "Ottawa weighs steel response & more"
    assert first.guid == "ledger-1001"
    # HTML stays HTML (the cleaner decodes it), but feedparser's sanitiser drops scripts
    assert "Canada&#8217;s finance minister" in first.content_html
    assert "<script" not in first.content_html
    assert first.published == datetime(2025, 3, 4, 14, 15, tzinfo=UTC)
    assert [i.position for i in parsed.items] == [0, 1, 2, 3]


def test_item_without_date_or_guid(feeds_dir):
    parsed = parse_feed("ledger", (feeds_dir / "rss_content.xml").read_bytes())
    no_date = parsed.items[1]
    assert no_date.published is None
    assert no_date.guid is None
    assert no_date.link == "https://ledger.example/trade/no-date"


def test_atom_html_and_xhtml_content(feeds_dir):
    parsed = parse_feed("wire", (feeds_dir / "atom_syndicated.xml").read_bytes())
    assert parsed.version == "atom10"
    assert "<p>Syndicated copy" in parsed.items[0].content_html
    assert "An XHTML body." in parsed.items[1].content_html
    # published wins over updated; offsets are normalised to UTC
    assert parsed.items[1].published == datetime(2025, 3, 5, 13, 30, tzinfo=UTC)


def test_rss10_rdf(feeds_dir):
    parsed = parse_feed("rdf", (feeds_dir / "rdf.xml").read_bytes())
    assert parsed.version == "rss10"
    assert parsed.items[0].published == datetime(2025, 2, 1, 9, 0, tzinfo=UTC)


def test_legacy_encoding_is_decoded_not_garbled(feeds_dir):
    parsed = parse_feed("legacy", (feeds_dir / "legacy_cp1252.xml").read_bytes())
    assert parsed.items[0].title == "Québec \u201cquotes\u201d \u2014 dash"
    assert "François-Philippe" in parsed.items[0].summary_html


def test_truncated_feed_is_flagged_but_recovers(feeds_dir):
    parsed = parse_feed("broken", (feeds_dir / "truncated.xml").read_bytes())
    assert parsed.warning is not None
    assert "malformed feed" in parsed.warning


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.xml", "empty document"),
        ("html_page.xml", "HTML page"),
        ("json_doc.xml", "JSON document"),
        ("binary.xml", "binary data"),
        ("entities.xml", "declares XML entities"),
    ],
)
def test_non_feeds_are_refused_with_a_reason(feeds_dir, name, reason):
    with pytest.raises(FeedParseError, match=reason):
        parse_feed("bad", (feeds_dir / name).read_bytes())


def test_plain_text_is_not_a_feed():
    with pytest.raises(FeedParseError, match="not XML"):
        sniff_feed_bytes(b"hello world")


def test_xml_that_is_not_a_feed():
    with pytest.raises(FeedParseError, match="not a recognised"):
        parse_feed("bad", b"<?xml version='1.0'?><note><to>x</to></note>")


def test_billion_laughs_is_refused_quickly():
    # each entity expands to ten of the previous one: 10^9 "ha"s if anything expanded it
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">{entities}]><rss>&l9;</rss>'
    with pytest.raises(FeedParseError, match="entities"):
        parse_feed("laughs", body.encode())


def test_doctype_without_entities_is_allowed():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
        b"<title>x</title><item><title>a</title></item></channel></rss>"
    )
    assert parse_feed("old", body).items[0].title == "a"
