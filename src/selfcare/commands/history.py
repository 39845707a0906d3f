"""`selfcare history`: recent sessions, a pain chart, adherence, the weeks against each
routine's schedule, and exports."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfcare.history.abandoned import close_abandoned
from selfcare.history.charts import ScheduledWeeks, adherence, pain_chart, schedule_weeks
from selfcare.history.store import (
    HistoryError,
    SessionRow,
    connect_to_read,
    history_exists,
    query_sessions,
)
from selfcare.history.trends import session_points
from selfcare.i18n.language import t
from selfcare.output import OutputFormat, error_console, stdout_console
from selfcare.paths import database_path
from selfcare.programme.schedule import oldest_week_start, week_start, weekly_counts
from selfcare.routine.index import routine_schedules
from selfcare.routine.wording import clock, duration_words
from selfcare.safe_text import terminal_safe
from selfcare.session.outcomes import ENDING_WORDS, LOOSEN_WORDS, Ending, LoosenOutcome

DEFAULT_TABLE_ROWS = 15
SCHEDULE_WEEKS = 4  # calendar weeks shown against each routine's schedule, this one included
LOOSEN_STYLES = {
    LoosenOutcome.SKIPPED: "green",  # stabilising was enough
    LoosenOutcome.STOPPED: "yellow",
    LoosenOutcome.HELD_BACK: "yellow",
}


EARLIEST = date(1970, 1, 2)
MOST_ROWS = 2**63 - 1  # SQLite's largest number: a larger --limit means no limit, as this does


def load_sessions(
    *,
    routine: str | None,
    since: date | None,
    limit: int | None,
    with_steps: bool,
    everything: bool = False,
    step_counts: bool = True,
) -> list[SessionRow]:
    path = database_path()
    if not history_exists(path):
        return []
    # The day starts at local midnight. No session is older than 1970: an earlier date (as far
    # back as year 1) means the same, and stays clear of the calendar's first day in any zone.
    first = None if since is None else max(since, EARLIEST)
    start = None if first is None else datetime.combine(first, datetime.min.time()).astimezone()
    db, note = connect_to_read(path)
    if note is not None:
        error_console().print(terminal_safe(note), markup=False, soft_wrap=True)
    try:
        # Sessions whose process died are shown as ended now, not at the next `start`; a disk
        # that takes no writes (read-only, full) or a busy history only leaves them as they are.
        with suppress(HistoryError, sqlite3.Error):
            db.execute("PRAGMA busy_timeout = 200")  # a busy history is tidied another time
            close_abandoned(db)
        return query_sessions(
            db,
            routine=routine,
            since=start,
            limit=None if limit is None else min(limit, MOST_ROWS),
            with_steps=with_steps,
            include_not_started=everything,
            include_practice=everything,
            step_counts=step_counts,
        )
    finally:
        db.close()


def history(
    output: OutputFormat,
    *,
    routine: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    everything: bool = False,
) -> None:
    if output is not OutputFormat.TEXT:
        from selfcare.commands.history_export import export_history

        export_history(output, routine=routine, since=since, limit=limit, everything=everything)
        return
    # The chart and the adherence read every session that matches; --limit trims the rows.
    sessions = load_sessions(
        routine=routine,
        since=since,
        limit=None,
        with_steps=False,
        everything=everything,
        step_counts=False,  # the view shows none
    )
    console = stdout_console()
    if not sessions:
        filtered = routine is not None or since is not None
        console.print(t("history.none_match" if filtered else "history.none"), markup=False)
        return
    today = datetime.now().astimezone().date()
    shown = sessions[: limit or DEFAULT_TABLE_ROWS]
    changes = routine_changes(sessions)  # all read: the session before the first shown counts
    console.print(recent_sessions(shown, changes, console.width))
    # Pain is charted for one routine at a time: two routines' ratings are not one trend.
    charted = charted_routine(sessions)
    console.print(pain_chart(session_points(sessions, routine=charted), console.width, charted))
    others = other_routines(sessions, charted)
    if others:
        console.print(t("history.chart_others", routines=others), style="dim", markup=False)
    console.print(adherence(session_points(sessions), today))
    scheduled = weeks_against_schedules(sessions, today, since)
    if scheduled:
        console.print(schedule_weeks(scheduled, console.width))


def charted_routine(sessions: Sequence[SessionRow]) -> str:
    """The routine of most of `sessions` (newest first): of those tied, the one done last."""
    counts = Counter(session.routine for session in sessions)
    most = max(counts.values())
    return next(session.routine for session in sessions if counts[session.routine] == most)


OTHERS_NAMED = 3  # routines named under the chart; more are counted


def other_routines(sessions: Sequence[SessionRow], charted: str) -> str:
    """The other routines among `sessions`, most done first, as the note under the chart
    names them ("" when there are none)."""
    counts = Counter(session.routine for session in sessions if session.routine != charted)
    names = [terminal_safe(routine) for routine, _ in counts.most_common(OTHERS_NAMED)]
    if len(counts) > OTHERS_NAMED:
        names.append(t("history.chart_others_more", count=len(counts) - OTHERS_NAMED))
    return ", ".join(names)


def pain_cell(
    before: int | None, mid: int | None, after: int | None, *, tight: bool = False
) -> Text:
    """Pain before → after, with the answer before loosening between them when there is one;
    `tight`: without the spaces, 4→3→2.

    Coloured by before → after: green when lower, red when higher, dim when one is missing.
    """
    answers = (before, after) if mid is None else (before, mid, after)
    words = ["–" if value is None else str(value) for value in answers]
    shown = ("→" if tight else " → ").join(words)
    if before is None or after is None:
        return Text(shown, style="dim")
    return Text(shown, style="green" if after < before else "red" if after > before else "")


def _loosen_cell(loosen: LoosenOutcome | None) -> Text:
    if loosen is None:
        return Text("–", style="dim")
    return Text(t(LOOSEN_WORDS[loosen]), style=LOOSEN_STYLES.get(loosen, ""))


def _status_cell(session: SessionRow, practice_mark: bool) -> str:
    status = "–" if session.status is None else t(ENDING_WORDS[session.status])
    if session.practice and practice_mark:  # explained under the table
        status += f" ×{session.speed:g}"
    elif session.practice:  # shown only with --all
        status += " · " + t("history.practice", speed=f"{session.speed:g}")
    return status


VERSION_SHOWN = 8  # characters of a routine's version in the table
CHANGED = "*"  # the routine's content changed, its version did not


def routine_changes(sessions: Sequence[SessionRow]) -> dict[int, str]:
    """By session id, where its routine changed since the previous session of that routine:
    "v" and its new version, or CHANGED when only its content did. The first session of a
    routine that has a version shows it. Sessions recorded before selfcare kept either say
    nothing, and are passed over."""
    before: dict[str, tuple[str | None, str | None]] = {}
    marks: dict[int, str] = {}
    for session in reversed(sessions):  # oldest first
        version, current = session.routine_version, (session.routine_version, session.routine_hash)
        if current == (None, None):
            continue
        previous = before.get(session.routine)
        before[session.routine] = current
        if version is not None and (previous is None or version != previous[0]):
            marks[session.id] = version_mark(version)
        elif previous is not None and current != previous:
            marks[session.id] = CHANGED
    return marks


def version_mark(version: str) -> str:
    """The version as the table shows it, "v1.1": kept short, for it is any text its author
    chose."""
    shown = " ".join(terminal_safe(version).split())
    if len(shown) > VERSION_SHOWN:
        shown = shown[: VERSION_SHOWN - 1] + "…"
    return shown if shown[:1] in ("v", "V") else "v" + shown


TABLE_EDGES = 19  # six columns: seven rules, and a space either side of every cell
ID_LEAST = 5  # cells an id keeps, "…" included, when a version mark beside it is cut too


@dataclass(frozen=True)
class TableFit:
    """What gives way, in this order, when the table is wider than the terminal. A session is
    always one row: what does not fit is shortened, never wrapped."""

    practice_mark: bool = False  # a practice run's status says "×10", explained under the table
    clock: bool = False  # durations as 19:53, not 19 min 53 s
    no_year: bool = False  # started as 12-02 09:01
    tight_pain: bool = False  # 4→3→2: only when that keeps the ids whole, or they had no room
    routine_room: int | None = None  # cells for the routine's id and its mark, cut with "…"


GIVING_WAY = (
    TableFit(),
    TableFit(practice_mark=True),
    TableFit(practice_mark=True, clock=True),
    TableFit(practice_mark=True, clock=True, no_year=True),
)
HEADERS = (
    "history.when",
    "history.routine",
    "history.duration",
    "history.status",
    "history.pain",
    "history.loosen",
)


def recent_sessions(
    sessions: Sequence[SessionRow], changes: Mapping[int, str], width: int | None = None
) -> RenderableType:
    """The table of `sessions`, one row each, within `width` cells; under it the legends of
    the marks it shows."""
    fit = table_fit(sessions, changes, width)
    rows = [row_cells(session, changes, fit) for session in sessions]
    table = Table(title=t("history.title"), title_justify="left")
    for key in HEADERS:
        centred = key == "history.pain"
        table.add_column(t(key), no_wrap=True, justify="center" if centred else "left")
    for row in rows:
        table.add_row(*row)
    shown: list[RenderableType] = [table]
    if any(session.id in changes for session in sessions):
        shown.append(Text(t("history.version_legend"), style="dim"))
    if fit.practice_mark and any(session.practice for session in sessions):
        shown.append(Text(t("history.practice_legend"), style="dim"))
    return Group(*shown)


def table_fit(
    sessions: Sequence[SessionRow], changes: Mapping[int, str], width: int | None
) -> TableFit:
    """The least that must give way for the table to be `width` cells or narrower: past
    GIVING_WAY, the pain is written tight when that is enough; else the routine's id and its
    mark are cut to the room left."""
    if width is None:
        return TableFit()
    for fit in GIVING_WAY:
        widths = column_widths(sessions, changes, fit)
        if sum(widths) + TABLE_EDGES <= width:
            return fit
    tight = replace(fit, tight_pain=True)
    tight_widths = column_widths(sessions, changes, tight)
    if sum(tight_widths) + TABLE_EDGES <= width:
        return tight
    least = max(cell_len(t("history.routine")), ID_LEAST + 3)
    if width - TABLE_EDGES - sum(widths) + widths[1] < least:
        fit, widths = tight, tight_widths
    return replace(fit, routine_room=max(least, width - TABLE_EDGES - sum(widths) + widths[1]))


def column_widths(
    sessions: Sequence[SessionRow], changes: Mapping[int, str], fit: TableFit
) -> list[int]:
    widths = [cell_len(t(key)) for key in HEADERS]
    for session in sessions:
        for index, cell in enumerate(row_cells(session, changes, fit)):
            widths[index] = max(widths[index], cell.cell_len)
    return widths


def row_cells(session: SessionRow, changes: Mapping[int, str], fit: TableFit) -> list[Text]:
    seconds, started = session.duration_seconds, session.started_at
    when = "%m-%d %H:%M" if fit.no_year else "%Y-%m-%d %H:%M"
    length = "–" if seconds is None else clock(seconds) if fit.clock else duration_words(seconds)
    return [
        Text("–" if started is None else started.astimezone().strftime(when)),
        routine_cell(session.routine, changes.get(session.id), fit.routine_room),
        Text(length),
        Text(_status_cell(session, fit.practice_mark)),
        pain_cell(session.pain_before, session.pain_mid, session.pain_after, tight=fit.tight_pain),
        _loosen_cell(session.loosen),
    ]


def routine_cell(routine: str, mark: str | None, room: int | None) -> Text:
    """The routine's id, then its version mark when it changed; within `room` cells, the id
    cut first (down to a few cells), then the mark."""
    cell = Text(terminal_safe(routine))
    if room is not None and mark is not None:
        id_room = max(room - 1 - cell_len(mark), min(cell.cell_len, ID_LEAST))
        cell.truncate(id_room, overflow="ellipsis")
    if mark is not None:
        cell.append(" " + mark, style="cyan")
    if room is not None:
        cell.truncate(room, overflow="ellipsis")
    return cell


def weeks_against_schedules(
    sessions: Sequence[SessionRow], today: date, since: date | None = None
) -> list[ScheduledWeeks]:
    """Sessions in each of the last few calendar weeks, for each routine done in them whose
    file has a schedule. Weeks wholly before `since` are not shown: they were not read."""
    weeks = SCHEDULE_WEEKS
    if since is not None:
        weeks = min(weeks, max(0, (week_start(today) - week_start(since)).days // 7 + 1))
    cutoff = oldest_week_start(today, weeks)
    days: dict[str, list[date]] = {}
    for session in sessions:
        started = session.started_at
        if started is None or started < cutoff:
            continue
        if session.practice or session.status is Ending.NOT_STARTED:
            continue  # shown with --all, but not a session done
        days.setdefault(session.routine, []).append(started.astimezone().date())
    if not weeks or not days:
        return []
    schedules = routine_schedules(days)
    return [
        ScheduledWeeks(routine, weekly_counts(days[routine], today, weeks), target)
        for routine in sorted(schedules)
        if (target := schedules[routine].sessions_per_week) > 0
    ]
