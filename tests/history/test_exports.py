"""`history --csv` and `--json` for a follow-up visit: local times with their offset, one row
per step or per safety answer, a CSV Excel reads as UTF-8, and a round trip across zones."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import Cli
from selfcare.history.record import begin_session
from selfcare.history.store import connect
from selfcare.paths import database_path
from selfcare.routine.model import PhaseKind
from selfcare.safety.periodic import SafetyAnswer, SafetyItem
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    PainMoment,
    ScreenKind,
    ScreenResult,
    SkipReason,
    StepResult,
    StepStatus,
)

STARTED = datetime(2026, 12, 2, 12, 28, tzinfo=UTC)  # 21:28 in Tokyo


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def history(selfcare_home: Path) -> Path:
    """One evening session in Japanese: a kept answer, a step on both sides, one marked worse."""
    moments = iter([STARTED.replace(second=s) for s in range(0, 60, 5)])
    with closing(connect(database_path(selfcare_home))) as db:
        record = begin_session(
            db, "low-back", "腰のセルフケア", "ja", 900.0, 1.0, lambda: next(moments)
        )
        record.screen(ScreenKind.FULL, ScreenResult.CLEAR, "low-back")
        record.safety_answer("low-back", SafetyItem.INFLAMMATORY, SafetyAnswer.ADVISED)
        record.pain(PainMoment.BEFORE, 5)
        done, worse = StepStatus.DONE, StepStatus.SKIPPED
        record.step(StepResult(0, "bird-dog", PhaseKind.STABILIZE, done, None, 60.0, 2, "both"))
        record.step(
            StepResult(1, "knee-hug", PhaseKind.LOOSEN, worse, SkipReason.WORSE, 12.5, 1, "left")
        )
        record.loosen(LoosenOutcome.STOPPED)
        record.pain(PainMoment.AFTER, 4)
        record.finish(Ending.COMPLETED, None)
        db.execute("UPDATE sessions SET note = ?", ("=1+1 きつかった",))
    return selfcare_home


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_times_are_local_with_their_offset(cli: Cli, history: Path, tokyo: None) -> None:
    [row] = rows(cli("history", "--csv").stdout)

    assert row["started_at"] == "2026-12-02T21:28:00+09:00"
    assert row["ended_at"].startswith("2026-12-02T21:28:")
    assert row["ended_at"].endswith("+09:00")
    assert row["note"] == "'=1+1 きつかった"
    assert (row["routine_version"], row["routine_hash"]) == ("", "")  # none was recorded


def test_json_times_are_local_and_import_elsewhere_as_the_same_moment(
    cli: Cli, history: Path, tokyo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = cli("history", "--json").stdout
    [session] = json.loads(exported)
    assert session["started_at"] == "2026-12-02T21:28:00+09:00"
    assert session["steps"][0]["ended_at"].endswith("+09:00")
    assert session["screens"][0]["taken_at"] == "2026-12-02T21:28:05+09:00"
    path = tmp_path / "history.json"
    path.write_text(exported, encoding="utf-8")

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    other = {"SELFCARE_HOME": str(tmp_path / "other")}
    assert cli("history", "import", path, env=other).exit_code == 0
    [moved] = json.loads(cli("history", "--json", env=other).stdout)

    assert moved["started_at"] == "2026-12-02T12:28:00+00:00"
    assert moved["note"] == "=1+1 きつかった"


def test_steps_give_one_row_per_step_with_its_side_and_status(cli: Cli, history: Path) -> None:
    steps = rows(cli("history", "--steps").stdout)

    assert [(s["step"], s["side"], s["status"], s["reason"]) for s in steps] == [
        ("bird-dog", "both", "done", ""),
        ("knee-hug", "left", "skipped", "worse"),
    ]
    assert {s["routine"] for s in steps} == {"low-back"}
    assert steps[0]["level"] == "2"


def test_screens_give_the_checks_and_the_kept_answers(cli: Cli, history: Path) -> None:
    screens = rows(cli("history", "--screens").stdout)

    assert [(s["source"], s["area"], s["kind"], s["result"]) for s in screens] == [
        ("check", "low-back", "full", "clear"),
        ("kept-answer", "low-back", "inflammatory", "advised"),
    ]


@pytest.mark.parametrize("table", [(), ("--steps",), ("--screens",)])
def test_excel_csv_has_a_byte_order_mark_and_crlf_line_ends(
    cli: Cli, history: Path, table: tuple[str, ...]
) -> None:
    result = cli("history", "--excel", *table)

    data = result.stdout_bytes
    assert result.exit_code == 0
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == data.count(b"\n") >= 2
    assert "腰のセルフケア".encode() in data or table  # the title is in the sessions' table


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--json", "--steps"), "--json already carries every part"),
        (("--json", "--excel"), "--json already carries every part"),
        (("--steps", "--screens"), "a CSV holds one table"),
    ],
)
def test_choices_that_do_not_go_together_are_refused(
    cli: Cli, history: Path, args: tuple[str, ...], said: str
) -> None:
    result = cli("history", *args)

    assert result.exit_code == 2
    assert said in result.stderr


@pytest.mark.parametrize("zone", ["America/St_Johns", "Europe/Berlin", "Australia/Lord_Howe"])
def test_local_times_agree_with_the_calendar_across_clock_changes(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from selfcare.commands.history_export import local_time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        # Every 5 minutes through the days around 2026's clock changes in these zones.
        for day in (
            datetime(2026, 3, 8, tzinfo=UTC),
            datetime(2026, 3, 29, tzinfo=UTC),
            datetime(2026, 4, 4, tzinfo=UTC),
            datetime(2026, 10, 3, tzinfo=UTC),
        ):
            for step in range(0, 2 * 24 * 60, 5):
                moment = day + timedelta(minutes=step)
                stored = moment.isoformat(timespec="seconds")
                assert local_time(stored) == moment.astimezone().isoformat(timespec="seconds")
    finally:
        monkeypatch.undo()
        time.tzset()
