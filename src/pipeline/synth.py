"""Synthetic articles and events, for tests and the scale benchmark.

`synth_warehouse` fills a warehouse straight with bulk SQL (DuckDB's `range()` and seeded
hashes), so a million articles and three million events take a couple of minutes rather than
hours of Python objects. `synth_batch` builds one `RunBatch` in Python, for code that must go
through `warehouse.load_batch` (the durability test). Both are deterministic for a seed.

    python -m pipeline.synth --db data/synth.duckdb --articles 1000000 --events 3000000
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb

from pipeline import warehouse
from pipeline.batch import ArticleRecord, FetchRecord, ItemRecord, RunBatch
from pipeline.models import EVENT_TYPES, PRODUCTS, Article, Event, FeedItem, FeedSpec, Person

log = logging.getLogger(__name__)

SYNTH_VERSION = "synth-1"

# (publisher, country): the feeds are spread over these.
PUBLISHERS: tuple[tuple[str, str], ...] = (
    ("CBC News", "CA"),
    ("The Globe and Mail", "CA"),
    ("Toronto Star", "CA"),
    ("National Post", "CA"),
    ("La Presse", "CA"),
    ("Global News", "CA"),
    ("Reuters", "US"),
    ("Associated Press", "US"),
    ("The New York Times", "US"),
    ("Politico", "US"),
    ("Bloomberg", "US"),
    ("Detroit Free Press", "US"),
)
# Drawn with the same hash as rate and product, so (actor, rate, product) combinations recur.
CA_ACTORS = ("CA", "CA-ON", "CA", "CA-BC")
US_ACTORS = ("US", "US", "US-MI", "US")
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Mark Carney", "Prime Minister", "CA"),
    ("Donald Trump", "President", "US"),
    ("Dominic LeBlanc", "Minister of Intergovernmental Affairs", "CA"),
    ("Howard Lutnick", "Secretary of Commerce", "US"),
    ("Doug Ford", "Premier of Ontario", "CA"),
    ("Jamieson Greer", "US Trade Representative", "US"),
    ("Melanie Joly", "Minister of Industry", "CA"),
    ("Kirsten Hillman", "Ambassador to the United States", "CA"),
    ("David Eby", "Premier of British Columbia", "CA"),
    ("Scott Bessent", "Secretary of the Treasury", "US"),
)
# Relative frequency of each event type in the synthetic stream.
TYPE_WEIGHTS: dict[str, int] = {
    "tariff": 40,
    "nontariff_measure": 12,
    "trade_talks": 18,
    "leader_contact": 10,
    "trade_agreement": 10,
    "trade_dispute": 10,
}
RATES = (10.0, 25.0, 35.0, 50.0)


@dataclass(frozen=True, slots=True)
class SynthSummary:
    feeds: int
    runs: int
    articles: int
    events: int
    seconds: float


def _sql_list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def _type_table() -> str:
    """A VALUES list mapping a 0-99 draw to an event type by `TYPE_WEIGHTS`."""
    rows, low = [], 0
    for name, weight in TYPE_WEIGHTS.items():
        statuses = _sql_list(list(EVENT_TYPES[name]))
        rows.append(f"('{name}', {low}, {low + weight}, {statuses})")
        low += weight
    return "VALUES " + ", ".join(rows)


def synth_warehouse(
    conn: duckdb.DuckDBPyConnection,
    *,
    articles: int,
    events: int,
    seed: int = 0,
    start: date = date(2025, 1, 1),
    days: int = 365,
    feeds_per_publisher: int = 2,
) -> SynthSummary:
    """Append `articles` articles (70% relevant) and about `events` events to `conn`.

    One synthetic run per day; every table is filled as a real run would (items, keys,
    fetches, people), and each run's counts equal its rows, so the warehouse's invariants
    hold. Calling it twice with different seeds adds a second, disjoint set.
    """
    started = time.perf_counter()
    p = f"s{seed}"  # id prefix: different seeds never collide
    n_pub = len(PUBLISHERS)
    n_feeds = n_pub * feeds_per_publisher
    seconds = days * 86400
    params = {"seed": seed, "start": start, "n": articles, "ne": events, "days": days}
    # rnd(i, seed, salt, m): a seeded draw in [0, m), as BIGINT (hash() is UBIGINT).
    conn.execute(
        "CREATE OR REPLACE TEMP MACRO rnd(i, s, salt, m) AS CAST(hash(i, s, salt) % m AS BIGINT)"
    )
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE _pub AS
            SELECT unnest({_sql_list([n for n, _ in PUBLISHERS])}) AS publisher,
                   unnest({_sql_list([c for _, c in PUBLISHERS])}) AS country,
                   generate_subscripts({_sql_list([n for n, _ in PUBLISHERS])}, 1) - 1 AS k
            """
        )
        conn.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE _feeds AS
            SELECT i AS k, '{p}-feed-' || i AS feed_id, publisher, country
            FROM range({n_feeds}) t(i) JOIN _pub ON _pub.k = i % {n_pub}
            """
        )
        _insert_articles(conn, p, seconds, n_feeds, params)
        _insert_events(conn, params)
        _insert_people(conn, params)
        _insert_items_and_keys(conn)
        _insert_runs_feeds_fetches(conn)
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    n_events = conn.execute("SELECT count(*) FROM _art_events").fetchall()[0][0]
    n_runs = conn.execute("SELECT count(DISTINCT run_id) FROM _art").fetchall()[0][0]
    for name in ("_pub", "_feeds", "_art", "_art_events"):
        conn.execute(f"DROP TABLE IF EXISTS {name}")
    summary = SynthSummary(n_feeds, n_runs, articles, n_events, time.perf_counter() - started)
    log.info("synthesised %s", summary)
    return summary


def _insert_articles(
    conn: duckdb.DuckDBPyConnection, p: str, seconds: int, n_feeds: int, params: dict
) -> None:
    # Publication times spread evenly over the period, with a weekly rhythm of volume
    # coming from the hash jitter; titles and texts name actors so searches find them.
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _art AS
        SELECT
            i,
            '{p}-a' || i AS article_id,
            '{p}-feed-' || (rnd(i, $seed, 'feed', {n_feeds})) AS feed_id,
            published_at,
            rnd(i, $seed, 'rel', 10) < 7 AS relevant,
            '{p}-run-' || strftime(timezone('UTC', published_at), '%Y%m%d') AS run_id,
            ['Ottawa', 'Washington', 'Ontario', 'Michigan', 'Alberta'][
                1 + rnd(i, $seed, 'who', 5)] AS place,
            {_sql_list(list(PRODUCTS))}[1 + rnd(i, $seed, 'prod', {len(PRODUCTS)})]
                AS product
        FROM (
            SELECT i, CAST($start AS TIMESTAMPTZ) + to_seconds(
                       CAST(i * {seconds} // $n AS BIGINT)
                       + CAST(rnd(i, $seed, 't', 3600) AS BIGINT)) AS published_at
            FROM range($n) t(i)
        )
        """,
        {k: params[k] for k in ("seed", "start", "n")},
    )
    conn.execute(
        """
        INSERT INTO articles BY NAME
        SELECT
            article_id,
            feed_id,
            'item-' || article_id AS first_item_id,
            'https://news.example/' || feed_id || '/' || article_id AS url,
            'https://news.example/' || feed_id || '/' || article_id AS canonical_url,
            'guid-' || article_id AS guid,
            CASE WHEN relevant
                 THEN place || ' weighs response as ' || product || ' tariffs loom'
                 ELSE place || ' council approves new transit budget' END AS title,
            CASE WHEN relevant
                 THEN 'Officials in ' || place || ' discussed measures on ' || product
                      || ' amid the Canada-US trade dispute. Negotiators met again on Friday.'
                 ELSE 'Local news from ' || place || ' with no trade content.' END AS text,
            'en' AS language,
            published_at,
            md5(article_id) AS content_hash,
            run_id,
            relevant,
            'synth-1' AS extractor_version
        FROM _art
        """
    )


