"""Pictures of progress in the terminal: the pain chart, sessions per week, and the weeks
against each routine's schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfcare.history.trends import (
    SessionPoint,
    current_streak,
    local_day,
    stabilising_was_enough,
)
from selfcare.i18n.language import t
from selfcare.programme.schedule import oldest_week_start, week_start, weekly_counts
from selfcare.safe_text import terminal_safe

WEEKS_SHOWN = 8  # weeks of bars in the adherence chart


def pain_chart(points: Sequence[SessionPoint], width: int) -> RenderableType:
    """Pain before (○) and after (●) each session, oldest on the left, dates underneath."""
    rated = sorted(
        (p for p in points if p.pain_before is not None or p.pain_after is not None),
        key=lambda p: p.started,
    )
    columns = max(4, (width - 6) // 2)
    rated = rated[-columns:]
    if not rated:
        return Text(t("history.chart_empty"), style="dim")
    lines: list[Text] = [Text(t("history.chart_title"), style="bold")]
    for level in range(10, -1, -1):
        line = Text(f"{level:>3} │", style="dim")
        for point in rated:
            before, after = point.pain_before, point.pain_after
            colour = ""
            if before is not None and after is not None:
                colour = "green" if after < before else "red" if after > before else ""
            if before == level and after == level:
                line.append("◉ ", style=colour)
            elif after == level:
                line.append("● ", style=colour)
            elif before == level:
                line.append("○ ", style="dim")
            else:
                line.append("  ")
        lines.append(line)
    legend = t("history.chart_legend")
    # The dates may run as far as the chart's widest line, and never past the console's edge.
    room = min(max(2 * len(rated), cell_len(legend), cell_len(lines[0].plain) - 5), width - 5)
    lines.append(Text("    └" + "─" * (2 * len(rated)), style="dim"))
    lines.append(Text("     " + _date_axis(rated, room), style="dim"))
    lines.append(Text("     " + legend, style="dim"))
    return Group(*lines)


def _date_axis(points: Sequence[SessionPoint], room: int) -> str:
    """Month-day labels under the chart, one every few sessions, never overlapping, and each
    whole within `room` columns: a label that would not fit is left out, not cut or wrapped."""
    axis = [" "] * max(room, 0)
    next_free = 0
    for index, point in enumerate(points):
        position = 2 * index
        label = local_day(point.started).strftime("%m-%d")
        if position >= next_free and position + len(label) <= room:
            axis[position : position + len(label)] = list(label)
            next_free = position + len(label) + 2
    return "".join(axis).rstrip()


def adherence(points: Sequence[SessionPoint], today: date) -> RenderableType:
    """Sessions per calendar week for 8 weeks as bars (each labelled with its Monday, as the
    weeks against a schedule are), the streak, and how often stabilising was enough."""
    cutoff = oldest_week_start(today, WEEKS_SHOWN)  # older sessions are passed over quickly
    recent = (local_day(point.started) for point in points if point.started >= cutoff)
    weekly = weekly_counts(recent, today, WEEKS_SHOWN)
    top = max(max(weekly), 1)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, justify="right")
    for weeks_ago in range(WEEKS_SHOWN - 1, -1, -1):  # oldest first
        count = weekly[weeks_ago]
        start = week_start(today) - timedelta(days=7 * weeks_ago)
        bar = "█" * round(count / top * 20) if count else "·"
        grid.add_row(start.strftime("%m-%d"), Text(bar, style="cyan"), str(count))
    streak = current_streak(points, today)
    summary: list[RenderableType] = [
        Text(t("history.per_week"), style="bold"),
        grid,
        Text(t("history.streak_one") if streak == 1 else t("history.streak", days=streak)),
    ]
    enough, asked = stabilising_was_enough(points)
    if asked:  # only completed sessions that reached the loosening question count
        summary.append(Text(t("history.stabilise_enough", count=enough, total=asked)))
    return Group(Text(""), *summary)


class ScheduledWeeks(NamedTuple):
    """One routine's sessions in each of its last calendar weeks, and its schedule's target."""

    routine: str  # the routine's id, as recorded
    counts: Sequence[int]  # this week first
    target: int  # sessions a week the schedule asks for


def schedule_weeks(rows: Sequence[ScheduledWeeks], width: int) -> RenderableType:
    """Per routine, "this week 2 of 3 · last week 3 of 3 · ...": a week that met its target
    in green. A week's words are never split; lines after the first are indented."""
    lines: list[Text] = [Text(""), Text(t("schedule.weekly_title"), style="bold")]
    for row in rows:
        pieces = [
            Text(
                _week_words(weeks_ago, done, row.target),
                style="green" if done >= row.target else "",
            )
            for weeks_ago, done in enumerate(row.counts)
        ]
        lines += _packed(Text(terminal_safe(row.routine) + ": "), pieces, width)
    return Group(*lines)


def _week_words(weeks_ago: int, done: int, target: int) -> str:
    if weeks_ago == 0:
        return t("schedule.this_week", done=done, target=target)
    if weeks_ago == 1:
        return t("schedule.last_week", done=done, target=target)
    return t("schedule.weeks_ago", weeks=weeks_ago, done=done, target=target)


WEEK_SEPARATOR = " · "
CONTINUED = "  "  # lines after the first


def _packed(label: Text, pieces: Sequence[Text], width: int) -> list[Text]:
    """`label` then `pieces` joined by WEEK_SEPARATOR, filled into lines of `width` cells."""
    lines = [label.copy()]
    for index, piece in enumerate(pieces):
        line = lines[-1]
        gap = WEEK_SEPARATOR if index else ""
        if index and cell_len(line.plain + gap + piece.plain) > width:
            lines.append(Text(CONTINUED))
            line, gap = lines[-1], ""
        line.append(Text(gap, style="dim"))
        line.append(piece)
    return lines
