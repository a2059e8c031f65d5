"""Score extractor output against the labelled development set.

Implements the rules of `shared/TAXONOMY.md`, section "How output is scored":

* Relevance: precision and recall of *relevant* over articles. A gold article with no
  prediction counts as predicted not relevant, with no events and no people.
* Events, per article: a predicted event can match a gold event when `type`, `initiator`
  and `target` agree. For `SYMMETRIC_TYPES` the pair is unordered. `WORLD` as a party
  equals any code other than the counterpart (the US->WORLD tariff matches US->CA).
  Each gold event matches at most one predicted event and vice versa. The assignment is
  *optimal*: among the assignments with the most matched pairs, the one with the largest
  total attribute agreement (status, retaliatory, rate_pct, effective_date: 1 each;
  products: their Jaccard overlap) is chosen (Hungarian algorithm). Then precision, recall
  and F1 are micro-averaged over all articles, overall and per type. Predicted events
  count as emitted, also when the prediction says `relevant: false`.
* Attributes, over matched pairs: accuracy of `status`, `retaliatory`, `rate_pct`
  (numbers equal within 1e-6, null == null) and `effective_date` (ISO day), and the mean
  Jaccard overlap of `products` (two empty lists: 1.0).
* People, over gold-relevant articles only: precision and recall of the set of
  (last name, country) pairs per article; the last name is compared case- and
  accent-insensitively.
* Evidence exactness: the share of predicted events whose `evidence` equals
  `text[char_start:char_end]` of the gold article text. Reported, never scored.

A ratio whose denominator is zero is reported as 0.0.

Usage: ``python -m pipeline.evaluate tests/devset/gold.jsonl predictions.jsonl [--json]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline.models import EVENT_TYPES, PRODUCTS, SYMMETRIC_TYPES

log = logging.getLogger(__name__)

WORLD = "WORLD"
RATE_TOLERANCE = 1e-6
ATTRIBUTES = ("status", "retaliatory", "rate_pct", "effective_date", "products")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


class GoldFormatError(ValueError):
    """A line of the gold file does not follow the format; the message names the line."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class GoldValue:
    amount: float
    currency: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    status: str
    initiator: str
    target: str
    retaliatory: bool
    rate_pct: float | None
    value: GoldValue | None
    products: tuple[str, ...]
    effective_date: date | None
    evidence: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class GoldPerson:
    name: str
    role: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    outlet: str
    title: str
    published: datetime
    text: str
    relevant: bool
    events: tuple[GoldEvent, ...] = ()
    people: tuple[GoldPerson, ...] = ()


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives and the ratios derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class AttributeScores:
    """Agreement over matched event pairs; `products` holds the summed Jaccard overlap."""

    pairs: int = 0
    status: int = 0
    retaliatory: int = 0
    rate_pct: int = 0
    effective_date: int = 0
    products: float = 0.0

    def accuracy(self, attribute: str) -> float:
        if attribute not in ATTRIBUTES:
            raise KeyError(attribute)
        return _ratio(getattr(self, attribute), self.pairs)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"pairs": self.pairs}
        for attribute in ATTRIBUTES[:-1]:
            d[attribute] = self.accuracy(attribute)
        d["products_jaccard"] = self.accuracy("products")
        return d


@dataclass(slots=True)
class EventMatch:
    """One matched pair: indices into the gold and the predicted event lists."""

    gold_index: int
    pred_index: int
    type: str
    agreement: float


@dataclass(slots=True)
class ArticleScore:
    """What happened in one article, for error analysis."""

    id: str
    gold_relevant: bool
    pred_relevant: bool
    events: Counts = field(default_factory=Counts)
    matches: list[EventMatch] = field(default_factory=list)
    unmatched_gold: list[int] = field(default_factory=list)
    unmatched_pred: list[int] = field(default_factory=list)
    people: Counts = field(default_factory=Counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "gold_relevant": self.gold_relevant,
            "pred_relevant": self.pred_relevant,
            "events": self.events.to_dict(),
            "matches": [asdict(m) for m in self.matches],
            "unmatched_gold": list(self.unmatched_gold),
            "unmatched_pred": list(self.unmatched_pred),
            "people": self.people.to_dict(),
        }


