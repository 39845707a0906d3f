"""A guided session with a prescription's fields: what to have at hand before the first step,
and who moves reps at your own pace on (a key, the voice's tempo, or, with no keyboard, the
tempo alone)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from guided_session import CLEAR, Session
from selfcare.routine.model import Pace, Phase, PhaseKind, Routine, Step

SIT_TO_STAND = Step(
    "sit-to-stand",
    "Sit to stand",
    hold=0,
    pace=Pace.OWN,
    reps=3,
    sets=2,
    rest=5,
    tempo=2,
    equipment=({"en": "a chair", "ja": "椅子"}, {"en": "A towel", "ja": "タオル"}),
)
ROUTINE = Routine(
    id="own-pace",
    title="Own pace",
    get_ready=2,
    equipment=({"en": "a towel", "ja": "タオル"},),
    phases=(
        Phase(PhaseKind.STABILIZE, (SIT_TO_STAND,)),
        Phase(PhaseKind.COOLDOWN, (Step("breathing", "Breathing", hold=5),)),
    ),
)
BARE = replace(SIT_TO_STAND, equipment=())
# sit-to-stand: 2 s to get ready, 3 reps, a 5 s rest, 3 reps; breathing: 2 s ready, 5 s hold
PACED_SECONDS = 2 + 3 * 2 + 5 + 3 * 2


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_what_to_have_at_hand_is_said_after_the_first_pain_question_and_waits(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "2", "", "1"], routine=ROUTINE, voice=True)

    assert session.run() == 0
    out = session.output
    said = "You will need: a towel, a chair (Enter to continue)"  # the routine's first, each once
    assert out.index("Pain now") < out.index(said) < out.index("-- Sit to stand")
    assert session.lines.asked == len(CLEAR) + 3  # pain, the equipment, pain after


def test_what_to_have_at_hand_is_said_in_the_session_language(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "2", "", "1"], routine=ROUTINE, lang="ja", voice=True)

    session.run()
    assert "用意するもの: タオル、椅子" in session.output


@pytest.mark.parametrize("interactive", [False, True])
def test_with_yes_what_to_have_at_hand_is_said_without_waiting(
    home: Path, interactive: bool
) -> None:
    answers = [*CLEAR, "2", "1"] if interactive else []
    session = Session(
        home, answers=answers, routine=ROUTINE, yes=True, interactive=interactive, voice=True
    )

    assert session.run() == 0
    assert "You will need: a towel, a chair" in session.output
    assert "(Enter to continue)" not in session.output
    assert session.lines.asked == len(answers)


def test_q_at_what_to_have_at_hand_ends_the_session_before_any_step(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "2", "q"], routine=ROUTINE)

    assert session.run() == 0
    record = session.record(everything=True)
    assert record["status"] == "not-started" and record["steps"] == []


def test_a_routine_without_equipment_asks_nothing_more(home: Path) -> None:
    bare = replace(ROUTINE, equipment=(), phases=(replace(ROUTINE.phases[0], steps=(BARE,)),))
    session = Session(home, answers=[*CLEAR, "2", "1"], routine=bare, voice=True)

    assert session.run() == 0
    assert "You will need" not in session.output
    assert session.lines.asked == len(CLEAR) + 2


def test_a_session_without_a_keyboard_moves_the_reps_on_at_the_tempo(home: Path) -> None:
    session = Session(home, routine=ROUTINE, yes=True)  # --yes, answers from a pipe

    assert session.run() == 0
    steps = session.record()["steps"]
    assert [(s["step"], s["status"], s["seconds"]) for s in steps] == [
        ("sit-to-stand", "done", PACED_SECONDS),
        ("breathing", "done", 7),
    ]
    assert "Sit to stand: At your own pace · rep 3/3 · set 2/2" in session.output


def test_at_a_keyboard_without_voice_the_reps_wait_for_keys(home: Path) -> None:
    keys = [(at, " ") for at in (10, 11, 12, 30, 31, 32)]
    session = Session(home, answers=[*CLEAR, "2", "", "1"], routine=ROUTINE, keys=keys)

    assert session.run() == 0
    assert session.record()["steps"][0]["seconds"] == 32


def test_with_voice_the_reps_move_on_at_the_tempo_at_a_keyboard_too(home: Path) -> None:
    session = Session(home, answers=[*CLEAR, "2", "", "1"], routine=ROUTINE, voice=True)

    assert session.run() == 0
    assert session.record()["steps"][0]["seconds"] == PACED_SECONDS
