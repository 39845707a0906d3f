"""The session timeline: which timed segments a routine turns into, in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from selfcare.routine.model import Pace, Phase, PhaseKind, Routine, Side, SideDose, Step
from selfcare.routine.plan import (
    LEAD_IN_AFTER_QUESTION,
    Plan,
    Segment,
    SegmentKind,
    plan_session,
)


def routine_of(*steps: Step, get_ready: float = 5.0, loosen: tuple[Step, ...] = ()) -> Routine:
    phases = [Phase(PhaseKind.STABILIZE, steps)]
    if loosen:
        phases.append(Phase(PhaseKind.LOOSEN, loosen))
    return Routine(id="sample", title="Sample", phases=tuple(phases), get_ready=get_ready)


def plan_of(routine: Routine) -> Plan:
    """The plan without the longer lead-in after questions: these tests are about doses."""
    return plan_session(routine, lead_in_after_question=0)


def shape(
    segments: Sequence[Segment],
) -> list[tuple[str, str | None, int | None, int | None, float]]:
    """Each segment as (kind, side, set, rep, seconds), easy to compare with a written plan."""
    return [
        (
            str(s.kind),
            None if s.side is None else str(s.side),
            s.set,
            s.rep,
            s.seconds,
        )
        for s in segments
    ]


def test_reps_are_separated_by_rest_with_no_rest_after_the_last_rep() -> None:
    routine = routine_of(Step("bridge", "Bridge", hold=6, reps=3, rest=4))

    assert shape(plan_of(routine)) == [
        ("get-ready", None, None, None, 5),
        ("work", None, 1, 1, 6),
        ("rest", None, 1, 1, 4),
        ("work", None, 1, 2, 6),
        ("rest", None, 1, 2, 4),
        ("work", None, 1, 3, 6),
    ]


def test_a_step_without_rest_runs_its_reps_back_to_back() -> None:
    routine = routine_of(Step("cat-cow", "Cat-cow", hold=6, reps=3))

    kinds = [str(s.kind) for s in plan_of(routine)]

    assert kinds == ["get-ready", "work", "work", "work"]


def test_sets_are_separated_by_set_rest_instead_of_rep_rest() -> None:
    routine = routine_of(Step("bridge", "Bridge", hold=5, reps=2, sets=2, rest=3, set_rest=30))

    assert shape(plan_of(routine)) == [
        ("get-ready", None, None, None, 5),
        ("work", None, 1, 1, 5),
        ("rest", None, 1, 1, 3),
        ("work", None, 1, 2, 5),
        ("rest", None, 1, 2, 30),
        ("work", None, 2, 1, 5),
        ("rest", None, 2, 1, 3),
        ("work", None, 2, 2, 5),
    ]


def test_sets_without_set_rest_are_separated_by_the_rep_rest() -> None:
    routine = routine_of(Step("bridge", "Bridge", hold=5, reps=2, sets=2, rest=3))

    rests = [(s.set, s.rep, s.seconds) for s in plan_of(routine) if s.kind is SegmentKind.REST]

    assert rests == [(1, 1, 3), (1, 2, 3), (2, 1, 3)]


def test_each_side_runs_the_whole_dose_on_the_left_then_switches_to_the_right() -> None:
    routine = routine_of(Step("bird-dog", "Bird-dog", hold=5, reps=2, rest=3, each_side=True))

    assert shape(plan_of(routine)) == [
        ("get-ready", None, None, None, 5),
        ("work", "left", 1, 1, 5),
        ("rest", "left", 1, 1, 3),
        ("work", "left", 1, 2, 5),
        ("switch", "right", None, None, 5),
        ("work", "right", 1, 1, 5),
        ("rest", "right", 1, 1, 3),
        ("work", "right", 1, 2, 5),
    ]


def test_a_step_get_ready_overrides_the_routine_get_ready_for_lead_in_and_switch() -> None:
    routine = routine_of(
        Step("clamshell", "Clamshell", hold=4, each_side=True, get_ready=10), get_ready=5
    )

    lead_ins = [
        (str(s.kind), s.seconds)
        for s in plan_of(routine)
        if s.kind in (SegmentKind.GET_READY, SegmentKind.SWITCH)
    ]

    assert lead_ins == [("get-ready", 10), ("switch", 10)]


def test_the_routine_get_ready_applies_to_steps_without_their_own() -> None:
    routine = routine_of(Step("a", "A", hold=4), Step("b", "B", hold=4, get_ready=8), get_ready=3)

    lead_ins = [(s.step, s.seconds) for s in plan_of(routine) if s.kind == "get-ready"]

    assert lead_ins == [("a", 3), ("b", 8)]


def test_a_get_ready_of_zero_adds_no_lead_in_segment() -> None:
    routine = routine_of(Step("bridge", "Bridge", hold=6, reps=2, rest=2), get_ready=0)

    assert shape(plan_of(routine)) == [
        ("work", None, 1, 1, 6),
        ("rest", None, 1, 1, 2),
        ("work", None, 1, 2, 6),
    ]


def test_leaving_out_loosening_drops_every_loosen_step_and_keeps_the_rest() -> None:
    routine = routine_of(
        Step("drawing-in", "Drawing-in", hold=10, reps=2),
        loosen=(Step("knee-to-chest", "Knee to chest", hold=20, each_side=True),),
    )

    with_loosen = plan_of(routine)
    without = [s for s in with_loosen if s.phase is not PhaseKind.LOOSEN]

    assert {s.step for s in with_loosen} == {"drawing-in", "knee-to-chest"}
    assert {s.step for s in without} == {"drawing-in"}
    assert with_loosen.seconds_without_loosen == sum(s.seconds for s in without)


def test_segments_know_their_phase_and_their_step_position_in_the_whole_routine() -> None:
    routine = routine_of(
        Step("a", "A", hold=1),
        Step("b", "B", hold=1),
        loosen=(Step("c", "C", hold=1),),
    )

    places = {(s.phase_index, str(s.phase), s.step_index, s.step) for s in plan_of(routine)}

    assert places == {(0, "stabilize", 0, "a"), (0, "stabilize", 1, "b"), (1, "loosen", 2, "c")}


def test_the_total_is_the_sum_of_every_segment() -> None:
    routine = routine_of(
        Step("bridge", "Bridge", hold=6, reps=8, sets=2, rest=5, set_rest=30),
        loosen=(Step("figure-4", "Figure-4", hold=30, reps=2, rest=3, each_side=True),),
    )
    segments = plan_of(routine)

    # bridge: 5 + 16×6 + 14×5 + 30; figure-4: 5 + 2 × (2×30 + 3) + 5 switch
    assert segments.total_seconds == 5 + 96 + 70 + 30 + 5 + 126 + 5
    assert segments.total_seconds == sum(s.seconds for s in segments)
    assert sum(segments.step_seconds.values()) == segments.total_seconds


def test_a_segment_as_json_uses_plain_words_for_kind_phase_and_side() -> None:
    routine = routine_of(Step("bird-dog", "Bird-dog", hold=2.5, each_side=True))

    work = next(s for s in plan_of(routine) if s.kind is SegmentKind.WORK)

    assert work.side is Side.LEFT
    assert work.as_dict() == {
        "phase": "stabilize",
        "phase_index": 0,
        "step": "bird-dog",
        "kind": "work",
        "side": "left",
        "set": 1,
        "rep": 1,
        "seconds": 2.5,
    }


def test_every_phase_kind_segment_kind_and_side_has_its_words() -> None:
    from selfcare.routine import wording

    assert set(PhaseKind) == set(wording.PHASE_TITLES) == set(wording.PHASE_KIND_NAMES)
    assert set(SegmentKind) == set(wording.SEGMENT_LABELS)
    assert set(Side) == set(wording.SIDE_NAMES)


def test_the_first_step_and_the_steps_after_each_question_get_time_to_get_into_position() -> None:
    routine = Routine(
        id="sample",
        title="Sample",
        get_ready=5,
        phases=(
            Phase(PhaseKind.STABILIZE, (Step("a", "A", hold=1), Step("b", "B", hold=1))),
            Phase(
                PhaseKind.LOOSEN, (Step("c", "C", hold=1, each_side=True), Step("d", "D", hold=1))
            ),
            Phase(PhaseKind.COOLDOWN, (Step("e", "E", hold=1),)),
        ),
    )

    lead_ins = {s.step: s.seconds for s in plan_session(routine) if s.kind is SegmentKind.GET_READY}
    switch = next(s for s in plan_session(routine) if s.kind is SegmentKind.SWITCH)

    # a: after the pain question; c: after the loosening question; e: after loosening
    assert lead_ins == {"a": 15, "b": 5, "c": 15, "d": 5, "e": 15}
    assert LEAD_IN_AFTER_QUESTION == 15
    assert switch.seconds == 5  # the side switch keeps the routine's own lead-in


def test_a_longer_lead_in_of_the_routines_own_is_kept() -> None:
    routine = routine_of(Step("a", "A", hold=1, get_ready=30))

    first = plan_session(routine)[0]

    assert (first.kind, first.seconds) == (SegmentKind.GET_READY, 30)


def one_step_routine(step: Step) -> Routine:
    return Routine(
        id="sample", title="Sample", get_ready=0, phases=(Phase(PhaseKind.STABILIZE, (step,)),)
    )


def work_of(plan: Plan) -> list[tuple[SegmentKind, Side | None, int | None, int | None, float]]:
    return [
        (s.kind, s.side, s.set, s.rep, s.seconds)
        for s in plan
        if s.kind is not SegmentKind.GET_READY
    ]


def test_reps_at_your_own_pace_are_counted_by_the_person_and_planned_at_the_estimate() -> None:
    step = Step("cat-cow", "Cat-cow", hold=0, pace=Pace.OWN, reps=3, sets=2, rest=20)

    plan = plan_session(one_step_routine(step))

    own = SegmentKind.OWN_REP
    assert work_of(plan) == [
        (own, None, 1, 1, 4.0),
        (own, None, 1, 2, 4.0),
        (own, None, 1, 3, 4.0),
        (SegmentKind.REST, None, 1, 3, 20.0),  # own pace rests between sets only
        (own, None, 2, 1, 4.0),
        (own, None, 2, 2, 4.0),
        (own, None, 2, 3, 4.0),
    ]
    assert plan.approximate
    with_estimate = plan_session(one_step_routine(replace(step, estimate=6)))
    assert sum(item[4] for item in work_of(with_estimate)) == 6 * 6 + 20


def test_one_side_only_works_that_side_without_a_switch() -> None:
    step = Step("stretch", "Stretch", hold=10, reps=2, side=Side.RIGHT)

    plan = plan_session(one_step_routine(step))

    assert work_of(plan) == [
        (SegmentKind.WORK, Side.RIGHT, 1, 1, 10.0),
        (SegmentKind.WORK, Side.RIGHT, 1, 2, 10.0),
    ]
    assert not plan.approximate


def test_each_side_may_have_its_own_dose() -> None:
    step = Step(
        "clam",
        "Clamshell",
        hold=3,
        reps=2,
        each_side=True,
        get_ready=5,
        left=SideDose(reps=3),
        right=SideDose(hold=5),
    )

    plan = plan_session(one_step_routine(step))

    assert work_of(plan) == [
        (SegmentKind.WORK, Side.LEFT, 1, 1, 3.0),
        (SegmentKind.WORK, Side.LEFT, 1, 2, 3.0),
        (SegmentKind.WORK, Side.LEFT, 1, 3, 3.0),
        (SegmentKind.SWITCH, Side.RIGHT, None, None, 5.0),
        (SegmentKind.WORK, Side.RIGHT, 1, 1, 5.0),
        (SegmentKind.WORK, Side.RIGHT, 1, 2, 5.0),
    ]
