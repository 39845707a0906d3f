"""Sessions over days on a fake wall clock: the next-morning question after any gap, and the
memory of loosening that made things worse (the gate defaults to skipping, `--yes` skips)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import Cli
from guided_session import CLEAR, ROUTINE, SHORT, WEEKLY, Session
from selfcare.history.store import connect, query_sessions
from selfcare.paths import database_path
from selfcare.routine.model import Card, Schedule

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
W_AT_LOOSENING = [(12, "w")]  # 12 s in: the knee hug, the loosening step


def at(moment: datetime) -> object:
    return lambda: moment


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def day(home: Path, days: float, answers: list[str], **options: object) -> Session:
    """A session started `days` after Monday 9:00, run to its end: every answer is used, each
    for the question it was meant for (none is refused and asked again)."""
    moment = MONDAY + timedelta(days=days)
    session = Session(home, answers, now=lambda: moment, **options)  # type: ignore[arg-type]
    session.run()
    assert session.lines.lines == [], f"answers left over: {session.lines.lines}"
    assert "Please answer" not in session.output and "Please type" not in session.output
    return session


def sessions(home: Path) -> list[dict[str, object]]:
    db = connect(database_path(home))
    try:
        return [row.as_dict() for row in reversed(query_sessions(db, include_practice=True))]
    finally:
        db.close()


def test_w_during_loosening_makes_the_next_gate_default_to_skipping_and_say_why(
    home: Path,
) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"], keys=W_AT_LOOSENING)
    # Next day: the short question, the morning (same; loosening did not run, so nothing is
    # asked about it), pain, mid pain, Enter at the gate, pain.
    second = day(home, 1, [*SHORT, "s", "2", "2", "", "2"])

    assert "Loosening made things worse on Mon 2 Nov" in second.output
    assert "skipped by default until Mon 16 Nov" in second.output
    assert "[y/N]" in second.output
    assert second.record()["loosen"] == "held-back"


def test_yes_runs_skip_loosening_while_the_memory_lasts(home: Path) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"], keys=W_AT_LOOSENING)
    second = day(home, 2, [], yes=True)

    assert "Loosening held back: it made things worse on Mon 2 Nov" in second.output
    record = second.record()
    assert record["loosen"] == "held-back"
    assert ("knee-hug", "done") not in [(s["step"], s["status"]) for s in record["steps"]]


def test_after_fourteen_days_the_gate_asks_as_before(home: Path) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"], keys=W_AT_LOOSENING)
    # Two weeks on: the weekly full check (histories kept), the morning, then the session.
    later = day(home, 14, [*WEEKLY, "s", "2", "2", "y", "2"])

    assert "skipped by default" not in later.output
    assert "[y/n]" in later.output
    assert later.record()["loosen"] == "done"


def test_the_next_morning_is_asked_after_a_three_day_gap_and_about_loosening(
    home: Path,
) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"])
    # Three days on: worse, and worse after the loosening part.
    later = day(home, 3, [*SHORT, "w", "y", "2", "2", "", "2"])

    assert "the morning after your last session (Mon 2 Nov)" in later.output
    assert "repeat the same dose or reduce it" in later.output
    first = sessions(home)[0]
    assert (first["next_morning"], first["morning_loosen"]) == ("worse", "worse")
    # The answer is an episode: the same session's gate already defaults to skipping.
    assert "until Mon 16 Nov, loosening is skipped unless you choose it" in later.output
    assert "skipped by default until Mon 16 Nov" in later.output
    assert later.record()["loosen"] == "held-back"


def test_better_next_morning_does_not_ask_about_loosening(home: Path) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"])
    day(home, 1, [*SHORT, "b", "2", "2", "y", "2"])

    assert [(s["next_morning"], s["morning_loosen"]) for s in sessions(home)] == [
        ("better", None),
        (None, None),
    ]


def test_the_next_morning_is_not_asked_the_same_evening(home: Path) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"])
    later = day(home, 0.25, [*SHORT, "2", "2", "y", "2"])  # six hours later

    assert "the morning after" not in later.output
    assert later.record()["status"] == "completed"


def test_two_episodes_bring_the_advice_to_review_the_order(home: Path) -> None:
    day(home, 0, [*CLEAR, "2", "2", "y", "2"], keys=W_AT_LOOSENING)
    day(home, 15, [*WEEKLY, "s", "2", "2", "y", "2"], keys=W_AT_LOOSENING)
    third = day(home, 16, [*SHORT, "s", "2", "2", "", "2"])

    assert "Loosening has made things worse 2 times" in third.output
    assert "review the order" in third.output


def test_history_morning_answers_the_last_session_later(selfcare_home: Path, cli: Cli) -> None:
    day(selfcare_home, -2, [*CLEAR, "2", "2", "y", "2"])

    result = cli("history", "--morning", input="s\nn\n")

    assert result.exit_code == 0, result.output
    assert "Saved." in result.output
    assert sessions(selfcare_home)[0]["next_morning"] == "same"
    again = cli("history", "--morning")
    assert "Nothing to answer" in again.output


def test_history_morning_with_no_answer_saves_nothing_and_says_so(
    selfcare_home: Path, cli: Cli
) -> None:
    day(selfcare_home, -2, [*CLEAR, "2", "2", "y", "2"])

    result = cli("history", "--morning", input="")

    assert result.exit_code == 1
    assert "nothing was saved" in result.stderr and "--yes" not in result.stderr
    assert sessions(selfcare_home)[0]["next_morning"] is None


def test_history_morning_before_the_morning_has_come_says_so(selfcare_home: Path, cli: Cli) -> None:
    moment = datetime.now(UTC)  # the same local day, so whatever the hour
    Session(selfcare_home, [*CLEAR, "2", "2", "y", "2"], now=lambda: moment).run()

    result = cli("history", "--morning")

    assert result.exit_code == 0
    assert "has not come yet" in result.output


# --- the end of a session: the next session's day and one learn card -----------------------

CARDS = (
    Card("stable-first", {"en": "Stable first"}, {"en": "Support comes before loosening."}),
    Card("walking", {"en": "Keep walking"}, {"en": "Short walks help."}),
)
PROGRAMME = replace(ROUTINE, schedule=Schedule(per_week=3, weeks=(6, 8)), learn=CARDS)
DONE = [*CLEAR, "2", "2", "n", "2"]  # the first check, pain, pain at the gate, no, pain


def test_each_session_ends_with_the_next_session_day_and_one_new_card(home: Path) -> None:
    first = day(home, 0, DONE, routine=PROGRAMME)  # Monday
    second = day(home, 2, [*SHORT, "s", "2", "2", "n", "2"], routine=PROGRAMME)  # Wednesday
    third = day(home, 4, [*SHORT, "s", "2", "2", "n", "2"], routine=PROGRAMME)  # Friday

    assert "Next session: Wednesday" in first.output  # three a week: every other day or so
    assert "Stable first" in first.output and "Keep walking" not in first.output
    assert "Keep walking" in second.output and "Stable first" not in second.output
    assert "Stable first" not in third.output and "Keep walking" not in third.output  # all seen


def test_a_practice_run_shows_no_next_session_and_uses_up_no_card(home: Path) -> None:
    practice = day(home, 0, DONE, routine=PROGRAMME, speed=10)
    # The check itself was real: the next day asks the short question (no morning after a
    # practice run).
    real = day(home, 1, [*SHORT, "2", "2", "n", "2"], routine=PROGRAMME)

    assert "Next session" not in practice.output and "Stable first" not in practice.output
    assert "Stable first" in real.output
