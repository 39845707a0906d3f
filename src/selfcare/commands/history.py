"""`selfcare history`: recent sessions, a pain chart, adherence, and exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfcare.history.store import SESSION_FIELDS, connect, database_path, query_sessions
from selfcare.history.trends import (
    SessionPoint,
    current_streak,
    local_day,
    session_points,
    sessions_per_week,
    stabilising_was_enough,
)
from selfcare.i18n.language import t
from selfcare.routine.discovery import selfcare_home
from selfcare.routine.wording import duration_words
from selfcare.safe_text import terminal_safe, terminal_safe_json

if TYPE_CHECKING:
    from collections.abc import Sequence

DEFAULT_TABLE_ROWS = 15
CHART_ROWS = 11  # pain 10 down to 0


def load_sessions(
    routine: str | None, since: date | None, limit: int | None, with_steps: bool
) -> list[dict[str, object]]:
    path = database_path(selfcare_home())
    if not path.exists():
        return []
    since_text = None
    if since is not None:  # the day starts at local midnight
        start = datetime.combine(since, datetime.min.time()).astimezone()
        since_text = start.astimezone(UTC).isoformat(timespec="seconds")
    db = connect(path)
    try:
        return query_sessions(db, routine, since_text, limit, with_steps)
    finally:
        db.close()


def sessions_csv(sessions: Sequence[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SESSION_FIELDS)
    for session in sessions:
        writer.writerow(["" if session[key] is None else session[key] for key in SESSION_FIELDS])
    return buffer.getvalue()


def print_history(
    as_json: bool = False,
    as_csv: bool = False,
    routine: str | None = None,
    since: date | None = None,
    limit: int | None = None,
) -> None:
    exporting = as_json or as_csv
    # The chart and the adherence read every session that matches; --limit trims the rows.
    sessions = load_sessions(routine, since, limit if exporting else None, with_steps=as_json)
    if as_json:  # one line per session: readable, and quick for a long record
        rows = ",\n".join(
            terminal_safe_json(json.dumps(session, ensure_ascii=False)) for session in sessions
        )
        print(f"[\n{rows}\n]" if rows else "[]")
        return
    if as_csv:
        print(terminal_safe(sessions_csv(sessions)), end="")
        return
    from selfcare.output import stdout_console

    console = stdout_console()
    if not sessions:
        filtered = routine is not None or since is not None
        console.print(t("history.none_match" if filtered else "history.none"), markup=False)
        return
    today = datetime.now().astimezone().date()
    console.print(sessions_table(sessions[: limit or DEFAULT_TABLE_ROWS]))
    points = session_points(sessions)
    console.print(pain_chart(points, console.width))
    console.print(adherence(points, today))


def _pain_cell(before: object, mid: object, after: object) -> Text:
    """Pain before → after, with the answer before loosening between them when there is one.

    Coloured by before → after: green when lower, red when higher, dim when one is missing.
    """
    answers = (before, after) if mid is None else (before, mid, after)
    shown = " → ".join(str(v) if isinstance(v, int) else "–" for v in answers)
    if not isinstance(before, int) or not isinstance(after, int):
        return Text(shown, style="dim")
    return Text(shown, style="green" if after < before else "red" if after > before else "")


def _loosen_cell(loosen: object) -> Text:
    if loosen is None:
        return Text("–", style="dim")
    style = {"done": "", "skipped": "green", "stopped": "yellow"}.get(str(loosen), "")
    return Text(t(f"history.loosen_{loosen}"), style=style)


def sessions_table(sessions: Sequence[dict[str, object]]) -> Table:
    table = Table(title=t("history.title"), title_justify="left")
    for key in ("history.when", "history.routine", "history.duration", "history.status"):
        table.add_column(t(key), no_wrap=True)
    table.add_column(t("history.pain"), justify="center")
    table.add_column(t("history.loosen"))
    for session in sessions:
        started = datetime.fromisoformat(str(session["started_at"])).astimezone()
        seconds = session["duration_seconds"]
        table.add_row(
            started.strftime("%Y-%m-%d %H:%M"),
            Text(terminal_safe(str(session["routine"]))),
            duration_words(seconds) if isinstance(seconds, int | float) else "–",
            t(f"history.status_{session['status']}"),
            _pain_cell(session["pain_before"], session.get("pain_mid"), session["pain_after"]),
            _loosen_cell(session["loosen"]),
        )
    return table


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
    """Sessions per week for 8 weeks as bars, the streak, and how often stabilising was enough."""
    weekly = sessions_per_week(points, today)
    top = max(max(weekly), 1)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, justify="right")
    for weeks_ago, count in zip(range(len(weekly) - 1, -1, -1), weekly, strict=True):
        start = today - timedelta(days=7 * weeks_ago + 6)
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
