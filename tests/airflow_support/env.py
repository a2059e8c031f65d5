"""An isolated Airflow home for tests: call `configure()` before importing airflow.

Everything Airflow writes (config, SQLite metadata database, logs) goes to a temporary
folder, never to the user's ~/airflow; the DAGs come from the project's dags/ folder.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DAGS = ROOT / "dags"
VENV_BIN = Path(sys.executable).parent


def airflow_env(home: Path, sql_conn: str | None = None) -> dict[str, str]:
    """The AIRFLOW__* variables of an isolated home (SQLite unless `sql_conn` is given)."""
    return {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sql_conn or f"sqlite:///{home}/airflow.db",
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(home / "logs"),
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
    }


def configure() -> Path:
    """Point this process's Airflow at a fresh temporary home (once) and migrate it."""
    existing = os.environ.get("PIPELINE_TEST_AIRFLOW_HOME")
    if existing:
        return Path(existing)
    home = Path(tempfile.mkdtemp(prefix="airflow_test_home_"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    os.environ.update(airflow_env(home))
    os.environ["PIPELINE_TEST_AIRFLOW_HOME"] = str(home)
    result = subprocess.run(
        [str(VENV_BIN / "airflow"), "db", "migrate"],
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"airflow db migrate failed:\n{result.stderr[-3000:]}")
    return home
