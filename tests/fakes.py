"""Stand-ins for the session's clock, keyboard, answers and screen, so tests never sleep."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment
from selfcare.session.outcomes import Ending, StepResult
from selfcare.session.ports import Frame, Question

START = 1000.0  # fake clocks start here, not at 0, so nothing can rely on time starting at zero


class FakeClock:
    """A monotonic clock that moves only when a test (or a fake key source) moves it."""

    def __init__(self, start: float = START) -> None:
        self.time = start

    def now(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += seconds


class ScriptedKeys:
    """Keys pressed at set times; waiting for a key moves the fake clock instead of sleeping.

    Times are seconds after the clock's reading when the keys were made. `overshoot` is added
    to every wait that times out, like a real `select` that wakes a little late. `sleeps` are
    (time, seconds) pairs: the wait that reaches `time` returns `seconds` late, like a laptop
    that slept with its lid closed.
    """

    def __init__(
        self,
        clock: FakeClock,
        keys: Iterable[tuple[float, str]] = (),
        overshoot: float = 0.0,
        sleeps: Iterable[tuple[float, float]] = (),
        give_up_after: float = 1e6,
    ) -> None:
        self.clock = clock
        self.origin = clock.now()
        self.keys = sorted(((self.origin + at, key) for at, key in keys), key=lambda k: k[0])
        self.sleeps = sorted((self.origin + at, seconds) for at, seconds in sleeps)
        self.overshoot = overshoot
        self.give_up_at = self.origin + give_up_after
        self.waits = 0

    def read(self, timeout: float) -> str | None:
        assert timeout >= 0, f"negative wait {timeout}"
        now = self.clock.now()
        if now > self.give_up_at:
            raise AssertionError(f"the session was still waiting at fake time {now - self.origin}")
        self.waits += 1
        if self.keys and self.keys[0][0] <= now + timeout:
            at, key = self.keys.pop(0)
            self.clock.time = max(now, at)
            return key
        if self.sleeps and self.sleeps[0][0] <= now + timeout:
            _, seconds = self.sleeps.pop(0)
            self.clock.advance(timeout + seconds)
            return None
        self.clock.advance(timeout + self.overshoot)
        return None


class ScriptedLines:
    """Answers typed at the prompts, in order; None (end of input) once they run out."""

    def __init__(self, lines: Iterable[str] = (), log: list[str] | None = None) -> None:
        self.lines = list(lines)
        self.asked = 0
        self.log = log  # where to note each question, e.g. a RecordingView's log

    def read_line(self) -> str | None:
        self.asked += 1
        if self.log is not None:
            self.log.append("question")
        return self.lines.pop(0) + "\n" if self.lines else None


class ScriptedInput:
    """Keys during the steps and lines at the questions: what a session reads from stdin."""

    def __init__(self, keys: ScriptedKeys, lines: ScriptedLines) -> None:
        self.keys = keys
        self.lines = lines

    def read(self, timeout: float) -> str | None:
        return self.keys.read(timeout)

    def read_line(self) -> str | None:
        return self.lines.read_line()


class RecordingView:
    """A SessionView that writes down what it was told, with the fake time it was told."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.log: list[str] = []  # one readable line per event, in order
        self.segments: list[tuple[float, Segment]] = []  # (seconds since start, segment)
        self.results: list[StepResult] = []
        self.frames: list[Frame] = []
        self.pauses: list[tuple[float, bool]] = []
        self.origin = clock.now()
        self.is_running = False
        self.questions: list[Question | None] = []
        self.endings: list[Ending] = []
        self.routine: Routine | None = None  # set when the session runs steps at other levels

    def elapsed(self) -> float:
        return self.clock.now() - self.origin

    def show(self, frame: Frame) -> None:
        self.frames.append(frame)

    def segment_started(self, segment: Segment, previous: Segment | None) -> None:
        self.segments.append((self.elapsed(), segment))
        self.log.append(f"segment {segment.step} {segment.kind}")

    def step_ended(self, result: StepResult) -> None:
        self.results.append(result)
        self.log.append(f"ended {result.step} {result.status}")

    def paused(self, *, is_paused: bool) -> None:
        self.pauses.append((self.elapsed(), is_paused))
        self.log.append("paused" if is_paused else "resumed")

    def help(self) -> None:
        self.log.append("help")

    def loosen_stopped(self) -> None:
        self.log.append("loosen stopped")

    def equipment(self, words: str) -> None:
        self.log.append(f"equipment: {words}")

    def recording(self, delay: str | None) -> None:
        self.log.append("recording delayed" if delay is not None else "recording caught up")

    def use_routine(self, routine: Routine) -> None:
        self.routine = routine

    @contextmanager
    def running(self) -> Iterator[None]:
        self.is_running = True
        self.log.append("running")
        try:
            yield
        finally:
            self.is_running = False
            self.log.append("not running")

    def ask(self, question: Question | None) -> None:
        if not self.questions or question != self.questions[-1]:
            self.questions.append(question)
            self.log.append("asked" if question is not None else "asked away")

    def finished(self, ending: Ending) -> None:
        self.endings.append(ending)
        self.log.append(f"finished {ending}")
