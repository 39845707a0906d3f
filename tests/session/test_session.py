"""The guided session as a person meets it: safety check, pain questions, stop rules, summary."""

from __future__ import annotations

import io
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from fakes import FakeClock, ScriptedKeys
from guided_session import CLEAR, ROUTINE, SHORT, WEEKLY, Session, screens, steps_of
from selfcare.i18n.language import t
from selfcare.paths import database_path
from selfcare.routine.discovery import check_file
from selfcare.routine.model import Area, PhaseKind
from selfcare.routine.plan import plan_session
from selfcare.session.outcomes import SkipReason, StepResult, StepStatus
from selfcare.session.ports import Frame
from selfcare.session.prompts import NoAnswer
from selfcare.session.views.live import LiveView


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


# --- the red-flag screen ---------------------------------------------------------------------


def test_tier_a_yes_stops_at_once_with_emergency_advice(home: Path) -> None:
    session = Session(home, ["y"])

    assert session.run() == 1
    assert "emergency" in session.output
    assert "0-10" not in session.output  # no pain question, no exercise
    record = session.record()
    assert record["status"] == "stopped"
    assert str(record["stop_reason"]).startswith("red-flag")
    assert record["steps"] == []
    assert screens(home) == [("full", "tier-a")]


def test_tier_a_advice_in_japanese_names_119(home: Path) -> None:
    session = Session(home, ["y"], lang="ja")

    assert session.run() == 1
    assert "119" in session.output
    assert "救急" in session.output


def test_tier_b_yes_stops_and_advises_a_doctor_soon(home: Path) -> None:
    session = Session(home, ["n", "n", "y"])  # tier A, not pregnant, tier B

    assert session.run() == 1
    assert "see a doctor today or tomorrow" in session.output
    record = session.record()
    assert (record["status"], record["stop_reason"]) == ("stopped", "red-flag-tier-b")


def test_tier_c_without_a_clinicians_ok_stops(home: Path) -> None:
    # tiers A and B, not pregnant, then a tier C sign and no clinician's OK
    session = Session(home, ["n", "n", "n", "y", "n"])

    assert session.run() == 1
    assert "No improvement after 2 weeks" in session.output  # the tier C sign, asked
    assert "ask a doctor or physiotherapist first" in session.output
    assert session.lines.asked == 5  # nothing after the stop: no histories, no pain
    record = session.record()
    assert (record["status"], record["stop_reason"]) == ("stopped", "red-flag-tier-c")
    assert screens(home) == [("full", "tier-c")]


def test_tier_c_continues_only_after_the_clinicians_ok_is_confirmed(home: Path) -> None:
    # tiers A and B, not pregnant, a tier C sign with the OK, no history, then the session
    session = Session(home, ["n", "n", "n", "y", "y", "n", "2", "2", "y", "2"])

    assert session.run() == 0
    assert "Has a doctor or physiotherapist said this exercise is OK" in session.output
    assert "Has any of these ever applied to you?" in session.output  # histories still asked
    assert session.lines.asked == 10
    assert session.record()["status"] == "completed"
    assert screens(home) == [("full", "confirmed")]


def test_a_screen_answer_other_than_y_or_n_is_asked_again(home: Path) -> None:
    session = Session(home, ["maybe", "", *CLEAR, "2", "2", "y", "2"])

    assert session.run() == 0
    assert session.output.count("Please answer y or n.") == 2
    assert screens(home) == [("full", "clear")]


def test_the_full_check_runs_at_the_first_session(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "2"])

    assert session.run() == 0

    output = session.output
    assert "Safety check before you start" in output
    # tier A, pregnancy (before tier B: a fever in pregnancy is for the midwife), tier B,
    # tier C, histories; then the loosen question
    assert output.count("[y/n]") == 6
    tier_a, tier_b = output.index(t("screen.chest_pain")), output.index(t("screen.fever"))
    pregnancy = output.index(t("pregnancy.question"))
    tier_c, histories = output.index(t("screen.not_improving")), output.index(t("screen.cancer"))
    assert tier_a < pregnancy < tier_b < tier_c < histories
    assert t("inflammatory.question") not in output  # a general routine: no back questions
    assert session.record()["status"] == "completed"


