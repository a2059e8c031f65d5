"""The analysts' copy: a read-only snapshot of the warehouse, replaced atomically.

DuckDB lets one process open a file read-write *or* many open it read-only, never both; so
analysts never open the loader's file. After each load the loader (which holds the write
lock, so nothing changes underneath) refreshes the report tables, checkpoints (the WAL is
folded into the file), copies the file to a temporary name in the target's folder, checks
the copy opens, fsyncs it and `os.replace`s it over the previous copy. Readers that have
the old copy open keep reading it (POSIX keeps the old inode); new readers see the new one.
They never see a half-loaded run, and they never block the loader.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

import duckdb

from pipeline import warehouse
from pipeline.report.refresh import refresh_reporting

log = logging.getLogger(__name__)


def analysts_path(db_path: Path) -> Path:
    """Where the copy goes by default: `trade_events.duckdb` -> `trade_events.analysts.duckdb`."""
    return db_path.with_name(f"{db_path.stem}.analysts{db_path.suffix or '.duckdb'}")


def publish_copy(
    db_path: Path,
    target: Path | None = None,
    *,
    conn: duckdb.DuckDBPyConnection | None = None,
    refresh: bool = True,
) -> Path:
    """Publish the analysts' copy of `db_path` at `target`; returns the target.

    Pass `conn` when the caller already holds the warehouse open read-write (the loader, the
    Airflow DAG); otherwise it is opened here, and `warehouse.WarehouseBusy` is raised if
    another process is writing. `refresh` rebuilds the `report_*` tables first.
    """
    db_path = Path(db_path)
    target = Path(target) if target else analysts_path(db_path)
    if target.resolve() == db_path.resolve():
        raise ValueError("the analysts' copy must not be the warehouse itself")
    own = conn is None
    conn = conn or warehouse.connect(db_path)
    try:
        started = time.perf_counter()
        if refresh:
            refresh_reporting(conn)
        conn.execute("CHECKPOINT").fetchall()
        _check_wal_is_empty(db_path)
        _atomic_copy(db_path, target)
    finally:
        if own:
            conn.close()
    log.info("published %s in %.0f ms", target, (time.perf_counter() - started) * 1000)
    return target


def _check_wal_is_empty(db_path: Path) -> None:
    # After CHECKPOINT every committed change is in the main file; a non-empty WAL would
    # mean the copy misses some of them.
    wal = Path(f"{db_path}.wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise warehouse.WarehouseError(
            f"{wal} still holds changes after CHECKPOINT; is another transaction open?"
        )


def _atomic_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # A publisher killed mid-copy leaves its temporary file; the next one (we hold the
    # warehouse's write lock, so no other publisher of it is running) removes it.
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        stale.unlink(missing_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        _verify(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _verify(path: Path) -> None:
    """Open the copy read-only and read a table: a broken copy is never published."""
    check = duckdb.connect(str(path), read_only=True)
    try:
        check.execute("SELECT count(*) FROM runs").fetchall()
    finally:
        check.close()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_analysts_copy(path: Path) -> duckdb.DuckDBPyConnection:
    """Open a published copy read-only, in UTC (what notebooks and the report use)."""
    conn = duckdb.connect(str(path), read_only=True)
    conn.execute("SET TimeZone = 'UTC'").fetchall()
    return conn
