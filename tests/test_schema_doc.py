"""Every table and column is described in the database, and docs/schema.md is current."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb

from pipeline import schema_doc, warehouse

DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def test_every_table_view_and_column_has_a_comment(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    missing = schema_doc.undocumented(conn)
    assert missing == [], (
        f"undescribed: {missing}; add COMMENT ON statements to sql/comments.sql, "
        "then run `python -m pipeline.schema_doc`"
    )
    conn.close()


def test_docs_schema_md_is_generated_from_the_database():
    expected = schema_doc.schema_markdown()
    assert DOC.read_text("utf-8") == expected, (
        "docs/schema.md is stale: run `python -m pipeline.schema_doc`"
    )


def test_the_document_lists_every_object_and_column(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    text = schema_doc.render_schema(conn)
    for table, column in conn.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal"
    ).fetchall():
        assert f"### {table}\n" in text
        assert f"| `{column}` |" in text
    conn.close()


def test_the_generator_writes_the_file(tmp_path):
    out = tmp_path / "schema.md"
    assert schema_doc.main(["--out", str(out)]) == 0
    assert out.read_text("utf-8").startswith("# Warehouse schema")


def _copy_sql(folder: Path) -> Path:
    folder.mkdir()
    for path in warehouse.sql_dir().glob("*.sql"):
        shutil.copy(path, folder / path.name)
    return folder


def test_descriptions_survive_a_migration_that_replaces_a_view(tmp_path):
    folder = _copy_sql(tmp_path / "sql")
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    warehouse.migrate(conn, folder)
    before = schema_doc.render_schema(conn)
    assert warehouse.apply_comments(conn, folder) is False  # unchanged file: not re-applied
    # A later migration replaces a view, which drops its descriptions in DuckDB.
    v_events = re.search(
        r"CREATE OR REPLACE VIEW v_events AS.*?;",
        (folder / "130_event_codes_views.sql").read_text(),
        re.S,
    ).group(0)
    (folder / "900_replace_v_events.sql").write_text(v_events)
    assert warehouse.migrate(conn, folder) == ["900_replace_v_events.sql"]
    assert schema_doc.undocumented(conn) == []
    assert schema_doc.render_schema(conn) == before
    conn.close()


def test_a_changed_descriptions_file_is_applied_again(tmp_path):
    folder = _copy_sql(tmp_path / "sql")
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    warehouse.migrate(conn, folder)
    comments = folder / warehouse.COMMENTS_FILE
    comments.write_text(
        comments.read_text() + "COMMENT ON COLUMN runs.status IS 'Changed description.';\n"
    )
    assert warehouse.migrate(conn, folder) == []
    status = conn.execute(
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'runs' AND column_name = 'status'"
    ).fetchone()
    assert status == ("Changed description.",)
    assert warehouse.apply_comments(conn, folder) is False
    conn.close()


def test_an_existing_warehouse_gets_the_descriptions_of_a_new_one(tmp_path):
    """A warehouse migrated when descriptions were migrations 190-192 (recorded as applied,
    some of them stale) ends up described exactly like a new warehouse."""
    folder = _copy_sql(tmp_path / "sql")
    (folder / warehouse.COMMENTS_FILE).unlink()
    conn = duckdb.connect(str(tmp_path / "old.duckdb"))
    warehouse.migrate(conn, folder)  # the schema, without the descriptions file
    conn.execute("COMMENT ON COLUMN v_latest_events.conflict_score IS 'from conflict_scores'")
    for version, name in [
        (190, "190_comments.sql"),
        (191, "191_comments_clusters_pages.sql"),
        (192, "192_comments_event_links.sql"),
    ]:
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, 'old', now())", [version, name])
    conn.close()

    upgraded = warehouse.connect(tmp_path / "old.duckdb")
    fresh = warehouse.connect(tmp_path / "new.duckdb")
    try:
        assert schema_doc.undocumented(upgraded) == []
        assert schema_doc.render_schema(upgraded) == schema_doc.render_schema(fresh)
    finally:
        upgraded.close()
        fresh.close()
