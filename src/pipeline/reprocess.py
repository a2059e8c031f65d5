"""Re-extraction of stored articles with the current extractor.

The new events replace the old ones of the same articles in one transaction (a crash
leaves the old events), and each article records the extractor version that produced
its events. A dry run extracts and counts but writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import duckdb
import pyarrow as pa

from pipeline import warehouse
from pipeline.batch import ArticleRecord
from pipeline.measures import refresh_clusters
from pipeline.models import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReprocessResult:
    run_id: str
    extractor_version: str
    dry_run: bool
    articles: int
    events_before: int
    events_after: int
    relevant_after: int

    def as_dict(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in self.__slots__}


def select_articles(
    conn: duckdb.DuckDBPyConnection,
    start: date | None = None,
    end: date | None = None,
    feeds: Sequence[str] | None = None,
) -> list[Article]:
    """Stored articles published in [start, end] (whole UTC days) of the given feeds.
    With a date bound, articles without a publication date are left out."""
    where, args = ["TRUE"], []
    if start:
        where.append("published_at >= ?")
        args.append(datetime.combine(start, datetime.min.time(), UTC))
    if end:
        where.append("published_at < ?")
        args.append(datetime.combine(end + timedelta(days=1), datetime.min.time(), UTC))
    if feeds:
        where.append("list_contains(?, feed_id)")
        args.append(list(feeds))
    rows = conn.execute(
        f"""SELECT article_id, feed_id, first_item_id, url, canonical_url, guid, title, text,
                   language, published_at, content_hash
            FROM articles WHERE {" AND ".join(where)} ORDER BY article_id""",
        args,
    ).fetchall()
    return [Article(*row) for row in rows]


def reprocess(
    conn: duckdb.DuckDBPyConnection,
    *,
    start: date | None = None,
    end: date | None = None,
    feeds: Sequence[str] | None = None,
    dry_run: bool = False,
    run_id: str | None = None,
) -> ReprocessResult:
    """Re-extract the selected articles; unless `dry_run`, replace their events, people and
    quotes atomically and record the extractor version on each article."""
    from pipeline.extract import EXTRACTOR_VERSION
    from pipeline.run import extract_stage

    run_id = run_id or f"reprocess-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    articles = select_articles(conn, start, end, feeds)
    ids = pa.table({"article_id": pa.array([a.article_id for a in articles], pa.string())})
    conn.register("_reprocess_ids", ids)
    try:
        before = conn.execute(
            "SELECT count(*) FROM events JOIN _reprocess_ids USING (article_id)"
        ).fetchall()[0][0]
        records = extract_stage(articles)
        if not dry_run:
            _replace(conn, records, EXTRACTOR_VERSION, run_id)
    finally:
        conn.unregister("_reprocess_ids")
    result = ReprocessResult(
        run_id=run_id,
        extractor_version=EXTRACTOR_VERSION,
        dry_run=dry_run,
        articles=len(records),
        events_before=before,
        events_after=sum(len(r.events) for r in records),
        relevant_after=sum(1 for r in records if r.relevant),
    )
    log.info(
        "%s%s: %d articles re-extracted with %s, %d events -> %d",
        "dry run " if dry_run else "",
        run_id,
        result.articles,
        EXTRACTOR_VERSION,
        result.events_before,
        result.events_after,
    )
    return result


def _replace(
    conn: duckdb.DuckDBPyConnection,
    records: Sequence[ArticleRecord],
    extractor_version: str,
    run_id: str,
) -> None:
    events = pa.Table.from_pylist(
        [
            row
            for r in records
            for row in warehouse.events_rows(
                r.article.article_id, extractor_version, run_id, r.events
            )
        ],
        schema=warehouse.EVENTS_SCHEMA,
    )
    people = pa.Table.from_pylist(
        [
            {
                "article_id": r.article.article_id,
                "name": p.name,
                "role": p.role,
                "country": p.country,
                "run_id": run_id,
            }
            for r in records
            for p in {p.name: p for p in reversed(r.people)}.values()  # one row per name
        ],
        schema=pa.schema(
            [(n, pa.string()) for n in ("article_id", "name", "role", "country", "run_id")]
        ),
    )
    quotes = pa.Table.from_pylist(
        [
            row
            for r in records
            for row in warehouse.quotes_rows(r.article.article_id, run_id, r.quotes)
        ],
        schema=warehouse.QUOTES_SCHEMA,
    )
    articles = pa.table(
        {
            "article_id": pa.array([r.article.article_id for r in records], pa.string()),
            "relevant": pa.array([r.relevant for r in records], pa.bool_()),
        }
    )
    staged = {
        "_rp_events": events,
        "_rp_people": people,
        "_rp_quotes": quotes,
        "_rp_articles": articles,
    }
    for name, table in staged.items():  # registered outside the transaction, as in load
        conn.register(name, table)
    try:
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(
                "DELETE FROM events WHERE article_id IN (SELECT article_id FROM _rp_articles)"
            )
            conn.execute(
                "DELETE FROM people_mentions "
                "WHERE article_id IN (SELECT article_id FROM _rp_articles)"
            )
            conn.execute(
                "DELETE FROM quotes WHERE article_id IN (SELECT article_id FROM _rp_articles)"
            )
            conn.execute("INSERT INTO events BY NAME SELECT * FROM _rp_events")
            conn.execute("INSERT INTO people_mentions BY NAME SELECT * FROM _rp_people")
            conn.execute("INSERT INTO quotes BY NAME SELECT * FROM _rp_quotes")
            conn.execute(
                "UPDATE articles SET relevant = r.relevant, extractor_version = ? "
                "FROM _rp_articles r WHERE articles.article_id = r.article_id",
                [extractor_version],
            )
            refresh_clusters(conn)  # clusters and measures follow the new events
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    finally:
        for name in staged:
            conn.unregister(name)
