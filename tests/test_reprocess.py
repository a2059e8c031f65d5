"""Re-extraction of stored articles (`pipeline.reprocess`)."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

import pipeline.extract
from airflow_support.feedserver import FEEDS_DIR, write_registry
from pipeline import reprocess as rp
from pipeline import stage, warehouse
from pipeline.settings import Settings, load_settings

NOW = datetime(2026, 3, 7, 12, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A warehouse loaded from the trade-news fixture feeds (read as file feeds)."""
    shutil.copytree(FEEDS_DIR, tmp_path / "feeds")
    registry = write_registry(
        tmp_path / "feeds" / "registry.yaml",
        [(p.stem, p.name) for p in sorted(FEEDS_DIR.glob("*.xml"))],
    )
    s = load_settings(
        {
            "PIPELINE_DB": str(tmp_path / "wh.duckdb"),
            "PIPELINE_STAGING_ROOT": str(tmp_path / "staging"),
            "PIPELINE_FEEDS": str(registry),
        }
    )
    refs = stage.plan_run(s, "run-1", {}, now=NOW)
    for ref in refs:
        stage.fetch_batch(s, "run-1", ref["batch"])
    stage.dedup_run(s, "run-1")
    stage.extract_run(s, "run-1")
    stage.load_run(s, "run-1")
    return s


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def events(db: Path) -> list[tuple]:
    return query(db, "SELECT * EXCLUDE (run_id) FROM events ORDER BY event_id")


def test_dry_run_writes_nothing(settings: Settings) -> None:
    before = events(settings.db_path)
    result = stage.reprocess_step(settings, {"dry_run": True}, "rp-1")
    assert (
        result["dry_run"]
        and result["articles"] == query(settings.db_path, "SELECT count(*) FROM articles")[0][0]
    )
    assert result["events_before"] == result["events_after"] == len(before)
    assert events(settings.db_path) == before


def test_params_without_dry_run_mean_a_dry_run(settings: Settings) -> None:
    assert stage.check_reprocess_conf(settings, {}).dry_run is True
    before = events(settings.db_path)
    versions_sql = "SELECT extractor_version FROM articles ORDER BY ALL"
    versions = query(settings.db_path, versions_sql)
    result = stage.reprocess_step(settings, {"feeds": []}, "rp-default")
    assert result["dry_run"] is True
    assert events(settings.db_path) == before
    assert query(settings.db_path, versions_sql) == versions


def test_reprocess_replaces_events_and_records_the_version(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = events(settings.db_path)
    monkeypatch.setattr(pipeline.extract, "EXTRACTOR_VERSION", "test-2")
    result = stage.reprocess_step(settings, {"dry_run": False}, "rp-1")
    assert result["extractor_version"] == "test-2"
    db = settings.db_path
    assert query(db, "SELECT DISTINCT extractor_version FROM articles") == [("test-2",)]
    assert before, "the fixture feeds must give events"
    assert len(events(db)) == len(before) == result["events_after"]
    assert query(db, "SELECT DISTINCT extractor_version, run_id FROM events") == [
        ("test-2", "rp-1")
    ]
    assert stage.global_quality_problems(duckdb.connect(str(db), read_only=True)) == []
    # Again with the same version: the same rows (event ids depend on the version).
    after = events(db)
    stage.reprocess_step(settings, {"dry_run": False}, "rp-1")
    assert events(db) == after


def test_a_failure_leaves_the_old_events(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = events(settings.db_path)
    people = query(settings.db_path, "SELECT * FROM people_mentions ORDER BY ALL")

    def broken_rows(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.extract, "EXTRACTOR_VERSION", "test-3")
    # Re-linking runs inside the transaction, after the deletes and inserts.
    monkeypatch.setattr(rp, "refresh_clusters", broken_rows)
    with pytest.raises(RuntimeError, match="disk full"):
        stage.reprocess_step(settings, {"dry_run": False}, "rp-2")
    assert events(settings.db_path) == before
    assert query(settings.db_path, "SELECT * FROM people_mentions ORDER BY ALL") == people
    assert "test-3" not in {
        v for (v,) in query(settings.db_path, "SELECT extractor_version FROM articles")
    }


def test_insert_failure_inside_the_transaction_rolls_back(settings: Settings) -> None:
    before = events(settings.db_path)
    assert before, "the fixture feeds must give events"
    with warehouse.connect(settings.db_path) as conn:
        conn.execute("CREATE TABLE guard (x INTEGER)")
        # Make the events insert fail after the deletes ran.
        conn.execute("ALTER TABLE events ADD COLUMN must_be_set INTEGER NOT NULL DEFAULT 1")
        conn.execute("ALTER TABLE events ALTER COLUMN must_be_set DROP DEFAULT")
        with pytest.raises(duckdb.Error):
            rp.reprocess(conn, run_id="rp-3")
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(before)


def test_selection_by_dates_and_feeds(settings: Settings) -> None:
    with warehouse.connect(settings.db_path, read_only=True) as conn:
        everything = rp.select_articles(conn)
        one_feed = rp.select_articles(conn, feeds=["border_daily"])
        assert one_feed and {a.feed_id for a in one_feed} == {"border_daily"}
        dated = sorted(a.published for a in everything if a.published)
        first_day = dated[0].date()
        assert {a.article_id for a in rp.select_articles(conn, start=first_day, end=first_day)} == {
            a.article_id for a in everything if a.published and a.published.date() == first_day
        }
        assert rp.select_articles(conn, start=date(2100, 1, 1)) == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start_date": "2026-13-01"}, "'start_date' must be a date"),
        ({"start_date": "2026-03-02", "end_date": "2026-03-01"}, "is after"),
        ({"feeds": ["nope"]}, r"unknown feed id\(s\) \['nope'\]"),
        ({"dry_run": "no"}, "'dry_run' must be true or false"),
    ],
)
def test_bad_params_are_refused(settings: Settings, params: dict, message: str) -> None:
    with pytest.raises(stage.ConfError, match=message):
        stage.check_reprocess_conf(settings, params)


