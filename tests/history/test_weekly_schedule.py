"""`selfcare history`: sessions in each calendar week against each routine's schedule."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from conftest import SAMPLE_ROUTINE, Cli, RoutineWriter
from selfcare.commands.history import weeks_against_schedules
from selfcare.history.charts import ScheduledWeeks, adherence, schedule_weeks
from selfcare.history.store import SessionRow, connect, query_sessions
from selfcare.history.trends import session_points
from selfcare.i18n.language import set_language
from selfcare.paths import database_path
from selfcare.routine.index import routine_schedules
from selfcare.routine.model import Schedule

# 2026-12-02 is a Wednesday; its week began on Monday 2026-11-30.
TODAY = date(2026, 12, 2)
MONDAY = date(2026, 11, 30)

THREE_A_WEEK = "schedule:\n  per_week: 3\n  weeks: 6-8\nphases:\n"
TWO_DAYS = "schedule:\n  days: [tue, sat]\nphases:\n"


def scheduled(schedule: str, routine_id: str = "sample") -> str:
    return SAMPLE_ROUTINE.replace("phases:\n", schedule, 1).replace(
        "id: sample", f"id: {routine_id}"
    )


@pytest.fixture
def routines(write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch) -> RoutineWriter:
    """A routine folder on SELFCARE_ROUTINES_PATH, as a practitioner's folder would be."""
    monkeypatch.setenv("SELFCARE_ROUTINES_PATH", str(write_routine.folder))
    return write_routine


@pytest.fixture
def db(selfcare_home: Path) -> sqlite3.Connection:
    return connect(database_path(selfcare_home))


def local_noon(day: date) -> datetime:
    """Noon on `day` in local time: the same calendar day wherever the tests run."""
    return datetime.combine(day, time(12)).astimezone()


def add_session(
    db: sqlite3.Connection,
    started: datetime,
    routine: str = "sample",
    status: str = "completed",
    speed: float = 1,
) -> None:
    db.execute(
        "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
        " planned_seconds, speed, pain_before, pain_after)"
        " VALUES (?, ?, 'en', ?, ?, ?, 600, ?, 3, 2)",
        (
            routine,
            routine,
            started.astimezone(UTC).isoformat(timespec="seconds"),
            (started + timedelta(minutes=10)).astimezone(UTC).isoformat(timespec="seconds"),
            status,
            speed,
        ),
    )


def sessions(db: sqlite3.Connection) -> list[SessionRow]:
    return query_sessions(db, include_not_started=True, include_practice=True)


def test_each_routine_with_a_schedule_gets_its_calendar_weeks_and_target(
    routines: RoutineWriter, db: sqlite3.Connection
) -> None:
    routines(scheduled(THREE_A_WEEK))
    routines(scheduled(TWO_DAYS, "twice"), "twice.yaml")
    routines(scheduled("phases:\n", "plain"), "plain.yaml")  # no schedule: no target
    for days_ago in (0, 2, 3, 9, 16, 30):  # Wed, Mon | Sun, Mon | Mon | older than four weeks
        add_session(db, local_noon(TODAY - timedelta(days=days_ago)))
    add_session(db, local_noon(MONDAY - timedelta(days=1)), routine="twice")
    add_session(db, local_noon(MONDAY), routine="plain")
    add_session(db, local_noon(TODAY), routine="gone")  # its file is gone: no target

    found = weeks_against_schedules(sessions(db), TODAY)

    assert found == [
        ScheduledWeeks("sample", [2, 2, 1, 0], 3),
        ScheduledWeeks("twice", [0, 1, 0, 0], 2),
    ]


def test_practice_runs_and_sessions_never_begun_are_not_sessions_done(
    routines: RoutineWriter, db: sqlite3.Connection
) -> None:
    routines(scheduled(THREE_A_WEEK))
    add_session(db, local_noon(TODAY))
    add_session(db, local_noon(TODAY), speed=50)
    add_session(db, local_noon(MONDAY), status="not-started")
    assert weeks_against_schedules(sessions(db), TODAY) == [
        ScheduledWeeks("sample", [1, 0, 0, 0], 3)
    ]


