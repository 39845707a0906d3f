"""`selfcare history`: the sessions on record, newest first."""

from __future__ import annotations

import json

from selfcare.history import connect, database_path, sessions_json
from selfcare.i18n import t
from selfcare.library import selfcare_home


def print_history(as_json: bool) -> None:
    path = database_path(selfcare_home())
    sessions: list[dict[str, object]] = []
    if path.exists():
        db = connect(path)
        try:
            sessions = sessions_json(db)
        finally:
            db.close()
    if as_json:
        print(json.dumps(sessions, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    from selfcare.output import stdout_console
    from selfcare.safe_text import terminal_safe

    console = stdout_console()
    if not sessions:
        console.print(t("history.none"), markup=False)
        return
    table = Table()
    for header in ("history.when", "history.routine", "history.status", "history.pain"):
        table.add_column(t(header))
    for session in sessions:
        pain = f"{session['pain_before'] if session['pain_before'] is not None else '–'}"
        pain += f" → {session['pain_after'] if session['pain_after'] is not None else '–'}"
        table.add_row(
            str(session["started_at"])[:16].replace("T", " "),
            terminal_safe(str(session["routine"])),
            t(f"history.status_{session['status']}"),
            pain,
        )
    console.print(table)
