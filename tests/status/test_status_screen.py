"""`selfcare status` as a person reads it: the routines in use and what is due, the last session,
a next-morning question waiting, levels, the loosening memory and reminders, in English and
Japanese, on one 80x24 screen; and a friendly first screen before any session."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from rich.cells import cell_len
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
from selfcare.i18n.language import set_language
from selfcare.output import OutputFormat
from selfcare.paths import database_path
from selfcare.reminders.entries import Reminder
from selfcare.session.outcomes import Ending, LoosenOutcome, StopReason


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


def two_routines(db: sqlite3.Connection, home: Path) -> None:
    """Low back for two weeks, two steps up a level, loosening that made things worse last
    night and its morning not yet told; neck care of the person's own on Monday."""
    write_neck_care(home)
    add_session(db, at(9, 7, 30))
    add_session(db, at(7, 7, 30), levels=[("bird-dog", 2)])
    add_session(db, at(4, 7, 30))
    add_session(db, at(2, 7, 30), levels=[("glute-bridge", 2)])
    add_session(db, at(2, 12, 30), "neck-care", pain=(2, 1), loosen=None)
    add_session(db, at(1, 18), loosen=LoosenOutcome.STOPPED, morning=None)


def screen(capsys: pytest.CaptureFixture[str], lang: str = "en") -> list[str]:
    set_language(lang)
    status(OutputFormat.TEXT, now=NOW)
    return [line.rstrip() for line in capsys.readouterr().out.splitlines()]


