"""The session record on disk: migrations, files it must not touch, two writers, killed sessions."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guided_session import CLEAR, Session
from selfcare.history.abandoned import close_abandoned
from selfcare.history.migrations import MIGRATIONS, SCHEMA_VERSION
from selfcare.history.record import SessionRecord, begin_session
from selfcare.history.store import (
    PART_FIELDS,
    SESSION_FIELDS,
    HistoryError,
    connect,
    query_sessions,
)
from selfcare.paths import database_path
from selfcare.routine.model import PhaseKind
from selfcare.session.outcomes import (
    Ending,
    PainMoment,
    ScreenKind,
    ScreenResult,
    StepResult,
    StepStatus,
    StopReason,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return database_path(tmp_path / "home")


@pytest.fixture
def db(db_path: Path) -> Iterator[sqlite3.Connection]:
    with closing(connect(db_path)) as connection:
        yield connection


def start(db: sqlite3.Connection, routine: str = "low-back") -> SessionRecord:
    return begin_session(db, routine, "Low back", "en", 600.0, 1.0)


def step(record: SessionRecord, index: int, name: str) -> None:
    record.step(StepResult(index, name, PhaseKind.STABILIZE, StepStatus.DONE, None, 10.0))


def sessions(path: Path) -> list[dict[str, object]]:
    """What `history --json` would show, read through a connection of its own."""
    with closing(connect(path)) as reader:
        return [row.as_dict() for row in query_sessions(reader, with_steps=True)]


def tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# --- migrations ------------------------------------------------------------------------------


def test_an_empty_file_is_migrated_to_the_current_schema(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")

    with closing(connect(db_path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"sessions", "steps", "screens", "safety_answers"} <= tables(db)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        start(db)  # and it takes a session


def test_a_missing_folder_and_file_are_created(db_path: Path) -> None:
    assert not db_path.parent.exists()

    with closing(connect(db_path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_older_schema_is_migrated_keeping_its_sessions(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as old:
        MIGRATIONS[0](old)
        old.execute("PRAGMA user_version = 1")
        old.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds,"
            " status) VALUES ('low-back', 'Low back', 'en', '2026-01-02T08:00:00+00:00', 600,"
            " 'completed')"
        )

    with closing(connect(db_path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [kept] = sessions(db_path)
    assert (kept["routine"], kept["status"]) == ("low-back", "completed")


def test_a_version_3_history_is_migrated_and_its_next_safety_check_is_the_full_one(
    db_path: Path,
) -> None:
    db_path.parent.mkdir(parents=True)
    yesterday = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as old:
        for migration in MIGRATIONS[:3]:
            migration(old)
        old.execute("PRAGMA user_version = 3")
        old.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds,"
            " status) VALUES ('sample', 'Sample', 'en', ?, 600, 'completed')",
            (yesterday,),
        )
        old.execute(
            "INSERT INTO screens (session_id, taken_at, kind, result)"
            " VALUES (1, ?, 'full', 'clear')",
            (yesterday,),
        )

    # A full check passed yesterday, but it named no area: the first check asks everything,
    # the histories included.
    session = Session(db_path.parent, [*CLEAR, "2", "2", "y", "2"])

    assert session.run() == 0
    assert "Safety check before you start" in session.output
    assert "Has any of these ever applied to you?" in session.output
    assert session.lines.lines == []
    with closing(connect(db_path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
        assert "safety_answers" in tables(db)
        kept = db.execute("SELECT kind, result, area FROM screens ORDER BY id").fetchall()
        assert [tuple(row) for row in kept] == [
            ("full", "clear", None),
            ("full", "clear", "general"),
        ]


def test_connecting_twice_migrates_once(db_path: Path) -> None:
    with closing(connect(db_path)), closing(connect(db_path)) as second:
        assert second.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def newer_database(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as future:
        future.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, shape TEXT)")
        future.execute("INSERT INTO sessions (shape) VALUES ('from the future')")
        future.execute("PRAGMA user_version = 99")
        future.commit()
    return path.read_bytes()


def test_a_database_from_a_newer_selfcare_is_refused_and_left_unchanged(db_path: Path) -> None:
    before = newer_database(db_path)

    with pytest.raises(HistoryError) as refused:
        connect(db_path)

    assert "newer selfcare" in refused.value.message
    assert "99" in refused.value.message
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_session_with_a_newer_database_warns_runs_and_leaves_the_file_alone(
    db_path: Path,
) -> None:
    before = newer_database(db_path)
    session = Session(db_path.parent, yes=True)

    assert session.run() == 0
    assert "this session will not be recorded" in session.output
    assert "newer selfcare" in session.output
    assert "Session complete" in session.output
    assert db_path.read_bytes() == before


def test_a_corrupt_file_gives_a_warning_the_session_runs_and_the_file_is_kept(
    db_path: Path,
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage")
    session = Session(db_path.parent, [*CLEAR, "2", "2", "y", "2"])

    assert session.run() == 0
    assert "this session will not be recorded" in session.output
    assert "Session complete" in session.output
    assert db_path.read_bytes() == b"garbage"


def test_a_home_that_is_a_file_gives_a_warning_and_the_session_runs(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    session = Session(home, yes=True)

    assert session.run() == 0
    assert "this session will not be recorded" in session.output
    assert home.read_text(encoding="utf-8") == "not a folder"


def test_a_session_ended_early_unrecorded_does_not_claim_it_was_saved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    session = Session(home, [*CLEAR, "2", "2", "y", "y", ""], keys=[(12, "q")])

    session.run()

    assert "Session ended early." in session.output
    assert "what you did is saved" not in session.output


# --- writing as the session goes -------------------------------------------------------------


def test_each_step_is_on_disk_as_soon_as_it_is_written(
    db: sqlite3.Connection, db_path: Path
) -> None:
    record = start(db)
    step(record, 0, "drawing-in")

    [running] = sessions(db_path)  # read by another connection, before the session ends
    assert running["status"] == "running"
    assert running["steps_completed"] == 1


def test_two_sessions_writing_at_once_are_both_recorded(db_path: Path) -> None:
    with closing(connect(db_path)) as first_db, closing(connect(db_path)) as second_db:
        first = start(first_db, "low-back")
        second = start(second_db, "low-back-quick")
        step(first, 0, "slow-breathing")
        step(second, 0, "slow-breathing")
        first.pain(PainMoment.BEFORE, 2)
        step(second, 1, "drawing-in")
        second.pain(PainMoment.BEFORE, 4)
        step(first, 1, "drawing-in")
        step(first, 2, "bridge")
        second.finish(Ending.ABORTED, StopReason.QUIT)
        first.finish(Ending.COMPLETED, None)

    recorded = {s["routine"]: s for s in sessions(db_path)}
    assert set(recorded) == {"low-back", "low-back-quick"}
    first_row, second_row = recorded["low-back"], recorded["low-back-quick"]
    assert (first_row["status"], first_row["steps_completed"], first_row["pain_before"]) == (
        "completed",
        3,
        2,
    )
    assert (second_row["status"], second_row["steps_completed"], second_row["pain_before"]) == (
        "aborted",
        2,
        4,
    )


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_close_abandoned_marks_sessions_of_dead_processes_aborted(
    db: sqlite3.Connection, db_path: Path
) -> None:
    killed = start(db, "killed")
    alive = start(db, "alive")
    done = start(db, "done")
    done.finish(Ending.COMPLETED, None)
    step(killed, 0, "drawing-in")
    pid = dead_pid()
    for record in (killed, done):
        db.execute("UPDATE sessions SET pid = ? WHERE id = ?", (pid, record.session_id))

    close_abandoned(db)

    by_routine = {s["routine"]: s for s in sessions(db_path)}
    assert (by_routine["killed"]["status"], by_routine["killed"]["stop_reason"]) == (
        "aborted",
        "killed",
    )
    assert by_routine["killed"]["steps_completed"] == 1  # its finished steps are kept
    assert by_routine["alive"]["status"] == "running"  # this process is still running it
    assert by_routine["done"]["status"] == "completed"
    assert alive.session_id != killed.session_id


def test_the_next_session_closes_one_that_was_killed(db: sqlite3.Connection, db_path: Path) -> None:
    killed = start(db, "killed")
    db.execute("UPDATE sessions SET pid = ? WHERE id = ?", (dead_pid(), killed.session_id))

    start(db, "next")

    by_routine = {s["routine"]: s for s in sessions(db_path)}
    assert by_routine["killed"]["status"] == "aborted"
    assert by_routine["next"]["status"] == "running"


# --- the export's parts ------------------------------------------------------------------------


def test_the_export_reads_every_part_of_a_session_under_it(
    db: sqlite3.Connection, db_path: Path
) -> None:
    other = start(db, "other")
    step(other, 0, "clamshell")
    record = start(db)
    record.now = lambda: datetime(2026, 3, 2, 7, 29, 30, tzinfo=UTC)
    record.screen(ScreenKind.FULL, ScreenResult.CLEAR, "low-back")
    record.step(StepResult(0, "bird-dog", PhaseKind.STABILIZE, StepStatus.DONE, None, 20.0, 2))
    db.execute(
        "INSERT INTO level_changes (session_id, routine, step, level, changed_at)"
        " VALUES (?, 'low-back', 'bird-dog', 2, '2026-03-02T07:30:00+00:00')",
        (record.session_id,),
    )
    db.execute(
        "INSERT INTO cards_seen (session_id, routine, card, seen_at)"
        " VALUES (?, 'low-back', 'walking', '2026-03-02T07:31:00+00:00')",
        (record.session_id,),
    )

    [exported] = [s for s in sessions(db_path) if s["routine"] == "low-back"]

    assert exported["steps"] == [
        {
            "step_index": 0,
            "step": "bird-dog",
            "phase": "stabilize",
            "status": "done",
            "reason": None,
            "seconds": 20.0,
            "level": 2,
            "ended_at": "2026-03-02T07:29:30+00:00",
            "side": None,
        }
    ]
    screens = exported["screens"]
    assert isinstance(screens, list)
    assert [(screen["kind"], screen["result"]) for screen in screens] == [("full", "clear")]
    assert exported["level_changes"] == [
        {
            "routine": "low-back",
            "step": "bird-dog",
            "level": 2,
            "changed_at": "2026-03-02T07:30:00+00:00",
        }
    ]
    assert exported["cards_seen"] == [
        {"routine": "low-back", "card": "walking", "seen_at": "2026-03-02T07:31:00+00:00"}
    ]


def test_a_session_with_no_parts_exports_empty_lists(db: sqlite3.Connection, db_path: Path) -> None:
    start(db)

    [exported] = sessions(db_path)

    assert [exported[part] for part in PART_FIELDS] == [[], [], [], [], []]


def test_without_its_parts_a_session_has_none_and_the_csv_columns_leave_them_out(
    db: sqlite3.Connection,
) -> None:
    step(start(db), 0, "drawing-in")

    [row] = query_sessions(db)

    assert (row.steps, row.screens, row.level_changes, row.cards_seen) == (None, None, None, None)
    assert not set(PART_FIELDS) & set(row.as_dict())
    assert not set(PART_FIELDS) & set(SESSION_FIELDS)
    assert "uid" in SESSION_FIELDS


def test_each_step_is_recorded_with_the_sides_it_worked(tmp_path: Path) -> None:
    assert Session(tmp_path, yes=True).run() == 0

    with closing(sqlite3.connect(database_path(tmp_path))) as db:
        sides = dict(db.execute("SELECT step, side FROM steps").fetchall())
    assert sides["knee-hug"] == "both"  # `each_side: true`, left then right
    assert sides["drawing-in"] is None  # a step without sides


def test_parts_read_for_a_few_sessions_or_for_many_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selfcare.history import session_parts

    for _ in range(3):
        assert Session(tmp_path, yes=True).run() == 0
    with closing(connect(database_path(tmp_path))) as db:
        picked = session_parts.parts_of(db, {1, 3})
        monkeypatch.setattr(session_parts, "FEW_SESSIONS", 0)  # one pass over every table
        scanned = session_parts.parts_of(db, {1, 3})

    assert picked == scanned
    assert set(picked) == {1, 3}
    assert all(parts.steps and parts.screens for parts in picked.values())
