from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.batch import FetchRecord
from pipeline.health import MAX_BACKOFF, is_due, next_state
from pipeline.models import FeedSpec, FeedState

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
FEED = FeedSpec("f", "https://f.example/rss", poll_interval_minutes=30)


def test_success_resets_failures_and_schedules_the_next_poll():
    prev = FeedState("f", consecutive_failures=3)
    fetch = FetchRecord("f", FEED.url, "ok", NOW, etag='"v2"', body_hash="h2")
    state = next_state(FEED, prev, fetch)
    assert state.consecutive_failures == 0
    assert state.etag == '"v2"' and state.body_hash == "h2"
    assert state.next_poll_at == NOW + timedelta(minutes=30)


def test_server_cache_hint_later_than_interval_wins():
    fetch = FetchRecord("f", FEED.url, "ok", NOW, next_poll_at=NOW + timedelta(hours=2))
    assert next_state(FEED, None, fetch).next_poll_at == NOW + timedelta(hours=2)


def test_failures_back_off_exponentially_and_keep_validators():
    state = FeedState("f", etag='"v1"', last_modified="Tue", body_hash="h1")
    delays = []
    for _ in range(4):
        state = next_state(FEED, state, FetchRecord("f", FEED.url, "failed", NOW, error="x"))
        delays.append(state.next_poll_at - NOW)
    assert delays == [timedelta(minutes=m) for m in (60, 120, 240, 480)]
    assert state.consecutive_failures == 4
    assert (state.etag, state.last_modified, state.body_hash) == ('"v1"', "Tue", "h1")
    for _ in range(20):
        state = next_state(FEED, state, FetchRecord("f", FEED.url, "failed", NOW, error="x"))
    assert state.next_poll_at - NOW == MAX_BACKOFF


def test_not_modified_keeps_the_old_validators():
    prev = FeedState("f", etag='"v1"', last_modified="Tue", body_hash="h1")
    state = next_state(FEED, prev, FetchRecord("f", FEED.url, "not_modified", NOW))
    assert (state.etag, state.last_modified, state.body_hash) == ('"v1"', "Tue", "h1")


def test_is_due():
    assert is_due(None, NOW)
    assert is_due(FeedState("f", next_poll_at=NOW), NOW)
    assert not is_due(FeedState("f", next_poll_at=NOW + timedelta(seconds=1)), NOW)
