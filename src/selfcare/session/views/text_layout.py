"""Text for the session screen: made safe for the terminal and wrapped as its language wants.

Rich breaks lines at spaces and anywhere inside Japanese, so 「。」 can start a line; the
session screen wraps its texts itself, with Japanese line-breaking rules, and lets Rich
only draw them.
"""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
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


class Wrapped:
    """Text wrapped at the width it is drawn in, as `wrapped` does: for a text in a page or a
    table cell (a bullet, a caution), where Rich would let 「。」 start a line."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield wrapped(self.text, options.max_width, style=self.style)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        lines = terminal_safe(self.text).split("\n")
        widest = max(cell_len(line) for line in lines)
        unbreakable = max(cell_len(piece) for line in lines for piece in wrap(line, 1) or [""])
        return Measurement(min(unbreakable, widest), widest).clamp(max_width=options.max_width)


def print_wrapped(console: Console, text: str, style: str = "") -> None:
    """Print a message: wrapped as its language wants in a terminal, one line into a pipe."""
    if console.soft_wrap:
        console.print(text, style=style, markup=False, highlight=False)
    else:
        console.print(Wrapped(text, style))


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
