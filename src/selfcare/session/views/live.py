"""The full-screen session display, made to be followed from a mat two metres away.

The countdown is drawn as large as the screen allows; the state (get ready, hold, rest,
switch, paused) is a thick band whose pattern, not only its colour, tells it apart; the rest
of the screen is centred as one block. Questions asked mid-session take the whole screen.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.routine.wording import clock, phase_title, segment_label, switch_words
from selfcare.safe_text import terminal_safe
from selfcare.session.outcomes import Ending, SkipReason, StepResult, StepStatus
from selfcare.session.ports import Frame, Question
from selfcare.session.views.big_digits import big_height, big_text, big_width
from selfcare.session.views.text_layout import centre, wrapped

MIN_REDRAW_SECONDS = 0.05  # at high --speed, draw at most 20 frames a second
MIN_WIDTH, MIN_HEIGHT = 50, 16  # below this the exercise cannot be shown: say so
MAX_CONTENT_WIDTH = 110  # lines longer than this are hard to follow on a wide screen
DIGITS_SHARE = 0.45  # the countdown takes at most this share of the rows
BAND_ROWS = 3

# Each state has its own pattern, so it reads without colour; colour only adds to it.
_FILLS = {
    SegmentKind.GET_READY: "▒",
    SegmentKind.WORK: "█",
    SegmentKind.REST: "░",
    SegmentKind.SWITCH: "▚",
}
_COLOURS = {
    SegmentKind.GET_READY: "cyan",
    SegmentKind.WORK: "green",
    SegmentKind.REST: "bright_blue",
    SegmentKind.SWITCH: "magenta",
}


def band(label: str, fill: str, width: int, style: str) -> Text:
    """A bar `BAND_ROWS` tall of `fill`, with `label` in its middle row."""
    label = f"  {label}  "
    room = max(0, width - cell_len(label))  # cells: a Japanese character takes two
    left = room // 2
    rows = [fill * width, fill * left + label + fill * (room - left), fill * width]
    return Text("\n".join(rows), style=style, no_wrap=True, overflow="crop")


def progress(fraction: float, width: int) -> Text:
    """A bar whose done and undone parts differ in shape, so it reads without colour too."""
    done = round(max(0.0, min(1.0, fraction)) * width)
    bar = Text("━" * done, style="bold")
    bar.append("╌" * (width - done), style="dim")
    return bar


def _centred(block: RenderableType, width: int, top: int, screen_width: int) -> RenderableType:
    """`block`, `width` columns wide, centred across the screen below `top` blank rows."""
    return Padding(block, (top, 0, 0, max(0, (screen_width - width) // 2)))


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
        self.question: Question | None = None
        self.first_lead_in = True  # the stop warning stays until the first exercise begins
        self.lasting_notice: str | None = None  # e.g. no speech engine: shown at the first lead-in
        self.window_title = ""

    @contextmanager
    def running(self) -> Iterator[None]:
        self.live.start()
        try:
            yield
        finally:
            self.live.stop()
            self._set_window_title("selfcare")

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
        if segment.kind is SegmentKind.WORK:
            self.first_lead_in = False
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

    def finished(self, ending: Ending) -> None:
        """Nothing to draw: the summary follows on the normal screen."""

    def ask(self, question: Question | None) -> None:
        """Show `question` on the full screen (None: back to the countdown)."""
        if question != self.question or self.console.size != self.size:
            self.question = question
            self._draw()

    # --- drawing -------------------------------------------------------------------

    def _draw(self) -> None:
        if self.frame is None and self.question is None:
            return
        self.size = self.console.size
        self.drawn_at = time.monotonic()
        self.live.update(self.render(self.frame), refresh=True)
        if self.frame is not None:
            name = localize(self.steps[self.frame.segment.step_index][1].name)
            left = clock(self.frame.total_remaining)
            self._set_window_title(terminal_safe(t("session.title", name=name, time=left)))

    def _set_window_title(self, title: str) -> None:
        if title != self.window_title and self.console.is_terminal:
            self.window_title = title
            self.console.set_window_title(title)

    @staticmethod
    def _rows(text: Text) -> int:
        """Rows a text made by `wrapped` (or `band`) takes: it is wrapped already."""
        return text.plain.count("\n") + 1

    def render(self, frame: Frame | None) -> RenderableType:
        """Fit the screen: the band and the countdown as large as room allows, centred."""
        width, height = self.console.size
        if self.question is not None:
            return self._question_screen(self.question, width, height)
        assert frame is not None
        if width < MIN_WIDTH or height < MIN_HEIGHT:
            return self._too_small(frame, width, height)
        inner = min(width - 4, MAX_CONTENT_WIDTH)
        phase, step = self.steps[frame.segment.step_index]
        segment = frame.segment

        title = Text(terminal_safe(phase_title(phase)), style="bold")
        title.append(
            "  " + t("session.step_of", n=segment.step_index + 1, total=len(self.steps)),
            style="dim",
        )
        name = wrapped(localize(step.name), inner, style=f"bold {_COLOURS[segment.kind]}")
        state = self._band(frame, inner)

        must: list[Text] = []  # shown whatever the size: safety first
        if self.first_lead_in:
            must.append(wrapped(t("session.stop_when"), inner, style="bold yellow"))
        if step.caution is not None:
            caution = f"{t('show.caution')}: {localize(step.caution)}"
            must.append(wrapped(caution, inner, style="yellow"))
        if self.lasting_notice and self.first_lead_in:
            must.append(wrapped(self.lasting_notice, inner, style="italic"))
        optional: list[Text] = []  # most important first; each only if it fits
        if step.position is not None:
            position = wrapped(localize(step.position), inner, style="dim")
            # Getting ready is when the position matters most.
            (must if segment.kind is SegmentKind.GET_READY else optional).insert(0, position)
        first_of_phase = phase.steps[0] is step
        if phase.why is not None and first_of_phase and segment.kind is SegmentKind.GET_READY:
            optional.append(wrapped(localize(phase.why), inner, style="italic"))
        optional += [wrapped("• " + localize(cue), inner, hanging=2) for cue in step.cues]

        bottom: list[RenderableType] = [self._bars(frame, inner)]
        bottom_rows = 2
        next_text = wrapped(self._next_text(frame), inner, style="dim")
        bottom.append(next_text)
        bottom_rows += self._rows(next_text)
        if self.notice:
            notice = wrapped(self.notice, inner, style="italic")
            bottom.append(notice)
            bottom_rows += self._rows(notice)
        if self.showing_help:
            help_text = wrapped(t("session.help") + "\n" + t("session.stop_when"), inner - 4)
            bottom.append(Panel(help_text, border_style="cyan"))
            bottom_rows += 2 + self._rows(help_text)
        keys_key = "session.keys_paused" if frame.paused else "session.keys"
        keys = wrapped(t(keys_key), inner, style="dim")
        bottom.append(keys)
        bottom_rows += self._rows(keys)

        fixed = 1 + self._rows(name) + BAND_ROWS  # title, name, band
        fixed += sum(self._rows(text) for text in must) + bottom_rows
        digits, digit_rows = self._countdown(frame, inner, height - fixed, height)
        room = height - fixed - digit_rows
        shown: list[Text] = []
        for text in optional:
            rows = self._rows(text)
            if rows <= room:
                shown.append(text)
                room -= rows

        parts: list[RenderableType] = [title, name, state, digits]
        parts += [*must, *shown, *bottom]
        used = height - room
        return _centred(Group(*parts), inner, max(0, (height - used) // 2), width)

    def _band(self, frame: Frame, width: int) -> Text:
        segment = frame.segment
        step = self.steps[segment.step_index][1]
        if frame.paused:
            label = f"‖ {t('session.paused')} — {t('session.paused_hint')}"
            return band(label, "‖", width, "bold")
        if segment.kind is SegmentKind.SWITCH and segment.side is not None:
            label = switch_words(segment.side)
        else:
            label = segment_label(segment.kind, segment.side)
        if segment.kind is SegmentKind.GET_READY and step.each_side:
            label += " · " + t("session.left_first")
        counters = self._counters(frame)
        if counters:
            label += "  ·  " + counters
        label = terminal_safe(label)
        fill = _FILLS[segment.kind]
        return band(label, fill, width, f"bold {_COLOURS[segment.kind]}")

    def _countdown(
        self, frame: Frame, width: int, room: int, height: int
    ) -> tuple[RenderableType, int]:
        """The remaining seconds as large as fits in `room` rows, and the rows they take.

        The drawing has a row above and below it: blank, or the frame of the hold's last seconds.
        """
        segment = frame.segment
        number = str(frame.remaining)
        last = frame.in_last_seconds
        largest = max(1, int(height * DIGITS_SHARE) // big_height())
        for size in range(largest, 0, -1):
            # The size fits the number inverted with its frame, so nothing on screen moves
            # when the hold's last seconds begin.
            rows = big_height(size) + 2
            columns = big_width(number, size) + 4
            if rows <= room and columns <= width:
                # A space between the pause sign and the number, so "‖7" never reads as "117";
                # where the sign does not fit, the band alone says "Paused".
                paused = f"‖ {number}"
                fits = big_width(paused, size) <= width
                text = paused if frame.paused and fits else number
                drawing = big_text(text, size, "▓" if frame.paused else "█", inverted=last)
                lines = drawing.split("\n")
                above = (rows - len(lines)) // 2
                lines = [""] * above + lines + [""] * (rows - len(lines) - above)
                # Centred as one block: centring each row alone would shift the rows.
                margin = " " * max(0, (width - max(len(line) for line in lines)) // 2)
                block = "\n".join(margin + line if line else "" for line in lines)
                style = f"bold {_COLOURS[segment.kind]}"
                return Text(block, style=style, no_wrap=True, overflow="crop"), rows
        style = f"bold {_COLOURS[segment.kind]} reverse"
        text = f"‖ {number}" if frame.paused else number
        number_line = Text(f"\n {text} \n", style=style, justify="center")
        return number_line, 3

    def _too_small(self, frame: Frame, width: int, height: int) -> RenderableType:
        """The countdown, and what to do to see the rest."""
        label = t("session.paused") if frame.paused else segment_label(frame.segment.kind, None)
        number = Text(f" {frame.remaining} ", style="bold reverse", justify="center")
        advice = t("session.enlarge", width=MIN_WIDTH, height=MIN_HEIGHT)
        return Group(
            Text(label, style="bold", justify="center"),
            number,
            wrapped(advice, max(1, width - 1)),
        )

    def _question_screen(self, question: Question, width: int, height: int) -> RenderableType:
        inner = min(max(1, width - 4), MAX_CONTENT_WIDTH)
        text = wrapped(question.text, inner, style="bold", centred=True)
        parts: list[RenderableType] = [band("?", "▒", inner, "bold cyan"), Text(""), text]
        used = BAND_ROWS + 1 + self._rows(text)
        if question.answer:  # the "1" that may become 10, large
            size = 2 if height >= used + 14 and big_width(question.answer, 2) <= inner else 1
            answer = centre(big_text(question.answer, size), inner)
            parts += [Text(""), Text(answer, style="bold", no_wrap=True)]
            used += 1 + big_height(size)
        hint = wrapped(question.hint, inner, style="dim", centred=True)
        parts += [Text(""), hint]
        used += 1 + self._rows(hint)
        return _centred(Group(*parts), inner, max(0, (height - used) // 2), width)

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
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True, style="dim")
        bar_width = max(10, width - 30)
        grid.add_row(t("session.step_bar"), progress(frame.step_fraction, bar_width), "")
        grid.add_row(
            t("session.total_bar"),
            progress(frame.total_fraction, bar_width),
            t("session.left", time=clock(frame.total_remaining)),
        )
        return grid

    def _next_text(self, frame: Frame) -> str:
        if frame.next_step is None:
            return t("session.next_end")
        name = localize(self.steps[frame.next_step][1].name)
        return terminal_safe(t("session.next", name=name))
