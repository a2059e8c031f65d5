"""Every table and column is described in the database, and docs/schema.md is current."""

from __future__ import annotations

from pathlib import Path

from pipeline import schema_doc, warehouse

DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def test_every_table_view_and_column_has_a_comment(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    missing = schema_doc.undocumented(conn)
    assert missing == [], (
        f"undescribed: {missing}; add COMMENT ON statements in a migration "
        "(see sql/190_comments.sql), then run `python -m pipeline.schema_doc`"
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
