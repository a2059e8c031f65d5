"""The whole pipeline through its CLI: bundled samples into a real DuckDB file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
CONTENT_TABLES = ("feeds", "items", "article_keys", "articles", "events", "people_mentions")


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
            for t in (*CONTENT_TABLES, "runs", "fetches")
        }


def _query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    """Run the default job once into a fresh database; share it across the tests below."""
    db = tmp_path_factory.mktemp("e2e") / "trade.duckdb"
    out = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "--db", str(db), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return db, out


def test_sample_run_succeeds_and_prints_a_summary(sample_run):
    db, out = sample_run
    assert out.returncode == 0, out.stderr
    assert f"database  {db}" in out.stdout
    assert "failed" in out.stdout and "0 failed" in out.stdout
    counts = _counts(db)
    assert counts["feeds"] >= 8
    assert counts["items"] >= 60
    assert counts["runs"] == 1
    assert f"{counts['events']} new" in out.stdout


def test_sample_run_finds_events_of_at_least_four_types(sample_run):
    db, _ = sample_run
    types = {t for (t,) in _query(db, "SELECT DISTINCT type FROM events")}
    assert len(types) >= 4, types
    relevant = _query(db, "SELECT count(*) FILTER (relevant), count(*) FROM articles")[0]
    assert 0 < relevant[0] < relevant[1]  # distractors are in the samples too


def test_events_are_explained_by_their_sentence(sample_run):
    db, _ = sample_run
    rows = _query(
        db,
        "SELECT e.evidence, substr(a.text, e.char_start + 1, e.char_end - e.char_start),"
        " e.rule, e.extractor_version FROM events e JOIN articles a USING (article_id)",
    )
    assert rows
    for evidence, located, rule, version in rows:
        assert evidence == located
        assert rule and version


def test_the_same_story_in_two_feeds_is_one_article(sample_run):
    db, _ = sample_run
    dupes = _query(
        db,
        "SELECT i.feed_id, a.feed_id FROM items i JOIN articles a USING (article_id)"
        " WHERE i.dedup_outcome = 'duplicate'",
    )
    assert any(item_feed != article_feed for item_feed, article_feed in dupes)
    # every item points at an existing article; no orphan events or people
    orphans = _query(
        db,
        "SELECT (SELECT count(*) FROM items WHERE article_id NOT IN"
        " (SELECT article_id FROM articles)),"
        " (SELECT count(*) FROM events WHERE article_id NOT IN"
        " (SELECT article_id FROM articles))",
    )
    assert orphans == [(0, 0)]


def test_text_is_clean(sample_run):
    db, _ = sample_run
    (dirty,) = _query(
        db,
        "SELECT count(*) FROM articles WHERE text LIKE '%<script%' OR text LIKE '%&amp;%'"
        " OR text LIKE '%&nbsp;%' OR text LIKE '%<p>%' OR text LIKE '%\u200b%'",
    )[0]
    assert dirty == 0
    published = _query(db, "SELECT count(*) FROM articles WHERE published_at IS NOT NULL")
    assert published[0][0] > 0


def test_the_load_links_events_into_clusters_and_measures(sample_run):
    db, _ = sample_run
    unlinked = _query(
        db,
        """SELECT count(*) FROM event_mentions m
           LEFT JOIN event_cluster_members c USING (event_id) WHERE c.event_id IS NULL""",
    )
    assert unlinked[0][0] == 0
    measure_events = _query(
        db,
        """SELECT count(*), count(c.measure_id) FROM event_mentions m
           JOIN event_cluster_members c USING (event_id)
           WHERE m.type IN ('tariff', 'nontariff_measure')""",
    )[0]
    assert measure_events[0] > 0 and measure_events[0] == measure_events[1]
    codes = _query(db, "SELECT count(*) FROM event_codes")
    assert codes[0][0] > 0
    coded = _query(db, "SELECT count(*), count(cameo_code) FROM v_events")[0]
    assert coded[0] > 0 and coded[0] == coded[1]


def test_second_run_adds_nothing(sample_run):
    db, _ = sample_run
    before = _counts(db)
    out = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "--db", str(db), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "items     0 new" in out.stdout
    after = _counts(db)
    assert {t: after[t] for t in CONTENT_TABLES} == {t: before[t] for t in CONTENT_TABLES}
    assert after["runs"] == before["runs"] + 1


def test_pipeline_db_environment_variable(tmp_path, monkeypatch, capsys):
    db = tmp_path / "from-env.duckdb"
    monkeypatch.setenv("PIPELINE_DB", str(db))
    registry = FIXTURES / "feeds" / "registry.yaml"
    assert main(["run", "--feeds", str(registry), "--no-progress"]) == 0
    assert db.exists()
    assert f"database  {db}" in capsys.readouterr().out


def test_broken_feeds_are_named_counted_and_do_not_stop_the_run(tmp_path, capsys, caplog):
    db = tmp_path / "broken.duckdb"
    registry = FIXTURES / "feeds" / "registry_broken.yaml"
    assert main(["run", "--db", str(db), "--feeds", str(registry), "--no-progress"]) == 1
    out = capsys.readouterr().out
    assert "9 read, 8 failed" in out
    statuses = dict(
        _query(db, "SELECT feed_id, status || ': ' || coalesce(error, '') FROM fetches")
    )
    assert statuses["ledger"].startswith("ok")
    assert "malformed feed" in statuses["truncated"]
    assert "empty document" in statuses["empty"]
    assert "HTML page" in statuses["html"]
    assert "JSON document" in statuses["json"]
    assert "binary data" in statuses["binary"]
    assert "entities" in statuses["entities"]
    assert "cannot read" in statuses["missing"]
    assert "leaves" in statuses["escape"]
    for feed_id in ("truncated", "empty", "html", "json", "binary", "entities", "missing"):
        assert f"feed {feed_id!r}" in out
        assert any(feed_id in r.getMessage() for r in caplog.records), feed_id
    # the good feed's items were loaded despite its neighbours
    assert _query(db, "SELECT count(*) FROM items WHERE feed_id = 'ledger'")[0][0] == 3
    assert _query(db, "SELECT status FROM runs")[0][0] == "partial"
    health = _query(db, "SELECT consecutive_failures FROM feeds WHERE feed_id = 'html'")
    assert health == [(1,)]


def test_extract_worked_example_of_the_taxonomy(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "extract",
            str(FIXTURES / "e2e" / "worked_example.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    (result,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert result["id"] == "worked-example" and result["relevant"] is True
    got = sorted(
        (
            e["type"],
            e["status"],
            e["retaliatory"],
            e["rate_pct"],
            tuple(e["products"]),
            e["effective_date"],
        )
        for e in result["events"]
    )
    assert got == sorted(
        [
            ("leader_contact", "held", False, None, (), None),
            ("tariff", "announced", False, 25, ("autos",), "2025-04-02"),
            ("tariff", "announced", True, None, (), None),
            ("leader_contact", "planned", False, None, (), None),
            ("trade_talks", "ongoing", False, None, (), None),
        ]
    )
    parties = {(e["type"], e["status"]): (e["initiator"], e["target"]) for e in result["events"]}
    assert parties[("tariff", "announced")] in {("US", "WORLD"), ("US", "CA"), ("CA", "US")}
    for kind in ("leader_contact", "trade_talks"):
        for (t, _), pair in parties.items():
            if t == kind:
                assert set(pair) == {"CA", "US"}
    text = json.loads((FIXTURES / "e2e" / "worked_example.jsonl").read_text())["text"]
    for e in result["events"]:
        assert text[e["char_start"] : e["char_end"]] == e["evidence"]
    people = {(p["name"].split()[-1], p["country"]) for p in result["people"]}
    assert people == {
        ("Carney", "CA"),
        ("Trump", "US"),
        ("LeBlanc", "CA"),
        ("Lutnick", "US"),
        ("Trudeau", "CA"),
    }


def test_extract_reports_bad_lines_and_goes_on(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "title": "t", "published": null, "text": "Nothing about trade."}\n'
        "not json\n"
        '{"id": "b", "text": 5}\n'
        '{"id": "c", "title": "t", "published": "yesterday", "text": "x"}\n'
        '{"id": "d", "title": "t", "text": ""}\n'
    )
    out = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", str(src)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, "b", "c", "d"]
    assert lines[0]["relevant"] is False and lines[0]["events"] == []
    assert "not valid JSON" in lines[1]["error"] and ":2:" in lines[1]["error"]
    assert "'text' must be a string" in lines[2]["error"]
    assert "bad 'published'" in lines[3]["error"]
    assert lines[4]["relevant"] is False


def test_quotes_and_event_authority_are_loaded(sample_run):
    db, _ = sample_run
    rows = _query(
        db,
        "SELECT q.text, substr(a.text, q.char_start + 1, q.char_end - q.char_start),"
        " q.speaker, q.country, a.relevant FROM quotes q JOIN articles a USING (article_id)",
    )
    assert rows, "the samples hold attributed quotes in relevant articles"
    for text, located, _speaker, _country, relevant in rows:
        assert text == located and relevant
    assert any(speaker and country for _, _, speaker, country, _ in rows)
    assert _query(db, "SELECT count(*) FROM quotes q ANTI JOIN articles a USING (article_id)") == [
        (0,)
    ]
    # authority and historical are filled from the extractor, consistently with the rule.
    mismatched = _query(
        db,
        "SELECT count(*) FROM events WHERE historical IS NULL"
        " OR historical <> contains(rule, '|historical=')"
        " OR coalesce(authority, '') <> regexp_extract(rule, '\\|authority=([a-z0-9_]+)', 1)",
    )
    assert mismatched == [(0,)]
    assert _query(db, "SELECT count(*) FROM events WHERE authority IS NOT NULL")[0][0] > 0
