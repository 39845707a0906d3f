"""What is due today, for `selfcare status` and the reminder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from selfcare.history.store import SessionRow
from selfcare.programme.due import routines_due
from selfcare.routine.model import Schedule
from selfcare.session.outcomes import Ending

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # a Wednesday


def session(
    routine: str, days_ago: float, *, speed: float = 1.0, status: Ending = Ending.COMPLETED
) -> SessionRow:
    started = NOW - timedelta(days=days_ago)
    return SessionRow(
        id=1,
        routine=routine,
        routine_title=routine,
        status=status,
        started_at=started,
        ended_at=started,
        duration_seconds=60,
        planned_seconds=60.0,
        speed=speed,
        pain_before=None,
        pain_mid=None,
        pain_after=None,
        steps_completed=None,
        steps_skipped=None,
        loosen=None,
        stop_reason=None,
        next_morning=None,
        lang="en",
    )


def test_a_routine_on_three_days_a_week_is_due_two_days_after_the_last() -> None:
    sessions = [session("low-back", 2), session("low-back", 4)]

    [due] = routines_due(sessions, {"low-back": Schedule(per_week=3)}, NOW)

    assert due.due_today and not due.done_today
    assert due.next_day == NOW.date()


def test_done_today_is_not_due_and_names_the_next_day() -> None:
    sessions = [session("low-back", 0.1)]

    [due] = routines_due(sessions, {"low-back": Schedule(days=("mon", "fri"))}, NOW)

    assert not due.due_today and due.done_today
    assert due.next_day == datetime(2026, 12, 4).date()  # Friday


def test_a_day_not_on_the_schedule_is_not_due() -> None:
    [due] = routines_due([session("neck", 1)], {"neck": Schedule(days=("mon", "fri"))}, NOW)

    assert not due.due_today


def test_without_a_schedule_a_routine_is_due_each_day_not_done() -> None:
    [due] = routines_due([session("mine", 1)], {}, NOW)

    assert due.due_today and not due.scheduled


def test_practice_runs_old_sessions_and_sessions_never_begun_are_not_in_use() -> None:
    sessions = [
        session("practice", 1, speed=10),
        session("stopped-at-check", 1, status=Ending.NOT_STARTED),
        session("long-ago", 40),
        session("low-back", 3),
    ]

    assert [due.routine for due in routines_due(sessions, {}, NOW)] == ["low-back"]


def test_a_routine_asked_for_is_due_even_when_never_done() -> None:
    [due] = routines_due([session("low-back", 1)], {}, NOW, only=["neck"])

    assert (due.routine, due.last_session, due.due_today) == ("neck", None, True)
