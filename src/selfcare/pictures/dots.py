"""A posed figure as terminal characters: each cell holds 2×4 braille dots or 2×2 quarter blocks.

The figure is drawn by Pillow into a small bitmap of square dots, then each cell's dots
become one character. Quarter blocks are solid and read from across a room; braille is finer
for small pictures read up close. Far limbs are dim, so the near ones stand out.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from rich.text import Text

from selfcare.pictures.body import HEAD_RADIUS, Bounds, Figure, Side, View

if TYPE_CHECKING:
    from PIL import ImageDraw

MARGIN = 4.0  # body units around the figure (the floor sits two dots below the body)
_EMPTY, _FAR, _FLOOR, _BODY = 0, 1, 2, 3  # what a dot shows; the highest in a cell wins
_BLOCKS = " ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█"  # indexed by 1 top-left, 2 top-right, 4 bottom-left, 8 bottom-right
_BRAILLE_BITS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))  # [row][column]


class Cells(StrEnum):
    """How dots become characters."""

    BLOCKS = "blocks"
    BRAILLE = "braille"


def figure_dots(
    figure: Figure,
    columns: int,
    rows: int,
    *,
    bounds: Bounds | None = None,
    cells: Cells = Cells.BLOCKS,
    style: str = "bold",
) -> Text:
    """`figure` drawn in `columns` × `rows` cells, centred, `rows` lines joined by newlines.

    Pictures given the same `bounds` share one scale, so a figure moving between two poses
    keeps its size and place.
    """
    grid = _raster(figure, columns * 2, rows * 4, bounds or figure.bounds())
    text = Text(no_wrap=True, overflow="crop")
    styles = {_BODY: style, _FLOOR: "dim", _FAR: "bright_black", _EMPTY: ""}  # far limbs grey
    width = columns * 2
    for row in range(rows):
        if row:
            text.append("\n")
        run, run_style = "", ""
        for column in range(columns):
            start = row * 4 * width + column * 2
            dots = [grid[start + y * width + x] for y in range(4) for x in range(2)]
            cell_style = styles[max(dots)]
            if cell_style != run_style and run:  # one span per run of alike cells, not per cell
                text.append(run, run_style)
                run = ""
            run += _cell(dots, cells)
            run_style = cell_style
        text.append(run, run_style)
    return text


def _cell(dots: list[int], cells: Cells) -> str:
    """One character for a cell's 8 dots, listed row by row."""
    if cells is Cells.BRAILLE:
        bits = 0
        for index, value in enumerate(dots):
            if value:
                bits |= _BRAILLE_BITS[index // 2][index % 2]
        return chr(0x2800 + bits)
    # Two rows of dots make one block row: the cell is twice as tall as wide.
    index = 0
    for quarter, (top, bottom) in enumerate(((0, 2), (1, 3), (4, 6), (5, 7))):
        if dots[top] or dots[bottom]:
            index |= 1 << quarter
    return _BLOCKS[index]


def _raster(figure: Figure, width: int, height: int, bounds: Bounds) -> bytes:
    """The figure as `width` × `height` dots, one byte each (`_EMPTY` … `_BODY`)."""
    from PIL import Image, ImageDraw

    left, bottom, right, top = bounds
    left, bottom, right, top = left - MARGIN, bottom - MARGIN, right + MARGIN, top + MARGIN
    scale = min(width / (right - left), height / (top - bottom))
    x_offset = (width - (right - left) * scale) / 2
    y_offset = (height - (top - bottom) * scale) / 2

    def at(point: tuple[float, float]) -> tuple[float, float]:
        x, y = point
        return (x - left) * scale + x_offset, (top - y) * scale + y_offset

    image = Image.new("L", (width, height), _EMPTY)
    draw = ImageDraw.Draw(image)
    if figure.view is View.SIDE:
        floor = at((0.0, figure.floor))[1] + 2  # a dot row apart, so the body stands on it
        draw.line([(0, floor), (width, floor)], fill=_FLOOR, width=1)
    for points, stroke, side in figure.lines():
        thick = max(1, round(stroke * scale))
        placed = [at(point) for point in points]
        if side is Side.NEAR and thick >= 3:  # an empty edge keeps a limb visible on the body
            _polyline(draw, placed, thick + 2, _EMPTY)
        _polyline(draw, placed, thick, _FAR if side is Side.FAR else _BODY)
    for towel in figure.towels:
        ends = [at(figure.joints[towel.start]), at(figure.joints[towel.end])]
        _polyline(draw, ends, 1, _BODY)
    x, y = at(figure.joints["head"])
    radius = HEAD_RADIUS * scale
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=_BODY)
    return image.tobytes()


def _polyline(
    draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], width: int, fill: int
) -> None:
    """A thick line with round joints and ends, as a pen would draw it."""
    draw.line(points, fill=fill, width=width, joint="curve")
    radius = (width - 1) / 2
    for x, y in points:
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)
