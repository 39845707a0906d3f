"""Text for the session screen: made safe for the terminal and wrapped as its language wants.

Rich breaks lines at spaces and anywhere inside Japanese, so 「。」 can start a line; the
session screen wraps its texts itself, with Japanese line-breaking rules, and lets Rich
only draw them.
"""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from rich.text import Text

from selfcare.i18n.line_breaking import wrap
from selfcare.safe_text import terminal_safe


def wrapped(
    text: str, width: int, *, style: str = "", hanging: int = 0, centred: bool = False
) -> Text:
    """`text` as lines of at most `width` cells, each paragraph wrapped on its own;
    lines after a paragraph's first are indented by `hanging` (under a bullet's text)."""
    lines = _lines(text, width, hanging)
    if centred:
        lines = centre(lines, width)
    return Text(lines, style=style, no_wrap=True, overflow="crop")


def centre(block: str, width: int) -> str:
    """Each line of `block` centred in `width` cells (a Japanese character takes two)."""
    return "\n".join(
        " " * max(0, (width - cell_len(line)) // 2) + line if line else ""
        for line in block.split("\n")
    )


@lru_cache(maxsize=256)
def _lines(text: str, width: int, hanging: int) -> str:
    # The same texts are drawn every second of a step: wrap each once.
    lines = []
    for paragraph in terminal_safe(text).split("\n"):
        first, *rest = wrap(paragraph, max(1, width)) or [""]
        if rest and hanging:
            rest = wrap(paragraph[len(first) :].lstrip(), max(1, width - hanging))
        lines += [first, *(" " * hanging + line for line in rest)]
    return "\n".join(lines)
