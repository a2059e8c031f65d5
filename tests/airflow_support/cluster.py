"""Airflow as separate native processes: scheduler, dag-processor, api-server and (with the
CeleryExecutor) Celery workers, configured as docker-compose.yml configures the containers.

The metadata database is a fresh PostgreSQL database of its own, the Celery broker a
dedicated Redis database; `AirflowCluster` creates them, and on exit stops every process
it started (by process group id) and drops the database.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import yaml

from airflow_support import env

log = logging.getLogger(__name__)

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/{db}"
REDIS_DB = 13  # dedicated to these tests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def compose_airflow_env() -> dict[str, str]:
    """The environment docker-compose.yml gives every Airflow container."""
    compose = yaml.safe_load((env.ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    values = compose["x-airflow-common"]["environment"]
    # ${VAR:-default} -> default; ${VAR:?message} -> empty (set below).
    return {
        k: re.sub(r"\$\{\w+:[-?](.*)\}", lambda m: m.group(1) if ":-" in m.group(0) else "", v)
        for k, v in ((k, str(v)) for k, v in values.items())
    }


@dataclass
class AirflowCluster:
    home: Path
    pipeline_env: dict[str, str]
    executor: str = "CeleryExecutor"
    workers: int = 1
    redis_db: int = REDIS_DB
    database: str = field(default_factory=lambda: f"airflow_test_{secrets.token_hex(4)}")
    procs: list[subprocess.Popen] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    # -- set-up ---------------------------------------------------------------------------

    def __enter__(self) -> AirflowCluster:
        self.home.mkdir(parents=True, exist_ok=True)
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.database}"')
        try:
            self._configure()
            self.cli("db", "migrate")
            # As the compose file's init service does.
            self.cli("pools", "set", "duckdb_writer", "1", "The one DuckDB writer")
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _configure(self) -> None:
        api_port = free_port()
        db_url = f"postgresql+psycopg2://postgres@127.0.0.1:5432/{self.database}"
        e = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "PIPELINE_"))}
        e.update(compose_airflow_env())
        e.update(env.airflow_env(self.home, db_url))
        e.update(
            {
                "AIRFLOW__CORE__EXECUTOR": self.executor,
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": (
                    f"http://127.0.0.1:{api_port}/execution/"
                ),
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(
                    self.home / "passwords.json"
                ),
                "AIRFLOW__CELERY__BROKER_URL": REDIS_URL.format(db=self.redis_db),
                "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql://postgres@127.0.0.1:5432/"
                f"{self.database}",
                "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
                "AIRFLOW__API__SECRET_KEY": secrets.token_hex(32),
                "AIRFLOW__API__PORT": str(api_port),
                # Native processes share one host: give each server its own port.
                "AIRFLOW__SCHEDULER__SCHEDULER_HEALTH_CHECK_SERVER_PORT": str(free_port()),
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
                "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "false",
                # Pick up new DAG runs and finished tasks quickly.
                "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
                "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
                "PIPELINE_SCHEDULE": "none",  # only the runs the test triggers
            }
        )
        e.update(self.pipeline_env)
        self.env = e
        self.api_port = api_port

    def _start(self) -> None:
        self._spawn("api-server", "api-server", "--port", str(self.api_port))
        self._spawn("scheduler", "scheduler")
        self._spawn("dag-processor", "dag-processor")
        if self.executor == "CeleryExecutor":
            for n in range(self.workers):
                self._spawn(
                    f"worker{n}",
                    "celery",
                    "worker",
                    "--celery-hostname",
                    f"worker{n}-{self.database}@%h",
                )

    def _spawn(self, name: str, *args: str) -> None:
        out = (self.home / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            [str(env.VENV_BIN / "airflow"), *args],
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped as a whole on exit
        )
        self.procs.append(proc)

    # -- use ------------------------------------------------------------------------------

    def cli(self, *args: str, timeout: float = 120) -> str:
        result = subprocess.run(
            [str(env.VENV_BIN / "airflow"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"airflow {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def query(self, sql: str, *params: Any) -> list[tuple]:
        url = f"postgresql://postgres@127.0.0.1:5432/{self.database}"
        with psycopg.connect(url) as conn:
            return conn.execute(sql, params).fetchall()

    def wait_for_dag(self, dag_id: str, timeout: float = 120) -> None:
        self._poll(
            lambda: self.query("SELECT 1 FROM serialized_dag WHERE dag_id = %s", dag_id),
            timeout,
            f"DAG {dag_id} parsed",
        )

    def trigger(self, dag_id: str, conf: dict[str, Any] | None = None) -> str:
        """Unpause and trigger `dag_id`; returns the run id."""
        self.cli("dags", "unpause", dag_id)
        run_id = f"manual__test_{secrets.token_hex(4)}"
        self.cli("dags", "trigger", dag_id, "--run-id", run_id, "--conf", json.dumps(conf or {}))
        return run_id

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float = 300) -> str:
        def finished() -> str | None:
            rows = self.query(
                "SELECT state FROM dag_run WHERE dag_id = %s AND run_id = %s", dag_id, run_id
            )
            state = rows[0][0] if rows else None
            return state if state in ("success", "failed") else None

        return self._poll(finished, timeout, f"run {run_id} finished")

    def task_states(self, dag_id: str, run_id: str) -> dict[str, str]:
        rows = self.query(
            "SELECT task_id, map_index, state FROM task_instance WHERE dag_id = %s AND run_id = %s",
            dag_id,
            run_id,
        )
        return {(t if m < 0 else f"{t}[{m}]"): s for t, m, s in rows}

    def _poll(self, check, timeout: float, what: str):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            value = check()
            if value:
                return value
            time.sleep(0.5)
        raise TimeoutError(f"timed out waiting for {what}; logs in {self.home}")

    def _check_alive(self) -> None:
        for proc in self.procs:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"{proc.args[1:]} exited with {proc.returncode}; see {self.home}"
                )

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-4000:]}"
            for p in sorted(self.home.glob("*.log"))
        )

    # -- tear-down ------------------------------------------------------------------------

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            _signal_group(proc, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGKILL)
                proc.wait(timeout=10)
            _signal_group(proc, signal.SIGKILL)  # children the leader left behind
        self.procs.clear()
        self._drop_broker_db()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def _drop_broker_db(self) -> None:
        if self.executor != "CeleryExecutor":
            return
        import redis

        redis.Redis.from_url(REDIS_URL.format(db=self.redis_db)).flushdb()


def _signal_group(proc: subprocess.Popen, sig: signal.Signals) -> None:
    """Signal the process group of a process this module started (its id is the group's)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
