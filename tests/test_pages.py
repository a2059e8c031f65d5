"""Full articles for summary-only items, fetched from a real loopback server."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer

from pipeline.cli import main
from pipeline.fetch import FetchConfig
from pipeline.pages import PageRequest, fetch_pages, needs_page

ARTICLE = """<!DOCTYPE html><html lang="en"><head><title>Ottawa answers steel tariffs</title>
<link rel="canonical" href="https://news.example/2025/03/ottawa-steel"></head><body>
<nav><a href="/">Home</a> | <a href="/trade">Trade</a></nav>
<article><h1>Ottawa answers steel tariffs</h1>
<p>Finance Minister Dominic LeBlanc said on Thursday that Canada will impose 25 per cent
counter-tariffs on $29.8 billion of American steel and aluminum products, starting at
midnight, in response to the United States' new duties on Canadian metals.</p>
<p>The measures cover steel, aluminum and a list of consumer goods, and will stay in place
for as long as the American duties do, officials said in a briefing.</p>
<p>Industry groups in Ontario and Quebec welcomed the response but warned that a long fight
would cost jobs on both sides of the border.</p></article>
<aside class="related"><a href="/x">Related: hockey scores</a></aside>
<footer>Copyright News Example</footer></body></html>"""


def _feed(server: HTTPServer) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{server.url_for(path)}</link><guid>{guid}</guid>"
        f"<description>{summary}</description></item>"
        for title, path, guid, summary in [
            ("Ottawa answers", "/news/steel", "g1", "Canada responds to steel tariffs."),
            ("Blocked page", "/private/secret", "g2", "A page robots.txt forbids."),
            ("Gone page", "/news/gone", "g3", "A page that no longer exists."),
        ]
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )


@pytest.fixture
def site(httpserver: HTTPServer):
    httpserver.expect_request("/feed.xml").respond_with_data(
        _feed(httpserver), content_type="application/rss+xml"
    )
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    httpserver.expect_request("/news/steel").respond_with_data(
        ARTICLE, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/news/gone").respond_with_data("gone", status=404)
    return httpserver


def test_needs_page():
    assert needs_page("", "https://x.example/a")
    assert not needs_page("<p>full text</p>", "https://x.example/a")
    assert not needs_page("", None)
    assert not needs_page("", "ftp://x.example/a")


def test_fetch_pages_honours_robots_and_reports_failures(site):
    config = FetchConfig(allow_private_hosts=True, attempts=1)
    requests = [
        PageRequest("a", site.url_for("/news/steel")),
        PageRequest("b", site.url_for("/private/secret")),
        PageRequest("c", site.url_for("/news/gone")),
    ]
    pages = fetch_pages(requests, config, delay=0)
    assert [p.key for p in pages] == ["a", "b", "c"]
    assert pages[0].html is not None and b"<article>" in pages[0].html
    assert "disallowed by robots.txt" in pages[1].error
    assert pages[2].error.startswith("page ") and "HTTP 404" in pages[2].error
    paths = [req.path for req, _ in site.log]
    assert "/private/secret" not in paths
    assert paths.count("/robots.txt") == 1


def test_unreachable_robots_means_no_pages(httpserver: HTTPServer):
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    config = FetchConfig(allow_private_hosts=True, attempts=1)
    (page,) = fetch_pages([PageRequest("a", httpserver.url_for("/a"))], config, delay=0)
    assert "robots.txt" in page.error
    assert [req.path for req, _ in httpserver.log] == ["/robots.txt"]


def test_politeness_delay_spaces_requests_to_one_host(httpserver: HTTPServer):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    for n in range(3):
        httpserver.expect_request(f"/p{n}").respond_with_data(
            "<html><body><p>x</p></body></html>", content_type="text/html"
        )
    config = FetchConfig(allow_private_hosts=True)
    started = time.monotonic()
    pages = fetch_pages(
        [PageRequest(str(n), httpserver.url_for(f"/p{n}")) for n in range(3)], config, delay=0.3
    )
    assert all(p.html for p in pages)
    assert time.monotonic() - started >= 0.6  # two pauses between three requests


def test_run_with_full_articles_keeps_raw_html_and_uses_the_page(site, tmp_path: Path, capsys):
    registry = tmp_path / "feeds.yaml"
    registry.write_text(f"feeds:\n  - {{id: site, url: '{site.url_for('/feed.xml')}'}}\n")
    db = tmp_path / "pages.duckdb"
    args = [
        "run",
        "--db",
        str(db),
        "--feeds",
        str(registry),
        "--no-progress",
        "--allow-private-hosts",
        "--full-articles",
        "--page-delay",
        "0",
    ]
    assert main(args) == 0  # page failures fall back to the summary; nothing fails
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute(
            "SELECT i.guid, i.page_html IS NOT NULL, a.canonical_url, a.text FROM items i"
            " JOIN articles a USING (article_id) ORDER BY i.guid"
        ).fetchall()
    steel = rows[0]
    assert steel[1] is True
    assert steel[2] == "https://news.example/2025/03/ottawa-steel"  # rel=canonical
    assert "$29.8 billion" in steel[3] and "hockey" not in steel[3] and "Home" not in steel[3]
    assert rows[1][1:] == (False, rows[1][2], "A page robots.txt forbids.")
    assert rows[2][3] == "A page that no longer exists."
    # the article text came from the page, so the extractor found the counter-tariff
    with duckdb.connect(str(db), read_only=True) as conn:
        events = conn.execute("SELECT type, initiator, target, retaliatory FROM events").fetchall()
    assert ("tariff", "CA", "US", True) in events

    # a second run fetches no page again: the items are already loaded
    site.clear_log()
    main(args)
    assert [req.path for req, _ in site.log] == ["/feed.xml"]
