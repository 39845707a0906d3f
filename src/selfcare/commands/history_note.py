"""`selfcare history note SESSION [TEXT]`: read, write or remove a session's note."""

from __future__ import annotations

from selfcare.history.notes import NoteRefused, NoteTarget, clean_note, note_target, set_note
from selfcare.history.store import connect, history_exists
from selfcare.i18n.language import t
from selfcare.output import stdout_console
from selfcare.paths import database_path
from selfcare.safe_text import terminal_safe

LAST = "last"


def session_id_of(given: str) -> int | None:
    """The session typed: its number, or "last" (None)."""
    if given.strip().lower() == LAST:
        return None
    try:
        number = int(given)
    except ValueError:
        number = 0
    if number < 1:
        raise NoteRefused(t("note.bad_id", value=terminal_safe(given)))
    return number


def history_note(session: str, text: str | None) -> None:
    """Show the session's note when `text` is None; else keep `text` ("" removes the note)."""
    wanted = session_id_of(session)
    note = None if text is None else clean_note(text)  # too long: said before anything opens
    path = database_path()
    if not history_exists(path):
        raise NoteRefused(t("note.no_history"))
    db = connect(path)
    try:
        target = note_target(db, wanted)
        console = stdout_console()
        if text is None:
            shown = t("note.none") if target.note is None else terminal_safe(target.note)
            console.print(f"{described(target)}\n{shown}", markup=False, highlight=False)
            return
        set_note(db, target.session_id, note)
    finally:
        db.close()
    key = "note.kept" if note is not None else "note.removed"
    console.print(t(key, session=described(target)), markup=False, highlight=False)


def described(target: NoteTarget) -> str:
    """The session as a person knows it: its number, day and time, and routine."""
    routine = terminal_safe(target.routine)
    if target.started_at is None:
        return t("note.session_undated", id=target.session_id, routine=routine)
    when = target.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return t("note.session", id=target.session_id, when=when, routine=routine)
