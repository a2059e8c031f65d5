"""Full articles for summary-only feed items: fetch the linked page, politely.

Pages go through the same guarded HTTP client as feeds (address safety, size limits,
retries, timeouts) with a pause between two requests to one host, and only where the
host's robots.txt allows our user agent. The raw HTML is kept with the item and cleaned
by `pipeline.clean.extract_page`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from pipeline.fetch import FetchConfig, FetchFailure, HttpSource, _Answer
from pipeline.models import FeedSpec, FetchResult

log = logging.getLogger(__name__)

DEFAULT_PAGE_DELAY = 1.0  # seconds between two requests to one host
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class PageRequest:
    key: str  # the item id the page belongs to
    url: str


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    url: str
    final_url: str | None = None
    html: bytes | None = None
    error: str | None = None


class _DocumentSource(HttpSource):
    """An `HttpSource` for web documents rather than feeds: the body is kept as sent
    (the cleaner detects its encoding); `accept` lists the content types taken."""

    def __init__(self, config: FetchConfig, accept: tuple[str, ...]) -> None:
        super().__init__(config)
        self.accept = accept

    def _vet_body(self, status: int, headers: dict[str, str], raw: bytes, url: str) -> _Answer:
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype and not ctype.startswith(self.accept):
            raise FetchFailure(f"not a web page (content type {ctype})", status=status)
        if b"\x00" in raw[:1024]:
            raise FetchFailure("binary data, not a web page", status=status)
        return _Answer(status, headers, raw, url)


def fetch_pages(
    requests: Sequence[PageRequest], config: FetchConfig, delay: float = DEFAULT_PAGE_DELAY
) -> list[Page]:
    """Fetch the pages robots.txt allows; one `Page` per request, in order, never raising.
    `delay` is the pause between two requests to one host."""
    if not requests:
        return []
    polite = replace(config, per_host_delay=delay)
    rules = _robots_rules({_origin(r.url) for r in requests}, polite)
    allowed = [r for r in requests if _allowed(rules.get(_origin(r.url)), polite, r.url)]
    source = _DocumentSource(polite, _HTML_TYPES)
    specs = [FeedSpec(id=r.key, url=r.url) for r in allowed]
    fetched = {res.feed_id: res for res in source.fetch(specs, {})}
    pages = []
    for r in requests:
        result = fetched.get(r.key)
        if result is None:
            pages.append(Page(r.key, r.url, error=f"page {r.url}: disallowed by robots.txt"))
        elif result.error:
            pages.append(Page(r.key, r.url, error=_page_error(result)))
        else:
            pages.append(Page(r.key, r.url, final_url=result.final_url, html=result.body))
    return pages


def _page_error(result: FetchResult) -> str:
    # The HTTP layer names a feed; here it is a page.
    prefix = f"feed {result.feed_id!r} "
    return "page " + (result.error or "").removeprefix(prefix)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _robots_rules(origins: set[str], config: FetchConfig) -> dict[str, RobotFileParser | None]:
    """robots.txt per origin. A missing file (4xx) allows everything; an unreachable one
    (5xx, network) allows nothing, as RFC 9309 asks."""
    source = _DocumentSource(config, ("text/plain", "text/html"))
    specs = [FeedSpec(id=o, url=f"{o}/robots.txt") for o in sorted(origins)]
    results: Mapping[str, FetchResult] = {r.feed_id: r for r in source.fetch(specs, {})}
    rules: dict[str, RobotFileParser | None] = {}
    for origin, result in results.items():
        if result.error and result.status is not None and 400 <= result.status < 500:
            rules[origin] = None  # no robots.txt: everything allowed
            continue
        parser = RobotFileParser()
        if result.error:
            log.warning(
                "robots.txt of %s unreachable (%s): not fetching its pages", origin, result.error
            )
            parser.disallow_all = True
        else:
            parser.parse((result.body or b"").decode("utf-8", "replace").splitlines())
        rules[origin] = parser
    return rules


def _allowed(rules: RobotFileParser | None, config: FetchConfig, url: str) -> bool:
    if rules is None:
        return True
    ok = rules.can_fetch(config.user_agent, url)
    if not ok:
        log.info("robots.txt disallows %s", url)
    return ok


def needs_page(content_html: str, link: str | None) -> bool:
    """An item whose feed gives only a summary, with a page to fetch."""
    return not content_html.strip() and bool(link) and urlsplit(link).scheme in ("http", "https")
