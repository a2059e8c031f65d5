"""`pipeline report`: write the self-contained HTML report of a warehouse."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline import warehouse
from pipeline.report.html import render_html
from pipeline.report.queries import load_report_data

log = logging.getLogger(__name__)

TITLE = "Canada-US trade tensions"


@dataclass(frozen=True, slots=True)
class ReportTimings:
    queries_ms: dict[str, float]
    total_ms: float


def build_report(db_path: Path, out_path: Path, *, title: str = TITLE) -> Path:
    """Render the report of the warehouse at `db_path` (opened read-only) to `out_path`.

    Point it at the analysts' copy; it reads the `report_*` tables when they are fresh and
    the live views otherwise. The file is written beside its target and renamed into place.
    """
    path, _ = build_report_timed(db_path, out_path, title=title)
    return path


def build_report_timed(
    db_path: Path, out_path: Path, *, title: str = TITLE
) -> tuple[Path, ReportTimings]:
    started = time.perf_counter()
    conn = warehouse.connect(db_path, read_only=True)
    try:
        data = load_report_data(conn)
    finally:
        conn.close()
    page = render_html(data, title=title, generated_at=datetime.now(UTC))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out_path)
    timings = ReportTimings(data.timings_ms, (time.perf_counter() - started) * 1000)
    log.info("wrote %s (%d bytes) in %.0f ms", out_path, len(page), timings.total_ms)
    return out_path, timings
