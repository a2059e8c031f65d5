from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime

import pytest

from pipeline import warehouse
from pipeline.batch import ArticleRecord, FetchRecord, ItemRecord, RunBatch
from pipeline.models import Article, Event, FeedItem, FeedSpec, Person, Quote, Value

NOW = datetime(2025, 3, 28, 12, 0, tzinfo=UTC)
TABLES = ("feeds", "fetches", "items", "article_keys", "articles", "events", "people_mentions")


def _batch(run_id: str = "run-1") -> RunBatch:
    feed = FeedSpec(id="f1", url="feed.xml", name="F", publisher="P", country="CA")
    item = FeedItem("f1", "g1", "https://x.example/1", "Title", "<p>s</p>", "", NOW)
    article = Article(
        "art-1",
        "f1",
        "item-1",
        "https://x.example/1",
        "https://x.example/1",
        "g1",
        "Title",
        "Ottawa imposed a 25% tariff.",
        "en",
        NOW,
        "hash-1",
    )
    event = Event(
        type="tariff",
        status="announced",
        initiator="CA",
        target="US",
        retaliatory=True,
        rate_pct=25.0,
        value=Value(30e9, "CAD"),
        products=["steel"],
        effective_date=date(2025, 4, 2),
        evidence="Ottawa imposed a 25% tariff.",
        char_start=0,
        char_end=28,
        confidence=0.9,
        rule="test",
    )
    batch = RunBatch(run_id=run_id, started_at=NOW, extractor_version="test-1", feeds=[feed])
    batch.finished_at = NOW
    batch.fetches = [FetchRecord("f1", "feed.xml", "ok", NOW, body_hash="b1", items_total=1)]
    batch.items = [ItemRecord(item, "item-1", "art-1", "new", None)]
    batch.articles = [
        ArticleRecord(article, True, [event], [Person("Mark Carney", "Prime Minister", "CA")])
    ]
    batch.keys = {"url:https://x.example/1": "art-1", "hash:hash-1": "art-1"}
    return batch


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def test_migrations_are_applied_once_and_recorded(tmp_path):
    db = tmp_path / "w.duckdb"
    conn = warehouse.connect(db)
    rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows[0] == (1, "001_core_tables.sql")
    assert len(rows) == len(warehouse.discover_migrations())
    assert warehouse.migrate(conn) == []  # nothing left to apply
    conn.close()


