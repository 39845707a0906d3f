"""The person's level per step, as level changes on record, and the facts a level offer weighs.

A level is never stored as a state: each change is a row, and the newest row per step is the
level in force. An offer the person declined is a row too, at the same level (see
`programme/levels.py`), so each step's window starts again at its last row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from selfcare.history.session_parts import stored_time
from selfcare.history.store import history_errors, utc_text
from selfcare.programme.levels import STABLE_FOR
from selfcare.session.outcomes import Ending, NextMorning, SkipReason

# A session a person did: not a practice run, not one left before its first step, and not one
# still running (the session asking about levels is on record as running, and not yet done).
_DONE_SESSION = "s.speed = 1 AND s.status NOT IN (?, ?)"
_DONE_STATES = (Ending.NOT_STARTED, Ending.RUNNING)


@dataclass(frozen=True)
class SessionFacts:
    """One session of the routine, as far as levels care."""

    started_at: datetime  # aware
    pain_before: int | None
    next_morning: NextMorning | None  # None: not answered (or written by a later version)


@dataclass(frozen=True)
class LevelFacts:
    """What the level offers weigh for one routine, read at one moment."""

    first_session: datetime | None  # the routine's first session a person did, ever
    sessions: tuple[SessionFacts, ...]  # oldest first, from the earliest window on (`since`)
    since: datetime  # `sessions` and `worse` hold everything from here on
    changed: Mapping[str, datetime] = field(default_factory=dict)  # step: its last change
    worse: Mapping[str, tuple[datetime, ...]] = field(default_factory=dict)  # step: `w` times


def current_levels(db: sqlite3.Connection, routine: str) -> dict[str, int]:
    """Each step's level in `routine`: its newest level change (a step not named is at 1)."""
    with history_errors(db):
        rows = db.execute(
            "SELECT step, level FROM level_changes WHERE routine = ? ORDER BY changed_at, id",
            (routine,),
        ).fetchall()
    # Newest last, so it wins; a level below 1 can only come from a damaged file.
    return {str(step): max(1, int(level)) for step, level in rows}


def record_level_change(
    db: sqlite3.Connection, session_id: int, routine: str, step: str, level: int, at: str
) -> None:
    """Note that `step` is at `level` from session `session_id` on (`at`: UTC ISO text)."""
    with history_errors(db):
        db.execute(
            "INSERT INTO level_changes (session_id, routine, step, level, changed_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (session_id, routine, step, level, at),
        )


def _last_changes(db: sqlite3.Connection, routine: str) -> dict[str, datetime]:
    """When each step's level last changed: the start of the session it changed in, so that
    session (run at the new level) is inside the step's window."""
    rows = db.execute(
        "SELECT lc.step, COALESCE(s.started_at, lc.changed_at) FROM level_changes lc"
        " LEFT JOIN sessions s ON s.id = lc.session_id"
        " WHERE lc.routine = ? ORDER BY lc.changed_at, lc.id",
        (routine,),
    ).fetchall()
    changed: dict[str, datetime] = {}
    for step, moment in rows:
        when = stored_time(moment)
        if when is not None:
            changed[str(step)] = when
    return changed


def _morning(value: object) -> NextMorning | None:
    try:
        return NextMorning(str(value))
    except ValueError:  # not answered, or an answer this version does not know
        return None


def level_facts(db: sqlite3.Connection, routine: str, now: datetime) -> LevelFacts:
    """The routine's sessions, mornings, pain and `w` presses the offers weigh, in four reads."""
    with history_errors(db):
        changed = _last_changes(db, routine)
        # Step-ups look back two weeks; step-downs back to the step's last change.
        since = min([now - STABLE_FOR, *changed.values()])
        first = db.execute(
            f"SELECT MIN(s.started_at) FROM sessions s WHERE s.routine = ? AND {_DONE_SESSION}",
            (routine, *_DONE_STATES),
        ).fetchone()[0]
        session_rows = db.execute(
            "SELECT s.started_at, s.pain_before, s.next_morning FROM sessions s"
            f" WHERE s.routine = ? AND {_DONE_SESSION} AND s.started_at >= ?"
            " ORDER BY s.started_at, s.id",
            (routine, *_DONE_STATES, utc_text(since)),
        ).fetchall()
        worse_rows = db.execute(
            "SELECT st.step, s.started_at FROM steps st JOIN sessions s ON s.id = st.session_id"
            f" WHERE s.routine = ? AND {_DONE_SESSION} AND s.started_at >= ? AND st.reason = ?"
            " ORDER BY s.started_at, st.id",
            (routine, *_DONE_STATES, utc_text(since), SkipReason.WORSE),
        ).fetchall()
    sessions = []
    for started, pain, morning in session_rows:
        when = stored_time(started)
        if when is not None:  # a time this version cannot read cannot be placed in a window
            pain_before = pain if isinstance(pain, int) else None
            sessions.append(SessionFacts(when, pain_before, _morning(morning)))
    worse: dict[str, list[datetime]] = {}
    for step, started in worse_rows:
        when = stored_time(started)
        if when is not None:
            worse.setdefault(str(step), []).append(when)
    return LevelFacts(
        first_session=None if first is None else stored_time(first),
        sessions=tuple(sessions),
        since=since,
        changed=changed,
        worse={step: tuple(times) for step, times in worse.items()},
    )
