"""Next-morning answers, and the loosening episodes they and the sessions reveal."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from typing import NamedTuple

from selfcare.history.session_parts import stored_time
from selfcare.history.store import history_errors
from selfcare.session.outcomes import Ending, LoosenOutcome, MorningLoosen, NextMorning

MORNING_HOUR = 5  # from 5:00 local time, it is the morning


class MorningDue(NamedTuple):
    """A session whose next morning has come and has not been answered."""

    session_id: int
    routine: str
    started_at: datetime
    # The loosening part ran to its end; stopped with `w`, it is known to have made things worse.
    loosened: bool


def morning_after(ended: datetime) -> datetime:
    """A session's next morning: the first 5:00, local time, after it ended."""
    local = ended.astimezone()
    morning = local.replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)
    return morning if morning > local else morning + timedelta(days=1)


def morning_has_come(ended: datetime, now: datetime) -> bool:
    return now >= morning_after(ended)


def pending_next_morning(db: sqlite3.Connection, now: datetime) -> MorningDue | None:
    """The last session a person did, if its next morning has come and is not answered.

    Whatever the gap since: someone who exercises every other day is asked too.
    """
    with history_errors(db):
        row = db.execute(
            # The last session a person did: not a practice run, nor one left before it began.
            "SELECT id, routine, started_at, ended_at, next_morning, loosen FROM sessions"
            " WHERE ended_at IS NOT NULL AND status NOT IN (?, ?) AND speed = 1"
            # and at least one exercise began: not a session the safety check stopped
            " AND EXISTS (SELECT 1 FROM steps WHERE steps.session_id = sessions.id)"
            " ORDER BY ended_at DESC, id DESC LIMIT 1",
            (Ending.RUNNING, Ending.NOT_STARTED),
        ).fetchone()
    if row is None or row["next_morning"] is not None:
        return None
    started, ended = stored_time(row["started_at"]), stored_time(row["ended_at"])
    if started is None or ended is None or not morning_has_come(ended, now):
        return None
    loosened = row["loosen"] == LoosenOutcome.DONE
    return MorningDue(int(row["id"]), str(row["routine"]), started, loosened)


def record_next_morning(
    db: sqlite3.Connection, session_id: int, answer: NextMorning, loosen: MorningLoosen | None
) -> None:
    with history_errors(db):
        db.execute(
            "UPDATE sessions SET next_morning = ?, morning_loosen = ? WHERE id = ?",
            (answer, loosen, session_id),
        )


def loosening_episodes(db: sqlite3.Connection) -> list[datetime]:
    """When loosening made things worse, newest first: stopped with `w` during it, or worse
    by the next morning (asked about the loosening part, or, by earlier versions, not settled
    after a session that loosened).
    """
    with history_errors(db):
        rows = db.execute(
            "SELECT started_at FROM sessions WHERE speed = 1 AND ("
            " loosen = ? OR morning_loosen = ?"
            " OR (loosen = ? AND morning_loosen IS NULL AND next_morning = ?))"
            " ORDER BY started_at DESC",
            (
                LoosenOutcome.STOPPED,
                MorningLoosen.WORSE,
                LoosenOutcome.DONE,
                NextMorning.NOT_SETTLED,
            ),
        ).fetchall()
    times = (stored_time(row[0]) for row in rows)
    return [moment for moment in times if moment is not None]
