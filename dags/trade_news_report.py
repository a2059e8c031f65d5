"""trade_news_report: after each change of the warehouse, refresh the reporting tables,
publish the analysts' read-only copy, and write the exports and the HTML report.

Scheduled on the warehouse Asset that trade_news_ingest updates when a load inserted new
rows (and a real reprocess updates).
Only `publish` opens the warehouse itself (in the DuckDB pool); exports and the report
read the published copy, so they never hold up a load.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import dag, task

from pipeline import stage
from trade_news_common import DEFAULT_ARGS, DUCKDB_POOL, TAGS, WAREHOUSE_ASSET, settings


@dag(
    dag_id="trade_news_report",
    schedule=[WAREHOUSE_ASSET],
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "report"],
    doc_md=__doc__,
)
def trade_news_report() -> None:
    @task(pool=DUCKDB_POOL, execution_timeout=timedelta(minutes=15))
    def publish() -> str:
        return stage.publish_step(settings())

    @task(execution_timeout=timedelta(minutes=30))
    def export(published: str) -> dict[str, Any]:
        return stage.export_step(settings(), published)

    @task(execution_timeout=timedelta(minutes=15))
    def report(published: str) -> str:
        return stage.report_step(settings(), published)

    published = publish()
    export(published)
    report(published)


trade_news_report()
