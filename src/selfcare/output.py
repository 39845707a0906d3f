"""Output helpers every command shares: the consoles, the output formats, one JSON printer,
and files written whole or not at all."""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich loads when something is printed, not for `--help`
    from rich.console import Console

    from selfcare.errors import SelfcareError


class OutputFormat(StrEnum):
    """What a command prints: text for people, or data for programs."""

    TEXT = "text"
    JSON = "json"
    CSV = "csv"


class CsvTable(StrEnum):
    """The rows `history --csv` writes: one per session, per step, or per safety answer."""

    SESSIONS = "sessions"
    STEPS = "steps"
    SCREENS = "screens"


@dataclass(frozen=True)
class Export:
    """How `history` exports: the format, the CSV's rows, and whether for Excel."""

    format: OutputFormat
    table: CsvTable = CsvTable.SESSIONS
    excel: bool = False  # UTF-8 with a byte-order mark, and CRLF line ends


def stdout_console() -> Console:
    from rich.console import Console

    # Rich itself honours NO_COLOR and drops styling when stdout is not a terminal.
    # emoji=False: ":name:" in a routine's text stays as written.
    return Console(highlight=False, emoji=False)


def error_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, emoji=False)


def print_error(error: SelfcareError) -> None:
    """An error as the command line prints it: its diagnostics, then the message."""
    from selfcare.i18n.language import t
    from selfcare.safe_text import terminal_safe

    console = error_console()
    lines = [d.render() for d in error.diagnostics] + [t("error.prefix") + error.message]
    for line in lines:  # one line each, unwrapped: editors and grep read them
        console.print(terminal_safe(line), markup=False, highlight=False, soft_wrap=True)


def print_json(data: object, *, item_per_line: bool = False) -> None:
    """Print `data` as JSON, inert in a terminal: control and bidi characters as \\u escapes.

    `item_per_line` writes a list one compact item a line: readable, and quick for long lists.
    """
    import json

    from selfcare.safe_text import terminal_safe_json

    if item_per_line and isinstance(data, list):
        items = ",\n".join(json.dumps(item, ensure_ascii=False) for item in data)
        text = f"[\n{items}\n]" if items else "[]"
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2)
    print(terminal_safe_json(text))


def write_whole(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all: to a temporary file in the same folder, then renamed
    over it. On a failure (a full disk) the old file stays as it was and no temporary file is
    left behind. Raises OSError."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # on disk before it replaces anything
        temporary.replace(path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
