"""One session's entry in the history, written as the session goes: the `Record` it runs with.

Each write is committed at once, so a session killed mid-way keeps every step it finished.
A write that fails is noted, never raised: the session carries on unrecorded and says so.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from selfcare.history.store import (
    SessionRow,
    close_abandoned,
    connect,
    history_errors,
    last_full_screen,
    pending_next_morning,
    query_sessions,
    record_next_morning,
    utc_now,
)
from selfcare.i18n.language import current_language
from selfcare.paths import database_path
from selfcare.routine.model import Routine
from selfcare.routine.text import localize
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    NextMorning,
    PainMoment,
    ScreenKind,
    ScreenResult,
    StepResult,
    StopReason,
)

_PAIN_COLUMNS = {
    PainMoment.BEFORE: "pain_before",
    PainMoment.MID: "pain_mid",
    PainMoment.AFTER: "pain_after",
}


def begin_session(
    db: sqlite3.Connection, routine: str, title: str, lang: str, planned: float, speed: float
) -> SessionRecord:
    """Write the session row now, so even a session killed at once is on record."""
    with history_errors():
        close_abandoned(db)
        cursor = db.execute(
            "INSERT INTO sessions"
            " (routine, routine_title, lang, started_at, planned_seconds, speed, pid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (routine, title, lang, utc_now(), planned, speed, os.getpid()),
        )
    assert cursor.lastrowid is not None
    return SessionRecord(db, cursor.lastrowid)


@dataclass
class SessionRecord:
    """One session's rows, written as it happens, and the history around it."""

    db: sqlite3.Connection
    session_id: int
    failure: str | None = None  # why writing stopped working, if it did

    def _write(self, sql: str, values: tuple[object, ...]) -> None:
        if self.failure is not None:
            return  # after one failed write the session carries on unrecorded
        try:
            self.db.execute(sql, values)  # autocommit: each statement is durable on its own
        except sqlite3.Error as error:
            self.failure = str(error)

    def screen(self, kind: ScreenKind, result: ScreenResult) -> None:
        self._write(
            "INSERT INTO screens (session_id, taken_at, kind, result) VALUES (?, ?, ?, ?)",
            (self.session_id, utc_now(), kind, result),
        )

    def pain(self, moment: PainMoment, value: int) -> None:
        column = _PAIN_COLUMNS[moment]
        self._write(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, self.session_id))

    def step(self, result: StepResult) -> None:
        self._write(
            "INSERT INTO steps"
            " (session_id, step_index, step, phase, status, reason, seconds, ended_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.session_id,
                result.step_index,
                result.step,
                result.phase,
                result.status,
                result.reason,
                round(result.seconds, 3),
                utc_now(),
            ),
        )

    def loosen(self, outcome: LoosenOutcome | None) -> None:
        self._write("UPDATE sessions SET loosen = ? WHERE id = ?", (outcome, self.session_id))

    def finish(self, ending: Ending, reason: StopReason | None) -> None:
        self._write(
            "UPDATE sessions SET status = ?, stop_reason = ?, ended_at = ? WHERE id = ?",
            (ending, reason, utc_now(), self.session_id),
        )

    def close(self) -> None:
        self.db.close()

    def last_full_screen(self) -> datetime | None:
        return last_full_screen(self.db)

    def next_morning_due(self, now: datetime) -> int | None:
        return pending_next_morning(self.db, now)

    def answer_next_morning(self, session_id: int, answer: NextMorning) -> None:
        record_next_morning(self.db, session_id, answer)

    def sessions_since(self, since: datetime) -> list[SessionRow]:
        return query_sessions(self.db, since=since)


def opener(home: Path | None = None) -> Callable[[Routine, float, float], SessionRecord]:
    """What a session calls to begin its record in the history under `home`."""

    def open_record(routine: Routine, planned_seconds: float, speed: float) -> SessionRecord:
        db = connect(database_path(home))
        title = localize(routine.title)
        return begin_session(db, routine.id, title, current_language(), planned_seconds, speed)

    return open_record
