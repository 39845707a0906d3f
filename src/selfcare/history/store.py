"""The record of sessions: one SQLite file, written as a session goes, with ordered migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t

DATABASE_NAME = "history.sqlite3"


def _v1(db: sqlite3.Connection) -> None:
    _run_statements(
        db,
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine TEXT NOT NULL,
            routine_title TEXT NOT NULL,
            lang TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            planned_seconds REAL NOT NULL,
            speed REAL NOT NULL DEFAULT 1,
            pain_before INTEGER,
            pain_mid INTEGER,
            pain_after INTEGER,
            loosen TEXT,
            stop_reason TEXT,
            pid INTEGER
        );
        CREATE INDEX sessions_started ON sessions(started_at);
        CREATE TABLE steps (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            step_index INTEGER NOT NULL,
            step TEXT NOT NULL,
            phase TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT,
            seconds REAL NOT NULL,
            ended_at TEXT NOT NULL
        );
        CREATE INDEX steps_session ON steps(session_id);
        CREATE TABLE screens (
            id INTEGER PRIMARY KEY,
            session_id INTEGER REFERENCES sessions(id),
            taken_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            result TEXT NOT NULL
        );
        """,
    )


def _run_statements(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v2(db: sqlite3.Connection) -> None:
    """The next-morning answer: did pain settle back by the morning after a session?"""
    _run_statements(
        db,
        """
        ALTER TABLE sessions ADD COLUMN next_morning TEXT;
        CREATE INDEX sessions_routine ON sessions(routine, started_at);
        """,
    )


# Each entry moves the schema up one version; never edit one that has shipped.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class HistoryError(SelfcareError):
    """The history database cannot be used."""


def database_path(home: Path) -> Path:
    return home / DATABASE_NAME


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


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Apply the migrations after `version`, each in its own transaction."""
    for number in range(version, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            current = db.execute("PRAGMA user_version").fetchone()[0]
            if current > number:  # another process migrated meanwhile
                db.execute("COMMIT")
                continue
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


@dataclass
class SessionRecord:
    """Writes one session's rows as it happens; every write is committed at once."""

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

    def screen(self, kind: str, result: str) -> None:
        self._write(
            "INSERT INTO screens (session_id, taken_at, kind, result) VALUES (?, ?, ?, ?)",
            (self.session_id, utc_now(), kind, result),
        )

    def pain(self, moment: str, value: int | None) -> None:
        column = {"before": "pain_before", "mid": "pain_mid", "after": "pain_after"}[moment]
        self._write(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, self.session_id))

    def step(
        self,
        step_index: int,
        step: str,
        phase: str,
        status: str,
        reason: str | None,
        seconds: float,
    ) -> None:
        self._write(
            "INSERT INTO steps"
            " (session_id, step_index, step, phase, status, reason, seconds, ended_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.session_id,
                step_index,
                step,
                phase,
                status,
                reason,
                round(seconds, 3),
                utc_now(),
            ),
        )

    def loosen(self, outcome: str | None) -> None:
        self._write("UPDATE sessions SET loosen = ? WHERE id = ?", (outcome, self.session_id))

    def finish(self, status: str, stop_reason: str | None) -> None:
        self._write(
            "UPDATE sessions SET status = ?, stop_reason = ?, ended_at = ? WHERE id = ?",
            (status, stop_reason, utc_now(), self.session_id),
        )


def begin_session(
    db: sqlite3.Connection, routine: str, title: str, lang: str, planned: float, speed: float
) -> SessionRecord:
    """Write the session row now, so even a session killed at once is on record."""
    close_abandoned(db)
    cursor = db.execute(
        "INSERT INTO sessions"
        " (routine, routine_title, lang, started_at, planned_seconds, speed, pid)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (routine, title, lang, utc_now(), planned, speed, os.getpid()),
    )
    assert cursor.lastrowid is not None
    return SessionRecord(db, cursor.lastrowid)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def close_abandoned(db: sqlite3.Connection) -> None:
    """Mark sessions whose process died without a word (kill -9, power loss) as aborted."""
    rows = db.execute("SELECT id, pid FROM sessions WHERE status = 'running'").fetchall()
    for row in rows:
        if row["pid"] is None or not _process_alive(row["pid"]):
            db.execute(
                "UPDATE sessions SET status = 'aborted', stop_reason = 'killed' WHERE id = ?",
                (row["id"],),
            )


def last_full_screen(db: sqlite3.Connection) -> str | None:
    """When the last full red-flag screen was passed (ISO time), if ever."""
    row = db.execute(
        "SELECT MAX(taken_at) FROM screens WHERE kind = 'full' AND result IN ('clear', 'confirmed')"
    ).fetchone()
    return row[0] if row else None


SESSION_FIELDS = (
    "id",
    "routine",
    "routine_title",
    "status",
    "started_at",
    "ended_at",
    "duration_seconds",
    "planned_seconds",
    "speed",
    "pain_before",
    "pain_mid",
    "pain_after",
    "steps_completed",
    "steps_skipped",
    "loosen",
    "stop_reason",
    "next_morning",
    "lang",
)


def query_sessions(
    db: sqlite3.Connection,
    routine: str | None = None,
    since: str | None = None,
    limit: int | None = None,
    with_steps: bool = False,
) -> list[dict[str, object]]:
    """Sessions newest first, with step counts (and their steps when asked), filtered."""
    where, values = [], []
    if routine is not None:
        where.append("s.routine = ?")
        values.append(routine)
    if since is not None:
        where.append("s.started_at >= ?")
        values.append(since)
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
    rows = db.execute(sql, values).fetchall()
    sessions = [{key: row[key] for key in SESSION_FIELDS} for row in rows]
    if with_steps and sessions:
        by_id: dict[object, list[dict[str, object]]] = {s["id"]: [] for s in sessions}
        for step in db.execute(
            "SELECT session_id, step, phase, status, reason, seconds FROM steps ORDER BY id"
        ):
            if step["session_id"] in by_id:
                by_id[step["session_id"]].append(
                    {key: step[key] for key in ("step", "phase", "status", "reason", "seconds")}
                )
        for session in sessions:
            session["steps"] = by_id[session["id"]]
    return sessions


def pending_next_morning(db: sqlite3.Connection, now: datetime) -> sqlite3.Row | None:
    """The last session, if it ended 8-36 hours before `now` with its next-morning answer due."""
    row = db.execute(
        "SELECT id, ended_at, next_morning FROM sessions WHERE ended_at IS NOT NULL"
        " AND status != 'running' ORDER BY ended_at DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None or row["next_morning"] is not None:
        return None
    try:
        hours = (now - datetime.fromisoformat(row["ended_at"])).total_seconds() / 3600
    except ValueError:
        return None
    return row if 8 <= hours <= 36 else None


def record_next_morning(db: sqlite3.Connection, session_id: int, settled: bool) -> None:
    db.execute(
        "UPDATE sessions SET next_morning = ? WHERE id = ?",
        ("settled" if settled else "not-settled", session_id),
    )
