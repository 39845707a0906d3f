"""The next-morning question: due from 5:00 local time after a session, whatever the gap since,
answered once; and the loosening episodes the answers and the sessions reveal."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from selfcare.history.mornings import (
    loosening_episodes,
    morning_after,
    pending_next_morning,
    record_next_morning,
)
from selfcare.history.store import connect
from selfcare.session.outcomes import MorningLoosen, NextMorning


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026, in this machine's time zone."""
    return datetime(2026, 11, day, hour, minute).astimezone()


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "history.db")


def add_session(
    db: sqlite3.Connection,
    ended: datetime,
    loosen: str | None = "done",
    speed: float = 1,
    status: str = "completed",
    exercised: bool = True,
) -> int:
    started = ended - timedelta(minutes=20)
    cursor = db.execute(
        "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
        " planned_seconds, loosen, speed) VALUES ('low-back', 'Low back', 'en', ?, ?, ?,"
        " 1200, ?, ?)",
        (started.isoformat(), ended.isoformat(), status, loosen, speed),
    )
    assert cursor.lastrowid is not None
    if exercised:
        db.execute(
            "INSERT INTO steps (session_id, step_index, step, phase, status, seconds, ended_at)"
            " VALUES (?, 0, 'drawing-in', 'stabilize', 'done', 60, ?)",
            (cursor.lastrowid, ended.isoformat()),
        )
    return cursor.lastrowid


@pytest.mark.parametrize(
    ("ended", "morning"),
    [
        (local(2, 9), local(3, 5)),  # a morning session: tomorrow morning
        (local(2, 23, 30), local(3, 5)),  # late at night: still tomorrow morning
        (local(3, 2), local(3, 5)),  # after midnight: this morning
    ],
)
def test_the_next_morning_is_the_first_five_o_clock_after_the_session(
    ended: datetime, morning: datetime
) -> None:
    assert morning_after(ended) == morning


def test_the_question_is_due_from_the_next_morning_whatever_the_gap(
    db: sqlite3.Connection,
) -> None:
    session_id = add_session(db, local(2, 10))

    assert pending_next_morning(db, local(2, 20)) is None  # the same evening: not yet
    for later in (local(3, 5), local(5, 9), local(20, 9)):  # the next morning, days, weeks on
        due = pending_next_morning(db, later)
        assert due is not None and due.session_id == session_id and due.loosened


def test_the_answer_is_kept_once_and_the_question_is_not_asked_again(
    db: sqlite3.Connection,
) -> None:
    session_id = add_session(db, local(2, 10))
    record_next_morning(db, session_id, NextMorning.SAME, MorningLoosen.NOT_WORSE)

    assert pending_next_morning(db, local(4, 9)) is None
    row = db.execute("SELECT next_morning, morning_loosen FROM sessions").fetchone()
    assert tuple(row) == ("same", "not-worse")


def test_only_the_last_session_is_asked_about(db: sqlite3.Connection) -> None:
    add_session(db, local(2, 10))
    last = add_session(db, local(4, 10), loosen=None)

    due = pending_next_morning(db, local(6, 9))
    assert due is not None and due.session_id == last and not due.loosened


def test_a_session_stopped_by_the_safety_check_is_never_asked_about(
    db: sqlite3.Connection,
) -> None:
    exercised = add_session(db, local(2, 10))
    add_session(db, local(4, 10), loosen=None, status="stopped", exercised=False)

    due = pending_next_morning(db, local(5, 9))
    assert due is not None and due.session_id == exercised  # the one with exercise in it


def test_after_w_during_loosening_the_morning_does_not_ask_about_loosening_again(
    db: sqlite3.Connection,
) -> None:
    add_session(db, local(2, 10), loosen="stopped")

    due = pending_next_morning(db, local(3, 9))
    assert due is not None and not due.loosened  # already known to have made things worse


def test_loosening_episodes_are_w_during_it_or_a_worse_morning_after_it(
    db: sqlite3.Connection,
) -> None:
    add_session(db, local(2, 10), loosen="stopped")
    worse_after = add_session(db, local(4, 10))
    record_next_morning(db, worse_after, NextMorning.WORSE, MorningLoosen.WORSE)
    not_loosening = add_session(db, local(6, 10))
    record_next_morning(db, not_loosening, NextMorning.WORSE, MorningLoosen.NOT_WORSE)
    old_answer = add_session(db, local(8, 10))  # "not settled", from an earlier version
    db.execute("UPDATE sessions SET next_morning = 'not-settled' WHERE id = ?", (old_answer,))
    add_session(db, local(10, 10), loosen="stopped", speed=10)  # a practice run

    episodes = loosening_episodes(db)

    starts = [local(day, 9, 40) for day in (8, 4, 2)]
    assert episodes == starts
