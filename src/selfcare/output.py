"""Rich consoles for standard output and errors, with colour only where it belongs."""

from __future__ import annotations

from rich.console import Console


def stdout_console() -> Console:
    # Rich itself honours NO_COLOR and drops styling when stdout is not a terminal.
    # emoji=False: ":name:" in a routine's text stays as written.
    return Console(highlight=False, emoji=False)


def error_console() -> Console:
    return Console(stderr=True, highlight=False, emoji=False)
