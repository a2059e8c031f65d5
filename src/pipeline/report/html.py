"""The report's HTML: one self-contained page, escaped by construction.

Every value goes through `esc` unless it is a `Safe` fragment this module built itself
(charts, links). Links are only made for http(s) URLs; anything else (`javascript:`) is shown
as text. A Content-Security-Policy forbids scripts and every network load, so even a
mistake cannot run feed text or reach the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape
from typing import Any
from urllib.parse import urlsplit

from pipeline.report import charts
from pipeline.report.queries import ReportData

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fff}
header{background:#1f2d3d;color:#fff;padding:16px 28px}
header h1{margin:0;font-size:22px} header p{margin:4px 0 0;color:#cdd}
main{padding:8px 28px 40px;max-width:1200px}
section{margin:26px 0} h2{font-size:18px;border-bottom:2px solid #eee;padding-bottom:4px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:140px}
.card b{display:block;font-size:22px} .card span{color:#666;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f6} td.num{text-align:right;font-variant-numeric:tabular-nums}
.two{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.note{color:#666;font-size:12px} .evidence{max-width:460px}
.warn{background:#fff3cd;border:1px solid #f0d98c;padding:8px 12px}
svg.chart{max-width:100%;height:auto;display:block}
"""


class Safe(str):
    """Markup built here from escaped parts; inserted as is."""


def esc(value: object) -> str:
    if isinstance(value, Safe):
        return value
    if value is None:
        return ""
    if isinstance(value, float):
        return escape(f"{value:,.1f}")
    if isinstance(value, int) and not isinstance(value, bool):
        return escape(f"{value:,}")
    if isinstance(value, datetime):
        return escape(value.strftime("%Y-%m-%d %H:%M UTC"))
    if isinstance(value, date):
        return escape(value.isoformat())
    if isinstance(value, list | tuple):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value), quote=True)


