"""The step's picture on the live screen: a figure moving in time with the reps, or a photo.

Each picture is drawn once per size and kept, so the figure's few frames cost a dictionary
look-up while the session runs.
"""

from __future__ import annotations

import math
from pathlib import Path

from rich.text import Text

from selfcare.pictures import photo
from selfcare.pictures.dots import MARGIN, figure_dots
from selfcare.pictures.motion import LEVELS, pose_level
from selfcare.pictures.steps import StepFigures, step_figures, step_photos
from selfcare.routine.model import Routine, Step
from selfcare.session.ports import Frame

MIN_COLUMNS, MIN_ROWS = 24, 6  # smaller than this, a picture is too small to follow from the mat


class PicturePanel:
    """Pictures of every step of one routine, at the sizes the screen asks for."""

    def __init__(self, routine: Routine, *, blank_photos: bool = False) -> None:
        self.steps = [step for _, step in routine.steps()]
        self.blank_photos = blank_photos  # the terminal draws photos itself, over blank cells
        self.figures = [step_figures(step) for step in self.steps]
        self.drawn: dict[tuple[int, int, int, int], Text | None] = {}
        self.shapes: dict[int, float | None] = {}

    def has_picture(self, step_index: int) -> bool:
        step = self.steps[step_index]
        return bool(step_photos(step)) or self.figures[step_index] is not None

    def rows_for(self, step_index: int, columns: int) -> int:
        """Rows the step's picture takes `columns` cells wide, keeping its shape (a cell is
        about twice as tall as wide); 0 if it has none."""
        if step_index not in self.shapes:  # asked every second: the photo is read once
            self.shapes[step_index] = self._shape(step_index)
        shape = self.shapes[step_index]
        return 0 if shape is None else math.ceil(columns * shape / 2)

    def _shape(self, step_index: int) -> float | None:
        """The picture's height over its width, or None if it has none (or cannot be read)."""
        photos = step_photos(self.steps[step_index])
        if photos:
            size = photo.photo_size(photos[0])
            return None if size is None else size[1] / size[0]
        figures = self.figures[step_index]
        if figures is None:
            return None
        left, bottom, right, top = figures.bounds
        return (top - bottom + 2 * MARGIN) / (right - left + 2 * MARGIN)

    def fit(self, step_index: int, columns: int, rows: int) -> tuple[int, int] | None:
        """The largest picture within `columns` × `rows` cells keeping its shape, if any fits."""
        if not self.has_picture(step_index) or columns < MIN_COLUMNS:
            return None
        needed = self.rows_for(step_index, columns)
        if needed <= 0:
            return None
        if needed > rows:
            columns = columns * rows // needed
            needed = self.rows_for(step_index, columns)
        if columns < MIN_COLUMNS or needed < MIN_ROWS or needed > rows:
            return None
        return columns, needed

    def level(self, frame: Frame) -> int:
        """Which of the figure's pictures the frame shows (0: the start pose)."""
        step = self.steps[frame.segment.step_index]
        figures = self.figures[frame.segment.step_index]
        if step_photos(step):
            return 0 if len(step.image) < 2 else _photo_level(frame, step)
        if figures is None or not figures.moves:
            return 0
        segment = frame.segment
        return pose_level(segment.kind, frame.elapsed, segment.seconds, rests=step.rest > 0)

    def picture(self, step_index: int, columns: int, rows: int, level: int) -> Text | None:
        """The picture at `level`, `columns` × `rows` cells; None if it cannot be drawn."""
        key = (step_index, columns, rows, level)
        if key not in self.drawn:
            self.drawn[key] = self._draw(step_index, columns, rows, level)
        return self.drawn[key]

    def photo_at(self, step_index: int, level: int) -> Path | None:
        """The photo shown at `level` (start or end), if the step has photos."""
        photos = step_photos(self.steps[step_index])
        return photos[min(level, len(photos) - 1)] if photos else None

    def _draw(self, step_index: int, columns: int, rows: int, level: int) -> Text | None:
        step = self.steps[step_index]
        photos = step_photos(step)
        if photos and self.blank_photos:
            return Text("\n".join(" " * columns for _ in range(rows)))
        if photos:
            drawn = photo.photo_cells(photos[min(level, len(photos) - 1)], columns, rows)
            return None if drawn is None else drawn.text
        figures = self.figures[step_index]
        if figures is None:
            return None
        return _figure_text(figures, columns, rows, level)


def _figure_text(figures: StepFigures, columns: int, rows: int, level: int) -> Text:
    return figure_dots(figures.at(level / LEVELS), columns, rows, bounds=figures.bounds)


def _photo_level(frame: Frame, step: Step) -> int:
    """With two photos, the end photo shows once the rep has moved most of the way."""
    segment = frame.segment
    level = pose_level(segment.kind, frame.elapsed, segment.seconds, rests=step.rest > 0)
    return 1 if level * 2 > LEVELS else 0
