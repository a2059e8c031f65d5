from __future__ import annotations

import pytest

from pipeline.registry import RegistryError, load_registry, parse_registry
from pipeline.sources import bundled_registry_path


def test_fixture_registry(feeds_dir):
    feeds = load_registry(feeds_dir / "registry.yaml")
    assert [f.id for f in feeds] == ["ledger", "wire", "rdf", "legacy", "disabled"]
    assert feeds[0].tags == ("business",)
    assert feeds[3].language == "fr"
    assert feeds[4].enabled is False
    assert feeds[1].name == "wire"  # defaults to the id


def test_bundled_registry_is_valid():
    feeds = load_registry(bundled_registry_path())
    assert len(feeds) >= 8
    for feed in feeds:
        assert (bundled_registry_path().parent / feed.url).is_file(), feed.url


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "top-level 'feeds:'"),
        ({"feeds": [{"url": "x"}]}, r"feeds\[0\]: 'id' must be"),
        ({"feeds": [{"id": "a", "url": "x", "colour": 1}]}, "unknown keys"),
        ({"feeds": [{"id": "a", "url": "x"}, {"id": "a", "url": "y"}]}, "duplicate feed id"),
        ({"feeds": [{"id": "a", "url": "x", "tags": "t"}]}, "'tags' must be"),
        ({"feeds": [{"id": "a", "url": "x", "poll_interval_minutes": 0}]}, "positive integer"),
        ({"feeds": [{"id": "a", "url": "x", "enabled": "yes"}]}, "true or false"),
    ],
)
def test_invalid_registries_name_the_problem(raw, message):
    with pytest.raises(RegistryError, match=message):
        parse_registry(raw, source="reg.yaml")


def test_unreadable_and_invalid_yaml(tmp_path):
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("feeds: [unclosed")
    with pytest.raises(RegistryError, match="not valid YAML"):
        load_registry(bad)


def test_shipped_trade_beat_registry_lists_real_http_feeds():
    from pipeline.sources import resolve_registry

    feeds = load_registry(resolve_registry("trade-beat"))
    assert len(feeds) >= 10
    assert all(f.url.startswith("https://") for f in feeds)
    assert {f.country for f in feeds} == {"CA", "US"}
    assert any("government" in f.tags for f in feeds if f.country == "CA")
    assert any("government" in f.tags for f in feeds if f.country == "US")


def test_resolve_registry_names_and_paths(tmp_path):
    from pipeline.sources import bundled_registry_path, resolve_registry

    assert resolve_registry(None) == bundled_registry_path()
    assert resolve_registry("samples") == bundled_registry_path("samples")
    assert resolve_registry(str(tmp_path / "x.yaml")) == tmp_path / "x.yaml"
