"""`selfcare history import FILE`: merge an export of the history into this computer's own."""

from __future__ import annotations

from pathlib import Path

from selfcare.history.store import connect
from selfcare.history.transfer import MergeResult, merge_sessions, sessions_to_import
from selfcare.i18n.language import t
from selfcare.output import stdout_console
from selfcare.paths import database_path


def import_history(path: Path) -> None:
    """Check the whole file, then merge it in one transaction; SelfcareError if refused."""
    sessions = sessions_to_import(path)  # before the database is opened: a bad file creates none
    if not sessions:
        stdout_console().print(t("backup.empty"), markup=False)
        return
    db = connect(database_path())
    try:
        result = merge_sessions(db, sessions)
    finally:
        db.close()
    console = stdout_console()
    for line in summary(result):
        console.print(line, markup=False)


def summary(result: MergeResult) -> list[str]:
    """What the import did, a sentence a line."""
    if result.imported == 0:
        return [counted(result.already_here, "backup.nothing_new_one", "backup.nothing_new")]
    lines = [counted(result.imported, "backup.imported_one", "backup.imported")]
    if result.were_running:
        lines.append(counted(result.were_running, "backup.were_running_one", "backup.were_running"))
    if result.already_here:
        lines.append(counted(result.already_here, "backup.already_here_one", "backup.already_here"))
    return lines


def counted(count: int, one: str, many: str) -> str:
    return t(one if count == 1 else many, count=count)
