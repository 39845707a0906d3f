"""A person's note on a session: `selfcare history note`, read back by the exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from conftest import Cli
from guided_session import Session
from selfcare.history.notes import MAX_NOTE_CHARACTERS
from selfcare.paths import database_path


@pytest.fixture
def two_sessions(selfcare_home: Path) -> Path:
    assert Session(selfcare_home, yes=True).run() == 0
    assert Session(selfcare_home, yes=True).run() == 0
    return selfcare_home


def stored_notes(home: Path) -> list[tuple[int, str | None]]:
    with closing(sqlite3.connect(database_path(home))) as db:
        return db.execute("SELECT id, note FROM sessions ORDER BY id").fetchall()


def test_a_note_goes_on_the_last_session_and_is_read_back(cli: Cli, two_sessions: Path) -> None:
    kept = cli("history", "note", "last", "Stiff after the long drive")

    assert kept.exit_code == 0, kept.output
    assert "Note kept on Session 2" in kept.stdout
    assert stored_notes(two_sessions) == [(1, None), (2, "Stiff after the long drive")]
    shown = cli("history", "note", "2")
    assert shown.stdout.splitlines()[1] == "Stiff after the long drive"


def test_a_note_by_number_and_an_empty_note_removes_it(cli: Cli, two_sessions: Path) -> None:
    cli("history", "note", "1", "first")

    removed = cli("history", "note", "1", "")

    assert removed.exit_code == 0
    assert "Note removed from Session 1" in removed.stdout
    assert stored_notes(two_sessions) == [(1, None), (2, None)]
    assert "(no note)" in cli("history", "note", "1").stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("0", "x"), "'0' is not a session"),
        (("first", "x"), "'first' is not a session"),
        (("9", "x"), "There is no session 9."),
        (("last", "x" * (MAX_NOTE_CHARACTERS + 1)), "at most 2000 characters"),
    ],
)
def test_a_wrong_session_or_a_long_note_is_one_line_and_changes_nothing(
    cli: Cli, two_sessions: Path, args: tuple[str, str], said: str
) -> None:
    result = cli("history", "note", *args)

    assert result.exit_code == 1
    assert said in result.stderr
    assert "Traceback" not in result.output
    assert stored_notes(two_sessions) == [(1, None), (2, None)]


def test_no_history_yet_is_said_in_japanese_too(cli: Cli) -> None:
    result = cli("history", "note", "last", "x", "--lang", "ja")

    assert result.exit_code == 1
    assert "まだセッションがありません" in result.stderr


NASTY = "=cmd|' /C calc'!A0\nline two\x1b[31m red\x07"


def test_a_note_with_control_characters_and_a_formula_is_neutralised_in_csv_and_the_terminal(
    cli: Cli, two_sessions: Path
) -> None:
    cli("history", "note", "last", NASTY)

    shown = cli("history", "note", "last").stdout
    exported = json.loads(cli("history", "--json").stdout)
    rows = list(csv.DictReader(io.StringIO(cli("history", "--csv").stdout)))

    assert "\x1b" not in shown and "\x07" not in shown
    assert exported[0]["note"] == NASTY.strip()  # the backup keeps it exactly
    assert rows[0]["note"].startswith("'=cmd|")  # a spreadsheet shows it as text
    assert "\x1b" not in rows[0]["note"]
    assert "line two" in rows[0]["note"]