def test_after_a_recent_full_check_one_short_question_is_asked(home: Path) -> None:
    Session(home, [*CLEAR, "2", "2", "y", "2"]).run()

    second = Session(home, [*SHORT, "2", "2", "y", "2"])

    assert second.run() == 0
    assert "Any new or worsening symptoms since your last safety check" in second.output
    assert "Safety check before you start" not in second.output
    assert "Has any of these ever applied to you?" not in second.output  # kept 3 months
    assert screens(home) == [("full", "clear"), ("short", "clear")]


def test_yes_to_the_short_question_leads_to_the_full_check(home: Path) -> None:
    Session(home, [*CLEAR, "2", "2", "y", "2"]).run()

    second = Session(home, ["y", "y"])

    assert second.run() == 1
    assert "Any new or worsening symptoms since your last safety check" in second.output
    assert "Safety check before you start" in second.output
    assert second.record()["stop_reason"] == "red-flag-tier-a"
    assert screens(home) == [("full", "clear"), ("full", "tier-a")]


def test_the_full_check_after_a_yes_to_the_short_question_keeps_the_histories(
    home: Path,
) -> None:
    Session(home, [*CLEAR, "2", "2", "y", "2"]).run()

    # yes to the short question, then tiers A and B, pregnancy and tier C: none applies
    second = Session(home, ["y", *WEEKLY, "2", "2", "y", "2"])

    assert second.run() == 0
    assert "Safety check before you start" in second.output
    assert "Has any of these ever applied to you?" not in second.output  # not due yet
    assert second.lines.asked == 1 + len(WEEKLY) + 4
    assert screens(home) == [("full", "clear"), ("full", "clear")]


def age_screens(home: Path, days: float) -> None:
    taken = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    db = sqlite3.connect(database_path(home))
    with db:
        db.execute("UPDATE screens SET taken_at = ?", (taken,))
    db.close()


def test_a_full_check_over_7_days_old_is_asked_in_full_again(home: Path) -> None:
    Session(home, [*CLEAR, "2", "2", "y", "2"]).run()
    age_screens(home, days=8)

    # tiers A and B, pregnancy and tier C again; the histories, answered today, are kept
    second = Session(home, [*WEEKLY, "2", "2", "y", "2"])

    assert second.run() == 0
    assert "Safety check before you start" in second.output
    assert "Has any of these ever applied to you?" not in second.output
    assert second.lines.asked == len(WEEKLY) + 4
    assert screens(home) == [("full", "clear"), ("full", "clear")]


def test_a_full_check_6_days_old_still_counts(home: Path) -> None:
    Session(home, [*CLEAR, "2", "2", "y", "2"]).run()
    age_screens(home, days=6)

    second = Session(home, [*SHORT, "2", "2", "y", "2"])

    assert second.run() == 0
    assert "Safety check before you start" not in second.output


def test_a_failed_full_check_does_not_count_as_passed(home: Path) -> None:
    Session(home, ["y"]).run()

    # the first full check again, histories included (they were never reached)
    second = Session(home, [*CLEAR, "2", "2", "y", "2"])

    assert second.run() == 0
    assert "Safety check before you start" in second.output
    assert "Has any of these ever applied to you?" in second.output
    assert second.lines.asked == len(CLEAR) + 4


# --- pain and the stop rules -----------------------------------------------------------------


def test_pain_is_asked_again_until_it_is_a_whole_number_from_0_to_10(home: Path) -> None:
    session = Session(home, [*CLEAR, "11", "abc", "", "-1", "2.5", "3", "3", "y", "3"])

    assert session.run() == 0
    assert session.output.count("Please type a whole number from 0 to 10.") == 5
    assert session.record()["pain_before"] == 3


