"""The report's pain chart: pain before (○) and after (●) each session, as inline SVG.

Sessions stand where their time falls in the period, so a week without sessions shows as a
gap. Black marks on white with grey guides: it reads the same printed in black and white.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from selfcare.history.report_facts import PainPoint, Period
from selfcare.i18n.dates import MONTHS_EN
from selfcare.i18n.language import Language, current_language, t

WIDTH, HEIGHT = 680, 178  # the drawing's units; it is scaled to the page's width
LEFT, RIGHT, TOP, BOTTOM = 30, 672, 26, 150  # the plot's edges
PAD = 8  # between the plot's side edges and its first and last days
LABEL_Y = 166  # the dates under the plot
BEFORE_RADIUS, AFTER_RADIUS = 4.4, 3.0  # ● fits inside ○ when the two are equal
HIGHEST = 10


def short_day(day: date) -> str:
    """A date on the axis: "2 Mar", 「3/2」."""
    if current_language() is Language.JA:
        return f"{day.month}/{day.day}"
    return f"{day.day} {MONTHS_EN[day.month - 1]}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _y(pain: int) -> float:
    return BOTTOM - (BOTTOM - TOP) * min(max(pain, 0), HIGHEST) / HIGHEST


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()  # local midnight


def pain_chart_svg(points: Sequence[PainPoint], period: Period) -> str:
    """The chart of `points` over `period`: Mondays marked on the time axis, pain 0–10 up."""
    start, end = _start(period.since), _start(period.until + timedelta(days=1))
    span = max((end - start).total_seconds(), 1.0)

    def x(moment: datetime) -> float:
        share = (moment - start).total_seconds() / span
        return LEFT + PAD + (RIGHT - LEFT - 2 * PAD) * min(max(share, 0.0), 1.0)

    title = t("report.chart_title")
    parts = [
        f'<svg class="pain-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{_e(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{_e(title)}</title>",
    ]
    for pain in range(0, HIGHEST + 1, 2):  # guides and their numbers
        y = _y(pain)
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{RIGHT}" y2="{y:.1f}" class="guide"/>'
            f'<text x="{LEFT - 6}" y="{y + 3.5:.1f}" class="scale" text-anchor="end">{pain}</text>'
        )
    day = period.since + timedelta(days=(7 - period.since.weekday()) % 7)
    while day <= period.until:  # each Monday: a dotted line and its date
        at = x(_start(day))
        parts.append(
            f'<line x1="{at:.1f}" y1="{TOP}" x2="{at:.1f}" y2="{BOTTOM}" class="week"/>'
            f'<text x="{at:.1f}" y="{LABEL_Y}" class="scale" text-anchor="middle">'
            f"{_e(short_day(day))}</text>"
        )
        day += timedelta(days=7)
    parts.append(f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" class="axis"/>')
    for point in points:
        at = x(point.started)
        if point.before is not None and point.after is not None:
            y1, y2 = _y(point.before), _y(point.after)
            parts.append(
                f'<line x1="{at:.1f}" y1="{y1:.1f}" x2="{at:.1f}" y2="{y2:.1f}" class="change"/>'
            )
        if point.before is not None:
            parts.append(_mark(at, point.before, BEFORE_RADIUS, "before"))
        if point.after is not None:  # drawn last: inside ○ when the two are equal
            parts.append(_mark(at, point.after, AFTER_RADIUS, "after"))
    parts.append(_legend())
    parts.append("</svg>")
    return "".join(parts)


def _mark(at: float, pain: int, radius: float, kind: str) -> str:
    return f'<circle cx="{at:.1f}" cy="{_y(pain):.1f}" r="{radius}" class="{kind}"/>'


def _legend() -> str:
    """○ before  ● after, drawn with the chart's own marks, above its top right corner."""
    y = 10
    before, after = _e(t("report.chart_before")), _e(t("report.chart_after"))
    return (
        f'<circle cx="{RIGHT - 128}" cy="{y}" r="{BEFORE_RADIUS}" class="before"/>'
        f'<text x="{RIGHT - 120}" y="{y + 3.5}" class="legend">{before}</text>'
        f'<circle cx="{RIGHT - 56}" cy="{y}" r="{AFTER_RADIUS}" class="after"/>'
        f'<text x="{RIGHT - 48}" y="{y + 3.5}" class="legend">{after}</text>'
    )


# The chart's look, in the page's style sheet: no colour carries meaning.
CHART_CSS = """
svg.pain-chart { width: 100%; height: auto; display: block; }
svg.pain-chart .guide { stroke: #c8c8c8; stroke-width: 0.6; }
svg.pain-chart .week { stroke: #9a9a9a; stroke-width: 0.6; stroke-dasharray: 1.5 2.5; }
svg.pain-chart .axis { stroke: #000; stroke-width: 0.9; }
svg.pain-chart .change { stroke: #6a6a6a; stroke-width: 1.1; }
svg.pain-chart .before { fill: #fff; stroke: #000; stroke-width: 1.3; }
svg.pain-chart .after { fill: #000; stroke: none; }
svg.pain-chart text { font-size: 10px; fill: #222; }
svg.pain-chart .legend { font-size: 11px; }
"""
