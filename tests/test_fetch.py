"""HttpSource against real loopback servers: every fault leaves the other feeds intact.

Two servers: pytest-httpserver (werkzeug) for well-formed HTTP, and `FaultServer`, a raw
socket server for what werkzeug cannot do on purpose (hang, drip, reset, count
concurrency).
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import os
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import BaseRequestHandler, ThreadingTCPServer
from typing import ClassVar

import brotli
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline import fetch as fetch_module
from pipeline import netguard
from pipeline.decompress import PIECE, Decoder, make_decoder
from pipeline.fetch import FetchConfig, HttpSource
from pipeline.models import FeedSpec, FeedState, FetchResult
from pipeline.netguard import IPAddress
from pipeline.settings import SettingsError
from pipeline.sources import body_hash

FIXTURES = Path(__file__).parent / "fixtures" / "fetch"
RSS = (FIXTURES / "rss.xml").read_bytes()
ATOM = (FIXTURES / "atom.xml").read_bytes()
# 10 MB of zeros: about 10 KB on the wire.
BOMB = gzip.compress(b"\0" * (10 * 1024 * 1024), compresslevel=9)

# Short everything: the whole module must run in seconds.
FAST = FetchConfig(
    connect_timeout=1.0,
    read_timeout=1.0,
    total_timeout=2.0,
    feed_deadline=10.0,
    attempts=3,
    backoff_base=0.01,
    backoff_cap=0.05,
    retry_after_cap=2.0,
    allow_private_hosts=True,
)


# -- servers --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.start()
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()


@pytest.fixture
def http(server: HTTPServer) -> Iterator[HTTPServer]:
    server.clear()
    yield server
    server.clear()


class _FaultHandler(BaseRequestHandler):
    server: FaultServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                return
            data += chunk
        path = data.split(b" ", 2)[1].decode()
        getattr(self, "do_" + path.strip("/").split("?")[0])(sock)

    def do_hang(self, sock: socket.socket) -> None:
        self.server.stop_event.wait(5)

    def do_drip(self, sock: socket.socket) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n")
        sock.sendall(b"Content-Length: 100000\r\n\r\n<rss>")
        for _ in range(50):  # a byte every 0.1 s: never idle long enough for read_timeout
            if self.server.stop_event.wait(0.1):
                return
            try:
                sock.sendall(b" ")
            except OSError:
                return

    def do_reset(self, sock: socket.socket) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()

    def do_bomb(self, sock: socket.socket) -> None:
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(BOMB)}\r\nConnection: close\r\n\r\n".encode()
            + BOMB
        )

    def do_slow(self, sock: socket.socket) -> None:
        # Counted as active from request to just before the reply: the client cannot send
        # its next request before the reply arrives, so overlaps here are real ones.
        self.server.enter()
        time.sleep(0.3)
        self.server.leave()
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
            + f"Content-Length: {len(RSS)}\r\nConnection: close\r\n\r\n".encode()
            + RSS
        )


class FaultServer(ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _FaultHandler)
        self.stop_event = threading.Event()
        self._lock = threading.Lock()
        self.active = 0
        self.max_active = 0

    def enter(self) -> None:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def leave(self) -> None:
        with self._lock:
            self.active -= 1

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    srv = FaultServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.stop_event.set()
    srv.shutdown()
    srv.server_close()


# -- helpers --------------------------------------------------------------------------------------


def url(http: HTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{http.port}{path}"


def serve_rss(http: HTTPServer, path: str = "/ok", body: bytes = RSS, **headers: str) -> str:
    http.expect_request(path).respond_with_data(
        body, content_type="application/rss+xml", headers=headers
    )
    return url(http, path)


def run(
    config: FetchConfig, *urls: str, states: dict[str, FeedState] | None = None
) -> list[FetchResult]:
    feeds = [FeedSpec(id=f"f{i}", url=u) for i, u in enumerate(urls)]
    results = HttpSource(config).fetch(feeds, states or {})
    assert [r.feed_id for r in results] == [f.id for f in feeds]
    assert all(isinstance(r, FetchResult) for r in results)
    return results  # type: ignore[return-value]


def assert_failed(result: FetchResult, *fragments: str) -> None:
    assert not result.ok
    assert result.error is not None
    assert result.error.startswith(f"feed {result.feed_id!r} ({result.url}): "), result.error
    for fragment in fragments:
        assert fragment in result.error, result.error


def assert_ok(result: FetchResult, body: bytes = RSS) -> None:
    assert result.ok, result.error
    assert result.body == body
    assert result.elapsed_ms > 0


def counting_handler(responses: list[Response]) -> tuple[list[Request], object]:
    """A handler answering with `responses` in turn (the last one repeats)."""
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]

    return seen, handler


# -- success paths --------------------------------------------------------------------------------


def test_rss_atom_rdf_fetched_with_polite_headers(http: HTTPServer) -> None:
    rdf = (FIXTURES / "rdf.xml").read_bytes()
    old = (FIXTURES / "rss091_doctype.xml").read_bytes()
    seen, handler = counting_handler([Response(RSS, content_type="application/rss+xml")])
    http.expect_request("/rss").respond_with_handler(handler)
    atom = serve_rss(http, "/atom", ATOM)
    rdf_url = serve_rss(http, "/rdf", rdf)
    old_url = serve_rss(http, "/old", old)

    rss_r, atom_r, rdf_r, old_r = run(FAST, url(http, "/rss"), atom, rdf_url, old_url)

    assert_ok(rss_r)
    assert_ok(atom_r, ATOM)
    assert_ok(rdf_r, rdf)
    assert old_r.ok and old_r.body is not None and b'encoding="utf-8"' in old_r.body
    assert rss_r.status == 200 and rss_r.final_url == url(http, "/rss")
    assert rss_r.permanent_url is None and not rss_r.not_modified
    ua = seen[0].headers["User-Agent"]
    assert ua.startswith("trade-news-pipeline/") and "(+http" in ua
    assert "br" in seen[0].headers["Accept-Encoding"]
    assert "If-None-Match" not in seen[0].headers


def test_poll_hints_from_feed_and_cache_headers(http: HTTPServer) -> None:
    rdf = (FIXTURES / "rdf.xml").read_bytes()
    ttl = serve_rss(http, "/ttl")  # <ttl>45</ttl>
    sy = serve_rss(http, "/sy", rdf)  # daily / 4 -> 6 h
    cc = serve_rss(http, "/cc", ATOM, **{"Cache-Control": "public, max-age=7200"})
    huge = serve_rss(http, "/huge", ATOM, **{"Cache-Control": "max-age=31536000"})
    before = datetime.now(UTC)

    r_ttl, r_sy, r_cc, r_huge = run(FAST, ttl, sy, cc, huge)

    def delay(r: FetchResult) -> timedelta:
        assert r.next_poll_at is not None
        return r.next_poll_at - before

    assert timedelta(minutes=44) < delay(r_ttl) < timedelta(minutes=46)
    assert timedelta(hours=5, minutes=59) < delay(r_sy) < timedelta(hours=6, minutes=1)
    assert timedelta(minutes=119) < delay(r_cc) < timedelta(minutes=121)
    assert delay(r_huge) < timedelta(days=1, minutes=1)  # capped by max_poll_delay


def test_text_plain_feed_accepted_html_json_binary_refused(http: HTTPServer) -> None:
    http.expect_request("/plain").respond_with_data(RSS, content_type="text/plain")
    http.expect_request("/mislabelled").respond_with_data(ATOM, content_type="text/html")
    html = (FIXTURES / "html_page.html").read_bytes()
    http.expect_request("/html").respond_with_data(html, content_type="text/html")
    json = (FIXTURES / "jsonfeed.json").read_bytes()
    http.expect_request("/json").respond_with_data(json, content_type="application/json")
    http.expect_request("/bin").respond_with_data(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 8, content_type="application/octet-stream"
    )

    plain, mislabelled, page, js, binary = run(
        FAST, *(url(http, p) for p in ("/plain", "/mislabelled", "/html", "/json", "/bin"))
    )

    assert_ok(plain)
    assert_ok(mislabelled, ATOM)
    assert_failed(page, "HTML page served instead of a feed")
    assert page.status == 200
    assert_failed(js, "JSON")
    assert_failed(binary, "binary")


# -- retries --------------------------------------------------------------------------------------


def test_500_retried_then_failed_other_feed_ok(http: HTTPServer) -> None:
    seen, handler = counting_handler([Response("boom", status=500)])
    http.expect_request("/500").respond_with_handler(handler)
    ok = serve_rss(http)

    bad, good = run(FAST, url(http, "/500"), ok)

    assert_failed(bad, "HTTP 500 after 3 attempts")
    assert bad.status == 500 and bad.attempts == 3
    assert len(seen) == 3
    assert_ok(good)


def test_500_then_200_succeeds(http: HTTPServer) -> None:
    ok = Response(RSS, content_type="application/rss+xml")
    seen, handler = counting_handler([Response("boom", status=503), ok])
    http.expect_request("/flaky").respond_with_handler(handler)

    (result,) = run(FAST, url(http, "/flaky"))

    assert_ok(result)
    assert result.attempts == 2 and len(seen) == 2


def test_404_not_retried(http: HTTPServer) -> None:
    seen, handler = counting_handler([Response("nope", status=404)])
    http.expect_request("/gone").respond_with_handler(handler)

    (result,) = run(FAST, url(http, "/gone"))

    assert_failed(result, "HTTP 404")
    assert "attempts" not in (result.error or "") and len(seen) == 1


def test_429_honours_retry_after(http: HTTPServer) -> None:
    ok = Response(RSS, content_type="application/rss+xml")
    limited = Response("slow down", status=429, headers={"Retry-After": "1"})
    _, handler = counting_handler([limited, ok])
    http.expect_request("/limited").respond_with_handler(handler)
    too_long = Response("come back tomorrow", status=429, headers={"Retry-After": "3600"})
    seen, handler2 = counting_handler([too_long])
    http.expect_request("/tomorrow").respond_with_handler(handler2)

    started = time.monotonic()
    waited, refused = run(FAST, url(http, "/limited"), url(http, "/tomorrow"))

    assert_ok(waited)
    assert time.monotonic() - started >= 1.0  # backoff alone would be ~0.05 s
    assert_failed(refused, "HTTP 429", "Retry-After 3600 s exceeds")
    assert len(seen) == 1  # no point retrying within this run
    assert refused.next_poll_at is not None
    assert refused.next_poll_at - datetime.now(UTC) > timedelta(minutes=59)


def test_retry_after_http_date(http: HTTPServer) -> None:
    when = (datetime.now(UTC) + timedelta(seconds=1)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    ok = Response(RSS, content_type="application/rss+xml")
    _, handler = counting_handler([Response("", status=503, headers={"Retry-After": when}), ok])
    http.expect_request("/date").respond_with_handler(handler)

    (result,) = run(FAST, url(http, "/date"))

    assert_ok(result)
    assert result.attempts == 2


# -- network faults -------------------------------------------------------------------------------


def test_server_that_never_answers_hits_total_timeout(
    http: HTTPServer, faults: FaultServer
) -> None:
    config = replace(FAST, read_timeout=5.0, total_timeout=1.0, attempts=1)
    ok = serve_rss(http)

    started = time.monotonic()
    hung, good = run(config, faults.url("/hang"), ok)

    assert_failed(hung, "no complete response within 1 s")
    assert time.monotonic() - started < 3
    assert_ok(good)


def test_dripping_server_cut_off_by_total_timeout(http: HTTPServer, faults: FaultServer) -> None:
    # Bytes keep coming every 0.1 s, so the 0.5 s read timeout never fires: only the
    # total timeout can stop this.
    config = replace(FAST, read_timeout=0.5, total_timeout=1.0, attempts=1)
    ok = serve_rss(http)

    started = time.monotonic()
    drip, good = run(config, faults.url("/drip"), ok)

    assert_failed(drip, "no complete response within 1 s")
    assert time.monotonic() - started < 3
    assert_ok(good)


def test_connection_reset(http: HTTPServer, faults: FaultServer) -> None:
    config = replace(FAST, attempts=2)
    ok = serve_rss(http)

    reset, good = run(config, faults.url("/reset"), ok)

    assert_failed(reset, "network error", "after 2 attempts")
    assert_ok(good)


def test_connection_refused(http: HTTPServer) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
    (result,) = run(replace(FAST, attempts=1), f"http://127.0.0.1:{free_port}/feed")
    assert_failed(result, "network error", "ConnectError")


def test_per_host_concurrency_bounded(faults: FaultServer) -> None:
    config = replace(FAST, max_per_host=2, max_concurrency=8)
    results = run(config, *(faults.url(f"/slow?{i}") for i in range(5)))
    assert all(r.ok for r in results), [r.error for r in results]
    assert faults.max_active == 2


def test_overall_concurrency_bounded(faults: FaultServer) -> None:
    config = replace(FAST, max_per_host=8, max_concurrency=3)
    results = run(config, *(faults.url(f"/slow?{i}") for i in range(6)))
    assert all(r.ok for r in results)
    assert faults.max_active == 3


# -- redirects ------------------------------------------------------------------------------------


def redirect(http: HTTPServer, path: str, target: str, status: int = 302) -> str:
    http.expect_request(path).respond_with_data("", status=status, headers={"Location": target})
    return url(http, path)


def test_permanent_redirect_recorded(http: HTTPServer) -> None:
    new = serve_rss(http, "/new")
    moved = redirect(http, "/moved", "/new", 301)
    moved308 = redirect(http, "/moved308", new, 308)
    temp = redirect(http, "/temp", "/new", 302)
    mixed = redirect(http, "/mixed", "/temp", 301)  # 301 then 302: the 301 target counts

    r301, r308, r302, rmixed = run(FAST, moved, moved308, temp, mixed)

    for r in (r301, r308, r302, rmixed):
        assert_ok(r)
        assert r.final_url == new
    assert r301.permanent_url == new and r308.permanent_url == new
    assert r302.permanent_url is None
    assert rmixed.permanent_url == url(http, "/temp")
    assert r301.url == moved  # the URL asked for stays as given


def test_effective_url_from_state_is_fetched(http: HTTPServer) -> None:
    new = serve_rss(http, "/new")
    feed = FeedSpec(id="moved", url=url(http, "/old-address-no-longer-served"))
    state = FeedState(feed_id="moved", effective_url=new)

    (result,) = HttpSource(FAST).fetch([feed], {"moved": state})
    (registry_url,) = HttpSource(replace(FAST, use_effective_url=False)).fetch(
        [feed], {"moved": state}
    )

    assert_ok(result)  # the default follows the permanent move
    assert result.url == new
    assert_failed(registry_url, "HTTP 500")  # pytest-httpserver: no handler -> 500


def test_redirect_loop_detected(http: HTTPServer) -> None:
    a = redirect(http, "/a", "/b")
    redirect(http, "/b", "/a")
    self_loop = redirect(http, "/self", "/self", 301)
    ok = serve_rss(http)

    loop, self_r, good = run(FAST, a, self_loop, ok)

    assert_failed(loop, "redirect loop")
    assert_failed(self_r, "redirect loop")
    assert_ok(good)


def test_too_many_redirects(http: HTTPServer) -> None:
    for i in range(6):
        redirect(http, f"/hop{i}", f"/hop{i + 1}")
    serve_rss(http, "/hop6")

    (result,) = run(replace(FAST, max_redirects=3), url(http, "/hop0"))

    assert_failed(result, "too many redirects (more than 3)")


def test_redirect_to_other_scheme_refused(http: HTTPServer) -> None:
    r = redirect(http, "/file", "file:///etc/passwd")
    (result,) = run(FAST, r)
    assert_failed(result, "scheme 'file' not allowed")


# -- address safety -------------------------------------------------------------------------------


@pytest.fixture
def no_private_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIPELINE_ALLOW_PRIVATE_HOSTS", raising=False)


def strict(http: HTTPServer) -> FetchConfig:
    """Private addresses refused, except exactly this test server (address and port)."""
    return replace(FAST, allow_private_hosts=False, allowed_addresses=(f"127.0.0.1:{http.port}",))


@pytest.mark.usefixtures("no_private_env")
def test_redirects_to_internal_addresses_refused(http: HTTPServer) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        other_port = s.getsockname()[1]
    targets = {
        "/to-private": "http://10.0.0.1/feed",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-other-port": f"http://127.0.0.1:{other_port}/feed",
        "/to-ipv6-loopback": "http://[::1]/feed",
        "/to-mapped": "http://[::ffff:10.0.0.1]/feed",
        "/to-unspecified": "http://0.0.0.0/feed",
    }
    urls = [redirect(http, path, target) for path, target in targets.items()]
    ok = serve_rss(http)

    *refused, good = run(strict(http), *urls, ok)

    for result, target in zip(refused, targets.values(), strict=True):
        assert_failed(result, "refused to connect")
        assert "after" not in (result.error or "")  # refusals are not retried
        assert str(result.error).count("refused") == 1, target
    assert_ok(good)  # the explicitly allowed test server itself is fine


@pytest.mark.usefixtures("no_private_env")
def test_host_names_resolved_and_vetted(http: HTTPServer) -> None:
    ok = serve_rss(http)
    by_name = ok.replace("127.0.0.1", "localhost")

    allowed, default = (
        run(strict(http), by_name, by_name)[0],
        run(replace(FAST, allow_private_hosts=False), by_name)[0],
    )

    assert_ok(allowed)  # localhost -> 127.0.0.1, which the allowlist names
    assert_failed(default, "refused to connect to localhost", "loopback")


@pytest.mark.parametrize("value", ["1", "true", "YES", " on "])
def test_env_variable_allows_private_hosts(
    http: HTTPServer, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("PIPELINE_ALLOW_PRIVATE_HOSTS", value)  # as pipeline.settings reads it
    ok = serve_rss(http)
    (result,) = run(replace(FAST, allow_private_hosts=False), ok)
    assert_ok(result)


@pytest.mark.parametrize("value", ["0", "off", "No", ""])
def test_env_variable_off_values_keep_private_hosts_refused(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("PIPELINE_ALLOW_PRIVATE_HOSTS", value)
    assert replace(FAST, allow_private_hosts=False).address_policy().allow_private is False


def test_env_variable_with_a_bad_value_is_refused_like_settings_refuses_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PIPELINE_ALLOW_PRIVATE_HOSTS", "maybe")
    with pytest.raises(SettingsError, match="PIPELINE_ALLOW_PRIVATE_HOSTS"):
        replace(FAST, allow_private_hosts=False).address_policy()


def test_bad_schemes_and_urls_refused() -> None:
    results = run(FAST, "ftp://example.com/feed", "file:///etc/passwd", "http:///nohost")
    assert_failed(results[0], "scheme 'ftp' not allowed")
    assert_failed(results[1], "scheme 'file' not allowed")
    assert_failed(results[2])


# -- size limits and hostile bodies ---------------------------------------------------------------

LIMIT = 1024 * 1024


def test_oversized_body_refused(http: HTTPServer) -> None:
    big = RSS.replace(b"</channel>", b"<!--" + b"x" * (2 * LIMIT) + b"--></channel>")
    http.expect_request("/big").respond_with_data(big, content_type="application/rss+xml")

    def chunked(_: Request) -> Response:
        # No Content-Length: the limit must hold while streaming.
        return Response((b"x" * 65536 for _ in range(40)), content_type="application/rss+xml")

    http.expect_request("/chunked").respond_with_handler(chunked)
    ok = serve_rss(http)

    big_r, chunked_r, good = run(
        replace(FAST, max_body_bytes=LIMIT), url(http, "/big"), url(http, "/chunked"), ok
    )

    assert_failed(big_r, "body too large")
    assert_failed(chunked_r, "body too large")
    assert_ok(good)


def test_gzip_bomb_stopped_early(
    http: HTTPServer, faults: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Count what the decoder actually inflates (memory profiling is blurred by the server
    # threads in this process; test_fetch_units measures the decoder with tracemalloc).
    inflated: list[list[int]] = []  # piece sizes, one list per response

    def counting_decoder(content_encoding: str | None) -> Decoder:
        decoder = make_decoder(content_encoding)
        pieces: list[int] = []
        inflated.append(pieces)

        class Counting:
            def decode(self, data: bytes) -> Iterator[bytes]:
                for piece in decoder.decode(data):
                    pieces.append(len(piece))
                    yield piece

            def flush(self) -> Iterator[bytes]:
                return decoder.flush()

        return Counting()

    monkeypatch.setattr(fetch_module, "make_decoder", counting_decoder)
    assert len(BOMB) < 20_000
    ok = serve_rss(http)

    bad, good = run(replace(FAST, max_body_bytes=LIMIT), faults.url("/bomb"), ok)

    assert_failed(bad, "body too large", "after decompression")
    # The bomb inflates to 10 MB; it was stopped one piece past the 1 MB limit.
    bomb_pieces = max(inflated, key=sum)
    assert max(bomb_pieces) <= PIECE  # gzip pieces are exact (brotli ones approximate)
    assert sum(bomb_pieces) <= LIMIT + PIECE
    assert_ok(good)


def test_billion_laughs_refused(http: HTTPServer) -> None:
    lol = serve_rss(http, "/lol", (FIXTURES / "billion_laughs.xml").read_bytes())
    ok = serve_rss(http)

    bad, good = run(FAST, lol, ok)

    assert_failed(bad, "feed declares XML entities (possible entity-expansion attack)")
    assert_ok(good)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "gzip, br"])
def test_compressed_responses_decoded(http: HTTPServer, encoding: str) -> None:
    compressors = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}
    body = RSS
    for name in encoding.split(", "):
        body = compressors[name](body)
    _, handler = counting_handler(
        [Response(body, content_type="application/rss+xml", headers={"Content-Encoding": encoding})]
    )
    http.expect_request("/z").respond_with_handler(handler)

    (result,) = run(FAST, url(http, "/z"))

    assert_ok(result)
    assert "content-encoding" not in result.headers  # headers describe the decoded body


def test_wrong_declared_encoding_falls_back_to_cp1252(http: HTTPServer) -> None:
    raw = (FIXTURES / "cp1252_declared_utf8.xml").read_bytes()
    mislabelled = serve_rss(http, "/cp1252", raw)
    http.expect_request("/latin1").respond_with_data(
        raw.replace(b"utf-8", b"iso-8859-1"), content_type="text/xml; charset=ISO-8859-1"
    )

    r1, r2 = run(FAST, mislabelled, url(http, "/latin1"))

    for r in (r1, r2):
        assert r.ok, r.error
        assert r.body is not None
        text = r.body.decode("utf-8")
        assert "Café \u201ctariffs\u201d \u2013 Québec" in text
        assert 'encoding="utf-8"' in text
    assert r2.headers["content-type"] == "text/xml; charset=utf-8"


def test_utf16_feed_with_bom(http: HTTPServer) -> None:
    text = RSS.decode().replace('encoding="utf-8"', 'encoding="utf-16"')
    utf16 = serve_rss(http, "/u16", text.encode("utf-16"))
    (result,) = run(FAST, utf16)
    assert result.ok, result.error
    assert result.body == RSS


# -- conditional GET ------------------------------------------------------------------------------


def test_etag_round_trip_and_304(http: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"', "Cache-Control": "max-age=600"})
        return Response(RSS, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    http.expect_request("/etag").respond_with_handler(handler)
    feed = url(http, "/etag")

    (first,) = run(FAST, feed)
    assert_ok(first)
    assert first.etag == '"v1"' and not first.not_modified
    state = FeedState("f0", etag=first.etag, body_hash=body_hash(RSS))

    (second,) = run(FAST, feed, states={"f0": state})

    assert seen[1].headers["If-None-Match"] == '"v1"'
    assert second.ok and second.not_modified and second.status == 304
    assert second.body is None and second.etag == '"v1"'
    assert second.next_poll_at is not None


class _KeepAliveHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive (werkzeug's test server closes every connection)."""

    protocol_version = "HTTP/1.1"
    ports: ClassVar[list[int]] = []

    def do_GET(self) -> None:
        self.ports.append(self.client_address[1])
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/cached")
        else:
            self.send_response(304)
            self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_304s_and_redirects_keep_the_connection_alive() -> None:
    """Re-polling unchanged feeds on one host reuses one connection: the empty body of a
    304 (or a redirect) is read so the connection goes back to the pool."""
    _KeepAliveHandler.ports = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _KeepAliveHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        urls = [f"{base}/cached"] * 3 + [f"{base}/moved"] * 2
        states = {f"f{i}": FeedState(f"f{i}", etag='"v1"') for i in range(len(urls))}
        serial = replace(FAST, max_concurrency=1, max_per_host=1)

        results = run(serial, *urls, states=states)
    finally:
        server.shutdown()
        server.server_close()

    assert all(r.ok and r.not_modified for r in results)
    ports = _KeepAliveHandler.ports
    assert len(ports) == 7  # 3 + 2 x (redirect, then the 304 behind it)
    assert len(set(ports)) == 1, f"one connection expected, saw ports {sorted(set(ports))}"


