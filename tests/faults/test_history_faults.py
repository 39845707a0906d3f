"""Faults of the history file: a damaged page, a process id used again, a disk that takes no
writes, a home or a file that is not what it should be. Each is one clear line (exit code 1
where it is an error), never a traceback, and the saved history is never changed by it.

The damaged files are real histories with garbage written over a page. The read-only and full
disks are real tmpfs mounts where this runs as root and may mount (skipped elsewhere); a
read-only home is also simulated everywhere, by making the usual (writable) open fail.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from conftest import Cli
from selfcare.history.abandoned import close_abandoned, process_tag
from selfcare.history.migrations import MIGRATIONS, migrate
from selfcare.history.record import begin_session
from selfcare.history.store import HistoryError, connect
from selfcare.paths import database_path
from selfcare.session.outcomes import Ending

pytestmark = pytest.mark.timeout(60)

STEPS = 4  # each recorded session's steps


def selfcare(home: Path, *args: str, **options: object) -> subprocess.CompletedProcess[str]:
    # Wide enough that no warning wraps: each message is checked as one line.
    env = {**os.environ, "SELFCARE_HOME": str(home), "SELFCARE_LANG": "en", "COLUMNS": "1000"}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "selfcare", *args],
        env=env,
        text=True,
        timeout=60,
        check=False,
        **streams,
    )


def add_sessions(db: sqlite3.Connection, count: int) -> None:
    for number in range(count):
        started = f"2026-11-{number + 1:02d}T07:00:00+00:00"
        ended = f"2026-11-{number + 1:02d}T07:10:00+00:00"
        session = db.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
            " planned_seconds, pain_before, pain_after, uid)"
            " VALUES ('low-back', 'Low back', 'en', ?, ?, 'completed', 600, 3, 2, ?)",
            (started, ended, f"{number + 1:032x}"),
        ).lastrowid
        db.executemany(
            "INSERT INTO steps (session_id, step_index, step, phase, status, seconds, ended_at)"
            " VALUES (?, ?, 'bird-dog', 'stabilize', 'done', 60, ?)",
            [(session, index, started) for index in range(STEPS)],
        )


def recorded(home: Path, count: int = 3) -> Path:
    """A history as selfcare writes it, with `count` sessions; every connection closed."""
    path = database_path(home)
    with closing(connect(path)) as db:
        add_sessions(db, count)
    return path


def version_4_history(home: Path, count: int = 3) -> Path:
    """A history as the previous selfcare left it (schema 4)."""
    path = database_path(home)
    home.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode = WAL")
        for migration in MIGRATIONS[:4]:
            migration(db)
        db.execute("PRAGMA user_version = 4")
        add_sessions(db, count)
    return path


def damage(path: Path, table: str) -> bytes:
    """Garbage over the first page of `table` in the file itself; the file's bytes after."""
    assert not path.with_name(path.name + "-wal").exists()  # every write is in the file
    with closing(sqlite3.connect(path)) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_schema WHERE name = ?"
        (page,) = db.execute(query, (table,)).fetchone()
    with path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\xde\xad" * (size // 2))
    return path.read_bytes()


def rows(path: Path, sql: str = "SELECT id, status, stop_reason FROM sessions") -> list[Any]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        return [tuple(row) for row in db.execute(sql)]


# --- a damaged page (item 7) -----------------------------------------------------------------


