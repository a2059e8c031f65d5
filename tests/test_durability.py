"""Durability and concurrency of the warehouse, with real processes.

A loader is killed with SIGKILL at seeded random moments, again and again; after each kill
the database must open and hold only whole runs, and a final clean run must leave exactly
what an uninterrupted load leaves. Two concurrent `pipeline run`s: the second exits with
the busy message and code 3.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from pipeline import warehouse
from pipeline.cli import EXIT_BUSY

LOADER = Path(__file__).parent / "fixtures" / "warehouse" / "loader.py"
BATCHES, ARTICLES = 12, 3000
KILLS = 8
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _loader(db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(LOADER), str(db), str(BATCHES), str(ARTICLES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


def _check_whole_runs(conn: duckdb.DuckDBPyConnection) -> int:
    """Every row belongs to a recorded run, and every run has exactly its counted rows."""
    # every table whose rows carry the run that loaded them (story_clusters too, when there)
    tables = [
        r[0]
        for r in conn.execute(
            """SELECT table_name FROM duckdb_columns() WHERE column_name = 'run_id'
               AND table_name <> 'runs' AND table_name NOT LIKE 'report_%'
               AND NOT internal"""
        ).fetchall()
    ]
    assert {"fetches", "items", "articles", "events", "people_mentions"} <= set(tables)
    for table in tables:
        orphans = conn.execute(
            f"SELECT count(*) FROM {table} WHERE run_id NOT IN (SELECT run_id FROM runs)"
        ).fetchall()[0][0]
        assert orphans == 0, f"{table}: {orphans} rows without their run"
    mismatched = conn.execute(
        """SELECT r.run_id FROM runs r
           WHERE r.articles_new <> (SELECT count(*) FROM articles a WHERE a.run_id = r.run_id)
              OR r.events_new <> (SELECT count(*) FROM events e WHERE e.run_id = r.run_id)
              OR r.items_new + r.items_duplicate
                 <> (SELECT count(*) FROM items i WHERE i.run_id = r.run_id)
              OR r.feeds_total <> (SELECT count(*) FROM fetches f WHERE f.run_id = r.run_id)"""
    ).fetchall()
    assert mismatched == [], f"runs with missing rows: {mismatched}"
    keyless = conn.execute(
        "SELECT count(*) FROM article_keys"
        " WHERE article_id NOT IN (SELECT article_id FROM articles)"
    ).fetchall()[0][0]
    assert keyless == 0
    return conn.execute("SELECT count(*) FROM runs").fetchall()[0][0]


def _fingerprint(db: Path) -> dict[str, tuple]:
    conn = duckdb.connect(str(db), read_only=True)
    keys = {
        "runs": "run_id",
        "fetches": "run_id || feed_id",
        "items": "item_id",
        "article_keys": "key",
        "articles": "article_id",
        "events": "event_id",
        "people_mentions": "article_id || name",
        "feeds": "feed_id",
    }
    try:
        return {
            t: tuple(
                conn.execute(
                    f"SELECT count(*), count(DISTINCT {k}), md5(string_agg({k}, ',' ORDER BY {k}))"
                    f" FROM {t}"
                ).fetchall()[0]
            )
            for t, k in keys.items()
        }
    finally:
        conn.close()


def _run_to_completion(db: Path) -> None:
    proc = _loader(db)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.strip().endswith("done")


def test_kill_9_at_random_points_leaves_only_whole_runs(tmp_path):
    reference = tmp_path / "reference.duckdb"
    _run_to_completion(reference)

    db = tmp_path / "killed.duckdb"
    rng = random.Random(20250328)
    deadline = time.monotonic() + 50
    kills_mid_load = 0
    for _ in range(KILLS):
        proc = _loader(db)
        time.sleep(rng.uniform(0.2, 2.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        kills_mid_load += out.count("loading") > out.count("loaded ")
        conn = warehouse.connect(db)  # opens (replaying the WAL) after every kill
        _check_whole_runs(conn)
        conn.close()
        assert time.monotonic() < deadline, "durability test is too slow"
    print(f"{kills_mid_load} of {KILLS} kills landed inside a load")
    assert kills_mid_load >= 2, "too few kills landed inside a load; adjust the timings"

    _run_to_completion(db)
    conn = warehouse.connect(db)
    assert _check_whole_runs(conn) == BATCHES
    conn.close()
    assert _fingerprint(db) == _fingerprint(reference)  # nothing lost, nothing duplicated


def test_a_second_concurrent_pipeline_run_exits_busy(tmp_path):
    db = tmp_path / "w.duckdb"
    first = _loader(db)  # a long load holding the write lock
    try:
        assert first.stdout.readline().strip() == "connected"
        second = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "run", "--db", str(db), "--no-progress"],
            capture_output=True,
            text=True,
            timeout=60,
            env=_env(),
        )
        assert second.returncode == EXIT_BUSY, second.stderr
        assert "in use by another process" in second.stderr
        assert "analysts' copy" in second.stderr
    finally:
        first.kill()
        first.wait()
    conn = warehouse.connect(db)  # the first run's database is intact
    _check_whole_runs(conn)
    conn.close()


def test_the_synthetic_warehouse_keeps_the_same_invariants(tmp_path):
    from pipeline.synth import synth_warehouse

    conn = warehouse.connect(tmp_path / "s.duckdb")
    first = synth_warehouse(conn, articles=2000, events=6000, seed=1, days=30)
    synth_warehouse(conn, articles=500, events=1500, seed=2, days=30)  # a disjoint second set
    assert first.events == 6000
    assert _check_whole_runs(conn) > 30
    assert conn.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 2500
    conn.close()
