"""Checks at the start of a session that read the record: next-morning answer, pain trend."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from rich.console import Console, Group

from selfcare.commands.show import author_lines
from selfcare.history.store import pending_next_morning, query_sessions, record_next_morning
from selfcare.history.trends import TrendNote, pain_trend, session_points
from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.session.prompts import Prompter

TREND_WINDOW = timedelta(days=60)


def next_morning_check(
    db: sqlite3.Connection, now: datetime, prompter: Prompter | None, console: Console
) -> None:
    """Ask whether pain settled by the morning after the last session (8-36 hours ago)."""
    if prompter is None:
        return  # unattended: nobody to ask
    due = pending_next_morning(db, now)
    if due is None:
        return
    settled = prompter.yes_no(t("check.next_morning"))
    record_next_morning(db, due["id"], settled)
    if not settled:
        console.print(t("check.next_morning_advice"), style="yellow", markup=False)


def trend_check(
    db: sqlite3.Connection, now: datetime, routine: Routine, console: Console, lang: str
) -> None:
    """Say so when pain before sessions is rising or not improving, with whom to talk to."""
    since = (now - TREND_WINDOW).isoformat(timespec="seconds")
    note = pain_trend(session_points(query_sessions(db, since=since)), now)
    if note is None:
        return
    key = "check.trend_rising" if note is TrendNote.RISING else "check.trend_not_improving"
    console.print(t(key), style="bold yellow", markup=False)
    contact = author_lines(routine, lang)
    if contact:
        console.print(Group(*contact))
