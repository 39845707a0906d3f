"""Moving a history: an export (`history --json`) read back whole and merged into this one.

Sessions merge by their uid: one already here is left exactly as it is, a new one comes with
all its parts. The file is read and every session checked before the database is opened, and
the merge is one transaction: a file with any problem, or a failure half-way, changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.history.import_checks import (
    DERIVED,
    PART_CHECKS,
    SESSION_CHECKS,
    SHOWN_PROBLEMS,
    Fields,
    ImportedSession,
    Problem,
    checked_sessions,
)
from selfcare.history.store import check_intact, history_errors
from selfcare.i18n.language import t

# Some 90,000 sessions of ten steps, a session a day for two lifetimes: more is not an export.
MAX_FILE_BYTES = 200 * 1024 * 1024


class ImportRefused(SelfcareError):
    """The file cannot be imported; nothing was changed."""


def read_export(path: Path) -> list[object]:
    """The file's list of sessions, as JSON; ImportRefused saying why when it is not one."""
    import json

    try:
        if path.is_dir():
            raise ImportRefused(t("backup.is_folder", path=path))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        with path.open("rb") as file:
            content = file.read(MAX_FILE_BYTES + 1)  # it may have grown since
    except FileNotFoundError:
        raise ImportRefused(t("backup.no_file", path=path)) from None
    except OSError as error:
        raise ImportRefused(t("backup.unreadable", path=path, reason=error.strerror)) from None
    if len(content) > MAX_FILE_BYTES:
        raise _too_large(path)
    try:
        text = content.decode("utf-8-sig")  # an editor may have added a byte-order mark
    except UnicodeDecodeError as error:
        byte = error.start + 1  # counted from 1, as people count
        raise ImportRefused(t("backup.not_utf8", path=path, offset=byte)) from None
    try:
        data = json.loads(text, parse_constant=_not_a_number)
    except json.JSONDecodeError as error:
        place = {"line": error.lineno, "column": error.colno}
        raise ImportRefused(t("backup.not_json", path=path, **place)) from None
    except _NotANumber as error:
        raise ImportRefused(t("backup.not_a_number", path=path, value=error)) from None
    except RecursionError:
        raise ImportRefused(t("backup.too_deep", path=path)) from None
    except ValueError:  # Python reads no number of more than 4,300 digits
        raise ImportRefused(t("backup.number_too_long", path=path)) from None
    if not isinstance(data, list):
        raise ImportRefused(t("backup.not_a_list", path=path))
    return data


def _too_large(path: Path) -> ImportRefused:
    return ImportRefused(t("backup.too_large", path=path, limit=MAX_FILE_BYTES // 2**20))


class _NotANumber(ValueError):
    """NaN or Infinity: Python's JSON reader takes them, JSON and this history do not."""


def _not_a_number(constant: str) -> object:
    raise _NotANumber(constant)


def sessions_to_import(path: Path) -> list[ImportedSession]:
    """The file's sessions, every field checked; ImportRefused listing the problems, if any."""
    sessions, problems = checked_sessions(read_export(path))
    if problems:
        raise ImportRefused(refusal(path, problems))
    return sessions


def refusal(path: Path, problems: Sequence[Problem]) -> str:
    lines = [t("backup.refused", path=path, count=len(problems))]
    lines += ["  " + problem.render() for problem in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append("  " + t("backup.more_problems", count=len(problems) - SHOWN_PROBLEMS))
    return "\n".join(lines)


@dataclass(frozen=True)
class MergeResult:
    imported: int
    already_here: int  # by uid; left as they are
    were_running: int  # of those imported: stored as ended early (see `ended_here`)


def merge_sessions(db: sqlite3.Connection, sessions: Sequence[ImportedSession]) -> MergeResult:
    """Add the sessions whose uid is not here yet, with all their parts, in one transaction."""
    check_intact(db)  # never written into a damaged file
    with history_errors(db):
        db.execute("BEGIN IMMEDIATE")
        try:
            present = {uid for (uid,) in db.execute("SELECT uid FROM sessions")}
            new = [session for session in sessions if session.uid not in present]
            taken = {session_id for (session_id,) in db.execute("SELECT id FROM sessions")}
            ids = local_ids([session.id for session in new], taken)
            placed = list(zip(ids, new, strict=True))
            rows = ((session_id, session.row) for session_id, session in placed)
            _insert(db, "sessions", "id", SESSION_COLUMNS, rows)
            for part, checks in PART_CHECKS.items():
                rows = ((session_id, row) for session_id, s in placed for row in s.parts[part])
                _insert(db, part, "session_id", tuple(checks), rows)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # else ROLLBACK's own error would hide the one that counts
                db.execute("ROLLBACK")
            raise
    return MergeResult(
        imported=len(new),
        already_here=len(sessions) - len(new),
        were_running=sum(session.was_running for session in new),
    )


def local_ids(wanted: Sequence[int], taken: set[int]) -> list[int]:
    """Each session's id here: the one it had when that is free, else one after them all.

    Ids are settled before any is written, so a session given a new id never takes the one a
    later session of the file could have kept.
    """
    claimed = set(taken)
    kept: list[int | None] = []
    for session_id in wanted:
        kept.append(None if session_id in claimed else session_id)
        claimed.add(session_id)
    following = max(claimed, default=0)
    ids: list[int] = []
    for own in kept:
        if own is None:
            following += 1
            ids.append(following)
        else:
            ids.append(own)
    return ids


# The sessions table's columns besides its id; derived values are computed, never stored.
SESSION_COLUMNS = tuple(key for key in SESSION_CHECKS if key != "id" and key not in DERIVED)


def _insert(
    db: sqlite3.Connection,
    table: str,
    key: str,
    columns: tuple[str, ...],
    rows: Iterable[tuple[int, Fields]],
) -> None:
    """Rows of one table: each its session's id here (in column `key`) and its checked values."""
    # Table and column names are this module's own constants, never the file's.
    names = ", ".join((key, *columns))
    marks = ", ".join("?" for _ in range(len(columns) + 1))
    values_of = itemgetter(*columns)  # a tuple: every table has several columns
    db.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})",
        ((session_id, *values_of(row)) for session_id, row in rows),
    )
