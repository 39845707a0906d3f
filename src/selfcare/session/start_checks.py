"""Checks at the start of a session that read the record: next-morning answer, pain trend."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.console import Console, Group

from selfcare.history.trends import TrendNote, pain_trend, session_points
from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.session.outcomes import NextMorning
from selfcare.session.ports import Record
from selfcare.session.prompts import Prompter
from selfcare.session.views.header import author_lines

TREND_WINDOW = timedelta(days=60)
TREND_NOTES = {
    TrendNote.RISING: "check.trend_rising",
    TrendNote.NOT_IMPROVING: "check.trend_not_improving",
}


def next_morning_check(
    record: Record, now: datetime, prompter: Prompter | None, console: Console
) -> None:
    """Ask whether pain settled by the morning after the last session (8-36 hours ago)."""
    if prompter is None:
        return  # unattended: nobody to ask
    due = record.next_morning_due(now)
    if due is None:
        return
    settled = prompter.yes_no(t("check.next_morning"))
    record.answer_next_morning(due, NextMorning.SETTLED if settled else NextMorning.NOT_SETTLED)
    if not settled:
        console.print(t("check.next_morning_advice"), style="yellow", markup=False)


def trend_check(record: Record, now: datetime, routine: Routine, console: Console) -> None:
    """Say so when pain before sessions is rising or not improving, with whom to talk to."""
    note = pain_trend(session_points(record.sessions_since(now - TREND_WINDOW)), now)
    if note is None:
        return
    console.print(t(TREND_NOTES[note]), style="bold yellow", markup=False)
    contact = author_lines(routine)
    if contact:
        console.print(Group(*contact))
