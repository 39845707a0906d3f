"""The history database's schema, as ordered, named migrations; each moves it up one version.

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run_statements(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def create_tables(db: sqlite3.Connection) -> None:
    """Version 1: sessions, their steps, and the red-flag screens."""
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


def add_next_morning(db: sqlite3.Connection) -> None:
    """Version 2: the next-morning answer (did pain settle by the morning after a session?)."""
    _run_statements(
        db,
        """
        ALTER TABLE sessions ADD COLUMN next_morning TEXT;
        CREATE INDEX sessions_routine ON sessions(routine, started_at);
        """,
    )


def add_programme(db: sqlite3.Connection) -> None:
    """Version 3: a programme over weeks.

    A stable id per session (so a backup merges without duplicates), the loosening part's
    next-morning answer, each step's level, level changes and the learn cards seen.
    """
    _run_statements(
        db,
        """
        ALTER TABLE sessions ADD COLUMN uid TEXT;
        UPDATE sessions SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX sessions_uid ON sessions(uid);
        ALTER TABLE sessions ADD COLUMN morning_loosen TEXT;
        ALTER TABLE steps ADD COLUMN level INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE level_changes (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            routine TEXT NOT NULL,
            step TEXT NOT NULL,
            level INTEGER NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX level_changes_routine ON level_changes(routine, step);
        CREATE TABLE cards_seen (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            routine TEXT NOT NULL,
            card TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        CREATE INDEX cards_seen_routine ON cards_seen(routine);
        """,
    )


def add_safety_answers(db: sqlite3.Connection) -> None:
    """Version 4: the safety check per body area.

    Each check notes its area (earlier checks have none, so the first check after the update is
    a full one); the kept answers (histories, inflammatory pattern, pregnancy) are asked once
    and again when due, not every week.
    """
    _run_statements(
        db,
        """
        ALTER TABLE screens ADD COLUMN area TEXT;
        CREATE TABLE safety_answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            area TEXT NOT NULL,
            item TEXT NOT NULL,
            answer TEXT NOT NULL,
            answered_at TEXT NOT NULL
        );
        CREATE INDEX safety_answers_area ON safety_answers(area, item);
        """,
    )


def add_process_start(db: sqlite3.Connection) -> None:
    """Version 5: when a session's process started (on Linux, the boot's id and the process's
    start time), so a killed session is closed even when its process id is given to another
    program. It belongs to this computer: exports leave it out."""
    _run_statements(db, "ALTER TABLE sessions ADD COLUMN pid_start TEXT")


def add_routine_versions(db: sqlite3.Connection) -> None:
    """Version 6: the routine as each session ran it: its `version:` and a hash of what its
    file said, so the history shows where a routine changed. Earlier sessions have neither."""
    _run_statements(
        db,
        """
        ALTER TABLE sessions ADD COLUMN routine_version TEXT;
        ALTER TABLE sessions ADD COLUMN routine_hash TEXT
        """,
    )


def add_notes_and_sides(db: sqlite3.Connection) -> None:
    """Version 7: a person's note on a session (`history note`), and the side each step
    worked: left, right, or both in turn. Earlier sessions have neither."""
    _run_statements(
        db,
        """
        ALTER TABLE sessions ADD COLUMN note TEXT;
        ALTER TABLE steps ADD COLUMN side TEXT
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    create_tables,
    add_next_morning,
    add_programme,
    add_safety_answers,
    add_process_start,
    add_routine_versions,
    add_notes_and_sides,
]
SCHEMA_VERSION = len(MIGRATIONS)


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
            if db.in_transaction:  # a BEGIN that failed left none: its own error says why
                db.execute("ROLLBACK")
            raise
