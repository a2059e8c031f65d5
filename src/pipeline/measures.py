"""Cross-article event linking: event clusters and measures with a lifecycle.

The extractor gives one event per happening *inside* an article (a mention). Here mentions
of the same happening in different articles are linked into an **event cluster**, and the
tariff and non-tariff mentions into **measures** whose lifecycle (threatened, announced,
in effect, paused, reduced, exempted, removed) records when each stage was first reported
and by whom, in the spirit of Global Trade Alert's intervention records. The method is in
docs/measures.md; in short:

1. Normalise each mention: WORLD as target is folded into the other party (the taxonomy
   scores them equal); symmetric types (talks, leader contact, agreements) order their two
   parties; products become a sorted, de-duplicated key.
2. Resolve *wildcards* inside a scope. A mention without a rate takes the rate most reported
   in its scope among mentions with compatible products (overlapping, or either empty);
   then a mention without products takes the product set most reported in its scope among
   mentions with its (resolved) rate or no rate. Ties go to the smaller rate / product key.
   Two different rates, or two different non-empty product sets, are never merged.
3. Clusters: scope = (type, status, parties); within a resolved (rate, products) family,
   mentions sorted by publication day chain into one cluster while consecutive reports are
   at most `WINDOW_DAYS` apart.
   Measures: scope = (type, initiator, target party) over all time, tariffs and non-tariff
   measures only; each resolved family is one measure, its stages one per status reported,
   in order of first report.

The same method exists twice: as pure functions over `Mention`s (`cluster_events`,
`build_measures`: the reference, used by the tests) and as DuckDB SQL over the warehouse
(`refresh_clusters`, fast enough for millions of events). Tests check that they agree.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import duckdb

from pipeline.models import EVENT_TYPES, SYMMETRIC_TYPES

log = logging.getLogger(__name__)

WINDOW_DAYS = 10
MEASURE_TYPES = ("tariff", "nontariff_measure")
LATEST_SOURCES = 5
STAGE_SOURCES = 10
# Taxonomy order of statuses, to order stages first reported on the same day.
STATUS_RANK: dict[str, int] = {
    s: i for statuses in EVENT_TYPES.values() for i, s in enumerate(statuses)
}


# --- records --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as one article reports it (a row of the `event_mentions` view)."""

    event_id: str
    article_id: str
    type: str
    status: str
    initiator: str
    target: str
    published_at: datetime  # the article's publication time
    publisher: str = ""
    rate_pct: float | None = None
    products: tuple[str, ...] = ()
    effective_date: date | None = None
    retaliatory: bool = False
    value_amount: float | None = None
    link: str | None = None
    evidence: str = ""

    @property
    def day(self) -> date:
        """UTC calendar day of publication."""
        ts = self.published_at
        return (ts.astimezone(UTC) if ts.tzinfo else ts).date()

    @property
    def target_party(self) -> str:
        return target_party(self.initiator, self.target)

    @property
    def parties(self) -> tuple[str, str]:
        tp = self.target_party
        if self.type in SYMMETRIC_TYPES:
            return (min(self.initiator, tp), max(self.initiator, tp))
        return (self.initiator, tp)

    @property
    def pkey(self) -> str:
        return product_key(self.products)


@dataclass(frozen=True, slots=True)
class EventCluster:
    """Mentions of one happening across articles."""

    cluster_id: str
    type: str
    status: str
    party_a: str  # the initiator for directed types; the smaller code for symmetric ones
    party_b: str  # the target party (WORLD folded); the larger code for symmetric ones
    rate_pct: float | None
    products: tuple[str, ...]
    first_reported: date
    last_reported: date
    effective_date: date | None
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    publishers: tuple[str, ...]
    retaliatory: bool
    measure_id: str | None


@dataclass(frozen=True, slots=True)
class MeasureStage:
    status: str
    stage_no: int
    first_reported: date
    last_reported: date
    effective_date: date | None
    mentions: int
    articles: int
    publishers: tuple[str, ...]
    source_articles: tuple[str, ...]  # the first STAGE_SOURCES articles reporting it


