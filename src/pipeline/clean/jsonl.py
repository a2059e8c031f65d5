"""`clean_jsonl`: the `pipeline clean` evaluation contract over JSON Lines.

Input lines: ``{"id", "html"}`` with optional ``"url"``. Output lines: ``{"id", "text",
"title", "published", "language"}`` (published ISO 8601 or null), or ``{"id", "error"}`` for
a line that cannot be processed -- the stream always goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.clean.errors import CleanError
from pipeline.clean.page import extract_page

log = logging.getLogger(__name__)


def _error(item_id: Any, reason: str) -> str:
    return json.dumps({"id": item_id, "error": reason}, ensure_ascii=False)


def _clean_record(record: dict[str, Any], lineno: int) -> str:
    item_id = record.get("id")
    html = record.get("html")
    url = record.get("url")
    if item_id is None:
        return _error(None, f"line {lineno}: missing 'id'")
    if not isinstance(html, str):
        reason = "missing 'html'" if html is None else "'html' must be a string"
        return _error(item_id, f"line {lineno}: {reason}")
    try:
        page = extract_page(html, url=url if isinstance(url, str) else None)
    except CleanError as exc:
        return _error(item_id, f"line {lineno}: {exc}")
    except Exception as exc:  # one bad page must not stop the stream
        log.exception("line %d: unexpected failure cleaning id %r", lineno, item_id)
        return _error(item_id, f"line {lineno}: internal error: {type(exc).__name__}: {exc}")
    return json.dumps(
        {
            "id": item_id,
            "text": page.text,
            "title": page.title,
            "published": page.published.isoformat() if page.published else None,
            "language": page.language,
        },
        ensure_ascii=False,
    )


def clean_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """One output line (no trailing newline) per non-blank input line."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield _error(None, f"line {lineno}: invalid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield _error(None, f"line {lineno}: expected a JSON object")
            continue
        yield _clean_record(record, lineno)
