"""Levels on record: the newest change per step is the level in force, and the facts the offers
weigh are read from sessions a person did, in a few queries however long the history."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from level_history import DAY0, PROGRAMME, day, done_session, stable_weeks
from selfcare.history.level_changes import current_levels, level_facts, record_level_change
from selfcare.history.record import begin_session
from selfcare.history.store import HistoryError, connect, utc_text
from selfcare.paths import database_path
from selfcare.session.outcomes import Ending, NextMorning

OTHER = replace(PROGRAMME, id="other")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with closing(connect(database_path(tmp_path / "home"))) as connection:
        yield connection


def test_no_change_on_record_means_every_step_at_level_one(db: sqlite3.Connection) -> None:
    assert current_levels(db, "programme") == {}


def test_the_newest_change_of_each_step_is_its_level(db: sqlite3.Connection) -> None:
    first = done_session(db, 0)
    second = done_session(db, 14)
    record_level_change(db, first.session_id, "programme", "bird-dog", 2, utc_text(day(0)))
    record_level_change(db, first.session_id, "programme", "bridge", 2, utc_text(day(0)))
    record_level_change(db, second.session_id, "programme", "bird-dog", 3, utc_text(day(14)))
    record_level_change(db, second.session_id, "other", "bridge", 3, utc_text(day(14)))

    assert current_levels(db, "programme") == {"bird-dog": 3, "bridge": 2}
    assert current_levels(db, "other") == {"bridge": 3}


def test_a_change_merged_in_later_but_made_earlier_does_not_win(db: sqlite3.Connection) -> None:
    # A backup from another computer adds rows after newer ones: time decides, not row order.
    record = done_session(db, 0)
    record_level_change(db, record.session_id, "programme", "bird-dog", 2, utc_text(day(20)))
    record_level_change(db, record.session_id, "programme", "bird-dog", 3, utc_text(day(10)))

    assert current_levels(db, "programme") == {"bird-dog": 2}


def test_the_record_changes_a_level_at_its_own_clock(db: sqlite3.Connection) -> None:
    record = done_session(db, 3)
    record.change_level("programme", "bird-dog", 2)

    assert current_levels(db, "programme") == {"bird-dog": 2}
    assert level_facts(db, "programme", day(4)).changed == {"bird-dog": day(3)}


def test_facts_hold_the_routines_sessions_a_person_did_oldest_first(
    db: sqlite3.Connection,
) -> None:
    done_session(db, 0, pain=3, morning=NextMorning.BETTER)
    done_session(db, 2, pain=None, morning=None)
    done_session(db, 4, speed=2.0)  # practice
    done_session(db, 6, ending=Ending.NOT_STARTED)  # left before its first step
    done_session(db, 8, routine=OTHER)
    done_session(db, 10, morning=NextMorning.WORSE, ending=Ending.ABORTED)
    # the session asking is on record as running: it has not been done yet
    begin_session(db, "programme", "Programme", "en", 600.0, 1.0, now=lambda: day(12))

    facts = level_facts(db, "programme", day(12))

    assert [(s.started_at, s.pain_before, s.next_morning) for s in facts.sessions] == [
        (day(0), 3, NextMorning.BETTER),
        (day(2), None, None),
        (day(10), 2, NextMorning.WORSE),
    ]
    assert facts.first_session == DAY0


def test_facts_reach_back_two_weeks_or_to_the_oldest_last_change(
    db: sqlite3.Connection,
) -> None:
    stable_weeks(db, 0, 40)
    changed_in = done_session(db, 41)
    changed_in.change_level("programme", "bird-dog", 2)

    two_weeks = level_facts(db, "programme", day(60))
    since_change = level_facts(db, "programme", day(70))

    assert two_weeks.since == day(41)  # the change is older than two weeks
    assert [s.started_at for s in two_weeks.sessions] == [day(41)]
    assert since_change.since == day(41)
    assert level_facts(db, "programme", day(50)).since == day(36)
    assert two_weeks.first_session == DAY0


def test_a_steps_change_dates_from_the_start_of_the_session_it_was_made_in(
    db: sqlite3.Connection,
) -> None:
    # The change is written a minute into the session; that session ran at the new level.
    record = done_session(db, 5)
    late = day(5).replace(minute=1)
    record_level_change(db, record.session_id, "programme", "bridge", 2, utc_text(late))

    assert level_facts(db, "programme", day(6)).changed == {"bridge": day(5)}


def test_facts_hold_each_time_a_step_was_left_with_w(db: sqlite3.Connection) -> None:
    done_session(db, 1, worse=["bird-dog"])
    done_session(db, 3, worse=["bird-dog", "bridge"])
    done_session(db, 5, worse=["bridge"], speed=0.5)  # practice: not counted

    facts = level_facts(db, "programme", day(6))

    assert facts.worse == {"bird-dog": (day(1), day(3)), "bridge": (day(3),)}


def test_a_long_history_is_read_in_a_few_queries(db: sqlite3.Connection) -> None:
    stable_weeks(db, 0, 300)
    statements: list[str] = []
    db.set_trace_callback(statements.append)

    facts = level_facts(db, "programme", day(301))

    db.set_trace_callback(None)
    assert len(facts.sessions) == 7
    assert len(statements) <= 5


def test_a_history_that_cannot_be_read_raises_a_history_error(db: sqlite3.Connection) -> None:
    db.execute("DROP TABLE level_changes")

    with pytest.raises(HistoryError):
        current_levels(db, "programme")
    with pytest.raises(HistoryError):
        level_facts(db, "programme", day(1))
