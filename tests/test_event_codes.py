"""The pinned CAMEO / PLOVER / score table: complete, valid, and the warehouse's source."""

from __future__ import annotations

import re

import duckdb
import pytest
import yaml

from pipeline import event_codes, warehouse
from pipeline.event_codes import EventCodesError, load_codes, parse_codes, sync_event_codes
from pipeline.models import EVENT_TYPES

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "DEMAND",
}  # fmt: skip


def test_every_type_and_status_of_the_taxonomy_has_a_code():
    codes = load_codes()
    expected = {(t, s) for t, statuses in EVENT_TYPES.items() for s in statuses}
    assert set(codes) == expected
    for key, code in codes.items():
        assert re.fullmatch(r"\d{2,4}", code.cameo_code), key
        assert code.plover_type in PLOVER_TYPES, key
        assert -10 <= code.score <= 10, key
        assert code.cameo_label, key
        assert code.table_version == event_codes.table_version()


def test_the_codes_say_what_the_statuses_mean():
    codes = load_codes()
    assert codes[("tariff", "threatened")].cameo_code == "1312"
    assert codes[("tariff", "in_effect")].cameo_code == "163"
    assert codes[("trade_dispute", "filed")].cameo_code == "115"
    assert codes[("trade_talks", "ongoing")].plover_type == "CONSULT"
    # Escalation scores below zero, easing above.
    for t in ("tariff", "nontariff_measure"):
        assert codes[(t, "threatened")].score < 0 < codes[(t, "removed")].score
        assert codes[(t, "in_effect")].score <= codes[(t, "announced")].score


def test_a_table_that_misses_a_status_or_invents_one_is_refused():
    text = event_codes._read_text()
    doc = yaml.safe_load(text)
    doc["codes"] = [c for c in doc["codes"] if c["status"] != "settled"]
    with pytest.raises(EventCodesError, match="no code for \\[\\('trade_dispute', 'settled'\\)"):
        parse_codes(yaml.safe_dump(doc))
    with pytest.raises(EventCodesError, match="not a \\(type, status\\)"):
        parse_codes(text.replace("status: threatened", "status: rumoured", 1))
    with pytest.raises(EventCodesError, match="outside"):
        parse_codes(text.replace("score: -6", "score: -60", 1))


def test_the_migration_seeds_the_same_rows_as_the_file(tmp_path):
    # Migrations only: `warehouse.connect` would sync the table from the file first.
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    warehouse.migrate(conn)
    assert sync_event_codes(conn) is False  # already equal: nothing written
    rows = conn.execute(
        "SELECT type, status, cameo_code, plover_type, score, table_version FROM event_codes"
    ).fetchall()
    assert {(r[0], r[1]): r[2:] for r in rows} == {
        k: (c.cameo_code, c.plover_type, c.score, c.table_version) for k, c in load_codes().items()
    }
    conn.close()


def test_sync_replaces_the_rows_and_the_views_follow(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    changed = parse_codes(
        event_codes._read_text()
        .replace('version: "2025.1"', 'version: "2099.9"')
        .replace("score: -6", "score: -9", 1)
    )
    assert sync_event_codes(conn, codes=changed) is True
    assert sync_event_codes(conn, codes=changed) is False  # idempotent
    assert conn.execute(
        "SELECT score, table_version FROM event_codes "
        "WHERE type = 'tariff' AND status = 'threatened'"
    ).fetchall() == [(-9.0, "2099.9")]
    conn.execute(
        """INSERT INTO articles VALUES ('a1','f','i1','https://x/1',NULL,NULL,'T','t','en',
           '2025-03-01 10:00+00','h1','r',TRUE,'v')"""
    )
    conn.execute(
        """INSERT INTO events VALUES ('e1','a1','v',0,'tariff','threatened','US','CA',FALSE,25,
           NULL,NULL,['steel'],NULL,'x',0,1,0.9,'r','r',NULL,FALSE)"""
    )
    row = conn.execute("SELECT conflict_score, cameo_code, plover_type FROM v_events").fetchall()
    assert row == [(-9.0, "1312", "THREATEN")]
    # Back to the shipped table, inside a caller's transaction.
    conn.execute("BEGIN TRANSACTION")
    assert sync_event_codes(conn, own_transaction=False) is True
    conn.execute("COMMIT")
    assert conn.execute("SELECT conflict_score FROM v_events").fetchall() == [(-6.0,)]
    conn.close()


def test_conflict_scores_is_a_view_of_event_codes(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    views = {v for (v,) in conn.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    tables = {t for (t,) in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "conflict_scores" in views and "conflict_scores" not in tables
    rows = conn.execute("SELECT type, status, score, rationale FROM conflict_scores").fetchall()
    assert {(r[0], r[1]): r[2:] for r in rows} == {
        k: (c.score, c.rationale) for k, c in load_codes().items()
    }
    # A change of the shipped table reaches conflict_scores too: there is no second copy.
    changed = parse_codes(event_codes._read_text().replace("score: -6", "score: -9", 1))
    assert sync_event_codes(conn, codes=changed) is True
    assert conn.execute(
        "SELECT score FROM conflict_scores WHERE type = 'tariff' AND status = 'threatened'"
    ).fetchall() == [(-9.0,)]
    conn.close()


def test_a_code_without_a_rationale_is_refused():
    text = event_codes._read_text()
    with pytest.raises(EventCodesError, match="no rationale"):
        parse_codes(text.replace('rationale: "a duty being collected"', 'rationale: ""', 1))


def test_migration_140_keeps_the_rationales_of_an_existing_warehouse(tmp_path):
    import shutil

    older = tmp_path / "sql"
    older.mkdir()
    for m in warehouse.discover_migrations():
        if m.version < 140:
            shutil.copy(warehouse.sql_dir() / m.name, older / m.name)
    conn = duckdb.connect(str(tmp_path / "old.duckdb"))
    warehouse.migrate(conn, older)  # a warehouse from before the migration
    before = conn.execute("SELECT type, status, score, rationale FROM conflict_scores").fetchall()
    assert len(before) == len(load_codes())

    assert warehouse.migrate(conn) == ["140_conflict_scores_from_event_codes.sql"]
    after = conn.execute("SELECT type, status, score, rationale FROM conflict_scores").fetchall()
    assert sorted(after) == sorted(before)
    assert conn.execute("SELECT count(*) FROM event_codes WHERE rationale IS NULL").fetchone() == (
        0,
    )
    assert sync_event_codes(conn) is False  # the migrated rows already equal the file
    conn.close()
