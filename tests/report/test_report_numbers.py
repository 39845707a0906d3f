"""The report's numbers, counted by hand from a six-week history written as sessions write it;
the JSON and the page say the same."""

from __future__ import annotations

import functools
import json
import re
from contextlib import closing
from datetime import date, datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
from report_history import HASH_1_0, HASH_1_1, NOTE, write_history

from conftest import Cli
from selfcare.history.report_facts import Period, RoutineFacts, routine_facts
from selfcare.history.session_parts import LevelChangeRow, StepRow
from selfcare.history.store import SessionRow
from selfcare.session.outcomes import Ending

TODAY = datetime.now().astimezone().date()


@pytest.fixture
def start(selfcare_home: Path) -> date:
    """The history's first day (a Monday); the history is in this test's SELFCARE_HOME."""
    return write_history(selfcare_home, TODAY)


def report_json(cli: Cli, *args: str) -> dict[str, object]:
    result = cli("report", "--format", "json", "--out", "-", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def section(data: dict[str, object], routine: str) -> dict[str, object]:
    routines = data["routines"]
    assert isinstance(routines, list)
    found: dict[str, object] = next(r for r in routines if r["routine"] == routine)
    return found


def test_the_json_counts_what_a_person_would_count_by_hand(cli: Cli, start: date) -> None:
    data = report_json(cli)
    days = (TODAY - start).days + 1  # the period starts at the first session, after --since
    assert data["format"] == "selfcare-report/1"
    assert data["period"] == {"since": str(start), "until": str(TODAY), "days": days}
    assert [r["routine"] for r in data["routines"]] == ["low-back", "low-back-quick"]  # type: ignore[attr-defined]
    assert data["safety"] == [
        {
            "date": str(start + timedelta(days=11)),
            "routine": "low-back",
            "area": "low-back",
            "item": "screen",
            "answer": "tier-b",
            "kind": "full",
        },
        {
            "date": str(start + timedelta(days=14)),
            "routine": "low-back",
            "area": "low-back",
            "item": "inflammatory",
            "answer": "advised",
            "kind": None,
        },
    ]
    low_back = section(data, "low-back")
    assert low_back["sessions"] == 14 and low_back["completed"] == 12
    assert low_back["ended_early"] == {"safety_check": 1, "pain_rule": 0, "left": 1}
    assert low_back["per_week"] == round(14 * 7 / days, 1)
    assert low_back["schedule_per_week"] == 3  # from the built-in routine's file
    weeks = low_back["weeks"]
    assert isinstance(weeks, list)
    assert [w["sessions"] for w in weeks] == [3, 2, 3, 3, 3, 0]
    assert [w["pain_before"] for w in weeks] == [5.7, 5.0, 4.3, 3.3, 2.3, None]
    assert [w["pain_after"] for w in weeks] == [4.7, 4.0, 2.7, 2.0, 1.0, None]
    assert [w["days_in_period"] for w in weeks] == [7] * 5 + [days - 35]
    pain = low_back["pain"]
    assert isinstance(pain, dict)
    assert (pain["before"], pain["after"], len(pain["sessions"])) == (4.0, 2.8, 13)
    assert low_back["loosening"] == {
        "reached": 12,
        "asked": 10,
        "done": {"count": 3, "percent": 25},
        "not_needed": {"count": 6, "percent": 50},
        "stopped": {"count": 1, "percent": 8},
        "held_back": {"count": 2, "percent": 17},
        "stabilising_enough": {"count": 6, "percent": 60},
    }
    assert low_back["next_morning"] == {
        "answers": {"better": 5, "same": 2, "worse": 1, "settled": 0, "not-settled": 0},
        "unanswered": 6,
        "loosening_worse": 1,
        "loosening_not_worse": 1,
    }
    # Gone back to and done, glute-bridge's skip in one session does not count.
    assert low_back["steps"] == [
        {"step": "glute-bridge", "worse": 2, "skipped": 0},
        {"step": "knee-to-chest", "worse": 1, "skipped": 0},
        {"step": "side-plank-knees", "worse": 0, "skipped": 1},
    ]
    # The offer declined later keeps bird-dog at 2: no second change.
    assert low_back["level_changes"] == [
        {"date": str(start + timedelta(days=14)), "step": "bird-dog", "from": 1, "to": 2}
    ]
    assert low_back["versions"] == [
        {
            "version": "1.0",
            "content_hash": HASH_1_0,
            "first": str(start),
            "last": str(start + timedelta(days=16)),
            "sessions": 7,
        },
        {
            "version": "1.1",
            "content_hash": HASH_1_1,
            "first": str(start + timedelta(days=18)),
            "last": str(start + timedelta(days=32)),
            "sessions": 7,
        },
    ]
    assert low_back["notes"] == [{"date": str(start + timedelta(days=18)), "text": NOTE}]
    assert low_back["left_out"] == {"practice_runs": 1, "not_started": 1}


def cells(page: str, table_class: str) -> list[list[str]]:
    """The text of each row's cells of the first table of `table_class` in `page`."""
    table = re.search(rf'<table class="{table_class}">(.*?)</table>', page, re.S)
    assert table is not None, table_class
    rows = re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell))
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        for row in rows
    ]


