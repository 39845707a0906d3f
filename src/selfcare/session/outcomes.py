"""Every state a session and its parts can end in, as enums from the runner to the record.

The values are what the history database holds and what `history --json` and `--csv` show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from selfcare.routine.model import PhaseKind


class Ending(StrEnum):
    """How a session ended, or that it has not (yet)."""

    RUNNING = "running"  # on record while the session goes on
    NOT_STARTED = "not-started"  # ended before its first step: hidden from the history
    COMPLETED = "completed"
    STOPPED = "stopped"  # a safety answer or a pain limit ended it
    ABORTED = "aborted"  # quit, interrupted, or the process died


class StopReason(StrEnum):
    """Why a session ended before its last step."""

    QUIT = "quit"
    CTRL_C = "ctrl-c"
    SIGTERM = "sigterm"
    SIGHUP = "sighup"
    TERMINAL_LOST = "terminal-lost"
    NO_INPUT = "no-input"
    KILLED = "killed"  # found still running after its process died
    PAIN_ABOVE_LIMIT = "pain-above-limit"
    PAIN_ROSE = "pain-rose"
    RED_FLAG_EMERGENCY = "red-flag-tier-a"
    RED_FLAG_DOCTOR = "red-flag-tier-b"
    RED_FLAG_NOT_CLEARED = "red-flag-tier-c"
    RED_FLAG_PREGNANCY = "red-flag-pregnancy"  # a pregnancy warning sign: the midwife now
    SWITCHED = "switched-routine"  # the check led to another routine before any step

    @property
    def is_red_flag(self) -> bool:
        return self in RED_FLAG_STOPS


class Interrupted(Exception):
    """The session was ended from outside: SIGTERM or SIGHUP."""

    def __init__(self, reason: StopReason) -> None:
        super().__init__(reason)
        self.reason = reason


def stop_reason_of(interruption: BaseException) -> StopReason:
    """Why a session ended, from what ended it: a signal, Ctrl-C, a closed terminal, or (any
    other) the person quitting at a question."""
    if isinstance(interruption, Interrupted):
        return interruption.reason
    if isinstance(interruption, KeyboardInterrupt):
        return StopReason.CTRL_C
    if isinstance(interruption, OSError):
        return StopReason.TERMINAL_LOST
    return StopReason.QUIT


RED_FLAG_STOPS = frozenset(
    {
        StopReason.RED_FLAG_EMERGENCY,
        StopReason.RED_FLAG_DOCTOR,
        StopReason.RED_FLAG_NOT_CLEARED,
        StopReason.RED_FLAG_PREGNANCY,
    }
)


class StepStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class SkipReason(StrEnum):
    """Why a step was left before its end."""

    SKIPPED = "skipped"  # n: on to the next step
    WORSE = "worse"  # w: this makes it worse


class StepOutcome(StrEnum):
    """What ended one step in the runner, and so where the session goes next."""

    DONE = "done"
    NEXT = "next"
    BACK = "back"  # to the previous step
    RESTART = "restart"  # this step again, from its start
    WORSE = "worse"
    QUIT = "quit"


class LoosenOutcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"  # not needed
    STOPPED = "stopped"  # made it worse
    HELD_BACK = "held-back"  # left out because it had made things worse lately


class GateAnswer(StrEnum):
    """The answer at the door of the loosen phase."""

    LOOSEN = "loosen"
    SKIP = "skip"
    HOLD_BACK = "hold-back"  # skipped because loosening made things worse lately
    STOP_SESSION = "stop-session"


class PainMoment(StrEnum):
    BEFORE = "before"
    MID = "mid"  # before loosening
    AFTER = "after"


class ScreenKind(StrEnum):
    """Which red-flag screen was taken."""

    FULL = "full"
    SHORT = "short"
    DECLARED = "declared"  # --yes without a terminal: no questions asked


class ScreenResult(StrEnum):
    CLEAR = "clear"
    EMERGENCY = "tier-a"  # stop: emergency help now
    DOCTOR = "tier-b"  # stop: see a doctor soon
    PREGNANCY_SIGNS = "pregnancy-signs"  # stop: contact the midwife or maternity unit now
    NOT_CLEARED = "tier-c"  # stop: needs a clinician's OK first
    CONFIRMED = "confirmed"  # tier C, with the clinician's OK
    DECLARED = "declared"  # --yes: the person declared none apply

    @property
    def may_continue(self) -> bool:
        return self in (ScreenResult.CLEAR, ScreenResult.CONFIRMED, ScreenResult.DECLARED)

    @property
    def stop_reason(self) -> StopReason | None:
        """The reason on record when this answer ends the session."""
        return {
            ScreenResult.EMERGENCY: StopReason.RED_FLAG_EMERGENCY,
            ScreenResult.DOCTOR: StopReason.RED_FLAG_DOCTOR,
            ScreenResult.PREGNANCY_SIGNS: StopReason.RED_FLAG_PREGNANCY,
            ScreenResult.NOT_CLEARED: StopReason.RED_FLAG_NOT_CLEARED,
        }.get(self)


class NextMorning(StrEnum):
    """How the back felt the morning after a session."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    # Written by earlier versions, which asked only "had pain settled?"
    SETTLED = "settled"
    NOT_SETTLED = "not-settled"

    @property
    def settled(self) -> bool:
        """Pain had settled by the morning: the 24-hour rule says the dose was not too much."""
        return self not in (NextMorning.WORSE, NextMorning.NOT_SETTLED)


class MorningLoosen(StrEnum):
    """Whether the loosening part had made the back worse by the next morning."""

    WORSE = "worse"
    NOT_WORSE = "not-worse"


@dataclass(frozen=True)
class StepResult:
    """One step as it ended: done, or left early and why."""

    step_index: int
    step: str
    phase: PhaseKind
    status: StepStatus
    reason: SkipReason | None
    seconds: float  # wall seconds spent in the step (pauses excluded)
    level: int = 1  # the step's level in this session
    side: str | None = None  # "left", "right" or "both" (each side in turn); None: no sides


# The words for a session's ending and its loosening, as the history's messages say them: one
# table for `history`, `status` and every other place that names them.
ENDING_WORDS = {
    Ending.RUNNING: "history.status_running",
    Ending.COMPLETED: "history.status_completed",
    Ending.STOPPED: "history.status_stopped",
    Ending.ABORTED: "history.status_aborted",
    Ending.NOT_STARTED: "history.status_not_started",
}
LOOSEN_WORDS = {
    LoosenOutcome.DONE: "history.loosen_done",
    LoosenOutcome.SKIPPED: "history.loosen_skipped",
    LoosenOutcome.STOPPED: "history.loosen_stopped",
    LoosenOutcome.HELD_BACK: "history.loosen_held_back",
}
