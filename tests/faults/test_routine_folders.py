"""Routine folders and files selfcare cannot use as they are: folders it may not read, file
names that are not UTF-8 or hold a newline, a home that is a file, a disk that is read-only or
full, an --out folder that is not there, an index entry from another version. Each is one
clear line and exit code 1 (or a one-line warning where the rest still works), never a
traceback, and no half-written file is left behind.

Tests run as root here, where chmod 000 stops nothing, so an unreadable folder is simulated
in-process: `lock` makes the os calls selfcare's code goes through (stat, listdir, scandir,
open, mkdir) fail with EACCES for the folder's contents, as the kernel does for a user who
may not read it. The same cases were checked by hand as user `nobody` with real chmod 000.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from conftest import SAMPLE_ROUTINE, Cli, RoutineWriter
from selfcare.routine.fields import json_schema

pytestmark = pytest.mark.timeout(60)

QUICK_START = ("start", "low-back-quick", "--yes", "--no-sound", "--speed", "1000")


def selfcare(home: Path, *args: str, **options: object) -> subprocess.CompletedProcess[str]:
    """`selfcare ARGS` in a process of its own, its output strictly UTF-8 as on most systems."""
    env = {**os.environ, "SELFCARE_HOME": str(home), "SELFCARE_LANG": "en"}
    env["PYTHONIOENCODING"] = "utf-8"  # strict: an unencodable name raises, as in a terminal
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "selfcare", *args],
        env=env,
        text=True,
        errors="replace",
        timeout=60,
        check=False,
        **streams,
    )


def assert_one_clear_line(result: Result, code: int = 1) -> str:
    """No traceback, the exit code, and one line on stderr: returns it."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "[Errno" not in result.stderr
    return lines[0]


def assert_clean(result: Result, code: int = 0) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, result.output


# --- Folders that may not be read -----------------------------------------------------------


def lock(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """Make `folders` behave as after `chmod 000`, for a user who does not own them: each can
    be looked at itself, but not listed, and nothing inside it can be looked at, opened or made."""
    roots = [folder.absolute() for folder in folders]

    def locked(path: object, *, listing: bool) -> bool:
        if isinstance(path, int):  # a file descriptor, already open
            return False
        asked = Path(os.fsdecode(os.fspath(path))).absolute()  # type: ignore[call-overload]
        return any(root in asked.parents or (listing and asked == root) for root in roots)

    def guard(function: Callable[..., Any], *, listing: bool = False) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            path = args[0] if args else "."
            if locked(path, listing=listing):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
            return function(*args, **kwargs)

        return guarded

    for name in ("stat", "lstat", "open", "mkdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    for name in ("listdir", "scandir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name), listing=True))
    monkeypatch.setattr(io, "open", guard(io.open))  # pathlib's Path.open
    monkeypatch.setattr(builtins, "open", guard(builtins.open))


def test_the_simulated_lock_refuses_what_chmod_000_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.yaml").write_text("x", "utf-8")
    lock(monkeypatch, folder)

    assert folder.is_dir()  # the folder itself can be looked at, from its parent
    for attempt in (
        lambda: list(folder.iterdir()),
        (folder / "a.yaml").stat,
        (folder / "a.yaml").read_text,
        (folder / "b").mkdir,
        lambda: next(os.scandir(folder)),
    ):
        with pytest.raises(PermissionError):
            attempt()


@pytest.fixture
def user_folder(selfcare_home: Path) -> Path:
    """The user's routine folder, holding a routine the tests never get to read."""
    folder = selfcare_home / "routines"
    folder.mkdir(parents=True)
    (folder / "sample.yaml").write_text(SAMPLE_ROUTINE, "utf-8")
    return folder


COMMANDS_ON_BUILT_INS = [
    ("list",),
    ("list", "--json"),
    ("show", "low-back", "--plain"),
    ("show", "low-back", "--json"),
    ("export", "low-back", "--out", "-"),
    QUICK_START,
]
COMMAND_IDS = ["list", "list-json", "show", "show-json", "export", "start"]


