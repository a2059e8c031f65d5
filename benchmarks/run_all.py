"""Run every benchmark in this folder, one after another, updating the figures in docs/.

    make bench        (or: .venv/bin/python benchmarks/run_all.py [--quick])

The fetch, extraction-speed and article-extraction benchmarks rewrite their pages in docs/
themselves; the warehouse-scale and Airflow-overhead benchmarks write JSON next to them
(docs/figures/), from which their pages' tables are transcribed. `--quick` uses small
sizes, to check that every benchmark still runs (figures go to a temporary folder).
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"

log = logging.getLogger("benchmarks")


def commands(quick: bool, docs: Path) -> list[list[str]]:
    figures = docs / "figures"
    feeds, memory = ("100", "100,300") if quick else ("1000", "100,1000,5000")
    return [
        ["fetch_benchmark.py", "--feeds", feeds, "--memory", memory,
         "--write-docs", str(docs / "fetch-benchmark.md")],
        ["extract_benchmark.py", "--articles", "300" if quick else "2000",
         "--write-docs", str(docs / "extract-speed.md")],
        ["article_extraction.py", *(["--limit", "50"] if quick else ["--write-docs"])],
        ["warehouse_scale.py", *(["--articles", "20000", "--events", "60000"] if quick else []),
         "--json", str(figures / "warehouse_scale.json")],
        ["airflow_overhead.py", "--feeds", "20" if quick else "200",
         "--json", str(figures / "airflow_overhead.json")],
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a smoke run")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    # A quick run checks that everything still runs; its figures must not replace the real
    # ones in docs/.
    docs = Path(tempfile.mkdtemp(prefix="bench-quick-")) if args.quick else DOCS
    (docs / "figures").mkdir(parents=True, exist_ok=True)
    failed = []
    for script, *rest in commands(args.quick, docs):
        log.info("running %s %s", script, " ".join(rest))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script), *rest], check=False)
        log.info("%s: exit %d after %.0f s", script, done.returncode,
                 time.perf_counter() - started)  # fmt: skip
        if done.returncode:
            failed.append(script)
    if failed:
        log.error("failed: %s", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