@dataclass(frozen=True, slots=True)
class Measure:
    """A tariff or non-tariff measure with its lifecycle."""

    measure_id: str
    type: str
    initiator: str
    target: str
    rate_pct: float | None
    products: tuple[str, ...]
    retaliatory: bool
    first_reported: date
    last_reported: date
    current_status: str
    first_effective_date: date | None
    mentions: int
    articles: int
    publishers: int
    stages: tuple[MeasureStage, ...]

    @property
    def lifecycle(self) -> list[str]:
        return [s.status for s in self.stages]


# --- normalisation and ids -------------------------------------------------------------


def target_party(initiator: str, target: str) -> str:
    """The target with WORLD folded into the other party (as the taxonomy scores it)."""
    if target != "WORLD":
        return target
    return "CA" if initiator.startswith("US") else "US"


def product_key(products: Iterable[str]) -> str:
    return ",".join(sorted(set(products)))


def _rate_str(rate: float | None) -> str:
    # Equal to DuckDB's CAST(rate AS VARCHAR) for the rates the extractor gives.
    return "" if rate is None else repr(float(rate))


def _md5(*parts: str) -> str:
    return hashlib.md5("|".join(parts).encode("utf-8")).hexdigest()


def cluster_id(type_: str, status: str, a: str, b: str, rate, pkey: str, first: date) -> str:
    return _md5(type_, status, a, b, _rate_str(rate), pkey, first.isoformat())[:24]


def measure_id(type_: str, initiator: str, target: str, rate, pkey: str) -> str:
    # The formula of the old v_measure_events id (sql/110), on the resolved rate/products.
    return _md5(type_, initiator, target, pkey, _rate_str(rate))


# --- wildcard resolution ----------------------------------------------------------------


def _compatible(p: str, q: str) -> bool:
    return p == "" or q == "" or bool(set(p.split(",")) & set(q.split(",")))


def resolve_families(
    patterns: Counter[tuple[float | None, str]],
) -> dict[tuple[float | None, str], tuple[float | None, str]]:
    """(rate, product key) -> resolved (rate, product key), inside one scope."""
    out = {}
    for rate, pkey in patterns:
        res_rate = rate
        if rate is None:
            scores: Counter[float] = Counter()
            for (r2, p2), n in patterns.items():
                if r2 is not None and _compatible(pkey, p2):
                    scores[r2] += n
            if scores:
                res_rate = min(scores, key=lambda r: (-scores[r], r))
        res_pkey = pkey
        if pkey == "":
            pscores: Counter[str] = Counter()
            for (r2, p2), n in patterns.items():
                if p2 != "" and (r2 is None or r2 == res_rate):
                    pscores[p2] += n
            if pscores:
                res_pkey = min(pscores, key=lambda p: (-pscores[p], p))
        out[(rate, pkey)] = (res_rate, res_pkey)
    return out


def _families(mentions: Iterable[Mention], scope) -> dict[tuple, list[Mention]]:
    """Group mentions by (scope, resolved rate, resolved product key)."""
    by_scope: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_scope[scope(m)].append(m)
    families: dict[tuple, list[Mention]] = defaultdict(list)
    for key, ms in by_scope.items():
        resolved = resolve_families(Counter((m.rate_pct, m.pkey) for m in ms))
        for m in ms:
            families[(*key, *resolved[(m.rate_pct, m.pkey)])].append(m)
    return families


def _products(pkey: str) -> tuple[str, ...]:
    return tuple(pkey.split(",")) if pkey else ()


def _measure_scope(m: Mention) -> tuple[str, str, str]:
    return (m.type, m.initiator, m.target_party)


def _cluster_scope(m: Mention) -> tuple[str, str, str, str]:
    return (m.type, m.status, *m.parties)


def _latest_first(ms: Iterable[Mention]) -> list[Mention]:
    return sorted(ms, key=lambda m: (m.published_at, m.event_id), reverse=True)


