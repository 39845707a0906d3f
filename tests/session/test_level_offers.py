"""Level offers at the start of a session, against a real history on a fake calendar: asked as
y/n, every answer recorded, a declined offer not asked again the next day, `--yes` offers none."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from rich.console import Console

from fakes import ScriptedLines
from guided_session import CLEAR, Session
from level_history import PROGRAMME, day, done_session, stable_weeks
from selfcare.history.level_changes import current_levels
from selfcare.history.record import SessionRecord, begin_session
from selfcare.history.store import connect
from selfcare.i18n.language import set_language
from selfcare.paths import database_path
from selfcare.session.level_offers import offer_level_changes
from selfcare.session.outcomes import NextMorning
from selfcare.session.prompts import NoAnswer, Prompter


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with closing(connect(database_path(tmp_path / "home"))) as connection:
        yield connection


class Start:
    """The level offers of a session begun `days` after DAY0, answered with `answers`."""

    def __init__(
        self, db: sqlite3.Connection, days: float, answers: Iterable[str] | None = ()
    ) -> None:
        moment = day(days)
        self.record: SessionRecord = begin_session(
            db, PROGRAMME.id, "Programme", "en", 600.0, 1.0, now=lambda: moment
        )
        self.out = io.StringIO()
        console = Console(file=self.out, width=200, color_system=None)
        self.lines = None if answers is None else ScriptedLines(answers)
        prompter = None if self.lines is None else Prompter(console, self.lines, echo=True)
        self.levels = offer_level_changes(self.record, PROGRAMME, moment, prompter, console)

    @property
    def output(self) -> str:
        return self.out.getvalue()


def changes(db: sqlite3.Connection) -> list[tuple[str, int]]:
    return [(row[0], row[1]) for row in db.execute("SELECT step, level FROM level_changes")]


def test_after_two_stable_weeks_a_step_up_is_offered_by_name_and_dose(
    db: sqlite3.Connection,
) -> None:
    stable_weeks(db)

    start = Start(db, 14, ["y"])

    assert (
        "Bird-dog, leg only: two stable weeks. Try level 2, Bird-dog, arm and leg"
        " (5 s × 5, each side)? [y/n] y" in start.output
    )
    assert "Bird-dog, arm and leg: level 2 from today." in start.output
    assert start.levels == {"bird-dog": 2}
    assert current_levels(db, PROGRAMME.id) == {"bird-dog": 2}


def test_before_two_weeks_nothing_is_asked(db: sqlite3.Connection) -> None:
    stable_weeks(db)

    start = Start(db, 13)  # no answers: a question would end the input

    assert start.output == ""
    assert start.levels == {}
    assert changes(db) == []


def test_a_declined_offer_is_recorded_and_not_asked_again_the_next_day(
    db: sqlite3.Connection,
) -> None:
    stable_weeks(db)

    declined = Start(db, 14, ["n"])
    done_session(db, 14)  # that session, done
    next_day = Start(db, 15)  # asked again, it would find no answer

    assert "Bird-dog, leg only stays at level 1." in declined.output
    assert "after two more stable weeks" in declined.output
    assert declined.levels == {"bird-dog": 1}
    assert next_day.output == ""
    assert next_day.levels == {"bird-dog": 1}
    assert changes(db) == [("bird-dog", 1)]


def test_after_two_more_stable_weeks_each_step_gets_its_turn(db: sqlite3.Connection) -> None:
    stable_weeks(db)
    Start(db, 14, ["n"])  # bird-dog declined
    stable_weeks(db, 14, 26)
    bridge = Start(db, 28, ["n"])
    stable_weeks(db, 28, 40)

    again = Start(db, 42, ["y"])

    assert "Bridge: two stable weeks. Try level 2, Marching bridge" in bridge.output
    assert "Bird-dog, leg only: two stable weeks. Try level 2" in again.output
    assert again.levels == {"bird-dog": 2, "bridge": 1}


def test_without_a_prompter_nothing_is_asked_and_no_level_changes(
    db: sqlite3.Connection,
) -> None:
    stable_weeks(db)

    unattended = Start(db, 14, answers=None)

    assert unattended.output == ""
    assert unattended.levels == {}
    assert changes(db) == []


def test_without_a_prompter_the_levels_on_record_still_apply(db: sqlite3.Connection) -> None:
    done_session(db, 0).change_level(PROGRAMME.id, "bridge", 2)
    stable_weeks(db, 2, 14)

    assert Start(db, 16, answers=None).levels == {"bridge": 2}


def test_two_unsettled_mornings_after_a_step_up_offer_to_step_back_and_say_why(
    db: sqlite3.Connection,
) -> None:
    stable_weeks(db)
    Start(db, 14, ["y"])
    done_session(db, 14, morning=NextMorning.WORSE)
    done_session(db, 16, morning=NextMorning.WORSE)

    back = Start(db, 17, ["y"])

    assert (
        "Bird-dog, arm and leg: twice since level 2, pain had not settled by the next"
        " morning. Go back to level 1, Bird-dog, leg only (5 s × 5, each side)?" in back.output
    )
    assert back.levels == {"bird-dog": 1}
    assert current_levels(db, PROGRAMME.id) == {"bird-dog": 1}


def test_w_twice_on_a_step_offers_to_step_it_back(db: sqlite3.Connection) -> None:
    stable_weeks(db)
    Start(db, 14, ["y"])
    done_session(db, 14, worse=["bird-dog"])
    done_session(db, 16, worse=["bird-dog"])

    back = Start(db, 17, ["n"])

    assert "you pressed w (worse) on it twice at level 2" in back.output
    assert "stays at level 2" in back.output
    assert "if it happens twice more" in back.output
    assert back.levels == {"bird-dog": 2}


def test_the_offer_is_asked_in_japanese(db: sqlite3.Connection) -> None:
    stable_weeks(db)
    set_language("ja")

    start = Start(db, 14, ["y"])

    assert (
        "バードドッグ（脚だけ）: 安定した2週間が続きました。"
        "レベル2「バードドッグ（手と脚）」（5秒 × 5回、左右それぞれ）に進みますか？"
    ) in start.output
    assert "バードドッグ（手と脚）: 今日からレベル2です。" in start.output


def test_an_unanswered_offer_changes_nothing(db: sqlite3.Connection) -> None:
    stable_weeks(db)

    with pytest.raises(NoAnswer):
        Start(db, 14, [])  # the input ends at the question

    assert changes(db) == []


# --- through a whole guided session -----------------------------------------------------------


def guided(
    home: Path,
    days: float,
    answers: list[str],
    *,
    yes: bool = False,
    speed: float = 1,
    interactive: bool | None = None,
) -> Session:
    session = Session(
        home,
        answers,
        routine=PROGRAMME,
        yes=yes,
        speed=speed,
        now=lambda: day(days),
        interactive=interactive,
    )
    session.run()
    assert session.lines.lines == [], f"answers left over: {session.lines.lines}"
    return session


def last_session_levels(home: Path) -> dict[str, int]:
    with closing(connect(database_path(home))) as db:
        rows = db.execute(
            "SELECT step, level FROM steps WHERE session_id = (SELECT MAX(id) FROM sessions)"
        ).fetchall()
    return {str(step): int(level) for step, level in rows}


def history_of_stable_weeks(home: Path) -> None:
    with closing(connect(database_path(home))) as db:
        stable_weeks(db)


def test_yes_never_changes_a_level_even_after_two_stable_weeks(tmp_path: Path) -> None:
    home = tmp_path / "home"
    history_of_stable_weeks(home)

    session = guided(home, 14, [], yes=True)

    assert "Try level" not in session.output
    assert last_session_levels(home)["bird-dog"] == 1
    with closing(connect(database_path(home))) as db:
        assert changes(db) == []


def test_yes_at_a_terminal_asks_the_check_and_pain_but_offers_no_level(tmp_path: Path) -> None:
    home = tmp_path / "home"
    history_of_stable_weeks(home)

    # the first full check, pain before, pain before loosening (loosening then runs), pain after
    session = guided(home, 14, [*CLEAR, "2", "2", "2"], yes=True, interactive=True)

    assert "Try level" not in session.output
    assert session.record()["pain_before"] == 2
    assert last_session_levels(home)["bird-dog"] == 1
    with closing(connect(database_path(home))) as db:
        assert changes(db) == []


def test_a_step_up_taken_at_the_start_runs_in_that_same_session(tmp_path: Path) -> None:
    home = tmp_path / "home"
    history_of_stable_weeks(home)

    # the first full check, yes to the offer, pain before, pain at the gate, no loosening,
    # pain after
    session = guided(home, 14, [*CLEAR, "y", "2", "2", "n", "2"])

    assert "Try level 2, Bird-dog, arm and leg" in session.output
    assert last_session_levels(home) == {"drawing-in": 1, "bird-dog": 2, "bridge": 1}
    assert "-- Bird-dog, arm and leg" in session.output  # the screen shows it by its new name


def test_a_practice_run_offers_no_level_change_but_runs_the_levels_on_record(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    history_of_stable_weeks(home)
    with closing(connect(database_path(home))) as db:
        done_session(db, 13).change_level(PROGRAMME.id, "bridge", 2)

    session = guided(home, 14, [*CLEAR, "2", "2", "n", "2"], speed=10)

    assert "Try level" not in session.output
    assert last_session_levels(home)["bridge"] == 2
    with closing(connect(database_path(home))) as db:
        assert changes(db) == [("bridge", 2)]


def test_a_step_back_from_a_level_on_record_is_offered_and_taken(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with closing(connect(database_path(home))) as db:
        stable_weeks(db)
        done_session(db, 14, morning=NextMorning.WORSE).change_level(PROGRAMME.id, "bird-dog", 2)
        done_session(db, 16, morning=NextMorning.WORSE)

    session = guided(home, 18, [*CLEAR, "y", "2", "2", "n", "2"])

    assert "Go back to level 1, Bird-dog, leg only" in session.output
    assert last_session_levels(home)["bird-dog"] == 1
