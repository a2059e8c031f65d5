"""The `pipeline` command: a thin caller of the stage functions."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TextIO

import duckdb

from pipeline import __version__, warehouse
from pipeline.batch import RunBatch
from pipeline.registry import RegistryError, load_registry
from pipeline.settings import DEFAULT_DB, Settings, SettingsError, load_settings
from pipeline.sources import NAMED_REGISTRIES, RoutingSource, SampleSource, resolve_registry

log = logging.getLogger("pipeline")

_FEEDS_HELP = (
    "feed registry: a YAML path, or a shipped one by name "
    f"({', '.join(NAMED_REGISTRIES)}; default: $PIPELINE_FEEDS, else samples)"
)
_READ_DB_HELP = (
    "database to read (default: the analysts' copy, $PIPELINE_PUBLISH_PATH or next to "
    f"$PIPELINE_DB or {DEFAULT_DB}, else the warehouse itself)"
)
EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def _settings(db: Path | None = None) -> Settings:
    """The defaults of every command: `pipeline.settings`, with `--db` in place of
    `PIPELINE_DB` when it is given."""
    return load_settings(db_path=db)


def _registry(arg: str | None, settings: Settings) -> Path:
    """A `--feeds` value, else `PIPELINE_FEEDS`, else the bundled samples."""
    return resolve_registry(arg if arg is not None else settings.feeds_registry)


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG
        if args.verbose >= 2
        else logging.INFO
        if args.verbose
        else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.func(args)
    except (RegistryError, SettingsError) as exc:
        log.error("%s", exc)
        return EXIT_USAGE
    except warehouse.WarehouseBusy as exc:
        log.error("%s", exc)
        return EXIT_BUSY
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return EXIT_OK


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline", description="Canada-US trade news: feeds in, trade events out."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more logging (-v info, -vv debug)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="fetch, clean, dedup, extract and load the feeds")
    run.add_argument(
        "--db", type=Path, default=None, help=f"DuckDB file (default: $PIPELINE_DB or {DEFAULT_DB})"
    )
    run.add_argument(
        "--feeds",
        default=None,
        help=_FEEDS_HELP,
    )
    run.add_argument("--no-progress", action="store_true", help="hide progress bars")
    run.add_argument(
        "--due-only",
        action="store_true",
        help="fetch only the feeds whose next poll time has come (default: every enabled feed)",
    )
    run.add_argument(
        "--full-articles",
        action="store_true",
        help="for items whose feed carries only a summary, fetch and clean the linked page "
        "(robots.txt honoured)",
    )
    run.add_argument(
        "--page-delay",
        type=float,
        default=None,
        metavar="SECONDS",
        help="pause between two page requests to one host (default 1)",
    )
    run.add_argument(
        "--no-publish",
        action="store_true",
        help="do not refresh the analysts' read-only copy after the load",
    )
    _add_private_hosts_flag(run)
    run.set_defaults(func=cmd_run)

    exp = sub.add_parser("export", help="write every table as date-partitioned Parquet and CSV")
    exp.add_argument("--db", type=Path, default=None, help=_READ_DB_HELP)
    exp.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder (default: $PIPELINE_EXPORT_DIR, else exports/ next to the warehouse)",
    )
    exp.add_argument(
        "--format",
        default="parquet,csv",
        help="comma-separated formats among parquet, csv (default: both)",
    )
    exp.set_defaults(func=cmd_export)

    rep = sub.add_parser("report", help="write the self-contained HTML report")
    rep.add_argument("--db", type=Path, default=None, help=_READ_DB_HELP)
    rep.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="HTML file (default: report.html in the export folder, data/exports)",
    )
    rep.set_defaults(func=cmd_report)

    ext = sub.add_parser("extract", help="extract events from JSON Lines articles")
    ext.add_argument(
        "input",
        nargs="?",
        default="-",
        help='JSON Lines file of {"id","title","published","text"} (- for stdin)',
    )
    ext.add_argument("-o", "--output", default="-", help="output file (- for stdout)")
    ext.set_defaults(func=cmd_extract)

    cln = sub.add_parser("clean", help="extract article text from JSON Lines HTML pages")
    cln.add_argument(
        "input",
        nargs="?",
        default="-",
        help='JSON Lines file of {"id","html"} (optional "url"; - for stdin)',
    )
    cln.add_argument("-o", "--output", default="-", help="output file (- for stdout)")
    cln.set_defaults(func=cmd_clean)

    evl = sub.add_parser("evaluate", help="score the extractor on a labelled gold set")
    evl.add_argument("gold", type=Path, help="gold JSON Lines (see tests/devset/README.md)")
    evl.add_argument(
        "--predictions",
        type=Path,
        default=None,
        help="score these `pipeline extract` outputs instead of running the extractor",
    )
    evl.add_argument("--json", action="store_true", help="print the report as JSON")
    evl.set_defaults(func=cmd_evaluate)

    feeds = sub.add_parser("feeds", help="inspect a feed registry")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", required=True)
    flist = feeds_sub.add_parser("list", help="list the feeds of a registry")
    flist.add_argument("--feeds", default=None, help=_FEEDS_HELP)
    flist.set_defaults(func=cmd_feeds_list)
    fcheck = feeds_sub.add_parser(
        "check", help="fetch and parse every feed once and report; writes nothing"
    )
    fcheck.add_argument("--feeds", default=None, help=_FEEDS_HELP)
    _add_private_hosts_flag(fcheck)
    fcheck.set_defaults(func=cmd_feeds_check)
    fhealth = feeds_sub.add_parser("health", help="feed health recorded in the warehouse")
    fhealth.add_argument(
        "--db", type=Path, default=None, help=f"DuckDB file (default: $PIPELINE_DB or {DEFAULT_DB})"
    )
    fhealth.set_defaults(func=cmd_feeds_health)
    return parser


def _add_private_hosts_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="let HTTP feeds reach private, loopback and link-local addresses "
        "(also PIPELINE_ALLOW_PRIVATE_HOSTS=1/true/yes/on)",
    )


# --- run -------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import run_pipeline

    settings = _settings(args.db)
    registry_path = _registry(args.feeds, settings)
    feeds = [f for f in load_registry(registry_path) if f.enabled]
    db_path = settings.db_path
    allow_private = args.allow_private_hosts or settings.allow_private_hosts
    source = _source(registry_path, allow_private)
    progress = not args.no_progress and sys.stderr.isatty()
    conn = warehouse.connect(db_path)
    try:
        if args.due_only:
            feeds = _due(conn, feeds)
        batch = run_pipeline(
            conn,
            feeds,
            source,
            registry=str(registry_path),
            progress=progress,
            fetch_pages=_page_fetcher(args, allow_private) if args.full_articles else None,
        )
        published = None if args.no_publish else _publish(settings, conn)
    finally:
        conn.close()
    sys.stdout.write(render_summary(batch, db_path, published))
    failed = batch.status != "ok" or (not args.no_publish and published is None)
    return EXIT_FAILURES if failed else EXIT_OK


def _publish(settings: Settings, conn) -> Path | None:
    """Refresh the analysts' copy; a failure is reported but never hides the loaded run."""
    from pipeline.publish import publish_copy

    try:
        return publish_copy(settings.db_path, settings.publish_path, conn=conn)
    except (warehouse.WarehouseError, OSError, duckdb.Error) as exc:
        log.error("the run is loaded, but publishing the analysts' copy failed: %s", exc)
        return None


