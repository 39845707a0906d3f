"""`selfcare status`: one screen of where things stand (the routines in use and what is due,
the last session, a next-morning question waiting, levels, the loosening memory, reminders),
or the same facts as JSON for scripts and status bars.

Quick enough for a status bar: only the last IN_USE_DAYS of sessions are read, without their
steps, and routine titles and schedules come from the routine index `list` keeps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from selfcare.history.abandoned import close_abandoned
from selfcare.history.level_changes import current_levels
from selfcare.history.mornings import loosening_episodes, pending_next_morning
from selfcare.history.store import HistoryError, connect_to_read, history_exists, query_sessions
from selfcare.i18n.dates import WEEKDAYS_EN, WEEKDAYS_JA, day_words, weekday_name
from selfcare.i18n.language import Language, current_language, t
from selfcare.output import OutputFormat, error_console, print_json, stdout_console
from selfcare.paths import database_path
from selfcare.programme.due import IN_USE_DAYS
from selfcare.programme.loosen_memory import loosen_memory
from selfcare.programme.standing import (
    MORNING_COMMAND,
    LastSession,
    RoutineStanding,
    Standing,
    standing,
    start_command,
)
from selfcare.routine.model import WEEKDAYS
from selfcare.safe_text import terminal_safe
from selfcare.session.outcomes import (
    ENDING_WORDS,
    LOOSEN_WORDS,
    Ending,
    StopReason,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from selfcare.reminders.entries import Reminder
    from selfcare.routine.model import Schedule

FIRST_ROUTINE = "low-back"  # the built-in routine a person new to selfcare is pointed to
REMIND_EXAMPLE = "selfcare remind --at 07:30"
STOP_NAMES = {
    StopReason.PAIN_ABOVE_LIMIT: "status.stopped_pain_limit",
    StopReason.PAIN_ROSE: "status.stopped_pain_rose",
    StopReason.RED_FLAG_EMERGENCY: "status.stopped_safety",
    StopReason.RED_FLAG_DOCTOR: "status.stopped_safety",
    StopReason.RED_FLAG_NOT_CLEARED: "status.stopped_safety",
    StopReason.RED_FLAG_PREGNANCY: "status.stopped_safety",
}
WEEK = 7
HALF_YEAR = 183  # days: a date older than this says its year


def status(output: OutputFormat, now: datetime | None = None) -> None:
    """Print where things stand at `now` (the wall clock unless given)."""
    facts = read_standing(now or datetime.now(UTC))
    if output is OutputFormat.JSON:
        print_json(facts.as_data())
        return
    stdout_console().print(status_screen(facts))


# --- reading ----------------------------------------------------------------------------------


def installed() -> list[Reminder]:
    """The reminders installed; [] when none, or no scheduler is to be had."""
    from selfcare.reminders.schedulers import installed_reminders

    return installed_reminders()


def read_standing(now: datetime) -> Standing:
    """The facts from the history (its last IN_USE_DAYS), the routine index and the reminders.

    HistoryError when the history cannot be read: damaged, locked too long, not a file.
    """
    reminders = installed()
    path = database_path()
    if not history_exists(path):
        return standing(
            [],
            schedules={},
            titles={},
            levels_of=lambda routine: {},
            morning=None,
            loosening=None,
            reminders=reminders,
            now=now,
        )
    db, note = connect_to_read(path)
    if note is not None:
        error_console().print(terminal_safe(note), markup=False, soft_wrap=True)
    try:
        # A session whose process died is said as ended early, not running; a disk that takes
        # no writes or a busy history leaves it for another time, as `history` does.
        with suppress(HistoryError, sqlite3.Error):
            db.execute("PRAGMA busy_timeout = 200")
            close_abandoned(db)
        sessions = query_sessions(db, since=now - timedelta(days=IN_USE_DAYS), step_counts=False)
        # None done lately: the newest of all says when the last one was (one row, by index).
        earlier = [] if sessions else query_sessions(db, limit=1, step_counts=False)
        in_use = {session.routine for session in sessions}
        schedules, titles = routine_facts(in_use) if in_use else ({}, {})
        return standing(
            sessions,
            earlier=earlier,
            schedules=schedules,
            titles=titles,
            levels_of=lambda routine: current_levels(db, routine),
            morning=pending_next_morning(db, now),
            loosening=loosen_memory(loosening_episodes(db), now),
            reminders=reminders,
            now=now,
        )
    finally:
        db.close()


def routine_facts(routines: set[str]) -> tuple[dict[str, Schedule], dict[str, str]]:
    """The schedules and titles (in the current language) of `routines` whose files are found
    and valid, from the routine index: a file is read again only when it changed."""
    from selfcare.paths import routine_index_path
    from selfcare.routine.index import routine_summaries
    from selfcare.routine.text import localize

    schedules: dict[str, Schedule] = {}
    titles: dict[str, str] = {}
    for summary in routine_summaries([], routine_index_path()):
        if summary.id in routines and summary.valid:
            titles[summary.id] = localize(summary.title)
            if summary.schedule is not None:
                schedules[summary.id] = summary.schedule
    return schedules, titles


# --- the screen -------------------------------------------------------------------------------

Line = tuple[str, str]  # a line's text, and its Rich style ("" for none)
Section = tuple[str, list[Line]]  # a label, and the lines beside it


def status_screen(facts: Standing) -> RenderableType:
    """The one screen: a heading (the routines in use, or how to begin), then labelled lines.
    Rich is loaded here only: `--json` does without it."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    heading, sections = screen_parts(facts)
    grid = Table.grid(padding=(0, 2))  # only the lines on the right wrap, when they must
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for label, lines in sections:
        for index, (text, style) in enumerate(lines):
            grid.add_row(label if index == 0 else "", Text(text, style=style))
    return Group(*(Text(text, style=style) for text, style in heading), grid)


