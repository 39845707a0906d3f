"""A recorded session's parts beside its row: steps, safety screens, level changes, cards seen,
the safety check's kept answers.

Read as stored, each table in one pass for all the sessions asked for (never one query per
session): the whole export of a long history reads a hundred thousand steps. A stored value
this version cannot read is kept as written (`known`, `stored_time`, `ValueReader`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from typing import NamedTuple, TypeVar

from selfcare.routine.model import PhaseKind
from selfcare.session.outcomes import SkipReason, StepStatus

E = TypeVar("E", bound=StrEnum)
Row = TypeVar("Row")


@cache
def _members(kind: type[E]) -> dict[str, E]:
    return {member.value: member for member in kind}


def known(kind: type[E], value: object) -> E | None:
    """A stored state as its enum; None for a value this version does not know."""
    return _members(kind).get(value) if isinstance(value, str) else None


def stored_time(value: object) -> datetime | None:
    """A stored time as an aware datetime (UTC when it names no zone); None if unreadable."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ValueReader:
    """Reads one row's values, noting each one this version cannot read as the text it was."""

    def __init__(self, row: sqlite3.Row) -> None:
        self.row = row
        self.unreadable: dict[str, str] = {}

    def enum(self, kind: type[E], column: str) -> E | None:
        value = self.row[column]
        found = known(kind, value)
        if found is None and value is not None:
            self.unreadable[column] = str(value)
        return found

    def time(self, column: str) -> datetime | None:
        value = self.row[column]
        found = None if value is None else stored_time(value)
        if found is None and value is not None:
            self.unreadable[column] = str(value)
        return found


class StepRow(NamedTuple):
    """One step of a recorded session, as stored; its states are read as enums on demand.

    A long history holds a hundred thousand steps, mostly only exported: they are kept as
    written (which also keeps any value this version does not know) and typed when asked.
    """

    step_index: int  # its place in the plan: a step run again after going back counts once
    step: str
    stored_phase: str | None
    stored_status: str | None
    stored_reason: str | None
    seconds: float
    level: int
    ended_at: str  # UTC ISO text, as written
    side: str | None = None  # "left", "right", "both"; None: no sides, or recorded before

    @property
    def phase(self) -> PhaseKind | None:
        return known(PhaseKind, self.stored_phase)

    @property
    def status(self) -> StepStatus | None:
        return known(StepStatus, self.stored_status)

    @property
    def reason(self) -> SkipReason | None:
        return known(SkipReason, self.stored_reason)

    def as_dict(self) -> dict[str, object]:
        return {
            "step_index": self.step_index,
            "step": self.step,
            "phase": self.stored_phase,
            "status": self.stored_status,
            "reason": self.stored_reason,
            "seconds": self.seconds,
            "level": self.level,
            "ended_at": self.ended_at,
            "side": self.side,
        }


class ScreenRow(NamedTuple):
    """One red-flag screen taken at the start of a session (kind and result as written)."""

    taken_at: str
    kind: str
    result: str
    area: str | None  # the body area checked; None for checks recorded before areas

    def as_dict(self) -> dict[str, object]:
        return {
            "taken_at": self.taken_at,
            "kind": self.kind,
            "result": self.result,
            "area": self.area,
        }


class SafetyAnswerRow(NamedTuple):
    """An answer of the safety check kept between sessions (histories, the inflammatory
    pattern, pregnancy), as written."""

    area: str
    item: str
    answer: str
    answered_at: str

    def as_dict(self) -> dict[str, object]:
        return {
            "area": self.area,
            "item": self.item,
            "answer": self.answer,
            "answered_at": self.answered_at,
        }


class LevelChangeRow(NamedTuple):
    """A step's level set during a session (a declined offer keeps the level it had)."""

    routine: str
    step: str
    level: int
    changed_at: str

    def as_dict(self) -> dict[str, object]:
        return {
            "routine": self.routine,
            "step": self.step,
            "level": self.level,
            "changed_at": self.changed_at,
        }


class CardSeenRow(NamedTuple):
    """A learn card shown during a session."""

    routine: str
    card: str
    seen_at: str

    def as_dict(self) -> dict[str, object]:
        return {"routine": self.routine, "card": self.card, "seen_at": self.seen_at}


class SessionParts(NamedTuple):
    """Everything recorded under one session besides its own row, each in the order written."""

    steps: tuple[StepRow, ...]
    screens: tuple[ScreenRow, ...]
    level_changes: tuple[LevelChangeRow, ...]
    cards_seen: tuple[CardSeenRow, ...]
    safety_answers: tuple[SafetyAnswerRow, ...]


# Each part's table and columns, after its session_id.
_STEPS = ("steps", "step_index, step, phase, status, reason, seconds, level, ended_at, side")
_SCREENS = ("screens", "taken_at, kind, result, area")
_SAFETY_ANSWERS = ("safety_answers", "area, item, answer, answered_at")
_LEVEL_CHANGES = ("level_changes", "routine, step, level, changed_at")
_CARDS_SEEN = ("cards_seen", "routine, card, seen_at")
# Up to this many sessions SQLite picks out their rows (a report of six weeks); for more, one
# pass over the whole table, kept or passed over in Python, is quicker (a whole export).
FEW_SESSIONS = 500


def _rows_by_session(
    db: sqlite3.Connection, part: tuple[str, str], ids: Collection[int], make: Callable[..., Row]
) -> dict[int, list[Row]]:
    """The table's rows of these sessions, read in one pass and grouped by session."""
    table, columns = part  # this module's own constants, never a file's
    few = len(ids) <= FEW_SESSIONS
    where = f" WHERE session_id IN ({', '.join('?' * len(ids))})" if few else ""
    query = f"SELECT session_id, {columns} FROM {table}{where} ORDER BY id"
    found: dict[int, list[Row]] = {}
    cursor = db.cursor()
    cursor.row_factory = None  # plain tuples, quick for a long history
    for session_id, *values in cursor.execute(query, tuple(ids) if few else ()):
        if session_id in ids:
            found.setdefault(session_id, []).append(make(*values))
    return found


def parts_of(db: sqlite3.Connection, ids: Collection[int]) -> dict[int, SessionParts]:
    """The parts of each of these sessions (every id present; no parts is empty tuples)."""
    wanted = set(ids)
    steps = _rows_by_session(db, _STEPS, wanted, StepRow)
    screens = _rows_by_session(db, _SCREENS, wanted, ScreenRow)
    changes = _rows_by_session(db, _LEVEL_CHANGES, wanted, LevelChangeRow)
    cards = _rows_by_session(db, _CARDS_SEEN, wanted, CardSeenRow)
    answers = _rows_by_session(db, _SAFETY_ANSWERS, wanted, SafetyAnswerRow)
    return {
        session_id: SessionParts(
            tuple(steps.get(session_id, ())),
            tuple(screens.get(session_id, ())),
            tuple(changes.get(session_id, ())),
            tuple(cards.get(session_id, ())),
            tuple(answers.get(session_id, ())),
        )
        for session_id in wanted
    }
