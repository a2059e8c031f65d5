"""Which regular expressions the extractor spends its time in.

About three quarters of the extractor's CPU time is spent inside Python's regular-expression
engine, spread over a few hundred patterns. This script records every call the extractor
makes on the compiled patterns of `pipeline.extract` (module attributes, the gazetteer's
lexicons and combined patterns) while it reads benchmark articles, then replays each
pattern's calls on its own and times them: a ranking of where a speed change can pay.

    .venv/bin/python benchmarks/regex_profile.py [--articles 200] [--top 40]

Profiling only: it wraps the patterns in recording proxies, so the extractor itself runs
slower while it records; the replay times are of the bare patterns.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_benchmark import articles
from pipeline.extract import extract
from pipeline.extract.gazetteer import gazetteer

MODULES = (
    "actors", "authority", "dates", "events", "gazetteer", "modality", "people", "products",
    "quotes", "rates", "sentences",
)  # fmt: skip
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
Call = tuple[re.Pattern[str], str, tuple[Any, ...], dict[str, Any]]


class _Recorder:
    """A stand-in for a compiled pattern that records the calls made on it."""

    def __init__(self, name: str, pattern: re.Pattern[str], calls: dict[str, list[Call]]):
        self._name, self._pattern, self._calls = name, pattern, calls

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._pattern, attr)
        if attr not in METHODS:
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            if _Recorder.on:
                self._calls[self._name].append((self._pattern, attr, args, kwargs))
            return value(*args, **kwargs)

        return call

    on = False


def _wrap(obj: Any, name: str, calls: dict[str, list[Call]], depth: int = 0) -> Any:
    if isinstance(obj, re.Pattern):
        return _Recorder(name, obj, calls)
    if depth > 1:
        return obj
    if isinstance(obj, list):
        return [_wrap(v, f"{name}[{i}]", calls, depth + 1) for i, v in enumerate(obj)]
    if isinstance(obj, dict):
        return {k: _wrap(v, f"{name}[{k}]", calls, depth + 1) for k, v in obj.items()}
    return obj


def install(calls: dict[str, list[Call]]) -> None:
    """Put recorders in place of the extractor's compiled patterns."""
    for short in MODULES:
        module = importlib.import_module(f"pipeline.extract.{short}")
        for key, value in list(vars(module).items()):
            if key.startswith("__"):
                continue
            wrapped = _wrap(value, f"{short}.{key}", calls)
            if wrapped is not value:
                setattr(module, key, wrapped)
    gaz = gazetteer()
    for key, pattern in list(gaz.lex.items()):
        gaz.lex[key] = _Recorder(f"lex.{key}", pattern, calls)  # type: ignore[assignment]
    for key in ("actor_re", "person_re", "product_re", "prefilter", "rule_re"):
        object.__setattr__(gaz, key, _Recorder(f"gazetteer.{key}", getattr(gaz, key), calls))


def replay(calls: list[Call]) -> float:
    """Seconds the recorded calls take on the bare pattern."""
    started = time.perf_counter()
    for pattern, method, args, kwargs in calls:
        result = getattr(pattern, method)(*args, **kwargs)
        if method == "finditer":
            for _ in result:
                pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    calls: dict[str, list[Call]] = defaultdict(list)
    install(calls)
    batch = articles(args.articles + 20)
    for article in batch[:20]:  # warm-up: compiled caches, first-use costs
        extract(article)
    _Recorder.on = True
    for article in batch[20:]:
        extract(article)
    _Recorder.on = False
    rows = sorted(((replay(c), len(c), name) for name, c in calls.items()), reverse=True)
    total = sum(r[0] for r in rows)
    n = args.articles
    print(f"{len(rows)} patterns, {total / n * 1000:.2f} ms per article in the regex engine")
    print("| ms/article | share | calls/article | pattern |")
    print("| ---: | ---: | ---: | --- |")
    for seconds, count, name in rows[: args.top]:
        share = 100 * seconds / total
        print(f"| {seconds / n * 1000:.3f} | {share:.1f}% | {count / n:.1f} | {name} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
