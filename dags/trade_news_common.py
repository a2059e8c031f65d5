"""Shared pieces of the trade-news DAGs: the warehouse Asset, default task arguments and
failure callbacks. (No DAG is defined here.)"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from airflow.sdk import Asset

from pipeline.settings import Settings, load_settings

log = logging.getLogger("trade_news")

# The warehouse, updated by each successful ingest run; the report DAG is scheduled on it.
WAREHOUSE_ASSET = Asset(
    name="trade_news_warehouse", uri="trade-news://warehouse", group="trade_news"
)

# DuckDB allows one writer, and a writer excludes readers: every task that opens the
# warehouse runs in this one-slot pool (created by `airflow pools set`, see docs/airflow.md).
DUCKDB_POOL = "duckdb_writer"

OWNER = "trade-news"
TAGS = ["trade-news"]


def settings() -> Settings:
    return load_settings()


def log_task_failure(context: Any) -> None:
    """Failure callback: name the task, the run and the error."""
    ti = context["task_instance"]
    log.error(
        "task %s (map index %s) of run %s failed: %s",
        ti.task_id,
        getattr(ti, "map_index", -1),
        context["dag_run"].run_id,
        context.get("exception"),
    )


DEFAULT_ARGS: dict[str, Any] = {
    "owner": OWNER,
    "retries": 2,
    "retry_delay": timedelta(seconds=10),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=5),
    "execution_timeout": timedelta(minutes=20),
    "on_failure_callback": log_task_failure,
}
