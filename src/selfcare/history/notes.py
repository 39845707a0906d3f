"""A person's note on a session, in their own words: added with `selfcare history note`, or
when a session ends; exported and shown in the report with the rest of the session."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import NamedTuple

from selfcare.errors import SelfcareError
from selfcare.history.session_parts import stored_time
from selfcare.history.store import check_intact, history_errors, patiently
from selfcare.i18n.language import t
from selfcare.session.outcomes import Ending

MAX_NOTE_CHARACTERS = 2000  # a paragraph or two for the practitioner; more belongs in a letter


class NoteRefused(SelfcareError):
    """The note cannot be kept as asked; nothing was changed."""


def clean_note(text: str) -> str | None:
    """The note as kept: its ends trimmed, at most MAX_NOTE_CHARACTERS; None for no note."""
    kept = text.strip()
    if len(kept) > MAX_NOTE_CHARACTERS:
        raise NoteRefused(t("note.too_long", limit=MAX_NOTE_CHARACTERS, length=len(kept)))
    return kept or None


class NoteTarget(NamedTuple):
    """The session a note is on, as a person knows it, with its note."""

    session_id: int
    started_at: datetime | None  # None only when the stored time is unreadable
    routine: str
    note: str | None


def note_target(db: sqlite3.Connection, session_id: int | None) -> NoteTarget:
    """Session `session_id`, or (None) the newest session a person did: not a practice run,
    nor one left before its first step. NoteRefused when there is none such."""
    columns = "SELECT id, started_at, routine, note FROM sessions"
    with history_errors(db):
        if session_id is None:
            row = db.execute(
                f"{columns} WHERE speed = 1 AND status != ? ORDER BY started_at DESC, id DESC",
                (Ending.NOT_STARTED,),
            ).fetchone()
        else:
            row = db.execute(f"{columns} WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        refusal = (
            t("note.no_history") if session_id is None else t("note.no_session", id=session_id)
        )
        raise NoteRefused(refusal)
    note = None if row[3] is None else str(row[3])
    return NoteTarget(int(row[0]), stored_time(row[1]), str(row[2]), note)


def set_note(db: sqlite3.Connection, session_id: int, note: str | None) -> None:
    """Keep `note` (None: remove it) on session `session_id`, which is there."""
    check_intact(db)  # never written into a damaged file

    def write() -> None:
        db.execute("UPDATE sessions SET note = ? WHERE id = ?", (note, session_id))

    with history_errors(db):
        patiently(db, write)


def has_steps(db: sqlite3.Connection, session_id: int) -> bool:
    """Whether the session reached its exercises: a note is asked for only then."""
    with history_errors(db):
        found = db.execute("SELECT 1 FROM steps WHERE session_id = ? LIMIT 1", (session_id,))
        return found.fetchone() is not None
