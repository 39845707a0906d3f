"""The session as plain lines: for pipes, logs, screen readers and --plain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.routine.wording import duration_words, phase_title
from selfcare.safe_text import terminal_safe
from selfcare.safety.areas import stop_when_words
from selfcare.session.outcomes import Ending, SkipReason, StepResult, StepStatus
from selfcare.session.ports import Frame, Question
from selfcare.session.views.segment_words import counter_words, state_words


class PlainView:
    """One line per event, no colour, no cursor movement."""

    def __init__(self, stream: IO[str], routine: Routine) -> None:
        self.stream = stream
        self.routine = routine
        self.steps = routine.steps()
        self.phase_shown: int | None = None
        self.warned = False  # the stop warning, once, as the first step gets ready

    def _line(self, text: str) -> None:
        self.stream.write(terminal_safe(text) + "\n")
        self.stream.flush()

    def use_routine(self, routine: Routine) -> None:
        self.routine = routine
        self.steps = routine.steps()

    @contextmanager
    def running(self) -> Iterator[None]:
        yield

    def ask(self, question: Question | None) -> None:
        """Questions come as typed lines here: nothing to show."""

    def finished(self, ending: Ending) -> None:
        """The summary says it all."""

    def recording(self, delay: str | None) -> None:
        self._line(delay if delay is not None else t("session.recording_caught_up"))

    def show(self, frame: Frame) -> None:
        """Countdowns are not printed second by second; events are."""

    def segment_started(self, segment: Segment, previous: Segment | None) -> None:
        phase, step = self.steps[segment.step_index]
        if segment.phase_index != self.phase_shown:
            self.phase_shown = segment.phase_index
            self._line("")
            self._line(f"== {phase_title(phase)} ==")
            if phase.why is not None:
                self._line(localize(phase.why))
        name = localize(step.name)
        if not self.warned:
            self.warned = True
            self._line(stop_when_words(self.routine))
        if previous is None:  # a step begins: what a person needs before moving
            self._line(f"-- {name}")
            if step.position is not None:
                self._line(f"   {t('show.position')}: {localize(step.position)}")
            for cue in step.cues:
                self._line(f"   • {localize(cue)}")
            if step.caution is not None:
                self._line(f"   {t('show.caution')}: {localize(step.caution)}")
            if step.mistakes:
                self._line(f"   {t('show.mistakes')}:")
            for mistake in step.mistakes:
                self._line(f"   ✗ {localize(mistake)}")
            if step.video is not None:  # as text: a pipe or a log has no links
                self._line(f"   {t('show.video')}: {step.video}")
        own_pace = segment.kind is SegmentKind.OWN_REP
        working = own_pace or segment.kind is SegmentKind.WORK
        counters = counter_words(segment, step) if working else []
        # A rep at your own pace takes as long as it takes: no seconds to print.
        timing = [] if own_pace else [duration_words(segment.seconds)]
        detail = " · ".join([state_words(segment, step), *counters, *timing])
        self._line(f"{name}: {detail}")

    def equipment(self, words: str) -> None:
        self._line(words)

    def step_ended(self, result: StepResult) -> None:
        name = localize(self.steps[result.step_index][1].name)
        if result.reason is SkipReason.WORSE:
            self._line(t("session.step_worse"))
        key = "session.done_step" if result.status is StepStatus.DONE else "session.skipped"
        self._line(t(key, name=name))

    def paused(self, *, is_paused: bool) -> None:
        self._line(t("session.paused") if is_paused else t("session.resumed"))

    def help(self) -> None:
        self._line(t("session.help"))

    def loosen_stopped(self) -> None:
        self._line(t("session.loosen_worse"))
