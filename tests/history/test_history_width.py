"""`selfcare history` at 80 columns and wider: one row a session in both languages, what gives
way when the terminal is narrow, and the whole view as a real 80x24 terminal shows it."""

from __future__ import annotations

import io
import re
import sqlite3
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from rich.cells import cell_len
from test_history_view import add_session

from conftest import Cli
from fault_tools import environment
from selfcare.commands.history import recent_sessions, routine_changes
from selfcare.history.store import connect, query_sessions
from selfcare.i18n.language import set_language
from selfcare.paths import database_path

SESSIONS = 45
NOT_DONE = 3  # two practice runs and a session not started, shown with --all
PELVIS = 4  # pelvic-girdle-care's sessions; the rest are low-back's
HOURS = {0: (7, 13, 19), 1: (8,), 2: (7, 18), 3: (9,)}  # on every third day, by the day
LOOSENING = ("done", "skipped", "stopped", "held-back", None)
DATE_ROW = re.compile(r"│ (\d{4}-)?\d\d-\d\d \d\d:\d\d +│")  # a row that begins a session
TABLE_ROW = re.compile(r"^│")


def five_weeks(db: sqlite3.Connection, count: int = SESSIONS) -> None:
    """`count` sessions over the last six weeks: low-back nearly every day, some days two or
    three times, pelvic-girdle-care now and then; every ending and loosening outcome, practice
    runs, a session not started, the widest pain answers, and new versions on the way."""
    today = datetime.now().astimezone().date()
    plan = [
        datetime.combine(today - timedelta(days=days_ago), time(hour)).astimezone()
        for days_ago in range(44, -1, -1)
        if days_ago % 5 != 3  # a day without sessions
        for hour in (HOURS[days_ago % 4] if days_ago % 3 == 0 else (8,))
    ][-count:]
    for index, started in enumerate(plan):
        pelvis = index % 11 == 6
        ending = {5: "stopped", 9: "aborted"}.get(index % 13, "completed")
        before = 10 if index == count - 2 else 2 + index % 6
        after = None if ending == "stopped" else min(10, before - 2 + index % 4)
        session = add_session(
            db,
            started,
            routine="pelvic-girdle-care" if pelvis else "low-back",
            before=before,
            after=after,
            loosen=LOOSENING[index % 5],
            status="not-started" if index == 19 else ending,
            minutes=4 + index % 21,
        )
        version = (
            ("2.0-draft" if index > 30 else "1.0") if pelvis else "1.0" if index < 22 else "1.1"
        )
        db.execute(
            "UPDATE sessions SET speed = ?, pain_mid = ?, routine_version = ?, routine_hash = ?"
            " WHERE id = ?",
            (
                10 if index in (7, 30) else 1,
                before - 1 if index % 2 else None,
                version,
                ("c" if pelvis else "a" if index < 15 else "b") * 12,
                session,
            ),
        )


@pytest.fixture
def db(selfcare_home: Path) -> sqlite3.Connection:
    return connect(database_path(selfcare_home))


def session_rows(output: str) -> list[str]:
    """The table's body rows, each checked to begin a session: a wrapped cell would add a row
    whose first cell is blank."""
    rows = [line for line in output.splitlines() if TABLE_ROW.match(line)]
    assert all(DATE_ROW.match(row) for row in rows), rows
    return rows


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("options", [(), ("--all",), ("--limit", "60"), ("--all", "--limit", "60")])
@pytest.mark.parametrize("columns", [80, 100, 160])
def test_each_session_is_one_row_that_fits_the_terminal(
    cli: Cli, db: sqlite3.Connection, lang: str, options: tuple[str, ...], columns: int
) -> None:
    five_weeks(db)
    everything = "--all" in options
    shown = min(60 if "--limit" in options else 15, SESSIONS - (0 if everything else NOT_DONE))

    result = cli("history", "--lang", lang, *options, env={"COLUMNS": str(columns)})

    assert result.exit_code == 0, result.output
    assert len(session_rows(result.stdout)) == shown
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= columns


def test_at_80_columns_the_year_the_seconds_and_the_id_give_way_and_the_pain_stays_spaced(
    cli: Cli, db: sqlite3.Connection
) -> None:
    five_weeks(db)

    narrow = session_rows(cli("history", env={"COLUMNS": "80"}).stdout)
    practice = session_rows(cli("history", "--all", env={"COLUMNS": "80"}).stdout)
    wide = session_rows(cli("history", "--all", env={"COLUMNS": "160"}).stdout)

    assert not re.search(r"\d{4}-", "".join(narrow)) and re.search(r"│ \d{4}-\d\d-\d\d ", wide[0])
    assert re.search(r"│ \d+:\d\d +│", narrow[0]) and re.search(r"\d+ min( \d+ s)? ", wide[0])
    assert any(re.search(r"│ pelv\S*… v2\.\S* +│", row) for row in narrow)
    assert any("│ 10 → 9 → 10 │" in row for row in narrow)  # the widest pain, still spaced
    assert any("completed ×10" in row for row in practice)
    assert any("pelvic-girdle-care v2.0-dra…" in row for row in wide)
    assert any("completed · practice ×10" in row for row in wide)


