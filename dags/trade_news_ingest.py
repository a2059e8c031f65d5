"""trade_news_ingest: choose due feeds -> fetch (mapped) -> dedup -> extract -> load -> checks
-> announce.

A thin caller of `pipeline.stage`: tasks pass run ids and batch numbers, never articles.
Trigger ad hoc with `airflow dags trigger trade_news_ingest --conf '{"feeds": ["id"]}'`
(or `{"force": true}`); a bad configuration fails the run at its first task. `announce`
updates the warehouse Asset (and so starts trade_news_report) only when the load inserted
new rows; otherwise it is skipped, and a skipped task emits no Asset event.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import TriggerRule, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from pipeline import stage
from trade_news_common import (
    DEFAULT_ARGS,
    DUCKDB_POOL,
    TAGS,
    WAREHOUSE_ASSET,
    log_task_failure,
    settings,
)

log = logging.getLogger("trade_news")


def log_fetch_failure(context: Any) -> None:
    """A fetch task failed for good: log its feeds and the error, and stage the error so
    the run records every feed of the batch as failed (the run itself goes on)."""
    log_task_failure(context)
    dag_run, ti = context["dag_run"], context["task_instance"]
    run_id = stage.pipeline_run_id(dag_run.run_id, dag_run.run_after)
    error = f"{type(context.get('exception')).__name__}: {context.get('exception')}"
    feeds = stage.record_fetch_failure(settings(), run_id, ti.map_index, error)
    log.error("run %s: feeds %s not fetched: %s", run_id, feeds, error)


@dag(
    dag_id="trade_news_ingest",
    schedule=settings().schedule,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "ingest"],
    dagrun_timeout=timedelta(hours=2),
    doc_md=__doc__,
)
def trade_news_ingest() -> None:
    @task(execution_timeout=timedelta(minutes=2))
    def check_conf() -> dict[str, Any]:
        """Validate the run configuration before anything else runs."""
        ctx = get_current_context()
        dag_run = ctx["dag_run"]
        try:
            conf = stage.check_ingest_conf(settings(), dag_run.conf)
        except stage.ConfError as exc:
            raise AirflowFailException(f"bad run configuration: {exc}") from exc
        run_id = stage.pipeline_run_id(dag_run.run_id, dag_run.run_after)
        return {"run_id": run_id, "conf": conf}

    @task(pool=DUCKDB_POOL, execution_timeout=timedelta(minutes=5))
    def plan(run: dict[str, Any]) -> list[dict[str, Any]]:
        return stage.plan_run(settings(), run["run_id"], run["conf"])

    @task(
        max_active_tis_per_dagrun=settings().fetch_parallelism,
        execution_timeout=timedelta(minutes=15),
        on_failure_callback=log_fetch_failure,
    )
    def fetch(ref: dict[str, Any]) -> dict[str, Any]:
        return stage.fetch_batch(settings(), ref["run_id"], ref["batch"])

    # Runs once every fetch task is done, failed or not: a failed batch is recorded as
    # failed feeds, it does not fail the run.
    @task(pool=DUCKDB_POOL, trigger_rule=TriggerRule.ALL_DONE)
    def dedup(run: dict[str, Any] | None) -> str:
        if not run:  # check_conf failed (ALL_DONE runs this task anyway): fail, no retry
            raise AirflowFailException("not run: the run's configuration check failed")
        try:
            stage.dedup_run(settings(), run["run_id"])
        except stage.PlanMissing as exc:  # the run was never planned: fail, don't retry
            raise AirflowFailException(str(exc)) from exc
        return run["run_id"]

    # (`run_id` is a reserved name of the task context: the pipeline's run id is `ref`.)
    @task(execution_timeout=timedelta(minutes=30))
    def extract(ref: str) -> str:
        stage.extract_run(settings(), ref)
        return ref

    @task(pool=DUCKDB_POOL)
    def load(ref: str) -> dict[str, Any]:
        counts = stage.load_run(settings(), ref)
        if counts.get("failures"):
            # The run succeeds: failed feeds are recorded in `fetches` and `runs`.
            log.warning(
                "run %s loaded with %d failures: %s",
                ref,
                len(counts["failures"]),
                counts["failures"],
            )
        return {k: v for k, v in counts.items() if k != "failures"}

    @task(pool=DUCKDB_POOL)
    def quality_checks(counts: dict[str, Any]) -> dict[str, Any]:
        s = settings()
        record = stage.check_quality(s, counts["run_id"], counts)
        stage.finish_run(s, counts["run_id"])
        return record

    @task(outlets=[WAREHOUSE_ASSET], execution_timeout=timedelta(minutes=2))
    def announce(counts: dict[str, Any], record: dict[str, Any]) -> None:
        if not stage.loaded_new_rows(counts):
            # Skipped: no Asset event, so the report DAG does not run for nothing.
            raise AirflowSkipException(f"run {record['run_id']} loaded no new rows")
        # The Asset event carries the run's counts for the report DAG and the UI.
        get_current_context()["outlet_events"][WAREHOUSE_ASSET].extra = record

    run = check_conf()
    refs = plan(run)
    fetched = fetch.expand(ref=refs)
    deduped = dedup(run)
    fetched >> deduped
    loaded = load(extract(deduped))
    announce(loaded, quality_checks(loaded))


trade_news_ingest()
