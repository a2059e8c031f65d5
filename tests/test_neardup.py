from __future__ import annotations

from pathlib import Path

import duckdb
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.neardup import SKETCH_SIZE, THRESHOLD, assign_clusters, similarity, sketch

WIRE = (
    "Canada's counter-tariffs of 25 per cent on US-built vehicles took effect on Wednesday, "
    "the finance minister said, adding that vehicles that comply with CUSMA rules would be "
    "exempt from the measure. Automakers warned of higher prices for consumers across the "
    "country as the dispute drags on, and dealers said inventories would last about a month. "
    "Ottawa estimates the measure covers roughly $35 billion of imports a year."
)
EDITED = (
    WIRE.replace("per cent", "%")
    .replace("CUSMA", "USMCA")
    .replace("US-built", "U.S.-built")
    .replace("about a month", "roughly four weeks")
)
OTHER = (
    "The Bank of Canada held its policy rate steady on Wednesday, citing uncertainty from the "
    "trade dispute with the United States and softer inflation readings across the country "
    "this spring. Economists had expected the pause after two cuts earlier in the year."
)


def test_lightly_edited_copy_is_similar_and_other_stories_are_not():
    assert similarity(sketch(WIRE), sketch(EDITED)) >= THRESHOLD
    assert similarity(sketch(WIRE), sketch(OTHER)) < 0.2
    assert similarity(sketch(WIRE), sketch(WIRE)) == 1.0


def test_short_texts_have_no_sketch():
    assert sketch("Tariffs rise.") == []
    assert similarity([], sketch(WIRE)) == 0.0


@given(st.text(max_size=2000))
def test_sketch_is_bounded_sorted_and_deterministic(text):
    sk = sketch(text)
    assert len(sk) <= SKETCH_SIZE
    assert sk == sorted(sk) and sk == sketch(text)
    assert all(0 <= h < 2**63 for h in sk)


def test_assign_clusters_links_within_a_batch_and_to_known_articles():
    known = {"old": ("cluster-old", sketch(WIRE))}
    links = assign_clusters(
        [("a", sketch(EDITED)), ("b", sketch(OTHER)), ("c", sketch(OTHER))], known
    )
    assert [(x.article_id, x.cluster_id, x.matched_article) for x in links] == [
        ("a", "cluster-old", "old"),
        ("b", "b", None),
        ("c", "b", "b"),
    ]


def _rss(path: Path, guid: str, link: str, text: str) -> None:
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>Counter-tariffs</title><guid>{guid}</guid><link>{link}</link>"
        f"<description>{text}</description></item></channel></rss>",
        encoding="utf-8",
    )


def test_syndicated_copies_are_kept_and_clustered_across_runs(tmp_path, capsys):
    _rss(tmp_path / "a.xml", "a-1", "https://a.example/story", WIRE)
    _rss(tmp_path / "b.xml", "b-9", "https://b.example/other-url", EDITED)
    (tmp_path / "one.yaml").write_text("feeds:\n  - {id: a, url: a.xml}\n")
    (tmp_path / "two.yaml").write_text("feeds:\n  - {id: b, url: b.xml}\n")
    db = tmp_path / "w.duckdb"
    assert main(["run", "--db", str(db), "--feeds", str(tmp_path / "one.yaml")]) == 0
    assert main(["run", "--db", str(db), "--feeds", str(tmp_path / "two.yaml")]) == 0
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute(
            "SELECT a.feed_id, c.cluster_id = first_value(c.cluster_id) OVER (), c.matched_article"
            " IS NOT NULL FROM story_clusters c JOIN articles a USING (article_id)"
            " ORDER BY a.feed_id"
        ).fetchall()
    # both articles are stored; the copy joined the original's cluster
    assert rows == [("a", True, False), ("b", True, True)]
