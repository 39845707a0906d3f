"""The history busy or full mid-session: the countdown never waits for it, the screen says so at
once, every write is made when the history is free again, and the end status is kept.

The lock is real (another connection, or another program for 12 s). The full disk is real where
root may mount a small tmpfs (Linux); the in-process test simulates it with a connection whose
writes fail as SQLite's do on a full disk, so it runs everywhere.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import RoutineWriter
from fakes import RecordingView
from fault_tools import fill, timed_session
from guided_session import Session
from selfcare.history import record as record_module
from selfcare.history.record import SessionRecord, opener
from selfcare.history.store import connect
from selfcare.paths import database_path
from selfcare.session.outcomes import Interrupted, StepResult, StopReason

pytestmark = pytest.mark.timeout(90)

STEPS = ["drawing-in", "knee-hug", "breathing"]


class LockingView(RecordingView):
    """As step `take` ends, another program takes the history's write lock; as step `give`
    ends (if any), it lets go."""

    def __init__(self, session: Session, path: Path, take: int, give: int | None) -> None:
        super().__init__(session.clock)
        self.path, self.take, self.give = path, take, give
        self.blocker: sqlite3.Connection | None = None

    def step_ended(self, result: StepResult) -> None:
        super().step_ended(result)
        if len(self.results) == self.take:
            self.blocker = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.blocker.execute("BEGIN IMMEDIATE")
        if len(self.results) == self.give:
            self.let_go()

    def let_go(self) -> None:
        if self.blocker is not None:
            self.blocker.execute("ROLLBACK")
            self.blocker.close()
            self.blocker = None


def locked_session(home: Path, take: int, give: int | None) -> tuple[Session, LockingView]:
    session = Session(home, yes=True, view="recording")
    view = LockingView(session, database_path(home), take, give)
    session.session.view = view
    return session, view


def recorded_steps(home: Path) -> tuple[str, list[str]]:
    db = connect(database_path(home))
    try:
        status = db.execute("SELECT status FROM sessions").fetchone()[0]
        steps = [row[0] for row in db.execute("SELECT step FROM steps ORDER BY id")]
    finally:
        db.close()
    return status, steps


def timed_steps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """How long, in real seconds, each write of a finished step held the countdown up."""
    took: list[float] = []
    write = SessionRecord.step

    def timed(self: SessionRecord, result: StepResult) -> None:
        started = time.monotonic()
        write(self, result)
        took.append(time.monotonic() - started)

    monkeypatch.setattr(SessionRecord, "step", timed)
    return took


def test_a_lock_mid_session_delays_writes_without_stopping_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    took = timed_steps(monkeypatch)
    session, view = locked_session(tmp_path, take=1, give=2)

    assert session.run() == 0

    assert max(took) < 0.2  # the countdown went on
    assert view.log.index("recording delayed") < view.log.index("recording caught up")
    assert recorded_steps(tmp_path) == ("completed", STEPS)
    assert "could not be saved" not in session.output


def test_a_lock_still_held_at_the_end_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, view = locked_session(tmp_path, take=1, give=None)
    releasing = threading.Timer(1.0, view.let_go)

    def let_go_soon(result: StepResult) -> None:
        if len(view.results) == len(STEPS) and not releasing.is_alive():
            releasing.start()  # after the end began: the end must wait for it

    monkeypatch.setattr(view, "step_ended", _then(view.step_ended, let_go_soon))

    assert session.run() == 0

    releasing.join()
    assert recorded_steps(tmp_path) == ("completed", STEPS)
    assert "could not be saved" not in session.output


def test_a_lock_never_let_go_says_what_was_lost_and_keeps_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_module, "END_WAIT_SECONDS", 0.5)
    session, view = locked_session(tmp_path, take=2, give=None)

    try:
        assert session.run() == 0
    finally:
        view.let_go()

    # the other two steps, the loosening outcome and the end status
    assert "the last 4 entries of this session could not be saved" in session.output
    assert "database is locked" in session.output
    assert recorded_steps(tmp_path) == ("running", STEPS[:1])  # what came before is kept


class FullDisk:
    """A connection whose writes fail as on a full disk until `space` is set."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.space = False

    def execute(self, sql: str, values: object = ()) -> sqlite3.Cursor:
        if not self.space and sql.lstrip().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, values)  # type: ignore[arg-type]

    def close(self) -> None:
        self.db.close()


def test_a_full_disk_mid_session_is_said_at_once_and_caught_up_when_space_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session(tmp_path, yes=True, view="recording")
    view = session.recording
    full: list[FullDisk] = []

    def fill_after_first_step(result: StepResult) -> None:
        record = session.session.record
        assert isinstance(record, SessionRecord)
        if len(view.results) == 1:
            full.append(FullDisk(record.db))
            record.db = full[0]  # type: ignore[assignment]
        if len(view.results) == 2:
            full[0].space = True

    monkeypatch.setattr(view, "step_ended", _then(view.step_ended, fill_after_first_step))

    assert session.run() == 0

    assert "recording delayed" in view.log
    assert recorded_steps(tmp_path) == ("completed", STEPS)


