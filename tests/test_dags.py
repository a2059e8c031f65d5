"""The Airflow DAGs: import checks, and `dag.test()` runs of trade_news_ingest against feeds
served on loopback, on an isolated SQLite-backed Airflow home."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from airflow_support import env

env.configure()  # before airflow is imported: keeps Airflow state in a temp home

import duckdb  # noqa: E402
from airflow.dag_processing.dagbag import BundleDagBag, DagBag  # noqa: E402
from airflow.models.asset import AssetEvent  # noqa: E402
from airflow.models.pool import Pool  # noqa: E402
from airflow.sdk.exceptions import AirflowFailException  # noqa: E402
from airflow.utils.session import create_session  # noqa: E402
from airflow.utils.state import DagRunState, TaskInstanceState  # noqa: E402
from sqlalchemy import select  # noqa: E402

from airflow_support.feedserver import fixture_registry, serve_feeds  # noqa: E402
from pipeline import stage  # noqa: E402

DAG_IDS = {"trade_news_ingest", "trade_news_reprocess", "trade_news_report"}


@pytest.fixture(scope="module")
def dagbag() -> DagBag:
    # As the dag-processor and workers parse it: the bundle root (dags/) is on sys.path,
    # so the DAG files share `trade_news_common`.
    return BundleDagBag(dag_folder=str(env.DAGS), bundle_path=env.DAGS, bundle_name="dags-folder")


@pytest.fixture(scope="module")
def feed_server() -> Iterator[str]:
    with serve_feeds() as base_url:
        yield base_url


@pytest.fixture
def pipeline_env(tmp_path: Path, feed_server: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pipeline settings of one test: its own warehouse, staging root and registry."""
    registry = fixture_registry(tmp_path / "registry.yaml", feed_server)
    monkeypatch.setenv("PIPELINE_DB", str(tmp_path / "warehouse.duckdb"))
    monkeypatch.setenv("PIPELINE_STAGING_ROOT", str(tmp_path / "staging"))
    monkeypatch.setenv("PIPELINE_FEEDS", str(registry))
    monkeypatch.setenv("PIPELINE_ALLOW_PRIVATE_HOSTS", "1")
    monkeypatch.setenv("PIPELINE_FETCH_BATCH_SIZE", "2")
    monkeypatch.setenv("PIPELINE_EXPORT_DIR", str(tmp_path / "exports"))
    monkeypatch.setenv("PIPELINE_PUBLISH_PATH", str(tmp_path / "analysts.duckdb"))
    Pool.create_or_update_pool("duckdb_writer", 1, "the DuckDB writer", include_deferred=False)
    return tmp_path / "warehouse.duckdb"


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    tables = ["runs", "fetches", "items", "articles", "article_keys", "events", "feeds"]
    return {t: sorted(map(repr, rows(db, f"SELECT * FROM {t}"))) for t in tables}


def asset_events(airflow_run_id: str) -> list[dict]:
    with create_session() as session:
        events = session.scalars(
            select(AssetEvent).where(AssetEvent.source_run_id == airflow_run_id)
        ).all()
        return [e.extra for e in events]


def task_states(dr) -> dict[str, str]:
    return {
        (ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]"): ti.state
        for ti in dr.get_task_instances()
    }


# --- import checks ---------------------------------------------------------------------


def test_dagbag_imports_cleanly(dagbag: DagBag) -> None:
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == DAG_IDS


@pytest.mark.parametrize("dag_id", sorted(DAG_IDS))
def test_dag_has_owner_tags_retries_and_no_cycle(dagbag: DagBag, dag_id: str) -> None:
    dag = dagbag.get_dag(dag_id)
    dag.check_cycle()
    assert dag.tags and "trade-news" in dag.tags
    for t in dag.tasks:
        assert t.owner == "trade-news", t.task_id
        assert t.retries >= 1, t.task_id
        assert t.execution_timeout is not None, t.task_id


