from __future__ import annotations

import pytest

from pipeline.dedup import Candidate, canonical_url, content_hash, dedup, item_id


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://News.Example.COM:443/a/b?utm_source=rss&id=3&fbclid=x#frag",
            "https://news.example.com/a/b?id=3",
        ),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:8080/x?b=2&a=1", "http://example.com:8080/x?a=1&b=2"),
        ("https://x.example/p?gclid=1&utm_medium=feed", "https://x.example/p"),
        ("ftp://x.example/file", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_content_hash_ignores_case_spacing_and_punctuation():
    assert content_hash("t", "Tariffs, rising!\n\nNow.") == content_hash("t", "tariffs rising now")
    assert content_hash("t", "Tariffs rising") != content_hash("t", "Tariffs falling")
    # an item with no text is identified by its title
    assert content_hash("Only a title", "") == content_hash("x", "only a title")


def _cand(feed, guid=None, url=None, text="body"):
    digest = content_hash("", text)
    return Candidate(item_id(feed, guid, url, digest), feed, guid, canonical_url(url), digest)


def test_new_duplicate_and_seen():
    a = _cand("f1", guid="g1", url="https://x.example/story?utm_source=rss", text="one")
    b = _cand("f2", guid="other", url="https://X.example/story", text="one, edited")
    c = _cand("f2", guid="g3", url="https://x.example/another", text="one")  # same text
    d = _cand("f1", guid="g4", url="https://x.example/fresh", text="fresh")
    result = dedup([a, b, c, d], known_items={}, known_keys={})
    outcomes = [(x.outcome, x.matched_key) for x in result.decisions]
    assert outcomes[0] == ("new", None)
    assert outcomes[1] == ("duplicate", "url:https://x.example/story")
    assert outcomes[2][0] == "duplicate" and outcomes[2][1].startswith("hash:")
    assert outcomes[3] == ("new", None)
    # the duplicates point at the first article; a new article gets its own id
    ids = [x.article_id for x in result.decisions]
    assert ids[0] == ids[1] == ids[2] != ids[3]
    # keys of duplicates are recorded too, so a later copy at b's guid is caught
    assert result.new_keys["guid:f2:other"] == ids[0]


def test_known_items_are_seen_and_known_keys_match():
    a = _cand("f1", guid="g1", url="https://x.example/1", text="one")
    b = _cand("f2", guid="g2", url="https://x.example/1", text="other text")
    result = dedup(
        [a, b],
        known_items={a.item_id: "art-1"},
        known_keys={"url:https://x.example/1": "art-1"},
    )
    assert [d.outcome for d in result.decisions] == ["seen", "duplicate"]
    assert [d.article_id for d in result.decisions] == ["art-1", "art-1"]
    assert "url:https://x.example/1" not in result.new_keys


def test_repeated_entry_in_one_feed_is_a_duplicate_of_itself():
    a = _cand("f1", guid="g1", url="https://x.example/1")
    result = dedup([a, a], {}, {})
    assert [d.outcome for d in result.decisions] == ["new", "duplicate"]
    assert result.decisions[1].matched_key == "item_id"


def test_dedup_is_deterministic():
    cands = [_cand("f", guid=str(i), text=f"t{i}") for i in range(5)]
    first = dedup(cands, {}, {})
    second = dedup(cands, {}, {})
    assert first.decisions == second.decisions
