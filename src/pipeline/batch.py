"""The unit of loading: everything one run produced, as typed records.

A `RunBatch` is built in memory by `pipeline.run` (or assembled from staged files by the
Airflow DAG) and handed to `pipeline.warehouse.load_batch`, which writes it in one
transaction: a run is in the warehouse whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pipeline.models import Article, Event, FeedItem, FeedSpec, Person, Quote
from pipeline.neardup import ClusterLink


@dataclass(slots=True)
class FetchRecord:
    """The outcome of one feed in one run (a row of `fetches`, and the feed's health)."""

    feed_id: str
    url: str
    # "ok", "not_modified" or "failed"; a malformed feed is "failed" yet keeps the items
    # the parser recovered from it.
    status: str
    fetched_at: datetime
    final_url: str | None = None
    http_status: int | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    body_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_poll_at: datetime | None = None
    permanent_url: str | None = None
    items_total: int = 0
    items_new: int = 0


@dataclass(frozen=True, slots=True)
class ItemRecord:
    item: FeedItem
    item_id: str
    article_id: str
    outcome: str  # "new" or "duplicate"
    matched_key: str | None
    page_url: str | None = None
    page_html: bytes | None = None


@dataclass(slots=True)
class ArticleRecord:
    article: Article
    relevant: bool
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class RunCounts:
    feeds_total: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    items_new: int = 0
    items_duplicate: int = 0
    items_seen: int = 0
    items_failed: int = 0
    articles_new: int = 0
    events_new: int = 0


@dataclass(slots=True)
class RunBatch:
    run_id: str
    started_at: datetime
    extractor_version: str
    registry: str | None = None
    finished_at: datetime | None = None
    feeds: list[FeedSpec] = field(default_factory=list)
    fetches: list[FetchRecord] = field(default_factory=list)
    items: list[ItemRecord] = field(default_factory=list)
    articles: list[ArticleRecord] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    # Near-duplicate sketches and story clusters of the new articles.
    sketches: dict[str, list[int]] = field(default_factory=dict)
    clusters: list[ClusterLink] = field(default_factory=list)
    counts: RunCounts = field(default_factory=RunCounts)
    # Human-readable failures ("feed 'x': reason", "item 'y' of feed 'x': reason").
    failures: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "partial" if self.counts.feeds_failed or self.counts.items_failed else "ok"
