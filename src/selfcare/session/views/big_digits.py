"""Digits drawn in blocks, as large as the screen allows, readable from the mat two metres away.

A glyph is 3×5 dots; at size k each dot is k rows tall and 2k columns wide (a terminal cell
is about twice as tall as it is wide), so the digits keep their shape at every size.
"""

from __future__ import annotations

_FONT = {
    "0": ("███", "█ █", "█ █", "█ █", "███"),
    "1": (" ██", "  █", "  █", "  █", "  █"),
    "2": ("███", "  █", "███", "█  ", "███"),
    "3": ("███", "  █", "███", "  █", "███"),
    "4": ("█ █", "█ █", "███", "  █", "  █"),
    "5": ("███", "█  ", "███", "  █", "███"),
    "6": ("███", "█  ", "███", "█ █", "███"),
    "7": ("███", "  █", "  █", "  █", "  █"),
    "8": ("███", "█ █", "███", "█ █", "███"),
    "9": ("███", "█ █", "███", "  █", "███"),
    ":": ("   ", " █ ", "   ", " █ ", "   "),
    "‖": ("█ █", "█ █", "█ █", "█ █", "█ █"),  # the pause sign
}
DOTS_HIGH, DOTS_WIDE = 5, 3
HEIGHT = DOTS_HIGH  # rows at size 1


def big_width(text: str, size: int = 1) -> int:
    """Columns `text` takes at `size`: glyphs 6k wide with 2k between them."""
    glyph, gap = DOTS_WIDE * 2 * size, 2 * size
    return len(text) * glyph + gap * (len(text) - 1)


def big_height(size: int = 1) -> int:
    return DOTS_HIGH * size


def big_text(text: str, size: int = 1, fill: str = "█", *, inverted: bool = False) -> str:
    """`text` (digits, ':' and '‖') drawn with `fill` at `size`.

    `inverted` draws the digits as holes in a solid block, one row and two columns wider on
    each side: the same number, unmistakably different from two metres.
    """
    rows = []
    for dot_row in range(DOTS_HIGH):
        cells = []
        for char in text:
            glyph = _FONT.get(char, ("   ",) * DOTS_HIGH)[dot_row]
            cells.append("".join((fill if dot != " " else " ") * 2 * size for dot in glyph))
        line = (" " * 2 * size).join(cells)
        rows.extend([line] * size)
    if not inverted:
        return "\n".join(rows)
    margin = INVERTED_MARGIN
    solid = fill * (len(rows[0]) + 2 * margin)
    inside = [
        fill * margin + "".join(" " if c != " " else fill for c in row) + fill * margin
        for row in rows
    ]
    return "\n".join([solid, *inside, solid])


INVERTED_MARGIN = 2  # columns each side; one row above and below
