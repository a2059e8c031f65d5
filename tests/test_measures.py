"""Cross-article event clusters and measures: the pure functions and the warehouse side."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline import event_codes, measures, warehouse
from pipeline.measures import Mention, build_measures, cluster_events
from pipeline.report import refresh_reporting

PUBLISHERS = ("CBC News", "Reuters", "The Globe and Mail", "Politico", "Toronto Star")


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def mention(eid: str, day: str, type_="tariff", status="threatened", initiator="US",
            target="CA", rate=25.0, products=("steel",), article=None, publisher="Reuters",
            effective=None, hour=12, **kw) -> Mention:  # fmt: skip
    return Mention(
        event_id=eid,
        article_id=article or f"a-{eid}",
        type=type_,
        status=status,
        initiator=initiator,
        target=target,
        published_at=at(day, hour),
        publisher=publisher,
        rate_pct=rate,
        products=tuple(products),
        effective_date=date.fromisoformat(effective) if effective else None,
        **kw,
    )


LIFECYCLE = [
    mention("e1", "2025-02-01", status="threatened", publisher=PUBLISHERS[0]),
    mention("e2", "2025-02-20", status="announced", publisher=PUBLISHERS[1],
            effective="2025-03-12"),
    mention("e3", "2025-03-12", status="in_effect", publisher=PUBLISHERS[2],
            effective="2025-03-12", target="WORLD"),
    mention("e4", "2025-04-09", status="paused", publisher=PUBLISHERS[3],
            effective="2025-04-10"),
    mention("e5", "2025-06-30", status="removed", publisher=PUBLISHERS[4],
            effective="2025-07-01"),
]  # fmt: skip


# --- pure functions ---------------------------------------------------------------------


def test_a_lifecycle_across_five_articles_is_one_measure_with_five_stages():
    [m] = build_measures(LIFECYCLE)
    assert (m.type, m.initiator, m.target, m.rate_pct, m.products) == (
        "tariff", "US", "CA", 25.0, ("steel",))  # fmt: skip
    assert m.lifecycle == ["threatened", "announced", "in_effect", "paused", "removed"]
    assert [s.stage_no for s in m.stages] == [1, 2, 3, 4, 5]
    assert [s.first_reported for s in m.stages] == [
        date(2025, 2, 1), date(2025, 2, 20), date(2025, 3, 12), date(2025, 4, 9),
        date(2025, 6, 30)]  # fmt: skip
    assert [s.effective_date for s in m.stages] == [
        None,
        date(2025, 3, 12),
        date(2025, 3, 12),
        date(2025, 4, 10),
        date(2025, 7, 1),
    ]
    assert [s.publishers for s in m.stages] == [(p,) for p in PUBLISHERS]
    assert [s.source_articles for s in m.stages] == [(f"a-e{i}",) for i in range(1, 6)]
    assert (m.current_status, m.first_reported, m.last_reported) == (
        "removed",
        date(2025, 2, 1),
        date(2025, 6, 30),
    )
    assert (m.mentions, m.articles, m.publishers, m.first_effective_date) == (
        5,
        5,
        5,
        date(2025, 3, 12),
    )
    # Five statuses, five happenings: five clusters, all of the one measure.
    clusters = cluster_events(LIFECYCLE)
    assert len(clusters) == 5
    assert {c.measure_id for c in clusters} == {m.measure_id}


def test_first_reported_is_the_earliest_publication_of_the_stage():
    ms = [
        *LIFECYCLE,
        mention("e6", "2025-03-20", status="in_effect", publisher="CBC News"),
        mention("e7", "2025-03-10", status="in_effect", publisher="Politico", hour=23),
    ]
    [m] = build_measures(ms)
    stage = m.stages[2]
    assert (stage.status, stage.first_reported, stage.last_reported) == (
        "in_effect",
        date(2025, 3, 10),
        date(2025, 3, 20),
    )
    assert stage.source_articles == ("a-e7", "a-e3", "a-e6")
    assert stage.publishers == ("CBC News", "Politico", "The Globe and Mail")
    assert (stage.mentions, stage.articles) == (3, 3)


def test_two_different_rates_are_two_measures():
    ms = [
        mention("e1", "2025-03-01", rate=25.0, products=("all_goods",)),
        mention("e2", "2025-03-02", rate=10.0, products=("energy",)),
        mention("e3", "2025-03-03", rate=25.0, products=("all_goods",), status="in_effect"),
        mention("e4", "2025-03-04", rate=10.0, products=("energy",), status="in_effect"),
    ]
    found = build_measures(ms)
    assert sorted((m.rate_pct, m.lifecycle) for m in found) == [
        (10.0, ["threatened", "in_effect"]),
        (25.0, ["threatened", "in_effect"]),
    ]
    # Same products, different rates: still two.
    ms2 = [mention("e1", "2025-03-01", rate=25.0), mention("e2", "2025-03-02", rate=35.0)]
    assert len(build_measures(ms2)) == 2
    assert len(cluster_events(ms2)) == 2


def test_a_mention_without_rate_or_products_joins_the_most_reported_compatible_measure():
    ms = [
        mention("e1", "2025-03-01", rate=25.0, products=("steel", "aluminum")),
        mention("e2", "2025-03-02", rate=25.0, products=("steel", "aluminum")),
        mention("e7", "2025-03-02", rate=25.0, products=("aluminum", "steel")),
        mention("e3", "2025-03-02", rate=10.0, products=("energy",)),
        mention("e4", "2025-03-03", rate=None, products=("steel",)),  # -> 25 (overlap)
        mention("e5", "2025-03-03", rate=None, products=()),  # -> 25, aluminum+steel
        mention("e6", "2025-03-04", rate=10.0, products=()),  # -> 10, energy
    ]
    found = {(m.rate_pct, m.products): m.mentions for m in build_measures(ms)}
    assert found == {
        (25.0, ("aluminum", "steel")): 4,  # e1, e2, e7, e5
        (25.0, ("steel",)): 1,  # e4: rate resolved, its own (different) product set
        (10.0, ("energy",)): 2,
    }
    [c] = [c for c in cluster_events(ms) if c.rate_pct == 10.0]
    assert c.event_ids == ("e3", "e6")


def test_symmetric_talks_cluster_whatever_the_party_order():
    ms = [
        mention("t1", "2025-05-01", type_="trade_talks", status="ongoing", initiator="CA",
                target="US", rate=None, products=(), publisher="CBC News"),
        mention("t2", "2025-05-03", type_="trade_talks", status="ongoing", initiator="US",
                target="CA", rate=None, products=(), publisher="Reuters"),
        mention("t3", "2025-05-02", type_="leader_contact", status="held", initiator="US",
                target="CA", rate=None, products=()),
    ]  # fmt: skip
    clusters = cluster_events(ms)
    talks = [c for c in clusters if c.type == "trade_talks"]
    assert len(talks) == 1
    assert (talks[0].party_a, talks[0].party_b, talks[0].event_ids) == ("CA", "US", ("t1", "t2"))
    assert talks[0].publishers == ("CBC News", "Reuters")
    assert talks[0].measure_id is None
    assert build_measures(ms) == []  # talks are not measures
    # A directed type keeps the order: CA -> US and US -> CA tariffs are different.
    tariffs = [mention("x1", "2025-05-01", initiator="CA", target="US"),
               mention("x2", "2025-05-01", initiator="US", target="CA")]  # fmt: skip
    assert len(cluster_events(tariffs)) == 2


def test_world_target_clusters_with_the_other_party():
    ms = [
        mention("w1", "2025-03-26", status="announced", target="WORLD", products=("autos",)),
        mention("w2", "2025-03-27", status="announced", target="CA", products=("autos",)),
    ]
    [c] = cluster_events(ms)
    assert (c.party_a, c.party_b, c.event_ids) == ("US", "CA", ("w1", "w2"))
    [m] = build_measures(ms)
    assert m.target == "CA"
    # A Canadian measure on WORLD is aimed at the US.
    assert measures.target_party("CA-ON", "WORLD") == "US"


def test_mentions_forty_days_apart_do_not_cluster_but_a_chain_within_the_window_does():
    far = [mention("f1", "2025-03-01"), mention("f2", "2025-04-10")]
    assert [c.event_ids for c in cluster_events(far)] != [("f1", "f2")]
    assert len(cluster_events(far)) == 2
    assert len(build_measures(far)) == 1  # the same measure, threatened twice
    chain = [mention("c1", "2025-03-01"), mention("c2", "2025-03-11"),
             mention("c3", "2025-03-21")]  # fmt: skip
    [c] = cluster_events(chain)
    assert (c.first_reported, c.last_reported, len(c.event_ids)) == (
        date(2025, 3, 1),
        date(2025, 3, 21),
        3,
    )


def test_incompatible_products_are_different_happenings():
    ms = [mention("p1", "2025-03-01", products=("steel",)),
          mention("p2", "2025-03-02", products=("lumber",)),
          mention("p3", "2025-03-02", products=())]  # fmt: skip
    clusters = cluster_events(ms)
    # The empty mention goes to the most reported set; a tie goes to the smaller key.
    assert sorted(c.event_ids for c in clusters) == [("p1",), ("p2", "p3")]


# --- the warehouse side -----------------------------------------------------------------


def _insert(conn, mentions: list[Mention]) -> None:
    """Articles (one feed per publisher) and events for the mentions, straight in SQL."""
    feeds = sorted({m.publisher for m in mentions})
    conn.executemany(
        "INSERT OR IGNORE INTO feeds (feed_id, url, publisher) VALUES (?, ?, ?)",
        [(f"feed-{p}", f"https://{i}.example/rss", p) for i, p in enumerate(feeds)],
    )
    articles = {}
    for m in mentions:
        articles.setdefault(m.article_id, m)
    conn.executemany(
        """INSERT OR IGNORE INTO articles (article_id, feed_id, first_item_id, url, title, text,
               published_at, content_hash, run_id, relevant, extractor_version)
           VALUES (?, ?, ?, ?, 'T', 't', ?, ?, 'r', TRUE, 'v')""",
        [(a, f"feed-{m.publisher}", a, f"https://x/{a}", m.published_at, a)
         for a, m in articles.items()],
    )  # fmt: skip
    conn.executemany(
        """INSERT INTO events VALUES (?, ?, 'v', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 0, 1,
                                      0.9, 'r', 'r', NULL, FALSE)""",
        [(m.event_id, m.article_id, i, m.type, m.status, m.initiator, m.target,
          m.retaliatory, m.rate_pct, m.value_amount, list(m.products), m.effective_date,
          m.evidence or "e") for i, m in enumerate(mentions)],
    )  # fmt: skip


def _refresh(conn):
    conn.execute("BEGIN TRANSACTION")
    summary = measures.refresh_clusters(conn)
    conn.execute("COMMIT")
    return summary


def _tables(conn) -> dict[str, list[tuple]]:
    return {
        t: conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
        for t in ("event_clusters", "event_cluster_members", "measures", "measure_stages")
    }


def _sql_clusters(conn) -> list[tuple]:
    return conn.execute(
        """SELECT c.cluster_id, type, status, party_a, party_b, rate_pct, products,
                  first_reported, last_reported, effective_date,
                  (SELECT list(event_id ORDER BY event_id) FROM event_cluster_members m
                   WHERE m.cluster_id = c.cluster_id), retaliatory, measure_id, mentions
           FROM event_clusters c ORDER BY cluster_id"""
    ).fetchall()


def _py_clusters(clusters) -> list[tuple]:
    return [
        (c.cluster_id, c.type, c.status, c.party_a, c.party_b, c.rate_pct, list(c.products),
         c.first_reported, c.last_reported, c.effective_date, list(c.event_ids),
         c.retaliatory, c.measure_id, len(c.event_ids))
        for c in clusters
    ]  # fmt: skip


def _sql_measures(conn) -> list[tuple]:
    return conn.execute(
        """SELECT m.measure_id, type, initiator, target, rate_pct, products, retaliatory,
                  m.first_reported, m.last_reported, current_status, first_effective_date,
                  m.mentions, m.articles, m.publishers,
                  list((s.status, s.stage_no, s.first_reported, s.last_reported,
                        s.effective_date, s.mentions, s.articles, s.publishers,
                        s.source_articles) ORDER BY s.stage_no)
           FROM measures m JOIN measure_stages s USING (measure_id)
           GROUP BY ALL ORDER BY m.measure_id"""
    ).fetchall()


def _py_measures(found) -> list[tuple]:
    return [
        (m.measure_id, m.type, m.initiator, m.target, m.rate_pct, list(m.products),
         m.retaliatory, m.first_reported, m.last_reported, m.current_status,
         m.first_effective_date, m.mentions, m.articles, m.publishers,
         [(s.status, s.stage_no, s.first_reported, s.last_reported, s.effective_date,
           s.mentions, s.articles, list(s.publishers), list(s.source_articles))
          for s in m.stages])
        for m in found
    ]  # fmt: skip


ALL_CASES = [
    *LIFECYCLE,
    mention("r1", "2025-03-01", rate=10.0, products=("energy",), initiator="CA-ON"),
    mention("r2", "2025-03-02", rate=None, products=(), initiator="CA-ON",
            status="announced", retaliatory=True, value_amount=3e9),
    mention("t1", "2025-05-01", type_="trade_talks", status="ongoing", initiator="CA",
            target="US", rate=None, products=()),
    mention("t2", "2025-05-03", type_="trade_talks", status="ongoing", initiator="US",
            target="CA", rate=None, products=(), publisher="CBC News"),
    mention("f1", "2025-08-01", status="in_effect", products=("lumber",)),
    mention("f2", "2025-09-10", status="in_effect", products=("lumber",)),
    mention("w1", "2025-03-26", status="announced", target="WORLD", products=("autos",),
            article="a-w"),
    mention("w2", "2025-03-26", status="announced", target="CA", products=("autos",),
            article="a-w", rate=None),
]  # fmt: skip


def test_refresh_in_the_warehouse_equals_the_pure_functions(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    _insert(conn, ALL_CASES)
    summary = _refresh(conn)
    mentions = measures.load_mentions(conn)
    assert len(mentions) == len(ALL_CASES) == summary.mentions
    assert _sql_clusters(conn) == _py_clusters(cluster_events(mentions))
    assert _sql_measures(conn) == _py_measures(build_measures(mentions))
    assert summary.clusters == len(cluster_events(mentions))
    assert measures.clusters_are_current(conn)
    # The lifecycle measure, as the warehouse stores it.
    [(mid, statuses, days)] = conn.execute(
        """SELECT measure_id, list(status ORDER BY stage_no),
                  list(first_reported ORDER BY stage_no)
           FROM measure_stages GROUP BY measure_id HAVING count(*) = 5"""
    ).fetchall()
    assert statuses == ["threatened", "announced", "in_effect", "paused", "removed"]
    assert days == [s.first_reported for s in build_measures(LIFECYCLE)[0].stages]
    row = conn.execute(
        "SELECT stages, clusters, current_status, latest_sources FROM measures "
        "WHERE measure_id = ?",
        [mid],
    ).fetchall()
    assert row == [(5, 5, "removed", [f"https://x/a-e{i}" for i in (5, 4, 3, 2, 1)])]
    conn.close()


def test_refresh_is_idempotent_and_replaces_rows(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    _insert(conn, ALL_CASES)
    _refresh(conn)
    first = _tables(conn)
    _refresh(conn)
    assert _tables(conn) == first
    # Ids are unique.
    for table, key in (("event_clusters", "cluster_id"), ("event_cluster_members", "event_id"),
                       ("measures", "measure_id"),
                       ("measure_stages", "measure_id, stage_no")):  # fmt: skip
        dupes = conn.execute(
            f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY ALL HAVING count(*) > 1)"
        ).fetchall()
        assert dupes == [(0,)], table
    # A new event makes the tables stale until the next refresh, which keeps the old ids.
    _insert(conn, [mention("n1", "2025-02-03", status="threatened", article="a-n1")])
    assert not measures.clusters_are_current(conn)
    _refresh(conn)
    assert measures.clusters_are_current(conn)
    after = _tables(conn)
    assert {r[0] for r in first["measures"]} == {r[0] for r in after["measures"]}
    assert len(after["event_cluster_members"]) == len(first["event_cluster_members"]) + 1
    conn.close()


def test_refresh_runs_inside_the_callers_transaction(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    _insert(conn, ALL_CASES)
    conn.execute("BEGIN TRANSACTION")
    measures.refresh_clusters(conn)
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM event_clusters").fetchall() == [(0,)]
    _refresh(conn)
    assert conn.execute("SELECT count(*) FROM event_clusters").fetchall()[0][0] > 0
    conn.close()


def test_a_mention_that_cannot_be_placed_in_time_is_left_unlinked(tmp_path):
    """An article with no publication time and no run row has no day: its events are not
    linked, and neither the refresh nor the staleness check trips over them."""
    conn = warehouse.connect(tmp_path / "w.duckdb")
    _insert(conn, [*ALL_CASES, mention("u1", "2025-02-03", article="a-undated")])
    conn.execute("UPDATE articles SET published_at = NULL WHERE article_id = 'a-undated'")
    _refresh(conn)
    assert measures.clusters_are_current(conn)
    linked = {r[0] for r in conn.execute("SELECT event_id FROM event_cluster_members").fetchall()}
    assert "u1" not in linked and len(linked) == len(ALL_CASES)
    conn.close()


def test_an_empty_warehouse_refreshes_to_empty_tables(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    summary = _refresh(conn)
    assert (summary.mentions, summary.clusters, summary.measures, summary.stages) == (0, 0, 0, 0)
    conn.close()


def test_the_sql_agrees_with_the_pure_functions_on_synthetic_data(tmp_path):
    from pipeline.synth import synth_warehouse

    conn = warehouse.connect(tmp_path / "w.duckdb")
    synth_warehouse(conn, articles=1500, events=4000, seed=5, days=60)
    _refresh(conn)
    mentions = measures.load_mentions(conn)
    assert _sql_clusters(conn) == _py_clusters(cluster_events(mentions))
    assert _sql_measures(conn) == _py_measures(build_measures(mentions))
    conn.close()


def test_the_report_timeline_reads_the_measures_and_relinks_when_stale(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    _insert(conn, ALL_CASES)
    assert not measures.clusters_are_current(conn)
    refresh_reporting(conn)  # links first, in its own transaction
    assert measures.clusters_are_current(conn)
    rows = conn.execute(
        """SELECT measure_id, [s.status FOR s IN lifecycle], first_seen, events
           FROM report_measures_timeline ORDER BY measure_id"""
    ).fetchall()
    expected = [
        (m.measure_id, m.lifecycle, m.first_reported, m.mentions)
        for m in build_measures(measures.load_mentions(conn))
    ]
    assert rows == expected
    # v_events carries the codes; v_measure_events the links.
    assert conn.execute(
        "SELECT DISTINCT cameo_code, plover_type, conflict_score FROM v_events "
        "WHERE type = 'tariff' AND status = 'threatened'"
    ).fetchall() == [("1312", "THREATEN", -6.0)]
    [(n, n_clusters)] = conn.execute(
        "SELECT count(*), count(DISTINCT cluster_id) FROM v_measure_events"
    ).fetchall()
    assert n == sum(m.type in measures.MEASURE_TYPES for m in ALL_CASES)
    assert (
        n_clusters
        == conn.execute(
            "SELECT count(*) FROM event_clusters WHERE measure_id IS NOT NULL"
        ).fetchall()[0][0]
    )
    # The shipped codes table is what the warehouse holds.
    assert event_codes.sync_event_codes(conn) is False
    conn.close()


@pytest.mark.parametrize("window", [0, 10, 45])
def test_the_window_is_a_parameter_in_both_implementations(tmp_path, window):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    _insert(conn, ALL_CASES)
    conn.execute("BEGIN TRANSACTION")
    measures.refresh_clusters(conn, window_days=window)
    conn.execute("COMMIT")
    py = cluster_events(measures.load_mentions(conn), window_days=window)
    assert _sql_clusters(conn) == _py_clusters(py)
    conn.close()
