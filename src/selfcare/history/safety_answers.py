"""What earlier safety checks said, read back for the next one: when the last full check was
passed, when a check last stopped a session, and the kept answers (histories, the
inflammatory pattern, pregnancy) of each body area."""

from __future__ import annotations

import sqlite3

from selfcare.history.session_parts import stored_time
from selfcare.history.store import history_errors
from selfcare.safety.periodic import Answered, SafetyAnswer, SafetyItem, SafetyState
from selfcare.session.outcomes import ScreenKind, ScreenResult

_PASSED = (ScreenResult.CLEAR, ScreenResult.CONFIRMED)
_ITEMS = {item.value for item in SafetyItem}
_ANSWERS = {answer.value for answer in SafetyAnswer}
# Every check that ended a session: a warning sign, or a clinician's OK not yet given.
_STOPS = (
    ScreenResult.EMERGENCY,
    ScreenResult.DOCTOR,
    ScreenResult.PREGNANCY_SIGNS,
    ScreenResult.NOT_CLEARED,
)


def safety_state(db: sqlite3.Connection, area: str) -> SafetyState:
    """The state of the checks for `area`; HistoryError if unreadable.

    A full check counts for its own area only (a neck check asks nothing about the legs). A
    stopping check and pregnancy are about the person, so they count whatever the area.
    """
    with history_errors(db):
        last_full = db.execute(
            "SELECT MAX(taken_at) FROM screens WHERE kind = ? AND result IN (?, ?) AND area = ?",
            (ScreenKind.FULL, *_PASSED, area),
        ).fetchone()[0]
        last_stop = db.execute(
            "SELECT MAX(taken_at) FROM screens WHERE result IN (?, ?, ?, ?)", _STOPS
        ).fetchone()[0]
        rows = db.execute(
            "SELECT item, answer, answered_at FROM safety_answers"
            " WHERE area = ? OR item = ? ORDER BY answered_at, id",
            (area, SafetyItem.PREGNANCY),
        ).fetchall()
    answers: dict[SafetyItem, Answered] = {}
    for item, answer, at in rows:  # oldest first: the newest answer of each item stays
        moment = stored_time(at)
        if item in _ITEMS and answer in _ANSWERS and moment is not None:
            answers[SafetyItem(item)] = Answered(SafetyAnswer(answer), moment)
    return SafetyState(
        last_full=None if last_full is None else stored_time(last_full),
        last_stop=None if last_stop is None else stored_time(last_stop),
        answers=answers,
    )


def record_safety_answer(
    db: sqlite3.Connection,
    session_id: int,
    area: str,
    item: SafetyItem,
    answer: SafetyAnswer,
    at: str,
) -> None:
    """Keep one answer (`at`: UTC ISO text). Raises sqlite3.Error; the caller decides."""
    db.execute(
        "INSERT INTO safety_answers (session_id, area, item, answer, answered_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (session_id, area, item, answer, at),
    )


def carry_check(
    db: sqlite3.Connection, session_id: int, from_area: str, to_area: str, at: str
) -> None:
    """A check just taken for `from_area` also stands for `to_area` (a switch of routine): its
    latest full check and kept answers are written again for session `session_id`.

    Raises sqlite3.Error; the caller decides.
    """
    db.execute(
        "INSERT INTO screens (session_id, taken_at, kind, result, area)"
        " SELECT ?, ?, kind, result, ? FROM screens WHERE area = ? AND kind = ?"
        " ORDER BY taken_at DESC, id DESC LIMIT 1",
        (session_id, at, to_area, from_area, ScreenKind.FULL),
    )
    db.execute(
        "INSERT INTO safety_answers (session_id, area, item, answer, answered_at)"
        " SELECT ?, ?, item, answer, answered_at FROM safety_answers AS kept"
        " WHERE area = ? AND id = (SELECT MAX(id) FROM safety_answers"
        " WHERE area = kept.area AND item = kept.item)",
        (session_id, to_area, from_area),
    )
