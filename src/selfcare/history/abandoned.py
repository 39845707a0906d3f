"""Sessions whose process died without a word (kill -9, a power cut, a reboot): found and
closed as aborted, so none stays 'running' for ever.

A process id alone is not enough: after a reboot, or in time, another process is given it. On
Linux each session's row also keeps its process's start time and the boot's id.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from selfcare.history.store import check_intact, history_errors
from selfcare.session.outcomes import Ending, StopReason


def process_tag(pid: int) -> str | None:
    """What tells this process from a later one given the same id: on Linux the boot's id and
    the process's start time (field 22 of /proc/PID/stat); None elsewhere, or when it is gone."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    after_name = stat.rpartition(")")[2].split()  # the name may hold spaces and brackets
    return f"{boot}:{after_name[19]}" if len(after_name) > 19 else None  # field 3 is [0]


def _process_alive(pid: int) -> bool:
    """Whether a process runs with this id (POSIX: signal 0 only checks, it sends nothing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but belongs to someone else
        return True
    return True


def _still_running(pid: object, tag: object) -> bool:
    """Whether the session's own process still runs: not one given its id since (after it was
    killed, or after a reboot), when the session's row tells them apart."""
    if not isinstance(pid, int) or not _process_alive(pid):
        return False
    if tag is None:  # written without one (an older selfcare, or not Linux): the id alone
        return True
    now = process_tag(pid)
    return now is None or now == tag


def close_abandoned(db: sqlite3.Connection) -> None:
    """Mark sessions whose process died without a word (kill -9, power loss) as aborted."""
    with history_errors(db):
        rows = db.execute(
            "SELECT id, pid, pid_start FROM sessions WHERE status = ?", (Ending.RUNNING,)
        ).fetchall()
    dead = [row["id"] for row in rows if not _still_running(row["pid"], row["pid_start"])]
    if not dead:
        return
    check_intact(db)  # it writes: never into a damaged file
    with history_errors(db):
        db.executemany(  # one that ended meanwhile keeps its own ending
            "UPDATE sessions SET status = ?, stop_reason = ? WHERE id = ? AND status = ?",
            [(Ending.ABORTED, StopReason.KILLED, dead_id, Ending.RUNNING) for dead_id in dead],
        )
