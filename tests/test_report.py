"""The HTML report: self-contained, escaped, and rendered by real headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from base64 import b64decode
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import connect as ws_connect

from pipeline import publish, warehouse
from pipeline.report import build_report, build_report_timed
from pipeline.synth import synth_warehouse

EVIL_TITLE = '<script>alert("pwned")</script> Tariffs & "duties"'
EVIL_EVIDENCE = "Ottawa <img src=x onerror=alert(1)> imposes 25% duties on steel."
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _inject_hostile_article(conn) -> None:
    """Feed text trying to run script and to link javascript: URLs."""
    conn.execute(
        """INSERT INTO articles VALUES ('evil', 's21-feed-0', 'i-evil', 'javascript:alert(2)',
           NULL, NULL, ?, 'text', 'en', TIMESTAMPTZ '2030-01-01 12:00:00+00', 'h-evil',
           's21-run-20250101', TRUE, 'v')""",
        [EVIL_TITLE],
    )
    conn.execute(
        """INSERT INTO events VALUES ('evil-1', 'evil', 'v', 0, 'tariff', 'announced', 'CA',
           'US', TRUE, 25, NULL, NULL, ['steel'], NULL, ?, 0, 10, 0.9, 'r',
           's21-run-20250101', NULL, FALSE)""",
        [EVIL_EVIDENCE],
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    db = folder / "w.duckdb"
    conn = warehouse.connect(db)
    synth_warehouse(conn, articles=4000, events=12000, seed=21, days=120)
    _inject_hostile_article(conn)
    conn.close()
    copy = publish.publish_copy(db)
    return build_report(copy, folder / "report.html")


def test_feed_text_is_escaped(report):
    page = report.read_text("utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img" not in page
    assert 'href="javascript:' not in page


def test_the_page_is_self_contained(report):
    page = report.read_text("utf-8")
    assert "Content-Security-Policy" in page
    # nothing is loaded from anywhere: no src= attributes, no stylesheets, no @import
    assert not re.search(r"\ssrc=\"", page)
    assert "<link" not in page and "@import" not in page
    # article links are the only URLs, and they are plain navigation
    assert all(u.startswith("https://") for u in re.findall(r'href="([^"]+)"', page))


def test_every_section_is_there(report):
    page = report.read_text("utf-8")
    for heading in (
        "Headline figures",
        "Trade-tension index",
        "Measures timeline",
        "Events by type per week",
        "Top actors",
        "Latest events",
        "Coverage by publisher",
    ):
        assert f"<h2>{heading}</h2>" in page
    assert page.count("<svg") >= 4
    assert page.count("<table") >= 5


def test_an_empty_warehouse_gives_a_report_too(tmp_path):
    db = tmp_path / "w.duckdb"
    warehouse.connect(db).close()
    page = build_report(publish.publish_copy(db), tmp_path / "r.html").read_text("utf-8")
    assert "No data yet" in page and "No rows yet." in page


def test_a_stale_copy_is_reported_from_the_live_views(tmp_path):
    db = tmp_path / "w.duckdb"
    conn = warehouse.connect(db)
    synth_warehouse(conn, articles=300, events=900, seed=4, days=10)
    conn.close()  # never refreshed: the report tables are empty
    path, timings = build_report_timed(db, tmp_path / "r.html")
    page = path.read_text("utf-8")
    assert "were not refreshed" in page
    assert "300" in page
    assert set(timings.queries_ms) >= {"headline", "tension", "measures", "latest"}


# --- real Chromium, driven over the DevTools protocol ------------------------------------


class DevTools:
    """A minimal Chrome DevTools Protocol client over one websocket (flattened sessions)."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv(timeout=30))
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while time.monotonic() < deadline:
            event = json.loads(self.ws.recv(timeout=deadline - time.monotonic()))
            self.events.append(event)
            if event.get("method") == method:
                return event
        raise TimeoutError(method)


