"""Checks at the start of a session that read the record: next-morning answer, pain trend."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.console import Console, Group

from selfcare.history.mornings import MorningDue
from selfcare.history.trends import TrendNote, pain_trend, session_points
from selfcare.i18n.dates import day_words
from selfcare.i18n.language import t
from selfcare.programme.loosen_memory import SKIP_FOR
from selfcare.routine.model import Routine
from selfcare.session.outcomes import MorningLoosen, NextMorning
from selfcare.session.ports import Record
from selfcare.session.prompts import Prompter
from selfcare.session.views.header import author_lines
from selfcare.session.views.text_layout import print_wrapped

TREND_WINDOW = timedelta(days=60)
TREND_NOTES = {
    TrendNote.RISING: "check.trend_rising",
    TrendNote.NOT_IMPROVING: "check.trend_not_improving",
}


# The words that answer the next-morning question, after its number (1, 2, 3).
MORNING_CHOICES = (
    (NextMorning.BETTER, ("b", "better", "良くなった", "良い")),
    (NextMorning.SAME, ("s", "same", "変わらない", "同じ")),
    (NextMorning.WORSE, ("w", "worse", "悪くなった", "悪い")),
)


def next_morning_check(
    record: Record, now: datetime, prompter: Prompter | None, console: Console
) -> list[str]:
    """Ask how the back felt the morning after the last session, whatever the gap since;
    the advice printed after the answer (to be said again where it cannot scroll away)."""
    if prompter is None:
        return []  # unattended: nobody to ask
    due = record.next_morning_due(now)
    return [] if due is None else ask_next_morning(record, due, prompter, console)


def ask_next_morning(
    record: Record, due: MorningDue, prompter: Prompter, console: Console
) -> list[str]:
    """Better, same or worse; and, after a session that loosened, whether loosening did it.
    Returns the advice printed after the answers."""
    when = day_words(due.started_at.astimezone().date())
    answer = NextMorning(prompter.choose(t("morning.question", when=when), MORNING_CHOICES))
    loosen = None
    if due.loosened and answer is not NextMorning.BETTER:
        worse = prompter.yes_no(t("morning.loosen_question"))
        loosen = MorningLoosen.WORSE if worse else MorningLoosen.NOT_WORSE
    record.answer_next_morning(due.session_id, answer, loosen)
    advice = []
    if answer is NextMorning.WORSE:
        advice.append(t("morning.worse_advice"))
    if loosen is MorningLoosen.WORSE:
        until = day_words((due.started_at + SKIP_FOR).astimezone().date())
        advice.append(t("morning.loosen_noted", until=until))
    for line in advice:
        print_wrapped(console, line, "yellow")
    return advice


def trend_check(record: Record, now: datetime, routine: Routine, console: Console) -> list[str]:
    """Say so when pain before sessions is rising or not improving, with whom to talk to;
    the lines said (to be said again where they cannot scroll away)."""
    note = pain_trend(session_points(record.sessions_since(now - TREND_WINDOW)), now)
    if note is None:
        return []
    print_wrapped(console, t(TREND_NOTES[note]), "bold yellow")
    contact = author_lines(routine)
    if contact:
        console.print(Group(*contact))
    return [t(TREND_NOTES[note]), *(line.plain for line in contact)]