@pytest.mark.parametrize("old_schema", [False, True])
@pytest.mark.parametrize("args", [(), ("--json",), ("--csv", "--all")])
def test_history_of_a_damaged_file_names_it_says_what_to_do_and_leaves_it_as_it_was(
    tmp_path: Path, args: tuple[str, ...], old_schema: bool
) -> None:
    path = (version_4_history if old_schema else recorded)(tmp_path)
    before = damage(path, "sessions")

    result = selfcare(tmp_path, "history", *args)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert f"the history {path} is damaged" in line
    assert "selfcare left it untouched" in line
    assert "selfcare history import FILE" in line
    assert path.read_bytes() == before  # not migrated, not tidied: not a byte written
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_start_with_a_damaged_steps_table_warns_once_and_writes_no_running_session(
    tmp_path: Path,
) -> None:
    path = recorded(tmp_path)
    before = damage(path, "steps")

    result = selfcare(tmp_path, "start", "low-back-quick", "--yes", "--no-sound", "--speed", "1000")

    assert result.returncode == 0, result.stderr
    said = (result.stdout + result.stderr).splitlines()
    assert "Traceback" not in result.stderr
    [warning] = [line for line in said if "damaged" in line or "malformed" in line]  # once
    assert warning.startswith(
        f"Warning: this session will not be recorded: the history {path} is damaged ("
    )
    assert "Session complete" in result.stdout
    assert rows(path) == [(1, "completed", None), (2, "completed", None), (3, "completed", None)]
    assert path.read_bytes() == before


def test_a_session_is_not_begun_in_a_damaged_history(tmp_path: Path) -> None:
    path = recorded(tmp_path)
    damage(path, "screens")  # a table the session writes to only later
    db = connect(path)

    with closing(db), pytest.raises(HistoryError, match="is damaged"):
        begin_session(db, "low-back", "Low back", "en", 600.0, 1.0)

    assert len(rows(path)) == 3


@pytest.mark.parametrize("command", ["--morning", "import"])
def test_an_answer_or_an_import_is_not_written_into_a_damaged_history(
    tmp_path: Path, command: str
) -> None:
    source = database_path(tmp_path / "source")
    with closing(connect(source)) as db:  # a session of another computer, to import
        begin_session(db, "low-back", "Low back", "en", 600.0, 1.0).finish(Ending.COMPLETED, None)
    backup = tmp_path / "backup.json"
    backup.write_text(selfcare(source.parent, "history", "--json", "--all").stdout, "utf-8")
    path = recorded(tmp_path / "home")
    before = damage(path, "steps")
    args = ("--morning",) if command == "--morning" else ("import", str(backup))

    result = selfcare(path.parent, "history", *args, stdin=subprocess.DEVNULL)

    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert f"the history {path} is damaged" in line
    assert path.read_bytes() == before


# --- a process id used again (item 15) -------------------------------------------------------


@pytest.fixture
def db(selfcare_home: Path) -> Iterator[sqlite3.Connection]:
    """The history of this test's home, the one `cli` runs with."""
    with closing(connect(database_path(selfcare_home))) as connection:
        yield connection


def running(db: sqlite3.Connection, pid: object, tag: object) -> int:
    session = db.execute(
        "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds, pid,"
        " pid_start) VALUES ('low-back', 'Low back', 'en', '2026-11-30T07:00:00+00:00', 600,"
        " ?, ?)",
        (pid, tag),
    ).lastrowid
    assert session is not None
    return session


def status(db: sqlite3.Connection, session: int) -> tuple[Any, ...]:
    found = db.execute("SELECT status, stop_reason FROM sessions WHERE id = ?", (session,))
    return tuple(found.fetchone())


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def own_tag() -> str:
    tag = process_tag(os.getpid())
    if tag is None:
        pytest.skip("no /proc here: the process id alone is recorded")
    return tag


def test_begin_session_records_the_process_and_its_start(db: sqlite3.Connection) -> None:
    record = begin_session(db, "low-back", "Low back", "en", 600.0, 1.0)

    found = db.execute("SELECT pid, pid_start FROM sessions WHERE id = ?", (record.session_id,))
    assert tuple(found.fetchone()) == (os.getpid(), process_tag(os.getpid()))


