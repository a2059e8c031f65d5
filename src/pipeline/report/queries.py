"""The report's queries: small result sets from the `report_*` tables (or the live views
when the tables are stale, e.g. on a warehouse never published)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from pipeline.report.refresh import is_fresh

TOP_MEASURES = 30
TOP_ACTORS = 12
LATEST_EVENTS = 60


@dataclass(slots=True)
class ReportData:
    fresh: bool
    headline: dict[str, Any]
    tension: list[tuple[date, float, float]]
    weekly: list[tuple[date, str, int]]
    measures: list[dict[str, Any]]
    actors: list[tuple[str, int]]
    people: list[tuple[str, str | None, str | None, int]]
    contacts: list[dict[str, Any]]
    coverage: list[dict[str, Any]]
    latest: list[dict[str, Any]]
    timings_ms: dict[str, float] = field(default_factory=dict)


def _dicts(conn: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = conn.execute(sql)
    rows = cur.fetchall()
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in rows]


class _Timed:
    """Runs queries and records how long each took (the benchmark reports them)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn
        self.timings: dict[str, float] = {}

    def rows(self, name: str, sql: str) -> list[tuple]:
        started = time.perf_counter()
        out = self.conn.execute(sql).fetchall()
        self.timings[name] = (time.perf_counter() - started) * 1000
        return out

    def dicts(self, name: str, sql: str) -> list[dict[str, Any]]:
        started = time.perf_counter()
        out = _dicts(self.conn, sql)
        self.timings[name] = (time.perf_counter() - started) * 1000
        return out


def report_queries(fresh: bool) -> dict[str, str]:
    """Every query of the report, by name (the benchmark times each of them)."""

    def src(name: str) -> str:
        return f"report_{name}" if fresh else f"v_{name}"

    return {
        "headline": f"""
            SELECT
                (SELECT count(*) FROM articles) AS articles,
                (SELECT count(*) FROM articles WHERE relevant) AS relevant_articles,
                (SELECT count(*) FROM events) AS events,
                (SELECT count(*) FROM runs) AS runs,
                (SELECT max(finished_at) FROM runs) AS last_run_at,
                (SELECT min(day) FROM {src("tension_daily")}) AS first_day,
                (SELECT max(day) FROM {src("tension_daily")}) AS last_day,
                (SELECT count(*) FROM {src("measures_timeline")}
                 WHERE current_status = 'in_effect') AS measures_in_effect,
                (SELECT count(*) FROM {src("measures_timeline")}) AS measures,
                (SELECT arg_max(tension_index_7d, day) FROM {src("tension_daily")})
                    AS tension_7d,
                (SELECT count(DISTINCT publisher) FROM {src("publisher_coverage")})
                    AS publishers
        """,
        "tension": f"""
            SELECT day, tension_index, tension_index_7d FROM {src("tension_daily")}
            ORDER BY day
        """,
        "weekly": f"SELECT week, type, events FROM {src('weekly_event_types')} ORDER BY week",
        "measures": f"""
            SELECT type, initiator, target, products, rate_pct, retaliatory, current_status,
                   first_seen, last_seen, events, publishers, lifecycle, latest_sources,
                   latest_evidence
            FROM {src("measures_timeline")}
            ORDER BY last_seen DESC, events DESC, measure_id
            LIMIT {TOP_MEASURES}
        """,
        "actors": f"""
            SELECT actor, sum(events_initiated) AS n FROM {src("actor_activity")}
            GROUP BY actor ORDER BY n DESC, actor LIMIT {TOP_ACTORS}
        """,
        "people": f"""
            SELECT name, country, role, articles FROM {src("people_activity")}
            ORDER BY articles DESC, name LIMIT {TOP_ACTORS}
        """,
        "contacts": f"""
            SELECT * FROM {src("contact_pairs")}
            ORDER BY contacts_held DESC, events DESC, party_a, party_b, type LIMIT 20
        """,
        "coverage": f"""
            SELECT * FROM {src("publisher_coverage")} ORDER BY articles DESC, publisher
        """,
        "latest": f"""
            SELECT published_at, day, type, status, initiator, target, retaliatory, rate_pct,
                   products, evidence, title, link, publisher
            FROM {src("latest_events")}
            ORDER BY published_at DESC, event_id LIMIT {LATEST_EVENTS}
        """,
    }


def load_report_data(conn: duckdb.DuckDBPyConnection) -> ReportData:
    fresh = is_fresh(conn)
    q = report_queries(fresh)
    t = _Timed(conn)
    headline = t.dicts("headline", q["headline"])[0]
    data = ReportData(
        fresh=fresh,
        headline=headline,
        tension=[(d, float(i), float(i7)) for d, i, i7 in t.rows("tension", q["tension"])],
        weekly=[(w, ty, int(n)) for w, ty, n in t.rows("weekly", q["weekly"])],
        measures=t.dicts("measures", q["measures"]),
        actors=[(a, int(n)) for a, n in t.rows("actors", q["actors"])],
        people=[(n, c, r, int(k)) for n, c, r, k in t.rows("people", q["people"])],
        contacts=t.dicts("contacts", q["contacts"]),
        coverage=t.dicts("coverage", q["coverage"]),
        latest=t.dicts("latest", q["latest"]),
    )
    data.timings_ms = t.timings
    return data
