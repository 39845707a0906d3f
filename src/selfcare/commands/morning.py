"""`selfcare history --morning`: say how the back felt the morning after the last session."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from rich.console import Console

from selfcare.history.mornings import pending_next_morning
from selfcare.history.record import SessionRecord
from selfcare.history.store import check_intact, connect, history_exists
from selfcare.i18n.language import t
from selfcare.paths import database_path
from selfcare.session.keys import LineInput
from selfcare.session.prompts import NoAnswer, Prompter, QuitAnswer
from selfcare.session.start_checks import ask_next_morning


def answer_morning(now: datetime | None = None) -> None:
    """Ask about the last session whose next morning has come and is unanswered."""
    now = now or datetime.now(UTC)
    console = Console(highlight=False)
    path = database_path()
    if not history_exists(path):  # a home that is a file, say, is an error, not "none due"
        console.print(t("morning.none_due"), markup=False)
        return
    db = connect(path)
    try:
        check_intact(db)  # the answer is a write: never into a damaged file, nor asked for one
        due = pending_next_morning(db, now)
        if due is None:
            # Tomorrow it would be due: the session was today, its morning has not come.
            waiting = pending_next_morning(db, now + timedelta(days=1)) is not None
            console.print(t("morning.not_yet" if waiting else "morning.none_due"), markup=False)
            return
        prompter = Prompter(console, LineInput(sys.stdin), echo=not sys.stdin.isatty())
        # The answer belongs to the earlier session: this record is only its way in.
        try:
            ask_next_morning(SessionRecord(db, due.session_id), due, prompter, console)
        except QuitAnswer:
            return  # q: nothing saved
        except NoAnswer:
            raise NoAnswer(t("morning.no_input")) from None  # not the session's --yes advice
        console.print(t("morning.saved"), style="green", markup=False)
    finally:
        db.close()
