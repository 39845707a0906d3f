"""Text for the session screen: made safe for the terminal and wrapped as its language wants.

Rich breaks lines at spaces and anywhere inside Japanese, so 「。」 can start a line; the
session screen wraps its texts itself, with Japanese line-breaking rules, and lets Rich
only draw them.
"""

from __future__ import annotations

from functools import lru_cache

from rich.text import Text

from selfcare.i18n.line_breaking import wrap
from selfcare.safe_text import terminal_safe


def wrapped(text: str, width: int, *, style: str = "") -> Text:
    """`text` as lines of at most `width` cells, each paragraph wrapped on its own."""
    return Text(_lines(text, width), style=style, no_wrap=True, overflow="crop")


@lru_cache(maxsize=256)
def _lines(text: str, width: int) -> str:
    # The same texts are drawn every second of a step: wrap each once.
    return "\n".join(
        line
        for paragraph in terminal_safe(text).split("\n")
        for line in (wrap(paragraph, max(1, width)) or [""])
    )
