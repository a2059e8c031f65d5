"""A loopback HTTP server of test feeds.

/feeds/<name>      a file of tests/fixtures/airflow/feeds
/gen/<n>.xml       a generated RSS feed number n (for the benchmark), stable content
/status/<code>     an empty answer with that HTTP status (a failing feed)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

FEEDS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "airflow" / "feeds"

_STORIES = [
    "The United States imposed a {rate}% tariff on Canadian {product} on {day}, officials said.",
    "Canada announced retaliatory tariffs of {rate}% on American {product} on {day}.",
    "Canadian and American negotiators resumed trade talks on {product} on {day}.",
    "Washington paused its {rate}% tariffs on Canadian {product} for 30 days on {day}.",
    "A community garden in Halifax opened a new plot of {product} on {day}.",
]
_PRODUCTS = ["steel", "aluminum", "lumber", "dairy", "autos", "potash", "copper", "energy"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated_feed(n: int, items: int = 10) -> bytes:
    """A deterministic RSS feed: item text varies with the feed and item number."""
    base = datetime(2026, 3, 1, tzinfo=UTC)
    entries = []
    for i in range(items):
        k = n * items + i
        text = _STORIES[k % len(_STORIES)].format(
            rate=5 + (k % 20) * 5, product=_PRODUCTS[k % len(_PRODUCTS)], day=_DAYS[k % 5]
        )
        when = format_datetime(base + timedelta(minutes=k), usegmt=True)
        entries.append(
            f"<item><title>Story {n}-{i}: {text[:60]}</title>"
            f"<link>https://gen.example/{n}/{i}</link><guid>gen-{n}-{i}</guid>"
            f"<pubDate>{when}</pubDate><description>{text} Report {n}.{i}.</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Generated {n}</title><link>https://gen.example/{n}</link>"
        f"<description>generated</description>{''.join(entries)}</channel></rss>"
    ).encode()


def _fixture(name: str) -> bool:
    return "/" not in name and ".." not in name and (FEEDS_DIR / name).is_file()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/status/"):
            self._send(int(path.rsplit("/", 1)[1]), b"")
        elif path.startswith("/gen/") and path.endswith(".xml"):
            self._send(200, generated_feed(int(path[5:-4])))
        elif path.startswith("/feeds/") and _fixture(path[7:]):
            self._send(200, (FEEDS_DIR / path[7:]).read_bytes())
        else:
            self._send(404, b"not found")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@contextmanager
def serve_feeds() -> Iterator[str]:
    """Serve the test feeds on a free loopback port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write_registry(path: Path, feeds: Sequence[tuple[str, str]]) -> Path:
    """Write a registry YAML of (feed id, url) pairs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = [{"id": fid, "url": url, "name": fid, "country": "CA"} for fid, url in feeds]
    path.write_text(yaml.safe_dump({"feeds": entries}, sort_keys=False), encoding="utf-8")
    return path


def fixture_registry(path: Path, base_url: str, failing: bool = True) -> Path:
    """The fixture feeds served at `base_url`, plus one feed that answers 500."""
    feeds = [(p.stem, f"{base_url}/feeds/{p.name}") for p in sorted(FEEDS_DIR.glob("*.xml"))]
    if failing:
        feeds.append(("broken_feed", f"{base_url}/status/500"))
    return write_registry(path, feeds)


def generated_registry(path: Path, base_url: str, count: int) -> Path:
    return write_registry(path, [(f"gen{n:04d}", f"{base_url}/gen/{n}.xml") for n in range(count)])
