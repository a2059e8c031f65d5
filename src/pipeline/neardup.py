"""Near-duplicate detection: the same wire story syndicated with small edits.

Each article gets a bottom-k MinHash sketch of its word 3-shingles: the k smallest 64-bit
hashes of its shingles. Two sketches estimate the Jaccard similarity of the two texts
(Broder's bottom-k estimator). Candidates are found cheaply because near-duplicates share
some of their very smallest hashes: the warehouse indexes the first `INDEX_HASHES` of
each sketch. A near-duplicate is linked into its match's story cluster, never dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

SKETCH_SIZE = 64
INDEX_HASHES = 12
SHINGLE = 3
THRESHOLD = 0.5  # estimated Jaccard of 3-shingles at which two texts are the same story
MIN_SHINGLES = 8  # texts shorter than this are too short to call near-duplicates

_WORD = re.compile(r"\w+")


def sketch(text: str) -> list[int]:
    """The bottom-k MinHash sketch of `text` (sorted ascending; empty for short texts)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE + MIN_SHINGLES - 1:
        return []
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = sorted(_hash64(s) for s in shingles)
    return hashes[:SKETCH_SIZE]


def _hash64(value: str) -> int:
    # 63 bits, so the values fit DuckDB's BIGINT without sign games.
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def index_keys(sk: Sequence[int]) -> list[int]:
    return list(sk[:INDEX_HASHES])


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Bottom-k estimate of the Jaccard similarity of the two shingle sets."""
    if not a or not b:
        return 0.0
    k = min(len(a), len(b), SKETCH_SIZE)
    union_bottom = sorted(set(a) | set(b))[:k]
    shared = set(a) & set(b)
    return sum(1 for h in union_bottom if h in shared) / k


@dataclass(frozen=True, slots=True)
class ClusterLink:
    article_id: str
    cluster_id: str
    matched_article: str | None
    similarity: float


def assign_clusters(
    new: Sequence[tuple[str, list[int]]],
    known: Mapping[str, tuple[str, list[int]]],
) -> list[ClusterLink]:
    """Put each new article (id, sketch) into the cluster of its most similar article.

    `known` maps article ids already stored to (cluster id, sketch); the caller passes
    only candidates that share an index key. Articles of this batch are candidates for
    the ones after them, so two copies arriving together are linked too.
    """
    pool: dict[str, tuple[str, list[int]]] = dict(known)
    by_key: dict[int, set[str]] = {}
    for article_id, (_, sk) in pool.items():
        for key in index_keys(sk):
            by_key.setdefault(key, set()).add(article_id)
    links = []
    for article_id, sk in new:
        candidates = {c for key in index_keys(sk) for c in by_key.get(key, ())}
        best, best_sim = None, 0.0
        for cand in sorted(candidates):
            sim = similarity(sk, pool[cand][1])
            if sim > best_sim:
                best, best_sim = cand, sim
        if best is not None and best_sim >= THRESHOLD:
            link = ClusterLink(article_id, pool[best][0], best, round(best_sim, 4))
        else:
            link = ClusterLink(article_id, article_id, None, 1.0)
        links.append(link)
        pool[article_id] = (link.cluster_id, sk)
        for key in index_keys(sk):
            by_key.setdefault(key, set()).add(article_id)
    return links
