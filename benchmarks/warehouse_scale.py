"""Warehouse at scale: synthesise N articles and M events, then time the reporting layer.

    python benchmarks/warehouse_scale.py                       # 1M articles, 3M events
    python benchmarks/warehouse_scale.py --articles 20000 --events 60000 --json out.json

Times: synthesis, `refresh_clusters`, `refresh_reporting`, `publish_copy`, every query of
the HTML report (on the published copy, warm, median of 5), every worked query of
docs/analyst-queries.md, every live `v_*` view in full, the whole `build_report`, and
`export_all`. Exits 1 when a report query's median exceeds 200 ms or the report takes 10 s
or more (the targets of issue 7).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from pipeline import warehouse
from pipeline.export import export_all
from pipeline.measures import refresh_clusters
from pipeline.publish import publish_copy
from pipeline.report import build_report_timed, refresh_reporting
from pipeline.report.queries import report_queries
from pipeline.synth import synth_warehouse

log = logging.getLogger("warehouse_scale")
ROOT = Path(__file__).resolve().parents[1]
QUERY_LIMIT_MS, REPORT_LIMIT_S = 200.0, 10.0


def _link_clusters(conn: duckdb.DuckDBPyConnection) -> None:
    """What every load does before its COMMIT, here over all the synthetic events."""
    conn.execute("BEGIN TRANSACTION")
    refresh_clusters(conn)
    conn.execute("COMMIT")


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _median_ms(conn: duckdb.DuckDBPyConnection, sql: str, runs: int = 5) -> tuple[float, float]:
    conn.execute(sql).fetchall()  # warm-up: the first read pulls the blocks from disk
    times = [_timed(lambda: conn.execute(sql).fetchall()) for _ in range(runs)]
    return statistics.median(times), max(times)


def _doc_queries() -> list[str]:
    text = (ROOT / "docs" / "analyst-queries.md").read_text("utf-8")
    return re.findall(r"```sql\n(.*?)```", text, re.S)


def run(args: argparse.Namespace) -> dict:
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    db = work / "bench.duckdb"
    result: dict = {
        "articles": args.articles,
        "events_requested": args.events,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, DuckDB {duckdb.__version__}",
    }
    for stale in work.glob("bench*"):
        stale.unlink()
    conn = warehouse.connect(db)
    conn.execute("SET enable_progress_bar = false").fetchall()
    summary = synth_warehouse(conn, articles=args.articles, events=args.events, seed=1)
    result["events"] = summary.events
    result["synth_s"] = round(summary.seconds, 1)
    result["clusters_s"] = round(_timed(lambda: _link_clusters(conn)) / 1000, 2)
    result["refresh_s"] = round(_timed(lambda: refresh_reporting(conn)) / 1000, 2)
    result["publish_s"] = round(
        _timed(lambda: publish_copy(db, conn=conn, refresh=False)) / 1000, 2
    )
    conn.close()
    copy = work / "bench.analysts.duckdb"
    result["db_mb"] = round(db.stat().st_size / 2**20)

    reader = duckdb.connect(str(copy), read_only=True)
    reader.execute("SET enable_progress_bar = false").fetchall()
    result["report_queries_ms"] = {
        name: [round(v, 1) for v in _median_ms(reader, sql)]
        for name, sql in report_queries(fresh=True).items()
    }
    result["doc_queries_ms"] = {
        f"query {i + 1}": [round(v, 1) for v in _median_ms(reader, sql, runs=3)]
        for i, sql in enumerate(_doc_queries())
    }
    views = [
        r[0]
        for r in reader.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
        ).fetchall()
    ]
    result["live_views_ms"] = {
        v: round(_median_ms(reader, f"SELECT count(*) FROM (SELECT * FROM {v})", runs=1)[0])
        for v in views
    }
    reader.close()

    totals = []
    for _ in range(3):
        _, timings = build_report_timed(copy, work / "report.html")
        totals.append(timings.total_ms)
    result["report_s"] = round(statistics.median(totals) / 1000, 3)
    result["report_kb"] = round((work / "report.html").stat().st_size / 1024)
    if not args.skip_export:
        started = time.perf_counter()
        export_all(copy, work / "export")
        result["export_s"] = round(time.perf_counter() - started, 1)
    return result


def _markdown(r: dict) -> str:
    lines = [
        f"Synthetic warehouse: {r['articles']:,} articles, {r['events']:,} events "
        f"({r['db_mb']:,} MB); {r['machine']}.",
        "",
        "| step | time |",
        "| --- | --- |",
        f"| synthesise (bulk SQL) | {r['synth_s']} s |",
        f"| `refresh_clusters` (event clusters and measures, in every load) "
        f"| {r['clusters_s']} s |",
        f"| `refresh_reporting` (materialise report_* tables) | {r['refresh_s']} s |",
        f"| `publish_copy` (checkpoint, copy, verify, rename) | {r['publish_s']} s |",
        f"| `build_report` (whole HTML report, median of 3) | {r['report_s']} s |",
    ]
    if "export_s" in r:
        lines.append(f"| `export_all` (Parquet + CSV, every table) | {r['export_s']} s |")
    lines += ["", "| report query | median ms | max ms |", "| --- | --- | --- |"]
    lines += [f"| {k} | {v[0]} | {v[1]} |" for k, v in r["report_queries_ms"].items()]
    lines += ["", "| analyst query (docs) | median ms | max ms |", "| --- | --- | --- |"]
    lines += [f"| {k} | {v[0]} | {v[1]} |" for k, v in r["doc_queries_ms"].items()]
    lines += ["", "| live view, read in full | ms |", "| --- | --- |"]
    lines += [f"| `{k}` | {v} |" for k, v in r["live_views_ms"].items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=3_000_000)
    parser.add_argument("--workdir", default="data/bench")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    result = run(args)
    sys.stdout.write(_markdown(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    slow = {k: v for k, v in result["report_queries_ms"].items() if v[0] >= QUERY_LIMIT_MS}
    if slow or result["report_s"] >= REPORT_LIMIT_S:
        log.error("over target: queries %s, report %.1f s", slow, result["report_s"])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
