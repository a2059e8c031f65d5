"""The reporting views and the worked queries of docs/analyst-queries.md, on synthetic data."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline import publish, warehouse
from pipeline.report import MATERIALISED, is_fresh, refresh_reporting
from pipeline.synth import synth_warehouse

DOC = Path(__file__).resolve().parents[1] / "docs" / "analyst-queries.md"
QUERIES = re.findall(r"```sql\n(.*?)```", DOC.read_text("utf-8"), re.S)


@pytest.fixture(scope="module")
def analysts_copy(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("wh") / "w.duckdb"
    conn = warehouse.connect(db)
    synth_warehouse(conn, articles=3000, events=9000, seed=11, days=90)
    conn.close()
    return publish.publish_copy(db)


@pytest.fixture
def conn(analysts_copy):
    c = publish.open_analysts_copy(analysts_copy)
    yield c
    c.close()


def test_the_doc_has_at_least_ten_queries():
    assert len(QUERIES) >= 10


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_every_documented_query_runs_and_answers(conn, sql):
    rows = conn.execute(sql).fetchall()
    assert rows, "the query returned nothing on the synthetic warehouse"


def test_report_tables_equal_their_views(conn):
    assert is_fresh(conn)
    for table, (view, limit) in MATERIALISED.items():
        if limit:
            continue
        diff = conn.execute(
            f"SELECT count(*) FROM ((SELECT * FROM {view}) EXCEPT ALL (SELECT * FROM {table}))"
        ).fetchall()[0][0]
        assert diff == 0, table


def test_daily_counts_add_up_to_the_events(conn):
    total = conn.execute("SELECT sum(events) FROM v_daily_event_counts").fetchall()[0][0]
    assert total == conn.execute("SELECT count(*) FROM events").fetchall()[0][0]


def test_tension_index_is_scaled_to_a_mean_absolute_value_of_100(conn):
    mean_abs = conn.execute("SELECT avg(abs(tension_index)) FROM v_tension_daily").fetchall()
    assert mean_abs[0][0] == pytest.approx(100)


def test_days_are_utc_whatever_the_session_time_zone(analysts_copy):
    c = duckdb.connect(str(analysts_copy), read_only=True)
    c.execute("SET TimeZone = 'America/Vancouver'")
    local_differs, utc_differs = c.execute(
        """SELECT count(*) FILTER (WHERE v.day <> CAST(v.published_at AS DATE)),
                  count(*) FILTER (WHERE v.day <> CAST(timezone('UTC', a.published_at) AS DATE))
           FROM v_articles v JOIN articles a USING (article_id)"""
    ).fetchall()[0]
    assert local_differs > 0  # a naive cast would shift evening articles to the day before
    assert utc_differs == 0
    c.close()


def test_measure_lifecycle_and_contacts(tmp_path):
    conn = warehouse.connect(tmp_path / "w.duckdb")
    conn.execute(
        """INSERT INTO articles VALUES
           ('a1','f','i1','https://x/1',NULL,NULL,'T1','t','en','2025-03-01 10:00+00','h1','r',
            TRUE,'v'),
           ('a2','f','i2','https://x/2',NULL,NULL,'T2','t','en','2025-03-10 10:00+00','h2','r',
            TRUE,'v')"""
    )
    conn.execute(
        """INSERT INTO events VALUES
           ('e1','a1','v',0,'tariff','threatened','US','WORLD',FALSE,25,NULL,NULL,['steel'],
            NULL,'US threatens 25% on steel.',0,10,0.9,'r','r',NULL,FALSE),
           ('e2','a2','v',0,'tariff','in_effect','US','CA',FALSE,25,NULL,NULL,['steel'],
            '2025-03-12','25% steel duty in force.',0,10,0.9,'r','r',NULL,FALSE),
           ('e3','a2','v',1,'leader_contact','held','US','CA',FALSE,NULL,NULL,NULL,[],
            NULL,'Carney and Trump spoke.',0,10,0.9,'r','r',NULL,FALSE)"""
    )
    conn.execute("INSERT INTO people_mentions VALUES ('a2','Mark Carney','PM','CA','r')")
    refresh_reporting(conn)
    measure = conn.execute(
        """SELECT target, current_status, first_seen, last_seen, events,
                  [s.status FOR s IN lifecycle], first_effective_date
           FROM report_measures_timeline"""
    ).fetchall()
    assert measure == [
        ("CA", "in_effect", date(2025, 3, 1), date(2025, 3, 10), 2,
         ["threatened", "in_effect"], date(2025, 3, 12)),
    ]  # fmt: skip
    pairs = conn.execute(
        "SELECT party_a, party_b, contacts_held, people FROM report_contact_pairs"
    ).fetchall()
    assert pairs == [("CA", "US", 1, ["Mark Carney"])]
    conn.close()