def _read_db(arg: Path | None, settings: Settings) -> Path:
    """The database a reader should open: the analysts' copy when there is one."""
    if arg is not None:
        return arg
    copy = settings.publish_path
    return copy if copy.exists() else settings.db_path


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import export_all

    settings = _settings()
    db_path = _read_db(args.db, settings)
    if not db_path.exists():
        log.error("%s does not exist: run `pipeline run` first", db_path)
        return EXIT_USAGE
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    if not formats or set(formats) - {"parquet", "csv"}:
        log.error("--format takes parquet and/or csv, not %r", args.format)
        return EXIT_USAGE
    out_dir = args.out or settings.export_dir
    summary = export_all(db_path, out_dir, formats)
    total = sum(summary.rows.values())
    sys.stdout.write(
        f"exported {len(summary.rows)} tables ({total} rows) from {db_path} "
        f"as {', '.join(formats)} to {summary.out_dir} in {summary.seconds:.1f} s\n"
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import build_report

    settings = _settings()
    db_path = _read_db(args.db, settings)
    if not db_path.exists():
        log.error("%s does not exist: run `pipeline run` first", db_path)
        return EXIT_USAGE
    out = args.output or settings.report_path
    path = build_report(db_path, out)
    sys.stdout.write(f"report written to {path} (from {db_path})\n")
    return EXIT_OK


def _source(registry_path: Path, allow_private_hosts: bool) -> RoutingSource:
    from pipeline.fetch import FetchConfig, HttpSource

    http = HttpSource(FetchConfig(allow_private_hosts=allow_private_hosts))
    return RoutingSource(files=SampleSource(registry_path.parent), http=http)


def _page_fetcher(args: argparse.Namespace, allow_private_hosts: bool):
    from pipeline.fetch import FetchConfig
    from pipeline.pages import DEFAULT_PAGE_DELAY, fetch_pages

    config = FetchConfig(allow_private_hosts=allow_private_hosts)
    delay = DEFAULT_PAGE_DELAY if args.page_delay is None else args.page_delay
    return lambda requests: fetch_pages(requests, config, delay)


def _due(conn, feeds: list) -> list:
    from pipeline.health import is_due

    now = datetime.now(UTC)
    states = warehouse.feed_states(conn)
    due = [f for f in feeds if is_due(states.get(f.id), now)]
    log.info("%d of %d feeds are due", len(due), len(feeds))
    return due


def render_summary(batch: RunBatch, db_path: Path, published: Path | None = None) -> str:
    c = batch.counts
    relevant = sum(1 for a in batch.articles if a.relevant)
    lines = [
        f"Run {batch.run_id}: {batch.status}",
        f"  feeds     {c.feeds_total} read, {c.feeds_failed} failed, "
        f"{c.feeds_not_modified} not modified",
        f"  items     {c.items_new} new, {c.items_duplicate} duplicate, "
        f"{c.items_seen} already loaded, {c.items_failed} failed",
        f"  articles  {c.articles_new} new ({relevant} relevant)",
        f"  events    {c.events_new} new",
    ]
    by_type: dict[str, Counter[str]] = {}
    for record in batch.articles:
        for event in record.events:
            by_type.setdefault(event.type, Counter())[event.status] += 1
    for event_type in sorted(by_type):
        statuses = ", ".join(f"{s} {n}" for s, n in sorted(by_type[event_type].items()))
        lines.append(f"    {event_type:<18} {sum(by_type[event_type].values()):>4}  ({statuses})")
    if batch.failures:
        lines.append("  failures")
        lines.extend(f"    - {reason}" for reason in batch.failures)
    lines.append(f"  database  {db_path}")
    if published is not None:
        lines.append(f"  analysts' copy (read-only)  {published}")
    return "\n".join(lines) + "\n"


# --- extract ---------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract

    failed = 0
    with _open_in(args.input) as src, _open_out(args.output) as out:
        for line_no, record in _read_jsonl(src, args.input):
            if isinstance(record, str):
                failed += 1
                out.write(json.dumps({"id": None, "error": record}) + "\n")
                continue
            try:
                article = _article_input(record)
            except ValueError as exc:
                failed += 1
                reason = f"{args.input}:{line_no}: {exc}"
                log.error("%s", reason)
                out.write(json.dumps({"id": record.get("id"), "error": reason}) + "\n")
                continue
            result = extract(article)
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return EXIT_FAILURES if failed else EXIT_OK


def _article_input(record: dict):
    from pipeline.models import ArticleInput

    article_id = record.get("id")
    if not isinstance(article_id, str | int) or isinstance(article_id, bool):
        raise ValueError("'id' must be a string or a number")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError(f"article {article_id!r}: 'text' must be a string")
    published = record.get("published")
    when = None
    if published:
        try:
            when = datetime.fromisoformat(str(published).replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"article {article_id!r}: bad 'published': {published!r}") from exc
    return ArticleInput(
        id=str(article_id), title=str(record.get("title") or ""), text=text, published=when
    )


def _read_jsonl(src: TextIO, name: str) -> Iterator[tuple[int, dict | str]]:
    """Yield (line number, object) — or (line number, error message) for a bad line."""
    for line_no, line in enumerate(src, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"{name}:{line_no}: not valid JSON: {exc.msg}"
            log.error("%s", reason)
            yield line_no, reason
            continue
        if not isinstance(obj, dict):
            reason = f"{name}:{line_no}: expected a JSON object"
            log.error("%s", reason)
            yield line_no, reason
            continue
        yield line_no, obj


class _Keep:
    """Context manager that leaves a standard stream open."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()


def _open_in(name: str):
    return _Keep(sys.stdin) if name == "-" else open(name, encoding="utf-8")


def _open_out(name: str):
    return _Keep(sys.stdout) if name == "-" else open(name, "w", encoding="utf-8")


# --- clean -----------------------------------------------------------------------------


def cmd_clean(args: argparse.Namespace) -> int:
    from pipeline.clean import clean_jsonl

    failed = 0
    with _open_in(args.input) as src, _open_out(args.output) as out:
        for line in clean_jsonl(src):
            if '"error"' in line and "error" in json.loads(line):
                failed += 1
            out.write(line + "\n")
    return EXIT_FAILURES if failed else EXIT_OK


# --- evaluate --------------------------------------------------------------------------


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import format_report, load_gold, load_predictions, score
    from pipeline.extract import extract
    from pipeline.models import ArticleInput

    gold = load_gold(args.gold)
    if args.predictions:
        predicted = load_predictions(args.predictions)
    else:
        predicted = {
            g.id: extract(ArticleInput(g.id, g.title, g.text, g.published)).to_dict() for g in gold
        }
    report = score(gold, predicted)
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report))
    return EXIT_OK


# --- feeds -----------------------------------------------------------------------------


def cmd_feeds_list(args: argparse.Namespace) -> int:
    registry_path = _registry(args.feeds, _settings())
    feeds = load_registry(registry_path)
    for line in _feed_rows(feeds):
        sys.stdout.write(line + "\n")
    return EXIT_OK


def cmd_feeds_check(args: argparse.Namespace) -> int:
    from pipeline.run import parse_stage

    settings = _settings()
    registry_path = _registry(args.feeds, settings)
    feeds = [f for f in load_registry(registry_path) if f.enabled]
    allow_private = args.allow_private_hosts or settings.allow_private_hosts
    results = _source(registry_path, allow_private).fetch(feeds, {})
    now = datetime.now(UTC)
    failed = 0
    sys.stdout.write(f"{'id':<28} {'status':<8} {'items':>5} {'ms':>7}  detail\n")
    for feed, result in zip(feeds, results, strict=True):
        record, items = parse_stage(feed, result, now)
        failed += record.status == "failed"
        moved = f"moved permanently to {result.permanent_url}" if result.permanent_url else ""
        detail = record.error or moved
        sys.stdout.write(
            f"{feed.id:<28} {record.status:<8} {len(items):>5} {record.elapsed_ms:>7.0f}  "
            f"{detail or ''}\n"
        )
    return EXIT_FAILURES if failed else EXIT_OK


def cmd_feeds_health(args: argparse.Namespace) -> int:
    db_path = _settings(args.db).db_path
    if not db_path.exists():
        log.error("%s does not exist: run `pipeline run` first", db_path)
        return EXIT_USAGE
    conn = warehouse.connect(db_path, read_only=True)
    try:
        rows = conn.execute(
            """SELECT f.feed_id, f.last_status, f.consecutive_failures,
                      strftime(f.last_success_at, '%Y-%m-%d %H:%M'),
                      strftime(f.next_poll_at, '%Y-%m-%d %H:%M'),
                      (SELECT round(avg(elapsed_ms)) FROM fetches x WHERE x.feed_id = f.feed_id),
                      (SELECT round(avg(items_total), 1) FROM fetches x
                        WHERE x.feed_id = f.feed_id AND x.status = 'ok'),
                      f.last_error
               FROM feeds f ORDER BY f.consecutive_failures DESC, f.feed_id"""
        ).fetchall()
    finally:
        conn.close()
    header = (
        f"{'id':<28} {'status':<12} {'fails':>5} {'last success':<16} {'next poll':<16} "
        f"{'avg ms':>7} {'items':>6}  last error"
    )
    sys.stdout.write(header + "\n")
    for feed_id, status, fails, success, next_poll, ms, items, error in rows:
        sys.stdout.write(
            f"{feed_id:<28} {status or '-':<12} {fails:>5} {success or '-':<16} "
            f"{next_poll or '-':<16} {ms if ms is not None else '-':>7} "
            f"{items if items is not None else '-':>6}  {error or ''}\n"
        )
    return EXIT_OK


def _feed_rows(feeds: Iterable) -> Iterator[str]:
    yield f"{'id':<24} {'on':<3} {'country':<7} {'publisher':<24} url"
    for f in feeds:
        on = "yes" if f.enabled else "no"
        yield f"{f.id:<24} {on:<3} {f.country:<7} {f.publisher[:24]:<24} {f.url}"


if __name__ == "__main__":
    sys.exit(main())