# --- the pure functions -----------------------------------------------------------------


def measure_of(mentions: Sequence[Mention]) -> dict[str, str]:
    """event id -> measure id, for the tariff and non-tariff mentions."""
    out = {}
    measure_mentions = [m for m in mentions if m.type in MEASURE_TYPES]
    for (type_, ini, tgt, rate, pkey), ms in _families(measure_mentions, _measure_scope).items():
        mid = measure_id(type_, ini, tgt, rate, pkey)
        for m in ms:
            out[m.event_id] = mid
    return out


def cluster_events(
    mentions: Sequence[Mention], window_days: int = WINDOW_DAYS
) -> list[EventCluster]:
    """Link mentions of the same happening across articles; sorted by cluster id."""
    measures = measure_of(mentions)
    clusters = []
    for (type_, status, a, b, rate, pkey), ms in _families(mentions, _cluster_scope).items():
        ms = sorted(ms, key=lambda m: (m.day, m.event_id))
        groups: list[list[Mention]] = []
        for m in ms:
            if groups and (m.day - groups[-1][-1].day).days <= window_days:
                groups[-1].append(m)
            else:
                groups.append([m])
        for g in groups:
            mids = Counter(measures[m.event_id] for m in g if m.event_id in measures)
            effective = [m.effective_date for m in g if m.effective_date]
            clusters.append(
                EventCluster(
                    cluster_id=cluster_id(type_, status, a, b, rate, pkey, g[0].day),
                    type=type_,
                    status=status,
                    party_a=a,
                    party_b=b,
                    rate_pct=rate,
                    products=_products(pkey),
                    first_reported=g[0].day,
                    last_reported=g[-1].day,
                    effective_date=min(effective) if effective else None,
                    event_ids=tuple(sorted(m.event_id for m in g)),
                    article_ids=tuple(sorted({m.article_id for m in g})),
                    publishers=tuple(sorted({m.publisher for m in g if m.publisher})),
                    retaliatory=any(m.retaliatory for m in g),
                    measure_id=min(mids, key=lambda k: (-mids[k], k)) if mids else None,
                )
            )
    return sorted(clusters, key=lambda c: c.cluster_id)


def _stage(status: str, ms: list[Mention]) -> MeasureStage:
    first_pub: dict[str, datetime] = {}
    for m in ms:
        if m.article_id not in first_pub or m.published_at < first_pub[m.article_id]:
            first_pub[m.article_id] = m.published_at
    sources = sorted(first_pub, key=lambda a: (first_pub[a], a))[:STAGE_SOURCES]
    effective = [m.effective_date for m in ms if m.effective_date]
    return MeasureStage(
        status=status,
        stage_no=0,
        first_reported=min(m.day for m in ms),
        last_reported=max(m.day for m in ms),
        effective_date=min(effective) if effective else None,
        mentions=len(ms),
        articles=len(first_pub),
        publishers=tuple(sorted({m.publisher for m in ms if m.publisher})),
        source_articles=tuple(sources),
    )


def build_measures(mentions: Sequence[Mention]) -> list[Measure]:
    """Tariff and non-tariff measures with their lifecycles; sorted by measure id."""
    out = []
    measure_mentions = [m for m in mentions if m.type in MEASURE_TYPES]
    for (type_, ini, tgt, rate, pkey), ms in _families(measure_mentions, _measure_scope).items():
        by_status: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            by_status[m.status].append(m)
        stages = sorted(
            (_stage(s, g) for s, g in by_status.items()),
            key=lambda st: (st.first_reported, STATUS_RANK.get(st.status, 99), st.status),
        )
        stages = [
            MeasureStage(**{**{f: getattr(st, f) for f in st.__slots__}, "stage_no": i})
            for i, st in enumerate(stages, 1)
        ]
        effective = [m.effective_date for m in ms if m.effective_date]
        out.append(
            Measure(
                measure_id=measure_id(type_, ini, tgt, rate, pkey),
                type=type_,
                initiator=ini,
                target=tgt,
                rate_pct=rate,
                products=_products(pkey),
                retaliatory=any(m.retaliatory for m in ms),
                first_reported=min(m.day for m in ms),
                last_reported=max(m.day for m in ms),
                current_status=_latest_first(ms)[0].status,
                first_effective_date=min(effective) if effective else None,
                mentions=len(ms),
                articles=len({m.article_id for m in ms}),
                publishers=len({m.publisher for m in ms if m.publisher}),
                stages=tuple(stages),
            )
        )
    return sorted(out, key=lambda m: m.measure_id)


