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


CHART_LEFT = 5  # "  7 │" before the plot


class Spacing(NamedTuple):
    """How the chart spaces its days: `slot`, every calendar day as wide as the busiest (a time
    axis); else a day's sessions side by side and a blank column after them, and `gap_cap`
    blank columns at most for a run of days without sessions (None: one per day)."""

    slot: bool
    gap_cap: int | None


SPACINGS = (Spacing(True, None), Spacing(False, None), Spacing(False, 1))  # widest first


class ChartDay(NamedTuple):
    day: date
    points: list[SessionPoint]  # oldest first


class Plot(NamedTuple):
    """The chart's columns, oldest on the left: a session, or None for a blank column."""

    columns: list[SessionPoint | None]
    starts: list[tuple[int, date]]  # the column each day's sessions begin at
    idle: frozenset[int]  # columns that stand for days without sessions
    sessions: int


def pain_chart(points: Sequence[SessionPoint], width: int, routine: str) -> RenderableType:
    """Pain before (○) and after (●) each session of `routine`, oldest on the left: a day's
    sessions side by side above one date, days without sessions as gaps (as wide as the days
    with sessions when there is room), and a note of the older sessions there is no room for."""
    rated = [p for p in points if p.pain_before is not None or p.pain_after is not None]
    if not rated:
        return Text(t("history.chart_empty"), style="dim")
    room = max(8, width - CHART_LEFT - 1)
    days = _recent_days(rated, room)
    plots = [_plot(days, room, spacing) for spacing in SPACINGS]
    # The widest spacing that shows as many sessions as the tightest
    plot = next(plot for plot in plots if plot.sessions == plots[-1].sessions)
    lines = [Text(t("history.chart_title", routine=terminal_safe(routine)), style="bold")]
    for level in range(10, -1, -1):
        line = Text(f"{level:>3} │", style="dim")
        for point in plot.columns:
            line.append(*_mark(point, level))
        lines.append(line)
    legend = t("history.chart_legend")
    # The dates may run as far as the chart's widest line, or just past the plot so that the
    # newest day can be dated, and never past the console's edge.
    widest = max(len(plot.columns) + 4, cell_len(legend), cell_len(lines[0].plain) - CHART_LEFT)
    baseline = "".join("┄" if i in plot.idle else "─" for i in range(len(plot.columns)))
    lines.append(Text("    └" + baseline, style="dim"))
    dates = _date_axis(plot.starts, min(widest, width - CHART_LEFT))
    lines.append(Text("     " + dates, style="dim"))
    lines.append(Text("     " + legend, style="dim"))
    left_out = len(rated) - plot.sessions
    if left_out:
        key = "history.chart_left_out_one" if left_out == 1 else "history.chart_left_out"
        lines.append(Text(t(key, count=left_out), style="dim"))
    return Group(*lines)


def _mark(point: SessionPoint | None, level: int) -> tuple[str, str]:
    """The one cell of `point`'s column at pain `level`, and its style."""
    if point is None:
        return " ", ""
    before, after = point.pain_before, point.pain_after
    colour = ""
    if before is not None and after is not None:
        colour = "green" if after < before else "red" if after > before else ""
    if before == level and after == level:
        return "◉", colour
    if after == level:
        return "●", colour
    return ("○", "dim") if before == level else (" ", "")


def _recent_days(rated: Sequence[SessionPoint], room: int) -> list[ChartDay]:
    """The newest days of `rated`, oldest first, as many as could fit in `room` columns: every
    spacing gives a session a column of its own, so older ones are not grouped at all."""
    days: list[ChartDay] = []
    for count, point in enumerate(sorted(rated, key=lambda p: p.started, reverse=True)):
        if count > room:
            break
        day = local_day(point.started)
        if days and days[-1].day == day:
            days[-1].points.insert(0, point)
        else:
            days.append(ChartDay(day, [point]))
    return days[::-1]


def _plot(days: Sequence[ChartDay], room: int, spacing: Spacing) -> Plot:
    """The newest of `days` that fit in `room` columns spaced by `spacing`; when not even the
    newest day does, its newest sessions."""
    first, tallest, used = len(days), 0, 0
    for index in range(len(days) - 1, -1, -1):
        day = days[index]
        if spacing.slot:
            tallest = max(tallest, len(day.points) + 1)
            need = tallest * ((days[-1].day - day.day).days + 1)
        else:
            later = days[index + 1].day if index + 1 < len(days) else day.day + timedelta(days=1)
            need = used + len(day.points) + 1 + _gap((later - day.day).days - 1, spacing.gap_cap)
        if need > room:
            break
        first, used = index, need
    shown = list(days[first:]) or [ChartDay(days[-1].day, days[-1].points[1 - room :])]
    slot = max(len(day.points) for day in shown) + 1
    columns: list[SessionPoint | None] = []
    starts: list[tuple[int, date]] = []
    idle: set[int] = set()
    for index, day in enumerate(shown):
        if index:
            missing = (day.day - shown[index - 1].day).days - 1
            blank = missing * slot if spacing.slot else _gap(missing, spacing.gap_cap)
            idle.update(range(len(columns), len(columns) + blank))
            columns += [None] * blank
        starts.append((len(columns), day.day))
        columns += day.points
        columns += [None] * (slot - len(day.points) if spacing.slot else 1)
    return Plot(columns, starts, frozenset(idle), sum(len(day.points) for day in shown))


def _gap(missing: int, cap: int | None) -> int:
    return missing if cap is None else min(missing, cap)


def _date_axis(starts: Sequence[tuple[int, date]], room: int) -> str:
    """Month-day labels under the chart, one under the first session of a day, never
    overlapping, each whole within `room` columns: the first day and the last always (when
    there is room), the days between where they fit."""
    axis = [" "] * max(room, 0)
    labels = [(position, day.strftime("%m-%d")) for position, day in starts]
    last = labels[-1][0] if len(labels) > 1 and labels[-1][0] + 5 <= room else room + 1
    if labels[0][0] + 6 > last:
        last = room + 1  # no room for both: the first day is dated
    next_free = 0
    for index, (position, label) in enumerate(labels):
        end = position + len(label)
        is_last = index == len(labels) - 1 and last <= room
        if position >= next_free and (end < last or is_last) and end <= room:
            axis[position:end] = list(label)
            next_free = end + 1
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
