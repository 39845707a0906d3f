"""Where things stand, for `selfcare status`: the facts of one screen, and the same facts as
the data `selfcare status --json` prints.

Built from what the record gives (the sessions of the last IN_USE_DAYS, newest first; the
newest session done before them; levels; the next-morning question; the loosening memory)
and the reminders installed. Nothing here reads a file or prints.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from selfcare.programme.due import RoutineDue, routines_due, sessions_done
from selfcare.session.outcomes import Ending, LoosenOutcome, StopReason

if TYPE_CHECKING:
    from selfcare.history.mornings import MorningDue
    from selfcare.history.store import SessionRow
    from selfcare.programme.loosen_memory import LoosenMemory
    from selfcare.reminders.entries import Reminder
    from selfcare.routine.model import Schedule

MORNING_COMMAND = "selfcare history --morning"


def start_command(routine: str) -> str:
    return f"selfcare start {routine}"


def local_text(moment: datetime | None) -> str | None:
    """A moment as local time with its offset, as `history --json` writes times."""
    return None if moment is None else moment.astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class LastSession:
    """A session as the status tells of it: when, which routine, how it ended, pain."""

    id: int
    routine: str
    started_at: datetime  # aware
    ended_at: datetime | None  # None while it runs
    status: Ending | None  # None: a state this version does not know
    stop_reason: StopReason | None
    pain_before: int | None
    pain_mid: int | None  # asked before loosening, when it was
    pain_after: int | None
    loosen: LoosenOutcome | None  # None: the loosening part was not reached

    @classmethod
    def of(cls, row: SessionRow) -> LastSession:
        assert row.started_at is not None  # sessions_done keeps only these
        return cls(
            row.id,
            row.routine,
            row.started_at,
            row.ended_at,
            row.status,
            row.stop_reason,
            row.pain_before,
            row.pain_mid,
            row.pain_after,
            row.loosen,
        )

    def as_data(self) -> dict[str, object]:
        return {
            "id": self.id,
            "routine": self.routine,
            "started_at": local_text(self.started_at),
            "ended_at": local_text(self.ended_at),
            "status": None if self.status is None else str(self.status),
            "stop_reason": None if self.stop_reason is None else str(self.stop_reason),
            "pain_before": self.pain_before,
            "pain_mid": self.pain_mid,
            "pain_after": self.pain_after,
            "loosen": None if self.loosen is None else str(self.loosen),
        }


@dataclass(frozen=True)
class RoutineStanding:
    """One routine in use: its title, what is due, its last session and its levels."""

    id: str
    title: str  # in the current language; the recorded title when its file is gone
    due: RoutineDue
    last_session: LastSession | None
    levels: Mapping[str, int]  # steps above level 1, by step id (any other step is at 1)

    def as_data(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "due_today": self.due.due_today,
            "done_today": self.due.done_today,
            "next_day": self.due.next_day.isoformat(),
            "scheduled": self.due.scheduled,
            "start_command": start_command(self.id),
            "last_session": None if self.last_session is None else self.last_session.as_data(),
            "levels": dict(self.levels),
        }


@dataclass(frozen=True)
class Standing:
    """Everything `selfcare status` says, at one moment."""

    now: datetime  # aware
    routines: tuple[RoutineStanding, ...]  # done in the last IN_USE_DAYS, the one done last first
    last_session: LastSession | None  # the newest session done, however long ago; None: none
    morning: MorningDue | None  # the next-morning question waiting for an answer
    loosening: LoosenMemory | None  # loosening held back, while it is
    reminders: tuple[Reminder, ...]

    def as_data(self) -> dict[str, object]:
        """The documented structure of `selfcare status --json` (docs/session.md)."""
        morning = self.morning
        memory = self.loosening
        return {
            "today": self.now.astimezone().date().isoformat(),
            "routines": [routine.as_data() for routine in self.routines],
            "last_session": None if self.last_session is None else self.last_session.as_data(),
            "next_morning_pending": None
            if morning is None
            else {
                "session_id": morning.session_id,
                "routine": morning.routine,
                "started_at": local_text(morning.started_at),
                "command": MORNING_COMMAND,
            },
            "loosening_held_back": None
            if memory is None
            else {
                "until": local_text(memory.until),
                "last_episode": local_text(memory.last_episode),
                "episodes": memory.episodes,
                "review_order": memory.review_order,
            },
            "reminders": [
                {
                    "at": reminder.at,
                    "again": reminder.again,
                    "days": list(reminder.days),
                    "routine": reminder.routine,
                    "scheduler": reminder.scheduler,
                }
                for reminder in self.reminders
            ],
        }


def standing(
    sessions: Sequence[SessionRow],
    *,
    earlier: Sequence[SessionRow] = (),
    schedules: Mapping[str, Schedule],
    titles: Mapping[str, str],
    levels_of: Callable[[str], Mapping[str, int]],
    morning: MorningDue | None,
    loosening: LoosenMemory | None,
    reminders: Sequence[Reminder],
    now: datetime,
) -> Standing:
    """Where things stand at `now`.

    `sessions`: the last IN_USE_DAYS' sessions, newest first; `earlier`: the newest session
    before them, read only when they hold none done. `titles` by routine id, in the current
    language; `levels_of` reads a routine's levels, asked only for routines in use.
    """
    done = sessions_done(sessions)
    last: dict[str, SessionRow] = {}
    for row in done:  # newest first: the first of each routine is its last
        last.setdefault(row.routine, row)
    routines = tuple(
        RoutineStanding(
            due.routine,
            titles.get(due.routine) or last[due.routine].routine_title or due.routine,
            due,
            LastSession.of(last[due.routine]),
            {step: level for step, level in levels_of(due.routine).items() if level > 1},
        )
        for due in routines_due(done, schedules, now, startable=titles)
    )
    newest = (done or sessions_done(earlier))[:1]
    return Standing(
        now,
        routines,
        LastSession.of(newest[0]) if newest else None,
        morning,
        loosening,
        tuple(reminders),
    )
