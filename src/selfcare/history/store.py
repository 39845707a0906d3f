"""The record of sessions: one SQLite file, written as a session goes, read back as typed rows.

The only module that knows SQL. Every SQLite error leaves it as a `HistoryError`; writes made
while a session runs never raise at all (the session carries on unrecorded, and says so).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from selfcare.errors import SelfcareError
from selfcare.history.migrations import SCHEMA_VERSION, migrate
from selfcare.i18n.language import t
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    NextMorning,
    PainMoment,
    ScreenKind,
    ScreenResult,
    SkipReason,
    StepStatus,
    StopReason,
)

# The next-morning question is due this long after a session ended.
NEXT_MORNING_FROM = timedelta(hours=8)
NEXT_MORNING_UNTIL = timedelta(hours=36)
_PAIN_COLUMNS = {
    PainMoment.BEFORE: "pain_before",
    PainMoment.MID: "pain_mid",
    PainMoment.AFTER: "pain_after",
}


class HistoryError(SelfcareError):
    """The history database cannot be used."""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@contextmanager
def history_errors(path: Path | str = "") -> Iterator[None]:
    """Turn SQLite's errors into a HistoryError that says which file and why."""
    try:
        yield
    except sqlite3.Error as error:
        raise HistoryError(t("history.unusable", path=path, reason=error)) from None


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database; HistoryError if unusable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=10, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA busy_timeout = 10000")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            db.close()
            raise HistoryError(t("history.too_new", path=path, version=version))
        db.execute("PRAGMA journal_mode = WAL")  # two sessions in two terminals both record
        db.execute("PRAGMA synchronous = NORMAL")
        migrate(db, version)
    except sqlite3.Error as error:
        raise HistoryError(t("history.unusable", path=path, reason=error)) from None
    except OSError as error:
        raise HistoryError(t("history.unusable", path=path, reason=error.strerror)) from None
    return db


E = TypeVar("E", bound=StrEnum)


def _enum(kind: type[E], value: object) -> E | None:
    """A stored state as its enum; None for a value this version does not know."""
    try:
        return None if value is None else kind(str(value))
    except ValueError:
        return None


