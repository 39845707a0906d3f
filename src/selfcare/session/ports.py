"""What the session needs from the world, as protocols: a clock, keys, answers, a screen, a record.

The runner and the guided flow see only these, so tests drive them with fakes and never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.wording import clock
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    MorningLoosen,
    NextMorning,
    PainMoment,
    ScreenKind,
    ScreenResult,
    StepResult,
    StopReason,
)

if TYPE_CHECKING:
    from selfcare.history.level_changes import LevelFacts
    from selfcare.history.mornings import MorningDue
    from selfcare.history.store import SessionRow
    from selfcare.safety.periodic import SafetyAnswer, SafetyItem, SafetyState


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never goes back."""
        ...


class MonotonicClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()


class KeySource(Protocol):
    def read(self, timeout: float) -> str | None:
        """The next key pressed within `timeout` seconds, or None."""
        ...


class LineSource(Protocol):
    def read_line(self) -> str | None:
        """A whole typed line, or None at the end of input."""
        ...


class Input(KeySource, LineSource, Protocol):
    """Keys during the countdown and lines at questions, from one terminal or pipe."""


# The end of a hold looks and sounds different for this many seconds.
LAST_SECONDS = 3


@dataclass(frozen=True)
class Frame:
    """What the screen shows at one moment."""

    segment: Segment
    remaining: int  # planned seconds left in the segment, rounded up
    step_fraction: float
    total_fraction: float
    total_remaining: int  # planned seconds left in the session, rounded up
    paused: bool
    next_step: int | None  # step index of what comes next
    # Planned seconds since the segment began, for the moving figure; not part of equality, so
    # a frame that only moved on in time is not "changed".
    elapsed: float = field(default=0.0, compare=False)
    approximate: bool = False  # the plan has reps at your own pace: time left is "about"

    @property
    def time_left(self) -> str:
        """The session's planned time left, m:ss, "about" when reps go at your own pace."""
        left = clock(self.total_remaining)
        return t("session.about", time=left) if self.approximate else left

    @property
    def in_last_seconds(self) -> bool:
        """A hold, running, in its last few seconds."""
        working = self.segment.kind is SegmentKind.WORK and not self.paused
        return working and 0 < self.remaining <= LAST_SECONDS


@dataclass(frozen=True)
class Question:
    """A question on the full session screen, with the answer typed so far."""

    text: str
    hint: str
    answer: str = ""


class Asker(Protocol):
    """Asks the session's questions: on its screen by single keys, or as typed lines."""

    def pain(self, question: str, *, skippable: bool = False) -> int | None: ...
    def yes_no(self, question: str, *, default: bool | None = None) -> bool:
        """y or n; with a default, Enter takes it."""
        ...

    def acknowledge(self, text: str) -> None:
        """Show `text` until the person goes on (Enter; on the session screen, space too)."""
        ...


class SessionView(Protocol):
    def show(self, frame: Frame) -> None:
        """Called at every wake-up; draw only if the frame or the screen size changed."""
        ...

    def segment_started(self, segment: Segment, previous: Segment | None) -> None: ...
    def step_ended(self, result: StepResult) -> None: ...
    def paused(self, *, is_paused: bool) -> None: ...
    def help(self) -> None: ...
    def loosen_stopped(self) -> None: ...
    def equipment(self, words: str) -> None:
        """What to have at hand, when nobody waits for a key to go on: shown (or said) until
        the first exercise begins."""
        ...

    def use_routine(self, routine: Routine) -> None:
        """Show `routine` from now on: the same steps, each at the person's level."""
        ...

    def finished(self, ending: Ending) -> None: ...
    def ask(self, question: Question | None) -> None:
        """Show `question` on the session screen (None: take it away again)."""
        ...

    def running(self) -> AbstractContextManager[None]:
        """Held from the first question to the last (a full-screen view takes the screen)."""
        ...

    def recording(self, delay: str | None) -> None:
        """Recording waits (`delay` says why and what happens), or caught up again (None)."""
        ...


class Record(Protocol):
    """The session's entry in the history, written as it goes, and what the history says.

    Writes never raise and never wait long: one the history cannot take now waits for the
    next write, and the end; what is lost in the end is said in `failure`.
    Reads raise `HistoryError` when the history cannot be read.
    """

    @property
    def failure(self) -> str | None:
        """What could not be saved in the end, and why, as said to the person."""
        ...

    def screen(self, kind: ScreenKind, result: ScreenResult, area: str) -> None: ...
    def pain(self, moment: PainMoment, value: int) -> None: ...
    def step(self, result: StepResult) -> None: ...
    def loosen(self, outcome: LoosenOutcome | None) -> None: ...
    def replan(self, planned_seconds: float) -> None: ...
    def finish(self, ending: Ending, reason: StopReason | None) -> None: ...
    def close(self) -> None: ...

    def safety_state(self, area: str) -> SafetyState:
        """What earlier safety checks said, for a routine of `area`."""
        ...

    def safety_answer(self, area: str, item: SafetyItem, answer: SafetyAnswer) -> None: ...

    def carry_check(self, from_area: str, to_area: str) -> None:
        """The check just taken for another routine's area counts for this one too."""
        ...

    def next_morning_due(self, now: datetime) -> MorningDue | None:
        """The earlier session whose next-morning answer is due now, if one is."""
        ...

    def answer_next_morning(
        self, session_id: int, answer: NextMorning, loosen: MorningLoosen | None
    ) -> None: ...

    def sessions_since(self, since: datetime) -> list[SessionRow]:
        """Every session started at or after `since`, newest first."""
        ...

    def loosening_episodes(self) -> list[datetime]:
        """When loosening made things worse, newest first."""
        ...

    def current_levels(self, routine: str) -> dict[str, int]:
        """Each step's level in `routine` (a step not named is at level 1)."""
        ...

    def level_facts(self, routine: str, now: datetime) -> LevelFacts:
        """What the level offers weigh: sessions, mornings and `w` since each step's change."""
        ...

    def change_level(self, routine: str, step: str, level: int) -> None: ...

    def seen_cards(self, routine: str) -> set[str]:
        """The ids of the routine's learn cards already shown."""
        ...

    def card_seen(self, routine: str, card: str) -> None: ...


# Begins a session's entry in the history (routine, planned seconds, speed, and where to say
# that recording waits); raises a SelfcareError when the history cannot be used.
RecordOpener = Callable[[Routine, float, float, Callable[[str | None], None]], Record]
