"""Walking a session plan against a clock and a key source; no terminal here.

Deadlines come from the clock, never from summing sleeps: each segment ends at the
previous segment's deadline plus its own length, so waiting late never adds up.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from selfcare.routine.model import PhaseKind
from selfcare.routine.plan import Segment, SegmentKind, sides_of
from selfcare.session.keys import KEY_BINDINGS, Key
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

# A clock jump this much longer than the wait asked for (a laptop that slept) counts as a pause.
SLEEP_JUMP_SECONDS = 3.0
# Wake at least this often to notice a resized terminal.
MAX_WAIT_SECONDS = 0.25
# b this early in a step goes back to the step before; later, it starts this step again.
BACK_TO_PREVIOUS_SECONDS = 3.0
# What a key that leaves a step means for the step.
_LEAVING_KEYS = {
    Key.NEXT: StepOutcome.NEXT,
    Key.WORSE: StepOutcome.WORSE,
    Key.INTERRUPT: StepOutcome.QUIT,
}


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
    ) -> None:
        self.plan = plan
        self.clock = clock
        self.levels = levels  # each step's level, by step index (none: all at level 1)
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
            deadline += segment.seconds / self.speed
            self.result.started = True
            self.view.segment_started(segment, previous)
            previous = segment
            outcome, deadline, paused = self._run_segment(
                segment, deadline, step_planned, done_before, next_step, position
            )
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

    def _run_segment(
        self,
        segment: Segment,
        deadline: float,
        step_planned: float,
        done_before: float,
        next_step: int | None,
        position: int,
    ) -> tuple[StepOutcome | None, float, float]:
        """Count down one segment; returns (what ended it early, new deadline, paused seconds)."""
        paused_since: float | None = None
        paused_total = 0.0
        help_paused = False  # the pause was made by showing help, and ends with it
        last_now = self.clock.now()
        expected_wait = 0.0

        def pause() -> None:
            nonlocal paused_since
            paused_since = self.clock.now()
            self.view.paused(is_paused=True)

        def resume() -> None:
            nonlocal paused_since, deadline, paused_total, help_paused
            assert paused_since is not None
            pause_seconds = self.clock.now() - paused_since
            deadline += pause_seconds
            paused_total += pause_seconds
            paused_since = None
            help_paused = False
            self.view.paused(is_paused=False)

        while True:
            now = self.clock.now()
            if paused_since is None and now - last_now > expected_wait + SLEEP_JUMP_SECONDS:
                # The machine slept: do not count that time, and wait for the person.
                gap = now - last_now - expected_wait
                deadline += gap
                paused_total += gap
                paused_since = now
                self.view.paused(is_paused=True)
            last_now = now
            left_real = deadline - now if paused_since is None else deadline - paused_since
            if left_real <= 0 and paused_since is None:
                return None, deadline, paused_total
            left_planned = max(0.0, left_real * self.speed)
            frame = self._frame(
                segment, left_planned, step_planned, done_before, next_step, position, paused_since
            )
            self.view.show(frame)  # the view redraws only what changed (or a resized screen)
            if paused_since is None:
                # Wake when the shown second changes, or the segment ends.
                shown = math.ceil(left_planned - 1e-9)
                until_change = (left_planned - (shown - 1)) / self.speed if shown > 0 else left_real
                expected_wait = max(0.0, min(until_change, left_real, MAX_WAIT_SECONDS))
            else:
                expected_wait = MAX_WAIT_SECONDS
            key = self.keys.read(expected_wait)
            if key is None:
                continue
            action = KEY_BINDINGS.get(key)
            if action is Key.PAUSE:
                if paused_since is None:
                    pause()
                else:
                    resume()
            elif action is Key.HELP:
                if paused_since is None:
                    pause()
                    help_paused = True
                    self.view.help()
                else:
                    self.view.help()
                    if help_paused:  # closing the help ends the pause it began
                        resume()
            elif action is Key.QUIT:
                paused_for_question = paused_since is None
                if paused_for_question:
                    pause()
                if self.confirm_quit():
                    return self._leave(StepOutcome.QUIT, paused_since, deadline, paused_total)
                if paused_for_question:
                    resume()
            elif action is Key.BACK:
                step_done = done_before + segment.seconds - max(0.0, left_real * self.speed)
                at_start = segment.kind is SegmentKind.GET_READY and done_before == 0
                early = at_start or step_done < BACK_TO_PREVIOUS_SECONDS
                outcome = StepOutcome.BACK if early else StepOutcome.RESTART
                return self._leave(outcome, paused_since, deadline, paused_total)
            elif action in _LEAVING_KEYS:
                return self._leave(_LEAVING_KEYS[action], paused_since, deadline, paused_total)
            last_now = self.clock.now()

    def _leave(
        self,
        outcome: StepOutcome,
        paused_since: float | None,
        deadline: float,
        paused_total: float,
    ) -> tuple[StepOutcome, float, float]:
        """Leave the segment early, counting a pause that was still going on."""
        if paused_since is not None:
            paused_total += self.clock.now() - paused_since
            self.view.paused(is_paused=False)
        return outcome, deadline, paused_total

    def _frame(
        self,
        segment: Segment,
        left_planned: float,
        step_planned: float,
        done_before: float,
        next_step: int | None,
        position: int,
        paused_since: float | None,
    ) -> Frame:
        step_done = done_before + segment.seconds - left_planned
        total_done = min(self.seconds_before[position] + step_done, self.planned_total)
        return Frame(
            segment=segment,
            remaining=math.ceil(left_planned - 1e-9),
            step_fraction=round(step_done / step_planned, 2) if step_planned else 1.0,
            total_fraction=round(total_done / self.planned_total, 2),
            total_remaining=math.ceil(max(0.0, self.planned_total - total_done) - 1e-9),
            paused=paused_since is not None,
            next_step=next_step,
            elapsed=segment.seconds - left_planned,
        )
