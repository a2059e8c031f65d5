"""HTTP caching semantics for polite polling: conditional GET, Retry-After, next poll time.

Everything here is pure (no I/O) so it is easy to test: header mappings in, values out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from pipeline.models import FeedState

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|[,\s])(?:no-cache|no-store)\b", re.IGNORECASE)
_TTL = re.compile(rb"<(?:\w+:)?ttl\s*>\s*(\d+)\s*</", re.IGNORECASE)
_SY_PERIOD = re.compile(rb"<(?:\w+:)?updatePeriod\s*>\s*(\w+)\s*</", re.IGNORECASE)
_SY_FREQUENCY = re.compile(rb"<(?:\w+:)?updateFrequency\s*>\s*(\d+)\s*</", re.IGNORECASE)

_PERIODS = {
    b"hourly": timedelta(hours=1),
    b"daily": timedelta(days=1),
    b"weekly": timedelta(weeks=1),
    b"monthly": timedelta(days=30),
    b"yearly": timedelta(days=365),
}


def conditional_headers(state: FeedState | None) -> dict[str, str]:
    """Validators of the last successful fetch, so an unchanged feed costs a 304."""
    if state is None:
        return {}
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _header(headers: Mapping[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name), None)


def parse_http_date(value: str | None) -> datetime | None:
    """An HTTP date as an aware UTC datetime, or None when absent or malformed."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def retry_after_seconds(headers: Mapping[str, str], now: datetime) -> float | None:
    """`Retry-After` as seconds from `now` (delta-seconds or HTTP date), never negative."""
    value = _header(headers, "retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = parse_http_date(value)
    return None if when is None else max(0.0, (when - now).total_seconds())


def cache_lifetime(headers: Mapping[str, str], now: datetime) -> timedelta | None:
    """How long the response may be reused: `max-age` minus `Age`, else `Expires - Date`."""
    cache_control = _header(headers, "cache-control") or ""
    if _NO_CACHE.search(cache_control):
        return None
    match = _MAX_AGE.search(cache_control)
    if match:
        age = _header(headers, "age") or "0"
        age_s = int(age) if age.strip().isdigit() else 0
        return timedelta(seconds=max(0, int(match.group(1)) - age_s))
    expires = parse_http_date(_header(headers, "expires"))
    if expires is None:
        return None
    origin = parse_http_date(_header(headers, "date")) or now
    lifetime = expires - origin
    return lifetime if lifetime > timedelta(0) else None


def next_poll_from_feed(body: bytes) -> timedelta | None:
    """The feed's own polling hint: RSS `<ttl>` (minutes) or `sy:updatePeriod` divided by
    `sy:updateFrequency`; the longer when both are given."""
    hints: list[timedelta] = []
    ttl = _TTL.search(body)
    if ttl:
        hints.append(timedelta(minutes=int(ttl.group(1))))
    period = _SY_PERIOD.search(body)
    if period and period.group(1).lower() in _PERIODS:
        frequency = _SY_FREQUENCY.search(body)
        times = max(1, int(frequency.group(1))) if frequency else 1
        hints.append(_PERIODS[period.group(1).lower()] / times)
    positive = [h for h in hints if h > timedelta(0)]
    return max(positive) if positive else None


def next_poll_at(
    headers: Mapping[str, str],
    body: bytes | None,
    now: datetime,
    cap: timedelta,
) -> datetime | None:
    """Earliest time to poll again: the longest of the HTTP cache lifetime and the feed's
    own hint, capped so a year-long `max-age` cannot silence a feed."""
    delays = [cache_lifetime(headers, now)]
    if body is not None:
        delays.append(next_poll_from_feed(body))
    known = [d for d in delays if d is not None and d > timedelta(0)]
    if not known:
        return None
    return now + min(max(known), cap)