def screen_parts(facts: Standing) -> tuple[list[Line], list[Section]]:
    """The heading's lines and the labelled sections, in the current language."""
    last = facts.last_session
    if last is None:  # no session yet: how to begin, and any reminder already set
        sections: list[Section] = [
            (t("status.begin"), [(start_command(FIRST_ROUTINE), "cyan")]),
            (t("status.see_routines"), [("selfcare list", "cyan")]),
        ]
        if facts.reminders:
            sections.append((t("status.reminders"), reminder_lines(facts.reminders)))
        return [(t("status.none_yet"), "bold")], sections
    today = facts.now.astimezone().date()
    if facts.routines:
        heading = [(t("status.in_use"), "bold")]
        for routine in facts.routines:
            heading.extend(routine_lines(routine, today))
    else:
        command = start_command(terminal_safe(last.routine))
        heading = [
            (t("status.none_in_use", days=IN_USE_DAYS), "bold"),
            (t("status.start_again", command=command), "yellow"),
        ]
    return [*heading, ("", "")], fact_sections(facts, last, today)


def routine_lines(routine: RoutineStanding, today: date) -> list[Line]:
    """Its title; what is due (with the command when it is); its levels above 1."""
    due = routine.due
    lines = [("  " + terminal_safe(" ".join(routine.title.split())), "bold")]
    if due.due_today:
        command = start_command(terminal_safe(routine.id))
        lines.append(("    " + t("status.due_today", command=command), "yellow"))
    elif due.done_today:
        when = ahead_words(due.next_day, today)
        lines.append(("    " + t("status.done_today", when=when), "green"))
    else:
        last = "" if routine.last_session is None else past_day(routine.last_session, today)
        when = ahead_words(due.next_day, today)
        lines.append(("    " + t("status.next_session", when=when, last=last), ""))
    if routine.levels:
        steps = t("status.level_separator").join(
            f"{terminal_safe(step)} {level}" for step, level in routine.levels.items()
        )
        lines.append(("    " + t("status.levels", steps=steps), "cyan"))
    return lines


