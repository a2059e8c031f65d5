"""CAMEO code, PLOVER type and conflict-cooperation score of every (type, status).

The pinned, versioned table ships as package data (`pipeline/data/event_codes.yaml`) and is
the single source of the warehouse's `event_codes` table, which the reporting views join for
conflict scores (`sql/130_event_codes_views.sql`); `conflict_scores` is a view of it
(`sql/140_conflict_scores_from_event_codes.sql`). `sync_event_codes` makes the table equal
to the file; the warehouse calls it after its migrations, so editing the YAML (and bumping
its `version`) is all a change of codes or scores takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import duckdb
import yaml

from pipeline.models import EVENT_TYPES

_RESOURCE = ("data", "event_codes.yaml")


@dataclass(frozen=True, slots=True)
class EventCode:
    type: str
    status: str
    cameo_code: str
    cameo_label: str
    plover_type: str
    score: float
    table_version: str
    rationale: str


class EventCodesError(ValueError):
    """The shipped table is malformed or does not cover the taxonomy."""


def _read_text() -> str:
    return resources.files("pipeline").joinpath(*_RESOURCE).read_text("utf-8")


def parse_codes(text: str) -> dict[tuple[str, str], EventCode]:
    """Parse and check a codes document (the YAML's text)."""
    doc = yaml.safe_load(text)
    if (
        not isinstance(doc, dict)
        or not doc.get("version")
        or not isinstance(doc.get("codes"), list)
    ):
        raise EventCodesError("event codes: expected a mapping with `version` and `codes`")
    version = str(doc["version"])
    codes: dict[tuple[str, str], EventCode] = {}
    for row in doc["codes"]:
        key = (row["type"], row["status"])
        if key[1] not in EVENT_TYPES.get(key[0], ()):
            raise EventCodesError(f"event codes: {key} is not a (type, status) of the taxonomy")
        if key in codes:
            raise EventCodesError(f"event codes: {key} listed twice")
        score = float(row["score"])
        if not -10 <= score <= 10:
            raise EventCodesError(f"event codes: {key} score {score} outside -10..10")
        cameo = str(row["cameo"])
        if not cameo.isdigit() or not 2 <= len(cameo) <= 4:
            raise EventCodesError(f"event codes: {key} CAMEO code {cameo!r} is not 2-4 digits")
        rationale = str(row.get("rationale") or "").strip()
        if not rationale:
            raise EventCodesError(f"event codes: {key} has no rationale for its score")
        codes[key] = EventCode(
            type=key[0],
            status=key[1],
            cameo_code=cameo,
            cameo_label=str(row.get("label", "")),
            plover_type=str(row["plover"]),
            score=score,
            table_version=version,
            rationale=rationale,
        )
    missing = [(t, s) for t, statuses in EVENT_TYPES.items() for s in statuses]
    missing = [k for k in missing if k not in codes]
    if missing:
        raise EventCodesError(f"event codes: no code for {missing}")
    return codes


@cache
def load_codes() -> dict[tuple[str, str], EventCode]:
    """The shipped table: (type, status) -> EventCode, checked against the taxonomy."""
    return parse_codes(_read_text())


def table_version() -> str:
    return next(iter(load_codes().values())).table_version


_COLUMNS = (
    "type",
    "status",
    "cameo_code",
    "cameo_label",
    "plover_type",
    "score",
    "table_version",
    "rationale",
)


def _rows(codes: dict[tuple[str, str], EventCode]) -> list[tuple]:
    return sorted(tuple(getattr(c, col) for col in _COLUMNS) for c in codes.values())


def sync_event_codes(
    conn: duckdb.DuckDBPyConnection,
    *,
    own_transaction: bool = True,
    codes: dict[tuple[str, str], EventCode] | None = None,
) -> bool:
    """Make `event_codes` hold exactly the shipped rows; True when it had to write.

    Idempotent and cheap when nothing changed (one read, no write), so it can run on every
    read-write `connect` after `migrate`. With `own_transaction=False` it writes inside the
    caller's open transaction instead of its own. `codes` replaces the shipped table (tests).
    """
    wanted = _rows(load_codes() if codes is None else codes)
    have = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM event_codes ORDER BY ALL").fetchall()
    if [tuple(r) for r in have] == wanted:
        return False
    if own_transaction:
        conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute("DELETE FROM event_codes")
        conn.executemany(
            f"INSERT INTO event_codes ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
            wanted,
        )
        if own_transaction:
            conn.execute("COMMIT")
    except Exception:
        if own_transaction:
            conn.execute("ROLLBACK")
        raise
    return True