def test_the_practice_mark_is_explained_only_where_it_is_used(
    cli: Cli, db: sqlite3.Connection
) -> None:
    five_weeks(db)
    legend = "×N after a status: a practice run, at N times the speed (--speed N)."

    assert legend in cli("history", "--all", env={"COLUMNS": "80"}).stdout
    assert legend not in cli("history", "--all", env={"COLUMNS": "160"}).stdout
    assert legend not in cli("history", env={"COLUMNS": "80"}).stdout
    ja = cli("history", "--all", "--lang", "ja", env={"COLUMNS": "80"}).stdout
    assert "状態の後の ×N: N 倍の速さで行った練習" in ja


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["done", "not needed", "made worse", "held back"]),
        ("ja", ["実施", "不要", "悪化で中止", "控えた"]),
    ],
)
def test_every_loosening_outcome_is_in_words_at_80_columns(
    cli: Cli, db: sqlite3.Connection, lang: str, words: list[str]
) -> None:
    five_weeks(db)

    rows = session_rows(cli("history", "--lang", lang, env={"COLUMNS": "80"}).stdout)

    loosening = {row.rstrip("│ ").rsplit("│", 1)[1].strip() for row in rows}
    assert loosening == {*words, "–"}


def test_when_even_the_cut_id_has_no_room_the_pain_is_written_tight(
    db: sqlite3.Connection,
) -> None:
    from rich.console import Console

    five_weeks(db)
    sessions = query_sessions(db, include_not_started=True, include_practice=True)[:15]
    for width, lang in ((78, "en"), (74, "ja")):
        set_language(lang)
        screen = io.StringIO()
        Console(file=screen, width=width).print(
            recent_sessions(sessions, routine_changes(sessions), width)
        )
        rows = session_rows(screen.getvalue())
        assert len(rows) == 15 and any("10→9→10" in row for row in rows)
        assert any("│ low-back " in row for row in rows)  # kept whole by the tight pain
        assert max(cell_len(line) for line in screen.getvalue().splitlines()) <= width


# --- a real terminal --------------------------------------------------------------------------


def terminal_lines(home: Path, lang: str, *options: str) -> list[str]:
    """`selfcare history` in an 80x24 pseudo-terminal: every line it printed, those scrolled
    off the top included, as the terminal shows them."""
    pexpect = pytest.importorskip("pexpect")
    pyte = pytest.importorskip("pyte")
    env = {k: v for k, v in environment(home).items() if k not in ("COLUMNS", "LINES")}
    env["SELFCARE_LANG"] = lang
    screen = pyte.HistoryScreen(80, 24, history=500)
    stream = pyte.Stream(screen)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "selfcare", "history", *options],
        env=env,
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=30,
    )
    try:
        while True:
            try:
                stream.feed(child.read_nonblocking(65536, timeout=30))
            except pexpect.EOF:
                break
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    scrolled = ["".join(line[x].data for x in range(80)) for line in screen.history.top]
    return [line.rstrip() for line in [*scrolled, *screen.display]]


@pytest.mark.pty
@pytest.mark.parametrize(
    ("lang", "left_out"),
    [
        ("en", r"(\d+) older sessions not shown \(no room\); a wider window shows more\."),
        ("ja", r"古いセッション (\d+) 件は入りきらず省きました。"),
    ],
)
def test_history_at_80x24_has_one_row_a_session_and_says_what_the_chart_left_out(
    db: sqlite3.Connection, selfcare_home: Path, lang: str, left_out: str
) -> None:
    five_weeks(db)
    db.close()

    lines = terminal_lines(selfcare_home, lang)

    rows = [line for line in lines if line.startswith("│")]
    assert len(rows) == 15 and all(DATE_ROW.match(row) for row in rows), rows
    assert sum(1 for line in lines if DATE_ROW.match(line)) == 15
    notes = [int(match.group(1)) for line in lines if (match := re.search(left_out, line))]
    assert len(notes) == 1 and notes[0] > 0
    assert any(
        "low-back" in line and ("Pain over time" in line or "痛みの推移" in line) for line in lines
    )
    assert all(cell_len(line) <= 80 for line in lines)


def test_the_note_counts_only_the_charted_routines_sessions_left_out(
    cli: Cli, db: sqlite3.Connection
) -> None:
    five_weeks(db)

    out = cli("history", env={"COLUMNS": "80"}).stdout

    note = re.search(r"(\d+) older sessions not shown", out)
    assert note is not None
    left = int(note.group(1))
    chart = out[out.index("Pain over time") : out.index("○ before")]
    columns = {
        index
        for line in chart.splitlines()
        if "│" in line
        for index, mark in enumerate(line.split("│", 1)[1])
        if mark in "○●◉"
    }
    assert left + len(columns) == SESSIONS - PELVIS - NOT_DONE  # low-back's, done
