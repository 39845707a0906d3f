"""The full-screen session display: big calm countdown, counters, cues, progress, keys."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.align import Align
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.padding import Padding
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.routine.wording import clock, phase_title, segment_label
from selfcare.safe_text import terminal_safe
from selfcare.session.outcomes import SkipReason, StepResult, StepStatus
from selfcare.session.ports import Frame
from selfcare.session.views.big_digits import HEIGHT, big_text, big_width

MIN_REDRAW_SECONDS = 0.05  # at high --speed, draw at most 20 frames a second
ROOMY_WIDTH, ROOMY_HEIGHT = 56, 22

_COLOURS = {
    SegmentKind.GET_READY: "cyan",
    SegmentKind.WORK: "green",
    SegmentKind.REST: "blue",
    SegmentKind.SWITCH: "magenta",
}


def _rows(text: str, width: int) -> int:
    """Terminal rows `text` takes when wrapped at `width` columns."""
    return sum(max(1, -(-cell_len(line) // max(1, width))) for line in text.split("\n"))


class LiveView:
    """Draws frames with Rich Live, only when something visible changed."""

    def __init__(self, console: Console, routine: Routine) -> None:
        self.console = console
        self.routine = routine
        self.steps = routine.steps()
        self.live = Live(console=console, auto_refresh=False, screen=True, transient=True)
        self.frame: Frame | None = None
        self.size = console.size
        self.drawn_at = 0.0
        self.notice: str | None = None
        self.showing_help = False

    @contextmanager
    def running(self) -> Iterator[None]:
        self.live.start()
        try:
            yield
        finally:
            self.live.stop()

    @contextmanager
    def suspended(self) -> Iterator[None]:
        """Leave the full screen while a question is asked."""
        self.live.stop()
        try:
            yield
        finally:
            self.live.start()
            self._draw()

    # --- SessionView ---------------------------------------------------------------

    def show(self, frame: Frame) -> None:
        changed = frame != self.frame
        resized = self.console.size != self.size
        previous, self.frame = self.frame, frame
        urgent = (
            previous is None or previous.segment != frame.segment or previous.paused != frame.paused
        )
        if (
            resized
            or urgent
            or (changed and time.monotonic() - self.drawn_at >= MIN_REDRAW_SECONDS)
        ):
            self._draw()

    def segment_started(self, segment: Segment, previous: Segment | None) -> None:
        if segment.kind is SegmentKind.WORK and (
            previous is None or previous.kind is SegmentKind.GET_READY
        ):
            self.notice = None  # shown through the next step's get-ready; gone once it starts
        if previous is None:
            # The notice ("Done: …", the loosening advice) stays until the next one: the next
            # step starts the moment a step ends, so clearing it here hid every notice unseen.
            self.showing_help = False

    def step_ended(self, result: StepResult) -> None:
        name = localize(self.steps[result.step_index][1].name)
        key = "session.done_step" if result.status is StepStatus.DONE else "session.skipped"
        self.notice = t(key, name=name)
        if result.reason is SkipReason.WORSE:
            self.notice = t("session.step_worse")

    def paused(self, *, is_paused: bool) -> None:
        if not is_paused:
            self.showing_help = False

    def help(self) -> None:
        self.showing_help = not self.showing_help
        self._draw()

    def loosen_stopped(self) -> None:
        self.notice = t("session.loosen_worse")

    # --- drawing -------------------------------------------------------------------

    def _draw(self) -> None:
        if self.frame is None:
            return
        self.size = self.console.size
        self.drawn_at = time.monotonic()
        self.live.update(self.render(self.frame), refresh=True)

    def render(self, frame: Frame) -> RenderableType:
        """Fit the screen: must-haves first, then caution, position, why and cues as room allows."""
        width, height = self.console.size
        padded = width >= ROOMY_WIDTH and height >= ROOMY_HEIGHT
        inner = width - (4 if padded else 0)
        phase, step = self.steps[frame.segment.step_index]
        colour = _COLOURS[frame.segment.kind]
        title = Text(terminal_safe(phase_title(phase)), style="bold")
        title.append(
            "  " + t("session.step_of", n=frame.segment.step_index + 1, total=len(self.steps)),
            style="dim",
        )
        name = Text(terminal_safe(localize(step.name)), style=f"bold {colour}")
        label = Text(segment_label(frame.segment.kind, frame.segment.side), style=colour)
        counters = self._counters(frame)
        if counters:
            label.append("  ·  " + counters, style="")
        bottom: list[RenderableType] = [
            self._bars(frame, width),
            Text(self._next_text(frame), style="dim"),
        ]
        bottom_rows = 3
        if self.notice:
            bottom.append(Text(terminal_safe(self.notice), style="italic"))
            bottom_rows += _rows(self.notice, inner)
        if self.showing_help:
            help_text = t("session.help") + "\n" + t("session.stop_when")
            bottom.append(Panel(Text(help_text), border_style="cyan"))
            bottom_rows += 2 + sum(_rows(line, inner - 4) for line in help_text.splitlines())
        keys = t("session.keys")
        bottom.append(Text(keys, style="dim"))
        bottom_rows += _rows(keys, inner)

        # Optional lines, most important first; each is shown only if it fits.
        optional: list[tuple[str, Text]] = []
        if step.caution is not None:
            caution = f"{t('show.caution')}: {localize(step.caution)}"
            optional.append(("caution", Text(terminal_safe(caution), style="yellow")))
        if step.position is not None:
            position = terminal_safe(localize(step.position))
            optional.append(("position", Text(position, style="dim")))
        first_of_phase = phase.steps[0] is step
        if phase.why is not None and first_of_phase and frame.segment.kind is SegmentKind.GET_READY:
            why = terminal_safe(localize(phase.why))
            optional.append(("why", Text(why, style="italic")))
        for cue in step.cues:
            optional.append(("cue", Text("• " + terminal_safe(localize(cue)))))

        available = (
            height - (2 if padded else 0) - 2 - 3 - bottom_rows
        )  # title, name, blanks, label
        # Big digits only when the caution and the position still fit beside them.
        essential_rows = sum(
            _rows(text.plain, inner) for kind, text in optional if kind != "cue" and kind != "why"
        )
        number = str(frame.remaining)
        big = not frame.paused and big_width(number) <= inner
        big = big and available - HEIGHT >= essential_rows
        available -= HEIGHT if big else (2 if frame.paused else 1)
        shown: dict[str, list[Text]] = {"caution": [], "position": [], "why": [], "cue": []}
        for kind, text in optional:
            rows = _rows(text.plain, inner)
            if rows <= available:
                shown[kind].append(text)
                available -= rows

        parts: list[RenderableType] = [title, name, *shown["why"], *shown["position"], Text("")]
        if frame.paused:
            parts.append(Text(t("session.paused"), style="bold yellow reverse", justify="center"))
            parts.append(Text(t("session.paused_hint"), style="yellow", justify="center"))
        elif big:
            # Centre the digits as one block: centring each row alone would shift the rows.
            digits = Text(big_text(number), style=f"bold {colour}", no_wrap=True)
            parts.append(Align.center(digits))
        else:
            parts.append(Text(number, style=f"bold {colour} reverse", justify="center"))
        parts += [Text(""), label, *shown["caution"], *shown["cue"], *bottom]
        body: RenderableType = Group(*parts)
        if padded:
            body = Padding(body, (1, 2))
        return body

    def _counters(self, frame: Frame) -> str:
        segment = frame.segment
        step = self.steps[segment.step_index][1]
        parts = []
        if segment.rep is not None and step.reps > 1:
            parts.append(t("session.rep", rep=segment.rep, reps=step.reps))
        if segment.set is not None and step.sets > 1:
            parts.append(t("session.set", set=segment.set, sets=step.sets))
        return "  ·  ".join(parts)

    def _bars(self, frame: Frame, width: int) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(ratio=1)
        grid.add_column(no_wrap=True, style="dim")
        bar_width = max(10, width - 30)
        grid.add_row(
            t("session.step_bar"),
            ProgressBar(total=1.0, completed=frame.step_fraction, width=bar_width),
            "",
        )
        grid.add_row(
            t("session.total_bar"),
            ProgressBar(total=1.0, completed=frame.total_fraction, width=bar_width),
            t("session.left", time=clock(frame.total_remaining)),
        )
        return grid

    def _next_text(self, frame: Frame) -> str:
        if frame.next_step is None:
            return t("session.next_end")
        name = localize(self.steps[frame.next_step][1].name)
        return terminal_safe(t("session.next", name=name))
