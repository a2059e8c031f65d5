"""One pipeline run: fetch -> parse -> clean -> dedup -> extract -> load.

Each stage is a function over typed records; this module wires them for the CLI, and the
Airflow DAGs call the same functions. Failures are per feed and per item: they are logged
with the feed and item named, counted, and never stop the run.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
from tqdm import tqdm

from pipeline import neardup, warehouse
from pipeline.batch import ArticleRecord, FetchRecord, ItemRecord, RunBatch
from pipeline.clean import CleanError, clean_fragment, extract_page
from pipeline.dedup import Candidate, canonical_url, content_hash, dedup, item_id
from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.models import Article, ArticleInput, FeedItem, FeedSpec, FetchResult
from pipeline.pages import Page, PageRequest, needs_page
from pipeline.parse import FeedParseError, parse_feed
from pipeline.sources import FeedSource, body_hash

log = logging.getLogger(__name__)

FETCH_CHUNK = 200  # feeds fetched concurrently before their bodies are parsed and dropped


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True, slots=True)
class CleanItem:
    """A feed item after cleaning: the text the extractor will read, and its dedup keys."""

    feed: FeedSpec
    item: FeedItem
    title: str
    text: str
    candidate: Candidate
    page: Page | None = None


# --- stages ----------------------------------------------------------------------------


def parse_stage(
    feed: FeedSpec, result: FetchResult, now: datetime
) -> tuple[FetchRecord, list[FeedItem]]:
    """Turn one fetch result into its fetch record and its raw items."""
    record = FetchRecord(
        feed_id=feed.id,
        url=feed.url,
        status="ok",
        fetched_at=now,
        final_url=result.final_url,
        http_status=result.status,
        elapsed_ms=result.elapsed_ms,
        etag=result.etag,
        last_modified=result.last_modified,
        next_poll_at=result.next_poll_at,
        permanent_url=result.permanent_url,
        body_hash=body_hash(result.body) if result.body is not None else None,
    )
    if result.error:
        record.status, record.error = "failed", result.error
        log.error("feed %r (%s) failed: %s", feed.id, feed.url, result.error)
        return record, []
    if result.not_modified or result.body is None:
        record.status = "not_modified"
        log.info("feed %r not modified since the last run", feed.id)
        return record, []
    try:
        parsed = parse_feed(feed.id, result.body, result.headers)
    except FeedParseError as exc:
        record.status, record.error = "failed", str(exc)
        log.error("feed %r (%s) failed: %s", feed.id, feed.url, exc)
        return record, []
    if parsed.warning:
        # A malformed feed counts as failed, but the entries it recovered are kept.
        record.status, record.error = "failed", parsed.warning
        log.error("feed %r (%s) failed: %s", feed.id, feed.url, parsed.warning)
    record.items_total = len(parsed.items)
    return record, parsed.items


class ItemError(ValueError):
    pass


def clean_stage(feed: FeedSpec, item: FeedItem, page: Page | None = None) -> CleanItem:
    """Clean one item's HTML into text and compute its dedup keys. Raises `ItemError`.

    With a fetched `page` (a summary-only item's full article), the page's main text
    replaces the summary when it is longer, and its `<link rel=canonical>` names the story.
    """
    title = clean_fragment(item.title).replace("\n", " ").strip()
    text = clean_fragment(item.content_html or item.summary_html)
    url = canonical_url(item.link)
    if page is not None and page.html is not None:
        try:
            cleaned = extract_page(page.html, page.final_url or page.url)
        except CleanError as exc:
            log.warning("page %s of feed %r: %s; keeping the summary", page.url, feed.id, exc)
        else:
            if len(cleaned.text) > len(text):
                text = cleaned.text
            url = canonical_url(cleaned.canonical_url) or canonical_url(page.final_url) or url
    if not title and not text:
        raise ItemError("entry has neither a title nor any text")
    digest = content_hash(title, text)
    candidate = Candidate(
        item_id=item_id(feed.id, item.guid, item.link, digest),
        feed_id=feed.id,
        guid=item.guid,
        canonical_url=url,
        content_hash=digest,
    )
    return CleanItem(feed, item, title, text, candidate, page)


PageFetcher = Callable[[Sequence[PageRequest]], list[Page]]


def page_stage(
    conn: duckdb.DuckDBPyConnection,
    parsed: Sequence[tuple[FeedSpec, Sequence[FeedItem]]],
    fetch_pages: PageFetcher,
) -> dict[str, Page]:
    """Fetch the full article of every summary-only item not already in the warehouse."""
    wanted: dict[str, str] = {}
    for feed, items in parsed:
        for item in items:
            if needs_page(item.content_html, item.link):
                wanted[item_id(feed.id, item.guid, item.link, "")] = item.link or ""
    known = warehouse.known_items(conn, wanted)
    requests = [PageRequest(key, url) for key, url in wanted.items() if key not in known]
    pages = {p.key: p for p in fetch_pages(requests)}
    for page in pages.values():
        if page.error:
            log.warning("%s; keeping the feed's summary", page.error)
    return pages


def describe_item(feed: FeedSpec, item: FeedItem) -> str:
    ident = item.guid or item.link or (item.title[:60] if item.title else None)
    return f"item {item.position} ({ident or 'no id'}) of feed {feed.id!r}"


def extract_stage(articles: Sequence[Article], progress: bool = False) -> list[ArticleRecord]:
    records = []
    for article in tqdm(
        articles, desc="extract", unit="article", disable=not progress, leave=False
    ):
        result = extract(
            ArticleInput(
                id=article.article_id,
                title=article.title,
                text=article.text,
                published=article.published,
            )
        )
        if result.error:
            log.warning(
                "article %s (%s): extraction error: %s",
                article.article_id,
                article.url,
                result.error,
            )
        records.append(
            ArticleRecord(article, result.relevant, result.events, result.people, result.quotes)
        )
    return records


# --- the whole run ---------------------------------------------------------------------


def run_pipeline(
    conn: duckdb.DuckDBPyConnection,
    feeds: Sequence[FeedSpec],
    source: FeedSource,
    *,
    registry: str | None = None,
    progress: bool = False,
    now: datetime | None = None,
    fetch_pages: PageFetcher | None = None,
) -> RunBatch:
    """Fetch, process and load `feeds` into the open warehouse; returns the loaded batch.

    With `fetch_pages`, summary-only items get their linked page fetched and cleaned.
    """
    started = now or datetime.now(UTC)
    batch = RunBatch(
        run_id=new_run_id(started),
        started_at=started,
        extractor_version=EXTRACTOR_VERSION,
        registry=registry,
        feeds=list(feeds),
    )
    states = warehouse.feed_states(conn)
    cleaned: list[CleanItem] = []
    records_by_feed: dict[str, FetchRecord] = {}
    parsed: list[tuple[FeedSpec, list[FeedItem]]] = []
    bar = tqdm(total=len(feeds), desc="fetch", unit="feed", disable=not progress, leave=False)
    # Feeds are fetched a chunk at a time and their bodies dropped once parsed, so memory
    # does not grow with the number of feeds in the registry.
    for start in range(0, len(feeds), FETCH_CHUNK):
        chunk = feeds[start : start + FETCH_CHUNK]
        for feed, result in zip(chunk, source.fetch(chunk, states), strict=True):
            record, items = parse_stage(feed, result, started)
            batch.fetches.append(record)
            records_by_feed[feed.id] = record
            if record.status == "failed":
                batch.failures.append(f"feed {feed.id!r}: {record.error}")
            parsed.append((feed, items))
        pages = page_stage(conn, parsed, fetch_pages) if fetch_pages else {}
        for feed, items in parsed:
            done, failures = clean_items(feed, items, pages)
            cleaned.extend(done)
            batch.failures.extend(failures)
            batch.counts.items_failed += len(failures)
        parsed.clear()
        bar.update(len(chunk))
    bar.close()

    dedup_stage(conn, batch, cleaned, records_by_feed)
    articles = new_articles(batch, cleaned)
    cluster_stage(conn, batch, articles)
    batch.articles = extract_stage(articles, progress=progress)

    c = batch.counts
    c.feeds_total = len(feeds)
    c.feeds_failed = sum(1 for f in batch.fetches if f.status == "failed")
    c.feeds_not_modified = sum(1 for f in batch.fetches if f.status == "not_modified")
    c.articles_new = len(batch.articles)
    c.events_new = sum(len(a.events) for a in batch.articles)
    batch.finished_at = datetime.now(UTC)
    warehouse.load_batch(conn, batch, states)
    return batch


def clean_items(
    feed: FeedSpec, items: Sequence[FeedItem], pages: Mapping[str, Page] | None = None
) -> tuple[list[CleanItem], list[str]]:
    """Clean a feed's items (with their fetched `pages`, if any): the cleaned items, and
    the reason of each item that failed, logged and never raised. The CLI run and the
    Airflow fetch step both clean through here."""
    cleaned: list[CleanItem] = []
    failures: list[str] = []
    for item in items:
        page = pages.get(item_id(feed.id, item.guid, item.link, "")) if pages else None
        try:
            cleaned.append(clean_stage(feed, item, page))
        except Exception as exc:  # one bad item never stops the run
            reason = f"{describe_item(feed, item)}: {exc}"
            log.error("%s", reason)
            failures.append(reason)
    return cleaned, failures


def dedup_stage(
    conn: duckdb.DuckDBPyConnection,
    batch: RunBatch,
    cleaned: Sequence[CleanItem],
    records_by_feed: dict[str, FetchRecord],
) -> None:
    """Look the candidates' keys up in the warehouse and record items and counts in `batch`."""
    candidates = [c.candidate for c in cleaned]
    known_items = warehouse.known_items(conn, (c.item_id for c in candidates))
    known_keys = warehouse.known_keys(conn, (k for c in candidates for k in c.dedup_keys()))
    result = dedup(candidates, known_items, known_keys)
    batch.keys = result.new_keys
    stored: set[str] = set()
    for clean_item, decision in zip(cleaned, result.decisions, strict=True):
        if decision.outcome == "seen":
            batch.counts.items_seen += 1
            continue
        if decision.outcome == "duplicate":
            batch.counts.items_duplicate += 1
        else:
            batch.counts.items_new += 1
            records_by_feed[clean_item.feed.id].items_new += 1
        if decision.item_id in stored:
            continue
        stored.add(decision.item_id)
        batch.items.append(
            ItemRecord(
                item=clean_item.item,
                item_id=decision.item_id,
                article_id=decision.article_id,
                outcome=decision.outcome,
                matched_key=decision.matched_key,
                page_url=clean_item.page.final_url if clean_item.page else None,
                page_html=clean_item.page.html if clean_item.page else None,
            )
        )


def cluster_stage(
    conn: duckdb.DuckDBPyConnection, batch: RunBatch, articles: Sequence[Article]
) -> None:
    """Link near-duplicate stories (small edits of one wire story) into story clusters."""
    sketches = {a.article_id: neardup.sketch(a.text or a.title) for a in articles}
    lookup = {h for sk in sketches.values() for h in neardup.index_keys(sk)}
    known = warehouse.similar_candidates(conn, lookup)
    batch.sketches = {a: sk for a, sk in sketches.items() if sk}
    batch.clusters = neardup.assign_clusters(list(sketches.items()), known)
    linked = sum(1 for c in batch.clusters if c.matched_article)
    if linked:
        log.info("%d new articles joined an existing story cluster", linked)


def new_articles(batch: RunBatch, cleaned: Iterable[CleanItem]) -> list[Article]:
    """The articles to extract: one per item that dedup decided is a new story."""
    by_item = {c.candidate.item_id: c for c in cleaned}
    return [
        _article_from(by_item[r.item_id], r.article_id) for r in batch.items if r.outcome == "new"
    ]


def _article_from(c: CleanItem, article_id: str) -> Article:
    return Article(
        article_id=article_id,
        feed_id=c.feed.id,
        item_key=c.candidate.item_id,
        url=c.item.link,
        canonical_url=c.candidate.canonical_url,
        guid=c.item.guid,
        title=c.title,
        text=c.text,
        language=c.feed.language or None,
        published=c.item.published,
        content_hash=c.candidate.content_hash,
    )