def test_the_only_questions_before_the_first_step_are_the_check_and_pain(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "2"], view="recording")

    session.run()

    log = session.recording.log
    first_step = log.index("segment drawing-in get-ready")
    assert log[:first_step].count("question") == len(CLEAR) + 1  # the first check and pain
    assert "Safety check before you start" in session.output


def test_pain_above_the_limit_before_starting_stops_before_any_step(home: Path) -> None:
    session = Session(home, [*CLEAR, "6"])

    assert session.run() == 1
    assert "Pain 6/10 is above this routine's limit of 5" in session.output
    assert t("flare_up.title") in session.output  # a plan for the flare-up, not "rest"
    assert t("session.stop_advice") not in session.output
    record = session.record()
    assert (record["status"], record["stop_reason"]) == ("stopped", "pain-above-limit")
    assert record["pain_before"] == 6
    assert record["steps"] == []


def test_pain_at_the_limit_is_allowed(home: Path) -> None:
    session = Session(home, [*CLEAR, "5", "5", "y", "5"])

    assert session.run() == 0
    assert session.record()["status"] == "completed"


def test_a_rise_of_two_at_the_loosen_question_stops_before_loosening(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "4"])

    assert session.run() == 1
    assert "Pain rose from 2 to 4" in session.output
    assert t("session.stop_advice") in session.output  # a stop during the session: ease off
    assert t("flare_up.title") not in session.output
    assert "Still tight?" not in session.output  # not asked once the session stopped
    record = session.record()
    assert (record["status"], record["stop_reason"]) == ("stopped", "pain-rose")
    assert (record["pain_before"], record["pain_mid"]) == (2, 4)
    assert steps_of(record) == [("drawing-in", "done")]
    assert record["loosen"] is None  # loosening never began


def test_a_rise_of_one_carries_on(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "3", "y", "3"])

    assert session.run() == 0
    assert session.record()["status"] == "completed"


def test_a_routine_with_a_stricter_pain_limit_is_honoured(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "strict.yaml"
    path.write_text(
        """\
format: selfcare/1
id: strict
title: Strict routine
stop_rules:
  max_pain: 3
phases:
  - kind: stabilize
    steps:
      - id: drawing-in
        name: Drawing-in
        hold: 3
""",
        encoding="utf-8",
    )
    routine = check_file(path).routine
    assert routine is not None

    session = Session(home, [*CLEAR, "4"], routine=routine)

    assert session.run() == 1
    assert "above this routine's limit of 3" in session.output
    assert session.record()["stop_reason"] == "pain-above-limit"


# --- loosening -------------------------------------------------------------------------------


def test_no_to_the_loosen_question_skips_loosening_and_cools_down(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "n", "2"])

    assert session.run() == 0
    assert "Still tight? [y/n]" in session.output
    assert "Loosening skipped" in session.output
    record = session.record()
    assert record["loosen"] == "skipped"
    assert steps_of(record) == [("drawing-in", "done"), ("breathing", "done")]


def test_yes_to_the_loosen_question_runs_loosening(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "2"])

    assert session.run() == 0
    record = session.record()
    assert record["loosen"] == "done"
    assert steps_of(record) == [
        ("drawing-in", "done"),
        ("knee-hug", "done"),
        ("breathing", "done"),
    ]
    assert (record["pain_before"], record["pain_mid"], record["pain_after"]) == (2, 2, 2)


def test_the_loosen_questions_are_asked_without_leaving_the_session_screen(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "2"], view="recording")

    session.run()

    log = session.recording.log
    asked = log.index("ended drawing-in done") + 1
    assert log.index("running") < asked < log.index("not running")
    assert log[asked : asked + 3] == [
        "question",  # pain now
        "question",  # still tight?
        "segment knee-hug get-ready",
    ]


