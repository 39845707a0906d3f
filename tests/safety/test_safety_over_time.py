"""What the safety check keeps between sessions (histories, pregnancy), the pregnancy path,
--yes at a terminal, and pain rules that help: the flare-up plan and the end note at +2."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guided_session import CLEAR, ROUTINE, WEEKLY, Session, screens
from selfcare.i18n.language import t
from selfcare.routine.model import Area, StopRules
from selfcare.safety.check import Offer

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
DONE = ["2", "2", "n", "2"]  # pain, pain before loosening, no loosening, last pain
HISTORIES = "Has any of these ever applied to you?"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def day(home: Path, days: float, answers: list[str], **options: object) -> Session:
    moment = MONDAY + timedelta(days=days)
    session = Session(home, answers, now=lambda: moment, **options)  # type: ignore[arg-type]
    session.run()
    return session


def safety_answers(home: Path) -> list[tuple[str, str]]:
    import sqlite3

    from selfcare.paths import database_path

    db = sqlite3.connect(database_path(home))
    try:
        return list(db.execute("SELECT item, answer FROM safety_answers ORDER BY id"))
    finally:
        db.close()


def test_a_history_is_asked_once_cleared_then_kept_until_about_90_days(home: Path) -> None:
    # Cancer in the past, and a clinician has said exercise is OK: recorded, not asked weekly.
    first = day(home, 0, ["n", "n", "n", "n", "y", "y", *DONE])
    weekly = day(home, 8, [*WEEKLY, "s", *DONE])  # "s": the next morning was the same
    later = day(home, 95, [*WEEKLY, "y", "y", "s", *DONE])

    assert HISTORIES in first.output and t("history_check.noted") in first.output
    assert HISTORIES not in weekly.output
    assert t("history_check.again") in later.output and HISTORIES in later.output
    assert [answer for item, answer in safety_answers(home) if item == "histories"] == [
        "cleared",
        "cleared",
    ]
    assert "do not start today" not in first.output + weekly.output + later.output


def test_a_history_without_a_clinicians_ok_stops_and_is_asked_again_next_time(
    home: Path,
) -> None:
    first = day(home, 0, ["n", "n", "n", "n", "y", "n"])
    assert first.record(everything=True)["stop_reason"] == "red-flag-tier-c"
    assert t("screen.c_advice") in first.output

    # No full check has passed yet: the full check again, histories included.
    second = day(home, 1, ["n", "n", "n", "n", "y", "y", *DONE])

    assert HISTORIES in second.output and second.record()["status"] == "completed"


def test_after_a_warning_sign_the_next_check_is_full_with_the_histories(home: Path) -> None:
    day(home, 0, [*CLEAR, *DONE])
    day(home, 1, ["y", "n", "n", "y"])  # short "yes" → full check → a doctor-soon sign: stop
    # Within the week, yet the full check again (the sign may remain), histories included,
    # then the morning after the first session.
    after = day(home, 3, [*CLEAR, "s", *DONE])

    assert "Safety check before you start" in after.output and HISTORIES in after.output
    assert [kind for kind, _ in screens(home)] == ["full", "full", "full"]
    assert after.record()["status"] == "completed"


def test_a_full_check_counts_for_its_own_area_only(home: Path) -> None:
    day(home, 0, [*CLEAR, *DONE])  # a general routine
    back = replace(ROUTINE, id="back", area=Area.LOW_BACK)
    # Next day, a low-back routine: its own full check (histories and the inflammatory question
    # too, as the back's answers are its own), then the morning after.
    second = day(home, 1, [*CLEAR, "n", "s", *DONE], routine=back)

    assert t("screen.saddle") in second.output
    assert second.record()["status"] == "completed"


def test_yes_at_a_terminal_still_asks_the_pregnancy_signs_every_session(home: Path) -> None:
    day(home, 0, ["n", "y", "n", "y", "n", "n", "n", *DONE])
    # The short question and the pregnancy signs, then pain before, before loosening, after.
    second = day(home, 2, ["n", "n", "2", "2", "2"], yes=True, interactive=True)

    assert t("pregnancy.signs") in second.output and t("screen.yes_asked") in second.output
    assert second.record()["status"] == "completed"


def test_a_pregnancy_warning_sign_stops_and_names_the_midwife(home: Path) -> None:
    session = day(home, 0, ["n", "y", "y"])

    assert t("pregnancy.signs_advice") in session.output and "midwife" in session.output
    assert session.record(everything=True)["stop_reason"] == "red-flag-pregnancy"


def test_pregnant_without_the_midwifes_ok_stops(home: Path) -> None:
    session = day(home, 0, ["n", "y", "n", "n"])

    assert t("pregnancy.not_cleared") in session.output
    assert session.record(everything=True)["stop_reason"] == "red-flag-tier-c"


def test_pregnant_and_cleared_is_offered_the_routine_for_pregnancy_and_can_take_it(
    home: Path,
) -> None:
    moment = MONDAY
    session = Session(home, ["n", "y", "n", "y", "n", "n", "n", "y"], now=lambda: moment)
    session.session.offer = Offer("Pelvic girdle care", 15)

    assert session.run() == 0
    assert "Pelvic girdle care, about 15 minutes" in session.output
    assert session.session.switched
    assert session.record(everything=True)["status"] == "not-started"
    assert ("pregnancy", "yes") in safety_answers(home)


def test_declining_the_offer_runs_this_routine_with_the_16_week_caution(home: Path) -> None:
    session = Session(home, ["n", "y", "n", "y", "n", "n", "n", "n", *DONE], now=lambda: MONDAY)
    session.session.offer = Offer("Pelvic girdle care", 15)

    assert session.run() == 0
    assert t("pregnancy.caution") in session.output and not session.session.switched


def test_while_pregnant_the_pregnancy_signs_are_asked_every_session(home: Path) -> None:
    day(home, 0, ["n", "y", "n", "y", "n", "n", "n", *DONE])
    second = day(home, 2, ["n", "y"])  # short question, then a pregnancy sign

    assert t("pregnancy.signs_advice") in second.output
    assert second.record(everything=True)["stop_reason"] == "red-flag-pregnancy"


def test_yes_at_a_terminal_still_asks_the_first_full_check_and_pain(home: Path) -> None:
    session = Session(home, [*CLEAR, "6"], yes=True, interactive=True)

    assert session.run() == 1
    assert "Safety check before you start" in session.output
    assert t("screen.yes_asked") in session.output
    assert session.record(everything=True)["stop_reason"] == "pain-above-limit"


def test_yes_at_a_terminal_after_a_passed_check_asks_pain_but_not_the_check(home: Path) -> None:
    Session(home, [*CLEAR, *DONE]).run()
    session = Session(home, ["2", "2", "2"], yes=True, interactive=True)

    assert session.run() == 0
    assert "Safety check before you start" not in session.output
    assert t("screen.declared_short") in session.output
    assert session.record()["pain_before"] == 2


def test_yes_without_a_terminal_asks_nothing(home: Path) -> None:
    session = Session(home, [], yes=True)

    assert session.run() == 0
    assert screens(home) == [("declared", "declared")]


def test_pain_above_the_limit_at_the_start_gives_the_flare_up_plan_not_rest(home: Path) -> None:
    session = Session(home, [*CLEAR, "6"])

    assert session.run() == 1
    assert t("flare_up.title") in session.output
    assert t("flare_up.general", limit=5) in session.output
    assert "Rest in a comfortable position" not in session.output


def test_the_low_back_flare_up_plan_points_to_the_quick_routine(home: Path) -> None:
    back = replace(ROUTINE, area=Area.LOW_BACK)
    session = Session(home, [*CLEAR, "n", "7"], routine=back)

    session.run()
    assert "selfcare start low-back-quick" in session.output


@pytest.mark.parametrize(("after", "noted"), [("3", False), ("4", True)])
def test_the_end_note_comes_at_a_rise_of_2_not_1(home: Path, after: str, noted: bool) -> None:
    session = Session(home, [*CLEAR, "2", "2", "n", after])

    assert session.run() == 0
    assert (t("session.pain_rose") in session.output) is noted


def test_a_routine_with_a_stricter_rise_limit_notes_a_rise_of_1(home: Path) -> None:
    strict = replace(ROUTINE, stop_rules=StopRules(max_rise=1))
    session = Session(home, [*CLEAR, "2", "2", "n", "3"], routine=strict)

    assert session.run() == 0
    assert t("session.pain_rose") in session.output


def test_a_pregnant_person_with_a_fever_is_sent_to_the_midwife_not_a_doctor_tomorrow(
    home: Path,
) -> None:
    session = day(home, 0, ["n", "y", "y"])  # tier A, pregnant, a sign (the fever)

    assert t("pregnancy.signs_advice") in session.output
    assert t("screen.b_advice") not in session.output


def test_a_clinicians_ok_not_given_brings_the_full_check_back_within_the_week(
    home: Path,
) -> None:
    day(home, 0, [*CLEAR, *DONE])
    day(home, 2, ["y", "n", "n", "n", "y", "n"])  # short yes → tier C applies, no OK yet: stop
    again = day(home, 3, [*CLEAR, "s", *DONE])  # full again (histories too), then the morning

    assert again.output.count("Safety check before you start") == 1
    assert again.record()["status"] == "completed"


def test_yes_at_a_terminal_after_a_stop_asks_the_full_check_again(home: Path) -> None:
    day(home, 0, [*CLEAR, *DONE])
    day(home, 2, ["y", "n", "n", "n", "y", "n"])
    again = day(home, 3, [*CLEAR, "2", "2", "2"], yes=True, interactive=True)

    assert t("screen.yes_asked") in again.output
    assert "Safety check before you start" in again.output