def _insert_events(conn: duckdb.DuckDBPyConnection, params: dict) -> None:
    # Events go to relevant articles only, `ne` in all, spread evenly over them; tariffs
    # reuse a few (initiator, target, product, rate) combinations so measures recur and
    # have a lifecycle.
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _art_events AS
        WITH rel AS (
            SELECT article_id, i, published_at, run_id,
                   row_number() OVER (ORDER BY i) - 1 AS r,
                   count(*) OVER () AS nrel
            FROM _art WHERE relevant
        ),
        ev AS (
            SELECT j, CAST(floor(j * (SELECT max(nrel) FROM rel) / $ne) AS BIGINT) AS r
            FROM range($ne) t(j)
        ),
        typed AS (
            SELECT ev.j, rel.article_id, rel.published_at, rel.run_id,
                   tt.type, tt.statuses,
                   rnd(ev.j, $seed, 'side', 2) = 0 AS us_acts
            FROM ev
            JOIN rel USING (r)
            JOIN ({_type_table()}) tt(type, lo, hi, statuses)
              ON rnd(ev.j, $seed, 'type', 100) >= tt.lo
             AND rnd(ev.j, $seed, 'type', 100) < tt.hi
        )
        SELECT
            j,
            article_id,
            published_at,
            run_id,
            row_number() OVER (PARTITION BY article_id ORDER BY j) - 1 AS ordinal,
            type,
            -- Each measure (same 'm' draw) goes through its statuses in taxonomy order,
            -- threatened to removed, over the period, staggered by up to a seventh of it;
            -- one report in five gives a random status. So the tension index rises, peaks
            -- and falls, and the measures timeline shows real lifecycles.
            CASE WHEN type IN ('tariff', 'nontariff_measure') AND rnd(j, $seed, 'noise', 5) > 0
                 THEN statuses[1 + least(6, CAST(floor(
                     ((epoch(published_at) - epoch(CAST($start AS TIMESTAMPTZ))) / 86400
                      + rnd(j, $seed, 'm', 28) * $days / 196) * 7 / $days) AS BIGINT))]
                 ELSE statuses[1 + rnd(j, $seed, 'status', len(statuses))] END AS status,
            CASE WHEN us_acts
                 THEN {_sql_list(US_ACTORS)}[1 + rnd(j, $seed, 'm', {len(US_ACTORS)})]
                 ELSE {_sql_list(CA_ACTORS)}[1 + rnd(j, $seed, 'm', {len(CA_ACTORS)})]
                 END AS initiator,
            CASE WHEN rnd(j, $seed, 'world', 5) = 0 AND type = 'tariff' AND us_acts
                 THEN 'WORLD'
                 WHEN us_acts THEN 'CA' ELSE 'US' END AS target,
            NOT us_acts AND type IN ('tariff', 'nontariff_measure')
                AND rnd(j, $seed, 'ret', 3) > 0 AS retaliatory,
            CASE WHEN type = 'tariff'
                 THEN {list(RATES)}[1 + rnd(j, $seed, 'm', {len(RATES)})] END AS rate_pct,
            CASE WHEN type = 'tariff' AND rnd(j, $seed, 'v', 4) = 0
                 THEN 1e9 * (1 + rnd(j, $seed, 'v', 60)) END AS value_amount,
            CASE WHEN type IN ('tariff', 'nontariff_measure')
                 THEN [{_sql_list(list(PRODUCTS))}[1 + rnd(j, $seed, 'm', 7)]]
                 ELSE [] END AS products,
            CASE WHEN type IN ('tariff', 'nontariff_measure')
                 THEN CAST(timezone('UTC', published_at) AS DATE)
                      + CAST(rnd(j, $seed, 'eff', 30) AS INTEGER) END AS effective_date,
            rnd(j, $seed, 'conf', 100) / 100.0 AS confidence
        FROM typed
        """,
        {k: params[k] for k in ("seed", "ne", "start", "days")},
    )
    conn.execute(
        """
        INSERT INTO events BY NAME
        SELECT
            substr(md5(article_id || ':synth-1:' || ordinal), 1, 24) AS event_id,
            article_id,
            'synth-1' AS extractor_version,
            CAST(ordinal AS INTEGER) AS ordinal,
            type,
            status,
            initiator,
            target,
            retaliatory,
            rate_pct,
            value_amount,
            CASE WHEN value_amount IS NOT NULL
                 THEN CASE WHEN initiator LIKE 'CA%' THEN 'CAD' ELSE 'USD' END END
                AS value_currency,
            products,
            effective_date,
            evidence,
            0 AS char_start,
            CAST(length(evidence) AS INTEGER) AS char_end,
            confidence,
            'synth' AS rule,
            run_id
        FROM (
            SELECT *,
                initiator || ' ' || replace(status, '_', ' ') || ' ' || replace(type, '_', ' ')
                || CASE WHEN rate_pct IS NOT NULL
                        THEN ' of ' || CAST(CAST(rate_pct AS INTEGER) AS VARCHAR) || '%'
                        ELSE '' END
                || ' with ' || target
                || CASE WHEN len(products) > 0 THEN ' on ' || products[1] ELSE '' END
                || '.' AS evidence
            FROM _art_events
        )
        """
    )


def _insert_people(conn: duckdb.DuckDBPyConnection, params: dict) -> None:
    names = _sql_list([n for n, _, _ in PEOPLE])
    roles = _sql_list([r for _, r, _ in PEOPLE])
    countries = _sql_list([c for _, _, c in PEOPLE])
    k = len(PEOPLE)
    # Two distinct people per relevant article: k1 and k1 + 1 + (draw mod k-1).
    conn.execute(
        f"""
        INSERT INTO people_mentions BY NAME
        SELECT article_id, {names}[1 + idx] AS name, {roles}[1 + idx] AS role,
               {countries}[1 + idx] AS country, run_id
        FROM (
            SELECT article_id, run_id,
                   unnest([rnd(i, $seed, 'p1', {k}),
                           (rnd(i, $seed, 'p1', {k}) + 1 + rnd(i, $seed, 'p2', {k - 1}))
                               % {k}]) AS idx
            FROM _art WHERE relevant
        )
        """,
        {"seed": params["seed"]},
    )


def _insert_items_and_keys(conn: duckdb.DuckDBPyConnection) -> None:
    # One item per article, plus a syndicated duplicate for every 20th article.
    conn.execute(
        """
        INSERT INTO items BY NAME
        SELECT 'item-' || a.article_id AS item_id, a.feed_id, a.guid, a.url AS link, a.title,
               a.published_at, NULL AS author, NULL AS summary_html, NULL AS content_html,
               a.article_id, 'new' AS dedup_outcome, NULL AS matched_key, a.run_id
        FROM articles a JOIN _art USING (article_id)
        UNION ALL
        SELECT 'dup-' || a.article_id, a.feed_id, NULL, a.url || '?utm=syndicated', a.title,
               a.published_at, NULL, NULL, NULL, a.article_id, 'duplicate',
               'hash:' || a.content_hash, a.run_id
        FROM articles a JOIN _art USING (article_id)
        WHERE _art.i % 20 = 0
        """
    )
    conn.execute(
        """
        INSERT INTO article_keys BY NAME
        SELECT unnest(['url:' || a.canonical_url, 'guid:' || a.guid, 'hash:' || a.content_hash])
                   AS key,
               a.article_id
        FROM articles a JOIN _art USING (article_id)
        """
    )


def _insert_runs_feeds_fetches(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(
        """
        INSERT INTO feeds BY NAME
        SELECT feed_id, 'https://news.example/' || feed_id || '.xml' AS url,
               publisher || ' ' || k AS name, publisher, country, 'en' AS language,
               ['synthetic'] AS tags, TRUE AS enabled, 30 AS poll_interval_minutes,
               'ok' AS last_status, 0 AS consecutive_failures,
               (SELECT max(published_at) FROM _art) AS last_fetch_at,
               (SELECT max(published_at) FROM _art) AS last_success_at
        FROM _feeds
        ON CONFLICT (feed_id) DO NOTHING
        """
    )
    conn.execute(
        """
        CREATE OR REPLACE TEMP TABLE _run_counts AS
        SELECT a.run_id, a.feed_id,
               min(a.published_at) AS first_at,
               count(*) AS articles,
               count(*) FILTER (WHERE _art.i % 20 = 0) AS dups,
               sum((SELECT count(*) FROM _art_events e WHERE e.article_id = a.article_id))
                   AS events
        FROM articles a JOIN _art USING (article_id)
        GROUP BY ALL
        """
    )
    conn.execute(
        """
        INSERT INTO fetches BY NAME
        SELECT run_id, feed_id, 'https://news.example/' || feed_id || '.xml' AS url,
               NULL AS final_url, 200 AS http_status, 'ok' AS status, NULL AS error,
               50.0 AS elapsed_ms, md5(run_id || feed_id) AS body_hash,
               CAST(articles + dups AS INTEGER) AS items_total,
               CAST(articles AS INTEGER) AS items_new,
               CAST(timezone('UTC', first_at) AS DATE) + INTERVAL 23 HOUR AS fetched_at
        FROM _run_counts
        """
    )
    conn.execute(
        f"""
        INSERT INTO runs BY NAME
        SELECT run_id,
               CAST(timezone('UTC', min(first_at)) AS DATE) + INTERVAL 23 HOUR AS started_at,
               CAST(timezone('UTC', min(first_at)) AS DATE) + INTERVAL 23 HOUR + INTERVAL 5 MINUTE
                   AS finished_at,
               'ok' AS status, 'synthetic' AS registry, '{SYNTH_VERSION}' AS extractor_version,
               CAST(count(*) AS INTEGER) AS feeds_total, 0 AS feeds_failed,
               0 AS feeds_not_modified,
               CAST(sum(articles) AS INTEGER) AS items_new,
               CAST(sum(dups) AS INTEGER) AS items_duplicate,
               0 AS items_seen, 0 AS items_failed,
               CAST(sum(articles) AS INTEGER) AS articles_new,
               CAST(sum(events) AS INTEGER) AS events_new
        FROM _run_counts
        GROUP BY run_id
        """
    )
    conn.execute("DROP TABLE _run_counts")


# --- one batch through load_batch --------------------------------------------------------


def synth_batch(seed: int, articles: int, *, events_per_article: int = 3) -> RunBatch:
    """A whole deterministic `RunBatch` (run id `batch-<seed>`), as `pipeline.run` builds."""
    rng = random.Random(seed)
    when = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(days=seed)
    run_id = f"batch-{seed:04d}"
    feed = FeedSpec(id=f"bfeed-{seed % 3}", url=f"bfeed-{seed % 3}.xml", publisher="Batch News")
    batch = RunBatch(run_id=run_id, started_at=when, extractor_version=SYNTH_VERSION)
    batch.feeds = [feed]
    batch.fetches = [FetchRecord(feed.id, feed.url, "ok", when, items_total=articles)]
    types = list(EVENT_TYPES)
    for n in range(articles):
        aid = f"{run_id}-a{n}"
        url = f"https://batch.example/{aid}"
        text = f"Story {n} of {run_id}: Canada and the United States trade measures. " * 3
        item = FeedItem(feed.id, aid, url, f"Title {aid}", "", text, when)
        article = Article(aid, feed.id, f"i-{aid}", url, url, aid, f"Title {aid}", text,
                          "en", when, f"h-{aid}")  # fmt: skip
        events = []
        for k in range(events_per_article):
            kind = rng.choice(types)
            events.append(
                Event(
                    type=kind,
                    status=rng.choice(EVENT_TYPES[kind]),
                    initiator=rng.choice(("CA", "US")),
                    target=rng.choice(("CA", "US")),
                    products=[rng.choice(PRODUCTS)],
                    evidence=text[:40],
                    char_end=40,
                    confidence=0.5,
                    rule=f"synth-{k}",
                )
            )
        batch.items.append(ItemRecord(item, f"i-{aid}", aid, "new", None))
        batch.articles.append(
            ArticleRecord(article, True, events, [Person("Mark Carney", "Prime Minister", "CA")])
        )
        batch.keys[f"url:{url}"] = aid
    c = batch.counts
    c.feeds_total = 1
    c.items_new = c.articles_new = articles
    c.events_new = articles * events_per_article
    batch.finished_at = when + timedelta(minutes=5)
    return batch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fill a warehouse with synthetic news")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=None, help="default: 3 per article")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    conn = warehouse.connect(args.db)
    try:
        synth_warehouse(
            conn,
            articles=args.articles,
            events=args.events if args.events is not None else 3 * args.articles,
            seed=args.seed,
            days=args.days,
        )
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
