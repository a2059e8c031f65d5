from __future__ import annotations

from pipeline.models import FeedSpec, FeedState, FetchResult
from pipeline.sources import RoutingSource, SampleSource, body_hash


def test_sample_source_reads_files_relative_to_the_registry(feeds_dir):
    source = SampleSource(feeds_dir)
    (result,) = source.fetch([FeedSpec("rdf", "rdf.xml")], {})
    assert result.ok and result.status == 200
    assert result.body == (feeds_dir / "rdf.xml").read_bytes()
    assert result.not_modified is False


def test_unchanged_body_is_not_modified(feeds_dir):
    body = (feeds_dir / "rdf.xml").read_bytes()
    state = FeedState("rdf", body_hash=body_hash(body))
    (result,) = SampleSource(feeds_dir).fetch([FeedSpec("rdf", "rdf.xml")], {"rdf": state})
    assert result.not_modified and result.ok


def test_sample_source_refuses_network_urls_and_escapes(feeds_dir):
    feeds = [
        FeedSpec("net", "https://example.com/feed.xml"),
        FeedSpec("escape", "../../conftest.py"),
        FeedSpec("abs", "/etc/passwd"),
        FeedSpec("missing", "nope.xml"),
    ]
    results = SampleSource(feeds_dir).fetch(feeds, {})
    assert [r.ok for r in results] == [False, False, False, False]
    assert "not a sample file path" in results[0].error
    assert "leaves" in results[1].error and "leaves" in results[2].error
    assert "cannot read" in results[3].error


class _FakeHttp:
    """Records what it was asked for; answers every feed with an empty 200."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, feeds, states):
        self.asked.extend(f.id for f in feeds)
        return [FetchResult(f.id, f.url, status=200, body=b"<rss/>") for f in feeds]


def test_routing_source_splits_by_scheme_and_keeps_order(feeds_dir):
    http = _FakeHttp()
    feeds = [
        FeedSpec("a", "https://a.example/rss"),
        FeedSpec("rdf", "rdf.xml"),
        FeedSpec("b", "http://b.example/atom"),
    ]
    results = RoutingSource(SampleSource(feeds_dir), http).fetch(feeds, {})
    assert [r.feed_id for r in results] == ["a", "rdf", "b"]
    assert http.asked == ["a", "b"]
    assert results[1].body.startswith(b"<?xml")


def test_routing_without_http_source_fails_network_feeds_only(feeds_dir):
    feeds = [FeedSpec("a", "https://a.example/rss"), FeedSpec("rdf", "rdf.xml")]
    results = RoutingSource(SampleSource(feeds_dir), None).fetch(feeds, {})
    assert results[0].error == "no HTTP source configured"
    assert results[1].ok
