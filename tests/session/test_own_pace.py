"""Reps at your own pace: a key moves on to the next rep (or the voice's tempo does), the other
keys still steer, rests between sets stay timed, and time paused is not time spent."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest

from fakes import FakeClock, RecordingView, ScriptedKeys
from selfcare.routine.model import Pace, Phase, PhaseKind, Routine, Step
from selfcare.routine.plan import SegmentKind, plan_session
from selfcare.session.outcomes import StepResult
from selfcare.session.runner import RunResult, SessionRunner

SIT_TO_STAND = Step(
    "sit-to-stand", "Sit to stand", hold=0, pace=Pace.OWN, reps=3, sets=2, rest=5, tempo=2
)
BREATHING = Step("breathing", "Breathing", hold=5)
ROUTINE = Routine(
    id="own-pace",
    title="Own pace",
    get_ready=2,
    phases=(
        Phase(PhaseKind.STABILIZE, (SIT_TO_STAND,)),
        Phase(PhaseKind.COOLDOWN, (BREATHING,)),
    ),
)
# sit-to-stand: get ready 0..2 s, reps 1-3, a timed rest of 5 s, reps 1-3; then breathing
# (2 s to get ready, a 5 s hold)


class Run:
    """One runner run on a fake clock: what the view saw and what was recorded."""

    def __init__(
        self,
        keys: Iterable[tuple[float, str]] = (),
        *,
        tempo: Mapping[int, float] | None = None,
        speed: float = 1.0,
        confirm: bool = True,
        routine: Routine = ROUTINE,
    ) -> None:
        self.clock = FakeClock()
        self.view = RecordingView(self.clock)
        self.recorded: list[StepResult] = []
        runner = SessionRunner(
            plan_session(routine, lead_in_after_question=0),
            self.clock,
            ScriptedKeys(self.clock, keys, give_up_after=600),
            self.view,
            speed=speed,
            on_step_end=self.recorded.append,
            confirm_quit=lambda: confirm,
            rep_tempo=tempo,
        )
        self.result: RunResult = runner.run()

    def starts(self) -> list[tuple[float, str, int | None, int | None]]:
        """(when, kind, set, rep) of each segment of sit-to-stand."""
        return [
            (round(at, 2), str(segment.kind), segment.set, segment.rep)
            for at, segment in self.view.segments
            if segment.step == "sit-to-stand"
        ]

    def started_at(self, step_id: str) -> float:
        return next(at for at, segment in self.view.segments if segment.step == step_id)


def test_a_rep_at_your_own_pace_waits_for_space_or_enter_however_long_it_takes() -> None:
    run = Run([(12, " "), (40, "enter"), (41, " "), (50, " "), (51, "enter"), (52, " ")])

    assert run.starts() == [
        (0, "get-ready", None, None),
        (2, "own-rep", 1, 1),
        (12, "own-rep", 1, 2),
        (40, "own-rep", 1, 3),
        (41, "rest", 1, 3),  # between sets: timed, 5 s
        (46, "own-rep", 2, 1),
        (50, "own-rep", 2, 2),
        (51, "own-rep", 2, 3),
    ]
    assert run.started_at("breathing") == 52
    first = run.recorded[0]
    assert (first.step, first.status, first.seconds) == ("sit-to-stand", "done", 52)


def test_p_pauses_a_rep_and_space_then_resumes_it_without_counting_a_rep() -> None:
    run = Run([(5, "p"), (35, " "), (36, " "), (37, " "), (38, " "), (42, "n")])

    assert run.view.pauses == [(5, True), (35, False)]
    assert run.starts()[2:4] == [(36, "own-rep", 1, 2), (37, "own-rep", 1, 3)]
    sit_to_stand = run.recorded[0]
    assert (sit_to_stand.status, sit_to_stand.seconds) == ("skipped", 42 - 30)  # pause left out


def test_space_still_pauses_a_timed_segment_and_p_does_too() -> None:
    # The rest between sets is timed: space pauses it, as in any countdown.
    run = Run([(3, " "), (4, " "), (5, " "), (6, " "), (10, " "), (13, "p"), (15, "n"), (17, "n")])

    assert run.view.pauses == [(6, True), (10, False), (13, True), (15, False)]


@pytest.mark.parametrize(
    ("key", "status", "reason"),
    [("n", "skipped", "skipped"), ("w", "skipped", "worse"), ("right", "skipped", "skipped")],
)
def test_the_step_keys_still_work_during_a_rep_at_your_own_pace(
    key: str, status: str, reason: str
) -> None:
    run = Run([(3, " "), (8, key)])

    first = run.recorded[0]
    assert (first.step, first.status, first.reason) == ("sit-to-stand", status, reason)
    assert run.started_at("breathing") == 8


def test_q_during_a_rep_at_your_own_pace_asks_and_ends_the_session() -> None:
    carry_on = Run([(3, "q"), (4, " "), (5, "n")], confirm=False)
    ending = Run([(3, "q")])

    assert carry_on.starts()[2] == (4, "own-rep", 1, 2)  # "no": the rep went on
    assert str(ending.result.ending) == "aborted" and ending.recorded == []


def test_b_in_a_rep_starts_the_step_again() -> None:
    run = Run([(3, " "), (4, "b")], tempo={0: 2})

    firsts = [at for at, kind, _, _ in run.starts() if kind == "get-ready"]
    assert firsts == [0, 4]


def test_with_a_tempo_the_reps_move_on_by_themselves_and_a_key_still_moves_on_at_once() -> None:
    paced = Run(tempo={0: 2})
    pressed = Run([(3, " ")], tempo={0: 2})

    assert [at for at, kind, _, _ in paced.starts()] == [0, 2, 4, 6, 8, 13, 15, 17]
    assert paced.started_at("breathing") == 19
    assert [at for at, kind, _, _ in pressed.starts()][:4] == [0, 2, 3, 5]


def test_the_tempo_follows_the_speed_of_a_practice_run() -> None:
    run = Run(tempo={0: 2}, speed=2)

    assert [at for at, kind, _, _ in run.starts()][:4] == [0, 1, 2, 3]


def test_the_time_left_is_about_when_reps_go_at_your_own_pace() -> None:
    timed = Routine("timed", "Timed", (Phase(PhaseKind.COOLDOWN, (BREATHING,)),), get_ready=2)

    own = Run(tempo={0: 2}).view.frames
    exact = Run(routine=timed).view.frames

    assert own[0].time_left == "about 0:26" and all(frame.approximate for frame in own)
    assert exact[0].time_left == "0:07" and not any(frame.approximate for frame in exact)


def test_a_rep_frame_keeps_its_planned_seconds_until_the_rep_is_done() -> None:
    run = Run([(12, " "), (13, "n")])

    reps = [frame for frame in run.view.frames if frame.segment.kind is SegmentKind.OWN_REP]
    first = [frame for frame in reps if frame.segment.rep == 1]
    assert {frame.step_fraction for frame in first} == {round(2 / 19, 2)}  # 2 s of 19 planned
