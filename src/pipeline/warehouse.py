"""The DuckDB warehouse: migrations, lookups for dedup, and the one-transaction load.

DuckDB allows one read-write process at a time; `connect` turns the lock error into a
`WarehouseBusy` with a clear message. Every write of a run happens inside `load_batch`'s
single transaction, so a crash leaves no partial run.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.batch import FetchRecord, RunBatch
from pipeline.event_codes import sync_event_codes
from pipeline.health import next_state
from pipeline.measures import clusters_are_current, refresh_clusters
from pipeline.models import FeedSpec, FeedState, Quote

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{3,})_[\w-]+\.sql$")
# Descriptions (COMMENT ON) of every object: applied after the migrations, not one of them.
COMMENTS_FILE = "comments.sql"


class WarehouseError(RuntimeError):
    pass


class WarehouseBusy(WarehouseError):
    """Another process holds the database open for writing."""


def sql_dir() -> Path:
    """The migrations folder: inside the installed package, or the checkout's `sql/`."""
    packaged = Path(__file__).parent / "sql"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "sql"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def discover_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or sql_dir()
    migrations = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            migrations.append(Migration(int(match.group(1)), path.name, path.read_text("utf-8")))
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise WarehouseError(f"{folder}: two migrations share a version number")
    return sorted(migrations, key=lambda m: m.version)