class _TruncatedRedirectHandler(BaseHTTPRequestHandler):
    """A redirect whose body is cut short, then the feed."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/feed")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"partial")
            self.close_connection = True
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(RSS)))
        self.end_headers()
        self.wfile.write(RSS)

    def log_message(self, *args: object) -> None:
        pass


def test_a_redirect_with_a_truncated_body_is_still_followed() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TruncatedRedirectHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (result,) = run(
            replace(FAST, attempts=1), f"http://127.0.0.1:{server.server_address[1]}/moved"
        )
    finally:
        server.shutdown()
        server.server_close()
    assert_ok(result)
    assert result.final_url.endswith("/feed")


def test_only_static_stream_info_is_cached() -> None:
    """httpcore asks "is_readable" before reusing a connection; a cached answer would reuse
    connections the server has closed."""

    class Inner:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def get_extra_info(self, info: str) -> object:
            self.calls.append(info)
            return len(self.calls)

    inner = Inner()
    stream = netguard._CachedInfoStream(inner)  # type: ignore[arg-type]
    assert stream.get_extra_info("socket") == stream.get_extra_info("socket")
    first, second = stream.get_extra_info("is_readable"), stream.get_extra_info("is_readable")
    assert first != second
    assert inner.calls == ["socket", "is_readable", "is_readable"]


def test_last_modified_round_trip(http: HTTPServer) -> None:
    stamp = "Wed, 01 Jan 2025 10:00:00 GMT"
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        if request.headers.get("If-Modified-Since") == stamp:
            return Response(status=304)  # validators omitted: the old ones stay valid
        return Response(RSS, content_type="application/rss+xml", headers={"Last-Modified": stamp})

    http.expect_request("/lm").respond_with_handler(handler)
    feed = url(http, "/lm")

    (first,) = run(FAST, feed)
    assert first.last_modified == stamp and first.etag is None
    state = FeedState("f0", last_modified=first.last_modified, etag='"old"')
    (second,) = run(FAST, feed, states={"f0": state})

    assert seen[1].headers["If-Modified-Since"] == stamp
    assert seen[1].headers["If-None-Match"] == '"old"'
    assert second.not_modified and second.status == 304
    assert second.last_modified == stamp and second.etag == '"old"'


def test_unchanged_body_hash_is_not_modified(http: HTTPServer) -> None:
    feed = serve_rss(http, "/same")
    state = FeedState("f0", body_hash=body_hash(RSS))
    changed = FeedState("f0", body_hash="0" * 64)

    (same,) = run(FAST, feed, states={"f0": state})
    (different,) = run(FAST, feed, states={"f0": changed})

    assert same.ok and same.not_modified and same.body == RSS
    assert different.ok and not different.not_modified


def test_empty_feed_list() -> None:
    assert HttpSource(FAST).fetch([], {}) == []


@pytest.mark.usefixtures("no_private_env")
def test_connects_to_vetted_address_keeping_host_header(
    http: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A name resolving to an internal and an allowed address: only the vetted one is used,
    # and the request still carries the original Host (as TLS would carry it in SNI).
    answers = {
        "feeds.example.test": ["10.0.0.7", "127.0.0.1"],
        "internal.example.test": ["10.0.0.7", "169.254.169.254"],
    }

    async def fake_resolve(host: str, port: int) -> list[IPAddress]:
        return [ipaddress.ip_address(a) for a in answers[host]]

    monkeypatch.setattr(netguard, "resolve", fake_resolve)
    seen, handler = counting_handler([Response(RSS, content_type="application/rss+xml")])
    http.expect_request("/host").respond_with_handler(handler)

    good, internal = run(
        strict(http),
        f"http://feeds.example.test:{http.port}/host",
        f"http://internal.example.test:{http.port}/host",
    )

    assert_ok(good)
    assert seen[0].headers["Host"] == f"feeds.example.test:{http.port}"
    assert_failed(internal, "refused to connect to internal.example.test", "private address")
    assert len(seen) == 1


def test_garbage_urls_never_raise() -> None:
    results = run(FAST, "not a url", "", "http://[::1", "https://exa mple.com/")
    for result in results:
        assert_failed(result)


def test_fetch_works_inside_a_running_event_loop(http: HTTPServer) -> None:
    ok = serve_rss(http)

    async def caller() -> list[FetchResult]:
        return HttpSource(FAST).fetch([FeedSpec("x", ok)], {})

    (result,) = asyncio.run(caller())
    assert_ok(result)


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for feeds.example.test (openssl CLI)."""
    assert shutil.which("openssl"), "the TLS test needs the openssl command"
    d = tmp_path_factory.mktemp("tls")
    ca_key, ca, key, csr, cert, ext = (
        d / n for n in ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem", "ext.cnf")
    )
    ext.write_text("subjectAltName=DNS:feeds.example.test\n")
    commands = [
        f"req -x509 -newkey rsa:2048 -nodes -keyout {ca_key} -out {ca} -days 2 -subj /CN=TestCA",
        f"req -newkey rsa:2048 -nodes -keyout {key} -out {csr} -subj /CN=feeds.example.test",
        f"x509 -req -in {csr} -CA {ca} -CAkey {ca_key} -CAcreateserial -out {cert} -days 2"
        f" -extfile {ext}",
    ]
    for command in commands:
        subprocess.run(["openssl", *command.split()], check=True, capture_output=True)
    return ca, cert, key


