"""One segment of a step against the clock and the keys.

A timed segment (getting ready, a hold, a rest, a side switch) counts down to its deadline.
A rep at your own pace has no deadline: it ends when the person presses space or Enter, or,
when the voice counts the reps, at the step's tempo (a key still moves on at once). Either way
the keys steer, a pause stops the clock, and a laptop that slept counts as a pause.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from selfcare.routine.model import Pace, Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.session.keys import KEY_BINDINGS, OWN_PACE_BINDINGS, Key
from selfcare.session.outcomes import StepOutcome
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

# Planned seconds left in the segment, and whether it is paused: the frame to show.
FrameMaker = Callable[[float, bool], Frame]


def rep_tempo(routine: Routine) -> dict[int, float]:
    """Seconds per rep at your own pace when the reps move on by themselves, by step index:
    the step's `tempo`, else the seconds a rep is planned at, so the session keeps its plan."""
    return {
        index: step.tempo or step.seconds_per_rep
        for index, (_, step) in enumerate(routine.steps())
        if step.pace is Pace.OWN
    }


class SegmentEnd(NamedTuple):
    """How a segment ended: early by a key (`outcome`), or at `end`, with the seconds paused."""

    outcome: StepOutcome | None
    end: float  # where the next segment's time starts from
    paused: float


class SegmentRun:
    """Runs one segment: waits, draws, pauses, and reads the keys until it ends."""

    def __init__(
        self,
        clock: Clock,
        keys: KeySource,
        view: SessionView,
        confirm_quit: Callable[[], bool],
        *,
        speed: float,
    ) -> None:
        self.clock = clock
        self.keys = keys
        self.view = view
        self.confirm_quit = confirm_quit
        self.speed = speed
        self.paused_since: float | None = None
        self.paused_total = 0.0
        self.help_paused = False  # the pause was made by showing help, and ends with it
        self.deadline = 0.0

    def run(
        self, segment: Segment, deadline: float, done_before: float, frame: FrameMaker
    ) -> SegmentEnd:
        """Run `segment` until `deadline` (math.inf: until a key says the rep is done);
        `done_before` is the step's planned seconds before it."""
        self.deadline = deadline
        own_pace = segment.kind is SegmentKind.OWN_REP
        bindings = OWN_PACE_BINDINGS if own_pace else KEY_BINDINGS
        last_now = self.clock.now()
        expected_wait = 0.0
        while True:
            now = self.clock.now()
            if self.paused_since is None and now - last_now > expected_wait + SLEEP_JUMP_SECONDS:
                # The machine slept: do not count that time, and wait for the person.
                gap = now - last_now - expected_wait
                self.deadline += gap
                self.paused_total += gap
                self.paused_since = now
                self.view.paused(is_paused=True)
            last_now = now
            paused = self.paused_since is not None
            left_real = self.deadline - (now if self.paused_since is None else self.paused_since)
            if left_real <= 0 and not paused:
                return SegmentEnd(None, self.deadline, self.paused_total)
            # A rep at your own pace counts as not done until it is: its planned seconds stay.
            left_planned = segment.seconds if own_pace else max(0.0, left_real * self.speed)
            self.view.show(frame(left_planned, paused))  # redrawn only where it changed
            expected_wait = self._wait(left_planned, left_real, counting=not own_pace)
            key = self.keys.read(expected_wait)
            if key is None:
                continue
            action = bindings.get(key)
            if action is Key.REP:
                if self.paused_since is not None:
                    self._resume()  # space resumes, as it does everywhere
                else:
                    return SegmentEnd(None, self.clock.now(), self.paused_total)
            elif action is Key.PAUSE and self.paused_since is None:
                self._pause()
            elif action is Key.PAUSE:
                self._resume()
            elif action is Key.HELP:
                self._help()
            elif action is Key.QUIT:
                asking = self.paused_since is None
                if asking:
                    self._pause()
                if self.confirm_quit():
                    return self._leave(StepOutcome.QUIT)
                if asking:
                    self._resume()
            elif action is Key.BACK:
                done = done_before + segment.seconds - left_planned
                at_start = segment.kind is SegmentKind.GET_READY and done_before == 0
                early = at_start or done < BACK_TO_PREVIOUS_SECONDS
                return self._leave(StepOutcome.BACK if early else StepOutcome.RESTART)
            elif action in _LEAVING_KEYS:
                return self._leave(_LEAVING_KEYS[action])
            last_now = self.clock.now()

    def _wait(self, left_planned: float, left_real: float, *, counting: bool) -> float:
        """How long to wait for a key: until the shown second changes, or the segment ends."""
        if self.paused_since is not None:
            return MAX_WAIT_SECONDS
        if not counting:  # nothing on screen changes by itself before the segment ends
            return max(0.0, min(left_real, MAX_WAIT_SECONDS))
        shown = math.ceil(left_planned - 1e-9)
        until_change = (left_planned - (shown - 1)) / self.speed if shown > 0 else left_real
        return max(0.0, min(until_change, left_real, MAX_WAIT_SECONDS))

    def _pause(self) -> None:
        self.paused_since = self.clock.now()
        self.view.paused(is_paused=True)

    def _resume(self) -> None:
        assert self.paused_since is not None
        pause_seconds = self.clock.now() - self.paused_since
        self.deadline += pause_seconds
        self.paused_total += pause_seconds
        self.paused_since = None
        self.help_paused = False
        self.view.paused(is_paused=False)

    def _help(self) -> None:
        if self.paused_since is None:
            self._pause()
            self.help_paused = True
            self.view.help()
        else:
            self.view.help()
            if self.help_paused:  # closing the help ends the pause it began
                self._resume()

    def _leave(self, outcome: StepOutcome) -> SegmentEnd:
        """Leave the segment early, counting a pause that was still going on."""
        if self.paused_since is not None:
            self.paused_total += self.clock.now() - self.paused_since
            self.view.paused(is_paused=False)
        return SegmentEnd(outcome, self.deadline, self.paused_total)