def test_ingest_dag_shape(dagbag: DagBag) -> None:
    dag = dagbag.get_dag("trade_news_ingest")
    assert dag.max_active_runs == 1 and not dag.catchup
    writers = {t.task_id for t in dag.tasks if t.pool == "duckdb_writer"}
    assert writers == {"plan", "dedup", "load", "quality_checks"}
    # Only `announce` updates the warehouse Asset, and it runs after the checks.
    assert [t.task_id for t in dag.tasks if t.outlets] == ["announce"]
    assert dag.get_task("announce").upstream_task_ids == {"load", "quality_checks"}
    assert dag.get_task("fetch").max_active_tis_per_dagrun is not None


# --- dag.test() runs -------------------------------------------------------------------


def test_ingest_loads_feeds_and_survives_a_failing_feed(dagbag: DagBag, pipeline_env: Path):
    dag = dagbag.get_dag("trade_news_ingest")
    dr = dag.test(logical_date=datetime(2026, 3, 7, tzinfo=UTC))
    states = task_states(dr)
    assert dr.state == DagRunState.SUCCESS, states
    assert all(s == TaskInstanceState.SUCCESS for s in states.values()), states

    db = pipeline_env
    [run] = rows(db, "SELECT run_id, status, feeds_total, feeds_failed, articles_new FROM runs")
    assert run[1:] == ("partial", 4, 1, 5)
    fetches = dict(rows(db, "SELECT feed_id, status FROM fetches"))
    assert fetches == {
        "border_daily": "ok",
        "harbour_news": "ok",
        "prairie_wire": "ok",
        "broken_feed": "failed",
    }
    # The syndicated steel story is stored as an item of the first article, not a new one.
    assert rows(db, "SELECT dedup_outcome, count(*) FROM items GROUP BY 1 ORDER BY 1") == [
        ("duplicate", 1),
        ("new", 5),
    ]
    assert rows(db, "SELECT count(*) FROM events")[0][0] >= 1
    assert rows(db, "SELECT consecutive_failures FROM feeds WHERE feed_id = 'broken_feed'") == [
        (1,)
    ]
    # The staged files of a checked run are removed.
    assert not any((db.parent / "staging").rglob("*.jsonl"))
    # The warehouse Asset was updated with the run's counts.
    [extra] = asset_events(dr.run_id)
    assert extra["run_id"] == run[0] and extra["feeds_failed"] == 1 and extra["articles_new"] == 5


def test_a_run_that_loads_no_new_rows_does_not_update_the_asset(
    dagbag: DagBag, pipeline_env: Path
) -> None:
    dag = dagbag.get_dag("trade_news_ingest")
    first = dag.test(logical_date=datetime(2026, 3, 14, tzinfo=UTC), run_conf={"force": True})
    assert first.state == DagRunState.SUCCESS
    assert task_states(first)["announce"] == TaskInstanceState.SUCCESS
    [extra] = asset_events(first.run_id)
    assert extra["items_new"] == 5

    # The same feeds again: unchanged (not modified), the broken feed still fails.
    second = dag.test(logical_date=datetime(2026, 3, 14, 1, tzinfo=UTC), run_conf={"force": True})
    states = task_states(second)
    assert second.state == DagRunState.SUCCESS, states
    assert states["load"] == states["quality_checks"] == TaskInstanceState.SUCCESS
    assert states["announce"] == TaskInstanceState.SKIPPED
    assert asset_events(second.run_id) == []  # so trade_news_report is not triggered
    # The run is still recorded, with nothing new.
    latest = rows(
        pipeline_env,
        "SELECT items_new, items_duplicate, feeds_not_modified, feeds_failed FROM runs "
        "ORDER BY started_at DESC LIMIT 1",
    )
    assert latest == [(0, 0, 3, 1)]