# --- the warehouse side -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    mentions: int
    clusters: int
    measures: int
    stages: int
    elapsed_ms: float


_STATUS_ORDER = "[" + ", ".join(f"'{s}'" for s in EVENT_TYPES["tariff"]) + "]"
_RKEY = "COALESCE(CAST({col} AS VARCHAR), '')"


def _resolve_sql(src: str, scope: Sequence[str], out: str) -> str:
    """SQL creating `out`: (scope, rkey, product_key) -> res_rate, res_pkey (see module doc)."""
    cols = ", ".join(scope)
    on = " AND ".join(f"q.{c} = p.{c}" for c in scope)
    part = ", ".join(f"p.{c}" for c in scope)
    return f"""
    CREATE OR REPLACE TEMP TABLE {out} AS
    WITH pat AS (
        SELECT {cols}, rkey, any_value(rate_pct) AS rate, product_key,
               CASE WHEN product_key = '' THEN []::VARCHAR[]
                    ELSE string_split(product_key, ',') END AS products,
               count(*) AS n
        FROM {src} GROUP BY {cols}, rkey, product_key
    ),
    rate_cands AS (
        SELECT * FROM (
            SELECT {part}, p.product_key, q.rate AS cand, sum(q.n) AS score
            FROM pat p JOIN pat q ON {on} AND q.rate IS NOT NULL
             AND (p.product_key = '' OR q.product_key = ''
                  OR list_has_any(p.products, q.products))
            WHERE p.rate IS NULL
            GROUP BY ALL)
        QUALIFY row_number() OVER (
            PARTITION BY {cols}, product_key ORDER BY score DESC, cand) = 1
    ),
    rated AS (
        SELECT p.*, COALESCE(p.rate, r.cand) AS res_rate
        FROM pat p LEFT JOIN rate_cands r
          ON {on.replace("q.", "r.")} AND p.rate IS NULL AND r.product_key = p.product_key
    ),
    prod_cands AS (
        SELECT * FROM (
            SELECT {part}, p.rkey, q.product_key AS cand, sum(q.n) AS score
            FROM rated p JOIN pat q ON {on} AND q.product_key <> ''
             AND (q.rate IS NULL OR q.rate = p.res_rate)
            WHERE p.product_key = ''
            GROUP BY ALL)
        QUALIFY row_number() OVER (PARTITION BY {cols}, rkey ORDER BY score DESC, cand) = 1
    )
    SELECT {part}, p.rkey, p.product_key, p.res_rate,
           COALESCE(c.cand, p.product_key) AS res_pkey
    FROM rated p LEFT JOIN prod_cands c
      ON {on.replace("q.", "c.")} AND c.rkey = p.rkey AND p.product_key = ''
    """


