"""`selfcare history`: recent sessions, a pain chart, adherence, the weeks against each
routine's schedule, and exports."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping, Sequence
from contextlib import suppress
from datetime import date, datetime
from typing import TYPE_CHECKING

from rich.cells import cell_len
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
from selfcare.routine.wording import duration_words
from selfcare.safe_text import terminal_safe
from selfcare.session.outcomes import Ending, LoosenOutcome

if TYPE_CHECKING:
    from selfcare.routine.model import Schedule

DEFAULT_TABLE_ROWS = 15
SCHEDULE_WEEKS = 4  # calendar weeks shown against each routine's schedule, this one included
STATUS_NAMES = {
    Ending.RUNNING: "history.status_running",
    Ending.COMPLETED: "history.status_completed",
    Ending.STOPPED: "history.status_stopped",
    Ending.ABORTED: "history.status_aborted",
    Ending.NOT_STARTED: "history.status_not_started",
}
LOOSEN_NAMES = {
    LoosenOutcome.DONE: ("history.loosen_done", ""),
    LoosenOutcome.SKIPPED: ("history.loosen_skipped", "green"),
    LoosenOutcome.STOPPED: ("history.loosen_stopped", "yellow"),
    LoosenOutcome.HELD_BACK: ("history.loosen_held_back", "yellow"),
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
    console.print(sessions_table(shown, changes))
    if any(session.id in changes for session in shown):
        console.print(t("history.version_legend"), style="dim", markup=False)
    points = session_points(sessions)
    console.print(pain_chart(points, console.width))
    console.print(adherence(points, today))
    scheduled = weeks_against_schedules(sessions, today, since)
    if scheduled:
        console.print(schedule_weeks(scheduled, console.width))


def pain_cell(before: int | None, mid: int | None, after: int | None) -> Text:
    """Pain before → after, with the answer before loosening between them when there is one.

    Coloured by before → after: green when lower, red when higher, dim when one is missing.
    """
    answers = (before, after) if mid is None else (before, mid, after)
    shown = " → ".join("–" if value is None else str(value) for value in answers)
    if before is None or after is None:
        return Text(shown, style="dim")
    return Text(shown, style="green" if after < before else "red" if after > before else "")


def _loosen_cell(loosen: LoosenOutcome | None) -> Text:
    if loosen is None:
        return Text("–", style="dim")
    key, style = LOOSEN_NAMES[loosen]
    return Text(t(key), style=style)


def _status_cell(session: SessionRow) -> str:
    status = "–" if session.status is None else t(STATUS_NAMES[session.status])
    if session.practice:  # shown only with --all
        status += " · " + t("history.practice", speed=f"{session.speed:g}")
    return status


VERSION_SHOWN = 8  # characters of a routine's version in the table, which must fit 80 columns
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


def sessions_table(
    sessions: Sequence[SessionRow], changes: Mapping[int, str] | None = None
) -> Table:
    table = Table(title=t("history.title"), title_justify="left")
    for key in ("history.when", "history.routine", "history.duration", "history.status"):
        table.add_column(t(key), no_wrap=True)
    table.add_column(t("history.pain"), justify="center")
    table.add_column(t("history.loosen"))
    ids = (cell_len(terminal_safe(session.routine)) for session in sessions)
    widest = max([cell_len(t("history.routine")), *ids])
    for session in sessions:
        seconds = session.duration_seconds
        started = session.started_at
        routine = Text(terminal_safe(session.routine))
        if changes and session.id in changes:
            # beside the id when the column is that wide anyway, else under it: never wider
            mark = changes[session.id]
            beside = routine.cell_len + 1 + cell_len(mark) <= widest
            routine.append((" " if beside else "\n") + mark, style="cyan")
        table.add_row(
            "–" if started is None else started.astimezone().strftime("%Y-%m-%d %H:%M"),
            routine,
            "–" if seconds is None else duration_words(seconds),
            _status_cell(session),
            pain_cell(session.pain_before, session.pain_mid, session.pain_after),
            _loosen_cell(session.loosen),
        )
    return table


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


def routine_schedules(routines: Collection[str]) -> dict[str, Schedule]:
    """The schedule of each routine in `routines` whose file is found, valid and has one.

    Read from the routine index `list` keeps (a file is read again only when it changed);
    a routine that is gone, or no longer valid, simply has no target.
    """
    from selfcare.paths import routine_index_path
    from selfcare.routine.index import routine_summaries

    return {
        summary.id: summary.schedule
        for summary in routine_summaries([], routine_index_path())
        if summary.id in routines and summary.valid and summary.schedule is not None
    }