def test_weeks_before_since_are_not_shown(routines: RoutineWriter, db: sqlite3.Connection) -> None:
    routines(scheduled(THREE_A_WEEK))
    add_session(db, local_noon(TODAY))
    rows = sessions(db)
    since_last_week = MONDAY - timedelta(days=3)
    assert weeks_against_schedules(rows, TODAY, since_last_week) == [
        ScheduledWeeks("sample", [1, 0], 3)
    ]
    assert weeks_against_schedules(rows, TODAY, TODAY) == [ScheduledWeeks("sample", [1], 3)]
    assert weeks_against_schedules(rows, TODAY, TODAY + timedelta(days=7)) == []


def test_an_invalid_routine_file_has_no_target(
    routines: RoutineWriter, db: sqlite3.Connection
) -> None:
    routines(scheduled(THREE_A_WEEK).replace("hold: 10", "hold: -1"))
    add_session(db, local_noon(TODAY))
    assert weeks_against_schedules(sessions(db), TODAY) == []
    assert routine_schedules({"sample"}) == {}


def test_only_the_routines_asked_for_are_read(routines: RoutineWriter) -> None:
    routines(scheduled(THREE_A_WEEK))
    routines(scheduled(TWO_DAYS, "twice"), "twice.yaml")
    assert routine_schedules({"twice"}) == {"twice": Schedule(days=("tue", "sat"))}


def lines_of(renderable: object, width: int = 100) -> list[str]:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(renderable)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue().splitlines()


def test_the_weeks_read_against_the_target_in_both_languages() -> None:
    rows = [ScheduledWeeks("sample", [2, 3, 1, 0], 3)]
    expected = (
        "sample: this week 2 of 3 · last week 3 of 3 · 2 weeks ago 1 of 3 · 3 weeks ago 0 of 3"
    )
    assert lines_of(schedule_weeks(rows, 100))[1:] == [
        "Sessions a week, against the schedule",
        expected,
    ]
    set_language("ja")
    assert lines_of(schedule_weeks(rows, 100))[1:] == [
        "週ごとの回数（予定に対して）",
        "sample: 今週 2/3回 · 先週 3/3回 · 2週前 1/3回 · 3週前 0/3回",
    ]


def test_a_narrow_terminal_breaks_between_weeks_never_inside_one() -> None:
    rows = [ScheduledWeeks("low-back-quick", [2, 3, 1, 0], 3)]
    lines = lines_of(schedule_weeks(rows, 60), 60)[2:]
    assert lines == [
        "low-back-quick: this week 2 of 3 · last week 3 of 3",
        "  2 weeks ago 1 of 3 · 3 weeks ago 0 of 3",
    ]


def test_the_weekly_bars_are_calendar_weeks_labelled_by_their_monday(
    db: sqlite3.Connection,
) -> None:
    for day in (TODAY, MONDAY, MONDAY - timedelta(days=1)):
        add_session(db, local_noon(day))
    out = lines_of(adherence(session_points(sessions(db)), TODAY))
    bars = {line.split()[0]: line.split()[-1] for line in out if line[:2].isdigit()}
    assert bars["11-30"] == "2" and bars["11-23"] == "1"
    assert len(bars) == 8 and min(bars) == "10-12"


def test_history_shows_the_weeks_against_the_schedule(
    cli: Cli, routines: RoutineWriter, db: sqlite3.Connection
) -> None:
    routines(scheduled(THREE_A_WEEK))
    now = datetime.now(UTC)
    add_session(db, now)
    add_session(db, now - timedelta(days=7))  # the same weekday last week
    out = cli("history").stdout
    assert "Sessions a week, against the schedule" in out
    assert "sample: this week 1 of 3 · last week 1 of 3 · 2 weeks ago 0 of 3" in out
    ja = cli("history", "--lang", "ja").stdout
    assert "sample: 今週 1/3回 · 先週 1/3回" in ja


def test_history_without_a_scheduled_routine_shows_no_weeks_against_it(
    cli: Cli, routines: RoutineWriter, db: sqlite3.Connection
) -> None:
    routines(SAMPLE_ROUTINE)
    add_session(db, datetime.now(UTC))
    out = cli("history").stdout
    assert "Sessions per week" in out and "against the schedule" not in out
