"""Settings come from `pipeline.settings` alone, for the CLI as for the DAGs."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.cli import main
from pipeline.settings import load_settings

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def _count(db: Path, sql: str) -> int:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchone()[0]


def test_an_explicit_db_path_replaces_pipeline_db_and_what_follows_from_it(tmp_path):
    env = {
        "PIPELINE_DB": "/srv/warehouse.duckdb",
        "PIPELINE_PUBLISH_PATH": "/srv/analysts.duckdb",
        "PIPELINE_EXPORT_DIR": "/srv/exports",
        "PIPELINE_FETCH_BATCH_SIZE": "7",
    }
    configured = load_settings(env)
    assert configured.db_path == Path("/srv/warehouse.duckdb")
    assert configured.publish_path == Path("/srv/analysts.duckdb")
    assert configured.export_dir == Path("/srv/exports")

    one_off = load_settings(env, db_path=tmp_path / "t.duckdb")
    assert one_off.db_path == tmp_path / "t.duckdb"
    # A one-off warehouse publishes next to itself, never over the configured copy.
    assert one_off.publish_path == tmp_path / "t.analysts.duckdb"
    assert one_off.export_dir == tmp_path / "exports"
    assert one_off.fetch_batch_size == 7  # the rest is read as usual


def test_cli_run_takes_its_defaults_from_the_settings(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.duckdb"
    copy = tmp_path / "published" / "copy.duckdb"
    monkeypatch.setenv("PIPELINE_DB", str(db))
    monkeypatch.setenv("PIPELINE_PUBLISH_PATH", str(copy))
    monkeypatch.setenv("PIPELINE_FEEDS", str(FEEDS / "registry.yaml"))
    monkeypatch.chdir(tmp_path)  # the samples would be read without PIPELINE_FEEDS

    assert main(["run", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert f"database  {db}" in out and f"(read-only)  {copy}" in out
    # The fixture registry's feeds, not the bundled samples.
    feeds = _count(db, "SELECT count(DISTINCT feed_id) FROM fetches WHERE feed_id = 'ledger'")
    assert feeds == 1
    assert _count(copy, "SELECT count(*) FROM articles") == _count(
        db, "SELECT count(*) FROM articles"
    )

    # Readers default to the settings' analysts' copy and export folder.
    monkeypatch.setenv("PIPELINE_EXPORT_DIR", str(tmp_path / "out"))
    assert main(["export", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert f"from {copy}" in out
    assert (tmp_path / "out" / "csv" / "articles.csv").is_file()
    # The report goes where the report DAG writes it: beside the exports.
    assert load_settings().report_path == tmp_path / "out" / "report.html"
    assert main(["report"]) == 0
    assert f"report written to {tmp_path / 'out' / 'report.html'}" in capsys.readouterr().out
    assert (tmp_path / "out" / "report.html").read_text("utf-8").startswith("<!")
    assert not (tmp_path / "report.html").exists()


def test_cli_flags_still_win_over_the_settings(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PIPELINE_DB", str(tmp_path / "configured.duckdb"))
    monkeypatch.setenv("PIPELINE_PUBLISH_PATH", str(tmp_path / "configured.copy.duckdb"))
    monkeypatch.setenv("PIPELINE_FEEDS", str(tmp_path / "no-such-registry.yaml"))
    db = tmp_path / "flag.duckdb"
    args = ["run", "--db", str(db), "--feeds", str(FEEDS / "registry.yaml"), "--no-progress"]
    assert main(args) == 0
    assert f"(read-only)  {tmp_path / 'flag.analysts.duckdb'}" in capsys.readouterr().out
    assert not (tmp_path / "configured.duckdb").exists()
    assert not (tmp_path / "configured.copy.duckdb").exists()


def test_cli_refuses_a_bad_setting_with_exit_2(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("PIPELINE_ALLOW_PRIVATE_HOSTS", "maybe")
    args = ["run", "--db", str(tmp_path / "x.duckdb"), "--feeds", str(FEEDS / "registry.yaml")]
    assert main(args) == 2
    assert "PIPELINE_ALLOW_PRIVATE_HOSTS" in caplog.text
    assert not (tmp_path / "x.duckdb").exists()


def test_cli_feeds_list_reads_pipeline_feeds(monkeypatch, capsys):
    monkeypatch.setenv("PIPELINE_FEEDS", str(FEEDS / "registry.yaml"))
    assert main(["feeds", "list"]) == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert ids == ["ledger", "wire", "rdf", "legacy", "disabled"]
