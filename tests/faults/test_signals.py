"""Signals at any moment, one or two at once: never a traceback, never a session left 'running'."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from selfcare.paths import database_path

pytestmark = pytest.mark.timeout(180)

PAIRS = [
    (signal.SIGTERM, signal.SIGHUP),
    (signal.SIGHUP, signal.SIGTERM),
    (signal.SIGINT, signal.SIGINT),
    (signal.SIGTERM, signal.SIGTERM),
]


def started(home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "SELFCARE_HOME": str(home), "SELFCARE_LANG": "en"}
    args = ["start", "low-back-quick", "--yes", "--no-sound", "--speed", "20"]
    return subprocess.Popen(
        [sys.executable, "-m", "selfcare", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def statuses(home: Path) -> list[str]:
    path = database_path(home)
    if not path.exists():
        return []
    db = sqlite3.connect(path)
    try:
        return [status for (status,) in db.execute("SELECT status FROM sessions")]
    except sqlite3.OperationalError:  # ended before its tables were made
        return []
    finally:
        db.close()


def test_two_signals_at_once_at_random_moments_leave_no_traceback_and_no_running_session(
    tmp_path: Path,
) -> None:
    chance = random.Random(14)  # the same moments on every run
    for run in range(25):
        home = tmp_path / f"home-{run}"
        first, second = PAIRS[run % len(PAIRS)]
        process = started(home)
        time.sleep(chance.uniform(0.4, 2.5))  # from start-up to mid-session
        process.send_signal(first)
        process.send_signal(second)
        _, errors = process.communicate(timeout=30)

        assert "Traceback" not in errors, f"run {run} ({first.name}, {second.name}):\n{errors}"
        # a signal before selfcare could catch it ends the program as the system does
        # (or, once the record is closed, a late second signal may)
        assert process.returncode in (130, 1) or process.returncode < 0, (run, errors)
        assert "running" not in statuses(home), (run, first.name, second.name)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_while_the_history_is_opened_ends_the_program_cleanly_and_at_once(
    tmp_path: Path, number: signal.Signals
) -> None:
    home = tmp_path / "home"
    database_path(home).parent.mkdir(parents=True)
    # Another program holds the history's write lock: the start waits on it.
    blocker = sqlite3.connect(database_path(home), isolation_level=None)
    blocker.execute("PRAGMA journal_mode = WAL")
    blocker.execute("CREATE TABLE IF NOT EXISTS held (x)")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        process = started(home)
        time.sleep(2.0)  # imported, handlers installed, waiting for the lock
        sent = time.monotonic()
        process.send_signal(number)
        _, errors = process.communicate(timeout=30)
        waited = time.monotonic() - sent
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()

    assert "Traceback" not in errors, errors
    assert process.returncode == 130, errors
    assert waited < 3.0
    assert "running" not in statuses(home)