@pytest.mark.usefixtures("no_private_env")
def test_https_to_vetted_ip_keeps_sni_and_certificate_check(
    tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    ca, cert, key = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    try:
        server.expect_request("/tls").respond_with_data(RSS, content_type="application/rss+xml")

        async def fake_resolve(host: str, port: int) -> list[IPAddress]:
            assert host == "feeds.example.test"
            return [ipaddress.ip_address("127.0.0.1")]

        monkeypatch.setattr(netguard, "resolve", fake_resolve)
        config = replace(
            FAST,
            allow_private_hosts=False,
            allowed_addresses=(f"127.0.0.1:{server.port}",),
            ca_bundle=str(ca),
            attempts=1,
        )
        good = f"https://feeds.example.test:{server.port}/tls"
        (result,) = run(config, good)
        assert_ok(result)
        # Without the test CA the certificate is (rightly) not trusted.
        (untrusted,) = run(replace(config, ca_bundle=None), good)
        assert_failed(untrusted, "CERTIFICATE_VERIFY_FAILED")
    finally:
        server.stop()


def _self_signed_ca(folder: Path, name: str) -> bytes:
    key, pem = folder / f"{name}.key", folder / f"{name}.pem"
    command = (
        f"req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout {key}"
        f" -out {pem} -days 2 -subj /CN={name}"
    )
    subprocess.run(["openssl", *command.split()], check=True, capture_output=True)
    return pem.read_bytes()


def _trusted_names(context: ssl.SSLContext) -> set[str]:
    return {
        value
        for cert in context.get_ca_certs()
        for rdn in cert["subject"]
        for key, value in rdn
        if key == "commonName"
    }


def test_a_ca_bundle_rotated_at_the_same_path_is_read_again(tmp_path: Path) -> None:
    assert shutil.which("openssl"), "the test needs the openssl command"
    first, second = _self_signed_ca(tmp_path, "RotateCA1"), _self_signed_ca(tmp_path, "RotateCA2")
    # Padded to one size (text after the PEM block is ignored): only the time tells them apart.
    size = max(len(first), len(second))
    first, second = first.ljust(size, b"\n"), second.ljust(size, b"\n")
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(first)
    os.utime(bundle, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    config = replace(FAST, ca_bundle=str(bundle))

    before = config.ssl_context()
    assert _trusted_names(before) == {"RotateCA1"}
    assert config.ssl_context() is before  # unchanged file: the cached context

    bundle.write_bytes(second)  # rotated in place: same path, same inode, same size
    os.utime(bundle, ns=(1_700_000_001_000_000_000, 1_700_000_001_000_000_000))
    after = config.ssl_context()
    assert after is not before
    assert _trusted_names(after) == {"RotateCA2"}

    # Replaced by a rename, with the old size and time: a new inode, so read again too.
    staged = tmp_path / "bundle.pem.new"
    staged.write_bytes(first)
    os.utime(staged, ns=(1_700_000_001_000_000_000, 1_700_000_001_000_000_000))
    os.replace(staged, bundle)
    assert _trusted_names(config.ssl_context()) == {"RotateCA1"}
