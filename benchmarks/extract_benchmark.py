"""Extraction speed: articles of about 400 words per second on one core.

Articles are built from the development set's texts (each joined with the next until it
reaches 400 words, then cut at the end of the sentence holding the 400th word), so the mix
of trade stories and distractors is the real one. Two figures: the `extract()` call alone,
and end to end through `pipeline extract` (JSON Lines in, JSON Lines out) in a single
process. CPU time, so other load on the machine does not
count against it.

    .venv/bin/python benchmarks/extract_benchmark.py [--articles 2000] [--write-docs FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import tempfile
import time
from pathlib import Path

from pipeline.evaluate import load_gold
from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.extract.sentences import split_sentences
from pipeline.models import ArticleInput

GOLD = Path(__file__).resolve().parents[1] / "tests" / "devset" / "gold.jsonl"
WORDS = 400


def articles(count: int) -> list[ArticleInput]:
    """`count` articles of about 400 words: development texts joined one after the other
    and cut at the first sentence end after the 400th word."""
    gold = load_gold(GOLD)
    out = []
    for i in range(count):
        base = gold[i % len(gold)]
        parts, words, j = [], 0, i
        while words < WORDS:
            text = gold[j % len(gold)].text
            parts.append(text)
            words += len(text.split())
            j += 1
        out.append(ArticleInput(f"a{i}", base.title, _cut("\n\n".join(parts)), base.published))
    return out


def _cut(text: str) -> str:
    """`text` up to the end of the sentence that holds its 400th word."""
    word_ends = [m.end() for m in re.finditer(r"\S+", text)]
    if len(word_ends) <= WORDS:
        return text
    limit = word_ends[WORDS - 1]
    end = next((e for _, e in split_sentences(text) if e >= limit), len(text))
    return text[:end]


def time_extract(batch: list[ArticleInput]) -> float:
    started = time.process_time()
    for article in batch:
        extract(article)
    return time.process_time() - started


def time_cli(batch: list[ArticleInput]) -> float:
    from pipeline.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in batch:
                published = a.published.isoformat() if a.published else None
                record = {"id": a.id, "title": a.title, "text": a.text, "published": published}
                fh.write(json.dumps(record) + "\n")
        started = time.process_time()
        main(["extract", str(src), "-o", str(Path(tmp) / "out.jsonl")])
        return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--write-docs", type=Path, default=None)
    args = parser.parse_args()
    batch = articles(args.articles)
    mean_words = sum(len(a.text.split()) for a in batch) / len(batch)
    time_extract(batch[:50])  # warm-up: gazetteers load, regexes compile
    # The first pass over new texts still pays one-off costs (the re module's cache of
    # patterns built on the fly, allocator growth): the figure is the better of two passes.
    call = min(time_extract(batch), time_extract(batch))
    cli = time_cli(batch)
    n = len(batch)
    lines = [
        f"# Extraction speed ({EXTRACTOR_VERSION})",
        "",
        f"{n} articles of {mean_words:.0f} words on average, built from the development set; "
        "CPU time of one process on one core, the better of two passes for the call "
        f"({platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}). Command: "
        "`.venv/bin/python benchmarks/extract_benchmark.py --write-docs docs/extract-speed.md`.",
        "",
        "| path | articles/s | ms/article |",
        "| --- | ---: | ---: |",
        f"| `extract()` call | {n / call:,.0f} | {1000 * call / n:.2f} |",
        f"| `pipeline extract`, JSON Lines in and out | {n / cli:,.0f} | {1000 * cli / n:.2f} |",
        "",
        "Target: at least 500 articles of 400 words per second on one core, end to end.",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write_docs:
        # The measured part is rewritten; hand-written sections ("## ...") below it stay.
        kept = ""
        if args.write_docs.exists():
            old = args.write_docs.read_text(encoding="utf-8")
            cut = old.find("\n## ")
            kept = old[cut:] if cut >= 0 else ""
        args.write_docs.write_text(report.rstrip("\n") + "\n" + kept, encoding="utf-8")


if __name__ == "__main__":
    main()