def test_the_page_shows_the_numbers_of_the_json(cli: Cli, start: date) -> None:
    data = section(report_json(cli, "--routine", "low-back"), "low-back")
    result = cli("report", "--routine", "low-back", "--out", "-")
    assert result.exit_code == 0, result.output
    page = result.stdout
    weeks = cells(page, "weeks")
    json_weeks = data["weeks"]
    assert isinstance(json_weeks, list)
    shown_sessions = [
        f"{w['sessions']} / 3" if w["days_in_period"] == 7 else str(w["sessions"])
        for w in json_weeks
    ]
    assert weeks[1][1:] == shown_sessions
    assert weeks[2][1:] == [
        f"{w['pain_before']:.1f}" if w["pain_before"] else "–" for w in json_weeks
    ]
    loosening = data["loosening"]
    assert isinstance(loosening, dict)
    counts = cells(page, "counts")  # the first: loosening
    assert [(row[1], row[2]) for row in counts] == [
        (str(loosening[key]["count"]), f"{loosening[key]['percent']}%")
        for key in ("done", "not_needed", "stopped", "held_back")
    ]
    enough = loosening["stabilising_enough"]
    assert f"{enough['count']} of {loosening['asked']} ({enough['percent']}%)" in page
    pain = data["pain"]
    assert isinstance(pain, dict)
    assert f"{pain['before']:.1f} → {pain['after']:.1f}" in page
    assert f"{data['per_week']:.1f} a week" in page
    assert re.search(r'<td>glute-bridge</td><td class="n">2</td><td class="n">0</td>', page)
    assert 'bird-dog</td><td class="n">level 1 → 2</td>' in page


def test_the_page_is_self_contained_and_escapes_the_note(cli: Cli, start: date) -> None:
    result = cli("report", "--out", "-")
    page = result.stdout
    assert result.exit_code == 0, result.output
    assert "<script" not in page.lower()
    assert not re.search(r"""\b(src|href)\s*=""", page)
    assert "@import" not in page and "url(" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; =cmd|&#x27; /C calc&#x27;!A0" in page
    assert "@page { size: A4" in page and "<svg" in page


def test_routines_are_ordered_most_used_first_and_the_safety_answers_of_all_are_kept(
    cli: Cli, start: date
) -> None:
    only_quick = report_json(cli, "--routine", "low-back-quick")
    assert [r["routine"] for r in only_quick["routines"]] == ["low-back-quick"]  # type: ignore[attr-defined]
    # A warning sign in another routine's session is never filtered away.
    assert [f["answer"] for f in only_quick["safety"]] == ["tier-b", "advised"]  # type: ignore[attr-defined]
    quick = section(only_quick, "low-back-quick")
    assert quick["sessions"] == 2 and quick["schedule_per_week"] is not None