def test_a_fetch_task_failing_for_good_is_recorded_and_the_run_succeeds(
    dagbag: DagBag, pipeline_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = stage.fetch_batch

    def fetch_batch(settings, run_id, batch, source=None):
        if batch == 1:
            raise AirflowFailException("worker lost its disk")  # no retries: fails for good
        return real(settings, run_id, batch, source)

    monkeypatch.setattr(stage, "fetch_batch", fetch_batch)  # dag.test() runs tasks in-process
    dag = dagbag.get_dag("trade_news_ingest")
    dr = dag.test(logical_date=datetime(2026, 3, 11, tzinfo=UTC))
    states = task_states(dr)
    assert dr.state == DagRunState.SUCCESS, states
    assert states["fetch[1]"] == TaskInstanceState.FAILED
    failed = rows(pipeline_env, "SELECT feed_id, error FROM fetches WHERE status = 'failed'")
    assert {f for f, _ in failed} == {"prairie_wire", "broken_feed"}  # batch 1
    assert all("worker lost its disk" in e for _, e in failed)
    assert rows(pipeline_env, "SELECT status, feeds_failed FROM runs") == [("partial", 2)]


def test_ingest_rerun_of_the_same_interval_leaves_the_same_rows(
    dagbag: DagBag, pipeline_env: Path
) -> None:
    dag = dagbag.get_dag("trade_news_ingest")
    when = datetime(2026, 3, 8, tzinfo=UTC)
    first = dag.test(run_after=when, logical_date=when, run_conf={"force": True})
    assert first.state == DagRunState.SUCCESS
    before = snapshot(pipeline_env)
    # Same run id: dag.test() clears the run's task instances and runs them again.
    second = dag.test(run_after=when, logical_date=when, run_conf={"force": True})
    assert second.state == DagRunState.SUCCESS
    assert second.run_id == first.run_id
    assert snapshot(pipeline_env) == before


def test_ingest_ad_hoc_feeds_and_nothing_due(dagbag: DagBag, pipeline_env: Path) -> None:
    dag = dagbag.get_dag("trade_news_ingest")
    dr = dag.test(
        logical_date=datetime(2026, 3, 9, tzinfo=UTC), run_conf={"feeds": ["harbour_news"]}
    )
    assert dr.state == DagRunState.SUCCESS
    assert rows(pipeline_env, "SELECT feed_id FROM fetches") == [("harbour_news",)]
    # The next scheduled run: the feeds fetched are not due again, the others are.
    dr = dag.test(logical_date=datetime(2026, 3, 9, 1, tzinfo=UTC))
    assert dr.state == DagRunState.SUCCESS
    assert rows(pipeline_env, "SELECT count(*) FROM fetches WHERE feed_id = 'harbour_news'") == [
        (1,)
    ]


@pytest.mark.parametrize(
    ("conf", "message"),
    [
        ({"feed": ["x"]}, "unknown conf key(s) ['feed']"),
        ({"feeds": ["no_such_feed"]}, "unknown feed id(s) ['no_such_feed']"),
        ({"feeds": "border_daily"}, "'feeds' must be a non-empty list"),
        ({"force": "yes"}, "'force' must be true or false"),
    ],
)
def test_bad_conf_fails_the_run_at_its_first_task(
    dagbag: DagBag, pipeline_env: Path, conf: dict, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    dag = dagbag.get_dag("trade_news_ingest")
    dr = dag.test(logical_date=datetime(2026, 3, 10, tzinfo=UTC), run_conf=conf)
    states = task_states(dr)
    assert dr.state == DagRunState.FAILED
    assert states["check_conf"] == TaskInstanceState.FAILED
    assert states["plan"] == TaskInstanceState.UPSTREAM_FAILED
    assert message in caplog.text
    assert not pipeline_env.exists()  # nothing was written


def test_reprocess_dag_dry_run_then_real(
    dagbag: DagBag, pipeline_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest = dagbag.get_dag("trade_news_ingest")
    assert ingest.test(logical_date=datetime(2026, 3, 12, tzinfo=UTC)).state == "success"
    dag = dagbag.get_dag("trade_news_reprocess")
    assert set(dag.params) == {"start_date", "end_date", "feeds", "dry_run"}
    # The form and check_reprocess_conf agree: no answer means a dry run.
    assert dag.params["dry_run"] is True
    from pipeline.settings import load_settings

    assert stage.check_reprocess_conf(load_settings(), {}).dry_run is True
    before = rows(pipeline_env, "SELECT * FROM events ORDER BY event_id")

    dr = dag.test(logical_date=datetime(2026, 3, 12, 1, tzinfo=UTC))  # dry run by default
    assert dr.state == DagRunState.SUCCESS
    assert task_states(dr)["announce"] == TaskInstanceState.SKIPPED
    assert rows(pipeline_env, "SELECT * FROM events ORDER BY event_id") == before

    import pipeline.extract

    monkeypatch.setattr(pipeline.extract, "EXTRACTOR_VERSION", "rules-test")
    dr = dag.test(
        logical_date=datetime(2026, 3, 12, 2, tzinfo=UTC),
        run_conf={"dry_run": False, "feeds": ["border_daily"], "start_date": "2026-03-01"},
    )
    assert dr.state == DagRunState.SUCCESS, task_states(dr)
    versions = dict(
        rows(pipeline_env, "SELECT feed_id, max(extractor_version) FROM articles GROUP BY 1")
    )
    assert versions["border_daily"] == "rules-test"
    assert versions["harbour_news"] != "rules-test"
    [extra] = asset_events(dr.run_id)
    assert extra["extractor_version"] == "rules-test" and not extra["dry_run"]


def test_report_dag_publishes_exports_and_reports(dagbag: DagBag, pipeline_env: Path) -> None:
    ingest = dagbag.get_dag("trade_news_ingest")
    assert ingest.test(logical_date=datetime(2026, 3, 13, tzinfo=UTC)).state == "success"
    dr = dagbag.get_dag("trade_news_report").test(logical_date=datetime(2026, 3, 13, 1, tzinfo=UTC))
    assert dr.state == DagRunState.SUCCESS, task_states(dr)
    folder = pipeline_env.parent
    published = folder / "analysts.duckdb"
    assert rows(published, "SELECT count(*) FROM articles") == rows(
        pipeline_env, "SELECT count(*) FROM articles"
    )
    assert (folder / "exports" / "report.html").stat().st_size > 0
    assert any((folder / "exports").rglob("*.parquet"))


def test_staging_under_an_object_storage_url(tmp_path: Path, feeds_dir: Path) -> None:
    """The staging root as a URL goes through ObjectStoragePath (file:// here, s3:// in
    production) and the run is the same."""
    import shutil

    from pipeline.settings import load_settings

    shutil.copytree(feeds_dir, tmp_path / "feeds")
    settings = load_settings(
        {
            "PIPELINE_DB": str(tmp_path / "wh.duckdb"),
            "PIPELINE_STAGING_ROOT": f"file://{tmp_path}/objects",
            "PIPELINE_FEEDS": str(tmp_path / "feeds" / "registry.yaml"),
            "PIPELINE_KEEP_STAGING": "1",
        }
    )
    assert type(stage.run_dir(settings, "r")).__name__ == "ObjectStoragePath"
    refs = stage.plan_run(settings, "r", {})
    for ref in refs:
        stage.fetch_batch(settings, "r", ref["batch"])
    stage.dedup_run(settings, "r")
    stage.extract_run(settings, "r")
    counts = stage.load_run(settings, "r")
    stage.check_quality(settings, "r", counts)
    assert (tmp_path / "objects" / "runs" / "r" / "plan.json").is_file()
    stage.remove_run(settings, "r")
    assert not (tmp_path / "objects" / "runs" / "r").exists()
    assert counts["feeds_total"] == 4 and counts["articles_new"] > 0
