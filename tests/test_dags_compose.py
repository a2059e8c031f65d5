"""docker-compose.yml and the Dockerfile: valid against the Compose specification (with a
real validator), and every setting passed is one that Airflow or the pipeline reads."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from airflow_support import env

env.configure()  # before airflow is imported

from airflow.configuration import conf  # noqa: E402

from pipeline.settings import load_settings  # noqa: E402

ROOT = env.ROOT
COMPOSE = ROOT / "docker-compose.yml"
AIRFLOW_SERVICES = {
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
}


def validate(path: Path) -> subprocess.CompletedProcess:
    validator = shutil.which("check-jsonschema", path=str(env.VENV_BIN))
    assert validator, "check-jsonschema is a dev dependency"
    return subprocess.run(
        [validator, "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))  # resolves the << merges


def test_compose_file_validates_against_the_compose_spec() -> None:
    result = validate(COMPOSE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validator_rejects_a_broken_compose_file(tmp_path: Path) -> None:
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  web:\n    image: 3\n    restartt: always\n", "utf-8")
    assert validate(broken).returncode != 0


def test_services_of_a_celery_deployment(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == AIRFLOW_SERVICES | {"postgres", "redis"}
    commands = {name: services[name].get("command") for name in AIRFLOW_SERVICES}
    assert commands["airflow-apiserver"] == ["api-server"]
    assert commands["airflow-scheduler"] == ["scheduler"]
    assert commands["airflow-dag-processor"] == ["dag-processor"]
    assert commands["airflow-triggerer"] == ["triggerer"]
    assert commands["airflow-worker"] == ["celery", "worker"]
    init = " ".join(commands["airflow-init"])
    assert "airflow db migrate" in init and "airflow pools set duckdb_writer 1" in init
    worker = services["airflow-worker"]
    assert "container_name" not in worker and "ports" not in worker  # --scale works
    for name in AIRFLOW_SERVICES:
        assert services[name]["image"] == "trade-news-airflow:latest"
        mounts = services[name]["volumes"]
        assert "./dags:/opt/airflow/dags:ro" in mounts and "pipeline-data:/data" in mounts


def _airflow_env(compose: dict[str, Any]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in AIRFLOW_SERVICES:
        merged.update(compose["services"][name]["environment"])
    return merged


def test_every_airflow_setting_is_an_airflow_option(compose: dict[str, Any]) -> None:
    described = conf.configuration_description
    settings = _airflow_env(compose)
    assert settings["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    for key in settings:
        if not key.startswith("AIRFLOW__"):
            continue
        section, option = key.removeprefix("AIRFLOW__").lower().split("__", 1)
        assert option in described.get(section, {}).get("options", {}), key


class _Recorder(dict):
    """An environment that remembers which variables were read."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)


def test_every_pipeline_setting_is_read_by_the_code(compose: dict[str, Any]) -> None:
    passed = {k: v for k, v in _airflow_env(compose).items() if not k.startswith("AIRFLOW__")}
    # Compose interpolation: ${VAR:-default} -> default.
    values = {k: re.sub(r"\$\{\w+:-(.*)\}", r"\1", str(v)) for k, v in passed.items()}
    recorder = _Recorder(values)
    settings = load_settings(recorder)
    assert set(passed) <= recorder.read, set(passed) - recorder.read
    assert str(settings.db_path) == "/data/warehouse/trade_events.duckdb"
    assert settings.schedule == "*/30 * * * *"


def test_the_image_installs_the_project_from_the_lock_at_build_time() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY pyproject.toml uv.lock" in dockerfile
    syncs = re.findall(r"RUN uv sync ([^\n]*)", dockerfile)
    assert syncs and all("--locked" in s for s in syncs)
    assert "ENTRYPOINT" in dockerfile and "pip install" not in dockerfile
