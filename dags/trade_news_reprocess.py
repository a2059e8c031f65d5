"""trade_news_reprocess: re-extract stored articles with the current extractor.

Manual only; the trigger form asks for a publication date range, feeds and dry run. The
new events replace the old ones of the selected articles in one transaction, and each
article records the extractor version. A real (not dry) run updates the warehouse Asset,
so the reports refresh.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import Param, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from pipeline import stage
from trade_news_common import DEFAULT_ARGS, DUCKDB_POOL, TAGS, WAREHOUSE_ASSET, settings

_DATE = ["null", "string"]


@dag(
    dag_id="trade_news_reprocess",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "reprocess"],
    doc_md=__doc__,
    params={
        "start_date": Param(
            None,
            type=_DATE,
            format="date",
            title="From (published, UTC)",
            description="First publication day to re-extract; empty for no lower bound.",
        ),
        "end_date": Param(
            None,
            type=_DATE,
            format="date",
            title="To (published, UTC)",
            description="Last publication day, inclusive; empty for no upper bound.",
        ),
        "feeds": Param(
            [],
            type="array",
            items={"type": "string"},
            title="Feeds",
            description="Feed ids to re-extract (one per line); empty for every feed.",
        ),
        "dry_run": Param(
            stage.REPROCESS_DRY_RUN_DEFAULT,
            type="boolean",
            title="Dry run",
            description="Extract and count, but write nothing.",
        ),
    },
)
def trade_news_reprocess() -> None:
    @task(execution_timeout=timedelta(minutes=2))
    def check_params() -> dict[str, Any]:
        params = dict(get_current_context()["params"])
        try:
            stage.check_reprocess_conf(settings(), params)
        except stage.ConfError as exc:
            raise AirflowFailException(f"bad reprocess parameters: {exc}") from exc
        return params

    @task(pool=DUCKDB_POOL, execution_timeout=timedelta(hours=1))
    def reprocess(form: dict[str, Any]) -> dict[str, Any]:
        dag_run = get_current_context()["dag_run"]
        run_id = "reprocess-" + stage.pipeline_run_id(dag_run.run_id, dag_run.run_after)
        return stage.reprocess_step(settings(), form, run_id)

    @task(outlets=[WAREHOUSE_ASSET], execution_timeout=timedelta(minutes=2))
    def announce(result: dict[str, Any]) -> None:
        if result["dry_run"]:
            raise AirflowSkipException("dry run: the warehouse did not change")
        get_current_context()["outlet_events"][WAREHOUSE_ASSET].extra = result

    announce(reprocess(check_params()))


trade_news_reprocess()
