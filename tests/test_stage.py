"""The staged pipeline (`pipeline.stage`): the DAG steps as plain functions, no Airflow."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from pipeline import stage, warehouse
from pipeline.batch import ArticleRecord, RunBatch
from pipeline.models import Article, Event, FeedSpec, FetchResult, Quote, Value
from pipeline.registry import load_registry
from pipeline.run import run_pipeline
from pipeline.settings import Settings, SettingsError, load_settings
from pipeline.sources import SampleSource

NOW = datetime(2026, 3, 7, 12, tzinfo=UTC)


@pytest.fixture
def registry(tmp_path: Path, feeds_dir: Path) -> Path:
    """The fixture feeds copied next to their registry (file feeds, no network)."""
    folder = tmp_path / "feeds"
    shutil.copytree(feeds_dir, folder)
    return folder / "registry.yaml"


@pytest.fixture
def settings(tmp_path: Path, registry: Path) -> Settings:
    return load_settings(
        {
            "PIPELINE_DB": str(tmp_path / "wh.duckdb"),
            "PIPELINE_STAGING_ROOT": str(tmp_path / "staging"),
            "PIPELINE_FEEDS": str(registry),
            "PIPELINE_FETCH_BATCH_SIZE": "2",
        }
    )


def staged_run(settings: Settings, run_id: str, conf: dict | None = None) -> dict:
    """What trade_news_ingest does, task by task."""
    conf = stage.check_ingest_conf(settings, conf or {})
    refs = stage.plan_run(settings, run_id, conf, now=NOW)
    for ref in refs:
        stage.fetch_batch(settings, ref["run_id"], ref["batch"])
    stage.dedup_run(settings, run_id)
    stage.extract_run(settings, run_id)
    counts = stage.load_run(settings, run_id)
    record = stage.check_quality(settings, run_id, counts)
    stage.finish_run(settings, run_id)
    return record


_BOOKKEEPING = {"runs", "fetches", "feeds", "schema_migrations"}


def data_tables(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as conn:
        names = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
        ).fetchall()
    return sorted(n for (n,) in names if n not in _BOOKKEEPING and not n.startswith("report_"))


def table_rows(db: Path, table: str) -> list[tuple]:
    """The rows of a table without run ids and load times (which differ between runs)."""
    with duckdb.connect(str(db), read_only=True) as conn:
        cols = [
            f'"{c[0]}"'
            for c in conn.execute(f"DESCRIBE {table}").fetchall()
            if c[0] != "run_id" and not (c[0].endswith("_at") and c[0] != "published_at")
        ]
        return sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)


def test_codec_round_trips_the_records() -> None:
    article = Article(
        "a1", "f", "i1", "https://x.example/a", None, None, "T", "text", "en", NOW, "h"
    )
    event = Event(
        "tariff",
        "announced",
        "US",
        "CA",
        rate_pct=25.0,
        value=Value(3e10, "USD"),
        products=["steel"],
        effective_date=date(2026, 3, 4),
    )
    record = ArticleRecord(article, True, [event], [])
    assert stage.decode(ArticleRecord, stage.encode(record)) == record
    feed = FeedSpec("f", "https://x.example/feed", tags=("a", "b"))
    batch = RunBatch("r", NOW, "v1", feeds=[feed], keys={"k": "a1"})
    assert stage.decode(RunBatch, stage.encode(batch)) == batch
    result = FetchResult("f", "u", 200, body=b"\x00\xffxml")
    assert stage.decode(FetchResult, stage.encode(result)) == result


def test_codec_round_trips_authority_historical_and_quotes() -> None:
    article = Article("a1", "f", "i1", None, None, None, "T", "text", "en", NOW, "h")
    event = Event("tariff", "in_effect", "US", "CA", authority="section_232", historical=True)
    quotes = [
        Quote("We will respond,", "Mark Carney", "Prime Minister", "CA", 1, 17),
        Quote("Nobody can plan like this,", None, None, None, 30, 56),
    ]
    record = ArticleRecord(article, True, [event], [], quotes)
    encoded = stage.encode(record)
    assert encoded["events"][0]["authority"] == "section_232"
    assert encoded["quotes"][1]["speaker"] is None
    decoded = stage.decode(ArticleRecord, encoded)
    assert decoded == record
    assert isinstance(decoded.quotes[0], Quote) and decoded.events[0].historical is True
    # A record staged before these fields existed still decodes, with the defaults.
    del encoded["quotes"], encoded["events"][0]["authority"], encoded["events"][0]["historical"]
    old = stage.decode(ArticleRecord, encoded)
    assert old.quotes == [] and old.events[0].authority is None
    assert old.events[0].historical is False


def test_staged_run_loads_what_the_cli_run_loads(settings: Settings, tmp_path: Path) -> None:
    record = staged_run(settings, "run-1")
    assert record["status"] in ("ok", "partial")
    assert record["feeds_total"] == 4  # the disabled feed is not due

    cli_db = tmp_path / "cli.duckdb"
    path = stage.registry_path(settings)
    feeds = [f for f in load_registry(path) if f.enabled]
    with warehouse.connect(cli_db) as conn:
        batch = run_pipeline(conn, feeds, SampleSource(path.parent), now=NOW)
    assert dataclasses.asdict(batch.counts) == {
        k: record[k] for k in dataclasses.asdict(batch.counts)
    }
    # Every table a run fills (the run's own bookkeeping aside) holds the same rows.
    for table in data_tables(cli_db):
        assert table_rows(settings.db_path, table) == table_rows(cli_db, table), table
    assert not (Path(settings.staging_root) / "runs" / "run-1").exists()


def test_load_is_idempotent_per_run_id(settings: Settings) -> None:
    staged_run(settings, "run-1")
    before = {t: table_rows(settings.db_path, t) for t in ("items", "articles", "events")}
    # a re-run of the same DAG run, task by task
    conf = stage.check_ingest_conf(settings, {"force": True})
    for ref in stage.plan_run(settings, "run-1", conf, now=NOW):
        stage.fetch_batch(settings, ref["run_id"], ref["batch"])
    stage.dedup_run(settings, "run-1")
    stage.extract_run(settings, "run-1")
    assert stage.load_run(settings, "run-1")["loaded_now"] is False
    with duckdb.connect(str(settings.db_path), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone() == (1,)
    assert before == {t: table_rows(settings.db_path, t) for t in before}


def test_a_new_plan_never_reads_an_earlier_attempts_files(settings: Settings) -> None:
    """A cleared DAG run plans again; batches staged by its first attempt are not this
    plan's, so a fetch task that fails for good now is recorded as failed."""
    conf = stage.check_ingest_conf(settings, {})
    first = stage.plan_run(settings, "run-1", conf, now=NOW)
    for ref in first:
        stage.fetch_batch(settings, "run-1", ref["batch"])
    wanted = stage.read_plan(settings, "run-1").feeds_of(1)[0].id
    second = stage.plan_run(settings, "run-1", {"feeds": [wanted]}, now=NOW)
    assert len(second) == 1
    stage.record_fetch_failure(settings, "run-1", 0, "OSError: disk full")
    stage.dedup_run(settings, "run-1")
    stage.extract_run(settings, "run-1")
    stage.load_run(settings, "run-1")
    with duckdb.connect(str(settings.db_path), read_only=True) as conn:
        rows = conn.execute("SELECT feed_id, status FROM fetches").fetchall()
    assert rows == [(wanted, "failed")]


