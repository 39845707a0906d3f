"""Sound and voice around a session view: a chime at every change, ticks for the last seconds
of a hold, and a coach that says what to do next and counts the reps at your own pace."""

from __future__ import annotations

from contextlib import AbstractContextManager

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.session.outcomes import Ending, StepResult
from selfcare.session.ports import Frame, Question, SessionView
from selfcare.session.views.audio import Chimes, Cue
from selfcare.session.views.segment_words import first_side_words, rep_count, switch_words
from selfcare.session.views.voice import Voice

_CUES = {SegmentKind.WORK: Cue.HOLD, SegmentKind.REST: Cue.REST, SegmentKind.SWITCH: Cue.SWITCH}


class CueingView:
    """Forwards every event to `inner` and adds the sound and speech that go with it."""

    def __init__(
        self, inner: SessionView, routine: Routine, chimes: Chimes, voice: Voice | None
    ) -> None:
        self.inner = inner
        self.steps = routine.steps()
        self.chimes = chimes
        self.voice = voice
        self.ticked: tuple[Segment, int] | None = None
        self.asked: str | None = None

    def _say(self, text: str) -> None:
        if self.voice is not None:
            self.voice.say(text)

    def use_routine(self, routine: Routine) -> None:
        self.steps = routine.steps()
        self.inner.use_routine(routine)

    def show(self, frame: Frame) -> None:
        self.inner.show(frame)
        segment, remaining = frame.segment, frame.remaining
        # A tick, and the number said, for each of a hold's last seconds.
        if frame.in_last_seconds and self.ticked != (segment, remaining):
            self.ticked = (segment, remaining)
            self.chimes.play(Cue.TICK)
            self._say(str(remaining))

    def running(self) -> AbstractContextManager[None]:
        return self.inner.running()

    def segment_started(self, segment: Segment, previous: Segment | None) -> None:
        self.inner.segment_started(segment, previous)
        cue = _CUES.get(segment.kind)
        if cue is not None:
            self.chimes.play(cue)
        step = self.steps[segment.step_index][1]
        if segment.kind is SegmentKind.GET_READY:
            words = [t("session.next", name=localize(step.name))]
            side = first_side_words(step)
            if side is not None:
                words.append(side)
            if step.cues:
                words.append(localize(step.cues[0]))
            self._say(". ".join(words))
        elif segment.kind is SegmentKind.SWITCH and segment.side is not None:
            self._say(switch_words(step, segment.side))
        elif segment.kind is SegmentKind.OWN_REP:
            self._count(segment, previous)
        elif segment.kind is SegmentKind.REST:
            self._say(t("session.rest"))
        elif segment.kind is SegmentKind.WORK:
            self._say(t("session.hold"))

    def _count(self, segment: Segment, previous: Segment | None) -> None:
        """A rep at your own pace: the first of a run sounds like a hold starting, each next
        one ticks (the key press was heard); the voice says its number, and the last one."""
        first = previous is None or previous.kind is not SegmentKind.OWN_REP
        self.chimes.play(Cue.HOLD if first else Cue.TICK)
        count = rep_count(segment, self.steps[segment.step_index][1])
        if count is not None:
            rep, reps = count
            self._say(t("voice.last_rep", rep=rep) if rep == reps > 1 else str(rep))

    def equipment(self, words: str) -> None:
        self.inner.equipment(words)
        self._say(words)

    def step_ended(self, result: StepResult) -> None:
        self.inner.step_ended(result)
        self.chimes.play(Cue.STEP_END)

    def paused(self, *, is_paused: bool) -> None:
        self.inner.paused(is_paused=is_paused)
        self._say(t("session.paused") if is_paused else t("session.resumed"))

    def help(self) -> None:
        self.inner.help()

    def loosen_stopped(self) -> None:
        self.inner.loosen_stopped()
        self._say(t("session.loosen_worse"))

    def ask(self, question: Question | None) -> None:
        self.inner.ask(question)
        text = None if question is None else question.text
        if text is not None and text != self.asked:
            self._say(text)
        self.asked = text

    def recording(self, delay: str | None) -> None:
        self.inner.recording(delay)  # not said aloud: nothing to do about it on the mat

    def finished(self, ending: Ending) -> None:
        self.inner.finished(ending)
        if ending is Ending.COMPLETED:
            self.chimes.play(Cue.SESSION_END)
            self._say(t("session.ended_completed_plain"))
