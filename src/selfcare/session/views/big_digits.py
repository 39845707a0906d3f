"""Digits five rows tall, readable from the mat two metres away."""

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
}
HEIGHT = 5


def big_text(text: str, scale: int = 2) -> str:
    """`text` (digits and ':') drawn in blocks; each cell `scale` characters wide."""
    rows = []
    for row in range(HEIGHT):
        cells = []
        for char in text:
            glyph = _FONT.get(char, ("   ",) * HEIGHT)[row]
            cells.append("".join(c * scale for c in glyph))
        rows.append("  ".join(cells))
    return "\n".join(rows)


def big_width(text: str, scale: int = 2) -> int:
    return len(text) * 3 * scale + 2 * (len(text) - 1)