def test_w_during_loosening_records_it_stopped_and_gives_the_advice(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "2"], keys=[(12, "w")])

    assert session.run() == 0
    assert "Loosening stopped" in session.output
    assert "talk to the author of this routine or a physiotherapist" in session.output
    record = session.record()
    assert record["loosen"] == "stopped"
    assert record["status"] == "completed"
    assert record["steps"][1]["reason"] == "worse"
    assert steps_of(record) == [
        ("drawing-in", "done"),
        ("knee-hug", "skipped"),
        ("breathing", "done"),
    ]


# --- --yes and the end of input --------------------------------------------------------------


def test_yes_asks_nothing_records_pain_as_unknown_and_runs_loosening(home: Path) -> None:
    session = Session(home, [], yes=True)

    assert session.run() == 0
    assert session.lines.asked == 0
    assert "you declare that none of the safety questions apply" in session.output
    record = session.record()
    assert record["status"] == "completed"
    assert (record["pain_before"], record["pain_mid"], record["pain_after"]) == (None, None, None)
    assert record["loosen"] == "done"
    assert screens(home) == [("declared", "declared")]


def test_end_of_input_at_a_question_is_an_error_that_says_the_session_did_not_go_on(
    home: Path,
) -> None:
    session = Session(home, ["n"])

    with pytest.raises(NoAnswer, match="input ended while a question was waiting") as ended:
        session.run()

    assert "--yes" not in str(ended.value)  # --yes would not skip the first check at a terminal

    record = session.record()
    assert record["status"] == "aborted"  # not left 'running'
    assert record["stop_reason"] == "no-input"


def test_end_of_input_at_the_loosen_question_keeps_the_steps_done(home: Path) -> None:
    session = Session(home, [*CLEAR, "2"])

    with pytest.raises(NoAnswer, match="input ended while a question was waiting"):
        session.run()

    record = session.record()
    assert record["status"] == "aborted"
    assert steps_of(record) == [("drawing-in", "done")]


# --- the end ---------------------------------------------------------------------------------


def test_the_summary_shows_pain_before_and_after_and_advice_when_pain_rose(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "4"])

    assert session.run() == 0
    output = session.output
    assert "Steps done: 3, skipped: 0" in output
    assert "Pain: 2/10 → 2/10 → 4/10" in output
    assert "Your pain is higher than when you started" in output  # a rise of 2 or more
    assert "test@clinic.example" in output  # the author's contact
    assert session.record()["pain_after"] == 4


@pytest.mark.parametrize(
    ("area", "check", "improve"),
    [
        (Area.GENERAL, CLEAR, "improve.general"),
        (Area.LOW_BACK, [*CLEAR, "n"], "improve.low_back"),  # and the inflammatory question
    ],
)
def test_the_summary_ends_with_where_to_turn_for_the_routines_area(
    home: Path, area: Area, check: list[str], improve: str
) -> None:
    session = Session(home, [*check, "2", "2", "y", "3"], routine=replace(ROUTINE, area=area))

    assert session.run() == 0
    output = session.output
    summary = output[output.index("Session complete") :]
    assert "Pain: 2/10 → 2/10 → 3/10" in summary
    assert "Your pain is higher" not in summary  # a rise of 1 is within the noise
    assert t(improve) in summary
    assert summary.index(t(improve)) > summary.index("Pain: 2/10")
    assert session.lines.asked == len(check) + 4


def test_no_pain_advice_when_pain_did_not_rise(home: Path) -> None:
    session = Session(home, [*CLEAR, "3", "2", "n", "1"])

    assert session.run() == 0
    assert "Pain: 3/10 → 2/10 → 1/10" in session.output
    assert "Your pain is higher" not in session.output


