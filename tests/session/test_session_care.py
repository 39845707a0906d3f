"""What the session says and shows around safety: advice at every way of ending, answers
typed as people type them, and the screen showing cautions, positions and cues."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from guided_session import CLEAR, Session
from selfcare.i18n.language import set_language, t
from selfcare.routine.discovery import resolve
from selfcare.routine.model import Phase, PhaseKind, Routine, Step
from selfcare.routine.plan import plan_session
from selfcare.session.ports import Frame
from selfcare.session.prompts import Prompter
from selfcare.session.views.live import LiveView
from selfcare.session.views.plain import PlainView
from selfcare.session.views.voice import Voice, find_speaker


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_a_red_flag_stop_ends_on_its_own_advice_without_the_two_week_line(home: Path) -> None:
    session = Session(home, answers=["y"])
    assert session.run() == 1
    assert "emergency" in session.output
    assert "2 weeks" not in session.output
    assert "Pain:" not in session.output


def test_answering_q_to_the_first_pain_question_ends_the_session_before_it_starts(
    home: Path,
) -> None:
    session = Session(home, answers=[*CLEAR, "q"])
    assert session.run() == 0
    record = session.record(everything=True)
    assert record["status"] == "not-started" and record["stop_reason"] == "quit"
    assert t("session.warning_signs") in session.output  # warning-sign advice


def test_full_width_digits_from_a_japanese_input_method_are_accepted(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "３", "２", "ｎ", "１"], lang="ja")
    assert session.run() == 0
    record = session.record()
    assert record["pain_before"] == 3 and record["loosen"] == "skipped"


def test_the_last_pain_answer_over_the_limit_gives_advice_and_no_well_done(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "2", "2", "y", "9"])
    assert session.run() == 0
    assert "Do no more exercise today" in session.output
    assert "Well done" not in session.output
    assert "get medical advice today" in session.output


def test_answers_from_a_pipe_are_echoed_after_their_question() -> None:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)

    class Lines:
        def read_line(self) -> str | None:
            return "4\n"

    assert Prompter(console, Lines(), echo=True).pain("Pain now?") == 4
    assert "Pain now? (0-10) 4\n" in out.getvalue()


def test_routine_text_never_reaches_the_speech_program_as_an_option() -> None:
    command = Voice("espeak-ng").command("-f/etc/hostname")
    assert command[-1] == "f/etc/hostname"
    assert not any(part.startswith("-f") for part in command)


def test_japanese_speech_prefers_a_program_that_reads_kanji(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    available = {"espeak-ng", "spd-say"}
    monkeypatch.setattr("shutil.which", lambda name: name if name in available else None)
    set_language("ja")
    assert find_speaker() == "spd-say"
    set_language("en")
    assert find_speaker() == "espeak-ng"


CAREFUL = Routine(
    id="careful",
    title="Careful",
    phases=(
        Phase(
            PhaseKind.STABILIZE,
            (
                Step(
                    "bridge",
                    "Glute bridge",
                    hold=6,
                    reps=3,
                    position="On your back, knees bent",
                    cues=("Press through the heels", "Lift to a straight line", "Breathe", "Lower"),
                    caution="Stop if your back hurts",
                ),
            ),
            why="Support first",
        ),
    ),
)


def _screen(routine: Routine, width: int, height: int, kind_index: int = 1) -> list[str]:
    segment = plan_session(routine)[kind_index]
    console = Console(width=width, height=height, color_system=None, force_terminal=False)
    view = LiveView(console, routine)
    frame = Frame(segment, 5, 0.2, 0.2, 30, False, None)
    with console.capture() as captured:
        console.print(view.render(frame))
    return captured.get().rstrip("\n").split("\n")


@pytest.mark.parametrize(("width", "height"), [(100, 30), (60, 20), (80, 24), (40, 12)])
def test_the_live_screen_fits_the_terminal(width: int, height: int) -> None:
    rows = _screen(resolve("low-back").routine, width, height)
    assert len(rows) <= height


def test_the_live_screen_shows_caution_position_and_every_cue_when_there_is_room() -> None:
    text = "\n".join(_screen(CAREFUL, 100, 30))
    assert "Caution: Stop if your back hurts" in text
    assert "On your back, knees bent" in text
    for cue in ("Press through the heels", "Lift to a straight line", "Breathe", "Lower"):
        assert cue in text


def test_the_phase_why_shows_while_its_first_step_gets_ready() -> None:
    assert "Support first" in "\n".join(_screen(CAREFUL, 100, 30, kind_index=0))
    assert "Support first" not in "\n".join(_screen(CAREFUL, 100, 30, kind_index=1))


def test_plain_output_gives_position_cues_and_caution_at_each_step() -> None:
    out = io.StringIO()
    view = PlainView(out, CAREFUL)
    first = plan_session(CAREFUL)[0]
    view.segment_started(first, None)
    text = out.getvalue()
    assert "Start: On your back, knees bent" in text
    assert "• Press through the heels" in text and "• Lower" in text
    assert "Caution: Stop if your back hurts" in text


def test_a_terminal_that_vanishes_mid_step_leaves_an_aborted_record(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "2"], view="recording")

    def gone(*_: object) -> None:
        raise OSError(5, "Input/output error")

    session.recording.show = gone  # type: ignore[method-assign,assignment]
    session.run()
    record = session.record()
    assert record["status"] == "aborted" and record["stop_reason"] == "terminal-lost"


def test_next_never_points_at_loosening_once_it_is_closed() -> None:
    from fakes import FakeClock, RecordingView, ScriptedKeys
    from guided_session import ROUTINE
    from selfcare.session.runner import SessionRunner

    clock = FakeClock()
    runner = SessionRunner(
        plan_session(ROUTINE), clock, ScriptedKeys(clock, []), RecordingView(clock)
    )
    assert runner._next_step_after(0) == 1  # the loosen step, while loosening is open
    runner.loosen_closed = True
    assert runner._next_step_after(0) == 2  # straight to the cool-down