@dataclass(slots=True)
class EvalReport:
    articles: int = 0
    missing_predictions: int = 0
    relevance: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)
    events_by_type: dict[str, Counts] = field(default_factory=dict)
    attributes: AttributeScores = field(default_factory=AttributeScores)
    people: Counts = field(default_factory=Counts)
    evidence_checked: int = 0
    evidence_exact: int = 0
    per_article: list[ArticleScore] = field(default_factory=list)

    @property
    def evidence_exact_share(self) -> float:
        return _ratio(self.evidence_exact, self.evidence_checked)

    def to_dict(self, per_article: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "articles": self.articles,
            "missing_predictions": self.missing_predictions,
            "relevance": self.relevance.to_dict(),
            "events": self.events.to_dict(),
            "events_by_type": {t: c.to_dict() for t, c in sorted(self.events_by_type.items())},
            "attributes": self.attributes.to_dict(),
            "people": self.people.to_dict(),
            "evidence": {
                "checked": self.evidence_checked,
                "exact": self.evidence_exact,
                "exact_share": self.evidence_exact_share,
            },
        }
        if per_article:
            d["per_article"] = [a.to_dict() for a in self.per_article]
        return d


# --------------------------------------------------------------------------- loading


def _fail(line_no: int, message: str) -> GoldFormatError:
    return GoldFormatError(f"gold line {line_no}: {message}")


