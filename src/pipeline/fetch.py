"""Production HTTP(S) feed source: `HttpSource` implements `pipeline.sources.FeedSource`.

One `fetch` call runs every feed concurrently (bounded overall and per host) on an httpx
async client and returns one `FetchResult` per feed, in order; a feed's failure is
reported in its `error` ("feed 'x' (url): reason") and never raised.

Per feed: conditional GET from `FeedState`; redirects followed by hand (each hop re-checked
for scheme, loops, count, and, at connect time, address safety via `pipeline.netguard`);
retries with exponential backoff + jitter on network errors, timeouts, 408, 429 and 5xx,
honouring `Retry-After`; the body streamed with raw and decoded size limits
(`pipeline.decompress`), then normalised to UTF-8 and sniffed (`pipeline.sniff`).

What callers get back in a successful `FetchResult`:
- `body` is UTF-8 (BOM stripped, XML declaration rewritten to `encoding="utf-8"`), already
  decompressed; `headers` (lower-case names) describe that body: `content-type` carries
  `charset=utf-8`, `content-encoding`/`content-length` are dropped.
- `final_url` is the URL of the last hop; `FetchResult.permanent_url` is set when the
  chain started with permanent redirects (301/308): the URL the feed has moved to.
- `not_modified` on a 304 or when the body hashes to `FeedState.body_hash`.
- `next_poll_at` from Cache-Control/Expires and the feed's `<ttl>`/`sy:update*`, capped; on
  failure, from a `Retry-After` too long to wait for in this run.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import random
import ssl
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import aclosing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpcore
import httpx

from pipeline import __version__
from pipeline.decompress import DecodeError, Decoder, make_decoder
from pipeline.httpcache import conditional_headers, next_poll_at, retry_after_seconds
from pipeline.models import FeedSpec, FeedState, FetchResult
from pipeline.netguard import (
    ALLOWED_SCHEMES,
    AddressPolicy,
    GuardedBackend,
    UnsafeAddressError,
    parse_allow_rule,
)
from pipeline.settings import env_flag
from pipeline.sniff import decode_feed, sniff_problem, with_utf8_charset
from pipeline.sources import body_hash

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/trade-news-pipeline/trade-news-pipeline"
DEFAULT_USER_AGENT = f"trade-news-pipeline/{__version__} (+{PROJECT_URL})"
ALLOW_PRIVATE_ENV = "PIPELINE_ALLOW_PRIVATE_HOSTS"

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
ACCEPT_ENCODING = "gzip, deflate, br"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RETRYABLE_STATUSES = frozenset({408, 429})


def _ssl_context(verify: bool, ca_bundle: str | None) -> ssl.SSLContext:
    """One context per trust setting for the whole process: loading the CA store takes
    tens of milliseconds, more than a whole run of conditional GETs to one chunk of feeds.

    A CA bundle's context is keyed on the file as it is now (path, inode, modification
    time, size), so a bundle rotated at the same path is read again by the next fetch."""
    if verify and ca_bundle:
        st = os.stat(ca_bundle)
        return _bundle_context(ca_bundle, st.st_ino, st.st_mtime_ns, st.st_size)
    return _default_context(verify)


@functools.lru_cache(maxsize=8)
def _bundle_context(path: str, inode: int, mtime_ns: int, size: int) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=path)


@functools.lru_cache(maxsize=2)
def _default_context(verify: bool) -> ssl.SSLContext:
    return httpx.create_ssl_context(verify=verify, trust_env=False)


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Limits and politeness settings of an `HttpSource` (seconds unless stated)."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two bytes
    total_timeout: float = 60.0  # one request, headers + whole body (cuts off drip-feeders)
    feed_deadline: float = 300.0  # one feed, all attempts and backoff sleeps included
    max_body_bytes: int = 10 * 1024 * 1024  # raw on the wire AND after decompression
    max_concurrency: int = 16
    max_per_host: int = 2
    attempts: int = 3  # total tries for retryable failures (1 = no retry)
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    retry_after_cap: float = 120.0  # a longer Retry-After ends the run's tries for the feed
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    # Fetch private/loopback/link-local/... addresses too (or env PIPELINE_ALLOW_PRIVATE_HOSTS,
    # read as `pipeline.settings` reads it: 1/true/yes/on).
    allow_private_hosts: bool = False
    # Exceptions to the ban: "127.0.0.1:8080" (one port), "10.1.0.0/16", "[::1]:8080".
    allowed_addresses: tuple[str, ...] = ()
    # Fetch `FeedState.effective_url` (where a permanent redirect moved the feed) instead
    # of `FeedSpec.url`.
    use_effective_url: bool = True
    max_poll_delay: timedelta = timedelta(days=1)
    # Pause after each request to a host before the next one to it (politeness; used for
    # article pages, 0 for feeds, which are one request per host per run anyway).
    per_host_delay: float = 0.0
    verify_tls: bool = True
    ca_bundle: str | None = None  # PEM file of extra trusted CAs (replaces the default set)

    def ssl_context(self) -> ssl.SSLContext:
        return _ssl_context(self.verify_tls, self.ca_bundle)

    def address_policy(self) -> AddressPolicy:
        allow_private = self.allow_private_hosts or env_flag(ALLOW_PRIVATE_ENV)
        rules = tuple(parse_allow_rule(a) for a in self.allowed_addresses)
        return AddressPolicy(allow_private=allow_private, allow=rules)


class FetchFailure(Exception):
    """One attempt failed; `retryable` says whether another attempt may help."""

    def __init__(
        self,
        reason: str,
        *,
        retryable: bool = False,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after


@dataclass(slots=True)
class _Answer:
    """The final response of a redirect chain."""

    status: int
    headers: dict[str, str]
    body: bytes | None
    final_url: str
    permanent_url: str | None = None


@dataclass(slots=True)
class _RunContext:
    client: httpx.AsyncClient
    overall: asyncio.Semaphore
    per_host: defaultdict[str, asyncio.Semaphore]
    # What `client.build_request` would merge into every request, merged once per run:
    # building requests directly skips a URL re-parse and cookie/param merging per request,
    # a tenth of the CPU time of a run of 304s.
    headers: dict[str, str]
    extensions: dict[str, object]


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with the connection pool on a `GuardedBackend`, so every new
    connection goes to a vetted IP (httpx exposes no network-backend parameter)."""

    def __init__(
        self, policy: AddressPolicy, *, limits: httpx.Limits, ssl_context: ssl.SSLContext
    ) -> None:
        super().__init__(verify=ssl_context, limits=limits, trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(policy),
        )


