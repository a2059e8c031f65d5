"""Feed health between runs: failures counted, failing feeds backed off exponentially."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from pipeline.batch import FetchRecord
from pipeline.models import FeedSpec, FeedState

DEFAULT_POLL = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=24)


def next_state(feed: FeedSpec, prev: FeedState | None, fetch: FetchRecord) -> FeedState:
    """The feed's state after this fetch. A failure keeps the conditional-GET validators
    of the last success, so the next success can still answer 304."""
    state = prev or FeedState(feed_id=feed.id)
    interval = (
        timedelta(minutes=feed.poll_interval_minutes)
        if feed.poll_interval_minutes
        else DEFAULT_POLL
    )
    if fetch.status == "failed":
        failures = state.consecutive_failures + 1
        backoff = min(interval * (2 ** min(failures, 16)), MAX_BACKOFF)
        retry_at = fetch.fetched_at + backoff
        # A server's own Retry-After, when later, is respected too.
        if fetch.next_poll_at and fetch.next_poll_at > retry_at:
            retry_at = fetch.next_poll_at
        return replace(state, consecutive_failures=failures, next_poll_at=retry_at)
    earliest = fetch.fetched_at + interval
    if fetch.next_poll_at and fetch.next_poll_at > earliest:
        earliest = fetch.next_poll_at
    return FeedState(
        feed_id=feed.id,
        etag=fetch.etag or (state.etag if fetch.status == "not_modified" else None),
        last_modified=fetch.last_modified
        or (state.last_modified if fetch.status == "not_modified" else None),
        body_hash=fetch.body_hash or state.body_hash,
        # Only a permanent redirect moves a feed; a temporary one is followed each time.
        effective_url=fetch.permanent_url or state.effective_url,
        next_poll_at=earliest,
        consecutive_failures=0,
    )


def is_due(state: FeedState | None, now: datetime) -> bool:
    return state is None or state.next_poll_at is None or state.next_poll_at <= now
