"""The history of sessions: one SQLite file, opened and migrated here, read back as typed rows.

The modules of this folder (a session's writes in `record.py`, its parts in `session_parts.py`,
an import in `transfer.py`, ...) are the only code that knows SQL.
Every SQLite error leaves as a `HistoryError`. A damaged value is never a crash: a state this
version does not know, or a time it cannot read, is kept as written for exports.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from selfcare.errors import SelfcareError
from selfcare.history.migrations import SCHEMA_VERSION, migrate
from selfcare.history.session_parts import (
    CardSeenRow,
    LevelChangeRow,
    SafetyAnswerRow,
    ScreenRow,
    SessionParts,
    StepRow,
    ValueReader,
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


class HistoryDamaged(HistoryError):
    """The file's pages are damaged, or it is no database: it is left as it is."""


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def damaged(error: sqlite3.Error) -> bool:
    """Whether SQLite found the file's pages damaged, or found no database in it."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _file_of(db: sqlite3.Connection) -> str:
    """The connection's file ("" for a database in memory); it reads none of its pages."""
    try:
        return str(db.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        return ""


@contextmanager
def history_errors(db: sqlite3.Connection | None = None) -> Iterator[None]:
    """Turn SQLite's errors into a HistoryError that says why; given `db`, a damaged file is
    named, with what to do."""
    try:
        yield
    except sqlite3.Error as error:
        file = "" if db is None or not damaged(error) else _file_of(db)
        if file:
            raise HistoryDamaged(t("history.damaged", path=file, reason=error)) from None
        raise HistoryError(t("history.unreadable", reason=error)) from None


def history_exists(path: Path) -> bool:
    """Whether the history file is there; HistoryError when it cannot be one where it is."""
    try:
        if path.parent.exists() and not path.parent.is_dir():
            raise HistoryError(t("history.home_not_folder", path=path.parent))
        if path.exists() and not path.is_file():  # a folder, a device (a link to /dev/null)
            raise HistoryError(t("history.not_a_file", path=path))
        return path.exists()
    except OSError as error:  # say, a folder on the way that may not be read
        raise _unusable(path, error) from None


def _unusable(path: Path, error: sqlite3.Error | OSError) -> HistoryError:
    if isinstance(error, sqlite3.Error) and damaged(error):
        return HistoryDamaged(t("history.damaged", path=path, reason=error))
    reason = error.strerror if isinstance(error, OSError) else error
    return HistoryError(t("history.unusable", path=path, reason=reason))


# How long to wait for another program's lock on the history. SQLite would wait in C, where a
# signal cannot end the wait: `patiently` waits in short steps instead, so Ctrl-C or SIGTERM
# while the history is busy ends the program at once.
LOCK_WAIT_SECONDS = 10.0
_LOCK_STEP_MS = 100
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
T = TypeVar("T")


def busy(error: sqlite3.Error) -> bool:
    """Whether another program holds the lock: waiting may cure it."""
    return getattr(error, "sqlite_errorcode", None) in _BUSY_CODES


def patiently(db: sqlite3.Connection, action: Callable[[], T]) -> T:
    """Run `action`, trying again while another program holds the lock, for a while."""
    db.execute(f"PRAGMA busy_timeout = {_LOCK_STEP_MS}")
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    try:
        while True:
            try:
                return action()
            except sqlite3.OperationalError as error:
                if not busy(error) or time.monotonic() >= deadline:
                    raise
    finally:
        db.execute(f"PRAGMA busy_timeout = {round(LOCK_WAIT_SECONDS * 1000)}")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database; HistoryError if unusable."""
    history_exists(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=10, isolation_level=None)
    except (sqlite3.Error, OSError) as error:
        raise _unusable(path, error) from None
    try:
        db.row_factory = sqlite3.Row
        patiently(db, lambda: _prepare(db, path))
    except BaseException as error:
        db.close()
        if isinstance(error, sqlite3.Error | OSError):
            raise _unusable(path, error) from None
        raise
    return db


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    version = _schema_version(db, path)
    db.execute("PRAGMA journal_mode = WAL")  # two sessions in two terminals both record
    db.execute("PRAGMA synchronous = NORMAL")
    if 0 < version < SCHEMA_VERSION:
        check_intact(db)  # a migration never writes into a damaged file
    migrate(db, version)


def _schema_version(db: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; HistoryError when a newer selfcare wrote it."""
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryError(t("history.too_new", path=path, version=version))
    return version


def connect_to_read(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """The history as `connect` opens it or, on a disk that takes no writes (read-only, full),
    opened read-only; with a note to show when its newest writes may be missing."""
    history_exists(path)  # a folder or a device is said as such, never read
    try:
        return connect(path), None
    except HistoryDamaged:
        raise
    except HistoryError as error:
        failure = error
    uri, wal = path.absolute().as_uri(), path.with_name(path.name + "-wal")
    for query in ("mode=ro", "mode=ro&immutable=1"):
        # The file alone (immutable) where SQLite cannot share the WAL's index: what a WAL
        # left by a process that ended before tidying it holds is then not read.
        try:  # a file this user may not open at all fails here
            db = sqlite3.connect(f"{uri}?{query}", uri=True, isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            db = _current(db, _schema_version(db, path))
            stale = "immutable" in query and wal.exists() and wal.stat().st_size > 0
            return db, t("history.read_only_stale", path=wal) if stale else None
        except (sqlite3.Error, OSError, HistoryError):
            db.close()
    raise failure from None  # what stopped the usual way says most


def _current(db: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """`db` as this version reads it: an older schema is migrated in a copy, in memory."""
    db.row_factory = sqlite3.Row
    if version == SCHEMA_VERSION:
        return db
    copy = sqlite3.connect(":memory:", isolation_level=None)
    copy.row_factory = sqlite3.Row
    db.backup(copy)
    db.close()
    migrate(copy, version)
    return copy


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
    routine_version: str | None = None  # the routine's `version:` when it ran, if it had one
    routine_hash: str | None = None  # what its file said (`content_hash`), kept since schema 6
    note: str | None = None  # the person's own words on it (`history note`), since schema 7
    # Its parts, only when asked for (the export): all four read, or none
    steps: tuple[StepRow, ...] | None = None
    screens: tuple[ScreenRow, ...] | None = None
    level_changes: tuple[LevelChangeRow, ...] | None = None
    cards_seen: tuple[CardSeenRow, ...] | None = None
    safety_answers: tuple[SafetyAnswerRow, ...] | None = None
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
            "routine_version": self.routine_version,
            "routine_hash": self.routine_hash,
            "note": self.note,
        }
        data.update(self.unreadable)  # exported as it was written, never lost
        for name in PART_FIELDS:
            rows: (
                tuple[StepRow | ScreenRow | LevelChangeRow | CardSeenRow | SafetyAnswerRow, ...]
                | None
            )
            rows = getattr(self, name)
            if rows is not None:
                data[name] = [row.as_dict() for row in rows]
        return data


SESSION_FIELDS = tuple(
    name for name in SessionRow.__dataclass_fields__ if name not in (*PART_FIELDS, "unreadable")
)


def _session_row(row: sqlite3.Row, parts: SessionParts | None) -> SessionRow:
    read = ValueReader(row)
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
        routine_version=row["routine_version"],
        routine_hash=row["routine_hash"],
        note=row["note"],
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
    with history_errors(db):
        rows = db.execute(sql, values).fetchall()
        parts = parts_of(db, {row["id"] for row in rows}) if with_steps and rows else None
    return [_session_row(row, None if parts is None else parts[row["id"]]) for row in rows]


def check_intact(db: sqlite3.Connection) -> None:
    """HistoryDamaged when a page of the file is damaged. A session checks before writing its
    row: a damaged table found half-way would leave it 'running', its steps unsaved."""
    with history_errors(db):
        found = str(db.execute("PRAGMA quick_check(1)").fetchone()[0])
    if found != "ok":
        reason = found.splitlines()[-1]  # after SQLite's "*** in database main ***"
        raise HistoryDamaged(t("history.damaged", path=_file_of(db), reason=reason))
