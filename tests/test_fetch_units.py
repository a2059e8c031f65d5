"""Pure helpers of the fetch layer: encoding, sniffing, caching hints, address safety,
bounded decompression. No network."""

from __future__ import annotations

import gzip
import ipaddress
import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import brotli
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decompress import PIECE, DecodeError, make_decoder
from pipeline.httpcache import (
    cache_lifetime,
    conditional_headers,
    next_poll_at,
    next_poll_from_feed,
    retry_after_seconds,
)
from pipeline.models import FeedState
from pipeline.netguard import AddressPolicy, address_problem, parse_allow_rule
from pipeline.sniff import decode_feed, root_element, sniff_problem, with_utf8_charset

FIXTURES = Path(__file__).parent / "fixtures" / "fetch"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


# -- decode_feed ----------------------------------------------------------------------------------


def feed(title: str, encoding: str | None = "utf-8") -> str:
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'
    return f"{decl}<rss><channel><title>{title}</title></channel></rss>"


def test_cp1252_declared_utf8_falls_back_to_cp1252() -> None:
    raw = (FIXTURES / "cp1252_declared_utf8.xml").read_bytes()
    body, encoding = decode_feed(raw, {"Content-Type": "application/rss+xml; charset=utf-8"})
    assert encoding == "cp1252"
    assert "Café \u201ctariffs\u201d \u2013 Québec" in body.decode("utf-8")
    assert body.startswith(b'<?xml version="1.0" encoding="utf-8"?>')


def test_bom_wins_over_declaration_and_header() -> None:
    raw = feed("Montréal", "iso-8859-1").encode("utf-16-le")
    body, encoding = decode_feed(b"\xff\xfe" + raw, {"content-type": "text/xml; charset=koi8-r"})
    assert encoding == "utf-16"
    assert body == feed("Montréal").encode()


def test_utf8_bom_stripped() -> None:
    body, encoding = decode_feed(b"\xef\xbb\xbf" + feed("é").encode(), {})
    assert encoding == "utf-8" and body == feed("é").encode()


def test_header_and_declaration_agree() -> None:
    raw = feed("Привет", "koi8-r").encode("koi8-r")
    body, encoding = decode_feed(raw, {"Content-Type": "text/xml; charset=KOI8-R"})
    assert encoding == "koi8-r" and "Привет" in body.decode()


def test_disagreement_resolved_by_what_decodes() -> None:
    # Header says latin-1 (a server default), bytes and declaration are UTF-8.
    raw = feed("Québec \u2013 Ottawa").encode()
    body, encoding = decode_feed(raw, {"content-type": "text/xml; charset=ISO-8859-1"})
    assert encoding == "utf-8" and "Québec \u2013 Ottawa" in body.decode()
    # Declaration says utf-8, header (correctly) says windows-1252.
    raw = feed("“Québec”").encode("cp1252")
    body, encoding = decode_feed(raw, {"content-type": "text/xml; charset=windows-1252"})
    assert encoding == "cp1252" and "“Québec”" in body.decode()


def test_latin1_label_means_cp1252_and_no_declaration_defaults_to_utf8() -> None:
    raw = feed("\u201cquoted\u201d", "ISO-8859-1").encode("cp1252")
    body, encoding = decode_feed(raw, {})
    assert encoding == "cp1252" and "\u201cquoted\u201d" in body.decode()
    body, encoding = decode_feed(feed("ü", None).encode(), {})
    assert encoding == "utf-8" and body == feed("ü", None).encode()


def test_bomless_utf16_declaration_found() -> None:
    raw = feed("été", "utf-16le").encode("utf-16-le")
    body, encoding = decode_feed(raw, {})
    assert encoding == "utf-16-le" and "été" in body.decode()


def test_undecodable_bytes_fall_back_to_latin1() -> None:
    # 0x81 is undefined in cp1252 and invalid UTF-8.
    body, encoding = decode_feed(b"<rss>\x81\xff</rss>", {})
    assert encoding == "latin-1" and body.decode() == "<rss>\x81\xff</rss>"


