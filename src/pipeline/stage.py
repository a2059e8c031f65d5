"""Staged pipeline runs: each DAG step as a plain function over small references.

The Airflow DAGs (see `dags/`) pass only run ids and batch numbers between tasks; the
records themselves are JSON Lines files under one staging root, addressed by run id and
batch number, so workers on several machines share them through object storage or a
shared volume:

    <root>/runs/<run_id>/plan.json             feeds, their states and the batches
    <root>/runs/<run_id>/fetch/<batch>.jsonl    per feed: fetch record, cleaned items
    <root>/runs/<run_id>/fetch/<batch>.error    why a fetch task failed (its callback)
    <root>/runs/<run_id>/batch.json             the run after dedup (no articles yet)
    <root>/runs/<run_id>/articles.jsonl         the new articles, to extract
    <root>/runs/<run_id>/extracted.jsonl        their extraction results
    <root>/runs/<run_id>/extract.json           the extractor version that made them

Every step is idempotent: it overwrites its own outputs, and `load_run` loads a run id
at most once, so a retried task or a re-run DAG run leaves the same rows.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import logging
import os
import shutil
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

import duckdb

from pipeline import warehouse
from pipeline.batch import ArticleRecord, FetchRecord, RunBatch, RunCounts
from pipeline.dedup import Candidate
from pipeline.health import is_due
from pipeline.models import Article, FeedItem, FeedSpec, FeedState
from pipeline.registry import load_registry
from pipeline.settings import Settings
from pipeline.sources import (
    FeedSource,
    RoutingSource,
    SampleSource,
    resolve_registry,
)

log = logging.getLogger(__name__)


class StageError(RuntimeError):
    """Staged data missing or unusable; the message says which run and file."""


class PlanMissing(StageError):
    """A run without a staged plan: its first tasks failed."""


class ConfError(ValueError):
    """A DAG run configuration that cannot be used; the message says why."""


class QualityError(RuntimeError):
    """Data-quality checks failed after a load; the message lists every problem."""


# --- JSON codec for the typed records --------------------------------------------------


def encode(obj: Any) -> Any:
    """A JSON-able form of a record (dataclasses, datetimes, bytes, tuples, ...)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    if isinstance(obj, list | tuple):
        return [encode(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


def decode(tp: Any, data: Any) -> Any:
    """Rebuild a value of type `tp` from `encode`'s output, guided by the type hints."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return decode(inner[0], data)
    if origin is list:
        return [decode(typing.get_args(tp)[0], v) for v in data]
    if origin is tuple:
        return tuple(decode(typing.get_args(tp)[0], v) for v in data)
    if origin is dict:
        value_type = typing.get_args(tp)[1]
        return {k: decode(value_type, v) for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: decode(hints[k], v) for k, v in data.items() if k in hints})
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is date:
        return date.fromisoformat(data)
    if tp is bytes:
        return base64.b64decode(data)
    return data


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        names = {f.name for f in dataclasses.fields(cls)}
        _HINTS[cls] = {k: v for k, v in typing.get_type_hints(cls).items() if k in names}
    return _HINTS[cls]


# --- the staging area ------------------------------------------------------------------


class StagePath(Protocol):
    """What staging needs of a path: `pathlib.Path` and Airflow's `ObjectStoragePath`."""

    def __truediv__(self, other: str) -> StagePath: ...
    def open(self, mode: str = ...) -> Any: ...
    def exists(self) -> bool: ...
    def mkdir(self, parents: bool = ..., exist_ok: bool = ...) -> None: ...
    def iterdir(self) -> Iterator[StagePath]: ...

    @property
    def name(self) -> str: ...


def staging_root(root: str) -> StagePath:
    """The staging root as a path: `ObjectStoragePath` for URLs (s3://, gs://, file://),
    a plain local path otherwise."""
    if "://" in root:
        from airflow.sdk import ObjectStoragePath  # only needed for object storage

        return ObjectStoragePath(root)
    return Path(root).resolve()


def run_dir(settings: Settings, run_id: str) -> StagePath:
    return staging_root(settings.staging_root) / "runs" / run_id


def _write_json(path: StagePath, obj: Any) -> None:
    _write_lines(path, [obj])


def _write_lines(path: StagePath, objs: Iterable[Any]) -> None:
    # Written whole, then moved into place where the store allows it, so a reader never
    # sees half a file from a killed task.
    path_parent = _parent(path)
    path_parent.mkdir(parents=True, exist_ok=True)
    if isinstance(path, Path):
        tmp = path.with_name(f".{path.name}.tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for obj in objs:
                out.write(json.dumps(encode(obj), ensure_ascii=False) + "\n")
        os.replace(tmp, path)
        return
    with path.open("w") as out:  # object stores write an object atomically on close
        for obj in objs:
            out.write(json.dumps(encode(obj), ensure_ascii=False) + "\n")


def _parent(path: StagePath) -> StagePath:
    return path.parent  # type: ignore[attr-defined]


def _read_lines(path: StagePath) -> Iterator[Any]:
    if not path.exists():
        raise StageError(f"staged file {path} is missing: did an earlier task of this run fail?")
    with path.open("r") as src:
        for line in src:
            if line.strip():
                yield json.loads(line)


def _read_json(path: StagePath) -> Any:
    return next(_read_lines(path))


def remove_run(settings: Settings, run_id: str) -> None:
    """Delete a run's staged files (after it was loaded and checked)."""
    path = run_dir(settings, run_id)
    if isinstance(path, Path):
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.fs.rm(path.path, recursive=True)  # type: ignore[attr-defined]


# --- run ids and configuration ---------------------------------------------------------


def pipeline_run_id(airflow_run_id: str, run_after: datetime) -> str:
    """A pipeline run id derived from the Airflow run, so a retried or re-run DAG run
    loads under the same id (and `load_run` loads it once)."""
    digest = hashlib.sha256(airflow_run_id.encode("utf-8")).hexdigest()[:8]
    return f"{run_after.astimezone(UTC):%Y%m%dT%H%M%SZ}-af{digest}"


INGEST_CONF_KEYS = {
    "feeds": "list of feed ids to fetch now, due or not",
    "force": "true to fetch every enabled feed, due or not",
}


def registry_path(settings: Settings) -> Path:
    """`PIPELINE_FEEDS` as `pipeline run --feeds` reads it: a shipped registry's name
    (`samples`, `trade-beat`), a path, or unset for the samples."""
    return resolve_registry(settings.feeds_registry)


def check_ingest_conf(settings: Settings, conf: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validate a `trade_news_ingest` run configuration; raises `ConfError`.

    Returns the normalized configuration (a small dict, for XCom)."""
    conf = dict(conf or {})
    unknown = sorted(set(conf) - set(INGEST_CONF_KEYS))
    if unknown:
        allowed = "; ".join(f"{k}: {v}" for k, v in INGEST_CONF_KEYS.items())
        raise ConfError(f"unknown conf key(s) {unknown}; allowed keys are {allowed}")
    force = conf.get("force", False)
    if not isinstance(force, bool):
        raise ConfError(f"'force' must be true or false, got {force!r}")
    feeds = conf.get("feeds")
    if feeds is not None:
        if (
            not isinstance(feeds, list)
            or not feeds
            or not all(isinstance(f, str) and f.strip() for f in feeds)
        ):
            raise ConfError(f"'feeds' must be a non-empty list of feed ids, got {feeds!r}")
        path = registry_path(settings)
        known = {f.id for f in load_registry(path)}
        missing = sorted({f.strip() for f in feeds} - known)
        if missing:
            raise ConfError(f"unknown feed id(s) {missing}: not in the registry {path}")
        feeds = sorted({f.strip() for f in feeds})
    return {"feeds": feeds, "force": force}


# --- plan: which feeds, in which batches -----------------------------------------------


@dataclass(slots=True)
class Plan:
    run_id: str
    started_at: datetime
    registry: str
    feeds: list[FeedSpec]
    states: dict[str, FeedState]
    batches: list[list[str]]

    def feeds_of(self, batch: int) -> list[FeedSpec]:
        by_id = {f.id: f for f in self.feeds}
        return [by_id[i] for i in self.batches[batch]]


def _read_conn(db_path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only view of the warehouse; an empty migrated one before the first load
    (only `load_run` ever writes the file)."""
    if db_path.exists():
        return warehouse.connect(db_path, read_only=True)
    return warehouse.connect(":memory:")


def plan_run(
    settings: Settings, run_id: str, conf: Mapping[str, Any], now: datetime | None = None
) -> list[dict[str, Any]]:
    """Choose the feeds to fetch (the due ones, or those the conf names), split them into
    batches and stage the plan. Returns one reference per batch, for task mapping."""
    now = now or datetime.now(UTC)
    path = registry_path(settings)
    registry = load_registry(path)
    conn = _read_conn(settings.db_path)
    try:
        states = warehouse.feed_states(conn)
    finally:
        conn.close()
    wanted = set(conf.get("feeds") or ())
    if wanted:
        feeds = [f for f in registry if f.id in wanted]
    else:
        feeds = [
            f
            for f in registry
            if f.enabled and (conf.get("force") or is_due(states.get(f.id), now))
        ]
    size = settings.fetch_batch_size
    batches = [[f.id for f in feeds[i : i + size]] for i in range(0, len(feeds), size)]
    plan = Plan(
        run_id=run_id,
        started_at=now,
        registry=str(path),
        feeds=feeds,
        states={f.id: states[f.id] for f in feeds if f.id in states},
        batches=batches,
    )
    # A cleared and re-run DAG run starts over: files staged by its earlier attempt (fetch
    # batches of another plan, an old error) must not be read as this plan's.
    remove_run(settings, run_id)
    _write_json(run_dir(settings, run_id) / "plan.json", plan)
    log.info(
        "run %s: %d of %d feeds to fetch in %d batches",
        run_id,
        len(feeds),
        len(registry),
        len(batches),
    )
    return [{"run_id": run_id, "batch": i, "feeds": len(b)} for i, b in enumerate(batches)]


def read_plan(settings: Settings, run_id: str) -> Plan:
    path = run_dir(settings, run_id) / "plan.json"
    if not path.exists():
        raise PlanMissing(f"run {run_id} has no plan ({path}): its plan task did not succeed")
    return decode(Plan, _read_json(path))


# --- fetch, parse and clean one batch --------------------------------------------------


@dataclass(slots=True)
class StagedItem:
    """A cleaned item (`pipeline.run.CleanItem` without its feed spec)."""

    item: FeedItem
    title: str
    text: str
    candidate: Candidate


@dataclass(slots=True)
class StagedFeed:
    """One feed of a fetched batch: its fetch record, cleaned items and item failures."""

    record: FetchRecord
    items: list[StagedItem]
    failures: list[str]


def make_source(settings: Settings, registry: Path) -> FeedSource:
    """File feeds from the registry's folder, http(s) feeds through `HttpSource`."""
    try:
        from pipeline.fetch import FetchConfig, HttpSource
    except ImportError:  # sample-only installs: http feeds are reported as failed
        http = None
    else:
        http = HttpSource(
            FetchConfig(
                allow_private_hosts=settings.allow_private_hosts,
                max_concurrency=settings.fetch_concurrency,
            )
        )
    return RoutingSource(files=SampleSource(registry.parent), http=http)


def fetch_batch(
    settings: Settings, run_id: str, batch: int, source: FeedSource | None = None
) -> dict[str, Any]:
    """Fetch, parse and clean the feeds of one batch; stage them. One feed's failure is
    recorded in its fetch record, never raised."""
    from pipeline.run import clean_items, parse_stage

    plan = read_plan(settings, run_id)
    feeds = plan.feeds_of(batch)
    source = source or make_source(settings, Path(plan.registry))
    results = source.fetch(feeds, plan.states)
    staged: list[StagedFeed] = []
    for feed, result in zip(feeds, results, strict=True):
        record, items = parse_stage(feed, result, plan.started_at)
        cleaned, failures = clean_items(feed, items)
        items_out = [StagedItem(c.item, c.title, c.text, c.candidate) for c in cleaned]
        staged.append(StagedFeed(record, items_out, failures))
    _write_lines(_batch_file(settings, run_id, batch), staged)
    failed = [s.record.feed_id for s in staged if s.record.status == "failed"]
    log.info(
        "run %s batch %d: %d feeds, %d failed %s", run_id, batch, len(feeds), len(failed), failed
    )
    return {"run_id": run_id, "batch": batch, "feeds": len(feeds), "failed": len(failed)}


def _batch_file(settings: Settings, run_id: str, batch: int) -> StagePath:
    return run_dir(settings, run_id) / "fetch" / f"{batch:05d}.jsonl"


def _batch_error_file(settings: Settings, run_id: str, batch: int) -> StagePath:
    return run_dir(settings, run_id) / "fetch" / f"{batch:05d}.error"


def record_fetch_failure(settings: Settings, run_id: str, batch: int, error: str) -> list[str]:
    """Stage why a fetch task failed for good, so the run records it per feed.
    Returns the ids of the batch's feeds."""
    _write_json(_batch_error_file(settings, run_id, batch), {"error": error})
    try:
        return [f.id for f in read_plan(settings, run_id).feeds_of(batch)]
    except (StageError, IndexError):
        return []


def _read_batch(settings: Settings, plan: Plan, batch: int) -> list[StagedFeed]:
    path = _batch_file(settings, plan.run_id, batch)
    if path.exists():
        return [decode(StagedFeed, d) for d in _read_lines(path)]
    # The fetch task failed for good: every feed of the batch failed with its error.
    error_path = _batch_error_file(settings, plan.run_id, batch)
    error = _read_json(error_path)["error"] if error_path.exists() else "fetch task did not run"
    return [
        StagedFeed(
            FetchRecord(
                feed_id=f.id,
                url=f.url,
                status="failed",
                fetched_at=plan.started_at,
                error=f"fetch task failed: {error}",
            ),
            [],
            [],
        )
        for f in plan.feeds_of(batch)
    ]


# --- dedup, extract, load --------------------------------------------------------------


def dedup_run(settings: Settings, run_id: str) -> dict[str, Any]:
    """Gather the run's batches, dedup their items against the warehouse (read-only) and
    stage the run and its new articles."""
    from pipeline.run import CleanItem, cluster_stage, dedup_stage, new_articles

    plan = read_plan(settings, run_id)
    batch = RunBatch(
        run_id=run_id,
        started_at=plan.started_at,
        extractor_version="",  # set by the extract step
        registry=plan.registry,
        feeds=plan.feeds,
    )
    by_id = {f.id: f for f in plan.feeds}
    cleaned: list[CleanItem] = []
    records: dict[str, FetchRecord] = {}
    for number in range(len(plan.batches)):
        for staged in _read_batch(settings, plan, number):
            record = staged.record
            batch.fetches.append(record)
            records[record.feed_id] = record
            if record.status == "failed":
                batch.failures.append(f"feed {record.feed_id!r}: {record.error}")
            batch.failures.extend(staged.failures)
            batch.counts.items_failed += len(staged.failures)
            feed = by_id[record.feed_id]
            cleaned.extend(
                CleanItem(feed, s.item, s.title, s.text, s.candidate) for s in staged.items
            )
    conn = _read_conn(settings.db_path)
    try:
        dedup_stage(conn, batch, cleaned, records)
        articles = new_articles(batch, cleaned)
        cluster_stage(conn, batch, articles)
    finally:
        conn.close()
    c = batch.counts
    c.feeds_total = len(plan.feeds)
    c.feeds_failed = sum(1 for f in batch.fetches if f.status == "failed")
    c.feeds_not_modified = sum(1 for f in batch.fetches if f.status == "not_modified")
    folder = run_dir(settings, run_id)
    _write_json(folder / "batch.json", batch)
    _write_lines(folder / "articles.jsonl", articles)
    log.info(
        "run %s: %d new items, %d duplicates, %d already loaded; %d articles to extract",
        run_id,
        c.items_new,
        c.items_duplicate,
        c.items_seen,
        len(articles),
    )
    return {"run_id": run_id, "articles": len(articles), "feeds_failed": c.feeds_failed}


def extract_run(settings: Settings, run_id: str) -> dict[str, Any]:
    """Extract events from the run's new articles; stage the results."""
    from pipeline.extract import EXTRACTOR_VERSION
    from pipeline.run import extract_stage

    folder = run_dir(settings, run_id)
    articles = [decode(Article, d) for d in _read_lines(folder / "articles.jsonl")]
    records = extract_stage(articles)
    _write_lines(folder / "extracted.jsonl", records)
    _write_json(folder / "extract.json", {"extractor_version": EXTRACTOR_VERSION})
    events = sum(len(r.events) for r in records)
    log.info("run %s: %d articles extracted, %d events", run_id, len(records), events)
    return {"run_id": run_id, "articles": len(records), "events": events}


def load_run(settings: Settings, run_id: str) -> dict[str, Any]:
    """Load the staged run into the warehouse in one transaction: the only writer.

    A run id already in `runs` is not loaded again (a retried or re-run DAG run), and its
    recorded counts are returned."""
    conn = warehouse.connect(settings.db_path)
    try:
        stored = run_record(conn, run_id)
        if stored is not None:
            log.info("run %s is already loaded; nothing to do", run_id)
            return {**stored, "loaded_now": False, "failures": []}
        batch = read_staged_batch(settings, run_id)
        batch.finished_at = datetime.now(UTC)
        warehouse.load_batch(conn, batch, warehouse.feed_states(conn))
        loaded = run_record(conn, run_id)
    finally:
        conn.close()
    assert loaded is not None
    return {**loaded, "loaded_now": True, "failures": batch.failures}


def loaded_new_rows(counts: Mapping[str, Any]) -> bool:
    """Whether a load (what `load_run` returned) inserted new rows: items, and with them
    articles, events and the rest, rather than only the run's bookkeeping (its `runs` row,
    fetches and feed health) or nothing at all (a run id loaded before)."""
    stored_items = counts.get("items_new", 0) + counts.get("items_duplicate", 0)
    return bool(counts.get("loaded_now")) and stored_items > 0


def read_staged_batch(settings: Settings, run_id: str) -> RunBatch:
    folder = run_dir(settings, run_id)
    batch: RunBatch = decode(RunBatch, _read_json(folder / "batch.json"))
    batch.extractor_version = _read_json(folder / "extract.json")["extractor_version"]
    batch.articles = [decode(ArticleRecord, d) for d in _read_lines(folder / "extracted.jsonl")]
    batch.counts.articles_new = len(batch.articles)
    batch.counts.events_new = sum(len(a.events) for a in batch.articles)
    return batch


_COUNT_FIELDS = [f.name for f in dataclasses.fields(RunCounts)]


def run_record(conn: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Any] | None:
    """The `runs` row of a run as a small dict (counts, status), or None."""
    columns = ["run_id", "status", "extractor_version", *_COUNT_FIELDS]
    row = conn.execute(
        f"SELECT {', '.join(columns)} FROM runs WHERE run_id = ?", [run_id]
    ).fetchone()
    return dict(zip(columns, row, strict=True)) if row else None


# --- data quality ----------------------------------------------------------------------


def global_quality_problems(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Problems of the whole warehouse: duplicates and orphans."""
    problems = []
    global_checks = {
        "items sharing an item_id": (
            "SELECT count(*) FROM (SELECT item_id FROM items GROUP BY 1 HAVING count(*) > 1)"
        ),
        "articles sharing a canonical URL": (
            "SELECT count(*) FROM (SELECT canonical_url FROM articles "
            "WHERE canonical_url IS NOT NULL GROUP BY 1 HAVING count(*) > 1)"
        ),
        "events without their article": (
            "SELECT count(*) FROM events e ANTI JOIN articles a USING (article_id)"
        ),
        "people mentions without their article": (
            "SELECT count(*) FROM people_mentions p ANTI JOIN articles a USING (article_id)"
        ),
        "quotes without their article": (
            "SELECT count(*) FROM quotes q ANTI JOIN articles a USING (article_id)"
        ),
        "items without their article": (
            "SELECT count(*) FROM items i ANTI JOIN articles a USING (article_id)"
        ),
    }
    for what, sql in global_checks.items():
        n = conn.execute(sql).fetchone()[0]
        if n:
            problems.append(f"{n} {what}")
    return problems


def quality_problems(conn: duckdb.DuckDBPyConnection, run_id: str) -> list[str]:
    """Every data-quality problem found for a loaded run (empty when all is well)."""
    record = run_record(conn, run_id)
    if record is None:
        return [f"run {run_id} has no row in runs"]
    problems = global_quality_problems(conn)
    actual = {
        "feeds_total": "SELECT count(*) FROM fetches WHERE run_id = $run",
        "feeds_failed": "SELECT count(*) FROM fetches WHERE run_id = $run AND status = 'failed'",
        "feeds_not_modified": (
            "SELECT count(*) FROM fetches WHERE run_id = $run AND status = 'not_modified'"
        ),
        "articles_new": "SELECT count(*) FROM articles WHERE run_id = $run",
    }
    for field, sql in actual.items():
        n = conn.execute(sql, {"run": run_id}).fetchone()[0]
        if n != record[field]:
            problems.append(f"runs.{field} is {record[field]} but the tables hold {n}")
    new_items = conn.execute(
        "SELECT count(*) FROM items WHERE run_id = $run AND dedup_outcome = 'new'", {"run": run_id}
    ).fetchone()[0]
    if new_items != record["articles_new"]:
        problems.append(f"{new_items} new items but {record['articles_new']} new articles")
    stored_items = conn.execute(
        "SELECT count(*) FROM items WHERE run_id = $run", {"run": run_id}
    ).fetchone()[0]
    if stored_items > record["items_new"] + record["items_duplicate"]:
        problems.append(
            f"{stored_items} items stored but runs counts only "
            f"{record['items_new'] + record['items_duplicate']} new or duplicate"
        )
    return problems


def check_quality(
    settings: Settings, run_id: str, expected: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Run the data-quality checks on a loaded run; raises `QualityError` on any problem.
    `expected` (what the load task returned) must agree with the stored run record."""
    conn = warehouse.connect(settings.db_path, read_only=True)
    try:
        problems = quality_problems(conn, run_id)
        record = run_record(conn, run_id)
        events_now = conn.execute(
            "SELECT count(*) FROM events WHERE run_id = ?", [run_id]
        ).fetchone()[0]
    finally:
        conn.close()
    if record is not None and expected and expected.get("loaded_now"):
        for field in _COUNT_FIELDS:
            if field in expected and expected[field] != record[field]:
                problems.append(
                    f"load reported {field}={expected[field]} but runs holds {record[field]}"
                )
        # Only right after the load: a later reprocess may change a run's events.
        if events_now != record["events_new"]:
            problems.append(
                f"runs.events_new is {record['events_new']} but events holds {events_now}"
            )
    if problems:
        raise QualityError(f"run {run_id}: data-quality checks failed: " + "; ".join(problems))
    assert record is not None
    log.info("run %s: data-quality checks passed", run_id)
    return record


def finish_run(settings: Settings, run_id: str) -> None:
    """Drop the run's staged files once it is loaded and checked (unless kept)."""
    if not settings.keep_staging:
        remove_run(settings, run_id)


# --- reprocess -------------------------------------------------------------------------


# A reprocess that names no `dry_run` only counts: writing takes an explicit false. The
# reprocess DAG's form starts from the same default.
REPROCESS_DRY_RUN_DEFAULT = True


@dataclass(frozen=True, slots=True)
class ReprocessConf:
    start: date | None
    end: date | None
    feeds: tuple[str, ...] | None
    dry_run: bool


def check_reprocess_conf(settings: Settings, params: Mapping[str, Any]) -> ReprocessConf:
    """Validate the reprocess form (dates as YYYY-MM-DD, feeds of the registry)."""
    dates: dict[str, date | None] = {}
    for key in ("start_date", "end_date"):
        raw = params.get(key)
        try:
            dates[key] = date.fromisoformat(raw) if raw else None
        except (TypeError, ValueError):
            raise ConfError(f"'{key}' must be a date as YYYY-MM-DD, got {raw!r}") from None
    start, end = dates["start_date"], dates["end_date"]
    if start and end and start > end:
        raise ConfError(f"'start_date' {start} is after 'end_date' {end}")
    feeds = params.get("feeds") or None
    if feeds is not None:
        if not isinstance(feeds, list) or not all(isinstance(f, str) for f in feeds):
            raise ConfError(f"'feeds' must be a list of feed ids, got {feeds!r}")
        path = registry_path(settings)
        missing = sorted(set(feeds) - {f.id for f in load_registry(path)})
        if missing:
            raise ConfError(f"unknown feed id(s) {missing}: not in the registry {path}")
    dry_run = params.get("dry_run", REPROCESS_DRY_RUN_DEFAULT)
    if not isinstance(dry_run, bool):
        raise ConfError(f"'dry_run' must be true or false, got {dry_run!r}")
    return ReprocessConf(start, end, tuple(feeds) if feeds else None, dry_run)


def reprocess_step(settings: Settings, params: Mapping[str, Any], run_id: str) -> dict[str, Any]:
    """Re-extract the stored articles the params select (a writer: run it in the pool)."""
    from pipeline.reprocess import reprocess

    conf = check_reprocess_conf(settings, params)
    conn = warehouse.connect(settings.db_path)
    try:
        result = reprocess(
            conn,
            start=conf.start,
            end=conf.end,
            feeds=conf.feeds,
            dry_run=conf.dry_run,
            run_id=run_id,
        )
        problems = [] if conf.dry_run else global_quality_problems(conn)
    finally:
        conn.close()
    if problems:
        raise QualityError(f"{run_id}: data-quality checks failed: " + "; ".join(problems))
    return result.as_dict()


# --- reports ---------------------------------------------------------------------------


def publish_step(settings: Settings) -> str:
    """Refresh the report tables and publish the analysts' read-only copy (opens the
    warehouse read-write: run it in the pool)."""
    from pipeline.publish import publish_copy

    return str(publish_copy(settings.db_path, settings.publish_path))


def export_step(settings: Settings, published: str) -> dict[str, Any]:
    """Export every table of the analysts' copy as Parquet and CSV (read-only)."""
    from pipeline.export import export_all

    summary = export_all(Path(published), settings.export_dir)
    return {"out_dir": str(summary.out_dir), "tables": len(summary.rows)}


def report_step(settings: Settings, published: str) -> str:
    """Render the HTML report from the analysts' copy (read-only)."""
    from pipeline.report import build_report

    return str(build_report(Path(published), settings.report_path))
