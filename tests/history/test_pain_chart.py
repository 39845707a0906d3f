"""The pain chart of `selfcare history`: one routine's sessions on a time axis, a day's sessions
under one date, and a note of the older ones there is no room for."""

from __future__ import annotations

import io
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from test_history_view import add_session

from conftest import Cli
from selfcare.history.charts import pain_chart
from selfcare.history.store import connect, query_sessions
from selfcare.history.trends import SessionPoint, local_day, session_points
from selfcare.i18n.language import set_language
from selfcare.paths import database_path
from selfcare.session.outcomes import Ending

DAY0 = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
MARKS = "○●◉"


def at(days: float, before: int = 4, after: int = 2) -> SessionPoint:
    return SessionPoint(DAY0 + timedelta(days=days), before, after, None, Ending.COMPLETED)


def drawn(points: list[SessionPoint], width: int, lang: str = "en") -> list[str]:
    set_language(lang)
    screen = io.StringIO()
    Console(file=screen, width=width, color_system=None).print(
        pain_chart(points, width, "low-back")
    )
    return screen.getvalue().splitlines()


def session_columns(lines: list[str]) -> list[int]:
    """The columns that hold a session's marks, left to right."""
    plot = [line.split("│", 1)[1] for line in lines if re.match(r" *\d+ │", line)]
    return sorted({index for row in plot for index, mark in enumerate(row) if mark in MARKS})


def date_labels(lines: list[str]) -> list[tuple[int, str]]:
    """Each date under the chart, with the column it starts at."""
    axis = next(index for index, line in enumerate(lines) if "└" in line)
    dates = lines[axis + 1][5:]
    return [(match.start(), match.group()) for match in re.finditer(r"\d\d-\d\d", dates)]


def day_label(days: float) -> str:
    return local_day(DAY0 + timedelta(days=days)).strftime("%m-%d")


def test_a_days_sessions_stand_side_by_side_under_one_date() -> None:
    points = [at(0), at(0.02), at(0.04), at(2), at(5), at(5.02)]  # within the hour: one day

    lines = drawn(points, 80)

    columns = session_columns(lines)
    assert len(columns) == 6
    first_day, next_day, third_day = columns[:3], columns[3:4], columns[4:]
    assert first_day == list(range(columns[0], columns[0] + 3))  # side by side
    assert next_day[0] - first_day[-1] >= 2 and third_day[1] - third_day[0] == 1  # a gap between
    labels = date_labels(lines)
    assert [label for _, label in labels] == [day_label(0), day_label(2), day_label(5)]
    assert [position for position, _ in labels] == [columns[0], next_day[0], third_day[0]]


def test_days_without_sessions_are_a_gap_as_wide_as_the_days_when_there_is_room() -> None:
    lines = drawn([at(0), at(1), at(5)], 80)

    first, second, third = session_columns(lines)
    assert third - second == 4 * (second - first)  # a time axis: four days on, four days' width
    baseline = next(line for line in lines if "└" in line)[5:]
    assert "┄" in baseline[second + 1 : third] and "┄" not in baseline[: second + 1]


def test_when_the_days_do_not_fit_a_run_of_days_without_sessions_is_one_marked_column() -> None:
    points = [at(day * 3, before=day % 8) for day in range(30)]  # two empty days after each

    lines = drawn(points, 80)

    columns = session_columns(lines)
    assert {b - a for a, b in pairwise(columns)} == {3}
    baseline = next(line for line in lines if "└" in line)[5:]
    assert all(baseline[column + 2] == "┄" for column in columns[:-1])


@settings(max_examples=60, deadline=None)
@given(
    hours=st.lists(st.integers(min_value=0, max_value=24 * 60), min_size=1, max_size=120),
    width=st.integers(min_value=30, max_value=200),
)
def test_a_date_is_never_repeated_and_every_date_is_under_its_days_first_session(
    hours: list[int], width: int
) -> None:
    points = [at(hour / 24) for hour in hours]

    lines = drawn(points, width)

    labels = date_labels(lines)
    columns = session_columns(lines)
    assert len({label for _, label in labels}) == len(labels)
    assert labels and labels[0][0] == columns[0]  # the oldest day shown is always dated
    assert all(position in columns for position, _ in labels)
    assert all(cell_len(line) <= width for line in lines)
    assert len(columns) + note_count(lines) == len(points)


def note_count(lines: list[str]) -> int:
    for line in lines:
        if match := re.match(r"(\d+) older sessions? not shown", line):
            return int(match.group(1))
    return 0


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "{} older sessions not shown (no room); a wider window shows more."),
        ("ja", "古いセッション {} 件は入りきらず省きました。ウィンドウを広げると表示されます。"),
    ],
)
def test_the_older_sessions_there_is_no_room_for_are_counted(lang: str, note: str) -> None:
    points = [at(day / 2) for day in range(200)]  # two a day

    lines = drawn(points, 80, lang)

    shown = len(session_columns(lines))
    assert 20 < shown < 80
    assert note.format(200 - shown) in lines
    assert not any("not shown" in line for line in drawn(points[-20:], 80))


# --- one routine a chart ----------------------------------------------------------------------


@pytest.fixture
def db(selfcare_home: Path) -> sqlite3.Connection:
    return connect(database_path(selfcare_home))


def plotted_levels(out: str) -> set[int]:
    start = out.index("Pain over time")
    chart = out[start : out.index("└", start)]
    return {
        int(line.split("│")[0])
        for line in chart.splitlines()
        if "│" in line and any(mark in line.split("│", 1)[1] for mark in MARKS)
    }


def test_the_chart_shows_the_routine_done_most_and_names_it_never_two_routines_mixed(
    cli: Cli, db: sqlite3.Connection
) -> None:
    now = datetime.now(UTC)
    for days_ago in (1, 2, 3):
        add_session(db, now - timedelta(days=days_ago), routine="low-back", before=3, after=2)
    for days_ago in (4, 5):
        add_session(db, now - timedelta(days=days_ago), routine="neck", before=8, after=7)

    most = cli("history").stdout
    neck = cli("history", "--routine", "neck").stdout
    ja = cli("history", "--lang", "ja").stdout

    assert "Pain over time (0-10): low-back" in most and plotted_levels(most) == {3, 2}
    assert "Not charted: neck (--routine ID charts one)." in most
    assert "Pain over time (0-10): neck" in neck and plotted_levels(neck) == {8, 7}
    assert "Not charted" not in neck
    assert "痛みの推移（0〜10）: low-back" in ja and "グラフにないルーティン: neck" in ja


def test_of_routines_done_as_often_the_one_done_last_is_charted(
    cli: Cli, db: sqlite3.Connection
) -> None:
    now = datetime.now(UTC)
    add_session(db, now - timedelta(days=3), routine="low-back")
    add_session(db, now - timedelta(days=2), routine="neck")

    assert "Pain over time (0-10): neck" in cli("history").stdout


def test_session_points_of_one_routine_leave_the_others_out(db: sqlite3.Connection) -> None:
    add_session(db, DAY0, routine="low-back", before=3)
    add_session(db, DAY0 + timedelta(days=1), routine="neck", before=8)
    sessions = query_sessions(db)

    assert [p.pain_before for p in session_points(sessions, routine="neck")] == [8]
    assert [p.pain_before for p in session_points(sessions)] == [8, 3]
