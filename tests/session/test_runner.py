"""The session runner on a fake clock and a scripted keyboard: timing, keys and the loosen gate."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from fakes import FakeClock, RecordingView, ScriptedKeys
from selfcare.routine.model import Phase, PhaseKind, Routine, Step
from selfcare.routine.plan import Segment, plan_session
from selfcare.session.outcomes import (
    Ending,
    GateAnswer,
    LoosenOutcome,
    StepResult,
    StepStatus,
)
from selfcare.session.runner import RunResult, SessionRunner

STABILIZE, LOOSEN, COOLDOWN = (
    PhaseKind.STABILIZE,
    PhaseKind.LOOSEN,
    PhaseKind.COOLDOWN,
)


def step(
    step_id: str,
    hold: float = 10,
    reps: int = 1,
    sets: int = 1,
    rest: float = 0,
    set_rest: float | None = None,
    each_side: bool = False,
    get_ready: float | None = None,
) -> Step:
    return Step(
        step_id,
        step_id.replace("-", " ").capitalize(),
        hold=hold,
        reps=reps,
        sets=sets,
        rest=rest,
        set_rest=set_rest,
        each_side=each_side,
        get_ready=get_ready,
    )


def routine_of(*phases: tuple[PhaseKind, Iterable[Step]], get_ready: float = 5) -> Routine:
    return Routine(
        id="test",
        title="Test",
        phases=tuple(Phase(kind, tuple(steps)) for kind, steps in phases),
        get_ready=get_ready,
    )


# stabilise 2 steps, loosen 2 phases of 1 step each, cool down 1 step; 5 s get-ready each
FIVE_STEPS = routine_of(
    (STABILIZE, [step("bridge", hold=6, reps=2, rest=2), step("bird-dog", hold=5, reps=2)]),
    (LOOSEN, [step("cat-cow", hold=6, reps=2)]),
    (LOOSEN, [step("knee-hug", hold=20)]),
    (COOLDOWN, [step("breathing", hold=30)]),
)


class Run:
    """One runner run on a fake clock, with everything the view saw."""

    def __init__(
        self,
        routine: Routine,
        keys: Iterable[tuple[float, str]] = (),
        speed: float = 1.0,
        overshoot: float = 0.0,
        sleeps: Iterable[tuple[float, float]] = (),
        gate: GateAnswer | None = None,
        confirm: Callable[[], bool] | None = None,
        asked: list[float] | None = None,
    ) -> None:
        self.clock = FakeClock()
        self.view = RecordingView(self.clock)
        self.keys = ScriptedKeys(self.clock, keys, overshoot=overshoot, sleeps=sleeps)
        # The runner's mechanics, without the longer lead-in after questions (tested in the plan).
        self.plan = plan_session(routine, lead_in_after_question=0)
        self.recorded: list[StepResult] = []
        self.gate_calls = 0

        def loosen_gate() -> GateAnswer:
            self.gate_calls += 1
            self.view.log.append("gate")
            assert gate is not None
            return gate

        runner = SessionRunner(
            self.plan,
            self.clock,
            self.keys,
            self.view,
            speed=speed,
            loosen_gate=None if gate is None else loosen_gate,
            on_step_end=self.recorded.append,
            confirm_quit=None if confirm is None else self._asking(confirm, asked),
        )
        self.result: RunResult = runner.run()
        self.elapsed = self.view.elapsed()

    def _asking(self, answer: Callable[[], bool], asked: list[float] | None) -> Callable[[], bool]:
        def confirm() -> bool:
            if asked is not None:
                asked.append(self.clock.now())
            return answer()

        return confirm

    def outcomes(self) -> list[tuple[str, str, str | None]]:
        return [(r.step, str(r.status), r.reason) for r in self.result.steps]

    def steps_seen(self) -> list[str]:
        """Step ids in the order their first segment was shown (a repeat shows twice)."""
        firsts: dict[int, Segment] = {}
        for segment in self.plan:
            firsts.setdefault(segment.step_index, segment)
        return [
            segment.step
            for _, segment in self.view.segments
            if segment is firsts[segment.step_index]
        ]

    def started_at(self, step_id: str) -> float:
        return next(at for at, segment in self.view.segments if segment.step == step_id)


def long_routine(minutes: int) -> Routine:
    """A routine of `minutes` one-minute steps (5 s ready, then 2 × 25 s holds with 5 s rest)."""
    steps = [step(f"step-{n}", hold=25, reps=2, rest=5) for n in range(minutes)]
    return routine_of((STABILIZE, steps))


# --- timing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("overshoot", [0.0, 0.004])
def test_a_two_hour_session_ends_on_time_even_when_every_wait_wakes_late(overshoot: float) -> None:
    routine = long_routine(120)
    planned = plan_session(routine, lead_in_after_question=0).total_seconds
    assert planned == 2 * 60 * 60

    run = Run(routine, overshoot=overshoot)

    # Late wake-ups must not add up: the end is late by at most one overshoot, not by thousands.
    assert planned - 1e-6 <= run.elapsed <= planned + overshoot + 1e-6
    offset = 0.0
    for at, segment in run.view.segments:
        assert offset - 1e-6 <= at <= offset + overshoot + 1e-6, segment
        offset += segment.seconds
    assert run.result.ending is Ending.COMPLETED
    assert len(run.result.steps) == 120


def test_speed_divides_every_duration_by_the_speed() -> None:
    run = Run(FIVE_STEPS, speed=8)

    planned = run.plan.total_seconds
    assert run.elapsed == pytest.approx(planned / 8, abs=1e-6)
    per_step = run.plan.step_seconds
    for result in run.result.steps:
        assert result.seconds == pytest.approx(per_step[result.step_index] / 8, abs=1e-6)


def test_frames_count_down_in_planned_seconds_whatever_the_speed() -> None:
    routine = routine_of((STABILIZE, [step("bridge", hold=4)]), get_ready=0)

    run = Run(routine, speed=4)

    # 4 planned seconds at speed 4 last 1 s, yet the screen shows 4, 3, 2, 1.
    shown = [frame.remaining for frame in run.view.frames]
    assert sorted(set(shown), reverse=True) == [4, 3, 2, 1]
    assert shown == sorted(shown, reverse=True)
    assert run.elapsed == pytest.approx(1.0, abs=1e-6)


def test_a_pause_adds_exactly_the_time_spent_paused() -> None:
    run = Run(FIVE_STEPS, keys=[(12.3, " "), (47.8, " ")])

    planned = run.plan.total_seconds
    assert run.elapsed == pytest.approx(planned + 35.5, abs=1e-6)
    assert [is_paused for _, is_paused in run.view.pauses] == [True, False]
    assert [at for at, _ in run.view.pauses] == pytest.approx([12.3, 47.8])
    paused_frames = [frame for frame in run.view.frames if frame.paused]
    assert paused_frames, "the screen never showed the pause"
    assert len({frame.remaining for frame in paused_frames}) == 1  # the countdown stood still
    bridge = run.result.steps[0]
    assert bridge.seconds == pytest.approx(run.plan.step_seconds[0], abs=1e-6)  # pause excluded


# --- keys ------------------------------------------------------------------------------------


def test_n_skips_the_rest_of_the_step_and_records_it_skipped() -> None:
    # bridge takes 5 + 6 + 2 + 6 = 19 s; n at 25 s is inside bird-dog (19..34 s)
    run = Run(FIVE_STEPS, keys=[(25, "n")], gate=GateAnswer.LOOSEN)

    assert run.outcomes() == [
        ("bridge", "done", None),
        ("bird-dog", "skipped", "skipped"),
        ("cat-cow", "done", None),
        ("knee-hug", "done", None),
        ("breathing", "done", None),
    ]
    assert run.started_at("cat-cow") == pytest.approx(25)  # the next step starts at once
    assert run.recorded == run.result.steps  # each step was reported as it ended
    assert run.result.ending is Ending.COMPLETED


def test_the_right_arrow_skips_like_n() -> None:
    run = Run(FIVE_STEPS, keys=[(1, "right")], gate=GateAnswer.LOOSEN)

    assert run.outcomes()[0] == ("bridge", "skipped", "skipped")


def test_b_while_a_step_gets_ready_goes_back_to_the_start_of_the_previous_step() -> None:
    run = Run(FIVE_STEPS, keys=[(21, "b")], gate=GateAnswer.LOOSEN)  # bird-dog gets ready 19-24 s

    assert run.steps_seen() == [
        "bridge",
        "bird-dog",
        "bridge",
        "bird-dog",
        "cat-cow",
        "knee-hug",
        "breathing",
    ]
    # bridge starts again from its get-ready, at the moment b was pressed
    restarts = [(at, s) for at, s in run.view.segments if s.step == "bridge"]
    again = [at for at, s in restarts if s.kind == "get-ready"]
    assert again == [pytest.approx(0), pytest.approx(21)]
    assert [r.step for r in run.result.steps] == [
        "bridge",
        "bridge",
        "bird-dog",
        "cat-cow",
        "knee-hug",
        "breathing",
    ]
    assert all(r.status is StepStatus.DONE for r in run.result.steps)


def test_b_in_the_first_step_restarts_it() -> None:
    run = Run(FIVE_STEPS, keys=[(8, "left")], gate=GateAnswer.LOOSEN)

    assert run.steps_seen()[:3] == ["bridge", "bridge", "bird-dog"]
    assert [r.step for r in run.result.steps][:2] == ["bridge", "bird-dog"]


def test_w_in_a_loosen_step_ends_all_loosening_and_the_cooldown_still_runs() -> None:
    # bridge 19 s + bird-dog 15 s, then cat-cow from 34 s
    run = Run(FIVE_STEPS, keys=[(40, "w")], gate=GateAnswer.LOOSEN)

    assert run.outcomes() == [
        ("bridge", "done", None),
        ("bird-dog", "done", None),
        ("cat-cow", "skipped", "worse"),
        ("breathing", "done", None),
    ]
    assert "knee-hug" not in run.steps_seen()  # the second loosen phase never ran
    assert run.result.loosen is LoosenOutcome.STOPPED
    assert run.view.log.count("loosen stopped") == 1
    assert run.result.ending is Ending.COMPLETED


def test_w_in_a_stabilize_step_skips_only_that_step() -> None:
    run = Run(FIVE_STEPS, keys=[(3, "w")], gate=GateAnswer.LOOSEN)

    assert run.outcomes() == [
        ("bridge", "skipped", "worse"),
        ("bird-dog", "done", None),
        ("cat-cow", "done", None),
        ("knee-hug", "done", None),
        ("breathing", "done", None),
    ]
    assert "loosen stopped" not in run.view.log
    assert run.result.loosen is LoosenOutcome.DONE


def test_q_ends_the_session_aborted_and_keeps_the_steps_finished_before() -> None:
    run = Run(FIVE_STEPS, keys=[(25, "q")], gate=GateAnswer.LOOSEN)

    assert run.result.ending is Ending.ABORTED
    assert run.result.stop_reason == "quit"
    assert run.outcomes() == [("bridge", "done", None)]
    assert run.steps_seen() == ["bridge", "bird-dog"]
    assert run.elapsed == pytest.approx(25)


def test_q_during_loosening_does_not_record_loosening_as_done() -> None:
    run = Run(FIVE_STEPS, keys=[(40, "q")], gate=GateAnswer.LOOSEN)

    assert run.result.ending is Ending.ABORTED
    assert run.result.loosen is None


def test_q_while_paused_still_quits() -> None:
    run = Run(FIVE_STEPS, keys=[(2, " "), (500, "q")], gate=GateAnswer.LOOSEN)

    assert run.result.ending is Ending.ABORTED
    assert run.result.steps == []
    assert run.elapsed == pytest.approx(500)


def test_help_pauses_the_clock_until_it_is_closed() -> None:
    run = Run(FIVE_STEPS, keys=[(3, "?"), (10, "?")], gate=GateAnswer.LOOSEN)

    assert run.view.log.count("help") == 2  # shown, then hidden
    assert run.elapsed == pytest.approx(run.plan.total_seconds + 7, abs=1e-6)


def test_b_during_the_exercise_starts_the_same_step_again() -> None:
    run = Run(FIVE_STEPS, keys=[(25, "b")], gate=GateAnswer.LOOSEN)  # 6 s into bird-dog

    assert run.steps_seen()[:3] == ["bridge", "bird-dog", "bird-dog"]
    assert [r.step for r in run.result.steps][:2] == ["bridge", "bird-dog"]


def test_q_asks_first_and_a_no_carries_on_where_it_was() -> None:
    asked: list[float] = []
    run = Run(
        FIVE_STEPS, keys=[(25, "q")], gate=GateAnswer.LOOSEN, confirm=lambda: False, asked=asked
    )

    assert len(asked) == 1
    assert run.result.ending is Ending.COMPLETED
    assert run.elapsed == pytest.approx(run.plan.total_seconds, abs=1e-6)


def test_q_answered_yes_ends_the_session_and_ctrl_c_ends_it_without_asking() -> None:
    asked: list[float] = []
    quit_run = Run(
        FIVE_STEPS, keys=[(25, "q")], gate=GateAnswer.LOOSEN, confirm=lambda: True, asked=asked
    )
    interrupted = Run(
        FIVE_STEPS, keys=[(25, "ctrl-c")], gate=GateAnswer.LOOSEN, confirm=lambda: True
    )

    assert (quit_run.result.ending, quit_run.result.stop_reason) == (Ending.ABORTED, "quit")
    assert len(asked) == 1
    assert interrupted.result.ending is Ending.ABORTED
    assert interrupted.outcomes() == [("bridge", "done", None)]


def test_unbound_keys_change_nothing() -> None:
    run = Run(FIVE_STEPS, keys=[(3, "x"), (4, "up"), (5, "z")], gate=GateAnswer.LOOSEN)

    assert run.outcomes() == Run(FIVE_STEPS, gate=GateAnswer.LOOSEN).outcomes()
    assert run.elapsed == pytest.approx(run.plan.total_seconds, abs=1e-6)


# --- the loosen gate -------------------------------------------------------------------------


def test_the_loosen_question_is_asked_once_just_before_the_first_loosen_step() -> None:
    # b as the second loosen phase gets ready goes back into the first: no second question
    run = Run(FIVE_STEPS, keys=[(53, "b")], gate=GateAnswer.LOOSEN)  # knee-hug gets ready 51-56 s

    assert run.gate_calls == 1
    log = run.view.log
    gate = log.index("gate")
    assert log[gate - 1] == "ended bird-dog done"
    assert log[gate + 1] == "segment cat-cow get-ready"
    assert run.steps_seen().count("cat-cow") == 2
    assert run.result.loosen is LoosenOutcome.DONE


def test_skip_at_the_loosen_question_skips_every_loosen_phase() -> None:
    run = Run(FIVE_STEPS, gate=GateAnswer.SKIP)

    assert run.steps_seen() == ["bridge", "bird-dog", "breathing"]
    assert run.result.loosen is LoosenOutcome.SKIPPED
    assert run.result.ending is Ending.COMPLETED
    assert run.gate_calls == 1


def test_back_from_the_cooldown_skips_over_loosening_that_was_declined() -> None:
    run = Run(FIVE_STEPS, keys=[(36, "b")], gate=GateAnswer.SKIP)  # breathing gets ready 34-39 s

    assert run.steps_seen() == ["bridge", "bird-dog", "breathing", "bird-dog", "breathing"]
    assert run.gate_calls == 1


def test_stop_session_at_the_loosen_question_ends_the_session_stopped() -> None:
    run = Run(FIVE_STEPS, gate=GateAnswer.STOP_SESSION)

    assert run.result.ending is Ending.STOPPED
    assert run.steps_seen() == ["bridge", "bird-dog"]
    assert run.outcomes() == [("bridge", "done", None), ("bird-dog", "done", None)]
    assert run.result.loosen is None  # loosening never happened


def test_a_routine_without_loosening_never_asks_and_records_no_loosen_outcome() -> None:
    routine = routine_of((STABILIZE, [step("bridge")]), (COOLDOWN, [step("breathing")]))

    run = Run(routine, gate=GateAnswer.SKIP)

    assert run.gate_calls == 0
    assert run.result.loosen is None


def test_without_a_gate_loosening_runs() -> None:
    run = Run(FIVE_STEPS)

    assert "knee-hug" in run.steps_seen()
    assert run.result.loosen is LoosenOutcome.DONE


# --- segment order ---------------------------------------------------------------------------


def shape(run: Run) -> list[tuple[float, str, str | None, int | None, int | None]]:
    return [
        (round(at, 6), str(s.kind), None if s.side is None else str(s.side), s.set, s.rep)
        for at, s in run.view.segments
    ]


def test_an_each_side_step_runs_left_then_switches_then_runs_right() -> None:
    routine = routine_of(
        (STABILIZE, [step("bird-dog", hold=5, reps=2, rest=3, each_side=True, get_ready=4)])
    )

    run = Run(routine)

    assert shape(run) == [
        (0, "get-ready", None, None, None),
        (4, "work", "left", 1, 1),
        (9, "rest", "left", 1, 1),
        (12, "work", "left", 1, 2),
        (17, "switch", "right", None, None),
        (21, "work", "right", 1, 1),
        (26, "rest", "right", 1, 1),
        (29, "work", "right", 1, 2),
    ]
    assert run.elapsed == pytest.approx(34)
    assert len(run.result.steps) == 1  # one step, both sides


def test_sets_are_separated_by_the_set_rest() -> None:
    routine = routine_of(
        (STABILIZE, [step("bridge", hold=5, reps=2, sets=2, rest=2, set_rest=10, get_ready=3)])
    )

    run = Run(routine)

    assert shape(run) == [
        (0, "get-ready", None, None, None),
        (3, "work", None, 1, 1),
        (8, "rest", None, 1, 1),
        (10, "work", None, 1, 2),
        (15, "rest", None, 1, 2),
        (25, "work", None, 2, 1),
        (30, "rest", None, 2, 1),
        (32, "work", None, 2, 2),
    ]
    assert run.elapsed == pytest.approx(37)


def test_progress_reaches_the_whole_routine_and_names_the_next_step() -> None:
    run = Run(FIVE_STEPS, gate=GateAnswer.LOOSEN)

    first, last = run.view.frames[0], run.view.frames[-1]
    assert first.total_fraction == 0
    assert first.next_step == 1
    assert last.next_step is None
    assert last.total_fraction == pytest.approx(1, abs=0.01)
    fractions = [frame.total_fraction for frame in run.view.frames]
    assert fractions == sorted(fractions)


# --- the machine sleeping --------------------------------------------------------------------


def test_a_clock_jump_while_the_laptop_slept_pauses_until_space() -> None:
    # the laptop sleeps an hour during bridge's first hold (5..11 s); space 10 min after waking
    hour = 3600.0
    run = Run(FIVE_STEPS, sleeps=[(7, hour)], keys=[(hour + 600, " ")], gate=GateAnswer.LOOSEN)

    assert run.view.pauses[0][1] is True
    woke = run.view.pauses[0][0]
    assert woke == pytest.approx(7 + hour, abs=0.3)
    assert run.view.pauses[1][0] == pytest.approx(hour + 600)
    assert run.view.pauses[1][1] is False
    # nothing moved on while asleep or waiting for the person
    assert not [at for at, _ in run.view.segments if woke - 1 < at < hour + 600]
    planned = run.plan.total_seconds
    assert run.elapsed == pytest.approx(planned + hour + 600 - 7, abs=0.3)
    bridge = run.result.steps[0]
    assert bridge.seconds == pytest.approx(19, abs=0.3)  # neither the sleep nor the wait counted
    assert run.result.ending is Ending.COMPLETED


def test_a_short_late_wake_up_is_not_taken_for_sleep() -> None:
    run = Run(FIVE_STEPS, sleeps=[(7, 2.0)], gate=GateAnswer.LOOSEN)

    assert run.view.pauses == []
    assert run.elapsed == pytest.approx(run.plan.total_seconds, abs=1e-6)


def test_steps_report_their_phase_and_index() -> None:
    run = Run(FIVE_STEPS, gate=GateAnswer.LOOSEN)

    assert [(r.step_index, r.phase) for r in run.result.steps] == [
        (0, STABILIZE),
        (1, STABILIZE),
        (2, LOOSEN),
        (3, LOOSEN),
        (4, COOLDOWN),
    ]