def test_reprocess_replaces_quotes_and_fills_the_new_event_columns(settings: Settings) -> None:
    db = settings.db_path
    relevant = query(db, "SELECT article_id FROM articles WHERE relevant ORDER BY 1")
    assert relevant, "the fixture feeds must give a relevant article"
    (article_id,) = relevant[0]
    quote = "We will answer every tariff with one of our own,"
    flags = "SELECT ordinal, authority, historical FROM events ORDER BY article_id, ordinal"
    fresh = query(db, flags)
    with warehouse.connect(db) as conn:
        # What an older extractor left: a quote the text no longer holds, and events
        # without the new columns filled.
        conn.execute(
            "INSERT INTO quotes VALUES (?, 0, 'stale', NULL, NULL, NULL, 0, 5, 'run-0')",
            [article_id],
        )
        conn.execute("UPDATE events SET historical = NOT historical, authority = 'stale'")
        conn.execute(
            "UPDATE articles SET text = text || ? WHERE article_id = ?",
            [f'\n\n"{quote}" Prime Minister Mark Carney said.', article_id],
        )
    stage.reprocess_step(settings, {"dry_run": False}, "rp-q")
    rows = query(db, "SELECT article_id, ordinal, text, speaker, country, run_id FROM quotes")
    assert rows == [(article_id, 0, quote, "Mark Carney", "CA", "rp-q")]
    located = query(
        db,
        "SELECT q.text = substr(a.text, q.char_start + 1, q.char_end - q.char_start) "
        "FROM quotes q JOIN articles a USING (article_id)",
    )
    assert located == [(True,)]
    assert query(db, flags) == fresh
    # Again: the same rows, not twice as many.
    stage.reprocess_step(settings, {"dry_run": False}, "rp-q")
    assert (
        query(db, "SELECT article_id, ordinal, text, speaker, country, run_id FROM quotes") == rows
    )


def test_a_failure_leaves_the_old_quotes(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = settings.db_path
    with warehouse.connect(db) as conn:
        conn.execute("INSERT INTO quotes VALUES ('x', 0, 'kept', NULL, NULL, NULL, 0, 4, 'r0')")
        conn.execute(
            "INSERT INTO quotes SELECT article_id, 0, 'old', NULL, NULL, NULL, 0, 3, 'r0' "
            "FROM articles"
        )
    before = query(db, "SELECT * FROM quotes ORDER BY ALL")

    def broken_rows(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(rp, "refresh_clusters", broken_rows)
    with pytest.raises(RuntimeError, match="disk full"):
        stage.reprocess_step(settings, {"dry_run": False}, "rp-2")
    assert query(db, "SELECT * FROM quotes ORDER BY ALL") == before
