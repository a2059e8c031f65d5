"""The analysts' reporting: materialised report tables and the self-contained HTML report."""

from pipeline.report.build import build_report, build_report_timed
from pipeline.report.refresh import MATERIALISED, RefreshSummary, is_fresh, refresh_reporting

__all__ = [
    "MATERIALISED",
    "RefreshSummary",
    "build_report",
    "build_report_timed",
    "is_fresh",
    "refresh_reporting",
]