def _moment(value: object, session_id: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise HistoryError(t("history.damaged", id=session_id, value=value)) from None


@dataclass(frozen=True)
class StepRow:
    """One step of a recorded session."""

    step: str
    phase: str
    status: StepStatus | None
    reason: SkipReason | None
    seconds: float

    def as_dict(self) -> dict[str, object]:
        return {
            "step": self.step,
            "phase": self.phase,
            "status": _text(self.status),
            "reason": _text(self.reason),
            "seconds": self.seconds,
        }


def _text(value: StrEnum | None) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class SessionRow:
    """One recorded session, as `history` shows and exports it."""

    id: int
    routine: str
    routine_title: str
    status: Ending | None
    started_at: datetime  # aware, UTC
    ended_at: datetime | None
    duration_seconds: int | None
    planned_seconds: float
    speed: float
    pain_before: int | None
    pain_mid: int | None
    pain_after: int | None
    steps_completed: int
    steps_skipped: int
    loosen: LoosenOutcome | None
    stop_reason: StopReason | None
    next_morning: NextMorning | None
    lang: str
    steps: tuple[StepRow, ...] | None = None  # only when asked for

    def as_dict(self) -> dict[str, object]:
        """The session as plain data, in the export's column order (steps last, when read)."""
        data: dict[str, object] = {
            "id": self.id,
            "routine": self.routine,
            "routine_title": self.routine_title,
            "status": _text(self.status),
            "started_at": _utc_text(self.started_at),
            "ended_at": None if self.ended_at is None else _utc_text(self.ended_at),
            "duration_seconds": self.duration_seconds,
            "planned_seconds": self.planned_seconds,
            "speed": self.speed,
            "pain_before": self.pain_before,
            "pain_mid": self.pain_mid,
            "pain_after": self.pain_after,
            "steps_completed": self.steps_completed,
            "steps_skipped": self.steps_skipped,
            "loosen": _text(self.loosen),
            "stop_reason": _text(self.stop_reason),
            "next_morning": _text(self.next_morning),
            "lang": self.lang,
        }
        if self.steps is not None:
            data["steps"] = [step.as_dict() for step in self.steps]
        return data


SESSION_FIELDS = tuple(name for name in SessionRow.__dataclass_fields__ if name != "steps")


def _session_row(row: sqlite3.Row, steps: tuple[StepRow, ...] | None) -> SessionRow:
    ended = row["ended_at"]
    return SessionRow(
        id=row["id"],
        routine=row["routine"],
        routine_title=row["routine_title"],
        status=_enum(Ending, row["status"]),
        started_at=_moment(row["started_at"], row["id"]),
        ended_at=None if ended is None else _moment(ended, row["id"]),
        duration_seconds=row["duration_seconds"],
        planned_seconds=row["planned_seconds"],
        speed=row["speed"],
        pain_before=row["pain_before"],
        pain_mid=row["pain_mid"],
        pain_after=row["pain_after"],
        steps_completed=row["steps_completed"],
        steps_skipped=row["steps_skipped"],
        loosen=_enum(LoosenOutcome, row["loosen"]),
        stop_reason=_enum(StopReason, row["stop_reason"]),
        next_morning=_enum(NextMorning, row["next_morning"]),
        lang=row["lang"],
        steps=steps,
    )


def query_sessions(
    db: sqlite3.Connection,
    *,
    routine: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
    with_steps: bool = False,
) -> list[SessionRow]:
    """Sessions newest first, with step counts (and their steps when asked), filtered."""
    where, values = [], []
    if routine is not None:
        where.append("s.routine = ?")
        values.append(routine)
    if since is not None:
        where.append("s.started_at >= ?")
        values.append(_utc_text(since))
    sql = f"""
        SELECT s.*,
               COALESCE(c.done, 0) AS steps_completed,
               COALESCE(c.skipped, 0) AS steps_skipped,
               CAST(ROUND((julianday(s.ended_at) - julianday(s.started_at)) * 86400) AS INTEGER)
                   AS duration_seconds
        FROM sessions s
        LEFT JOIN (
            SELECT session_id,
                   SUM(status = 'done') AS done,
                   SUM(status = 'skipped') AS skipped
            FROM steps
            -- a step run again after going back counts once, with its last outcome
            WHERE id IN (SELECT MAX(id) FROM steps GROUP BY session_id, step_index)
            GROUP BY session_id
        ) c ON c.session_id = s.id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY s.started_at DESC, s.id DESC
        {"LIMIT ?" if limit is not None else ""}
    """
    if limit is not None:
        values.append(str(limit))
    with history_errors():
        rows = db.execute(sql, values).fetchall()
        steps = _steps_of(db, {row["id"] for row in rows}) if with_steps and rows else None
    return [_session_row(row, None if steps is None else steps[row["id"]]) for row in rows]


def _steps_of(db: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[StepRow, ...]]:
    found: dict[int, list[StepRow]] = {session_id: [] for session_id in ids}
    query = "SELECT session_id, step, phase, status, reason, seconds FROM steps ORDER BY id"
    for row in db.execute(query):
        if row["session_id"] in found:
            found[row["session_id"]].append(
                StepRow(
                    row["step"],
                    row["phase"],
                    _enum(StepStatus, row["status"]),
                    _enum(SkipReason, row["reason"]),
                    row["seconds"],
                )
            )
    return {session_id: tuple(steps) for session_id, steps in found.items()}


def _process_alive(pid: int) -> bool:
    """Whether a process runs with this id (POSIX: signal 0 only checks, it sends nothing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but belongs to someone else
        return True
    return True


def close_abandoned(db: sqlite3.Connection) -> None:
    """Mark sessions whose process died without a word (kill -9, power loss) as aborted."""
    with history_errors():
        rows = db.execute("SELECT id, pid FROM sessions WHERE status = ?", (Ending.RUNNING,))
        for row in rows.fetchall():
            if row["pid"] is None or not _process_alive(row["pid"]):
                db.execute(
                    "UPDATE sessions SET status = ?, stop_reason = ? WHERE id = ?",
                    (Ending.ABORTED, StopReason.KILLED, row["id"]),
                )


def last_full_screen(db: sqlite3.Connection) -> datetime | None:
    """When the last full red-flag screen was passed, if ever."""
    with history_errors():
        row = db.execute(
            "SELECT MAX(taken_at) FROM screens WHERE kind = ? AND result IN (?, ?)",
            (ScreenKind.FULL, ScreenResult.CLEAR, ScreenResult.CONFIRMED),
        ).fetchone()
    if row is None or row[0] is None:
        return None
    try:
        return datetime.fromisoformat(row[0])
    except ValueError:
        return None  # unreadable: the full screen is asked again


def pending_next_morning(db: sqlite3.Connection, now: datetime) -> int | None:
    """The last session's id, if it ended 8-36 hours before `now` and its answer is due."""
    with history_errors():
        row = db.execute(
            "SELECT id, ended_at, next_morning FROM sessions WHERE ended_at IS NOT NULL"
            " AND status != ? ORDER BY ended_at DESC, id DESC LIMIT 1",
            (Ending.RUNNING,),
        ).fetchone()
    if row is None or row["next_morning"] is not None:
        return None
    try:
        since_end = now - datetime.fromisoformat(row["ended_at"])
    except ValueError:
        return None
    return int(row["id"]) if NEXT_MORNING_FROM <= since_end <= NEXT_MORNING_UNTIL else None


def record_next_morning(db: sqlite3.Connection, session_id: int, answer: NextMorning) -> None:
    with history_errors():
        db.execute("UPDATE sessions SET next_morning = ? WHERE id = ?", (answer, session_id))