def test_a_failing_migration_is_rolled_back(tmp_path):
    folder = tmp_path / "sql"
    folder.mkdir()
    (folder / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);")
    (folder / "002_bad.sql").write_text("CREATE TABLE b (x INTEGER); SELEC nonsense;")
    import duckdb

    conn = duckdb.connect(str(tmp_path / "m.duckdb"))
    with pytest.raises(duckdb.Error):
        warehouse.migrate(conn, folder)
    tables = {r[0] for r in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "a" in tables and "b" not in tables
    assert conn.execute("SELECT version FROM schema_migrations").fetchall() == [(1,)]


def test_load_batch_writes_every_table_and_is_idempotent(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(conn, _batch(), {})
    first = _counts(conn)
    assert first == {
        "feeds": 1,
        "fetches": 1,
        "items": 1,
        "article_keys": 2,
        "articles": 1,
        "events": 1,
        "people_mentions": 1,
    }
    event = conn.execute(
        "SELECT type, status, initiator, target, retaliatory, rate_pct, value_amount,"
        " value_currency, products, effective_date, char_end FROM events"
    ).fetchall()[0]
    assert event == (
        "tariff",
        "announced",
        "CA",
        "US",
        True,
        25.0,
        30e9,
        "CAD",
        ["steel"],
        date(2025, 4, 2),
        28,
    )
    # the same rows again (a retried load) add nothing
    warehouse.load_batch(conn, _batch("run-1"), {})
    assert _counts(conn) == first


def test_a_failed_load_leaves_nothing(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    batch = _batch()
    batch.extractor_version = None  # events.extractor_version is NOT NULL: the load fails late
    with pytest.raises(Exception, match="NOT NULL"):
        warehouse.load_batch(conn, batch, {})
    assert set(_counts(conn).values()) == {0}
    assert conn.execute("SELECT count(*) FROM runs").fetchall()[0][0] == 0


def test_feed_health_is_tracked(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(conn, _batch(), {})
    states = warehouse.feed_states(conn)
    assert states["f1"].body_hash == "b1"
    assert states["f1"].consecutive_failures == 0
    failed = _batch("run-2")
    failed.fetches = [FetchRecord("f1", "feed.xml", "failed", NOW, error="HTTP 500")]
    failed.items, failed.articles, failed.keys = [], [], {}
    warehouse.load_batch(conn, failed, states)
    row = conn.execute(
        "SELECT last_status, last_error, consecutive_failures, last_success_at, body_hash"
        " FROM feeds"
    ).fetchall()[0]
    assert row == ("failed", "HTTP 500", 1, NOW, "b1")


def test_second_writer_gets_a_clear_busy_error(tmp_path):
    db = tmp_path / "w.duckdb"
    warehouse.connect(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            c = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(warehouse.WarehouseBusy, match="in use by another process"):
            warehouse.connect(db)
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.wait()


def _batch_with_quotes(run_id: str = "run-1") -> RunBatch:
    batch = _batch(run_id)
    rec = batch.articles[0]
    rec.events[0].authority = "ca_surtax_order"
    rec.events[0].historical = True
    rec.quotes = [
        Quote("We will respond", "Mark Carney", "Prime Minister", "CA", 1, 16),
        Quote("Nobody can plan like this at all", None, None, None, 40, 72),
    ]
    return batch


def test_authority_historical_and_quotes_are_loaded_once(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(conn, _batch_with_quotes(), {})
    assert conn.execute("SELECT authority, historical FROM events").fetchall() == [
        ("ca_surtax_order", True)
    ]
    quotes = conn.execute(
        "SELECT article_id, ordinal, text, speaker, role, country, char_start, char_end, run_id"
        " FROM quotes ORDER BY ordinal"
    ).fetchall()
    assert quotes == [
        ("art-1", 0, "We will respond", "Mark Carney", "Prime Minister", "CA", 1, 16, "run-1"),
        ("art-1", 1, "Nobody can plan like this at all", None, None, None, 40, 72, "run-1"),
    ]
    warehouse.load_batch(conn, _batch_with_quotes(), {})  # a retried load adds nothing
    assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (2,)
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)
    conn.close()


def test_events_without_authority_load_as_null_and_not_historical(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(conn, _batch(), {})
    assert conn.execute("SELECT authority, historical FROM events").fetchall() == [(None, False)]
    assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (0,)
    conn.close()


def test_migration_006_back_fills_events_from_their_rule(tmp_path):
    import shutil

    import duckdb

    older = tmp_path / "sql"
    older.mkdir()
    for m in warehouse.discover_migrations():
        if m.version != 6:
            shutil.copy(warehouse.sql_dir() / m.name, older / m.name)
    conn = duckdb.connect(str(tmp_path / "old.duckdb"))
    warehouse.migrate(conn, older)  # a warehouse from before the migration
    for i, rule in enumerate(
        ["tariff:x|authority=section_232|historical=2018", "tariff:y|status=announced"]
    ):
        conn.execute(
            "INSERT INTO events VALUES (?, 'a', 'v', ?, 'tariff', 'announced', 'US', 'CA', false,"
            " NULL, NULL, NULL, [], NULL, 'e', 0, 1, 0.5, ?, 'r')",
            [f"e{i}", i, rule],
        )
    assert warehouse.migrate(conn) == ["006_event_authority_quotes.sql"]
    assert conn.execute("SELECT authority, historical FROM events ORDER BY ordinal").fetchall() == [
        ("section_232", True),
        (None, False),
    ]
    assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (0,)
    conn.close()
