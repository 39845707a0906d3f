"""The live screen as rows of segments, each part of it rendered once and kept.

From one second to the next most of the screen is the same text: the step's name, its cues,
the keys, often even the number (every rep counts down through the same digits). Each text
part is rendered to lines once and looked up after that, which keeps the per-second drawing
cheap.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

Line = list[Segment]
KEPT = 512  # parts kept; a session has far fewer distinct ones, a resize starts afresh


class ScreenLines:
    """A whole screen, already cut into rows the width of the screen."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines:
            yield from line
            yield Segment.line()


class RenderedParts:
    """Renders the parts of the screen, keeping each text's lines for the next time."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.kept: dict[tuple[object, ...], list[Line]] = {}

    def lines(self, part: RenderableType, width: int) -> list[Line]:
        """`part` as lines exactly `width` cells wide."""
        key = _key(part, width)
        if key is not None and key in self.kept:
            return self.kept[key]
        options = self.console.options.update_width(max(1, width))
        lines = self.console.render_lines(part, options, pad=True)
        if key is not None:
            if len(self.kept) >= KEPT:
                self.kept.clear()
            self.kept[key] = lines
        return lines


def _key(part: RenderableType, width: int) -> tuple[object, ...] | None:
    if not isinstance(part, Text):
        return None
    return (part.plain, tuple(part.spans), str(part.style), part.justify, part.overflow, width)


def side_by_side(
    left: list[Line], left_width: int, right: list[Line], right_indent: int
) -> list[Line]:
    """Two blocks side by side, each centred on the taller; `right` starts `right_indent`
    cells after the `left_width` of the left block."""
    tall = max(len(left), len(right))
    pad = [Segment(" " * right_indent)] if right_indent else []
    rows = []
    for row_left, row_right in zip(
        _middled(left, tall, left_width), _middled(right, tall, 0), strict=True
    ):
        rows.append(row_left + pad + row_right)
    return rows


def _middled(lines: list[Line], tall: int, width: int) -> Iterator[Line]:
    above = (tall - len(lines)) // 2
    blank: Line = [Segment(" " * width)] if width else []
    yield from [blank] * above
    yield from lines
    yield from [blank] * (tall - len(lines) - above)


def screen(blocks: list[list[Line]], top: int, margin: int, width: int) -> ScreenLines:
    """The blocks one under another, `top` blank rows above and `margin` cells to their left,
    every row padded to the screen's `width` so nothing from an earlier drawing shows."""
    rows: list[Line] = [[Segment(" " * width)] for _ in range(top)]
    indent = [Segment(" " * margin)] if margin else []
    for block in blocks:
        for line in block:
            used = margin + Segment.get_line_length(line)
            rows.append(indent + line + ([Segment(" " * (width - used))] if used < width else []))
    return ScreenLines(rows)
