"""The article-extraction benchmark metric: 4-token shingle precision/recall.

Tokens are ``re.findall(r"\\w+", text)``; a text is the multiset of its overlapping
4-token shingles (a text of 1-3 tokens is one shorter shingle, no tokens none). Per page,
P = tp/(tp+fp) and R = tp/(tp+fn) over shingle counts; a page with fp = fn = 0 scores 1 for
both; a page without predicted shingles is left out of mean P, one without expected
shingles out of mean R. F1 is the harmonic mean of mean P and mean R.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of overlapping n-token shingles of `text`."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Per-page precision and recall; None where the page is left out of that mean."""

    precision: float | None
    recall: float | None


def score_page(expected: str, predicted: str) -> PageScore:
    exp, pred = shingles(expected), shingles(predicted)
    tp = sum((exp & pred).values())
    fp = sum((pred - exp).values())
    fn = sum((exp - pred).values())
    if fp == 0 and fn == 0:
        return PageScore(1.0, 1.0)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return PageScore(precision, recall)


@dataclass(frozen=True, slots=True)
class Summary:
    f1: float
    precision: float
    recall: float
    pages: int


def summarize(scores: Iterable[PageScore]) -> Summary:
    """F1 of the mean precision and mean recall over pages."""
    items = list(scores)
    precisions = [s.precision for s in items if s.precision is not None]
    recalls = [s.recall for s in items if s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Summary(f1=f1, precision=p, recall=r, pages=len(items))


def evaluate(pairs: Iterable[tuple[str, str]]) -> Summary:
    """Summary over (expected, predicted) text pairs."""
    return summarize(score_page(expected, predicted) for expected, predicted in pairs)
