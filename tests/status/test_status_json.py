"""`selfcare status --json` for scripts and status bars: the same facts as the screen, in a
stable structure; and a history that cannot be read said in one line, exit code 1."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from status_history import (
    MORNING_REMINDER,
    NOW,
    add_session,
    at,
    set_reminders,
    tokyo_time,
    write_neck_care,
)

from conftest import Cli
from selfcare.commands.status import status
from selfcare.history.store import connect
from selfcare.output import OutputFormat
from selfcare.paths import database_path
from selfcare.session.outcomes import LoosenOutcome, StopReason

SESSION_KEYS = {
    "id",
    "routine",
    "started_at",
    "ended_at",
    "status",
    "stop_reason",
    "pain_before",
    "pain_mid",
    "pain_after",
    "loosen",
}


@pytest.fixture(autouse=True)
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from tokyo_time(monkeypatch)


@pytest.fixture(autouse=True)
def no_reminder(monkeypatch: pytest.MonkeyPatch) -> None:
    set_reminders(monkeypatch, [])


@pytest.fixture
def db(selfcare_home: Path) -> Iterator[sqlite3.Connection]:
    with closing(connect(database_path(selfcare_home))) as db:
        yield db


def data(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    status(OutputFormat.JSON, now=NOW)
    loaded: dict[str, Any] = json.loads(capsys.readouterr().out)
    return loaded


def test_json_gives_each_routine_in_use_with_its_day_its_last_session_and_levels(
    db: sqlite3.Connection,
    selfcare_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_neck_care(selfcare_home)
    add_session(db, at(3, 7, 30), levels=[("bird-dog", 2), ("bridge", 1)])
    add_session(db, at(1, 18), "neck-care", loosen=LoosenOutcome.STOPPED, morning=None)
    set_reminders(monkeypatch, [MORNING_REMINDER])

    facts = data(capsys)

    assert set(facts) == {
        "today",
        "routines",
        "last_session",
        "next_morning_pending",
        "loosening_held_back",
        "reminders",
    }
    assert facts["today"] == "2026-12-02"
    neck, low_back = facts["routines"]
    assert {key: value for key, value in neck.items() if key != "last_session"} == {
        "id": "neck-care",
        "title": "Neck care at the desk",
        "due_today": False,
        "done_today": False,
        "next_day": "2026-12-04",
        "scheduled": True,
        "start_command": "selfcare start neck-care",
        "levels": {},
    }
    assert low_back["due_today"] and low_back["next_day"] == "2026-12-02"
    assert low_back["levels"] == {"bird-dog": 2}  # level 1 is every step's start: left out
    assert set(low_back["last_session"]) == SESSION_KEYS
    assert (
        facts["last_session"]
        == neck["last_session"]
        == {
            "id": 2,
            "routine": "neck-care",
            "started_at": "2026-12-01T18:00:00+09:00",
            "ended_at": "2026-12-01T18:20:00+09:00",
            "status": "completed",
            "stop_reason": None,
            "pain_before": 4,
            "pain_mid": None,
            "pain_after": 2,
            "loosen": "stopped",
        }
    )
    assert facts["next_morning_pending"] == {
        "session_id": 2,
        "routine": "neck-care",
        "started_at": "2026-12-01T18:00:00+09:00",
        "command": "selfcare history --morning",
    }
    assert facts["loosening_held_back"] == {
        "until": "2026-12-15T18:00:00+09:00",
        "last_episode": "2026-12-01T18:00:00+09:00",
        "episodes": 1,
        "review_order": False,
    }
    assert facts["reminders"] == [
        {"at": "07:30", "again": "19:00", "days": [], "routine": None, "scheduler": "cron"}
    ]


def test_json_says_why_a_session_stopped(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    from selfcare.session.outcomes import Ending

    add_session(db, at(0, 7), pain=(3, None), ending=Ending.STOPPED, reason=StopReason.PAIN_ROSE)

    last = data(capsys)["last_session"]

    assert (last["status"], last["stop_reason"], last["pain_after"]) == (
        "stopped",
        "pain-rose",
        None,
    )


def test_a_routine_last_done_over_four_weeks_ago_is_not_in_use(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(db, at(29, 8), "pelvic-girdle-care")
    add_session(db, at(5, 8))

    facts = data(capsys)

    assert [routine["id"] for routine in facts["routines"]] == ["low-back"]


def test_json_with_no_history_has_the_same_keys_and_nothing_in_them(cli: Cli) -> None:
    result = cli("status", "--json")

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "today": datetime.now().astimezone().date().isoformat(),
        "routines": [],
        "last_session": None,
        "next_morning_pending": None,
        "loosening_held_back": None,
        "reminders": [],
    }


def test_json_through_the_command_line_reads_the_history_on_the_real_clock(
    cli: Cli, db: sqlite3.Connection
) -> None:
    add_session(db, datetime.now(UTC) - timedelta(days=3))

    result = cli("status", "--json")

    assert result.exit_code == 0, result.output
    [routine] = json.loads(result.stdout)["routines"]
    assert (routine["id"], routine["title"]) == (
        "low-back",
        "Low back: stabilise first, loosen if needed",
    )
    ja = json.loads(cli("status", "--json", "--lang", "ja").stdout)
    assert ja["routines"][0]["title"] == "腰のセルフケア（先に安定、必要ならほぐす）"


@pytest.mark.parametrize("options", [(), ("--json",)])
def test_a_damaged_history_is_one_clear_line_and_exit_code_1(
    cli: Cli, selfcare_home: Path, options: tuple[str, ...]
) -> None:
    selfcare_home.mkdir(parents=True)
    database_path(selfcare_home).write_bytes(b"this is no database, " * 400)

    result = cli("status", *options)

    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "is damaged" in line and "history.sqlite3" in line
    assert "Traceback" not in result.output


def test_a_history_that_is_a_folder_is_said_as_such(cli: Cli, selfcare_home: Path) -> None:
    database_path(selfcare_home).mkdir(parents=True)

    result = cli("status")

    assert result.exit_code == 1
    assert "is not a regular file" in result.stderr