def test_the_screen_says_where_things_stand_for_two_routines(
    db: sqlite3.Connection,
    selfcare_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    two_routines(db, selfcare_home)
    set_reminders(monkeypatch, [MORNING_REMINDER])

    assert screen(capsys) == [
        "Routines in use",
        "  Low back: stabilise first, loosen if needed",
        "    Next session: tomorrow · last: yesterday",
        "    Levels: bird-dog 2, glute-bridge 2 (others at 1)",
        "  Neck care at the desk",
        "    Next session: Friday · last: Mon 30 Nov",
        "",
        "Last session  yesterday 18:00 · low-back · completed",
        "              pain 4 → 2 · loosening: made worse",
        "Next morning  How was the morning after yesterday's session?",
        "              Answer with: selfcare history --morning (or at your next start)",
        "Loosening     held back until Tue 15 Dec: it made things worse on Tue 1 Dec",
        "Reminder      07:30 and 19:00, every day",
    ]


def test_the_screen_in_japanese(
    db: sqlite3.Connection,
    selfcare_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    two_routines(db, selfcare_home)
    set_reminders(monkeypatch, [MORNING_REMINDER])

    assert screen(capsys, "ja") == [
        "使っているルーティン",
        "  腰のセルフケア（先に安定、必要ならほぐす）",
        "    次回: 明日 · 前回: 昨日",
        "    レベル: bird-dog 2、glute-bridge 2（ほかは 1）",
        "  デスクワークの首のケア",
        "    次回: 金曜日 · 前回: 11月30日（月）",
        "",
        "前回のセッション  昨日 18:00 · low-back · 完了",
        "                  痛み 4 → 2 · ほぐし: 悪化で中止",
        "翌朝の様子        昨日のセッションの翌朝は、どうでしたか？",
        "                  記録するには: selfcare history --morning（次回の開始時でも）",
        "ほぐし            12月15日（火）まで控えます（12月1日（火）にほぐして悪化）",
        "お知らせ          毎日 07:30と19:00",
    ]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_typical_screen_fits_80_columns_and_24_lines_without_a_wrapped_line(
    db: sqlite3.Connection,
    selfcare_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    two_routines(db, selfcare_home)
    add_session(db, at(21, 8), loosen=LoosenOutcome.STOPPED)  # twice now: review the order
    set_reminders(monkeypatch, [Reminder("07:30", ("mon", "wed", "fri"), "low-back", "cron")])
    monkeypatch.setenv("COLUMNS", "200")
    wide = screen(capsys, lang)
    monkeypatch.setenv("COLUMNS", "80")

    narrow = screen(capsys, lang)

    assert narrow == wide  # a wrapped line would be two lines here, one there
    assert len(narrow) <= 24
    assert max(cell_len(line) for line in narrow) <= 80
    assert any("selfcare history --morning" in line for line in narrow)
    assert any("physiotherapist" in line or "理学療法士" in line for line in narrow)


def test_due_today_gives_the_command_and_done_today_the_next_day(
    db: sqlite3.Connection, selfcare_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_neck_care(selfcare_home)
    add_session(db, at(3, 7, 30))  # three a week: two days on, it is due
    add_session(db, at(0, 7, 30), "neck-care")  # done this morning; Monday and Friday

    lines = screen(capsys)

    assert lines[:5] == [
        "Routines in use",
        "  Neck care at the desk",
        "    Done today · next session: Friday",
        "  Low back: stabilise first, loosen if needed",
        "    Due today: selfcare start low-back",
    ]
    assert "Last session  today 07:30 · neck-care · completed" in lines


def test_a_session_done_today_is_said_in_local_time(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(db, at(0, 7, 30))  # 22:30 the day before, in UTC

    lines = screen(capsys)

    assert "    Done today · next session: Friday" in lines
    assert "Last session  today 07:30 · low-back · completed" in lines
    assert not any("Next morning" in line for line in lines)  # its morning has not come


@pytest.mark.parametrize(
    ("ending", "reason", "words"),
    [
        (Ending.STOPPED, StopReason.PAIN_ROSE, "stopped: pain rose"),
        (Ending.STOPPED, StopReason.PAIN_ABOVE_LIMIT, "stopped: pain above your limit"),
        (Ending.STOPPED, StopReason.RED_FLAG_DOCTOR, "stopped at the safety check"),
        (Ending.ABORTED, StopReason.QUIT, "ended early"),
    ],
)
def test_the_last_session_says_how_it_ended_and_why_it_stopped(
    db: sqlite3.Connection,
    capsys: pytest.CaptureFixture[str],
    ending: Ending,
    reason: StopReason,
    words: str,
) -> None:
    add_session(db, at(3, 9), pain=(3, None), loosen=None, ending=ending, reason=reason)

    lines = screen(capsys)

    assert f"Last session  Sun 29 Nov 09:00 · low-back · {words}" in lines
    assert "              pain 3 → –" in lines


def test_a_reminder_on_some_days_for_one_routine(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add_session(db, at(1, 8))
    set_reminders(monkeypatch, [Reminder("07:30", ("mon", "wed", "fri"), "low-back", "systemd")])

    assert "Reminder      07:30, Mon, Wed, Fri · low-back" in screen(capsys)
    assert "お知らせ          月・水・金 07:30 · low-back" in screen(capsys, "ja")


def test_without_a_reminder_it_says_how_to_set_one(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(db, at(1, 8))

    assert "Reminder      none · to set one: selfcare remind --at 07:30" in screen(capsys)


def test_after_weeks_away_it_says_when_the_last_session_was_and_how_to_start_again(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(db, at(40, 8), "pelvic-girdle-care", loosen=None)

    lines = screen(capsys)

    assert lines[:2] == [
        "No routine done in the last 28 days.",
        "To start again: selfcare start pelvic-girdle-care",
    ]
    assert "Last session  Fri 23 Oct 08:00 · pelvic-girdle-care · completed" in lines


def test_a_session_long_ago_is_dated_with_its_year(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(db, at(400, 8))

    assert "Last session  Tue 28 Oct 2025 08:00 · low-back · completed" in screen(capsys)
    assert "前回のセッション  2025年10月28日（火） 08:00 · low-back · 完了" in screen(capsys, "ja")


def test_practice_runs_are_not_sessions_done(
    db: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(db, at(0, 7), speed=10)

    assert screen(capsys)[0] == "No sessions on record yet."


def test_with_no_history_a_first_screen_says_how_to_begin(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = cli("status")

    assert result.exit_code == 0, result.output
    assert [line.rstrip() for line in result.stdout.splitlines()] == [
        "No sessions on record yet.",
        "To begin      selfcare start low-back",
        "All routines  selfcare list",
    ]
    assert not database_path(selfcare_home).exists()  # looking creates no history
    ja = cli("status", "--lang", "ja").stdout
    assert "セッションの記録はまだありません。" in ja and "selfcare start low-back" in ja


def test_the_first_screen_shows_a_reminder_already_set(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_reminders(monkeypatch, [Reminder("07:30", (), None, "cron")])

    assert "Reminder      07:30, every day" in cli("status").stdout
