"""Materialise the slow reporting views into their `report_*` tables.

The views (`sql/110_reporting_views.sql`) are always current but scan every event; at
millions of events the HTML report and dashboards read the `report_*` copies instead, which
`refresh_reporting` rebuilds in one transaction after each load (the CLI before publishing,
the Airflow report DAG on its schedule). `report_refresh` records when and for what.

The measures timeline reads the measures that `pipeline.measures.refresh_clusters` links
across articles; the load normally keeps them current, and `refresh_reporting` re-links
first (in the same transaction) when they are not, e.g. after events were written directly.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from pipeline.measures import clusters_are_current, refresh_clusters

log = logging.getLogger(__name__)

# report table -> (source view, row limit or None)
MATERIALISED: dict[str, tuple[str, int | None]] = {
    "report_daily_event_counts": ("v_daily_event_counts", None),
    "report_weekly_event_types": ("v_weekly_event_types", None),
    "report_measures_timeline": ("v_measures_timeline", None),
    "report_contact_pairs": ("v_contact_pairs", None),
    "report_latest_contacts": ("v_contacts", 500),
    "report_publisher_coverage": ("v_publisher_coverage", None),
    "report_latest_events": ("v_latest_events", 500),
    "report_tension_daily": ("v_tension_daily", None),
    "report_actor_activity": ("v_actor_activity", None),
    "report_people_activity": ("v_people_activity", None),
}


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    runs: int
    articles: int
    events: int
    elapsed_ms: float


def warehouse_state(conn: duckdb.DuckDBPyConnection) -> tuple[str | None, int, int, int]:
    """(last run id, runs, articles, events): what a refresh was computed from."""
    row = conn.execute(
        """SELECT (SELECT run_id FROM runs ORDER BY finished_at DESC, run_id DESC LIMIT 1),
                  (SELECT count(*) FROM runs), (SELECT count(*) FROM articles),
                  (SELECT count(*) FROM events)"""
    ).fetchall()[0]
    return row[0], int(row[1]), int(row[2]), int(row[3])


def is_fresh(conn: duckdb.DuckDBPyConnection) -> bool:
    """True when the report tables were refreshed from exactly the current rows."""
    rows = conn.execute("SELECT last_run_id, runs, articles, events FROM report_refresh").fetchall()
    return len(rows) == 1 and tuple(rows[0]) == warehouse_state(conn)


def refresh_reporting(conn: duckdb.DuckDBPyConnection) -> RefreshSummary:
    """Rebuild every `report_*` table from its view, atomically (readers see old or new)."""
    started = time.perf_counter()
    conn.execute("BEGIN TRANSACTION")
    try:
        if not clusters_are_current(conn):
            refresh_clusters(conn)
        for table, (view, limit) in MATERIALISED.items():
            conn.execute(f"DELETE FROM {table}")
            suffix = f" LIMIT {limit}" if limit else ""
            conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}{suffix}")
        last_run, runs, articles, events = warehouse_state(conn)
        elapsed = (time.perf_counter() - started) * 1000
        conn.execute("DELETE FROM report_refresh")
        conn.execute(
            "INSERT INTO report_refresh VALUES (?, ?, ?, ?, ?, ?)",
            [datetime.now(UTC), last_run, runs, articles, events, elapsed],
        )
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    log.info("refreshed %d report tables in %.0f ms", len(MATERIALISED), elapsed)
    return RefreshSummary(runs, articles, events, elapsed)
