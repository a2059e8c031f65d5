"""Exact deduplication of feed items: canonical URLs, guids and content hashes.

An item is identified inside its feed by `item_id` (guid, else link, else its text), so a
feed re-read adds nothing. Across feeds, an item whose canonical URL, guid or content hash
is already known belongs to the article that key points to: it is stored as a raw item
linked to that article, never silently dropped, and no second article is made.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the click; they never change the page.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "cmp",
        "ncid",
        "sr_share",
        "mbid",
        "ito",
        "ref_src",
        "s_cid",
        "spm",
        "taid",
        "cid_source",
        "rss",
        "feedtype",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__hs", "vero_", "oly_")
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]")


def canonical_url(url: str | None) -> str | None:
    """Normalise a URL for identity: lowercase scheme and host, no default port,
    no fragment, no tracking parameters, remaining parameters sorted."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = host if port is None or str(port) == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_PARAMS and not k.lower().startswith(_TRACKING_PREFIXES)
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def normalise_for_hash(text: str) -> str:
    """Text as compared for exact duplicates: case, punctuation and spacing folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WS.sub(" ", _NON_WORD.sub(" ", folded)).strip()


def content_hash(title: str, text: str) -> str:
    body = normalise_for_hash(text) or normalise_for_hash(title)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def item_id(feed_id: str, guid: str | None, link: str | None, content_digest: str) -> str:
    """Stable identity of a raw entry inside its feed."""
    identity = guid or canonical_url(link) or content_digest
    return _short_hash(f"{feed_id}\x00{identity}")


def article_id_for(first_key: str) -> str:
    return _short_hash(first_key)


def _short_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cleaned item about to be deduplicated."""

    item_id: str
    feed_id: str
    guid: str | None
    canonical_url: str | None
    content_hash: str

    def dedup_keys(self) -> list[str]:
        """Dedup keys, strongest first; the first one names a new article."""
        keys = []
        if self.canonical_url:
            keys.append(f"url:{self.canonical_url}")
        if self.guid:
            keys.append(f"guid:{self.feed_id}:{self.guid}")
        keys.append(f"hash:{self.content_hash}")
        return keys


@dataclass(frozen=True, slots=True)
class Decision:
    item_id: str
    article_id: str
    outcome: str  # "new" (a new article), "duplicate" (an existing article), "seen" (item known)
    matched_key: str | None = None


@dataclass(slots=True)
class DedupResult:
    decisions: list[Decision] = field(default_factory=list)
    # Keys to record for future runs: key -> article id.
    new_keys: dict[str, str] = field(default_factory=dict)


def dedup(
    candidates: Iterable[Candidate],
    known_items: Mapping[str, str],
    known_keys: Mapping[str, str],
) -> DedupResult:
    """Decide, for each candidate in order, whether it is seen, a duplicate or new.

    `known_items` maps item ids already stored to their article; `known_keys` maps dedup
    keys already stored to their article. Both come from the warehouse; the function
    itself is pure.
    """
    result = DedupResult()
    items_this_run: dict[str, str] = {}
    for cand in candidates:
        if cand.item_id in known_items:
            result.decisions.append(Decision(cand.item_id, known_items[cand.item_id], "seen"))
            continue
        if cand.item_id in items_this_run:
            # The same entry twice in one fetch (a feed repeating a guid).
            article = items_this_run[cand.item_id]
            result.decisions.append(Decision(cand.item_id, article, "duplicate", "item_id"))
            continue
        keys = cand.dedup_keys()
        match = next((k for k in keys if k in result.new_keys or k in known_keys), None)
        if match is not None:
            article = result.new_keys.get(match) or known_keys[match]
            outcome = "duplicate"
        else:
            article = article_id_for(keys[0])
            outcome = "new"
        for key in keys:
            if key not in known_keys:
                result.new_keys.setdefault(key, article)
        items_this_run[cand.item_id] = article
        result.decisions.append(Decision(cand.item_id, article, outcome, match))
    return result
