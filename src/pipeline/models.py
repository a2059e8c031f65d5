"""Typed records that cross stage boundaries.

Every stage takes and returns these, never loose dicts, so that a field renamed in one
place is caught everywhere. Field names of `Event` and `Person` follow
`shared/TAXONOMY.md` exactly; `to_dict()` gives the evaluation-contract shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "tariff": (
        "threatened",
        "announced",
        "in_effect",
        "paused",
        "reduced",
        "exempted",
        "removed",
    ),
    "nontariff_measure": (
        "threatened",
        "announced",
        "in_effect",
        "paused",
        "reduced",
        "exempted",
        "removed",
    ),
    "trade_talks": ("planned", "ongoing", "suspended", "resumed"),
    "leader_contact": ("planned", "held"),
    "trade_agreement": ("proposed", "reached", "signed", "under_review", "terminated"),
    "trade_dispute": ("filed", "ruled", "appealed", "settled"),
}

SYMMETRIC_TYPES = frozenset({"trade_talks", "leader_contact", "trade_agreement"})

PRODUCTS: tuple[str, ...] = (
    "autos",
    "auto_parts",
    "steel",
    "aluminum",
    "copper",
    "lumber",
    "energy",
    "electricity",
    "oil_gas",
    "potash",
    "critical_minerals",
    "dairy",
    "agriculture",
    "seafood",
    "alcohol",
    "pharmaceuticals",
    "digital_services",
    "consumer_goods",
    "all_goods",
)


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed of a registry (YAML `feeds:` entry)."""

    id: str
    url: str
    name: str = ""
    publisher: str = ""
    country: str = ""
    language: str = "en"
    tags: tuple[str, ...] = ()
    enabled: bool = True
    poll_interval_minutes: int | None = None


@dataclass(slots=True)
class FetchResult:
    """What a source returned for one feed: the body and headers, or an error."""

    feed_id: str
    url: str
    status: int | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    # Earliest time the feed should be polled again (Cache-Control max-age, <ttl>, ...).
    next_poll_at: datetime | None = None
    # True when the server answered 304 or the body hash equals the last one seen:
    # nothing to parse.
    not_modified: bool = False
    # Where a permanent redirect (301/308) moved the feed; the registry URL is kept as is.
    permanent_url: str | None = None
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.error is None and (self.body is not None or self.not_modified)


@dataclass(slots=True)
class FeedState:
    """What the warehouse remembers about a feed between runs (conditional GET, health)."""

    feed_id: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    effective_url: str | None = None
    next_poll_at: datetime | None = None
    consecutive_failures: int = 0


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One raw feed entry as the parser saw it (before cleaning)."""

    feed_id: str
    guid: str | None
    link: str | None
    title: str
    summary_html: str
    content_html: str
    published: datetime | None  # UTC, naive-free: always tz-aware when set
    author: str | None = None
    position: int = 0  # index of the entry in its feed, for stable ordering


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned, deduplicated article ready for extraction."""

    article_id: str
    feed_id: str
    item_key: str  # the dedup key of the item it came from
    url: str | None
    canonical_url: str | None
    guid: str | None
    title: str
    text: str
    language: str | None
    published: datetime | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class Value:
    amount: float
    currency: str

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "currency": self.currency}


@dataclass(slots=True)
class Event:
    """One Canada-US trade event, in the shape of shared/TAXONOMY.md.

    `rule` names the pattern that produced the event, so every event is explainable.
    """

    type: str
    status: str
    initiator: str
    target: str
    retaliatory: bool = False
    rate_pct: float | None = None
    value: Value | None = None
    products: list[str] = field(default_factory=list)
    effective_date: date | None = None
    evidence: str = ""
    char_start: int = 0
    char_end: int = 0
    confidence: float = 0.5
    rule: str = ""
    # Legal authority the evidence names (`section_232`, `section_301`, `ieepa`,
    # `ca_surtax_order`, ...; see extract/authority.py), None when it names none.
    authority: str | None = None
    # True when the text places the happening in a year before the article's ("the 2018
    # tariffs"): background, not news of the day.
    historical: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["value"] = self.value.to_dict() if self.value else None
        d["effective_date"] = self.effective_date.isoformat() if self.effective_date else None
        return d


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str | None
    country: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "country": self.country}


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: `text` is exactly the cleaned text at [char_start, char_end), without
    the quotation marks. The speaker, role and country are None when not attributable."""

    text: str
    speaker: str | None
    role: str | None
    country: str | None
    char_start: int
    char_end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """What the extractor reads: the `pipeline extract` JSON Lines contract."""

    id: str
    title: str
    text: str
    published: datetime | None = None


@dataclass(slots=True)
class Extraction:
    """What the extractor returns for one article."""

    id: str
    relevant: bool
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    error: str | None = None
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "relevant": self.relevant,
            "events": [e.to_dict() for e in self.events],
            "people": [p.to_dict() for p in self.people],
            "quotes": [q.to_dict() for q in self.quotes],
        }
        if self.error:
            d["error"] = self.error
        return d
