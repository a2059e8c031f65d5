"""The benchmark metric on tiny hand-made cases with exact expected numbers."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.clean.scoring import PageScore, evaluate, score_page, shingles, summarize


def test_shingles_overlap_and_multiset() -> None:
    assert shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})
    assert shingles("x x x x x") == Counter({("x", "x", "x", "x"): 2})


def test_short_text_is_one_shorter_shingle_and_empty_is_none() -> None:
    assert shingles("Hello, world!") == Counter({("Hello", "world"): 1})
    assert shingles("  ...  ") == Counter()


def test_identical_texts() -> None:
    assert score_page("a b c d e f", "a b c d e f") == PageScore(1.0, 1.0)


def test_both_empty_counts_as_perfect() -> None:
    assert score_page("", "") == PageScore(1.0, 1.0)


def test_partial_overlap_exact_numbers() -> None:
    # expected shingles: abcd bcde cdef (3); predicted: abcd bcde cdeX deXY (4); tp = 2
    assert score_page("a b c d e f", "a b c d e X Y") == PageScore(2 / 4, 2 / 3)


def test_empty_prediction_is_left_out_of_precision() -> None:
    assert score_page("a b c d e", "") == PageScore(None, 0.0)


def test_prediction_for_empty_truth_is_left_out_of_recall() -> None:
    assert score_page("", "a b c d") == PageScore(0.0, None)


def test_summary_is_f1_of_means() -> None:
    scores = [PageScore(1.0, 0.5), PageScore(0.5, 1.0), PageScore(None, 0.0)]
    summary = summarize(scores)
    assert summary.precision == pytest.approx(0.75)
    assert summary.recall == pytest.approx(0.5)
    assert summary.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert summary.pages == 3


def test_evaluate_pairs() -> None:
    summary = evaluate([("a b c d e f", "a b c d e X Y"), ("one two", "one two")])
    assert summary.precision == pytest.approx((0.5 + 1.0) / 2)
    assert summary.recall == pytest.approx((2 / 3 + 1.0) / 2)
