"""The session plan: a routine turned into the timeline of timed segments a session runs.

`step_timeline` is the one planner. The size check makes each routine's plan once, and
`list`, `show`, `start` and the handout all read that plan, so a total, a preview, the paper
and the session cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import overload

from selfcare.routine.model import Pace, Phase, PhaseKind, Routine, Side, Step


class SegmentKind(StrEnum):
    GET_READY = "get-ready"
    WORK = "work"  # a rep held for its seconds: the clock moves on
    OWN_REP = "own-rep"  # a rep at the person's own pace: a key (or the voice) moves on
    REST = "rest"
    SWITCH = "switch"


@dataclass(frozen=True)
class Segment:
    """One timed stretch of a session: getting ready, a rep, a rest or a side switch."""

    phase_index: int
    phase: PhaseKind
    step_index: int  # position of the step in the whole routine
    step: str
    kind: SegmentKind
    side: Side | None
    set: int | None
    rep: int | None
    seconds: float

    def as_dict(self) -> dict[str, object]:
        return {
            "phase": str(self.phase),
            "phase_index": self.phase_index,
            "step": self.step,
            "kind": str(self.kind),
            "side": None if self.side is None else str(self.side),
            "set": self.set,
            "rep": self.rep,
            "seconds": whole_if_possible(self.seconds),
        }


def sides_of(segments: Iterable[Segment]) -> str | None:
    """The sides one step's segments work, as the record keeps them: "left", "right", "both"
    (each side in turn), or None for a step without sides."""
    sides = {segment.side for segment in segments if segment.side is not None}
    if not sides:
        return None
    return "both" if len(sides) > 1 else str(sides.pop())


def whole_if_possible(seconds: float) -> float | int:
    return int(seconds) if float(seconds).is_integer() else seconds


# After a question the person is at the keyboard, not on the mat: time to get into position.
LEAD_IN_AFTER_QUESTION = 15.0


def step_timeline(
    routine: Routine,
    phase_index: int,
    phase: PhaseKind,
    step_index: int,
    step: Step,
    *,
    least_lead_in: float = 0.0,
) -> Iterator[Segment]:
    """The segments of one step, in order: get ready, then reps and rests, side by side.

    `least_lead_in` lengthens the getting ready (not the side switch) of a step that follows
    a question.
    """
    lead_in = routine.lead_in(step)
    get_ready = max(lead_in, least_lead_in)

    def segment(
        kind: SegmentKind, side: Side | None, set_: int | None, rep: int | None, s: float
    ) -> Segment:
        return Segment(phase_index, phase, step_index, step.id, kind, side, set_, rep, s)

    if get_ready > 0:
        yield segment(SegmentKind.GET_READY, None, None, None, get_ready)
    own_pace = step.pace is Pace.OWN
    work = SegmentKind.OWN_REP if own_pace else SegmentKind.WORK
    for side in step.sides:
        if side is Side.RIGHT and step.each_side and lead_in > 0:
            yield segment(SegmentKind.SWITCH, side, None, None, lead_in)
        dose = step.dose_on(side)
        reps, sets = dose.reps or 1, dose.sets or 1
        seconds = step.seconds_per_rep if own_pace else float(dose.hold or 0.0)
        for set_number in range(1, sets + 1):
            for rep in range(1, reps + 1):
                yield segment(work, side, set_number, rep, seconds)
                if rep < reps:
                    pause = 0.0 if own_pace else step.rest  # own pace: rest between sets only
                else:
                    pause = step.rest_between_sets if set_number < sets else 0.0
                if pause > 0:
                    yield segment(SegmentKind.REST, side, set_number, rep, pause)


def timeline(
    routine: Routine, *, lead_in_after_question: float = LEAD_IN_AFTER_QUESTION
) -> Iterator[Segment]:
    """Every segment of `routine`, loosening included, without holding them all at once."""
    step_index = 0
    for phase_index, phase in enumerate(routine.phases):
        for position, step in enumerate(phase.steps):
            after_question = position == 0 and follows_a_question(routine, phase_index)
            least = lead_in_after_question if after_question else 0.0
            yield from step_timeline(
                routine, phase_index, phase.kind, step_index, step, least_lead_in=least
            )
            step_index += 1


def follows_a_question(routine: Routine, phase_index: int) -> bool:
    """Whether a phase starts right after a question: the pain question before the first
    step, the loosening question before a loosen phase, and after loosening that was asked
    about (skipped or not, the next step follows the question or the loosening)."""
    if phase_index == 0:
        return True
    before = routine.phases[phase_index - 1].kind
    return routine.phases[phase_index].kind is PhaseKind.LOOSEN or before is PhaseKind.LOOSEN


@dataclass(frozen=True)
class Plan(Sequence[Segment]):
    """A routine's whole timeline, made once per command, and the totals every view reads."""

    routine: Routine
    segments: tuple[Segment, ...]

    def __len__(self) -> int:
        return len(self.segments)

    @overload
    def __getitem__(self, index: int) -> Segment: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Segment, ...]: ...
    def __getitem__(self, index: int | slice) -> Segment | tuple[Segment, ...]:
        return self.segments[index]

    def __iter__(self) -> Iterator[Segment]:
        return iter(self.segments)

    @cached_property
    def total_seconds(self) -> float:
        return sum(segment.seconds for segment in self.segments)

    @cached_property
    def approximate(self) -> bool:
        """Whether the totals are estimates: reps at your own pace take as long as they take."""
        return any(segment.kind is SegmentKind.OWN_REP for segment in self.segments)

    @cached_property
    def seconds_without_loosen(self) -> float:
        """The time a session takes when loosening turns out not to be needed."""
        loosen = PhaseKind.LOOSEN
        return sum(segment.seconds for segment in self.segments if segment.phase is not loosen)

    @cached_property
    def step_seconds(self) -> dict[int, float]:
        """Planned seconds per step index."""
        totals: dict[int, float] = {}
        for segment in self.segments:
            totals[segment.step_index] = totals.get(segment.step_index, 0.0) + segment.seconds
        return totals

    def timed_phases(self) -> list[tuple[Phase, list[tuple[Step, float]]]]:
        """Each phase with its steps and their planned seconds: what every preview walks."""
        result: list[tuple[Phase, list[tuple[Step, float]]]] = []
        index = 0  # step indexes run through the whole routine, as in the plan
        for phase in self.routine.phases:
            steps = []
            for step in phase.steps:
                steps.append((step, self.step_seconds.get(index, 0.0)))
                index += 1
            result.append((phase, steps))
        return result


def plan_session(
    routine: Routine, *, lead_in_after_question: float = LEAD_IN_AFTER_QUESTION
) -> Plan:
    """The plan of a routine built in code; a routine read from a file comes with its plan."""
    return Plan(routine, tuple(timeline(routine, lead_in_after_question=lead_in_after_question)))
