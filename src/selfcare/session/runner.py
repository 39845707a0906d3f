"""Walking a session plan against a clock and a key source; no terminal here.

Deadlines come from the clock, never from summing sleeps: each segment ends at the
previous segment's deadline plus its own length, so waiting late never adds up. A rep at your
own pace ends when it is done, and the next segment counts from there (`segment_run`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from selfcare.routine.model import PhaseKind
from selfcare.routine.plan import Segment, SegmentKind, sides_of
from selfcare.session.outcomes import (
    Ending,
    GateAnswer,
    LoosenOutcome,
    SkipReason,
    StepOutcome,
    StepResult,
    StepStatus,
    StopReason,
)
from selfcare.session.ports import Clock, Frame, KeySource, SessionView
from selfcare.session.segment_run import SLEEP_JUMP_SECONDS, SegmentRun


@dataclass
class RunResult:
    ending: Ending
    steps: list[StepResult] = field(default_factory=list)
    loosen: LoosenOutcome | None = None
    stop_reason: StopReason | None = None
    started: bool = False  # the first step began

    def counts(self) -> tuple[int, int]:
        """Steps done and skipped; a step run again after `b` counts once, as it last ended."""
        last = {step.step_index: step.status for step in self.steps}
        done = sum(1 for status in last.values() if status is StepStatus.DONE)
        return done, sum(1 for status in last.values() if status is StepStatus.SKIPPED)


class SessionRunner:
    """Runs the plan: one step at a time, keys steering, results reported as steps end."""

    def __init__(
        self,
        plan: Sequence[Segment],
        clock: Clock,
        keys: KeySource,
        view: SessionView,
        *,
        speed: float = 1.0,
        loosen_gate: Callable[[], GateAnswer] | None = None,
        on_step_end: Callable[[StepResult], None] | None = None,
        confirm_quit: Callable[[], bool] | None = None,
        levels: Sequence[int] = (),
        rep_tempo: Mapping[int, float] | None = None,
    ) -> None:
        self.plan = plan
        self.clock = clock
        self.levels = levels  # each step's level, by step index (none: all at level 1)
        # Seconds per rep at your own pace when nobody presses keys for them (the voice counts,
        # or there is no keyboard), by step index; a step not named waits for a key each rep.
        self.rep_tempo = rep_tempo or {}
        self.keys = keys
        self.view = view
        self.speed = speed
        self.loosen_gate = loosen_gate
        self.on_step_end = on_step_end or (lambda result: None)
        self.confirm_quit = confirm_quit or (lambda: True)  # no one to ask: q ends at once
        self.step_order = sorted({segment.step_index for segment in plan})
        self.by_step = {
            index: [segment for segment in plan if segment.step_index == index]
            for index in self.step_order
        }
        self.planned_total = sum(segment.seconds for segment in plan) or 1.0
        self.approximate = any(segment.kind is SegmentKind.OWN_REP for segment in plan)
        self.result = RunResult(Ending.COMPLETED)
        self.loosen_closed = False  # loosening decided against, or stopped
        self.gate_asked = False
        # Where the last step's deadline fell when it ran to its end: the next step starts there,
        # so the few milliseconds every wake-up is late do not add up step after step.
        self.last_deadline: float | None = None
        # Planned seconds of the steps before each position, for the overall progress bar.
        self.seconds_before: list[float] = []
        running = 0.0
        for index in self.step_order:
            self.seconds_before.append(running)
            running += sum(segment.seconds for segment in self.by_step[index])

    # --- the walk over steps -------------------------------------------------------------

    def run(self) -> RunResult:
        position = 0
        while position < len(self.step_order):
            step_index = self.step_order[position]
            phase = self.by_step[step_index][0].phase
            if phase is PhaseKind.LOOSEN and not self._may_loosen():
                if self.result.ending is not Ending.COMPLETED:
                    break
                position += 1
                continue
            outcome = self._run_step(step_index, position)
            if outcome is StepOutcome.QUIT or self.result.ending is not Ending.COMPLETED:
                break
            if outcome is StepOutcome.BACK:
                position = self._previous_position(position)
            elif outcome is not StepOutcome.RESTART:
                position += 1
        # Loosening is done only once no loosen step is left ahead (not when the session ended
        # before or during it).
        loosen_ahead = any(
            self.by_step[i][0].phase is PhaseKind.LOOSEN for i in self.step_order[position:]
        )
        if self.gate_asked and self.result.loosen is None and not loosen_ahead:
            self.result.loosen = LoosenOutcome.DONE
        return self.result

    def _may_loosen(self) -> bool:
        if self.loosen_closed:
            return False
        if not self.gate_asked:
            self.gate_asked = True
            self.last_deadline = None  # time spent answering is not session time
            answer = self.loosen_gate() if self.loosen_gate else GateAnswer.LOOSEN
            if answer is GateAnswer.STOP_SESSION:
                self.result.ending = Ending.STOPPED
                self.loosen_closed = True
                return False
            if answer in (GateAnswer.SKIP, GateAnswer.HOLD_BACK):
                self.loosen_closed = True
                held_back = answer is GateAnswer.HOLD_BACK
                self.result.loosen = LoosenOutcome.HELD_BACK if held_back else LoosenOutcome.SKIPPED
                return False
        return True

    def _next_step_after(self, position: int) -> int | None:
        """The step shown as "Next": loosen steps no longer count once loosening is closed."""
        for index in self.step_order[position + 1 :]:
            if not (self.by_step[index][0].phase is PhaseKind.LOOSEN and self.loosen_closed):
                return index
        return None

    def _previous_position(self, position: int) -> int:
        target = position - 1
        while target >= 0:
            phase = self.by_step[self.step_order[target]][0].phase
            if not (phase is PhaseKind.LOOSEN and self.loosen_closed):
                return target
            target -= 1
        return position  # nothing before: restart this step

    # --- one step --------------------------------------------------------------------------

    def _run_step(self, step_index: int, position: int) -> StepOutcome:
        segments = self.by_step[step_index]
        step_planned = sum(segment.seconds for segment in segments)
        started = self.clock.now()
        if self.last_deadline is not None and started - self.last_deadline < SLEEP_JUMP_SECONDS:
            started = self.last_deadline
        self.last_deadline = None
        paused_total = 0.0
        previous: Segment | None = None
        deadline = started
        next_step = self._next_step_after(position)
        done_before = 0.0
        for segment in segments:
            deadline += self._length(segment)
            self.result.started = True
            self.view.segment_started(segment, previous)
            previous = segment
            frame = partial(self._frame, segment, step_planned, done_before, next_step, position)
            run = SegmentRun(self.clock, self.keys, self.view, self.confirm_quit, speed=self.speed)
            outcome, deadline, paused = run.run(segment, deadline, done_before, frame)
            paused_total += paused
            if outcome is not None:
                spent = self.clock.now() - started - paused_total
                return self._leave_step(step_index, segments[0], outcome, spent)
            done_before += segment.seconds
        self.last_deadline = deadline
        spent = self.clock.now() - started - paused_total
        first = segments[0]
        level = self._level(step_index)
        result = StepResult(
            step_index,
            first.step,
            first.phase,
            StepStatus.DONE,
            None,
            spent,
            level,
            sides_of(segments),
        )
        self._record(result)
        return StepOutcome.DONE

    def _length(self, segment: Segment) -> float:
        """Real seconds a segment lasts unless a key ends it; a rep at your own pace that
        waits for a key has no end of its own."""
        if segment.kind is not SegmentKind.OWN_REP:
            return segment.seconds / self.speed
        tempo = self.rep_tempo.get(segment.step_index)
        return math.inf if tempo is None else tempo / self.speed

    def _level(self, step_index: int) -> int:
        return self.levels[step_index] if step_index < len(self.levels) else 1

    def _leave_step(
        self, step_index: int, first: Segment, outcome: StepOutcome, spent: float
    ) -> StepOutcome:
        if outcome in (StepOutcome.BACK, StepOutcome.RESTART):
            return outcome
        if outcome is StepOutcome.QUIT:  # a quit step is not on record: it was not finished
            self.result.ending = Ending.ABORTED
            self.result.stop_reason = StopReason.QUIT
            return StepOutcome.QUIT
        reason = SkipReason.WORSE if outcome is StepOutcome.WORSE else SkipReason.SKIPPED
        self._record(
            StepResult(
                step_index,
                first.step,
                first.phase,
                StepStatus.SKIPPED,
                reason,
                spent,
                self._level(step_index),
                sides_of(self.by_step[step_index]),
            )
        )
        if outcome is StepOutcome.WORSE and first.phase is PhaseKind.LOOSEN:
            self.loosen_closed = True
            self.result.loosen = LoosenOutcome.STOPPED
            self.view.loosen_stopped()
        return StepOutcome.NEXT

    def _record(self, result: StepResult) -> None:
        self.result.steps.append(result)
        self.view.step_ended(result)
        self.on_step_end(result)

    def _frame(
        self,
        segment: Segment,
        step_planned: float,
        done_before: float,
        next_step: int | None,
        position: int,
        left_planned: float,
        paused: bool,
    ) -> Frame:
        step_done = done_before + segment.seconds - left_planned
        total_done = min(self.seconds_before[position] + step_done, self.planned_total)
        return Frame(
            segment=segment,
            remaining=math.ceil(left_planned - 1e-9),
            step_fraction=round(step_done / step_planned, 2) if step_planned else 1.0,
            total_fraction=round(total_done / self.planned_total, 2),
            total_remaining=math.ceil(max(0.0, self.planned_total - total_done) - 1e-9),
            paused=paused,
            next_step=next_step,
            elapsed=segment.seconds - left_planned,
            approximate=self.approximate,
        )