def test_unknown_declared_encoding_ignored() -> None:
    body, encoding = decode_feed(feed("x", "no-such-codec").encode(), {})
    assert encoding == "utf-8" and b'encoding="utf-8"' in body


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["", "utf-8", "latin-1", "utf-16", "bogus"]))
def test_decode_feed_never_fails_and_yields_utf8(raw: bytes, charset: str) -> None:
    headers = {"content-type": f"text/xml; charset={charset}"} if charset else {}
    body, encoding = decode_feed(raw, headers)
    body.decode("utf-8")  # always valid UTF-8
    assert encoding


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="cp1252", exclude_characters="<>&"), max_size=80))
def test_cp1252_text_mislabelled_utf8_round_trips(title: str) -> None:
    raw = feed(title).encode("cp1252")
    body, _ = decode_feed(raw, {"content-type": "text/xml; charset=utf-8"})
    # cp1252 text is recovered, unless its bytes happen to be valid UTF-8 too ("Â\xa0"),
    # where reading them as the declared UTF-8 is the right call.
    try:
        as_declared = raw.decode("utf-8")
    except UnicodeDecodeError:
        as_declared = None
    assert body.decode() in (feed(title), as_declared)


# -- sniffing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["rss.xml", "atom.xml", "rdf.xml", "rss091_doctype.xml", "cp1252_declared_utf8.xml"]
)
def test_fixture_feeds_accepted(name: str) -> None:
    body, _ = decode_feed((FIXTURES / name).read_bytes(), {})
    assert sniff_problem(body) is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ((FIXTURES / "html_page.html").read_bytes(), "HTML page served instead of a feed"),
        (b"<html><body>hi</body></html>", "HTML page"),
        (b"\n  <!-- c --><HTML lang=en>", "HTML page"),
        (b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "x" "y"><html/>', "HTML page"),
        (b"<body>bare</body>", "HTML page"),
        ((FIXTURES / "jsonfeed.json").read_bytes(), "JSON"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "binary"),
        (b"", "empty body"),
        (b"   \n", "empty body"),
        (b"Service temporarily unavailable", "no root element"),
        (b"<?xml version='1.0'?><opml version='2.0'/>", "root <opml> is not a feed"),
        (
            (FIXTURES / "billion_laughs.xml").read_bytes(),
            "feed declares XML entities (possible entity-expansion attack)",
        ),
        (
            b'<!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]><rss>&ext;</rss>',
            "entity-expansion",
        ),
    ],
)
def test_non_feeds_refused(body: bytes, reason: str) -> None:
    problem = sniff_problem(body)
    assert problem is not None and reason in problem


def test_content_type_rewritten_for_utf8_body() -> None:
    assert with_utf8_charset("text/xml; charset=ISO-8859-1") == "text/xml; charset=utf-8"
    assert with_utf8_charset('text/xml; charset="latin1"; a=b') == "text/xml; charset=utf-8; a=b"
    assert with_utf8_charset("text/plain") == "text/plain; charset=utf-8"


def test_root_element_skips_prolog() -> None:
    text = (
        '<?xml version="1.0"?>\n<!-- a > b -->\n<?xml-stylesheet href="s.xsl"?>\n'
        '<!DOCTYPE rdf:RDF [ <!ELEMENT x "]>"> ]>\n<rdf:RDF xmlns:rdf="r">'
    )
    assert root_element(text) == ("rdf:RDF", "rdf:RDF")
    assert root_element("<atom:feed xmlns:atom='a'/>") == ("atom:feed", None)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_sniff_never_raises(raw: bytes) -> None:
    sniff_problem(raw)


# -- caching hints --------------------------------------------------------------------------------


def test_conditional_headers() -> None:
    assert conditional_headers(None) == {}
    assert conditional_headers(FeedState("x")) == {}
    state = FeedState("x", etag='W/"a"', last_modified="Sat, 01 Mar 2025 10:00:00 GMT")
    assert conditional_headers(state) == {
        "If-None-Match": 'W/"a"',
        "If-Modified-Since": "Sat, 01 Mar 2025 10:00:00 GMT",
    }


def test_cache_lifetime() -> None:
    assert cache_lifetime({"Cache-Control": "public, max-age=600"}, NOW) == timedelta(minutes=10)
    assert cache_lifetime({"cache-control": "max-age=600", "age": "100"}, NOW) == timedelta(
        seconds=500
    )
    assert cache_lifetime({"cache-control": "no-cache, max-age=600"}, NOW) is None
    expires = {"expires": "Sat, 01 Mar 2025 13:00:00 GMT", "date": "Sat, 01 Mar 2025 12:30:00 GMT"}
    assert cache_lifetime(expires, NOW) == timedelta(minutes=30)
    assert cache_lifetime({"expires": "Sat, 01 Mar 2025 13:00:00 GMT"}, NOW) == timedelta(hours=1)
    assert cache_lifetime({"expires": "0"}, NOW) is None
    assert cache_lifetime({}, NOW) is None