def connect(db_path: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (creating its folder), in UTC, with migrations applied."""
    path = Path(db_path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"{path} is in use by another process (DuckDB allows one writer); "
                "wait for the other run to finish, or read the analysts' copy"
            ) from exc
        raise WarehouseError(f"{path}: cannot open database: {exc}") from exc
    conn.execute("SET TimeZone = 'UTC'")
    # DuckDB draws progress bars on stderr for long queries, terminal or not.
    conn.execute("SET enable_progress_bar = false")
    if not read_only:
        migrate(conn)
        sync_event_codes(conn)
    return conn


def migrate(conn: duckdb.DuckDBPyConnection, folder: Path | None = None) -> list[str]:
    """Apply the migrations not yet recorded in `schema_migrations`, each atomically, then
    the descriptions file (`apply_comments`). Returns the migrations applied."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS schema_migrations (
               version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,
               checksum VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"""
    )
    applied = dict(conn.execute("SELECT version, checksum FROM schema_migrations").fetchall())
    done = []
    for migration in discover_migrations(folder):
        if migration.version in applied:
            if applied[migration.version] != migration.checksum:
                log.warning("migration %s changed after it was applied", migration.name)
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
                [migration.version, migration.name, migration.checksum, datetime.now(UTC)],
            )
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        log.info("applied migration %s", migration.name)
        done.append(migration.name)
    apply_comments(conn, folder, force=bool(done))
    return done


def apply_comments(
    conn: duckdb.DuckDBPyConnection, folder: Path | None = None, *, force: bool = False
) -> bool:
    """Apply `comments.sql` (every COMMENT ON) when it changed since it was last applied,
    or with `force` (after a migration: CREATE OR REPLACE VIEW drops a view's comments).
    One transaction; True when it was applied. A folder without the file has nothing to do.
    """
    path = (folder or sql_dir()) / COMMENTS_FILE
    if not path.is_file():
        return False
    sql = path.read_text("utf-8")
    checksum = hashlib.sha256(sql.encode("utf-8")).hexdigest()
    conn.execute(
        """CREATE TABLE IF NOT EXISTS schema_comments (
               checksum VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"""
    )
    applied = [c for (c,) in conn.execute("SELECT checksum FROM schema_comments").fetchall()]
    if applied == [checksum] and not force:
        return False
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute(sql)
        conn.execute("DELETE FROM schema_comments")
        conn.execute("INSERT INTO schema_comments VALUES (?, ?)", [checksum, datetime.now(UTC)])
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    log.info("applied %s", COMMENTS_FILE)
    return True


# --- lookups ---------------------------------------------------------------------------


def feed_states(conn: duckdb.DuckDBPyConnection) -> dict[str, FeedState]:
    rows = conn.execute(
        """SELECT feed_id, etag, last_modified, body_hash, effective_url, next_poll_at,
                  consecutive_failures FROM feeds"""
    ).fetchall()
    return {row[0]: FeedState(*row) for row in rows}


def _lookup(
    conn: duckdb.DuckDBPyConnection, table: str, column: str, values: Iterable[str]
) -> dict[str, str]:
    wanted = pa.table({"v": pa.array(sorted(set(values)), pa.string())})
    if wanted.num_rows == 0:
        return {}
    conn.register("_wanted", wanted)
    try:
        rows = conn.execute(
            f"SELECT t.{column}, t.article_id FROM {table} t JOIN _wanted w ON t.{column} = w.v"
        ).fetchall()
    finally:
        conn.unregister("_wanted")
    return dict(rows)


def known_items(conn: duckdb.DuckDBPyConnection, item_ids: Iterable[str]) -> dict[str, str]:
    return _lookup(conn, "items", "item_id", item_ids)


def known_keys(conn: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> dict[str, str]:
    return _lookup(conn, "article_keys", "key", keys)


def similar_candidates(
    conn: duckdb.DuckDBPyConnection, index_hashes: Iterable[int]
) -> dict[str, tuple[str, list[int]]]:
    """Stored articles sharing an index hash: article id -> (cluster id, sketch)."""
    wanted = pa.table({"h": pa.array(sorted(set(index_hashes)), pa.int64())})
    if wanted.num_rows == 0:
        return {}
    conn.register("_wanted_h", wanted)
    try:
        rows = conn.execute(
            """SELECT DISTINCT s.article_id, c.cluster_id, s.sketch
               FROM article_sketch_index i JOIN _wanted_h w ON i.h = w.h
               JOIN article_sketches s ON s.article_id = i.article_id
               JOIN story_clusters c ON c.article_id = i.article_id"""
        ).fetchall()
    finally:
        conn.unregister("_wanted_h")
    return {article_id: (cluster, list(sk)) for article_id, cluster, sk in rows}


# --- the load --------------------------------------------------------------------------


def load_batch(
    conn: duckdb.DuckDBPyConnection,
    batch: RunBatch,
    prev_states: dict[str, FeedState],
) -> None:
    """Write the whole run in one transaction; re-loading the same rows adds nothing."""
    tables = {
        "feeds": _feeds_table(batch.feeds, batch.fetches, prev_states),
        "fetches": _fetches_table(batch),
        "items": _items_table(batch),
        "article_keys": pa.table(
            {"key": list(batch.keys), "article_id": list(batch.keys.values())},
            schema=pa.schema([("key", pa.string()), ("article_id", pa.string())]),
        ),
        "articles": _articles_table(batch),
        "events": _events_table(batch),
        "people_mentions": _people_table(batch),
        "quotes": _quotes_table(batch),
        "runs": _runs_table(batch),
        **_cluster_tables(batch),
    }
    # Views are registered outside the transaction: unregistering inside an aborted one
    # would raise and hide the real error.
    for name, table in tables.items():
        conn.register(f"_batch_{name}", table)
    try:
        conn.execute("BEGIN TRANSACTION")
        try:
            for name in tables:
                if name == "feeds":
                    _upsert_feeds(conn, "_batch_feeds")
                else:
                    conn.execute(
                        f"INSERT OR IGNORE INTO {name} BY NAME SELECT * FROM _batch_{name}"
                    )
            # Re-link clusters and measures in the same transaction: readers never see
            # new events without them. A run with no new events (every feed 304) skips it.
            if tables["events"].num_rows or not clusters_are_current(conn):
                refresh_clusters(conn)
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    finally:
        for name in tables:
            conn.unregister(f"_batch_{name}")


def _upsert_feeds(conn: duckdb.DuckDBPyConnection, staged: str) -> None:
    columns = [f.name for f in _FEEDS_SCHEMA if f.name not in ("feed_id", "last_success_at")]
    # A feed that failed this run keeps the time of its last success.
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns) + (
        ", last_success_at = COALESCE(excluded.last_success_at, feeds.last_success_at)"
    )
    conn.execute(
        f"INSERT INTO feeds BY NAME SELECT * FROM {staged} "
        f"ON CONFLICT (feed_id) DO UPDATE SET {updates}"
    )


_TS = pa.timestamp("us", tz="UTC")
_FEEDS_SCHEMA = pa.schema(
    [
        ("feed_id", pa.string()),
        ("url", pa.string()),
        ("name", pa.string()),
        ("publisher", pa.string()),
        ("country", pa.string()),
        ("language", pa.string()),
        ("tags", pa.list_(pa.string())),
        ("enabled", pa.bool_()),
        ("poll_interval_minutes", pa.int32()),
        ("effective_url", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("body_hash", pa.string()),
        ("last_status", pa.string()),
        ("last_error", pa.string()),
        ("last_fetch_at", _TS),
        ("last_success_at", _TS),
        ("consecutive_failures", pa.int32()),
        ("next_poll_at", _TS),
    ]
)


def _feeds_table(
    feeds: list[FeedSpec], fetches: list[FetchRecord], prev: dict[str, FeedState]
) -> pa.Table:
    by_feed = {f.feed_id: f for f in fetches}
    rows = []
    for feed in feeds:
        fetch = by_feed.get(feed.id)
        if fetch is None:
            continue
        state = next_state(feed, prev.get(feed.id), fetch)
        rows.append(
            {
                "feed_id": feed.id,
                "url": feed.url,
                "name": feed.name,
                "publisher": feed.publisher,
                "country": feed.country,
                "language": feed.language,
                "tags": list(feed.tags),
                "enabled": feed.enabled,
                "poll_interval_minutes": feed.poll_interval_minutes,
                "effective_url": state.effective_url,
                "etag": state.etag,
                "last_modified": state.last_modified,
                "body_hash": state.body_hash,
                "last_status": fetch.status,
                "last_error": fetch.error,
                "last_fetch_at": fetch.fetched_at,
                "last_success_at": fetch.fetched_at if fetch.status != "failed" else None,
                "consecutive_failures": state.consecutive_failures,
                "next_poll_at": state.next_poll_at,
            }
        )
    return pa.Table.from_pylist(rows, schema=_FEEDS_SCHEMA)


def _fetches_table(batch: RunBatch) -> pa.Table:
    rows = [
        {
            "run_id": batch.run_id,
            "feed_id": f.feed_id,
            "url": f.url,
            "final_url": f.final_url,
            "http_status": f.http_status,
            "status": f.status,
            "error": f.error,
            "elapsed_ms": f.elapsed_ms,
            "body_hash": f.body_hash,
            "items_total": f.items_total,
            "items_new": f.items_new,
            "fetched_at": f.fetched_at,
        }
        for f in batch.fetches
    ]
    return pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("run_id", pa.string()),
                ("feed_id", pa.string()),
                ("url", pa.string()),
                ("final_url", pa.string()),
                ("http_status", pa.int32()),
                ("status", pa.string()),
                ("error", pa.string()),
                ("elapsed_ms", pa.float64()),
                ("body_hash", pa.string()),
                ("items_total", pa.int32()),
                ("items_new", pa.int32()),
                ("fetched_at", _TS),
            ]
        ),
    )


def _items_table(batch: RunBatch) -> pa.Table:
    rows = [
        {
            "item_id": r.item_id,
            "feed_id": r.item.feed_id,
            "guid": r.item.guid,
            "link": r.item.link,
            "title": r.item.title,
            "published_at": r.item.published,
            "author": r.item.author,
            "summary_html": r.item.summary_html,
            "content_html": r.item.content_html,
            "article_id": r.article_id,
            "dedup_outcome": r.outcome,
            "matched_key": r.matched_key,
            "run_id": batch.run_id,
            "page_url": r.page_url,
            "page_html": r.page_html,
        }
        for r in batch.items
    ]
    return pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("item_id", pa.string()),
                ("feed_id", pa.string()),
                ("guid", pa.string()),
                ("link", pa.string()),
                ("title", pa.string()),
                ("published_at", _TS),
                ("author", pa.string()),
                ("summary_html", pa.string()),
                ("content_html", pa.string()),
                ("article_id", pa.string()),
                ("dedup_outcome", pa.string()),
                ("matched_key", pa.string()),
                ("run_id", pa.string()),
                ("page_url", pa.string()),
                ("page_html", pa.binary()),
            ]
        ),
    )


def _articles_table(batch: RunBatch) -> pa.Table:
    rows = []
    for rec in batch.articles:
        a = rec.article
        rows.append(
            {
                "article_id": a.article_id,
                "feed_id": a.feed_id,
                "first_item_id": a.item_key,
                "url": a.url,
                "canonical_url": a.canonical_url,
                "guid": a.guid,
                "title": a.title,
                "text": a.text,
                "language": a.language,
                "published_at": a.published,
                "content_hash": a.content_hash,
                "run_id": batch.run_id,
                "relevant": rec.relevant,
                "extractor_version": batch.extractor_version,
            }
        )
    return pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("article_id", pa.string()),
                ("feed_id", pa.string()),
                ("first_item_id", pa.string()),
                ("url", pa.string()),
                ("canonical_url", pa.string()),
                ("guid", pa.string()),
                ("title", pa.string()),
                ("text", pa.string()),
                ("language", pa.string()),
                ("published_at", _TS),
                ("content_hash", pa.string()),
                ("run_id", pa.string()),
                ("relevant", pa.bool_()),
                ("extractor_version", pa.string()),
            ]
        ),
    )


def event_id(article_id: str, extractor_version: str, ordinal: int) -> str:
    raw = f"{article_id}\x00{extractor_version}\x00{ordinal}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


EVENTS_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("extractor_version", pa.string()),
        ("ordinal", pa.int32()),
        ("type", pa.string()),
        ("status", pa.string()),
        ("initiator", pa.string()),
        ("target", pa.string()),
        ("retaliatory", pa.bool_()),
        ("rate_pct", pa.float64()),
        ("value_amount", pa.float64()),
        ("value_currency", pa.string()),
        ("products", pa.list_(pa.string())),
        ("effective_date", pa.date32()),
        ("evidence", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("confidence", pa.float64()),
        ("rule", pa.string()),
        ("run_id", pa.string()),
        ("authority", pa.string()),
        ("historical", pa.bool_()),
    ]
)


def events_rows(article_id: str, extractor_version: str, run_id: str, events) -> list[dict]:
    return [
        {
            "event_id": event_id(article_id, extractor_version, i),
            "article_id": article_id,
            "extractor_version": extractor_version,
            "ordinal": i,
            "type": e.type,
            "status": e.status,
            "initiator": e.initiator,
            "target": e.target,
            "retaliatory": e.retaliatory,
            "rate_pct": e.rate_pct,
            "value_amount": e.value.amount if e.value else None,
            "value_currency": e.value.currency if e.value else None,
            "products": list(e.products),
            "effective_date": e.effective_date,
            "evidence": e.evidence,
            "char_start": e.char_start,
            "char_end": e.char_end,
            "confidence": e.confidence,
            "rule": e.rule,
            "run_id": run_id,
            "authority": e.authority,
            "historical": e.historical,
        }
        for i, e in enumerate(events)
    ]


def _events_table(batch: RunBatch) -> pa.Table:
    rows = []
    for rec in batch.articles:
        rows.extend(
            events_rows(rec.article.article_id, batch.extractor_version, batch.run_id, rec.events)
        )
    return pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)


def _people_table(batch: RunBatch) -> pa.Table:
    rows = []
    for rec in batch.articles:
        seen = set()
        for p in rec.people:
            if p.name in seen:
                continue
            seen.add(p.name)
            rows.append(
                {
                    "article_id": rec.article.article_id,
                    "name": p.name,
                    "role": p.role,
                    "country": p.country,
                    "run_id": batch.run_id,
                }
            )
    return pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("article_id", pa.string()),
                ("name", pa.string()),
                ("role", pa.string()),
                ("country", pa.string()),
                ("run_id", pa.string()),
            ]
        ),
    )


QUOTES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("ordinal", pa.int32()),
        ("text", pa.string()),
        ("speaker", pa.string()),
        ("role", pa.string()),
        ("country", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("run_id", pa.string()),
    ]
)


def quotes_rows(article_id: str, run_id: str, quotes: Iterable[Quote]) -> list[dict]:
    """Rows of `quotes` for one article; the ordinal keys a quote within its article."""
    return [
        {
            "article_id": article_id,
            "ordinal": i,
            "text": q.text,
            "speaker": q.speaker,
            "role": q.role,
            "country": q.country,
            "char_start": q.char_start,
            "char_end": q.char_end,
            "run_id": run_id,
        }
        for i, q in enumerate(quotes)
    ]


def _quotes_table(batch: RunBatch) -> pa.Table:
    rows = []
    for rec in batch.articles:
        rows.extend(quotes_rows(rec.article.article_id, batch.run_id, rec.quotes))
    return pa.Table.from_pylist(rows, schema=QUOTES_SCHEMA)


def _cluster_tables(batch: RunBatch) -> dict[str, pa.Table]:
    from pipeline.neardup import index_keys

    ids = list(batch.sketches)
    index = [(h, a) for a in ids for h in index_keys(batch.sketches[a])]
    return {
        "article_sketches": pa.table(
            {"article_id": ids, "sketch": [batch.sketches[a] for a in ids]},
            schema=pa.schema([("article_id", pa.string()), ("sketch", pa.list_(pa.int64()))]),
        ),
        "article_sketch_index": pa.table(
            {"h": [h for h, _ in index], "article_id": [a for _, a in index]},
            schema=pa.schema([("h", pa.int64()), ("article_id", pa.string())]),
        ),
        "story_clusters": pa.Table.from_pylist(
            [
                {
                    "article_id": c.article_id,
                    "cluster_id": c.cluster_id,
                    "matched_article": c.matched_article,
                    "similarity": c.similarity,
                    "run_id": batch.run_id,
                }
                for c in batch.clusters
            ],
            schema=pa.schema(
                [
                    ("article_id", pa.string()),
                    ("cluster_id", pa.string()),
                    ("matched_article", pa.string()),
                    ("similarity", pa.float64()),
                    ("run_id", pa.string()),
                ]
            ),
        ),
    }


def _runs_table(batch: RunBatch) -> pa.Table:
    c = batch.counts
    row = {
        "run_id": batch.run_id,
        "started_at": batch.started_at,
        "finished_at": batch.finished_at or datetime.now(UTC),
        "status": batch.status,
        "registry": batch.registry,
        "extractor_version": batch.extractor_version,
        "feeds_total": c.feeds_total,
        "feeds_failed": c.feeds_failed,
        "feeds_not_modified": c.feeds_not_modified,
        "items_new": c.items_new,
        "items_duplicate": c.items_duplicate,
        "items_seen": c.items_seen,
        "items_failed": c.items_failed,
        "articles_new": c.articles_new,
        "events_new": c.events_new,
    }
    return pa.Table.from_pylist([row])
