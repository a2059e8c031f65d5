"""Quality guard on the shared article-extraction benchmark (`../shared/benchmarks`, beside
the checkout, or beside the repository a clone was made from; CI always has it).

Also checks our metric implementation against the README's published figures.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pipeline.clean import extract_page
from pipeline.clean.scoring import Summary, evaluate

_BENCHMARK = Path("benchmarks") / "article-extraction"


def _benchmark_dir() -> Path:
    """`shared/benchmarks/article-extraction` beside the checkout; for a clone made elsewhere
    (`git clone . /tmp/check`), beside the repository it was cloned from; or where the
    SHARED_DIR environment variable points."""
    repo = Path(__file__).resolve().parents[1]
    candidates = [repo.parent / "shared"]
    if os.environ.get("SHARED_DIR"):
        candidates.insert(0, Path(os.environ["SHARED_DIR"]))
    origin = subprocess.run(
        ["git", "-C", str(repo), "config", "--get", "remote.origin.url"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if origin and "://" not in origin and Path(origin).is_dir():
        candidates.append(Path(origin).resolve().parent / "shared")
    for shared in candidates:
        if (shared / _BENCHMARK / "ground-truth.json").exists():
            return shared / _BENCHMARK
    return candidates[0] / _BENCHMARK


DATA = _benchmark_dir()


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, str]]:
    assert (DATA / "ground-truth.json").exists(), f"benchmark data missing at {DATA}"
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8"),
            item["articleBody"],
        )
        for page_id, item in sorted(truth.items())
    ]


def _summary(pages: list[tuple[str, str]], extract: Callable[[str], str]) -> Summary:
    return evaluate((expected, extract(html)) for html, expected in pages)


def test_extract_page_beats_target(pages: list[tuple[str, str]]) -> None:
    summary = _summary(pages, lambda html: extract_page(html).text)
    assert summary.pages == 181
    assert summary.f1 >= 0.96


def test_metric_reproduces_published_get_text_baseline(pages: list[tuple[str, str]]) -> None:
    def get_text(html: str) -> str:
        soup = BeautifulSoup(html, "lxml")
        for tag in soup(["script", "style"]):
            tag.decompose()
        return soup.get_text(" ")

    summary = _summary(pages, get_text)
    assert summary.f1 == pytest.approx(0.665, abs=0.002)
    assert summary.precision == pytest.approx(0.500, abs=0.002)
    assert summary.recall == pytest.approx(0.994, abs=0.002)


def test_metric_reproduces_published_trafilatura_figure(pages: list[tuple[str, str]]) -> None:
    import trafilatura

    # The published figure is for 2.3.1, the version uv.lock pins.
    assert trafilatura.__version__ == "2.3.1"
    summary = _summary(pages, lambda html: trafilatura.extract(html, include_comments=False) or "")
    assert summary.f1 == pytest.approx(0.960, abs=0.002)
    assert summary.precision == pytest.approx(0.942, abs=0.002)
    assert summary.recall == pytest.approx(0.978, abs=0.002)
