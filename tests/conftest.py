"""Shared test setup: isolated user data, English by default, and helpers to run the CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

# Help texts are built when selfcare.cli is imported; make that English on any developer's machine.
os.environ["SELFCARE_LANG"] = "en"

from selfcare.cli import app
from selfcare.i18n import language as i18n
from selfcare.routine.text import Text, localize

REPO = Path(__file__).resolve().parents[1]
BUILTIN_ROUTINES = REPO / "routines"
pytest_plugins = ["fault_tools"]  # the small real disk the fault tests fill
MARK = "# <-"  # a test routine marks the line a diagnostic must point at with this comment

# A small valid routine (id "sample"); tests break it one edit at a time.
SAMPLE_ROUTINE = """\
format: selfcare/1
id: sample
title: Sample routine
fits:
  - Backs that get worse after stretching
cautions:
  - Stop if pain spreads down a leg
phases:
  - kind: stabilize
    why: Support first
    steps:
      - id: drawing-in
        name: Drawing-in
        position: On your back, knees bent
        cues:
          - Breathe out
          - Draw the lower belly in gently
        mistakes:
          - Holding the breath
        hold: 10
        reps: 10
        rest: 3
  - kind: loosen
    steps:
      - id: knee-to-chest
        name: Knee to chest
        hold: 20
        reps: 2
        rest: 3
        each_side: true
"""

LOCALE_VARIABLES = ("SELFCARE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
# Rich would colour or size its output by these; tests read plain text of a fixed width.
TERMINAL_VARIABLES = ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "LINES")


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own SELFCARE_HOME, no extra routine folders, English, 100 columns."""
    home = tmp_path / "selfcare-home"
    monkeypatch.setenv("SELFCARE_HOME", str(home))
    monkeypatch.delenv("SELFCARE_ROUTINES_PATH", raising=False)
    for name in LOCALE_VARIABLES + TERMINAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")
    i18n.set_language("en")
    yield home
    i18n.set_language("en")


@pytest.fixture
def selfcare_home(isolated_user_data: Path) -> Path:
    """The isolated $SELFCARE_HOME of this test (not created until something writes to it)."""
    return isolated_user_data


class Cli:
    """Runs `selfcare ARGS...` in-process; stdout and stderr are kept apart."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(
        self,
        *args: str | Path,
        env: Mapping[str, str | None] | None = None,
        input: str | None = None,  # typed on stdin, for commands that ask
    ) -> Result:
        return self.runner.invoke(app, [str(arg) for arg in args], env=env, input=input)


@pytest.fixture
def cli() -> Cli:
    return Cli()


class RoutineWriter:
    """Writes routine text (or raw bytes) into a file named `name` in a temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, content: str | bytes, name: str = "sample.yaml") -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="\n")
        return path


@pytest.fixture
def write_routine(tmp_path: Path) -> RoutineWriter:
    return RoutineWriter(tmp_path / "routines")


def marked_line(text: str) -> int:
    """The 1-based number of the one line carrying the `# <-` mark."""
    lines = [number for number, line in enumerate(text.splitlines(), 1) if MARK in line]
    assert len(lines) == 1, f"expected exactly one {MARK!r} mark, found {len(lines)}"
    return lines[0]


def table_rows(output: str) -> dict[str, list[str]]:
    """The body rows of a Rich table, by their first cell; needs a width where nothing wraps."""
    rows: dict[str, list[str]] = {}
    for line in output.splitlines():
        if line.startswith("│"):
            cells = [cell.strip() for cell in line.strip("│").split("│")]
            rows[cells[0]] = cells[1:]
    return rows


def localized(text: Text | None, lang: str) -> str:
    """A routine text as it reads in `lang` (the language is English again afterwards)."""
    i18n.set_language(lang)
    try:
        return localize(text)
    finally:
        i18n.set_language("en")