def refresh_clusters(
    conn: duckdb.DuckDBPyConnection, window_days: int = WINDOW_DAYS
) -> ClusterSummary:
    """Recompute event_clusters, event_cluster_members, measures and measure_stages.

    Runs INSIDE a transaction the caller has already opened (it issues no BEGIN, COMMIT or
    ROLLBACK): call it just before the load's COMMIT, so readers see the new events and
    their clusters together, and a failure rolls both back. Idempotent: the same events give
    the same rows with the same ids. Everything is set-based SQL (window functions over the
    sorted keys), only the statements are built here.
    """
    started = time.perf_counter()
    _SYM = tuple(sorted(SYMMETRIC_TYPES))
    rkey = _RKEY.format(col="rate_pct")
    cscope = ("type", "status", "party_a", "party_b")
    cjoin = " AND ".join(f"r.{c} = d.{c}" for c in (*cscope, "rkey", "product_key"))
    sql = [
        # The mentions, narrow (no text): links and evidence are fetched for the few
        # latest reports of each measure at the end.
        f"""CREATE OR REPLACE TEMP TABLE _lk_em AS
            SELECT event_id, article_id, type, status, initiator, target_party,
                   CASE WHEN type IN {_SYM} THEN least(initiator, target_party)
                        ELSE initiator END AS party_a,
                   CASE WHEN type IN {_SYM} THEN greatest(initiator, target_party)
                        ELSE target_party END AS party_b,
                   retaliatory, rate_pct, {rkey} AS rkey, product_key, effective_date,
                   value_amount, published_at, day, publisher
            FROM event_mentions
            -- an article with no day (no publication time and no run) cannot be placed
            -- in time; it would fail every later load on the NOT NULL report dates
            WHERE day IS NOT NULL""",
        # Measures: scope (type, initiator, target party), tariffs and non-tariff measures.
        _resolve_sql(
            "(SELECT * FROM _lk_em WHERE type IN ('tariff', 'nontariff_measure'))",
            ("type", "initiator", "target_party"),
            "_lk_mres",
        ),
        f"""CREATE OR REPLACE TEMP TABLE _lk_mm AS
            SELECT m.*, r.res_rate, r.res_pkey,
                   md5(concat_ws('|', m.type, m.initiator, m.target_party, r.res_pkey,
                                 {_RKEY.format(col="r.res_rate")})) AS measure_id
            FROM _lk_em m JOIN _lk_mres r
              ON r.type = m.type AND r.initiator = m.initiator
             AND r.target_party = m.target_party AND r.rkey = m.rkey
             AND r.product_key = m.product_key""",
        # Clusters: scope (type, status, parties). The chaining by publication day runs
        # over the distinct (family, day) pairs, a small table, then maps back.
        _resolve_sql("_lk_em", cscope, "_lk_cres"),
        f"""CREATE OR REPLACE TEMP TABLE _lk_cdays AS
            WITH pattern_days AS (
                SELECT type, status, party_a, party_b, rkey, product_key, day
                FROM _lk_em GROUP BY ALL
            ),
            fam_days AS (
                SELECT d.*, r.res_rate, r.res_pkey,
                       concat_ws('|', d.type, d.status, d.party_a, d.party_b,
                                 {_RKEY.format(col="r.res_rate")}, r.res_pkey) AS fam
                FROM pattern_days d JOIN _lk_cres r ON {cjoin}
            ),
            days AS (SELECT fam, day FROM fam_days GROUP BY ALL),
            breaks AS (
                SELECT fam, day,
                       CASE WHEN day - lag(day) OVER (PARTITION BY fam ORDER BY day)
                                 > {int(window_days)} THEN 1 ELSE 0 END AS brk
                FROM days
            ),
            sessions AS (
                SELECT fam, day, sum(brk) OVER (PARTITION BY fam ORDER BY day
                                                ROWS UNBOUNDED PRECEDING) AS sess
                FROM breaks
            ),
            ids AS (
                SELECT fam, day,
                       substr(md5(fam || '|' || CAST(min(day) OVER (PARTITION BY fam, sess)
                                                     AS VARCHAR)), 1, 24) AS cluster_id
                FROM sessions
            )
            SELECT f.* EXCLUDE (fam), ids.cluster_id
            FROM fam_days f JOIN ids USING (fam, day)""",
        f"""CREATE OR REPLACE TEMP TABLE _lk_cm AS
            SELECT e.event_id, e.article_id, e.day, e.effective_date, e.publisher,
                   e.retaliatory, r.cluster_id
            FROM _lk_em e JOIN _lk_cdays r
              ON {cjoin.replace("d.", "e.")} AND r.day = e.day""",
        """CREATE OR REPLACE TEMP TABLE _lk_members AS
           SELECT c.event_id, c.cluster_id, c.article_id, m.measure_id
           FROM _lk_cm c LEFT JOIN _lk_mm m USING (event_id)""",
        """CREATE OR REPLACE TEMP TABLE _lk_cmeasure AS
           SELECT cluster_id, measure_id FROM (
               SELECT cluster_id, measure_id, count(*) AS n FROM _lk_members
               WHERE measure_id IS NOT NULL GROUP BY ALL)
           QUALIFY row_number() OVER (PARTITION BY cluster_id ORDER BY n DESC, measure_id) = 1
        """,
        "DELETE FROM event_cluster_members",
        """INSERT INTO event_cluster_members (event_id, cluster_id, article_id, measure_id)
           SELECT event_id, cluster_id, article_id, measure_id FROM _lk_members""",
        "DELETE FROM event_clusters",
        """INSERT INTO event_clusters BY NAME
           WITH keys AS (
               SELECT cluster_id, any_value(type) AS type, any_value(status) AS status,
                      any_value(party_a) AS party_a, any_value(party_b) AS party_b,
                      any_value(res_rate) AS rate_pct,
                      CASE WHEN any_value(res_pkey) = '' THEN []::VARCHAR[]
                           ELSE string_split(any_value(res_pkey), ',') END AS products
               FROM _lk_cdays GROUP BY cluster_id
           ),
           agg AS (
               SELECT cluster_id, min(day) AS first_reported, max(day) AS last_reported,
                      min(effective_date) AS effective_date, count(*) AS mentions,
                      count(DISTINCT article_id) AS articles,
                      count(DISTINCT publisher) AS publishers,
                      bool_or(retaliatory) AS retaliatory
               FROM _lk_cm GROUP BY cluster_id
           )
           SELECT k.*, a.* EXCLUDE (cluster_id), cm.measure_id
           FROM keys k JOIN agg a USING (cluster_id)
           LEFT JOIN _lk_cmeasure cm USING (cluster_id)""",
        "DELETE FROM measure_stages",
        f"""INSERT INTO measure_stages BY NAME
            WITH per_article AS (
                SELECT measure_id, status, article_id, min(published_at) AS first_pub
                FROM _lk_mm GROUP BY ALL
            ),
            sources AS (
                SELECT measure_id, status, count(*) AS articles,
                       arg_min(article_id, (first_pub, article_id), {STAGE_SOURCES})
                           AS source_articles
                FROM per_article GROUP BY ALL
            ),
            stages AS (
                SELECT measure_id, status, min(day) AS first_reported,
                       max(day) AS last_reported, min(effective_date) AS effective_date,
                       count(*) AS mentions,
                       list_sort(list(DISTINCT publisher)) AS publishers
                FROM _lk_mm GROUP BY ALL
            )
            SELECT s.*, src.articles, src.source_articles,
                   CAST(row_number() OVER (
                       PARTITION BY s.measure_id
                       ORDER BY s.first_reported, list_position({_STATUS_ORDER}, s.status),
                                s.status) AS INTEGER) AS stage_no
            FROM stages s JOIN sources src USING (measure_id, status)""",
        "DELETE FROM measures",
        f"""INSERT INTO measures BY NAME
            WITH clusters AS (
                SELECT measure_id, count(*) AS clusters FROM _lk_cmeasure GROUP BY ALL
            ),
            stages AS (
                SELECT measure_id, CAST(count(*) AS INTEGER) AS stages
                FROM measure_stages GROUP BY ALL
            ),
            agg AS (
                SELECT measure_id, any_value(type) AS type, any_value(initiator) AS initiator,
                       any_value(target_party) AS target, any_value(res_rate) AS rate_pct,
                       CASE WHEN any_value(res_pkey) = '' THEN []::VARCHAR[]
                            ELSE string_split(any_value(res_pkey), ',') END AS products,
                       bool_or(retaliatory) AS retaliatory,
                       min(day) AS first_reported, max(day) AS last_reported,
                       arg_max(status, (published_at, event_id)) AS current_status,
                       min(effective_date) AS first_effective_date,
                       max(value_amount) AS max_value_amount,
                       count(*) AS mentions, count(DISTINCT article_id) AS articles,
                       count(DISTINCT publisher) AS publishers,
                       arg_max(event_id, (published_at, event_id), {LATEST_SOURCES})
                           AS latest_ids
                FROM _lk_mm GROUP BY measure_id
            ),
            latest AS (
                SELECT measure_id, unnest(latest_ids) AS event_id,
                       generate_subscripts(latest_ids, 1) AS pos
                FROM agg
            ),
            texts AS (
                SELECT l.measure_id,
                       list(COALESCE(a.canonical_url, a.url) ORDER BY l.pos)
                           AS latest_sources,
                       list(e.evidence ORDER BY l.pos)[1] AS latest_evidence
                FROM latest l JOIN events e USING (event_id)
                JOIN articles a ON a.article_id = e.article_id
                GROUP BY l.measure_id
            )
            SELECT g.* EXCLUDE (latest_ids), st.stages,
                   COALESCE(cl.clusters, 0) AS clusters,
                   t.latest_sources, t.latest_evidence
            FROM agg g
            JOIN texts t USING (measure_id)
            LEFT JOIN clusters cl USING (measure_id)
            LEFT JOIN stages st USING (measure_id)""",
    ]
    for statement in sql:
        t0 = time.perf_counter()
        conn.execute(statement)
        log.debug("%.0f ms: %s", (time.perf_counter() - t0) * 1000, statement.split("\n")[0])
    counts = conn.execute(
        """SELECT (SELECT count(*) FROM event_cluster_members),
                  (SELECT count(*) FROM event_clusters), (SELECT count(*) FROM measures),
                  (SELECT count(*) FROM measure_stages)"""
    ).fetchall()[0]
    for table in ("_lk_em", "_lk_mres", "_lk_mm", "_lk_cres", "_lk_cdays", "_lk_cm",
                  "_lk_members", "_lk_cmeasure"):  # fmt: skip
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    elapsed = (time.perf_counter() - started) * 1000
    summary = ClusterSummary(*(int(c) for c in counts), elapsed_ms=elapsed)
    log.info(
        "linked %d mentions into %d clusters and %d measures (%d stages) in %.0f ms",
        summary.mentions,
        summary.clusters,
        summary.measures,
        summary.stages,
        elapsed,
    )
    return summary


