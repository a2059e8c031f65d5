"""`export_all`: hive-partitioned Parquet and CSV that DuckDB, pandas and a real Spark read."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline import publish, warehouse
from pipeline.export import export_all
from pipeline.synth import synth_warehouse


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("wh") / "w.duckdb"
    conn = warehouse.connect(db)
    synth_warehouse(conn, articles=1500, events=4500, seed=5, days=20)
    conn.close()
    return publish.publish_copy(db)


@pytest.fixture(scope="module")
def exported(copy, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    return export_all(copy, out), out


def _counts(copy: Path) -> dict[str, int]:
    conn = duckdb.connect(str(copy), read_only=True)
    tables = [r[0] for r in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}
    conn.close()
    return counts


def test_every_table_is_exported_in_both_formats(copy, exported):
    summary, out = exported
    assert summary.rows == _counts(copy)
    for table in summary.rows:
        assert (out / "parquet" / table).is_dir()
        assert (out / "csv" / f"{table}.csv").is_file()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"] == summary.rows
    assert {"articles", "events", "runs"} <= set(manifest["partitioned_tables"])
    assert not list(out.glob(".*"))  # no staging leftovers


def test_duckdb_reads_the_partitions_with_their_day(copy, exported):
    summary, out = exported
    conn = duckdb.connect()
    events = conn.execute(
        f"SELECT count(*), count(DISTINCT day), typeof(any_value(day)) FROM read_parquet("
        f"'{out}/parquet/events/**/*.parquet', hive_partitioning = true)"
    ).fetchall()[0]
    assert events[0] == summary.rows["events"]
    assert events[1] > 1 and events[2] == "DATE"
    # the partition day is the article's UTC day, as in the reporting views
    conn.execute(f"ATTACH '{copy}' AS wh (READ_ONLY)")
    wrong = conn.execute(
        f"""SELECT count(*) FROM read_parquet('{out}/parquet/articles/**/*.parquet',
                                              hive_partitioning = true) p
            JOIN wh.v_articles a USING (article_id) WHERE p.day <> a.day"""
    ).fetchall()[0][0]
    assert wrong == 0
    assert list((out / "parquet" / "events").glob("day=*/part_0.parquet"))


def test_pyarrow_and_pandas_read_the_dataset(exported):
    summary, out = exported
    table = ds.dataset(out / "parquet" / "events", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == summary.rows["events"]
    assert "day" in table.column_names
    feeds = pq.read_table(out / "parquet" / "feeds")
    assert feeds.num_rows == summary.rows["feeds"]
    frame = pd.read_parquet(out / "parquet" / "events")
    assert len(frame) == summary.rows["events"]
    assert frame["day"].nunique() > 1
    assert frame["evidence"].str.len().gt(0).all()
    csv_frame = pd.read_csv(out / "csv" / "articles.csv")
    assert len(csv_frame) == summary.rows["articles"]


def test_spark_reads_every_table(exported, tmp_path):
    """A real local Spark (pyspark on the machine's Java) reads every exported table and
    discovers the `day` partitions of the dated ones."""
    summary, out = exported
    script = tmp_path / "read_with_spark.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import json, pathlib
            from pyspark.sql import SparkSession
            spark = (SparkSession.builder.master("local[1]").appName("export-check")
                     .config("spark.ui.enabled", "false")
                     .config("spark.sql.session.timeZone", "UTC").getOrCreate())
            spark.sparkContext.setLogLevel("ERROR")
            out = pathlib.Path({str(out / "parquet")!r})
            result = {{}}
            for table in sorted(p.name for p in out.iterdir()):
                df = spark.read.parquet(str(out / table))
                types = dict(df.dtypes)
                result[table] = {{"rows": df.count(), "day": types.get("day")}}
            spark.stop()
            print(json.dumps(result))
            """
        )
    )
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    read = json.loads(done.stdout.strip().splitlines()[-1])
    assert {t: r["rows"] for t, r in read.items()} == summary.rows
    assert read["events"]["day"] == "date"
    assert read["articles"]["day"] == "date"


def _spark_safe(t: pa.DataType) -> bool:
    """Types Spark 3 reads from Parquet: no unsigned, 128-bit or nanosecond values."""
    if pa.types.is_list(t):
        return _spark_safe(t.value_type)
    if pa.types.is_struct(t):
        return all(_spark_safe(t.field(i).type) for i in range(t.num_fields))
    if pa.types.is_timestamp(t):
        return t.unit == "us" and t.tz in ("UTC", "+00:00")
    return any(
        check(t)
        for check in (
            pa.types.is_string,
            pa.types.is_boolean,
            pa.types.is_int32,
            pa.types.is_int64,
            pa.types.is_float64,
            pa.types.is_date32,
            pa.types.is_binary,  # BLOB columns: Spark reads them as BinaryType
        )
    )


def test_parquet_types_are_spark_compatible(exported):
    _, out = exported
    for path in (out / "parquet").rglob("*.parquet"):
        schema = pq.read_schema(path)
        bad = [f"{f.name}: {f.type}" for f in schema if not _spark_safe(f.type)]
        assert not bad, f"{path}: {bad}"


def test_csv_files_open_in_a_spreadsheet_reader(exported):
    summary, out = exported
    with open(out / "csv" / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == summary.rows["events"]
    assert {"event_id", "type", "evidence", "day"} <= set(rows[0])


def test_exporting_again_replaces_the_previous_export(copy, tmp_path):
    out = tmp_path / "export"
    export_all(copy, out, formats=("csv",))
    (out / "csv" / "stale.csv").write_text("old")
    summary = export_all(copy, out, formats=("csv",))
    assert not (out / "csv" / "stale.csv").exists()
    assert not (out / "parquet").exists()
    assert summary.formats == ("csv",)
    with pytest.raises(ValueError, match="unknown export formats"):
        export_all(copy, out, formats=("xlsx",))


def test_exporting_the_loaders_file_while_it_writes_is_refused(tmp_path):
    db = tmp_path / "w.duckdb"
    warehouse.connect(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import duckdb, time
                c = duckdb.connect({str(db)!r})
                print("locked", flush=True)
                time.sleep(30)
            """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(warehouse.WarehouseBusy):
            export_all(db, tmp_path / "out")
    finally:
        holder.kill()
        holder.wait()
