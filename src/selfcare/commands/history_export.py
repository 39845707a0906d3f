"""`selfcare history --json / --csv`: the sessions as data, for a backup, a spreadsheet or
another program.

Times are local, with their offset from UTC (ISO 8601), as the table shows them: a
practitioner reading 21:28+09:00 sees the evening session it was. `--csv` writes one row per
session, or per step (`--steps`), or per safety check and kept answer (`--screens`); `--excel`
adds the byte-order mark and CRLF line ends that Excel needs to read Japanese text as UTF-8.
"""

from __future__ import annotations

import csv
import functools
import io
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from selfcare.commands.history import load_sessions
from selfcare.history.session_parts import stored_time
from selfcare.history.store import SESSION_FIELDS, SessionRow
from selfcare.output import CsvTable, Export, OutputFormat, print_json
from selfcare.safe_text import terminal_safe

STEP_FIELDS = (
    "session_id",
    "session_uid",
    "routine",
    "session_started_at",
    "step_index",
    "step",
    "phase",
    "side",
    "status",
    "reason",
    "seconds",
    "level",
    "ended_at",
)
SCREEN_FIELDS = ("session_id", "session_uid", "routine", "at", "area", "source", "kind", "result")
BYTE_ORDER_MARK = "\ufeff"


def export_history(
    export: Export | OutputFormat,
    *,
    routine: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    everything: bool = False,
) -> None:
    if isinstance(export, OutputFormat):
        export = Export(export)
    sessions = load_sessions(
        routine=routine,
        since=since,
        limit=limit,
        with_steps=export.format is OutputFormat.JSON or export.table is not CsvTable.SESSIONS,
        everything=everything,
    )
    if export.format is OutputFormat.JSON:
        print_json([in_local_time(session.as_dict()) for session in sessions], item_per_line=True)
        return
    header, rows = TABLES[export.table](sessions)
    text = csv_text(header, rows, "\r\n" if export.excel else "\n")
    if export.excel:
        sys.stdout.flush()
        sys.stdout.buffer.write((BYTE_ORDER_MARK + text).encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        print(text, end="")


def local_time(value: object) -> object:
    """A stored UTC time as local time with its offset; a value that is no time, as it is."""
    if isinstance(value, str) and len(value) == len(UTC_SAMPLE) and value.endswith("+00:00"):
        # As the record writes times: converted quickly, with the offset of its hour.
        offset = _hour_offset(value[:13], time.tzname)
        if offset is not None:
            local = datetime.fromisoformat(value[:19]) + offset[0]
            return local.isoformat() + offset[1]
    moment = stored_time(value) if isinstance(value, str) else None
    return value if moment is None else moment.astimezone().isoformat(timespec="seconds")


UTC_SAMPLE = "2026-12-02T12:28:00+00:00"


@functools.lru_cache(maxsize=65536)
def _hour_offset(hour: str, zone: tuple[str, str]) -> tuple[timedelta, str] | None:
    """The local offset from UTC throughout the UTC hour `hour` ("2026-12-02T12") in the local
    `zone` (its names: a change of TZ is another zone), as a timedelta and as ISO text
    ("+09:00"); None when a clock change falls within the hour."""
    start = datetime.fromisoformat(hour + ":00:00+00:00")
    first, last = start.astimezone(), (start + timedelta(minutes=59, seconds=59)).astimezone()
    offset = first.utcoffset()
    if offset is None or offset != last.utcoffset():
        return None
    return offset, first.isoformat()[-6:]


# The time fields of a session's parts, by part.
PART_TIMES = {
    "steps": "ended_at",
    "screens": "taken_at",
    "level_changes": "changed_at",
    "cards_seen": "seen_at",
    "safety_answers": "answered_at",
}


def in_local_time(data: dict[str, object]) -> dict[str, object]:
    """The exported session (its parts too) with every time local, in place."""
    for key in ("started_at", "ended_at"):
        data[key] = local_time(data[key])
    for part, key in PART_TIMES.items():
        rows = data.get(part)
        if isinstance(rows, list):
            for row in rows:
                row[key] = local_time(row[key])
    return data


Rows = Iterable[Sequence[object]]


def session_rows(sessions: Sequence[SessionRow]) -> tuple[Sequence[str], Rows]:
    rows = (in_local_time(session.as_dict()) for session in sessions)
    return SESSION_FIELDS, ([row[key] for key in SESSION_FIELDS] for row in rows)


def step_rows(sessions: Sequence[SessionRow]) -> tuple[Sequence[str], Rows]:
    def rows() -> Rows:
        for session in reversed(sessions):  # oldest first, as the steps were done
            started = local_time(session.as_dict()["started_at"])
            for step in session.steps or ():
                yield (
                    session.id,
                    session.uid,
                    session.routine,
                    started,
                    step.step_index,
                    step.step,
                    step.stored_phase,
                    step.side,
                    step.stored_status,
                    step.stored_reason,
                    step.seconds,
                    step.level,
                    local_time(step.ended_at),
                )

    return STEP_FIELDS, rows()


def screen_rows(sessions: Sequence[SessionRow]) -> tuple[Sequence[str], Rows]:
    """Each safety check (its kind and result) and each kept answer (histories, the
    inflammatory pattern, pregnancy) of every session, oldest first."""

    def rows() -> Rows:
        for session in reversed(sessions):
            first = (session.id, session.uid, session.routine)
            for screen in session.screens or ():
                at = local_time(screen.taken_at)
                yield (*first, at, screen.area, "check", screen.kind, screen.result)
            for kept in session.safety_answers or ():
                at = local_time(kept.answered_at)
                yield (*first, at, kept.area, "kept-answer", kept.item, kept.answer)

    return SCREEN_FIELDS, rows()


TABLES = {CsvTable.SESSIONS: session_rows, CsvTable.STEPS: step_rows, CsvTable.SCREENS: screen_rows}


def csv_text(header: Sequence[str], rows: Rows, line_end: str) -> str:
    """The table as CSV; each cell inert in a terminal and never a spreadsheet formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=line_end)
    writer.writerow(header)
    for row in rows:
        writer.writerow([terminal_safe(str(csv_cell(value))) for value in row])
    return buffer.getvalue()


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value for a spreadsheet cell: text that would start a formula is kept as text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