class HttpSource:
    """Fetches feeds over HTTP(S); see the module docstring for the contract."""

    def __init__(self, config: FetchConfig | None = None) -> None:
        self.config = config or FetchConfig()

    def fetch(
        self, feeds: Sequence[FeedSpec], states: Mapping[str, FeedState]
    ) -> list[FetchResult]:
        """Synchronous entry point: runs its own event loop (in a worker thread when the
        caller is itself inside a running loop, where `asyncio.run` would refuse)."""
        if not feeds:
            return []
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self.afetch(feeds, states))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetch") as pool:
            return pool.submit(asyncio.run, self.afetch(feeds, states)).result()

    async def afetch(
        self, feeds: Sequence[FeedSpec], states: Mapping[str, FeedState]
    ) -> list[FetchResult]:
        cfg = self.config
        limits = httpx.Limits(
            max_connections=cfg.max_concurrency, max_keepalive_connections=cfg.max_concurrency
        )
        transport = GuardedTransport(
            cfg.address_policy(), limits=limits, ssl_context=cfg.ssl_context()
        )
        timeout = httpx.Timeout(
            connect=cfg.connect_timeout,
            read=cfg.read_timeout,
            write=cfg.read_timeout,
            pool=cfg.total_timeout,
        )
        headers = {
            "User-Agent": cfg.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        async with httpx.AsyncClient(
            transport=transport,
            timeout=timeout,
            headers=headers,
            follow_redirects=False,
            trust_env=False,
        ) as client:
            ctx = _RunContext(
                client,
                asyncio.Semaphore(cfg.max_concurrency),
                defaultdict(lambda: asyncio.Semaphore(cfg.max_per_host)),
                headers,
                {"timeout": timeout.as_dict()},
            )
            tasks = [self._fetch_feed(ctx, feed, states.get(feed.id)) for feed in feeds]
            return list(await asyncio.gather(*tasks))

    # -- one feed -------------------------------------------------------------------------

    async def _fetch_feed(
        self, ctx: _RunContext, feed: FeedSpec, state: FeedState | None
    ) -> FetchResult:
        cfg = self.config
        url = feed.url
        if cfg.use_effective_url and state is not None and state.effective_url:
            url = state.effective_url
        started = time.perf_counter()
        try:
            async with asyncio.timeout(cfg.feed_deadline):
                result = await self._fetch_with_retries(ctx, feed, url, state)
        except TimeoutError:
            result = self._failed(feed, url, f"no result within {cfg.feed_deadline:g} s")
        except Exception as exc:  # the contract: one feed's bug never sinks the run
            log.exception("unexpected error fetching feed %r", feed.id)
            result = self._failed(feed, url, f"unexpected error: {type(exc).__name__}: {exc}")
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result

    async def _fetch_with_retries(
        self, ctx: _RunContext, feed: FeedSpec, url: str, state: FeedState | None
    ) -> FetchResult:
        cfg = self.config
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = await self._follow_redirects(ctx, url, state)
            except FetchFailure as failure:
                wait = self._retry_delay(failure, attempt)
                if wait is None:
                    return self._failure_result(feed, url, failure, attempt)
                log.info(
                    "feed %r: %s (attempt %d/%d), retrying in %.2f s",
                    feed.id,
                    failure.reason,
                    attempt,
                    cfg.attempts,
                    wait,
                )
                await asyncio.sleep(wait)
                continue
            return self._success_result(feed, url, state, answer, attempt)

    def _retry_delay(self, failure: FetchFailure, attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now."""
        cfg = self.config
        if not failure.retryable or attempt >= cfg.attempts:
            return None
        # Exponential backoff with "equal jitter": never less than half the step, so
        # retries spread out without collapsing to zero.
        step = min(cfg.backoff_cap, cfg.backoff_base * 2 ** (attempt - 1))
        delay = step / 2 + random.uniform(0, step / 2)
        if failure.retry_after is not None:
            if failure.retry_after > cfg.retry_after_cap:
                return None
            delay = max(delay, failure.retry_after)
        return delay

    # -- redirects and one exchange ---------------------------------------------------------

    async def _follow_redirects(
        self, ctx: _RunContext, url: str, state: FeedState | None
    ) -> _Answer:
        cfg = self.config
        visited: set[str] = set()
        permanent_url: str | None = None
        still_permanent = True
        current = url
        for _hop in range(cfg.max_redirects + 1):
            parsed = _check_url(current)
            if current in visited:
                raise FetchFailure(f"redirect loop at {current}")
            visited.add(current)
            answer = await self._exchange(ctx, parsed, conditional_headers(state))
            if answer.status not in REDIRECT_STATUSES:
                answer.permanent_url = permanent_url
                return answer
            location = answer.headers.get("location")
            if not location:
                raise FetchFailure(f"HTTP {answer.status} redirect without Location")
            try:
                target = str(parsed.join(location.strip()))
            except httpx.InvalidURL as exc:
                raise FetchFailure(f"bad redirect Location {location!r}: {exc}") from None
            if still_permanent and answer.status in PERMANENT_REDIRECTS:
                permanent_url = target
            else:
                still_permanent = False
            log.debug("redirect %d: %s -> %s", answer.status, current, target)
            current = target
        raise FetchFailure(f"too many redirects (more than {cfg.max_redirects})")

    async def _exchange(self, ctx: _RunContext, url: httpx.URL, extra: dict[str, str]) -> _Answer:
        """One request, bounded by the per-host and overall semaphores."""
        cfg = self.config
        host = url.host.lower()
        # Host slot first: tasks queued behind a busy host must not hold overall slots that
        # feeds on other hosts could use. The politeness pause keeps the host slot only.
        async with ctx.per_host[host]:
            try:
                async with ctx.overall:
                    return await self._exchange_once(ctx, url, extra)
            finally:
                if cfg.per_host_delay > 0:
                    await asyncio.sleep(cfg.per_host_delay)

    async def _exchange_once(
        self, ctx: _RunContext, url: httpx.URL, extra: dict[str, str]
    ) -> _Answer:
        """One request within the total timeout; maps every transport-level problem to a
        `FetchFailure`."""
        cfg = self.config
        try:
            async with asyncio.timeout(cfg.total_timeout):
                return await self._request(ctx, url, extra)
        except TimeoutError:
            raise FetchFailure(
                f"no complete response within {cfg.total_timeout:g} s", retryable=True
            ) from None
        except UnsafeAddressError as exc:
            raise FetchFailure(str(exc)) from None
        except httpx.TimeoutException as exc:
            kind = "connect" if isinstance(exc, httpx.ConnectTimeout) else "read"
            raise FetchFailure(f"{kind} timeout", retryable=True) from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FetchFailure(f"invalid URL: {exc}") from None
        except httpx.TransportError as exc:
            raise FetchFailure(
                f"network error: {type(exc).__name__}: {exc or 'connection failed'}",
                retryable=True,
            ) from None

    async def _request(self, ctx: _RunContext, url: httpx.URL, extra: dict[str, str]) -> _Answer:
        request = httpx.Request(
            "GET", url, headers={**ctx.headers, **extra}, extensions=ctx.extensions
        )
        response = await ctx.client.send(request, stream=True)
        try:
            headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status_code
            if status in REDIRECT_STATUSES or status == 304:
                await _drain(response)
                return _Answer(status, headers, None, str(url))
            if status >= 500 or status in RETRYABLE_STATUSES:
                retry_after = retry_after_seconds(headers, datetime.now(UTC))
                raise FetchFailure(
                    f"HTTP {status}", retryable=True, status=status, retry_after=retry_after
                )
            if status >= 400 or status < 200:
                raise FetchFailure(f"HTTP {status}", status=status)
            raw = await self._read_body(response, headers)
            return self._vet_body(status, headers, raw, str(url))
        finally:
            await response.aclose()

    # -- body -------------------------------------------------------------------------------

    async def _read_body(self, response: httpx.Response, headers: dict[str, str]) -> bytes:
        """The decoded body, refusing more than `max_body_bytes` raw or decoded, and
        stopping as soon as either count passes it (a gzip bomb is never fully inflated)."""
        limit = self.config.max_body_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchFailure(f"body too large ({declared} bytes declared, limit {limit})")
        try:
            decoder = make_decoder(headers.get("content-encoding"))
        except DecodeError as exc:
            raise FetchFailure(str(exc)) from None
        pieces: list[bytes] = []
        total = 0
        try:
            # aclosing: stopping early must finalise the generator now, not at GC time.
            async with aclosing(_decoded(response, decoder, limit)) as decoded:
                async for piece in decoded:
                    total += len(piece)
                    if total > limit:
                        raise FetchFailure(
                            f"body too large (over {limit} bytes after decompression)"
                        )
                    pieces.append(piece)
        except DecodeError as exc:
            raise FetchFailure(str(exc)) from None
        return b"".join(pieces)

    def _vet_body(self, status: int, headers: dict[str, str], raw: bytes, url: str) -> _Answer:
        """Normalise to UTF-8 and refuse anything that is not a safe feed document."""
        body, encoding = decode_feed(raw, headers)
        log.debug("%s: body decoded as %s", url, encoding)
        problem = sniff_problem(body)
        if problem is not None:
            raise FetchFailure(problem, status=status)
        described = {
            k: v for k, v in headers.items() if k not in ("content-encoding", "content-length")
        }
        if "content-type" in described:
            described["content-type"] = with_utf8_charset(described["content-type"])
        return _Answer(status, described, body, url)

    # -- results ------------------------------------------------------------------------------

    def _success_result(
        self,
        feed: FeedSpec,
        url: str,
        state: FeedState | None,
        answer: _Answer,
        attempts: int,
    ) -> FetchResult:
        now = datetime.now(UTC)
        poll = next_poll_at(answer.headers, answer.body, now, self.config.max_poll_delay)
        etag = answer.headers.get("etag")
        last_modified = answer.headers.get("last-modified")
        if answer.status == 304:
            # A 304 may omit validators it did not change: keep the ones that worked.
            etag = etag or (state.etag if state else None)
            last_modified = last_modified or (state.last_modified if state else None)
            not_modified = True
        else:
            assert answer.body is not None
            not_modified = state is not None and state.body_hash == body_hash(answer.body)
        return FetchResult(
            feed_id=feed.id,
            url=url,
            status=answer.status,
            body=answer.body,
            headers=answer.headers,
            final_url=answer.final_url,
            etag=etag,
            last_modified=last_modified,
            next_poll_at=poll,
            not_modified=not_modified,
            permanent_url=answer.permanent_url,
            attempts=attempts,
        )

    def _failure_result(
        self, feed: FeedSpec, url: str, failure: FetchFailure, attempts: int
    ) -> FetchResult:
        reason = failure.reason
        cap = self.config.retry_after_cap
        if failure.retry_after is not None and failure.retry_after > cap:
            reason = f"{reason} (Retry-After {failure.retry_after:g} s exceeds {cap:g} s)"
        if attempts > 1 or (failure.retryable and self.config.attempts > 1):
            reason = f"{reason} after {attempts} attempt{'s' if attempts > 1 else ''}"
        poll = None
        if failure.retry_after is not None:
            # Too long to wait for now: tell the scheduler when the server wants us back.
            delay = min(timedelta(seconds=failure.retry_after), self.config.max_poll_delay)
            poll = datetime.now(UTC) + delay
        result = self._failed(feed, url, reason, status=failure.status, attempts=attempts)
        result.next_poll_at = poll
        return result

    @staticmethod
    def _failed(
        feed: FeedSpec, url: str, reason: str, *, status: int | None = None, attempts: int = 0
    ) -> FetchResult:
        error = f"feed {feed.id!r} ({url}): {reason}"
        log.warning("fetch failed: %s", error)
        return FetchResult(feed.id, url, status=status, error=error, attempts=attempts)


DRAIN_LIMIT = 64 * 1024
DRAIN_SECONDS = 1.0


async def _drain(response: httpx.Response) -> None:
    """Read the (normally empty) body of a 304 or redirect, so the connection goes back to
    the pool instead of being closed: re-polling a host's feeds then costs no new TCP or
    TLS handshakes. A body larger than `DRAIN_LIMIT`, or slower than `DRAIN_SECONDS`, is
    not worth reading; closing the response then drops the connection."""
    seen = 0
    try:
        async with asyncio.timeout(DRAIN_SECONDS):
            async for chunk in response.aiter_raw():
                seen += len(chunk)
                if seen > DRAIN_LIMIT:
                    return
    except (httpx.HTTPError, TimeoutError):
        # A slow or truncated body says nothing about the answer: the status and headers
        # stand, only the connection is not kept.
        return


async def _decoded(response: httpx.Response, decoder: Decoder, limit: int) -> AsyncIterator[bytes]:
    """The body's decoded pieces, refusing more than `limit` raw bytes on the wire."""
    raw_total = 0
    async for chunk in response.aiter_raw():
        raw_total += len(chunk)
        if raw_total > limit:
            raise FetchFailure(f"body too large (over {limit} bytes on the wire)")
        for piece in decoder.decode(chunk):
            yield piece
    for piece in decoder.flush():
        yield piece


def _check_url(url: str) -> httpx.URL:
    """The parsed URL, or a refusal of a URL (the feed's, or a redirect target) fetching
    which is never allowed."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchFailure(f"invalid URL {url!r}: {exc}") from None
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise FetchFailure(f"scheme {parsed.scheme!r} not allowed ({url})")
    if not parsed.host:
        raise FetchFailure(f"URL without host ({url})")
    return parsed
