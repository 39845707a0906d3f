"""Sound cues around a session view: a bell at step start, side switch and step end; speech."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import IO

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.session.outcomes import StepResult
from selfcare.session.ports import Frame, SessionView
from selfcare.session.views.voice import Voice


class Bell:
    """The terminal bell: works everywhere a terminal does, though often muted."""

    def __init__(self, stream: IO[str], *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled

    def ring(self) -> None:
        if self.enabled:
            self.stream.write("\a")
            self.stream.flush()


class CueingView:
    """Forwards every event to `inner` and adds the sound that goes with it."""

    def __init__(
        self, inner: SessionView, routine: Routine, bell: Bell, voice: Voice | None
    ) -> None:
        self.inner = inner
        self.steps = routine.steps()
        self.bell = bell
        self.voice = voice

    def show(self, frame: Frame) -> None:
        self.inner.show(frame)

    def running(self) -> AbstractContextManager[None]:
        return self.inner.running()

    def suspended(self) -> AbstractContextManager[None]:
        return self.inner.suspended()

    def segment_started(self, segment: Segment, previous: Segment | None) -> None:
        self.inner.segment_started(segment, previous)
        starts_work = segment.kind is SegmentKind.WORK and (
            previous is None or previous.kind is SegmentKind.GET_READY
        )
        if starts_work or segment.kind is SegmentKind.SWITCH:
            self.bell.ring()
        if self.voice is None:
            return
        step = self.steps[segment.step_index][1]
        if segment.kind is SegmentKind.GET_READY:
            self.voice.say(localize(step.name))
        elif segment.kind is SegmentKind.SWITCH:
            self.voice.say(t("session.switch"))
        elif segment.kind is SegmentKind.REST:
            self.voice.say(t("session.rest"))
        elif segment.rep is not None:
            self.voice.say(str(segment.rep))

    def step_ended(self, result: StepResult) -> None:
        self.inner.step_ended(result)
        self.bell.ring()

    def paused(self, *, is_paused: bool) -> None:
        self.inner.paused(is_paused=is_paused)
        if self.voice is not None:
            self.voice.say(t("session.paused") if is_paused else t("session.resumed"))

    def help(self) -> None:
        self.inner.help()

    def loosen_stopped(self) -> None:
        self.inner.loosen_stopped()