def test_q_answered_no_carries_on_to_the_end(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y", "n", "3"], keys=[(12, "q")])

    assert session.run() == 0
    record = session.record()
    assert (record["status"], record["pain_after"]) == ("completed", 3)


def test_q_asks_then_ends_early_with_exit_0_keeps_what_was_done_and_asks_pain_after(
    home: Path,
) -> None:
    # answers: check, pain, pain mid, loosen yes, "end the session?" yes, pain after skipped
    session = Session(home, [*CLEAR, "2", "2", "y", "y", ""], keys=[(12, "q")])

    assert session.run() == 0
    assert "Session ended early; what you did is saved." in session.output
    assert "End the session now?" in session.output
    # the check and three answers, then the confirmation and the last pain question (skipped)
    assert session.lines.asked == len(CLEAR) + 5
    record = session.record()
    assert record["pain_after"] is None
    assert (record["status"], record["stop_reason"]) == ("aborted", "quit")
    assert steps_of(record) == [("drawing-in", "done")]
    assert record["ended_at"] is not None


class CtrlCAt(ScriptedKeys):
    """Ctrl-C (SIGINT in cbreak mode) arrives at a set fake time."""

    def __init__(self, clock: FakeClock, at: float) -> None:
        super().__init__(clock)
        self.at = clock.now() + at

    def read(self, timeout: float) -> str | None:
        if self.clock.now() + timeout >= self.at:
            raise KeyboardInterrupt
        return super().read(timeout)


def test_ctrl_c_ends_the_session_aborted_with_exit_130(home: Path) -> None:
    session = Session(home, [*CLEAR, "2", "2", "y"], keys=lambda clock: CtrlCAt(clock, 12))

    assert session.run() == 130
    assert "Session ended early" in session.output
    record = session.record()
    assert (record["status"], record["stop_reason"]) == ("aborted", "ctrl-c")
    assert steps_of(record) == [("drawing-in", "done")]


# --- the full-screen view --------------------------------------------------------------------


def rendered(view: LiveView, frame: Frame) -> str:
    with view.console.capture() as capture:
        view.console.print(view.render(frame))
    return " ".join(capture.get().split())


def first_frame_of(step_index: int) -> Frame:
    segment = next(
        s for s in plan_session(ROUTINE, lead_in_after_question=0) if s.step_index == step_index
    )
    after = step_index + 1 if step_index + 1 < len(ROUTINE.steps()) else None
    return Frame(segment, 2, 0.0, 0.3, 19, paused=False, next_step=after)


@pytest.mark.parametrize(
    ("status", "reason", "notice"),
    [
        (StepStatus.DONE, None, "Done: Drawing-in"),
        (StepStatus.SKIPPED, SkipReason.SKIPPED, "Skipped: Drawing-in"),
        (StepStatus.SKIPPED, SkipReason.WORSE, "Skipped, noted as making it worse."),
    ],
)
def test_the_session_screen_shows_how_the_last_step_ended_while_the_next_one_starts(
    status: StepStatus, reason: SkipReason | None, notice: str
) -> None:
    console = Console(file=io.StringIO(), width=100, height=30, color_system=None)
    view = LiveView(console, ROUTINE)
    next_step = first_frame_of(1)

    view.step_ended(StepResult(0, "drawing-in", PhaseKind.STABILIZE, status, reason, 9.0))
    view.segment_started(next_step.segment, None)

    assert notice in rendered(view, next_step)


def test_the_session_screen_shows_the_advice_when_loosening_is_stopped() -> None:
    console = Console(file=io.StringIO(), width=100, height=30, color_system=None)
    view = LiveView(console, ROUTINE)
    cooldown = first_frame_of(2)

    view.step_ended(
        StepResult(1, "knee-hug", PhaseKind.LOOSEN, StepStatus.SKIPPED, SkipReason.WORSE, 3.0)
    )
    view.loosen_stopped()
    view.segment_started(cooldown.segment, None)

    assert "Loosening stopped" in rendered(view, cooldown)
