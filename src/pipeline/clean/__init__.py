"""Cleaner: readable text from feed HTML fragments and whole news pages."""

from __future__ import annotations

from pipeline.clean.errors import CleanError
from pipeline.clean.fragment import clean_fragment
from pipeline.clean.jsonl import clean_jsonl
from pipeline.clean.page import CleanedPage, extract_page

__all__ = ["CleanError", "CleanedPage", "clean_fragment", "clean_jsonl", "extract_page"]
