"""The analysts' copy: published atomically, readable while the loader writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pipeline import publish, warehouse
from pipeline.report import is_fresh
from pipeline.synth import synth_warehouse

READER = Path(__file__).parent / "fixtures" / "warehouse" / "reader.py"


def _synth_db(path: Path, articles: int = 2000, seed: int = 0) -> Path:
    conn = warehouse.connect(path)
    synth_warehouse(conn, articles=articles, events=3 * articles, seed=seed, days=60)
    conn.close()
    return path


def _count(path: Path, table: str = "articles") -> int:
    conn = duckdb.connect(str(path), read_only=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    finally:
        conn.close()


def test_copy_opens_read_only_while_the_loader_keeps_writing(tmp_path):
    db = _synth_db(tmp_path / "w.duckdb")
    copy = publish.publish_copy(db)
    assert copy == tmp_path / "w.analysts.duckdb"
    reader = publish.open_analysts_copy(copy)
    loader = warehouse.connect(db)  # the loader holds the main file read-write meanwhile
    synth_warehouse(loader, articles=500, events=1500, seed=1, days=10)
    assert reader.execute("SELECT count(*) FROM articles").fetchall() == [(2000,)]
    with pytest.raises(duckdb.Error):
        reader.execute("DELETE FROM articles").fetchall()  # read-only
    reader.close()
    publish.publish_copy(db, conn=loader)  # the loader publishes with its own connection
    loader.close()
    assert _count(copy) == 2500
    assert not list(tmp_path.glob(".*.tmp"))


def test_report_tables_in_the_copy_are_fresh(tmp_path):
    db = _synth_db(tmp_path / "w.duckdb")
    copy = publish.publish_copy(db, tmp_path / "out" / "analysts.duckdb")
    conn = publish.open_analysts_copy(copy)
    assert is_fresh(conn)
    assert conn.execute("SELECT count(*) FROM report_tension_daily").fetchall()[0][0] > 0
    conn.close()


def test_a_reader_holding_the_old_copy_is_not_disturbed_by_a_new_one(tmp_path):
    db = _synth_db(tmp_path / "w.duckdb")
    copy = publish.publish_copy(db)
    old_reader = subprocess.Popen(
        [sys.executable, str(READER), str(copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert old_reader.stdout.readline().strip() == "2000"
        conn = warehouse.connect(db)  # the reader never blocks the loader
        synth_warehouse(conn, articles=300, events=900, seed=2, days=5)
        publish.publish_copy(db, conn=conn)
        conn.close()
        old_reader.stdin.write("again\n")
        old_reader.stdin.flush()
        assert old_reader.stdout.readline().strip() == "2000"  # its snapshot, whole
        assert _count(copy) == 2300  # a new reader sees the new copy
    finally:
        old_reader.stdin.close()
        old_reader.wait(timeout=30)
    assert old_reader.returncode == 0


def test_publishing_while_another_process_writes_raises_busy(tmp_path):
    db = _synth_db(tmp_path / "w.duckdb", articles=100)
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
        with pytest.raises(warehouse.WarehouseBusy, match="in use by another process"):
            publish.publish_copy(db)
    finally:
        holder.kill()
        holder.wait()
    assert not (tmp_path / "w.analysts.duckdb").exists()


def test_a_failed_publish_keeps_the_previous_copy(tmp_path, monkeypatch):
    db = _synth_db(tmp_path / "w.duckdb", articles=100)
    copy = publish.publish_copy(db)
    before = copy.read_bytes()
    conn = warehouse.connect(db)
    synth_warehouse(conn, articles=50, events=150, seed=3, days=2)
    conn.close()

    def broken(path: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(publish, "_verify", broken)
    with pytest.raises(OSError, match="disk full"):
        publish.publish_copy(db)
    assert copy.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_temp_file_left_by_a_killed_publisher_is_cleaned(tmp_path):
    db = _synth_db(tmp_path / "w.duckdb", articles=10)
    leftover = tmp_path / ".w.analysts.duckdb.99999.tmp"
    leftover.write_bytes(b"half a copy")
    publish.publish_copy(db)
    assert not leftover.exists()


def test_the_copy_cannot_be_the_warehouse(tmp_path):
    db = _synth_db(tmp_path / "w.duckdb", articles=10)
    with pytest.raises(ValueError):
        publish.publish_copy(db, db)
