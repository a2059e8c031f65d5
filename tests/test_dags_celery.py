"""Scaled out, for real: PostgreSQL metadata database, Redis broker, and the scheduler,
dag-processor, api-server and a Celery worker with two slots as native processes,
configured as docker-compose.yml configures the containers. Triggers trade_news_ingest
and waits for it to succeed."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import duckdb

from airflow_support.cluster import AirflowCluster, compose_airflow_env
from airflow_support.feedserver import fixture_registry, serve_feeds


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _require_services() -> None:
    """The machine's PostgreSQL and Redis are part of this test: missing, it fails (a
    skipped test would read as a pass)."""
    missing = [
        name for name, port in (("PostgreSQL", 5432), ("Redis", 6379)) if not _listening(port)
    ]
    assert not missing, f"{', '.join(missing)} not listening on 127.0.0.1"
    assert shutil.which("pg_isready"), "PostgreSQL client tools (pg_isready) not on PATH"


def test_compose_worker_has_two_slots() -> None:
    assert compose_airflow_env()["AIRFLOW__CELERY__WORKER_CONCURRENCY"] == "2"


def test_ingest_on_celery_workers(tmp_path: Path) -> None:
    _require_services()
    with serve_feeds() as base_url:
        registry = fixture_registry(tmp_path / "registry.yaml", base_url)
        db = tmp_path / "data" / "warehouse.duckdb"
        pipeline_env = {
            "PIPELINE_DB": str(db),
            "PIPELINE_STAGING_ROOT": str(tmp_path / "data" / "staging"),
            "PIPELINE_PUBLISH_PATH": str(tmp_path / "data" / "analysts.duckdb"),
            "PIPELINE_EXPORT_DIR": str(tmp_path / "data" / "exports"),
            "PIPELINE_FEEDS": str(registry),
            "PIPELINE_ALLOW_PRIVATE_HOSTS": "1",
            "PIPELINE_FETCH_BATCH_SIZE": "1",  # four fetch tasks for the two slots
        }
        with AirflowCluster(tmp_path / "airflow", pipeline_env, workers=1) as cluster:
            cluster.wait_for_dag("trade_news_ingest")
            run_id = cluster.trigger("trade_news_ingest", {"force": True})
            state = cluster.wait_for_run("trade_news_ingest", run_id, timeout=240)
            states = cluster.task_states("trade_news_ingest", run_id)
            assert state == "success", (states, cluster.logs())
            hosts = cluster.query(
                "SELECT DISTINCT hostname, queue FROM task_instance WHERE run_id = %s", run_id
            )
            # four mapped fetch tasks and seven others; announce succeeds: new rows loaded
            assert len(states) == 4 + 7 and set(states.values()) == {"success"}, states
            assert hosts and all(q == "default" for _, q in hosts)
            assert "received" in (tmp_path / "airflow" / "worker0.log").read_text().lower()

    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT feeds_total, feeds_failed, status FROM runs").fetchall() == [
            (4, 1, "partial")
        ]
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (5,)