def link(url: str | None, text: object) -> Safe:
    """An external link for http(s) URLs only; other schemes are shown as plain text."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return Safe(
            f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{esc(text)}</a>'
        )
    return Safe(esc(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, css: str = "") -> Safe:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for value in row:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            cells.append(f"<td{' class=num' if numeric else ''}>{esc(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(headers)}" class="note">No rows yet.</td></tr>')
    return Safe(
        f'<table class="{esc(css)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _cards(h: dict[str, Any]) -> Safe:
    tension = h.get("tension_7d")
    items = [
        ("articles", h["articles"]),
        ("relevant articles", h["relevant_articles"]),
        ("events", h["events"]),
        ("measures tracked", h["measures"]),
        ("measures in effect", h["measures_in_effect"]),
        ("tension index (7-day)", round(tension, 1) if tension is not None else "n/a"),
        ("publishers", h["publishers"]),
        ("runs", h["runs"]),
    ]
    return Safe(
        '<div class="cards">'
        + "".join(
            f'<div class="card headline"><b>{esc(v)}</b><span>{esc(k)}</span></div>'
            for k, v in items
        )
        + "</div>"
    )


def _measure_label(m: dict[str, Any]) -> str:
    rate = f" {m['rate_pct']:g}%" if m["rate_pct"] is not None else ""
    products = ", ".join(m["products"]) or "goods"
    kind = "tariff" if m["type"] == "tariff" else "non-tariff"
    return f"{m['initiator']}→{m['target']} {kind}{rate} {products}"


def _stages(m: dict[str, Any]) -> list[tuple[str, date, date]]:
    """Status periods: each status lasts from its first report to the next status's first
    report (the last one to the measure's last report)."""
    lifecycle = sorted(m["lifecycle"], key=lambda s: (s["first_day"], s["status"]))
    ends = [s["first_day"] for s in lifecycle[1:]] + [m["last_seen"]]
    return [(s["status"], s["first_day"], end) for s, end in zip(lifecycle, ends, strict=True)]


def _measures(data: ReportData) -> Safe:
    ordered = sorted(data.measures, key=lambda m: (m["first_seen"], _measure_label(m)))
    rows = [charts.TimelineRow(_measure_label(m), _stages(m)) for m in ordered]
    svg = charts.timeline(rows, label="Measures timeline: status periods of each measure")
    listing = table(
        ["measure", "status now", "first seen", "last seen", "events", "publishers", "latest"],
        [
            (
                _measure_label(m),
                m["current_status"],
                m["first_seen"],
                m["last_seen"],
                m["events"],
                m["publishers"],
                link(m["latest_sources"][0] if m["latest_sources"] else None, m["latest_evidence"]),
            )
            for m in ordered
        ],
        css="measures",
    )
    return Safe(svg + listing)


def _weekly(data: ReportData) -> Safe:
    weeks = sorted({w for w, _, _ in data.weekly})
    index = {w: i for i, w in enumerate(weeks)}
    stacks = charts.Stacks(periods=weeks)
    for name in charts.TYPE_COLORS:
        stacks.values[name] = [0] * len(weeks)
    for week, kind, n in data.weekly:
        stacks.values.setdefault(kind, [0] * len(weeks))[index[week]] += n
    return Safe(charts.stacked_bars(stacks, charts.TYPE_COLORS, label="Events by type per week"))


def _tension(data: ReportData) -> Safe:
    return Safe(
        charts.line_chart(
            [
                charts.Series("daily index", [(d, v) for d, v, _ in data.tension], "#f1948a", 1),
                charts.Series("7-day mean", [(d, v) for d, _, v in data.tension], "#922b21", 2.2),
            ],
            label="Canada-US trade-tension index (100 = average day)",
        )
    )


def _latest(data: ReportData) -> Safe:
    return table(
        ["published", "event", "parties", "evidence", "article", "publisher"],
        [
            (
                e["published_at"],
                f"{e['type']} · {e['status']}" + (" · retaliatory" if e["retaliatory"] else ""),
                f"{e['initiator']} → {e['target']}",
                Safe(f'<span class="evidence">{esc(e["evidence"])}</span>'),
                link(e["link"], e["title"] or e["link"]),
                e["publisher"],
            )
            for e in data.latest
        ],
        css="latest",
    )


def render_html(data: ReportData, *, title: str, generated_at: datetime) -> str:
    h = data.headline
    stale = (
        ""
        if data.fresh
        else '<p class="warn">The report tables were not refreshed for the latest run; '
        "these figures come from the live views.</p>"
    )
    actors = charts.hbar_chart(
        [(a, n) for a, n in data.actors], label="Events initiated by actor", color="#34495e"
    )
    sections = [
        ("Headline figures", Safe(stale + _cards(h))),
        ("Trade-tension index", _tension(data)),
        ("Measures timeline", _measures(data)),
        ("Events by type per week", _weekly(data)),
        (
            "Top actors",
            Safe(
                '<div class="two"><div>'
                + actors
                + "</div><div>"
                + table(["person", "country", "role", "articles"], data.people, css="people")
                + "</div></div>"
            ),
        ),
        (
            "Who met or spoke with whom",
            table(
                ["parties", "type", "held", "planned", "last", "latest status", "people"],
                [
                    (
                        f"{c['party_a']} ↔ {c['party_b']}",
                        c["type"],
                        c["contacts_held"],
                        c["contacts_planned"],
                        c["last_day"],
                        c["latest_status"],
                        c["people"],
                    )
                    for c in data.contacts
                ],
                css="contacts",
            ),
        ),
        ("Latest events", _latest(data)),
        (
            "Coverage by publisher",
            table(
                ["publisher", "countries", "articles", "relevant", "events", "last day"],
                [
                    (
                        c["publisher"],
                        c["countries"],
                        c["articles"],
                        c["relevant_articles"],
                        c["events"],
                        c["last_day"],
                    )
                    for c in data.coverage
                ],
                css="coverage",
            ),
        ),
    ]
    body = "".join(
        f'<section id="s{i}"><h2>{esc(name)}</h2>{esc(content)}</section>'
        for i, (name, content) in enumerate(sections)
    )
    period = f"{esc(h['first_day'])} to {esc(h['last_day'])}" if h["first_day"] else "no data"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{esc(title)}</h1><p>Period {period} · generated "
        f"{esc(generated_at)} · last run {esc(h['last_run_at'])}</p></header>"
        f"<main>{body}"
        '<p class="note">Tension index: events weighted by their conflict-cooperation score, '
        "per article published that day, scaled so that an average day is 100 "
        "(method in docs/warehouse.md).</p></main></body></html>\n"
    )
