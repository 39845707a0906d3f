"""The full-screen session display, made to be followed from a mat two metres away.

The countdown (at your own pace, the rep) is drawn as large as the screen allows; the state
(get ready, hold, rest, switch, paused) is a thick band whose pattern, not only its colour,
tells it apart; the step's picture stands beside the countdown on a wide screen, or under it
on a tall one; the rest of the screen is centred as one block. Questions asked mid-session
take the whole screen. The screen is drawn again when a number on it changes; while the
figure moves between its poses, only the picture's own cells are written.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from rich.console import Console, RenderableType
from rich.live import Live
from rich.panel import Panel
from rich.segment import Segment as Cells
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.pictures.terminal_images import detect_protocol
from selfcare.routine.model import Routine
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.routine.wording import phase_title
from selfcare.safe_text import terminal_safe
from selfcare.safety.areas import stop_when_words
from selfcare.session.outcomes import Ending, SkipReason, StepResult, StepStatus
from selfcare.session.ports import Frame, Question
from selfcare.session.views.picture_panel import PicturePanel
from selfcare.session.views.picture_writer import PicturePlace, PictureWriter
from selfcare.session.views.screen_lines import RenderedParts, ScreenLines, screen, side_by_side
from selfcare.session.views.screen_parts import (
    BAND_ROWS,
    COLOURS,
    EXERCISE,
    GAP,
    MAX_CONTENT_WIDTH,
    MIN_HEIGHT,
    MIN_WIDTH,
    bars,
    big_number,
    countdown,
    keys_line,
    question_screen,
    rows_of,
    state_band,
    too_small,
)
from selfcare.session.views.step_texts import fitting, must_texts, next_words, optional_texts
from selfcare.session.views.terminal_photo import TerminalPhotos
from selfcare.session.views.text_layout import wrapped

MIN_REDRAW_SECONDS = 0.05  # at high --speed, draw at most 20 frames a second
WIDE_WIDTH = 120  # from this many columns the picture stands beside the countdown
MAX_WIDE_WIDTH = 170
PICTURE_SHARE = 0.42  # of the width, beside the countdown
MAX_PICTURE_COLUMNS = 72


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
        self.equipment_words: str | None = None  # what to have at hand, said without a wait
        self.recording_delay: str | None = None  # the history cannot take writes just now
        self.window_title = ""
        protocol = detect_protocol(os.environ) if console.is_terminal else None
        photos = None if protocol is None else TerminalPhotos(protocol, console.file)
        self.photos = photos
        self.pictures = PicturePanel(routine, blank_photos=photos is not None)
        self.picture_writer = PictureWriter(console, self.pictures, photos)
        self.parts = RenderedParts(console)
        self.picture_place: PicturePlace | None = None
        self.drawn_rows: list[list[Cells]] = []  # the screen as last written, row by row
        self.drawn_size = (0, 0)
        self.shown: tuple[object, ...] | None = None  # what the last full drawing showed

    @contextmanager
    def running(self) -> Iterator[None]:
        self.drawn_rows = []  # a fresh screen: every row is written
        self.live.start()
        try:
            yield
        finally:
            self.picture_writer.photo(None)
            self.live.stop()
            self._set_window_title("selfcare")

    # --- SessionView ---------------------------------------------------------------

    def use_routine(self, routine: Routine) -> None:
        self.routine = routine
        self.steps = routine.steps()
        self.pictures = PicturePanel(routine, blank_photos=self.photos is not None)
        self.picture_writer = PictureWriter(self.console, self.pictures, self.photos)

    def show(self, frame: Frame) -> None:
        resized = self.console.size != self.size
        previous, self.frame = self.frame, frame
        urgent = (
            previous is None or previous.segment != frame.segment or previous.paused != frame.paused
        )
        # The bars move with the number: drawing them between seconds costs more than it shows.
        changed = self._shown(frame) != self.shown
        if (
            resized
            or urgent
            or (changed and time.monotonic() - self.drawn_at >= MIN_REDRAW_SECONDS)
        ):
            self._draw()
        elif self.picture_place is not None and not frame.paused:
            level = self.pictures.level(frame)
            if level != self.picture_place.level:
                self._draw_picture(level)

    @staticmethod
    def _shown(frame: Frame) -> tuple[object, ...]:
        return (frame.segment, frame.remaining, frame.total_remaining, frame.paused)

    def segment_started(self, segment: Segment, previous: Segment | None) -> None:
        exercising = segment.kind in EXERCISE
        if exercising:
            self.first_lead_in = False
        if exercising and (previous is None or previous.kind is SegmentKind.GET_READY):
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

    def equipment(self, words: str) -> None:
        self.equipment_words = words  # with the stop warning, until the first exercise begins

    def finished(self, ending: Ending) -> None:
        """Nothing to draw: the summary follows on the normal screen."""

    def recording(self, delay: str | None) -> None:
        self.recording_delay = delay
        if self.live.is_started:
            self._draw()
        elif delay is not None:  # the screen has closed: the summary's screen says it
            self.console.print(delay, style="yellow", markup=False, highlight=False)

    def ask(self, question: Question | None) -> None:
        """Show `question` on the full screen (None: back to the countdown)."""
        if question is None:
            # The countdown comes back with the next frame: drawing the frame from before the
            # question now would flash the step that has just ended.
            self.question, self.shown, self.drawn_at = None, None, 0.0
            return
        if question != self.question or self.console.size != self.size:
            self.question = question
            self._draw()

    # --- drawing -------------------------------------------------------------------

    def _draw(self) -> None:
        if self.frame is None and self.question is None:
            return
        self.size = self.console.size
        self.drawn_at = time.monotonic()
        self.shown = None if self.frame is None else self._shown(self.frame)
        self._write_changed_rows(self.render(self.frame))
        self.picture_writer.photo(self.picture_place)
        if self.frame is not None:
            name = localize(self.steps[self.frame.segment.step_index][1].name)
            left = self.frame.time_left
            self._set_window_title(terminal_safe(t("session.title", name=name, time=left)))

    def _write_changed_rows(self, screen: RenderableType) -> None:
        """Write the rows that differ from the screen as last drawn (all of them after a resize).

        Most of the screen stays put from one second to the next: the number, the band's
        counters and the bars change. Writing only those rows keeps the terminal, and the CPU,
        quiet.
        """
        width, height = self.console.size
        if not self.console.is_alt_screen:  # not started (a test rendering frames alone)
            self.live.update(screen, refresh=True)
            return
        if isinstance(screen, ScreenLines):
            lines = screen.lines[:height]
        else:
            lines = self.console.render_lines(screen, self.console.options, pad=True)[:height]
        blank = [Cells(" " * width)]
        lines += [blank] * (height - len(lines))
        same_size = (width, height) == self.drawn_size and len(self.drawn_rows) == height
        previous = self.drawn_rows if same_size else []
        with self.console:  # one write for all the rows
            row = 0
            while row < height:
                if previous and previous[row] == lines[row]:
                    row += 1
                    continue
                end = row + 1  # a run of changed rows goes in one update
                while end < height and not (previous and previous[end] == lines[end]):
                    end += 1
                self.console.update_screen_lines(lines[row:end], 0, row)
                row = end
        self.drawn_rows, self.drawn_size = lines, (width, height)

    def _set_window_title(self, title: str) -> None:
        if title != self.window_title and self.console.is_terminal:
            self.window_title = title
            self.console.set_window_title(title)

    def render(self, frame: Frame | None) -> RenderableType:
        """Fit the screen: the band, the countdown and the picture as large as room allows."""
        width, height = self.console.size
        self.picture_place = None
        if self.question is not None:
            return question_screen(self.question, width, height)
        assert frame is not None
        step_index = frame.segment.step_index
        if width < MIN_WIDTH or height < MIN_HEIGHT:
            return too_small(frame, width, big_number(frame, self.steps[step_index][1])[0])
        beside = width - 4 >= WIDE_WIDTH and self.pictures.has_picture(step_index)
        inner = min(width - 4, MAX_WIDE_WIDTH if beside else MAX_CONTENT_WIDTH)
        picture_columns = min(MAX_PICTURE_COLUMNS, int(inner * PICTURE_SHARE)) if beside else 0
        main = inner - picture_columns - GAP if beside else inner
        phase, step = self.steps[step_index]
        segment = frame.segment

        title = Text(terminal_safe(phase_title(phase)), style="bold")
        title.append(
            "  " + t("session.step_of", n=segment.step_index + 1, total=len(self.steps)),
            style="dim",
        )
        name = wrapped(localize(step.name), inner, style=f"bold {COLOURS[segment.kind]}")
        state = state_band(frame, step, inner)

        notes = [note for note in (self.lasting_notice, self.equipment_words) if note]
        must = must_texts(
            self.routine,
            step,
            segment,
            inner,
            first_lead_in=self.first_lead_in,
            notes=notes,
            recording_delay=self.recording_delay,
        )
        optional = optional_texts(phase, step, segment, inner)

        bottom, bottom_rows = self._bottom(frame, inner)
        above = 1 + rows_of(name) + BAND_ROWS  # title, name, band
        fixed = above + sum(rows_of(text) for text in must) + bottom_rows
        digits, digit_rows = countdown(frame, main, height - fixed, height, big_number(frame, step))
        room = height - fixed - digit_rows
        level = self.pictures.level(frame)
        middle = self.parts.lines(digits, inner)
        place: tuple[int, int, int, int] | None = None  # row, column, columns, rows
        if beside:
            size = self.pictures.fit(step_index, picture_columns, digit_rows + room)
            picture = None if size is None else self.pictures.picture(step_index, *size, level)
            if size is not None and picture is not None:
                columns, rows = size
                indent = (picture_columns - columns) // 2
                drawing = self.parts.lines(picture, columns)
                numbers = self.parts.lines(digits, main + GAP)
                middle = side_by_side(numbers, main + GAP, drawing, indent)
                room -= len(middle) - digit_rows
                place = (above + (len(middle) - rows) // 2, main + GAP + indent, columns, rows)
        else:
            size = self.pictures.fit(step_index, inner, room)
            picture = None if size is None else self.pictures.picture(step_index, *size, level)
            if size is not None and picture is not None:
                columns, rows = size
                left = (inner - columns) // 2
                gutter = [Cells(" " * left)] if left else []
                middle = middle + [gutter + line for line in self.parts.lines(picture, columns)]
                room -= rows
                place = (above + digit_rows, left, columns, rows)
        shown, room = fitting(optional, room)

        blocks = [self.parts.lines(part, inner) for part in (title, name, state)]
        blocks.append(middle)
        blocks += [self.parts.lines(part, inner) for part in (*must, *shown, *bottom)]
        used = height - room
        top = max(0, (height - used) // 2)
        margin = max(0, (width - inner) // 2)
        if place is not None:
            row, column, columns, rows = place
            self.picture_place = PicturePlace(
                step_index, top + row, margin + column, columns, rows, level
            )
        return screen(blocks, top, margin, width)

    def _bottom(self, frame: Frame, inner: int) -> tuple[list[RenderableType], int]:
        """The bars, what comes next, the notice, the help and the keys, and their rows."""
        bottom: list[RenderableType] = [bars(frame, inner)]
        bottom_rows = 2
        next_text = wrapped(next_words(self.steps, frame.next_step), inner, style="dim")
        bottom.append(next_text)
        bottom_rows += rows_of(next_text)
        if self.notice:
            notice = wrapped(self.notice, inner, style="italic")
            bottom.append(notice)
            bottom_rows += rows_of(notice)
        if self.showing_help:
            help_text = wrapped(t("session.help") + "\n" + stop_when_words(self.routine), inner - 4)
            bottom.append(Panel(help_text, border_style="cyan"))
            bottom_rows += 2 + rows_of(help_text)
        keys = wrapped(t(keys_line(frame)), inner, style="dim")
        bottom.append(keys)
        bottom_rows += rows_of(keys)
        return bottom, bottom_rows

    def _draw_picture(self, level: int) -> None:
        """Write only the picture's cells: the figure moved, nothing else did."""
        place = self.picture_place
        assert place is not None
        self.picture_place = replace(place, level=level)
        rows = self.picture_writer.picture(self.picture_place)
        for row in rows:
            if row < len(self.drawn_rows):
                self.drawn_rows[row] = []  # written here: the next full drawing writes it again
