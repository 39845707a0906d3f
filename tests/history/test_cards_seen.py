"""The learn cards seen, kept per routine in the history."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from selfcare.history.cards_seen import mark_card_seen, seen_cards
from selfcare.history.record import opener
from selfcare.history.store import HistoryError, connect
from selfcare.paths import database_path
from selfcare.routine.model import Routine

AT = "2026-11-30T09:00:00+00:00"


@pytest.fixture
def db(selfcare_home: Path) -> sqlite3.Connection:
    return connect(database_path(selfcare_home))


def add_session(db: sqlite3.Connection, routine: str) -> int:
    cursor = db.execute(
        "INSERT INTO sessions (routine, routine_title, lang, started_at, status, planned_seconds)"
        " VALUES (?, ?, 'en', ?, 'completed', 600)",
        (routine, routine, AT),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def test_no_card_is_seen_in_a_new_history(db: sqlite3.Connection) -> None:
    assert seen_cards(db, "low-back") == set()


def test_cards_marked_seen_are_read_back_for_their_routine_only(db: sqlite3.Connection) -> None:
    first, second = add_session(db, "low-back"), add_session(db, "low-back")
    quick = add_session(db, "low-back-quick")
    mark_card_seen(db, first, "low-back", "not-serious", AT)
    mark_card_seen(db, second, "low-back", "stabilise-first", AT)
    mark_card_seen(db, quick, "low-back-quick", "walking", AT)

    assert seen_cards(db, "low-back") == {"not-serious", "stabilise-first"}
    assert seen_cards(db, "low-back-quick") == {"walking"}
    assert seen_cards(db, "neck") == set()


def test_a_card_marked_twice_is_one_card_seen(db: sqlite3.Connection) -> None:
    session = add_session(db, "low-back")
    mark_card_seen(db, session, "low-back", "not-serious", AT)
    mark_card_seen(db, session, "low-back", "not-serious", AT)
    assert seen_cards(db, "low-back") == {"not-serious"}
    count = db.execute("SELECT COUNT(*) FROM cards_seen").fetchone()[0]
    assert count == 2  # each showing stays on record, with its session and time


def test_the_row_keeps_its_session_and_time(db: sqlite3.Connection) -> None:
    session = add_session(db, "low-back")
    mark_card_seen(db, session, "low-back", "walking", AT)
    row = db.execute("SELECT session_id, routine, card, seen_at FROM cards_seen").fetchone()
    assert tuple(row) == (session, "low-back", "walking", AT)


def test_an_unreadable_history_is_a_history_error(db: sqlite3.Connection) -> None:
    db.execute("DROP TABLE cards_seen")
    with pytest.raises(HistoryError, match="cards_seen"):
        seen_cards(db, "low-back")


def test_marking_a_card_in_an_unusable_history_raises_for_the_caller(
    db: sqlite3.Connection,
) -> None:
    db.execute("DROP TABLE cards_seen")
    with pytest.raises(sqlite3.Error):
        mark_card_seen(db, 1, "low-back", "walking", AT)


def test_a_session_record_notes_the_card_it_showed_at_its_clock(selfcare_home: Path) -> None:
    shown_at = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
    open_record = opener(selfcare_home, now=lambda: shown_at)
    record = open_record(Routine("sample", "Sample", ()), 60, 1, lambda delay: None)
    try:
        record.card_seen("sample", "walking")
        assert record.seen_cards("sample") == {"walking"}
        assert record.failure is None
    finally:
        record.close()
    db = connect(database_path(selfcare_home))
    assert db.execute("SELECT seen_at FROM cards_seen").fetchone()[0] == AT.replace(
        "09:00", "09:30"
    )
