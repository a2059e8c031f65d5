"""Where feed bytes come from.

A `FeedSource` turns feed specs into `FetchResult`s; it never parses. Two implementations:
`SampleSource` reads the bundled sample files (no network), `pipeline.fetch.HttpSource`
fetches over HTTP(S). A source never raises for one feed's failure: the failure is
reported in that feed's `FetchResult.error` and the other feeds go on.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Protocol

from pipeline.models import FeedSpec, FeedState, FetchResult

log = logging.getLogger(__name__)

SAMPLES_REGISTRY = "samples/feeds.yaml"
# Registries shipped in the package, by the short name `--feeds` accepts.
NAMED_REGISTRIES = {
    "samples": SAMPLES_REGISTRY,
    "trade-beat": "registries/trade_beat.yaml",
}


def bundled_registry_path(name: str = "samples") -> Path:
    """Path of a registry shipped inside the package (default: the bundled samples)."""
    return Path(str(resources.files("pipeline").joinpath(NAMED_REGISTRIES[name])))


def resolve_registry(arg: str | Path | None) -> Path:
    """A `--feeds` value: a shipped registry's name, a path, or None for the samples."""
    if arg is None:
        return bundled_registry_path()
    if str(arg) in NAMED_REGISTRIES:
        return bundled_registry_path(str(arg))
    return Path(arg)


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class FeedSource(Protocol):
    def fetch(
        self, feeds: Sequence[FeedSpec], states: Mapping[str, FeedState]
    ) -> list[FetchResult]:
        """Fetch every feed; one result per feed, in the order given."""
        ...


class SampleSource:
    """Reads feeds from files: `url` is a path relative to `base_dir` (the registry's
    folder), which it may not leave. Only for bundled samples and tests: network URLs are
    refused here.
    """

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir

    def fetch(
        self, feeds: Sequence[FeedSpec], states: Mapping[str, FeedState]
    ) -> list[FetchResult]:
        return [self._fetch_one(feed, states.get(feed.id)) for feed in feeds]

    def _fetch_one(self, feed: FeedSpec, state: FeedState | None) -> FetchResult:
        started = time.perf_counter()
        if "://" in feed.url and not feed.url.startswith("file://"):
            return FetchResult(feed.id, feed.url, error=f"not a sample file path: {feed.url!r}")
        path = (self.base_dir / feed.url.removeprefix("file://")).resolve()
        if not path.is_relative_to(self.base_dir.resolve()):
            # File feeds are for bundled samples and fixtures: never outside their registry.
            return FetchResult(
                feed.id, feed.url, error=f"sample path {feed.url!r} leaves {self.base_dir}"
            )
        try:
            body = path.read_bytes()
        except OSError as exc:
            return FetchResult(feed.id, feed.url, error=f"cannot read {path}: {exc.strerror}")
        digest = body_hash(body)
        return FetchResult(
            feed_id=feed.id,
            url=feed.url,
            status=200,
            body=body,
            headers={},
            final_url=str(path),
            elapsed_ms=(time.perf_counter() - started) * 1000,
            not_modified=state is not None and state.body_hash == digest,
        )


def is_file_feed(feed: FeedSpec) -> bool:
    return "://" not in feed.url or feed.url.startswith("file://")


class RoutingSource:
    """Sends file feeds to a `SampleSource` and http(s) feeds to the HTTP source."""

    def __init__(self, files: FeedSource, http: FeedSource | None) -> None:
        self.files = files
        self.http = http

    def fetch(
        self, feeds: Sequence[FeedSpec], states: Mapping[str, FeedState]
    ) -> list[FetchResult]:
        file_feeds = [f for f in feeds if is_file_feed(f)]
        net_feeds = [f for f in feeds if not is_file_feed(f)]
        results = {r.feed_id: r for r in self.files.fetch(file_feeds, states)}
        if net_feeds:
            if self.http is None:
                for f in net_feeds:
                    results[f.id] = FetchResult(f.id, f.url, error="no HTTP source configured")
            else:
                results.update((r.feed_id, r) for r in self.http.fetch(net_feeds, states))
        return [results[f.id] for f in feeds]
