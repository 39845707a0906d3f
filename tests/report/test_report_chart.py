"""The pain chart: sessions placed by their time, marks that read in black and white."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from itertools import pairwise

from selfcare.export.report_chart import CHART_CSS, pain_chart_svg
from selfcare.history.report_facts import PainPoint, Period
from selfcare.i18n import language

MONDAY = date(2026, 3, 2)


def at(offset: int) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=offset), datetime.min.time()).astimezone()


def centres(svg: str, kind: str) -> list[tuple[float, float]]:
    return [
        (float(x), float(y))
        for x, y in re.findall(
            rf'<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" class="{kind}"/>', svg
        )
    ]


def test_sessions_are_spaced_by_their_dates_not_by_their_order() -> None:
    points = [PainPoint(at(0), 6, 4), PainPoint(at(2), 5, 3), PainPoint(at(5), 4, 4)]
    svg = pain_chart_svg(points, Period(MONDAY, MONDAY + timedelta(days=13)))
    before = centres(svg, "before")[: len(points)]  # the last ○ is the legend's
    gaps = [b[0] - a[0] for a, b in pairwise(before)]
    assert abs(gaps[1] / gaps[0] - 1.5) < 0.01  # three days against two
    # Higher pain is higher on the page; equal pain puts ● inside ○.
    assert before[0][1] < before[1][1] < before[2][1]
    assert centres(svg, "after")[2] == before[2]


def test_the_chart_marks_each_monday_and_reads_the_language_of_the_page() -> None:
    period = Period(MONDAY, MONDAY + timedelta(days=20))
    assert ">2 Mar<" in pain_chart_svg([PainPoint(at(1), 3, 2)], period)
    language.set_language("ja")
    svg = pain_chart_svg([PainPoint(at(1), 3, 2)], period)
    assert ">3/9<" in svg and ">3/16<" in svg and ">前<" in svg and ">後<" in svg


def test_the_chart_uses_no_colour_to_carry_meaning() -> None:
    colours = re.findall(r"#([0-9a-f]{3}(?:[0-9a-f]{3})?)\b", CHART_CSS)
    assert colours
    for colour in colours:
        full = colour if len(colour) == 6 else "".join(c * 2 for c in colour)
        assert full[0:2] == full[2:4] == full[4:6], colour  # greys, black and white only
