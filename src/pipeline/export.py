"""`pipeline export`: every table as hive-partitioned Parquet (by day) and as CSV.

Layout under the output folder:

    parquet/<table>/day=YYYY-MM-DD/part_0.parquet   tables with a date (articles, events, ...)
    parquet/<table>/<table>.parquet                 tables without one (feeds, event_codes)
    csv/<table>.csv                                 every table, one file, with a header row
    manifest.json                                   tables, row counts, partition column

The day of a row is the UTC publication day of its article (the run's start when the feed
gave no date), or the day of its fetch or run, so `day=` folders line up across tables.
Parquet is written with Snappy compression, microsecond UTC timestamps and no 128-bit
integers, which DuckDB, pandas/pyarrow and Spark all read. Each format folder is written
beside the old one and swapped in, so a reader never sees half an export.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipeline import warehouse

log = logging.getLogger(__name__)

FORMATS = ("parquet", "csv")
PARTITION_COLUMN = "day"

# How each dated table gets its day; `_article_day` maps article_id -> day.
_ARTICLE_DAY = """
    CREATE OR REPLACE TEMP VIEW _article_day AS
    SELECT a.article_id,
           CAST(timezone('UTC', COALESCE(a.published_at, r.started_at)) AS DATE) AS day
    FROM articles a LEFT JOIN runs r ON r.run_id = a.run_id
"""
_DATED: dict[str, str] = {
    "runs": "SELECT t.*, CAST(timezone('UTC', t.started_at) AS DATE) AS day FROM runs t",
    "fetches": "SELECT t.*, CAST(timezone('UTC', t.fetched_at) AS DATE) AS day FROM fetches t",
    "articles": "SELECT t.*, d.day FROM articles t JOIN _article_day d USING (article_id)",
    "items": "SELECT t.*, d.day FROM items t LEFT JOIN _article_day d USING (article_id)",
    "events": "SELECT t.*, d.day FROM events t LEFT JOIN _article_day d USING (article_id)",
    "people_mentions": (
        "SELECT t.*, d.day FROM people_mentions t LEFT JOIN _article_day d USING (article_id)"
    ),
    "quotes": "SELECT t.*, d.day FROM quotes t LEFT JOIN _article_day d USING (article_id)",
    "article_keys": (
        "SELECT t.*, d.day FROM article_keys t LEFT JOIN _article_day d USING (article_id)"
    ),
    "report_daily_event_counts": "SELECT * FROM report_daily_event_counts",
    "report_tension_daily": "SELECT * FROM report_tension_daily",
}


@dataclass(slots=True)
class ExportSummary:
    out_dir: Path
    formats: tuple[str, ...]
    rows: dict[str, int] = field(default_factory=dict)
    partitioned: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def table_names(conn: duckdb.DuckDBPyConnection) -> list[str]:
    rows = conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary"
    ).fetchall()
    return sorted(r[0] for r in rows)


def _source(table: str) -> str:
    return _DATED.get(table, f"SELECT * FROM {table}")


def _write_parquet(conn: duckdb.DuckDBPyConnection, table: str, folder: Path) -> None:
    target = folder / table
    folder.mkdir(parents=True, exist_ok=True)
    if table in _DATED:
        conn.execute(
            f"COPY ({_source(table)}) TO {_quote(target)} (FORMAT parquet, "
            f"PARTITION_BY ({PARTITION_COLUMN}), FILENAME_PATTERN 'part_{{i}}')"
        ).fetchall()
        if not any(target.rglob("*.parquet")):
            # No rows, so no partition: one empty file keeps the schema, without which
            # Spark and pyarrow cannot read the folder at all.
            target.mkdir(parents=True, exist_ok=True)
            empty = _quote(target / f"{table}.parquet")
            conn.execute(f"COPY ({_source(table)}) TO {empty} (FORMAT parquet)").fetchall()
    else:
        target.mkdir(parents=True, exist_ok=True)
        conn.execute(
            f"COPY ({_source(table)}) TO {_quote(target / f'{table}.parquet')} (FORMAT parquet)"
        ).fetchall()


def _write_csv(conn: duckdb.DuckDBPyConnection, table: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    conn.execute(
        f"COPY ({_source(table)}) TO {_quote(folder / f'{table}.csv')} (FORMAT csv, HEADER)"
    ).fetchall()


def export_all(db_path: Path, out_dir: Path, formats: Sequence[str] = FORMATS) -> ExportSummary:
    """Export every table of the warehouse at `db_path` (opened read-only) under `out_dir`.

    Point it at the analysts' copy: the loader's own file is locked while a run writes, and
    `warehouse.WarehouseBusy` is raised then.
    """
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export formats: {sorted(unknown)}; choose from {FORMATS}")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = out_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    summary = ExportSummary(out_dir, tuple(formats))
    conn = warehouse.connect(db_path, read_only=True)
    try:
        conn.execute(_ARTICLE_DAY).fetchall()
        for table in table_names(conn):
            summary.rows[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            if table in _DATED:
                summary.partitioned.append(table)
            if "parquet" in formats:
                _write_parquet(conn, table, staging / "parquet")
            if "csv" in formats:
                _write_csv(conn, table, staging / "csv")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        conn.close()
    for fmt in formats:
        _swap_in(staging / fmt, out_dir / fmt)
    shutil.rmtree(staging, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    _write_manifest(summary)
    log.info("exported %d tables to %s in %.1f s", len(summary.rows), out_dir, summary.seconds)
    return summary


def _swap_in(new: Path, final: Path) -> None:
    """Replace `final` by `new` with two renames; the old export is deleted afterwards."""
    old = final.with_name(f".old-{final.name}-{os.getpid()}")
    if final.exists():
        os.replace(final, old)
    os.replace(new, final)
    shutil.rmtree(old, ignore_errors=True)


def _write_manifest(summary: ExportSummary) -> None:
    manifest = {
        "formats": list(summary.formats),
        "partition_column": PARTITION_COLUMN,
        "partitioned_tables": summary.partitioned,
        "rows": summary.rows,
    }
    tmp = summary.out_dir / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, summary.out_dir / "manifest.json")