def test_nothing_due_is_an_empty_run(settings: Settings) -> None:
    staged_run(settings, "run-1")
    record = staged_run(settings, "run-2")  # same clock: every feed polled a moment ago
    assert record["feeds_total"] == 0 and record["articles_new"] == 0


def test_a_failed_fetch_task_records_its_feeds_as_failed(settings: Settings) -> None:
    conf = stage.check_ingest_conf(settings, {})
    refs = stage.plan_run(settings, "run-1", conf, now=NOW)
    assert len(refs) == 2
    stage.fetch_batch(settings, "run-1", 0)
    feeds = stage.record_fetch_failure(settings, "run-1", 1, "OSError: disk full")
    assert len(feeds) == 2
    stage.dedup_run(settings, "run-1")
    stage.extract_run(settings, "run-1")
    counts = stage.load_run(settings, "run-1")
    assert counts["feeds_failed"] == 2 and counts["status"] == "partial"
    assert any("disk full" in f for f in counts["failures"])
    stage.check_quality(settings, "run-1", counts)


def test_dedup_without_a_plan_says_so(settings: Settings) -> None:
    with pytest.raises(stage.PlanMissing, match="plan task did not succeed"):
        stage.dedup_run(settings, "never-planned")


@pytest.mark.parametrize(
    ("conf", "message"),
    [
        ({"feed": ["ledger"]}, r"unknown conf key\(s\) \['feed'\]"),
        ({"feeds": []}, "non-empty list"),
        ({"feeds": ["ledger", 3]}, "non-empty list"),
        ({"feeds": ["nope"]}, r"unknown feed id\(s\) \['nope'\]"),
        ({"force": 1}, "true or false"),
    ],
)
def test_bad_conf_is_refused_with_a_clear_message(
    settings: Settings, conf: dict, message: str
) -> None:
    with pytest.raises(stage.ConfError, match=message):
        stage.check_ingest_conf(settings, conf)


