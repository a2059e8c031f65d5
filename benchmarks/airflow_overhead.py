"""What Airflow's orchestration costs: one ingest run over N local feeds, three ways.

    1. the plain CLI (`pipeline run`), one process;
    2. trade_news_ingest on Airflow with the LocalExecutor;
    3. trade_news_ingest on Airflow with the CeleryExecutor and two workers (2 slots each).

Feeds are generated and served on loopback (tests/airflow_support/feedserver.py), every
setting starts from an empty warehouse, and Airflow uses a fresh PostgreSQL database (and
a dedicated Redis database for Celery). Airflow's time is measured from the trigger to the
run's success, as an operator would see it; the run's own duration (first task start to
last task end) is reported next to it. Needs PostgreSQL and Redis on loopback.

    .venv/bin/python benchmarks/airflow_overhead.py [--feeds 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from airflow_support.cluster import AirflowCluster  # noqa: E402
from airflow_support.feedserver import generated_registry, serve_feeds  # noqa: E402

log = logging.getLogger("airflow_overhead")
DAG = "trade_news_ingest"


def run_cli(registry: Path, workdir: Path) -> dict[str, float]:
    db = workdir / "cli.duckdb"
    env = {**os.environ, "PIPELINE_ALLOW_PRIVATE_HOSTS": "1"}
    started = time.perf_counter()
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pipeline"),
            "run",
            "--db",
            str(db),
            "--feeds",
            str(registry),
            "--no-progress",
        ],
        env=env,
        check=False,  # exit code 1 when a feed failed; the timing still counts
        capture_output=True,
    )
    return {"wall_s": time.perf_counter() - started, **_counts(db)}


def run_airflow(registry: Path, workdir: Path, executor: str, workers: int) -> dict[str, Any]:
    name = executor.removesuffix("Executor").lower()
    data = workdir / name
    pipeline_env = {
        "PIPELINE_DB": str(data / "warehouse.duckdb"),
        "PIPELINE_STAGING_ROOT": str(data / "staging"),
        "PIPELINE_FEEDS": str(registry),
        "PIPELINE_ALLOW_PRIVATE_HOSTS": "1",
    }
    with AirflowCluster(data / "airflow", pipeline_env, executor=executor, workers=workers) as c:
        c.wait_for_dag(DAG)
        started = time.perf_counter()
        run_id = c.trigger(DAG)
        state = c.wait_for_run(DAG, run_id, timeout=1800)
        wall = time.perf_counter() - started
        [(run_s,)] = c.query(
            "SELECT EXTRACT(EPOCH FROM max(end_date) - min(start_date)) FROM task_instance "
            "WHERE dag_id = %s AND run_id = %s",
            DAG,
            run_id,
        )
        [(tasks, busy_s)] = c.query(
            "SELECT count(*), sum(duration) FROM task_instance WHERE dag_id = %s AND run_id = %s",
            DAG,
            run_id,
        )
        per_task = c.query(
            "SELECT task_id, count(*), sum(duration) FROM task_instance "
            "WHERE dag_id = %s AND run_id = %s GROUP BY task_id ORDER BY min(start_date)",
            DAG,
            run_id,
        )
    if state != "success":
        raise RuntimeError(f"{executor}: run {run_id} ended {state}")
    return {
        "per_task": {t: {"tis": n, "seconds": round(float(d), 2)} for t, n, d in per_task},
        "wall_s": wall,
        "run_s": float(run_s),
        "tasks": int(tasks),
        "task_busy_s": float(busy_s),
        **_counts(Path(pipeline_env["PIPELINE_DB"])),
    }


def _counts(db: Path) -> dict[str, float]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        articles, events = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)"
        ).fetchall()[0]
    return {"articles": articles, "events": events}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--skip", action="append", default=[], choices=["cli", "local", "celery"])
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="airflow_bench_") as tmp, serve_feeds() as url:
        workdir = Path(tmp)
        registry = generated_registry(workdir / "registry.yaml", url, args.feeds)
        if "cli" not in args.skip:
            results["plain CLI"] = run_cli(registry, workdir)
            log.info("cli: %s", results["plain CLI"])
        if "local" not in args.skip:
            results["Airflow, LocalExecutor"] = run_airflow(registry, workdir, "LocalExecutor", 0)
            log.info("local: %s", results["Airflow, LocalExecutor"])
        if "celery" not in args.skip:
            results["Airflow, CeleryExecutor (2 workers x 2 slots)"] = run_airflow(
                registry, workdir, "CeleryExecutor", 2
            )
            log.info("celery: %s", results["Airflow, CeleryExecutor (2 workers x 2 slots)"])

    sys.stdout.write(render(results, args.feeds) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"feeds": args.feeds, "results": results}, indent=2))
    return 0


def render(results: dict[str, dict[str, Any]], feeds: int) -> str:
    lines = [
        f"One ingest run over {feeds} local feeds (empty warehouse each time)",
        "",
        "| setting | wall time (s) | run, first task to last (s) | tasks | task time (s) "
        "| articles | events |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['wall_s']:.1f} | {r.get('run_s', r['wall_s']):.1f} "
            f"| {int(r.get('tasks', 0)) or '-'} | {r.get('task_busy_s', r['wall_s']):.1f} "
            f"| {int(r['articles'])} | {int(r['events'])} |"
        )
    for name, r in results.items():
        if "per_task" in r:
            steps = ", ".join(
                f"{t} {v['seconds']:.1f}" + (f" ({v['tis']} tasks)" if v["tis"] > 1 else "")
                for t, v in r["per_task"].items()
            )
            lines += ["", f"{name}, seconds per task: {steps}"]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
