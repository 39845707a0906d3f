"""What is due today: for each routine in use, whether today's session is still to do by its
schedule, when the last one was, and the next day the schedule puts a session on.

Read by `selfcare status` and by the reminder (`selfcare remind --notify`), which speaks only
when a session is due. A routine is in use when a person did it in the last IN_USE_DAYS (a
practice run, or a session left before its first step, is not a session done). Without a
schedule a routine is due every day it has not been done yet.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from selfcare.programme.schedule import next_session_day
from selfcare.session.outcomes import Ending

if TYPE_CHECKING:
    from selfcare.history.store import SessionRow
    from selfcare.routine.model import Schedule

IN_USE_DAYS = 28


@dataclass(frozen=True)
class RoutineDue:
    """One routine in use, as of today."""

    routine: str  # its id, as recorded
    last_session: datetime | None  # when its last session started (aware); None: never done
    last_status: Ending | None
    done_today: bool
    next_day: date  # the schedule's next session day: today when due
    scheduled: bool  # the routine's file has a schedule; without one it is due daily
    today: date  # the local day this was worked out for
    startable: bool = True  # its file is found and valid: a broken one is never "due"

    @property
    def due_today(self) -> bool:
        return self.startable and not self.done_today and self.next_day == self.today


def sessions_done(sessions: Sequence[SessionRow]) -> list[SessionRow]:
    """The sessions a person did: not practice runs, nor sessions left before their first step."""
    return [
        session
        for session in sessions
        if not session.practice
        and session.status is not Ending.NOT_STARTED
        and session.started_at is not None
    ]


def routines_due(
    sessions: Sequence[SessionRow],
    schedules: Mapping[str, Schedule],
    now: datetime,
    only: Collection[str] | None = None,
    startable: Collection[str] | None = None,
) -> list[RoutineDue]:
    """Each routine done in the last IN_USE_DAYS, the one done last first; or each routine of
    `only`, done or not. `schedules` by routine id; `startable`, when given, the routines whose
    files are found and valid (the others are never due: `start` could not run them)."""
    today = now.astimezone().date()
    cutoff = now - timedelta(days=IN_USE_DAYS)
    days: dict[str, list[date]] = {}
    last: dict[str, SessionRow] = {}
    for session in sessions_done(sessions):  # newest first, as the history reads them
        started = session.started_at
        assert started is not None  # sessions_done kept only these
        if (only is None and started < cutoff) or (
            only is not None and session.routine not in only
        ):
            continue
        days.setdefault(session.routine, []).append(started.astimezone().date())
        last.setdefault(session.routine, session)
    wanted = list(last) if only is None else [*last, *(r for r in only if r not in last)]
    found = [
        _due(routine, last.get(routine), days.get(routine, []), schedules, today)
        for routine in wanted
    ]
    if startable is None:
        return found
    return [replace(due, startable=due.routine in startable) for due in found]


def _due(
    routine: str,
    last: SessionRow | None,
    done: Sequence[date],
    schedules: Mapping[str, Schedule],
    today: date,
) -> RoutineDue:
    schedule = schedules.get(routine)
    done_today = today in done
    if schedule is not None:
        next_day = next_session_day(schedule, done, today)
    else:
        next_day = today + timedelta(days=1) if done_today else today
    return RoutineDue(
        routine,
        None if last is None else last.started_at,
        None if last is None else last.status,
        done_today,
        next_day,
        schedule is not None,
        today,
    )