def fact_sections(facts: Standing, last: LastSession, today: date) -> list[Section]:
    """The last session; the morning question and the loosening memory when there is one;
    the reminders."""
    sections = [(t("status.last_session"), session_lines(last, today))]
    if facts.morning is not None:
        started = facts.morning.started_at.astimezone()
        if started.date() == today:  # a session in the small hours: its morning is today's
            question = t("status.morning_today", time=started.strftime("%H:%M"))
        elif started.date() == today - timedelta(days=1):
            question = t("status.morning_yesterday")
        else:
            question = t("status.morning_on", day=day_words(started.date()))
        answer = t("status.morning_answer", command=MORNING_COMMAND)
        sections.append((t("status.next_morning"), [(question, ""), (answer, "yellow")]))
    memory = facts.loosening
    if memory is not None:
        held = t(
            "status.loosening_held",
            until=day_words(memory.until.astimezone().date()),
            day=day_words(memory.last_episode.astimezone().date()),
        )
        lines = [(held, "yellow")]
        if memory.review_order:
            lines.append((t("status.loosening_review", count=memory.episodes), ""))
        sections.append((t("status.loosening"), lines))
    sections.append((t("status.reminders"), reminder_lines(facts.reminders)))
    return sections


def session_lines(session: LastSession, today: date) -> list[Line]:
    """When, which routine, how it ended; then pain before → after and the loosening."""
    local = session.started_at.astimezone()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        when = t("status.today_at", time=clock)
    elif local.date() == today - timedelta(days=1):
        when = t("status.yesterday_at", time=clock)
    else:
        when = f"{dated(local.date(), today)} {clock}"
    first = (f"{when} · {terminal_safe(session.routine)} · {outcome_words(session)}", "")
    details = []
    pains = (session.pain_before, session.pain_after)
    if pains != (None, None):
        answers = pains if session.pain_mid is None else (pains[0], session.pain_mid, pains[1])
        trail = " → ".join("–" if value is None else str(value) for value in answers)
        details.append(t("status.pain", trail=trail))
    if session.loosen is not None:
        details.append(t("status.loosen", outcome=t(LOOSEN_WORDS[session.loosen])))
    return [first, (" · ".join(details), "")] if details else [first]


def outcome_words(session: LastSession) -> str:
    """Completed, ended early, running; or stopped and why, when it says."""
    if session.status is None:
        return "–"
    if session.status is Ending.STOPPED and session.stop_reason in STOP_NAMES:
        return t(STOP_NAMES[session.stop_reason])
    return t(ENDING_WORDS[session.status])


def dated(day: date, today: date) -> str:
    """ "Mon 30 Nov"; with its year when it is not within the last half year."""
    words = day_words(day)
    return (
        words if (today - day).days < HALF_YEAR else t("status.with_year", day=words, year=day.year)
    )


def past_day(session: LastSession, today: date) -> str:
    day = session.started_at.astimezone().date()
    if day == today:
        return t("schedule.today")
    return t("status.yesterday") if day == today - timedelta(days=1) else day_words(day)


def ahead_words(day: date, today: date) -> str:
    """Today, tomorrow, the weekday in the coming week, or the date."""
    ahead = (day - today).days
    if ahead <= 0:
        return t("schedule.today")
    if ahead == 1:
        return t("schedule.tomorrow")
    return weekday_name(day) if ahead < WEEK else day_words(day)


def reminder_lines(reminders: Sequence[Reminder]) -> list[Line]:
    if not reminders:
        return [(t("status.no_reminder", command=REMIND_EXAMPLE), "dim")]
    return [(reminder_words(reminder), "") for reminder in reminders]


def reminder_words(reminder: Reminder) -> str:
    """ "07:30 and 19:00, Mon, Wed, Fri · low-back", 「月・水・金 07:30と19:00 · low-back」."""
    times = reminder.at
    if reminder.again is not None:
        times = t("status.two_times", first=reminder.at, second=reminder.again)
    words = t("status.reminder_at", times=times, days=days_words(reminder.days))
    return words if reminder.routine is None else f"{words} · {terminal_safe(reminder.routine)}"


def days_words(days: Sequence[str]) -> str:
    numbers = sorted({WEEKDAYS.index(day) for day in days if day in WEEKDAYS})
    if not numbers or len(numbers) == WEEK:
        return t("status.every_day")
    japanese = current_language() is Language.JA
    names = [WEEKDAYS_JA[n] if japanese else WEEKDAYS_EN[n][:3] for n in numbers]
    return t("schedule.day_separator").join(names)