def _launch_chromium(profile: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "--window-size=1280,2000",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        match = re.search(r"DevTools listening on (ws://\S+)", line)
        if match:
            return proc, match.group(1)
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError("chromium did not start its DevTools endpoint")


def _png_is_not_blank(png: bytes) -> bool:
    """Decode the PNG's first rows: a blank page has a single colour."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        chunk = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert width == 1280 and height >= 1000
    # the raw bytes (filtered scanlines) of a single-colour image are nearly all equal
    return len(set(raw[: len(raw) // 2])) > 50


def test_chromium_renders_charts_and_tables_without_console_errors(report, tmp_path):
    profile = Path(tempfile.mkdtemp(dir=tmp_path))
    proc, ws_url = _launch_chromium(profile)
    try:
        with ws_connect(ws_url, max_size=None, open_timeout=20) as ws:
            _check_rendering(DevTools(ws), report, tmp_path)
    finally:
        proc.kill()
        proc.wait()


def _check_rendering(tools: DevTools, report: Path, tmp_path: Path) -> None:
    target = tools.send("Target.createTarget", url="about:blank")["targetId"]
    session = tools.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        tools.send(f"{domain}.enable", session)
    tools.send(
        "Emulation.setDeviceMetricsOverride",
        session,
        width=1280,
        height=2000,
        deviceScaleFactor=1,
        mobile=False,
    )
    tools.send("Page.navigate", session, url=report.as_uri())
    tools.wait_for("Page.loadEventFired")

    def js(expression: str) -> Any:
        result = tools.send("Runtime.evaluate", session, expression=expression)
        return result["result"].get("value")

    counts = json.loads(
        js(
            """JSON.stringify({
                svgs: document.querySelectorAll('svg.chart').length,
                lines: document.querySelectorAll('svg polyline.series').length,
                bars: document.querySelectorAll('svg rect.bar').length,
                stages: document.querySelectorAll('svg rect.stage').length,
                tables: document.querySelectorAll('table').length,
                latest: document.querySelectorAll('table.latest tbody tr').length,
                cards: document.querySelectorAll('.card.headline').length,
                scripts: document.querySelectorAll('script').length,
                imgs: document.querySelectorAll('img').length,
                svgWidth: document.querySelector('svg.chart').getBoundingClientRect().width
            })"""
        )
    )
    assert counts["svgs"] >= 4 and counts["lines"] == 2
    assert counts["bars"] > 10 and counts["stages"] > 10
    assert counts["tables"] >= 5 and counts["latest"] > 10 and counts["cards"] == 8
    assert counts["scripts"] == 0 and counts["imgs"] == 0  # the hostile text stayed text
    assert counts["svgWidth"] > 600
    text = js("document.body.innerText")
    assert '<script>alert("pwned")</script>' in text
    assert "<img src=x onerror=alert(1)>" in text

    shot = b64decode(tools.send("Page.captureScreenshot", session, format="png")["data"])
    (tmp_path / "report.png").write_bytes(shot)
    assert _png_is_not_blank(shot)

    errors = [
        e
        for e in tools.events
        if e.get("method") == "Runtime.exceptionThrown"
        or (
            e.get("method") == "Runtime.consoleAPICalled"
            and e["params"]["type"] in ("error", "assert")
        )
        or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
    ]
    assert errors == [], errors
    requested = [
        e["params"]["request"]["url"]
        for e in tools.events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert requested and all(u.startswith("file://") for u in requested), requested


def test_chromium_command_line_screenshot_and_dom(report, tmp_path):
    """The plain command-line way (what a CI smoke check would do) works as well."""
    common = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1280,2000",
    ]
    png = tmp_path / "shot.png"
    subprocess.run(
        [*common, f"--screenshot={png}", report.as_uri()], check=True, capture_output=True,
        timeout=60,
    )  # fmt: skip
    assert _png_is_not_blank(png.read_bytes())
    dom = subprocess.run(
        [*common, "--dump-dom", report.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert dom.count("<svg") >= 4 and dom.count("<table") >= 5
    assert "<script" not in dom
