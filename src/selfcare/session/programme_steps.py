"""The programme's part of a session: what the record says about the weeks, read at its edges.

Before the steps: the loosening memory and what it says. After them: the day of the next
session and one learn card not yet seen. Each reads the record and may raise `HistoryError`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from selfcare.i18n.dates import day_words
from selfcare.programme.cards import next_card
from selfcare.programme.loosen_memory import LoosenMemory, loosen_memory
from selfcare.programme.schedule import next_session_words
from selfcare.routine.model import Card, Routine
from selfcare.session.ports import Record

SCHEDULE_LOOKBACK = timedelta(days=14)  # enough to place the next session of any schedule


def memory_now(record: Record, now: datetime) -> LoosenMemory | None:
    """The loosening memory in force: loosening made things worse in the last two weeks."""
    return loosen_memory(record.loosening_episodes(), now)


def memory_days(memory: LoosenMemory) -> dict[str, str]:
    """The day loosening last made things worse, and the day it is offered again, in words."""
    return {
        "day": day_words(memory.last_episode.astimezone().date()),
        "until": day_words(memory.until.astimezone().date()),
    }


def next_session_line(record: Record, routine: Routine, now: datetime) -> str | None:
    """ "Next session: Friday 4 Dec", from the schedule and this routine's recent days."""
    if routine.schedule is None:
        return None
    days = [
        session.started_at.astimezone().date()
        for session in record.sessions_since(now - SCHEDULE_LOOKBACK)
        if session.routine == routine.id and session.started_at is not None
    ]
    today = now.astimezone().date()
    return next_session_words(routine, days or [today], today)


def unseen_card(record: Record, routine: Routine) -> Card | None:
    """The routine's next learn card not yet shown, if any is left."""
    if not routine.learn:
        return None
    return next_card(routine, record.seen_cards(routine.id))