@pytest.mark.parametrize("reuse", ["same boot, later start", "after a reboot"])
def test_a_session_whose_process_id_now_belongs_to_another_process_is_closed(
    db: sqlite3.Connection, reuse: str
) -> None:
    boot, started = own_tag().split(":")
    other = f"{boot}:{int(started) - 1}" if reuse.startswith("same") else f"another-boot:{started}"
    ours = running(db, os.getpid(), f"{boot}:{started}")
    reused = running(db, os.getpid(), other)
    untagged = running(db, os.getpid(), None)  # an older selfcare's: the id alone tells

    close_abandoned(db)

    assert status(db, reused) == ("aborted", "killed")
    assert status(db, ours) == ("running", None)
    assert status(db, untagged) == ("running", None)


def test_history_itself_closes_a_session_whose_process_died(
    cli: Cli, db: sqlite3.Connection
) -> None:
    killed = running(db, dead_pid(), "another-boot:1")

    result = cli("history", "--json", "--all")

    assert result.exit_code == 0, result.output
    [shown] = json.loads(result.stdout)
    assert (shown["status"], shown["stop_reason"]) == ("aborted", "killed")
    assert status(db, killed) == ("aborted", "killed")


def test_the_start_tag_stays_on_this_computer_exports_and_imports_leave_it_out(
    cli: Cli, db: sqlite3.Connection, tmp_path: Path
) -> None:
    record = begin_session(db, "low-back", "Low back", "en", 600.0, 1.0)
    record.finish(Ending.COMPLETED, None)
    exported = cli("history", "--json", "--all")
    assert exported.exit_code == 0, exported.output
    [session] = json.loads(exported.stdout)
    assert not {"pid", "pid_start"} & set(session)
    backup = tmp_path / "backup.json"
    backup.write_text(exported.stdout, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"

    imported = cli("history", "import", backup, env={"SELFCARE_HOME": str(elsewhere)})

    assert imported.exit_code == 0, imported.output
    sql = "SELECT status, pid, pid_start FROM sessions"
    assert rows(database_path(elsewhere), sql) == [("completed", None, None)]
    again = cli("history", "--json", "--all", env={"SELFCARE_HOME": str(elsewhere)})
    assert again.stdout == exported.stdout


def test_a_version_4_history_gains_the_start_column_and_keeps_its_running_session(
    tmp_path: Path,
) -> None:
    path = version_4_history(tmp_path, count=1)
    with closing(sqlite3.connect(path, isolation_level=None)) as old:
        old.execute("UPDATE sessions SET status = 'running', pid = ?", (os.getpid(),))

    with closing(connect(path)) as db:
        close_abandoned(db)  # its process (this one) runs: the id alone keeps it open
        assert rows(path, "SELECT status, pid_start FROM sessions") == [("running", None)]
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 7


# --- a disk that takes no writes (item 16) ---------------------------------------------------


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of 1 MB mounted for the test (root only; skipped where it cannot be)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    place = tmp_path / "mounted"
    place.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(place)]
    if subprocess.run(mount, capture_output=True, check=False).returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield place
    finally:
        subprocess.run(["umount", str(place)], check=False)


def remount_read_only(place: Path) -> None:
    remount = ["mount", "-o", "remount,ro", str(place)]
    if subprocess.run(remount, capture_output=True, check=False).returncode != 0:
        pytest.skip("a tmpfs cannot be made read-only here")


def filled(place: Path) -> None:
    with (
        (place / "filler").open("wb", buffering=0) as filler,
        pytest.raises(OSError, match="No space"),
    ):
        while True:
            filler.write(b"\0" * 4096)


def copied(home: Path, place: Path) -> Path:
    shutil.copytree(home, place / "home")
    return place / "home"