def _then(
    first: Callable[[StepResult], None], second: Callable[[StepResult], None]
) -> Callable[[StepResult], None]:
    def both(result: StepResult) -> None:
        first(result)
        second(result)

    return both


# --- for real: a separate program holds the lock for 12 s while a session runs -------------

TIMED_STEPS = 6
STEP_SECONDS = 3.0  # a second's lead-in and a 2 s hold


def test_a_lock_held_12_seconds_leaves_the_countdown_on_time_and_the_record_whole(
    tmp_path: Path, write_routine: RoutineWriter
) -> None:
    home = tmp_path / "home"
    process = timed_session(write_routine, home, TIMED_STEPS)
    assert process.stdout is not None
    done_at: list[float] = []
    lines: list[str] = []
    locker = threading.Thread(target=_hold_lock, args=(database_path(home), 12.0))
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Done: "):
            done_at.append(time.monotonic())
            if not locker.is_alive() and len(done_at) == 1:
                locker.start()  # from the first step's end: five steps (15 s) to go
    assert process.wait(timeout=60) == 0
    locker.join()

    gaps = [later - earlier for earlier, later in pairwise(done_at)]
    assert len(done_at) == TIMED_STEPS
    assert all(abs(gap - STEP_SECONDS) < 0.2 for gap in gaps), gaps
    assert any(line.startswith("Recording is delayed") for line in lines), "".join(lines)
    assert recorded_steps(home) == ("completed", [f"s{n}" for n in range(TIMED_STEPS)])


def _hold_lock(path: Path, seconds: float) -> None:
    """Hold the history's write lock as another program would."""
    blocker = sqlite3.connect(path, isolation_level=None, timeout=5)
    blocker.execute("BEGIN EXCLUSIVE")
    time.sleep(seconds)
    blocker.execute("COMMIT")
    blocker.close()


def test_a_really_full_disk_mid_session_delays_recording_until_space_returns(
    small_disk: Path, write_routine: RoutineWriter
) -> None:
    home = small_disk / "home"
    process = timed_session(write_routine, home, TIMED_STEPS, speed=4)
    assert process.stdout is not None
    lines: list[str] = []
    done = 0
    filler: Path | None = None
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Done: "):
            done += 1
            if done == 1:
                filler = fill(small_disk)
            if done == 4 and filler is not None:
                filler.unlink()  # space again: the waiting writes go in
    assert process.wait(timeout=60) == 0

    assert any(line.startswith("Recording is delayed") for line in lines), "".join(lines)
    assert "could not be saved" not in "".join(lines)
    assert recorded_steps(home) == ("completed", [f"s{n}" for n in range(TIMED_STEPS)])


# --- signals and answers around the waiting writes ------------------------------------------


def opened(home: Path) -> SessionRecord:
    from selfcare.routine.model import Routine

    return opener(home)(Routine("sample", "Sample", ()), 60, 1, lambda delay: None)


def test_a_signal_just_after_a_write_never_has_it_made_twice(tmp_path: Path) -> None:
    def ending(number: int, frame: object) -> None:
        raise Interrupted(StopReason.SIGTERM)

    previous = signal.signal(signal.SIGTERM, ending)
    record = opened(tmp_path)
    try:

        def write_then_signalled() -> None:
            record.db.execute(
                "UPDATE sessions SET pain_before = 3 WHERE id = ?", (record.session_id,)
            )
            os.kill(os.getpid(), signal.SIGTERM)  # as SQLite returns, before the write is noted

        with pytest.raises(Interrupted):
            record._guarded(write_then_signalled)

        assert record.waiting == []  # noted as made: the next write does not make it again
    finally:
        signal.signal(signal.SIGTERM, previous)
        record.close()


def test_an_answer_before_the_first_step_waits_for_a_lock(tmp_path: Path) -> None:
    record = opened(tmp_path)
    blocker = sqlite3.connect(
        database_path(tmp_path), isolation_level=None, check_same_thread=False
    )
    blocker.execute("BEGIN IMMEDIATE")
    releasing = threading.Timer(0.5, lambda: blocker.execute("ROLLBACK"))
    releasing.start()
    try:
        record.change_level("sample", "drawing-in", 2)  # not "database is locked" after 50 ms
    finally:
        releasing.join()
        blocker.close()
        record.close()

    db = connect(database_path(tmp_path))
    try:
        changes = db.execute("SELECT step, level FROM level_changes").fetchall()
        assert [tuple(change) for change in changes] == [("drawing-in", 2)]
    finally:
        db.close()


def test_ctrl_c_while_the_end_waits_for_a_lock_stops_the_wait_and_says_what_was_lost(
    tmp_path: Path, write_routine: RoutineWriter
) -> None:
    home = tmp_path / "home"
    process = timed_session(write_routine, home, 3, speed=4)
    assert process.stdout is not None
    locker = threading.Thread(target=_hold_lock, args=(database_path(home), 20.0))
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Done: ") and not locker.is_alive():
            locker.start()
        if line.startswith("Saving this session"):
            interrupted_at = time.monotonic()
            process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    waited = time.monotonic() - interrupted_at
    locker.join()

    output = "".join(lines)
    assert waited < 3, output
    assert output.count("Saving this session") == 1
    assert "could not be saved" in output
    assert "Session complete" in output  # the summary is still said