def test_since_leaves_out_the_sessions_before_it(cli: Cli, start: date) -> None:
    data = report_json(cli, "--since", str(start + timedelta(days=14)))
    low_back = section(data, "low-back")
    assert low_back["sessions"] == 9
    assert [f["answer"] for f in data["safety"]] == ["advised"]  # type: ignore[attr-defined]
    assert low_back["versions"][0]["first"] == str(start + timedelta(days=14))  # type: ignore[index]


def session_row(number: int, day: date, **values: object) -> SessionRow:
    fields: dict[str, object] = {
        "id": number,
        "routine": "r",
        "routine_title": "R",
        "status": Ending.COMPLETED,
        "started_at": datetime(day.year, day.month, day.day, 9).astimezone(),
        "ended_at": None,
        "duration_seconds": 600,
        "planned_seconds": 600.0,
        "speed": 1.0,
        "pain_before": None,
        "pain_mid": None,
        "pain_after": None,
        "steps_completed": None,
        "steps_skipped": None,
        "loosen": None,
        "stop_reason": None,
        "next_morning": None,
        "lang": "en",
        "steps": (),
        "screens": (),
        "level_changes": (),
        "cards_seen": (),
        "safety_answers": (),
    }
    fields.update(values)
    return SessionRow(**fields)  # type: ignore[arg-type]


def facts_of(*rows: SessionRow) -> RoutineFacts:
    return routine_facts("r", rows, Period(date(2026, 3, 2), date(2026, 3, 15)))


def test_a_level_change_with_no_level_before_it_in_the_period_says_it_is_not_known() -> None:
    change = LevelChangeRow("r", "bird-dog", 3, "2026-03-03T08:00:00+00:00")
    step = StepRow(0, "bird-dog", "stabilize", "done", None, 30.0, 3, "2026-03-03T08:10:00+00:00")
    later = LevelChangeRow("r", "bird-dog", 3, "2026-03-05T08:00:00+00:00")  # declined: kept
    facts = facts_of(
        session_row(1, date(2026, 3, 3), level_changes=(change,), steps=(step,)),
        session_row(2, date(2026, 3, 5), level_changes=(later,)),
    )
    assert [(c.step, c.from_level, c.to_level) for c in facts.level_changes] == [
        ("bird-dog", None, 3)
    ]


def test_weeks_cut_by_the_period_say_how_many_of_their_days_it_holds() -> None:
    facts = routine_facts(
        "r", [session_row(1, date(2026, 3, 4))], Period(date(2026, 3, 4), date(2026, 3, 17))
    )
    assert [(w.start, w.days, w.sessions) for w in facts.weeks] == [
        (date(2026, 3, 2), 5, 1),
        (date(2026, 3, 9), 7, 0),
        (date(2026, 3, 16), 2, 0),
    ]


def test_a_routine_begun_late_in_the_period_is_counted_from_its_first_session(
    cli: Cli, selfcare_home: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from selfcare.history.record import begin_session
    from selfcare.history.store import connect
    from selfcare.paths import database_path
    from selfcare.session.outcomes import Ending

    now = datetime.now(UTC).replace(microsecond=0)
    with closing(connect(database_path(selfcare_home))) as db:
        for days_ago in (3, 1):  # only in the last few days of a six-week period
            moment = now - timedelta(days=days_ago)
            clock = functools.partial(lambda at: at, moment)
            record = begin_session(db, "late", "Late", "en", 60.0, 1.0, clock)
            record.finish(Ending.COMPLETED, None)

    data = json.loads(cli("report", "--format", "json", "--out", "-").stdout)

    [late] = data["routines"]
    assert late["per_week"] == 2.0  # 2 sessions in 4 days: never more than a week's worth
    assert len(late["weeks"]) <= 2  # the weeks before it was begun are not shown as missed