def clusters_are_current(conn: duckdb.DuckDBPyConnection) -> bool:
    """True when every linkable mention, and only those, has its cluster row (a cheap
    staleness check; a mention that cannot be placed in time is never linked)."""
    row = conn.execute(
        """WITH linkable AS (SELECT event_id FROM event_mentions WHERE day IS NOT NULL)
           SELECT (SELECT count(*) FROM linkable) = (SELECT count(*) FROM event_cluster_members)
                  AND NOT EXISTS (SELECT 1 FROM linkable ANTI JOIN event_cluster_members
                                  USING (event_id))"""
    ).fetchall()[0]
    return bool(row[0])


def load_mentions(conn: duckdb.DuckDBPyConnection) -> list[Mention]:
    """All mentions of the warehouse as `Mention`s (for checks and small warehouses)."""
    rows = conn.execute(
        """SELECT event_id, article_id, type, status, initiator, target, published_at,
                  publisher, rate_pct, products, effective_date, retaliatory, value_amount,
                  link, evidence
           FROM event_mentions WHERE day IS NOT NULL ORDER BY event_id"""
    ).fetchall()
    return [
        Mention(
            event_id=r[0],
            article_id=r[1],
            type=r[2],
            status=r[3],
            initiator=r[4],
            target=r[5],
            published_at=r[6],
            publisher=r[7],
            rate_pct=r[8],
            products=tuple(r[9]),
            effective_date=r[10],
            retaliatory=r[11],
            value_amount=r[12],
            link=r[13],
            evidence=r[14],
        )
        for r in rows
    ]
