"""Settings read from the environment, in one place.

The `pipeline` command, the Airflow DAGs, the Dockerfile and docker-compose.yml take their
configuration and defaults from here; nothing else in the package reads the environment
for them (the HTTP fetcher also honours `PIPELINE_ALLOW_PRIVATE_HOSTS` itself, with the
same meaning, through `env_flag`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "data/trade_events.duckdb"
DEFAULT_STAGING_ROOT = "data/staging"
DEFAULT_SCHEDULE = "*/30 * * * *"


class SettingsError(ValueError):
    """An environment variable with a value that cannot be used."""


@dataclass(frozen=True, slots=True)
class Settings:
    # The warehouse: only the ingest DAG's load task (pool `duckdb_writer`) writes it.
    db_path: Path
    # Root of staged per-run files: a local path, file:// or an object-storage URL
    # (s3://bucket/prefix) reachable by every worker.
    staging_root: str
    # Feed registry YAML; None means the bundled sample feeds.
    feeds_registry: Path | None
    # Let the HTTP fetcher reach loopback/private addresses (tests, intranet feeds).
    allow_private_hosts: bool
    # Cron expression or preset ("@hourly") of trade_news_ingest; "none" for manual only.
    schedule: str | None
    # Feeds per mapped fetch task, and how many fetch tasks of one run run at once.
    fetch_batch_size: int
    fetch_parallelism: int
    # Concurrent requests inside one fetch task.
    fetch_concurrency: int
    # Analysts' read-only copy of the warehouse, and the folder of exports and the report.
    publish_path: Path
    export_dir: Path
    # Keep the staged files of a run after it was loaded and checked (for debugging).
    keep_staging: bool

    @property
    def report_path(self) -> Path:
        """The HTML report, beside the exports (`pipeline report` and the report DAG)."""
        return self.export_dir / "report.html"


def load_settings(
    env: Mapping[str, str] | None = None, *, db_path: Path | str | None = None
) -> Settings:
    """Read every `PIPELINE_*` setting; raises `SettingsError` naming the bad variable.

    `db_path` (the CLI's `--db`) takes the place of `PIPELINE_DB`, and the paths derived
    from the warehouse follow it (the analysts' copy next to it, exports beside it) rather
    than `PIPELINE_PUBLISH_PATH` and `PIPELINE_EXPORT_DIR`: a one-off warehouse never
    publishes over the configured one's copy.
    """
    env = os.environ if env is None else env
    if db_path is not None:
        env = {
            k: v
            for k, v in env.items()
            if k not in ("PIPELINE_DB", "PIPELINE_PUBLISH_PATH", "PIPELINE_EXPORT_DIR")
        }
    db_path = Path(db_path or env.get("PIPELINE_DB") or DEFAULT_DB)
    registry = env.get("PIPELINE_FEEDS")
    schedule = (env.get("PIPELINE_SCHEDULE") or DEFAULT_SCHEDULE).strip()
    return Settings(
        db_path=db_path,
        staging_root=env.get("PIPELINE_STAGING_ROOT") or DEFAULT_STAGING_ROOT,
        feeds_registry=Path(registry) if registry else None,
        allow_private_hosts=env_flag("PIPELINE_ALLOW_PRIVATE_HOSTS", False, env),
        schedule=None if schedule.lower() in ("none", "manual") else schedule,
        fetch_batch_size=_positive_int(env, "PIPELINE_FETCH_BATCH_SIZE", 20),
        fetch_parallelism=_positive_int(env, "PIPELINE_FETCH_PARALLELISM", 4),
        fetch_concurrency=_positive_int(env, "PIPELINE_FETCH_CONCURRENCY", 16),
        publish_path=Path(
            env.get("PIPELINE_PUBLISH_PATH")
            or db_path.with_name(f"{db_path.stem}.analysts{db_path.suffix or '.duckdb'}")
        ),
        export_dir=Path(env.get("PIPELINE_EXPORT_DIR") or db_path.parent / "exports"),
        keep_staging=env_flag("PIPELINE_KEEP_STAGING", False, env),
    )


def env_flag(name: str, default: bool = False, env: Mapping[str, str] | None = None) -> bool:
    """A yes/no variable: 1/0, true/false, yes/no or on/off (any case); unset or empty is
    `default`. Raises `SettingsError` for anything else."""
    env = os.environ if env is None else env
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name}={raw!r}: expected 1/0, true/false, yes/no or on/off")


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r}: expected a positive integer") from None
    if value <= 0:
        raise SettingsError(f"{name}={raw!r}: expected a positive integer")
    return value
