"""Inline SVG charts, drawn by hand: no JavaScript, no network, every label escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

TYPE_COLORS: dict[str, str] = {
    "tariff": "#c0392b",
    "nontariff_measure": "#e67e22",
    "trade_talks": "#2980b9",
    "leader_contact": "#8e44ad",
    "trade_agreement": "#27ae60",
    "trade_dispute": "#7f8c8d",
}
STATUS_COLORS: dict[str, str] = {
    "threatened": "#f5b041",
    "announced": "#e67e22",
    "in_effect": "#c0392b",
    "paused": "#95a5a6",
    "reduced": "#82e0aa",
    "exempted": "#48c9b0",
    "removed": "#27ae60",
}
_FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{_e(label)}" viewBox="0 0 {width} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet">'
        f"<title>{_e(label)}</title>" + "".join(body) + "</svg>"
    )


def _empty(width: int, height: int, label: str) -> str:
    return _svg(
        width,
        height,
        label,
        [f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" {_FONT}>No data yet</text>'],
    )


def _date_ticks(start: date, end: date, count: int = 8) -> list[date]:
    span = max((end - start).days, 1)
    step = max(span // count, 1)
    return [start + timedelta(days=d) for d in range(0, span + 1, step)]


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    points: Sequence[tuple[date, float]]
    color: str
    width: float = 1.5


@dataclass(frozen=True, slots=True)
class Frame:
    """Plot area inside the SVG and the mapping of data to pixels."""

    width: int
    height: int
    left: int = 48
    right: int = 40
    top: int = 24
    bottom: int = 28

    @property
    def plot_w(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> int:
        return self.height - self.top - self.bottom


def line_chart(series: Sequence[Series], *, label: str, width: int = 960, height: int = 280) -> str:
    """Lines over days, with a zero line and labelled axes."""
    points = [p for s in series for p in s.points]
    if not points:
        return _empty(width, height, label)
    f = Frame(width, height)
    start, end = min(p[0] for p in points), max(p[0] for p in points)
    span = max((end - start).days, 1)
    lo = min(0.0, min(p[1] for p in points))
    hi = max(1.0, max(p[1] for p in points))
    hi += (hi - lo) * 0.05

    def x(d: date) -> float:
        return f.left + (d - start).days / span * f.plot_w

    def y(v: float) -> float:
        return f.top + (hi - v) / (hi - lo) * f.plot_h

    body = [f'<rect x="{f.left}" y="{f.top}" width="{f.plot_w}" height="{f.plot_h}" '
            'fill="#fafafa" stroke="#ddd"/>']  # fmt: skip
    for i in range(5):
        v = lo + (hi - lo) * i / 4
        body.append(
            f'<line x1="{f.left}" x2="{width - f.right}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
            f'stroke="#eee"/><text x="{f.left - 4}" y="{y(v) + 4:.1f}" text-anchor="end" '
            f"{_FONT}>{v:.0f}</text>"
        )
    body.append(
        f'<line x1="{f.left}" x2="{width - f.right}" y1="{y(0):.1f}" y2="{y(0):.1f}" '
        'stroke="#999" stroke-dasharray="4 3"/>'
    )
    for d in _date_ticks(start, end):
        body.append(
            f'<text x="{x(d):.1f}" y="{height - 8}" text-anchor="middle" {_FONT}>'
            f"{_e(d.isoformat())}</text>"
        )
    for s in series:
        coords = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in s.points)
        body.append(
            f'<polyline class="series" fill="none" stroke="{_e(s.color)}" '
            f'stroke-width="{s.width}" points="{coords}"><title>{_e(s.name)}</title></polyline>'
        )
    body.extend(_legend([(s.name, s.color) for s in series], f.left, 14))
    return _svg(width, height, label, body)


def _legend(items: Sequence[tuple[str, str]], x0: float, y0: float) -> list[str]:
    out, x = [], x0
    for name, color in items:
        out.append(
            f'<rect x="{x:.0f}" y="{y0 - 9}" width="10" height="10" fill="{_e(color)}"/>'
            f'<text x="{x + 14:.0f}" y="{y0}" {_FONT}>{_e(name)}</text>'
        )
        x += 24 + 6.5 * len(name)
    return out


@dataclass(slots=True)
class Stacks:
    """Bars per period (a week), each a stack of counts per category."""

    periods: list[date] = field(default_factory=list)
    values: dict[str, list[int]] = field(default_factory=dict)


def stacked_bars(
    stacks: Stacks,
    colors: dict[str, str],
    *,
    label: str,
    width: int = 960,
    height: int = 280,
) -> str:
    if not stacks.periods:
        return _empty(width, height, label)
    f = Frame(width, height)
    totals = [sum(v[i] for v in stacks.values.values()) for i in range(len(stacks.periods))]
    top = max(max(totals), 1) * 1.05
    band = f.plot_w / len(stacks.periods)
    bar = max(band * 0.8, 1.0)
    body = []
    for i in range(5):
        v = top * i / 4
        yy = f.top + f.plot_h - v / top * f.plot_h
        body.append(
            f'<line x1="{f.left}" x2="{width - f.right}" y1="{yy:.1f}" y2="{yy:.1f}" '
            f'stroke="#eee"/><text x="{f.left - 4}" y="{yy + 4:.1f}" text-anchor="end" '
            f"{_FONT}>{v:.0f}</text>"
        )
    for i, period in enumerate(stacks.periods):
        base = f.top + f.plot_h
        xx = f.left + i * band + (band - bar) / 2
        for name, values in stacks.values.items():
            n = values[i]
            if not n:
                continue
            h = n / top * f.plot_h
            base -= h
            body.append(
                f'<rect class="bar" x="{xx:.1f}" y="{base:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{_e(colors.get(name, "#555"))}">'
                f"<title>{_e(period.isoformat())} {_e(name)}: {n}</title></rect>"
            )
    tick_every = max(len(stacks.periods) // 8, 1)
    for i in range(0, len(stacks.periods), tick_every):
        xx = f.left + (i + 0.5) * band
        body.append(
            f'<text x="{xx:.1f}" y="{height - 8}" text-anchor="middle" {_FONT}>'
            f"{_e(stacks.periods[i].isoformat())}</text>"
        )
    body.extend(_legend([(n, colors.get(n, "#555")) for n in stacks.values], f.left, 14))
    return _svg(width, height, label, body)


def hbar_chart(
    items: Sequence[tuple[str, float]],
    *,
    label: str,
    color: str = "#2c3e50",
    width: int = 460,
    row: int = 22,
) -> str:
    """Horizontal bars, largest first, with the value at the end of each bar."""
    if not items:
        return _empty(width, 120, label)
    height = 12 + row * len(items)
    left, right = 120, 60
    top = max(v for _, v in items) or 1
    body = []
    for i, (name, value) in enumerate(items):
        y = 6 + i * row
        w = value / top * (width - left - right)
        body.append(
            f'<text x="{left - 6}" y="{y + row / 2 + 4:.1f}" text-anchor="end" {_FONT}>'
            f"{_e(name)}</text>"
            f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
            f'fill="{_e(color)}"><title>{_e(name)}: {value:,.0f}</title></rect>'
            f'<text x="{left + w + 4:.1f}" y="{y + row / 2 + 4:.1f}" {_FONT}>{value:,.0f}</text>'
        )
    return _svg(width, height, label, body)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    label: str
    stages: Sequence[tuple[str, date, date]]  # (status, first day, last day)


def timeline(
    rows: Sequence[TimelineRow],
    *,
    label: str,
    width: int = 960,
    row: int = 20,
) -> str:
    """One lane per measure; a segment per status from its first to its last report."""
    days = [d for r in rows for _, a, b in r.stages for d in (a, b)]
    if not days:
        return _empty(width, 120, label)
    left, right, top = 260, 40, 24
    height = top + row * len(rows) + 28
    start, end = min(days), max(days)
    span = max((end - start).days, 1)
    plot_w = width - left - right

    def x(d: date) -> float:
        return left + (d - start).days / span * plot_w

    body = []
    for i, r in enumerate(rows):
        y = top + i * row
        body.append(
            f'<text x="{left - 6}" y="{y + row / 2 + 4:.1f}" text-anchor="end" {_FONT}>'
            f"{_e(r.label[:42])}</text>"
            f'<line x1="{left}" x2="{width - right}" y1="{y + row / 2:.1f}" '
            f'y2="{y + row / 2:.1f}" stroke="#eee"/>'
        )
        for status, a, b in r.stages:
            w = max(x(b) - x(a), 3.0)
            body.append(
                f'<rect class="stage" x="{x(a):.1f}" y="{y + 4}" width="{w:.1f}" '
                f'height="{row - 8}" fill="{_e(STATUS_COLORS.get(status, "#555"))}" '
                f'opacity="0.85"><title>{_e(r.label)}: {_e(status)} {_e(a.isoformat())}'
                f" to {_e(b.isoformat())}</title></rect>"
            )
    for d in _date_ticks(start, end, 6):
        body.append(
            f'<text x="{x(d):.1f}" y="{height - 8}" text-anchor="middle" {_FONT}>'
            f"{_e(d.isoformat())}</text>"
        )
    body.extend(_legend(list(STATUS_COLORS.items()), left, 14))
    return _svg(width, height, label, body)
