"""`selfcare history --json / --csv`: the sessions as data, for a backup, a spreadsheet or
another program."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from selfcare.commands.history import load_sessions
from selfcare.history.store import SESSION_FIELDS, SessionRow
from selfcare.output import OutputFormat, print_json
from selfcare.safe_text import terminal_safe


def export_history(
    output: OutputFormat,
    *,
    routine: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    everything: bool = False,
) -> None:
    sessions = load_sessions(
        routine=routine,
        since=since,
        limit=limit,
        with_steps=output is OutputFormat.JSON,
        everything=everything,
    )
    if output is OutputFormat.JSON:
        print_json([session.as_dict() for session in sessions], item_per_line=True)
        return
    print(terminal_safe(sessions_csv(sessions)), end="")


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value for a spreadsheet cell: text that would start a formula is kept as text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def sessions_csv(sessions: Sequence[SessionRow]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SESSION_FIELDS)
    for session in sessions:
        row = session.as_dict()
        writer.writerow([csv_cell(row[key]) for key in SESSION_FIELDS])
    return buffer.getvalue()