def test_conf_feeds_are_fetched_even_when_not_due(settings: Settings) -> None:
    staged_run(settings, "run-1")
    record = staged_run(settings, "run-2", {"feeds": ["wire"]})
    assert record["feeds_total"] == 1


def test_quality_checks_find_orphans_and_count_mismatches(settings: Settings) -> None:
    staged_run(settings, "run-1")
    with duckdb.connect(str(settings.db_path)) as conn:
        conn.execute("DELETE FROM articles WHERE article_id = (SELECT min(article_id) FROM items)")
        conn.execute(
            "INSERT INTO people_mentions VALUES ('no-such-article', 'A. Person', NULL, NULL, 'x')"
        )
        conn.execute(
            "INSERT INTO quotes VALUES ('no-such-article', 0, 'Hi', NULL, NULL, NULL, 0, 2, 'x')"
        )
        problems = stage.quality_problems(conn, "run-1")
    assert any("items without their article" in p for p in problems)
    assert any("people mentions without their article" in p for p in problems)
    assert any("1 quotes without their article" in p for p in problems)
    assert any("runs.articles_new" in p for p in problems)
    with pytest.raises(stage.QualityError, match="data-quality checks failed"):
        stage.check_quality(settings, "run-1")


def test_settings_refuse_bad_values() -> None:
    with pytest.raises(SettingsError, match="PIPELINE_FETCH_BATCH_SIZE"):
        load_settings({"PIPELINE_FETCH_BATCH_SIZE": "0"})
    with pytest.raises(SettingsError, match="PIPELINE_ALLOW_PRIVATE_HOSTS"):
        load_settings({"PIPELINE_ALLOW_PRIVATE_HOSTS": "maybe"})
    s = load_settings({"PIPELINE_SCHEDULE": "none", "PIPELINE_DB": "/d/x.duckdb"})
    assert s.schedule is None
    assert s.publish_path == Path("/d/x.analysts.duckdb")


def test_pipeline_feeds_accepts_a_shipped_registry_name(tmp_path: Path) -> None:
    named = load_settings({"PIPELINE_FEEDS": "trade-beat", "PIPELINE_DB": str(tmp_path / "w")})
    path = stage.registry_path(named)
    assert path.is_file() and path.name == "trade_beat.yaml"
    assert len(load_registry(path)) > 5


def test_only_a_load_that_inserted_items_counts_as_new_rows(settings: Settings) -> None:
    staged_run(settings, "run-1")
    again = stage.load_run(settings, "run-1")  # loaded before: nothing written now
    assert again["items_new"] > 0 and not stage.loaded_new_rows(again)
    assert stage.loaded_new_rows({**again, "loaded_now": True})
    nothing = {**again, "loaded_now": True, "items_new": 0, "items_duplicate": 0}
    assert not stage.loaded_new_rows(nothing)
    assert stage.loaded_new_rows({**nothing, "items_duplicate": 1})


def test_a_bad_item_fails_alike_in_the_staged_and_the_cli_run(tmp_path: Path) -> None:
    """Both runs clean through `pipeline.run.clean_items`: the same items are kept and the
    same failures named and counted."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "mixed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title>'
        "<item><title>Canada answers steel tariffs</title><link>https://x.example/a</link>"
        "<description>Canada announced a 25% tariff on US steel.</description></item>"
        "<item><guid>empty-1</guid><link>https://x.example/empty</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    registry = folder / "registry.yaml"
    registry.write_text("feeds:\n  - {id: mixed, url: mixed.xml}\n", encoding="utf-8")
    settings = load_settings(
        {
            "PIPELINE_DB": str(tmp_path / "staged.duckdb"),
            "PIPELINE_STAGING_ROOT": str(tmp_path / "staging"),
            "PIPELINE_FEEDS": str(registry),
            "PIPELINE_KEEP_STAGING": "1",
        }
    )
    record = staged_run(settings, "run-bad-item")
    staged = stage.read_staged_batch(settings, "run-bad-item")

    with warehouse.connect(tmp_path / "cli.duckdb") as conn:
        batch = run_pipeline(conn, load_registry(registry), SampleSource(folder), now=NOW)

    expected = ["item 1 (empty-1) of feed 'mixed': entry has neither a title nor any text"]
    assert batch.failures == staged.failures == expected
    assert batch.counts.items_failed == record["items_failed"] == 1
    assert batch.counts.items_new == record["items_new"] == 1
