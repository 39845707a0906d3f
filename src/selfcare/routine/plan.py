"""The session plan: a routine turned into the flat list of timed segments a session runs.

`show` previews this list and `start` runs it, so the preview and the session cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from selfcare.routine.model import Phase, PhaseKind, Routine, Step


class SegmentKind(StrEnum):
    GET_READY = "get-ready"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


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


def whole_if_possible(seconds: float) -> float | int:
    return int(seconds) if float(seconds).is_integer() else seconds


def step_get_ready(routine: Routine, step: Step) -> float:
    return routine.get_ready if step.get_ready is None else step.get_ready


def plan_session(routine: Routine, include_loosen: bool = True) -> list[Segment]:
    """Every timed segment of `routine` in order; loosen phases only when `include_loosen`."""
    segments: list[Segment] = []
    step_index = 0
    for phase_index, phase in enumerate(routine.phases):
        for step in phase.steps:
            if include_loosen or phase.kind is not PhaseKind.LOOSEN:
                segments.extend(_plan_step(routine, phase_index, phase.kind, step_index, step))
            step_index += 1
    return segments


def _plan_step(
    routine: Routine, phase_index: int, phase: PhaseKind, step_index: int, step: Step
) -> list[Segment]:
    lead_in = step_get_ready(routine, step)
    set_rest = step.rest if step.set_rest is None else step.set_rest

    def segment(
        kind: SegmentKind, side: Side | None, set_: int | None, rep: int | None, s: float
    ) -> Segment:
        return Segment(phase_index, phase, step_index, step.id, kind, side, set_, rep, s)

    planned: list[Segment] = []
    if lead_in > 0:
        planned.append(segment(SegmentKind.GET_READY, None, None, None, lead_in))
    sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if step.each_side else (None,)
    for side in sides:
        if side is Side.RIGHT and lead_in > 0:
            planned.append(segment(SegmentKind.SWITCH, side, None, None, lead_in))
        for set_number in range(1, step.sets + 1):
            for rep in range(1, step.reps + 1):
                planned.append(segment(SegmentKind.WORK, side, set_number, rep, step.hold))
                last_rep = rep == step.reps
                pause = (set_rest if set_number < step.sets else 0.0) if last_rep else step.rest
                if pause > 0:
                    planned.append(segment(SegmentKind.REST, side, set_number, rep, pause))
    return planned


def total_seconds(segments: list[Segment]) -> float:
    return sum(segment.seconds for segment in segments)


def step_seconds(segments: list[Segment]) -> dict[int, float]:
    """Planned seconds per step index."""
    totals: dict[int, float] = {}
    for segment in segments:
        totals[segment.step_index] = totals.get(segment.step_index, 0.0) + segment.seconds
    return totals


def timed_phases(
    routine: Routine, segments: list[Segment]
) -> list[tuple[Phase, list[tuple[Step, float]]]]:
    """Each phase with its steps and their planned seconds: what every preview walks through."""
    per_step = step_seconds(segments)
    result: list[tuple[Phase, list[tuple[Step, float]]]] = []
    index = 0  # step indexes run through the whole routine, as in the plan
    for phase in routine.phases:
        steps = []
        for step in phase.steps:
            steps.append((step, per_step.get(index, 0.0)))
            index += 1
        result.append((phase, steps))
    return result