def test_retry_after() -> None:
    assert retry_after_seconds({"Retry-After": "120"}, NOW) == 120
    assert retry_after_seconds({"retry-after": "Sat, 01 Mar 2025 12:01:00 GMT"}, NOW) == 60
    assert retry_after_seconds({"retry-after": "Sat, 01 Mar 2025 11:00:00 GMT"}, NOW) == 0
    assert retry_after_seconds({"retry-after": "soon"}, NOW) is None
    assert retry_after_seconds({}, NOW) is None


def test_next_poll_from_feed() -> None:
    assert next_poll_from_feed((FIXTURES / "rss.xml").read_bytes()) == timedelta(minutes=45)
    assert next_poll_from_feed((FIXTURES / "rdf.xml").read_bytes()) == timedelta(hours=6)
    assert next_poll_from_feed(b"<sy:updatePeriod>hourly</sy:updatePeriod>") == timedelta(hours=1)
    both = b"<ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod>"
    assert next_poll_from_feed(both) == timedelta(hours=1)
    assert next_poll_from_feed(b"<rss><ttl>0</ttl></rss>") is None
    assert next_poll_from_feed((FIXTURES / "atom.xml").read_bytes()) is None


def test_next_poll_at_takes_longest_hint_and_caps() -> None:
    cap = timedelta(days=1)
    headers = {"cache-control": "max-age=60"}
    assert next_poll_at(headers, b"<ttl>45</ttl>", NOW, cap) == NOW + timedelta(minutes=45)
    assert next_poll_at({"cache-control": "max-age=99999999"}, None, NOW, cap) == NOW + cap
    assert next_poll_at({}, b"<rss/>", NOW, cap) is None


# -- address safety -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-global"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of 169.254.169.254
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
    ],
)
def test_unsafe_addresses(address: str, kind: str) -> None:
    problem = address_problem(ipaddress.ip_address(address))
    assert problem is not None and problem.startswith(kind), problem


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_allowed(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


def test_allow_rules() -> None:
    policy = AddressPolicy(
        allow=(parse_allow_rule("127.0.0.1:8080"), parse_allow_rule("10.1.0.0/16"))
    )
    loopback = ipaddress.ip_address("127.0.0.1")
    assert policy.problem(loopback, 8080) is None
    assert policy.problem(loopback, 8081) is not None
    assert policy.problem(ipaddress.ip_address("10.1.9.9"), 80) is None
    assert policy.problem(ipaddress.ip_address("10.2.0.1"), 80) is not None
    v6 = parse_allow_rule("[::1]:9000")
    assert v6.port == 9000 and v6.matches(ipaddress.ip_address("::1"), 9000)
    assert parse_allow_rule("::1").port is None
    assert AddressPolicy(allow_private=True).problem(loopback, 1) is None


# -- bounded decompression ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send
        ("br", brotli.compress),
        ("identity", lambda b: b),
    ],
)
def test_decoders_round_trip(encoding: str, compress: object) -> None:
    data = b"<rss>" + bytes(range(256)) * 2000 + b"</rss>"
    raw = compress(data)  # type: ignore[operator]
    decoder = make_decoder(encoding)
    out = b"".join(
        piece for i in range(0, len(raw), 1000) for piece in decoder.decode(raw[i : i + 1000])
    ) + b"".join(decoder.flush())
    assert out == data


@pytest.mark.parametrize(
    ("encoding", "bomb"),
    [
        ("gzip", gzip.compress(b"\0" * 20_000_000, compresslevel=9)),
        ("br", brotli.compress(b"\0" * 20_000_000)),
        ("gzip, br", brotli.compress(gzip.compress(b"\0" * 20_000_000, compresslevel=9))),
    ],
)
def test_bombs_inflate_in_bounded_pieces(encoding: str, bomb: bytes) -> None:
    tracemalloc.start()
    try:
        total = 0
        for piece in make_decoder(encoding).decode(bomb):
            assert len(piece) <= 2 * PIECE  # brotli's limit is approximate
            total += len(piece)
            if total > 1_000_000:
                break
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000  # the 20 MB were never materialised


def test_decoder_errors() -> None:
    with pytest.raises(DecodeError, match="unsupported"):
        make_decoder("zstd")
    with pytest.raises(DecodeError, match="corrupt gzip"):
        list(make_decoder("gzip").decode(b"definitely not gzip"))