@pytest.mark.parametrize("build", [recorded, version_4_history])
@pytest.mark.parametrize("disk", ["read-only", "full"])
def test_history_on_a_disk_that_takes_no_writes_is_shown_whole(
    tmp_path: Path, tmpfs: Path, build: Callable[[Path], Path], disk: str
) -> None:
    build(tmp_path / "home")
    home = copied(tmp_path / "home", tmpfs)
    path = database_path(home)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # killed as it ran
        db.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds, pid)"
            " VALUES ('low-back', 'Low back', 'en', '2026-11-30T07:00:00+00:00', 600, ?)",
            (dead_pid(),),
        )
    before = path.read_bytes()
    if disk == "read-only":
        remount_read_only(tmpfs)
    else:
        filled(tmpfs)

    shown = selfcare(home, "history", "--json", "--all")
    viewed = selfcare(home, "history")

    assert shown.returncode == 0, shown.stderr
    assert viewed.returncode == 0, viewed.stderr
    assert shown.stderr == viewed.stderr == ""
    sessions = json.loads(shown.stdout)
    assert len(sessions) == 4
    # Closing the dead one is a write: the file keeps it running; an older file, read through a
    # migrated copy in memory, shows it closed.
    assert sessions[0]["status"] == ("running" if build is recorded else "aborted")
    assert "Recent sessions" in viewed.stdout
    assert path.read_bytes() == before


def test_a_wal_left_behind_on_a_read_only_disk_is_said_to_be_left_out(
    tmp_path: Path, tmpfs: Path
) -> None:
    path = recorded(tmp_path / "home")
    code = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        'db.execute("UPDATE sessions SET pain_after = 0")\n'
        "os._exit(9)  # killed: its WAL is never folded into the file\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    home = copied(tmp_path / "home", tmpfs)
    (home / "history.sqlite3-shm").unlink()
    remount_read_only(tmpfs)

    result = selfcare(home, "history", "--json")

    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3
    [note] = result.stderr.splitlines()
    assert note.startswith("Note: the disk takes no writes")
    assert f"{database_path(home)}-wal" in note


def test_history_is_shown_when_its_usual_writable_open_fails(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: a read-only home, where only a read-only (URI) open can work."""
    recorded(selfcare_home)
    real = sqlite3.connect

    def read_only_home(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if kwargs.get("uri") or database == ":memory:":
            opened: sqlite3.Connection = real(database, *args, **kwargs)
            return opened
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(sqlite3, "connect", read_only_home)

    result = cli("history", "--json")

    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3


# --- a home or a history that is not what it should be (item 17) ----------------------------


@pytest.mark.parametrize("args", [(), ("--json",), ("--morning",)])
def test_a_home_that_is_a_file_is_an_error_not_an_empty_history(
    cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    home = tmp_path / "home"
    home.write_text("notes", encoding="utf-8")

    result = cli("history", *args, env={"SELFCARE_HOME": str(home)})

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {home} is a file, not a folder, so the history cannot be kept in it (is "
        "SELFCARE_HOME set to a file?). The file was left untouched."
    ]
    assert home.read_text(encoding="utf-8") == "notes"


@pytest.mark.parametrize("args", [("history",), ("history", "--json"), ("start", "low-back")])
def test_a_history_that_links_to_dev_null_is_named_as_not_a_regular_file(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    path = database_path(tmp_path)
    path.symlink_to(os.devnull)

    session = ("--yes", "--speed", "1000", "--no-sound") if args[0] == "start" else ()

    result = selfcare(tmp_path, *args, *session)

    said = result.stdout + result.stderr
    assert "Traceback" not in said and "cannot rollback" not in said
    assert f"the history {path} is not a regular file" in said
    assert result.returncode == (0 if args[0] == "start" else 1)  # a session runs unrecorded
    assert path.is_symlink() and str(path.readlink()) == os.devnull


def test_a_migration_that_cannot_begin_reports_why_not_a_rollback_error(tmp_path: Path) -> None:
    path = version_4_history(tmp_path)
    with (
        closing(sqlite3.connect(path, isolation_level=None)) as holder,
        closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as db,
    ):
        holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock

        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            migrate(db, 4)
        holder.execute("ROLLBACK")
