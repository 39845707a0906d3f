"""The history of sessions: one SQLite file, opened and migrated here, read back as typed rows.

The modules of this folder (a session's writes in `record.py`, its parts in `session_parts.py`,
an import in `transfer.py`, ...) are the only code that knows SQL.
Every SQLite error leaves as a `HistoryError`. A damaged value is never a crash: a state this
version does not know, or a time it cannot read, is kept as written for exports.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.history.migrations import SCHEMA_VERSION, migrate
from selfcare.history.session_parts import (
    CardSeenRow,
    E,
    LevelChangeRow,
    ScreenRow,
    SessionParts,
    StepRow,
    known,
    parts_of,
)
from selfcare.i18n.language import t
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    MorningLoosen,
    NextMorning,
    StepStatus,
    StopReason,
)


class HistoryError(SelfcareError):
    """The history database cannot be used."""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@contextmanager
def history_errors() -> Iterator[None]:
    """Turn SQLite's errors into a HistoryError that says why."""
    try:
        yield
    except sqlite3.Error as error:
        raise HistoryError(t("history.unreadable", reason=error)) from None


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


def stored_time(value: object) -> datetime | None:
    """A stored time as an aware datetime (UTC when it names no zone); None if unreadable."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class _Reader:
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


def _text(value: StrEnum | None) -> str | None:
    return None if value is None else str(value)


PART_FIELDS = SessionParts._fields  # a session's parts, in the export's order


@dataclass(frozen=True)
class SessionRow:
    """One recorded session, as `history` shows and exports it."""

    id: int
    routine: str
    routine_title: str
    status: Ending | None
    started_at: datetime | None  # aware; None only when the stored time is unreadable
    ended_at: datetime | None
    duration_seconds: int | None
    planned_seconds: float
    speed: float
    pain_before: int | None
    pain_mid: int | None
    pain_after: int | None
    steps_completed: int | None  # None when not read: the view has no use for them
    steps_skipped: int | None
    loosen: LoosenOutcome | None
    stop_reason: StopReason | None
    next_morning: NextMorning | None
    lang: str
    uid: str | None = None  # stable across computers: a backup merges by it
    morning_loosen: MorningLoosen | None = None
    # Its parts, only when asked for (the export): all four read, or none
    steps: tuple[StepRow, ...] | None = None
    screens: tuple[ScreenRow, ...] | None = None
    level_changes: tuple[LevelChangeRow, ...] | None = None
    cards_seen: tuple[CardSeenRow, ...] | None = None
    unreadable: Mapping[str, str] = field(default_factory=dict)  # as written, by column

    @property
    def practice(self) -> bool:
        """Run at another speed than 1 (`--speed`): a try-out, not a session done."""
        return self.speed != 1

    def as_dict(self) -> dict[str, object]:
        """The session as plain data, in the export's column order (its parts last, when read)."""
        data: dict[str, object] = {
            "id": self.id,
            "routine": self.routine,
            "routine_title": self.routine_title,
            "status": _text(self.status),
            "started_at": None if self.started_at is None else utc_text(self.started_at),
            "ended_at": None if self.ended_at is None else utc_text(self.ended_at),
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
            "uid": self.uid,
            "morning_loosen": _text(self.morning_loosen),
        }
        data.update(self.unreadable)  # exported as it was written, never lost
        for name in PART_FIELDS:
            rows: tuple[StepRow | ScreenRow | LevelChangeRow | CardSeenRow, ...] | None
            rows = getattr(self, name)
            if rows is not None:
                data[name] = [row.as_dict() for row in rows]
        return data


SESSION_FIELDS = tuple(
    name for name in SessionRow.__dataclass_fields__ if name not in (*PART_FIELDS, "unreadable")
)


def _session_row(row: sqlite3.Row, parts: SessionParts | None) -> SessionRow:
    read = _Reader(row)
    return SessionRow(
        id=row["id"],
        routine=row["routine"],
        routine_title=row["routine_title"],
        status=read.enum(Ending, "status"),
        started_at=read.time("started_at"),
        ended_at=read.time("ended_at"),
        duration_seconds=row["duration_seconds"],
        planned_seconds=row["planned_seconds"],
        speed=row["speed"],
        pain_before=row["pain_before"],
        pain_mid=row["pain_mid"],
        pain_after=row["pain_after"],
        steps_completed=row["steps_completed"],
        steps_skipped=row["steps_skipped"],
        loosen=read.enum(LoosenOutcome, "loosen"),
        stop_reason=read.enum(StopReason, "stop_reason"),
        next_morning=read.enum(NextMorning, "next_morning"),
        lang=row["lang"],
        uid=row["uid"],
        morning_loosen=read.enum(MorningLoosen, "morning_loosen"),
        unreadable=read.unreadable,
        **({} if parts is None else parts._asdict()),
    )


def query_sessions(
    db: sqlite3.Connection,
    *,
    routine: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
    with_steps: bool = False,
    include_not_started: bool = False,
    include_practice: bool = False,
    step_counts: bool = True,
) -> list[SessionRow]:
    """Sessions newest first, filtered; with step counts unless `step_counts` is False (they
    take most of the time on a long history); `with_steps`: with all their parts.

    The parts (steps, screens, level changes, cards seen) make the export a move can carry.

    Sessions left before their first step, and practice runs (`--speed` other than 1), are
    not sessions a person did: left out of the view, the chart and the trends unless asked.
    """
    where: list[str] = []
    values: list[object] = []
    if not include_not_started:
        where.append("s.status != ?")
        values.append(Ending.NOT_STARTED)
    if not include_practice:
        where.append("s.speed = 1")
    if routine is not None:
        where.append("s.routine = ?")
        values.append(routine)
    if since is not None:
        where.append("s.started_at >= ?")
        values.append(utc_text(since))
    counted = """
        LEFT JOIN (
            SELECT session_id,
                   SUM(status = ?) AS done,
                   SUM(status = ?) AS skipped
            FROM steps
            -- a step run again after going back counts once, with its last outcome
            WHERE id IN (SELECT MAX(id) FROM steps GROUP BY session_id, step_index)
            GROUP BY session_id
        ) c ON c.session_id = s.id"""
    sql = f"""
        SELECT s.*,
               {"COALESCE(c.done, 0)" if step_counts else "NULL"} AS steps_completed,
               {"COALESCE(c.skipped, 0)" if step_counts else "NULL"} AS steps_skipped,
               CAST(ROUND((julianday(s.ended_at) - julianday(s.started_at)) * 86400) AS INTEGER)
                   AS duration_seconds
        FROM sessions s {counted if step_counts else ""}
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY s.started_at DESC, s.id DESC
        {"LIMIT ?" if limit is not None else ""}
    """
    if step_counts:  # the counts' placeholders come first
        values = [StepStatus.DONE, StepStatus.SKIPPED, *values]
    if limit is not None:
        values.append(str(limit))
    with history_errors():
        rows = db.execute(sql, values).fetchall()
        parts = parts_of(db, {row["id"] for row in rows}) if with_steps and rows else None
    return [_session_row(row, None if parts is None else parts[row["id"]]) for row in rows]


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
            pid = row["pid"]
            if not isinstance(pid, int) or not _process_alive(pid):
                db.execute(
                    "UPDATE sessions SET status = ?, stop_reason = ? WHERE id = ?",
                    (Ending.ABORTED, StopReason.KILLED, row["id"]),
                )