def _parse_date(value: Any) -> date | None:
    """An ISO day (or the day of an ISO timestamp); None for null or unparseable input."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def _parse_gold_event(raw: Any, text: str, line_no: int, k: int) -> GoldEvent:
    where = f"event {k}"
    if not isinstance(raw, dict):
        raise _fail(line_no, f"{where} is not an object")
    for key in ("type", "status", "initiator", "target", "evidence"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise _fail(line_no, f"{where}: '{key}' must be a non-empty string")
    etype, status = raw["type"], raw["status"]
    if etype not in EVENT_TYPES:
        raise _fail(line_no, f"{where}: unknown type {etype!r}")
    if status not in EVENT_TYPES[etype]:
        raise _fail(line_no, f"{where}: status {status!r} not allowed for {etype!r}")
    if raw["initiator"] == WORLD:
        raise _fail(line_no, f"{where}: initiator cannot be WORLD")
    if raw["initiator"] == raw["target"]:
        raise _fail(line_no, f"{where}: initiator and target are both {raw['target']!r}")
    if not isinstance(raw.get("retaliatory"), bool):
        raise _fail(line_no, f"{where}: 'retaliatory' must be true or false")
    rate = raw.get("rate_pct")
    if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float)):
        raise _fail(line_no, f"{where}: 'rate_pct' must be a number or null")
    value = raw.get("value")
    gold_value = None
    if value is not None:
        if (
            not isinstance(value, dict)
            or not isinstance(value.get("amount"), int | float)
            or not isinstance(value.get("currency"), str)
        ):
            raise _fail(line_no, f"{where}: 'value' must be null or {{amount, currency}}")
        gold_value = GoldValue(float(value["amount"]), value["currency"])
    products = raw.get("products")
    if not isinstance(products, list) or not all(isinstance(p, str) for p in products):
        raise _fail(line_no, f"{where}: 'products' must be a list of labels")
    unknown = [p for p in products if p not in PRODUCTS]
    if unknown:
        raise _fail(line_no, f"{where}: unknown products {unknown}")
    eff = raw.get("effective_date")
    eff_date = None
    if eff is not None:
        if not isinstance(eff, str):
            raise _fail(line_no, f"{where}: 'effective_date' must be an ISO date or null")
        try:
            eff_date = date.fromisoformat(eff)
        except ValueError:
            raise _fail(line_no, f"{where}: effective_date {eff!r} is not an ISO date") from None
        if len(eff) != 10:
            raise _fail(line_no, f"{where}: effective_date {eff!r} is not YYYY-MM-DD")
    start, end = raw.get("char_start"), raw.get("char_end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        raise _fail(line_no, f"{where}: 'char_start' and 'char_end' must be integers")
    if text[start:end] != raw["evidence"]:
        raise _fail(line_no, f"{where}: evidence is not text[{start}:{end}]")
    return GoldEvent(
        type=etype,
        status=status,
        initiator=raw["initiator"],
        target=raw["target"],
        retaliatory=raw["retaliatory"],
        rate_pct=None if rate is None else float(rate),
        value=gold_value,
        products=tuple(products),
        effective_date=eff_date,
        evidence=raw["evidence"],
        char_start=start,
        char_end=end,
    )


def parse_gold_line(line: str, line_no: int = 1) -> GoldArticle:
    """One gold article from one JSON line; raises GoldFormatError naming `line_no`."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _fail(line_no, f"invalid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise _fail(line_no, "not a JSON object")
    for key in ("id", "outlet", "title", "published", "text"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise _fail(line_no, f"'{key}' must be a non-empty string")
    try:
        published = datetime.fromisoformat(raw["published"])
    except ValueError:
        raise _fail(line_no, f"published {raw['published']!r} is not ISO 8601") from None
    if published.tzinfo is None:
        raise _fail(line_no, "published has no UTC offset")
    if not isinstance(raw.get("relevant"), bool):
        raise _fail(line_no, "'relevant' must be true or false")
    events_raw = raw.get("events", [])
    people_raw = raw.get("people", [])
    if not isinstance(events_raw, list) or not isinstance(people_raw, list):
        raise _fail(line_no, "'events' and 'people' must be lists")
    events = tuple(_parse_gold_event(e, raw["text"], line_no, k) for k, e in enumerate(events_raw))
    if raw["relevant"] != bool(events):
        raise _fail(line_no, "'relevant' must be true exactly when there are events")
    if not raw["relevant"] and people_raw:
        raise _fail(line_no, "people are listed only for relevant articles")
    people = []
    for k, p in enumerate(people_raw):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"]:
            raise _fail(line_no, f"person {k}: 'name' must be a non-empty string")
        country = p.get("country")
        if not isinstance(country, str) or not country:
            raise _fail(line_no, f"person {k}: 'country' must be a non-empty string")
        people.append(GoldPerson(p["name"], p.get("role"), country))
    return GoldArticle(
        id=raw["id"],
        outlet=raw["outlet"],
        title=raw["title"],
        published=published,
        text=raw["text"],
        relevant=raw["relevant"],
        events=events,
        people=tuple(people),
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """All articles of a gold JSON Lines file; blank lines are skipped, ids must be unique."""
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    with Path(path).open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            article = parse_gold_line(line, line_no)
            if article.id in seen:
                raise _fail(line_no, f"duplicate id {article.id!r}")
            seen.add(article.id)
            articles.append(article)
    log.info("loaded %d gold articles from %s", len(articles), path)
    return articles


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Extractor output (`pipeline extract` JSON Lines) keyed by article id."""
    out: dict[str, dict[str, Any]] = {}
    with Path(path).open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"predictions line {line_no}: invalid JSON: {exc}") from None
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise ValueError(f"predictions line {line_no}: object with an 'id' expected")
            out[raw["id"]] = raw
    return out


# --------------------------------------------------------------------------- matching


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _code(value: Any) -> str:
    return str(value).strip().upper() if value is not None else ""


def _party_equal(a: str, b: str, counterpart: str) -> bool:
    """Two codes for the same slot; WORLD equals any code except the counterpart."""
    if a == b:
        return True
    if a == WORLD:
        return b != counterpart
    if b == WORLD:
        return a != counterpart
    return False


def parties_match(etype: str, gold_pair: tuple[str, str], pred_pair: tuple[str, str]) -> bool:
    """Whether (initiator, target) pairs agree under the taxonomy's rules for `etype`."""
    gi, gt = (_code(x) for x in gold_pair)
    pi, pt = (_code(x) for x in pred_pair)
    if etype not in SYMMETRIC_TYPES:
        # Directed: the initiator must agree; WORLD only ever stands for a target.
        return pi == gi and _party_equal(gt, pt, gi)
    for a, b in ((pi, pt), (pt, pi)):
        if a == gi and _party_equal(gt, b, gi):
            return True
        if b == gt and _party_equal(gi, a, gt):
            return True
    return False


def _rate_equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=0.0, abs_tol=RATE_TOLERANCE)
    except (TypeError, ValueError):
        return False


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two label sets; two empty sets give 1.0."""
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _pred_products(pred: Mapping[str, Any]) -> list[str]:
    products = pred.get("products") or []
    return [str(p) for p in products] if isinstance(products, list | tuple) else []


def attribute_agreement(gold: GoldEvent, pred: Mapping[str, Any]) -> dict[str, float]:
    """Per-attribute agreement of one pair: 1.0/0.0, products as Jaccard."""
    return {
        "status": float(gold.status == pred.get("status")),
        "retaliatory": float(gold.retaliatory == bool(pred.get("retaliatory", False))),
        "rate_pct": float(_rate_equal(gold.rate_pct, pred.get("rate_pct"))),
        "effective_date": float(gold.effective_date == _parse_date(pred.get("effective_date"))),
        "products": jaccard(gold.products, _pred_products(pred)),
    }


def _hungarian_max(weights: list[list[float]]) -> list[int]:
    """Maximum-weight assignment of rows to columns (rows <= columns).

    Returns, for each row, its column. O(n^2 m) potentials-based Hungarian algorithm.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0:
        return []
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row assigned to column j (1-based), 0 = none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    assignment = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            assignment[p[j] - 1] = j - 1
    return assignment


def match_events(
    gold: Sequence[GoldEvent], predicted: Sequence[Mapping[str, Any]]
) -> list[EventMatch]:
    """Optimal one-to-one matching of one article's events.

    Maximises the number of matched pairs first, then the summed attribute agreement.
    """
    if not gold or not predicted:
        return []
    agreement: dict[tuple[int, int], float] = {}
    for gi, g in enumerate(gold):
        for pj, p in enumerate(predicted):
            if p.get("type") != g.type:
                continue
            if not parties_match(
                g.type, (g.initiator, g.target), (p.get("initiator"), p.get("target"))
            ):
                continue
            agreement[gi, pj] = sum(attribute_agreement(g, p).values())
    if not agreement:
        return []
    # One more pair always outweighs any gain in agreement (at most 5 per pair).
    pair_bonus = 5.0 * min(len(gold), len(predicted)) + 1.0
    transpose = len(gold) > len(predicted)
    rows, cols = (len(predicted), len(gold)) if transpose else (len(gold), len(predicted))
    weights = [[0.0] * cols for _ in range(rows)]
    for (gi, pj), a in agreement.items():
        r, c = (pj, gi) if transpose else (gi, pj)
        weights[r][c] = pair_bonus + a
    matches = []
    for r, c in enumerate(_hungarian_max(weights)):
        gi, pj = (c, r) if transpose else (r, c)
        if (gi, pj) in agreement:
            matches.append(EventMatch(gi, pj, gold[gi].type, agreement[gi, pj]))
    matches.sort(key=lambda m: (m.gold_index, m.pred_index))
    return matches


# --------------------------------------------------------------------------- people


def last_name_key(name: str) -> str:
    """Last name, lower-cased and without accents ('Mélanie Joly' -> 'joly')."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    tokens = [t.strip(".,;:'\"()") for t in plain.replace(",", " ").split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and tokens[-1] in _NAME_SUFFIXES:
        tokens.pop()
    return tokens[-1] if tokens else ""


def _people_keys(people: Iterable[Any]) -> set[tuple[str, str]]:
    keys = set()
    for person in people:
        if isinstance(person, Mapping):
            name, country = person.get("name"), person.get("country")
        else:
            name, country = getattr(person, "name", None), getattr(person, "country", None)
        if not isinstance(name, str) or not name.strip():
            continue
        keys.add((last_name_key(name), _code(country)))
    return keys


# --------------------------------------------------------------------------- scoring


def _evidence_exact(text: str, event: Mapping[str, Any]) -> bool:
    start, end, evidence = event.get("char_start"), event.get("char_end"), event.get("evidence")
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(evidence, str):
        return False
    if not 0 <= start <= end <= len(text):
        return False
    return text[start:end] == evidence


def score(gold: Sequence[GoldArticle], predicted: Mapping[str, Mapping[str, Any]]) -> EvalReport:
    """Score predictions (article id -> `pipeline extract` output dict) against gold."""
    report = EvalReport(articles=len(gold))
    gold_ids = {a.id for a in gold}
    extra = sorted(set(predicted) - gold_ids)
    if extra:
        log.warning("%d predictions for ids not in gold are ignored: %s", len(extra), extra[:5])
    for article in gold:
        pred = predicted.get(article.id)
        if pred is None:
            report.missing_predictions += 1
            pred = {"id": article.id, "relevant": False, "events": [], "people": []}
        pred_relevant = bool(pred.get("relevant", False))
        pred_events = [e for e in (pred.get("events") or []) if isinstance(e, Mapping)]
        a_score = ArticleScore(article.id, article.relevant, pred_relevant)

        if article.relevant and pred_relevant:
            report.relevance.tp += 1
        elif pred_relevant:
            report.relevance.fp += 1
        elif article.relevant:
            report.relevance.fn += 1

        matches = match_events(article.events, pred_events)
        a_score.matches = matches
        matched_gold = {m.gold_index for m in matches}
        matched_pred = {m.pred_index for m in matches}
        a_score.unmatched_gold = [i for i in range(len(article.events)) if i not in matched_gold]
        a_score.unmatched_pred = [j for j in range(len(pred_events)) if j not in matched_pred]
        a_score.events = Counts(
            len(matches), len(a_score.unmatched_pred), len(a_score.unmatched_gold)
        )
        report.events.add(a_score.events)
        for m in matches:
            report.events_by_type.setdefault(m.type, Counts()).tp += 1
            agree = attribute_agreement(article.events[m.gold_index], pred_events[m.pred_index])
            report.attributes.pairs += 1
            report.attributes.status += int(agree["status"])
            report.attributes.retaliatory += int(agree["retaliatory"])
            report.attributes.rate_pct += int(agree["rate_pct"])
            report.attributes.effective_date += int(agree["effective_date"])
            report.attributes.products += agree["products"]
        for j in a_score.unmatched_pred:
            etype = str(pred_events[j].get("type"))
            report.events_by_type.setdefault(etype, Counts()).fp += 1
        for i in a_score.unmatched_gold:
            report.events_by_type.setdefault(article.events[i].type, Counts()).fn += 1

        for event in pred_events:
            report.evidence_checked += 1
            report.evidence_exact += int(_evidence_exact(article.text, event))

        if article.relevant:
            gold_people = _people_keys(article.people)
            pred_people = _people_keys(pred.get("people") or [])
            a_score.people = Counts(
                len(gold_people & pred_people),
                len(pred_people - gold_people),
                len(gold_people - pred_people),
            )
            report.people.add(a_score.people)
        report.per_article.append(a_score)
    return report


# --------------------------------------------------------------------------- output


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for k, row in enumerate([header, *rows]):
        cells = [
            str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i])
            for i, c in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _counts_row(label: str, c: Counts) -> list[str]:
    return [
        label,
        str(c.tp),
        str(c.fp),
        str(c.fn),
        f"{c.precision:.3f}",
        f"{c.recall:.3f}",
        f"{c.f1:.3f}",
    ]


def format_report(report: EvalReport) -> str:
    """The report as an aligned plain-text table."""
    header = ["", "tp", "fp", "fn", "precision", "recall", "f1"]
    rows = [
        _counts_row("relevance", report.relevance),
        _counts_row("events (all)", report.events),
    ]
    ordered = [t for t in EVENT_TYPES if t in report.events_by_type]
    ordered += sorted(t for t in report.events_by_type if t not in EVENT_TYPES)
    rows += [_counts_row(f"  {t}", report.events_by_type[t]) for t in ordered]
    rows.append(_counts_row("people", report.people))
    lines = [
        f"articles: {report.articles}  (missing predictions: {report.missing_predictions})",
        "",
        *_table(header, rows),
        "",
    ]
    attr = report.attributes
    attr_rows = [
        [name, f"{attr.accuracy(name):.3f}"]
        for name in ("status", "retaliatory", "rate_pct", "effective_date")
    ]
    attr_rows.append(["products (mean Jaccard)", f"{attr.accuracy('products'):.3f}"])
    lines += _table([f"attributes over {attr.pairs} matched pairs", "score"], attr_rows)
    lines += [
        "",
        f"evidence exact at offsets: {report.evidence_exact}/{report.evidence_checked}"
        f" ({report.evidence_exact_share:.3f}, not scored)",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--per-article", action="store_true", help="include per-article rows")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    report = score(load_gold(args.gold), load_predictions(args.predictions))
    if args.json:
        out = json.dumps(report.to_dict(per_article=args.per_article), indent=2)
        sys.stdout.write(out + "\n")
    else:
        sys.stdout.write(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