@pytest.mark.parametrize("args", COMMANDS_ON_BUILT_INS, ids=COMMAND_IDS)
def test_an_unreadable_user_folder_is_skipped_with_a_one_line_warning(
    cli: Cli, user_folder: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    lock(monkeypatch, user_folder)

    result = cli(*args)

    assert_clean(result)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert warnings == [f"Warning: skipped the routine folder {user_folder}: Permission denied"], (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    if args[0] == "list":
        assert "low-back" in result.stdout and "sample" not in result.stdout


@pytest.mark.parametrize("args", COMMANDS_ON_BUILT_INS, ids=COMMAND_IDS)
def test_built_ins_still_work_with_an_unreadable_home(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    selfcare_home.mkdir()
    lock(monkeypatch, selfcare_home)

    result = cli(*args)

    assert_clean(result)
    assert "Traceback" not in result.stderr
    assert f"skipped the routine folder {selfcare_home / 'routines'}" in result.stderr


def test_show_with_an_unreadable_home_shows_level_1_and_says_why(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    selfcare_home.mkdir()
    lock(monkeypatch, selfcare_home)

    result = cli("show", "low-back", "--plain")

    assert_clean(result)
    assert "Your levels could not be read" in result.stdout
    assert "Permission denied" in result.stdout


def test_history_with_an_unreadable_home_gives_no_traceback(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The history code is another engineer's: this only checks the outcome is no traceback.
    selfcare_home.mkdir()
    lock(monkeypatch, selfcare_home)

    result = cli("history")

    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr


def test_new_with_an_unreadable_home_says_which_folder_it_cannot_make(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    selfcare_home.mkdir()
    lock(monkeypatch, selfcare_home)

    result = cli("new", "my-back")

    line = assert_one_clear_line(result)
    routines = selfcare_home / "routines"
    assert line == f"Error: cannot make the folder {routines}: Permission denied"


def test_new_with_an_unreadable_user_folder_says_which_file_it_cannot_write(
    cli: Cli, user_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock(monkeypatch, user_folder)

    result = cli("new", "my-back")

    line = assert_one_clear_line(result)
    assert line == f"Error: cannot write {user_folder / 'my-back.yaml'}: Permission denied"


@pytest.mark.parametrize("how", ["SELFCARE_ROUTINES_PATH", "--routines-dir"])
@pytest.mark.parametrize("args", COMMANDS_ON_BUILT_INS, ids=COMMAND_IDS)
def test_an_unreadable_extra_folder_is_skipped_with_a_one_line_warning(
    cli: Cli,
    write_routine: RoutineWriter,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    how: str,
) -> None:
    folder = write_routine(SAMPLE_ROUTINE).parent
    lock(monkeypatch, folder)
    if how == "--routines-dir":
        result = cli(*args, "--routines-dir", folder)
    else:
        result = cli(*args, env={"SELFCARE_ROUTINES_PATH": str(folder)})

    assert_clean(result)
    assert f"Warning: skipped the routine folder {folder}: Permission denied" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_routines_dir_for_a_real_user_is_skipped_not_a_usage_error(
    cli: Cli, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_routine(SAMPLE_ROUTINE).parent
    lock(monkeypatch, folder)
    access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: path != folder and access(path, mode)
    )

    result = cli("show", "low-back", "--plain", "--routines-dir", folder)

    assert_clean(result)


def test_validate_an_unreadable_folder_says_it_cannot_be_read(
    cli: Cli, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_routine(SAMPLE_ROUTINE).parent
    lock(monkeypatch, folder)

    result = cli("validate", folder)

    assert_clean(result, 1)
    assert result.stdout.splitlines() == [
        f"{folder}:1:1: error[unreadable] cannot read the folder: Permission denied",
        "0 file(s) checked: 1 error(s), 0 warning(s)",
    ]


def test_validate_a_file_in_an_unreadable_folder_says_so_not_that_it_is_missing(
    cli: Cli, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_routine(SAMPLE_ROUTINE)
    lock(monkeypatch, path.parent)

    result = cli("validate", path)

    assert_clean(result, 1)
    first = result.stdout.splitlines()[0]
    assert first == f"{path}:1:1: error[unreadable] cannot read the file: Permission denied"


@pytest.mark.parametrize("command", ["show", "start", "export"])
def test_a_routine_path_in_an_unreadable_folder_is_one_clear_line(
    cli: Cli, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    path = write_routine(SAMPLE_ROUTINE)
    lock(monkeypatch, path.parent)

    result = cli(command, path)

    assert assert_one_clear_line(result) == f"Error: cannot read {path}: Permission denied"


def test_export_into_an_unreadable_folder_is_one_clear_line(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()
    lock(monkeypatch, folder)

    result = cli("export", "low-back", "--out", folder / "low-back.html")

    line = assert_one_clear_line(result)
    assert line == f"Error: cannot write {folder / 'low-back.html'}: Permission denied"


# --- File names that are not UTF-8, or hold a newline ----------------------------------------


@pytest.fixture
def odd_names(tmp_path: Path) -> Path:
    """A routine folder with a valid routine and two files whose names are trouble to print."""
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "sample.yaml").write_text(SAMPLE_ROUTINE, "utf-8")
    try:
        for name in (b"bad\xff.yaml", b"new\nline.yaml"):
            (folder / os.fsdecode(name)).write_text("x: 1\n", "utf-8")
    except OSError:  # a file system that only takes UTF-8 names (macOS)
        pytest.skip("this file system refuses such names")
    return folder


def test_list_shows_odd_file_names_escaped_on_one_line(cli: Cli, odd_names: Path) -> None:
    result = cli("list", "--routines-dir", odd_names)

    assert_clean(result)
    rows = [line for line in result.stdout.splitlines() if line.startswith("│ ")]
    assert any(row.startswith("│ bad\\xff ") for row in rows), result.stdout
    assert any(row.startswith("│ new\\nline ") for row in rows), result.stdout
    assert not any(row.startswith("│ line") for row in rows)  # not split over two rows


def test_list_json_gives_odd_file_names_as_valid_printable_json(cli: Cli, odd_names: Path) -> None:
    result = cli("list", "--json", "--routines-dir", odd_names)

    assert_clean(result)
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["bad\\xff"]["path"] == f"{odd_names}/bad\\xff.yaml"
    assert rows["new\nline"]["path"] == f"{odd_names}/new\nline.yaml"  # JSON carries a newline
    assert not rows["bad\\xff"]["valid"]


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_validate_a_folder_with_odd_file_names_gives_one_line_per_problem(
    selfcare_home: Path, odd_names: Path, json_output: bool
) -> None:
    result = selfcare(selfcare_home, "validate", str(odd_names), *["--json"] * json_output)

    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    if json_output:
        paths = {problem["path"] for problem in json.loads(result.stdout)}
        assert paths == {f"{odd_names}/bad\\xff.yaml", f"{odd_names}/new\nline.yaml"}
        return
    *problems, summary = result.stdout.splitlines()
    assert summary.startswith("3 file(s) checked:")
    for line in problems:  # each problem on its own line, starting with its file
        assert line.startswith(f"{odd_names}/"), line
    assert {line.split(":")[0] for line in problems} == {
        f"{odd_names}/bad\\xff.yaml",
        f"{odd_names}/new\\nline.yaml",
    }


def test_show_an_odd_file_name_by_its_path_is_escaped_in_the_error(
    cli: Cli, odd_names: Path
) -> None:
    result = cli("show", odd_names / os.fsdecode(b"bad\xff.yaml"))

    assert_clean(result, 1)
    assert result.stderr.splitlines()[-1].startswith(f"Error: {odd_names}/bad\\xff.yaml is not")


# --- A home that is a file, a read-only or full disk -----------------------------------------


def test_new_with_a_home_that_is_a_file_names_it(cli: Cli, selfcare_home: Path) -> None:
    selfcare_home.write_text("not a folder", "utf-8")

    result = cli("new", "my-back")

    line = assert_one_clear_line(result)
    home = selfcare_home
    routines = home / "routines"
    assert line == f"Error: cannot make the folder {routines}: {home} is a file, not a folder"


def test_list_with_a_home_that_is_a_file_lists_the_built_ins(cli: Cli, selfcare_home: Path) -> None:
    selfcare_home.write_text("not a folder", "utf-8")

    result = cli("list", "--json")

    assert_clean(result)
    assert "low-back" in {row["id"] for row in json.loads(result.stdout)}


def fill_leaving(disk: Path, room: int) -> None:
    """Take every free byte of `disk` but `room` (rounded up to whole blocks)."""
    status = os.statvfs(disk)
    block = status.f_frsize
    keep = -(-room // block) * block
    with (disk / "filler").open("wb") as filler:
        filler.write(b"\0" * (status.f_bavail * block - keep))


def files_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


SCHEMA = json.dumps(json_schema(), indent=2, ensure_ascii=False).encode()


def test_new_on_a_read_only_disk_says_so_and_writes_nothing(cli: Cli, small_disk: Path) -> None:
    home = small_disk / "home"
    home.mkdir()
    remount = ["mount", "-o", "remount,ro", str(small_disk)]
    subprocess.run(remount, capture_output=True, check=True)

    result = cli("new", "my-back", env={"SELFCARE_HOME": str(home)})

    line = assert_one_clear_line(result)
    assert line == f"Error: cannot make the folder {home / 'routines'}: Read-only file system"
    assert files_in(small_disk) == ["home"]


def test_new_on_a_full_disk_leaves_no_empty_schema(cli: Cli, small_disk: Path) -> None:
    home = small_disk / "home"
    (home / "routines").mkdir(parents=True)
    fill_leaving(small_disk, 0)

    result = cli("new", "my-back", env={"SELFCARE_HOME": str(home)})

    line = assert_one_clear_line(result)
    schema = home / "routines" / "routine.schema.json"  # beside the routine
    assert line == f"Error: cannot write {schema}: No space left on device"
    assert files_in(small_disk) == ["filler", "home", "home/routines"]


def test_new_on_a_disk_full_after_the_schema_leaves_no_partial_starter(
    cli: Cli, small_disk: Path
) -> None:
    home = small_disk / "home"
    (home / "routines").mkdir(parents=True)
    fill_leaving(small_disk, len(SCHEMA))  # room for the schema, none for the starter

    result = cli("new", "my-back", env={"SELFCARE_HOME": str(home)})

    line = assert_one_clear_line(result)
    starter = home / "routines" / "my-back.yaml"
    assert line == f"Error: cannot write {starter}: No space left on device"
    schema = home / "routines" / "routine.schema.json"  # beside the routine
    assert files_in(small_disk) == [
        "filler",
        "home",
        "home/routines",
        str(schema.relative_to(small_disk)),
    ]
    assert schema.read_bytes() == SCHEMA  # whole, not cut short


def test_new_whose_starter_cannot_be_finished_removes_it(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same, simulated where no file system can be mounted: the write fails after the
    # file was created, as ENOSPC on a full disk does.
    real_open = Path.open

    class FullDisk:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exception: object) -> None:
            self.handle.close()

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def full_disk_open(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(path, mode, *args, **kwargs)
        return FullDisk(handle) if mode == "x" else handle  # the file is made, then fails

    monkeypatch.setattr(Path, "open", full_disk_open)

    result = cli("new", "my-back")

    line = assert_one_clear_line(result)
    starter = selfcare_home / "routines" / "my-back.yaml"
    assert line == f"Error: cannot write {starter}: No space left on device"
    assert not starter.exists()


# --- export --out a folder -------------------------------------------------------------------


def test_export_out_a_missing_folder_is_refused_not_written_as_a_file(
    cli: Cli, tmp_path: Path
) -> None:
    missing = tmp_path / "handouts"

    result = cli("export", "low-back", "--out", f"{missing}/")

    line = assert_one_clear_line(result)
    assert line == (
        f"Error: there is no folder {missing}: make it first, or give a file name ending in .html"
    )
    assert not missing.exists()


def test_export_out_an_existing_folder_writes_the_handout_inside(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()

    result = cli("export", "low-back", "--format", "md", "--out", f"{folder}/")

    assert_clean(result)
    assert (folder / "low-back-en.md").is_file()
    assert result.stdout.splitlines()[0] == f"Wrote {folder / 'low-back-en.md'}"


# --- The routine index: a cache, so a bad entry is read again --------------------------------


def test_an_index_entry_from_another_version_is_read_again_from_the_file(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    broken = write_routine(SAMPLE_ROUTINE.replace("id: sample", "id: 5"))
    assert_clean(cli("list", "--routines-dir", broken.parent))
    index = selfcare_home / "cache" / "routine-index.json"
    data = json.loads(index.read_text("utf-8"))
    key = str(broken.resolve())
    stale = {"valid": "yes", "title": "Stale", "total_seconds": 60, "phases": ["stabilize"]}
    data["entries"][key] = {**data["entries"][key], **stale}  # the fingerprint still matches
    index.write_text(json.dumps(data), "utf-8")

    result = cli("list", "--json", "--routines-dir", broken.parent)

    assert_clean(result)
    row = next(row for row in json.loads(result.stdout) if row["id"] == "sample")
    assert row["valid"] is False and row["title"] is None
