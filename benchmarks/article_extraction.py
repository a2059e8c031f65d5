"""Article-extraction benchmark: our `extract_page` against trafilatura, same pages, same run.

Usage::

    python benchmarks/article_extraction.py [--data DIR] [--limit N] [--write-docs]

Data: a directory with ``html/<id>.html.gz`` and ``ground-truth.json`` (id ->
``{"articleBody", "url"}``), by default ../shared/benchmarks/article-extraction beside the
checkout. Pages are decoded outside the timed region; each page is extracted by both tools
back to back (the order alternating page by page) so that machine load affects both alike. Only the
extraction calls are timed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import platform
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline.clean import CleanError, extract_page
from pipeline.clean.scoring import PageScore, Summary, score_page, summarize

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "article-extraction.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"

Extractor = Callable[[str], str]
log = logging.getLogger("benchmark")


@dataclass
class Run:
    name: str
    extract: Extractor
    seconds: float = 0.0
    scores: list[PageScore] = field(default_factory=list)
    failures: int = 0


def ours(html: str) -> str:
    try:
        return extract_page(html).text
    except CleanError:
        return ""


def bs4_get_text(html: str) -> str:
    """The README's naive baseline: every visible string (checks the metric: F1 0.665)."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.get_text(" ")


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura  # optional: only the benchmark needs it
    except ImportError:
        return None

    def extract(html: str) -> str:
        return trafilatura.extract(html, include_comments=False) or ""

    extract.version = trafilatura.__version__  # type: ignore[attr-defined]
    return extract


def load_pages(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(
            (page_id, raw.decode("utf-8", errors="replace"), truth[page_id]["articleBody"])
        )
    return pages


def run(runs: list[Run], pages: list[tuple[str, str, str]]) -> None:
    for index, (page_id, html, expected) in enumerate(pages):
        order = runs if index % 2 == 0 else list(reversed(runs))
        for item in order:
            start = time.perf_counter()
            try:
                text = item.extract(html)
            except Exception:
                log.exception("%s failed on %s", item.name, page_id)
                text = ""
                item.failures += 1
            item.seconds += time.perf_counter() - start
            item.scores.append(score_page(expected, text))


def table(runs: list[Run], pages: int) -> str:
    lines = [
        "| extractor | F1 | precision | recall | pages/s |",
        "| --- | --- | --- | --- | --- |",
    ]
    for item in runs:
        s: Summary = summarize(item.scores)
        rate = pages / item.seconds if item.seconds else float("inf")
        lines.append(
            f"| {item.name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {rate:.0f} |"
        )
    return "\n".join(lines)


def write_docs(text: str) -> None:
    doc = DOCS.read_text(encoding="utf-8") if DOCS.exists() else f"{START}\n{END}\n"
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    DOCS.write_text(pattern.sub(lambda _: f"{START}\n{text}\n{END}", doc), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--write-docs", action="store_true", help=f"update {DOCS.name}")
    parser.add_argument(
        "--baseline", action="store_true", help="add BeautifulSoup get_text (metric check)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    pages = load_pages(args.data, args.limit)
    runs = [Run("ours: `pipeline.clean.extract_page`", ours)]
    traf = trafilatura_extractor()
    if traf is None:
        print("trafilatura not installed: measuring ours only", file=sys.stderr)
    else:
        version = getattr(traf, "version", "?")
        runs.append(Run(f"trafilatura {version} `extract(html, include_comments=False)`", traf))
    if args.baseline:
        runs.append(Run("BeautifulSoup(lxml) `get_text`, scripts/styles removed", bs4_get_text))
    run(runs, pages)
    result = table(runs, len(pages))
    print(result)
    if args.write_docs:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d")
        machine = (
            f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}"
        )
        write_docs(f"{result}\n\n{len(pages)} pages, one process, measured {stamp} ({machine}).")
        print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
