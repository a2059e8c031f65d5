"""The `pipeline` command's subcommands, on fixtures and a real loopback HTTP server."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline.cli import main

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_feeds_list(capsys):
    assert main(["feeds", "list", "--feeds", str(FEEDS / "registry.yaml")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["id", "on"]
    assert [line.split()[0] for line in out[1:]] == ["ledger", "wire", "rdf", "legacy", "disabled"]
    assert out[-1].split()[1] == "no"


def test_feeds_check_reports_each_feed_and_writes_nothing(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["feeds", "check", "--feeds", str(FEEDS / "registry_broken.yaml")]) == 1
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["ledger"].split()[1:3] == ["ok", "4"]
    assert "failed" in lines["html"] and "HTML page" in lines["html"]
    assert "empty document" in lines["empty"]
    assert not (tmp_path / "data").exists()


def test_feeds_health_after_runs(capsys, tmp_path):
    db = tmp_path / "h.duckdb"
    registry = FEEDS / "registry_broken.yaml"
    for _ in range(2):
        main(["run", "--db", str(db), "--feeds", str(registry), "--no-progress"])
    capsys.readouterr()
    assert main(["feeds", "health", "--db", str(db)]) == 0
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["html"][1:3] == ["failed", "2"]  # two consecutive failures
    assert lines["ledger"][1:3] == ["not_modified", "0"]


def test_feeds_health_without_database(tmp_path):
    assert main(["feeds", "health", "--db", str(tmp_path / "none.duckdb")]) == 2


def test_bad_registry_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("feeds: 3\n")
    assert main(["run", "--db", str(tmp_path / "x.duckdb"), "--feeds", str(bad)]) == 2


@pytest.fixture
def feed_server(httpserver: HTTPServer):
    """Serves two fixture feeds with ETags (answering 304 to a matching If-None-Match)
    and one that always fails."""
    bodies = {
        "/ledger.xml": (FEEDS / "rss_content.xml").read_bytes(),
        "/wire.xml": (FEEDS / "atom_syndicated.xml").read_bytes(),
    }
    hits: list[tuple[str, int]] = []

    def handler(request: Request) -> Response:
        body = bodies[request.path]
        etag = f'"{hash(body) & 0xFFFF:x}"'
        if request.headers.get("If-None-Match") == etag:
            hits.append((request.path, 304))
            return Response(status=304, headers={"ETag": etag})
        hits.append((request.path, 200))
        return Response(body, headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    for path in bodies:
        httpserver.expect_request(path).respond_with_handler(handler)
    httpserver.expect_request("/down.xml").respond_with_data("boom", status=404)
    return httpserver, hits


def _http_registry(tmp_path: Path, server: HTTPServer) -> Path:
    registry = tmp_path / "http.yaml"
    registry.write_text(
        "feeds:\n"
        f"  - {{id: ledger, url: '{server.url_for('/ledger.xml')}'}}\n"
        f"  - {{id: wire, url: '{server.url_for('/wire.xml')}'}}\n"
        f"  - {{id: down, url: '{server.url_for('/down.xml')}'}}\n"
    )
    return registry


def test_run_over_http_with_conditional_get(feed_server, tmp_path, capsys):
    server, hits = feed_server
    registry = _http_registry(tmp_path, server)
    db = tmp_path / "http.duckdb"
    args = ["run", "--db", str(db), "--feeds", str(registry), "--no-progress"]

    assert main([*args, "--allow-private-hosts"]) == 1  # the 404 feed fails, the rest loads
    out = capsys.readouterr().out
    assert "3 read, 1 failed" in out and "HTTP 404" in out
    assert _rows(db, "SELECT count(*) FROM items")[0][0] == 5
    assert sorted(hits) == [("/ledger.xml", 200), ("/wire.xml", 200)]

    hits.clear()
    assert main([*args, "--allow-private-hosts"]) == 1
    assert "2 not modified" in capsys.readouterr().out
    assert sorted(hits) == [("/ledger.xml", 304), ("/wire.xml", 304)]
    assert _rows(db, "SELECT count(*) FROM items")[0][0] == 5


def test_run_refuses_loopback_feeds_unless_allowed(feed_server, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PIPELINE_ALLOW_PRIVATE_HOSTS", raising=False)
    server, hits = feed_server
    registry = _http_registry(tmp_path, server)
    db = tmp_path / "refused.duckdb"
    assert main(["run", "--db", str(db), "--feeds", str(registry), "--no-progress"]) == 1
    assert "3 read, 3 failed" in capsys.readouterr().out
    assert hits == []
    errors = [e for (e,) in _rows(db, "SELECT error FROM fetches")]
    assert all("loopback" in e for e in errors), errors


def test_due_only_skips_feeds_polled_recently(tmp_path, capsys):
    db = tmp_path / "due.duckdb"
    args = ["run", "--db", str(db), "--feeds", str(FEEDS / "registry.yaml"), "--no-progress"]
    assert main(args) == 0
    capsys.readouterr()
    assert main([*args, "--due-only"]) == 0
    assert "0 read" in capsys.readouterr().out
