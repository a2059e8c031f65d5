"""Feed registries: YAML files with a top-level `feeds:` list of `FeedSpec`s."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pipeline.models import FeedSpec

_KNOWN_KEYS = {
    "id",
    "url",
    "name",
    "publisher",
    "country",
    "language",
    "tags",
    "enabled",
    "poll_interval_minutes",
}


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file and the entry."""


def load_registry(path: Path) -> list[FeedSpec]:
    """Read and validate a registry file. Raises `RegistryError` with a precise reason."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read feed registry: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from exc
    return parse_registry(raw, source=str(path))


def parse_registry(raw: Any, source: str = "<registry>") -> list[FeedSpec]:
    if not isinstance(raw, dict) or not isinstance(raw.get("feeds"), list):
        raise RegistryError(f"{source}: expected a mapping with a top-level 'feeds:' list")
    feeds: list[FeedSpec] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw["feeds"]):
        feed = _parse_entry(entry, f"{source}: feeds[{index}]")
        if feed.id in seen:
            raise RegistryError(f"{source}: feeds[{index}]: duplicate feed id {feed.id!r}")
        seen.add(feed.id)
        feeds.append(feed)
    return feeds


def _parse_entry(entry: Any, where: str) -> FeedSpec:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: expected a mapping, got {type(entry).__name__}")
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise RegistryError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("id", "url"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise RegistryError(f"{where}: '{key}' must be a non-empty string")
    tags = entry.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise RegistryError(f"{where} ({entry['id']}): 'tags' must be a list of strings")
    interval = entry.get("poll_interval_minutes")
    if interval is not None and (not isinstance(interval, int) or interval <= 0):
        raise RegistryError(
            f"{where} ({entry['id']}): 'poll_interval_minutes' must be a positive integer"
        )
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RegistryError(f"{where} ({entry['id']}): 'enabled' must be true or false")
    return FeedSpec(
        id=entry["id"].strip(),
        url=entry["url"].strip(),
        name=str(entry.get("name") or entry["id"]),
        publisher=str(entry.get("publisher") or ""),
        country=str(entry.get("country") or ""),
        language=str(entry.get("language") or "en"),
        tags=tuple(tags),
        enabled=enabled,
        poll_interval_minutes=interval,
    )
