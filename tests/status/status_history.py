"""A history for the `selfcare status` tests: sessions written through the real record on a fake
wall clock, in Tokyo time, around one Wednesday noon; and reminders set without a scheduler."""

from __future__ import annotations

import sqlite3
import sys
import time
import types
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from selfcare.history.mornings import record_next_morning
from selfcare.history.record import begin_session
from selfcare.reminders.entries import Reminder
from selfcare.routine.model import PhaseKind
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    NextMorning,
    PainMoment,
    StepResult,
    StepStatus,
    StopReason,
)

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=TOKYO)  # a Wednesday noon, 03:00 UTC


def tokyo_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine in Tokyo: local days are not UTC's (a fixture's body)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
    """A moment `days_ago` days before NOW's day, at this time in Tokyo."""
    day = NOW.date() - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TOKYO)


def add_session(
    db: sqlite3.Connection,
    started: datetime,
    routine: str = "low-back",
    *,
    pain: tuple[int | None, int | None] = (4, 2),
    loosen: LoosenOutcome | None = LoosenOutcome.SKIPPED,
    ending: Ending = Ending.COMPLETED,
    reason: StopReason | None = None,
    morning: NextMorning | None = NextMorning.SAME,
    levels: Sequence[tuple[str, int]] = (),
    speed: float = 1.0,
) -> int:
    """One session of 20 minutes: its pain, one step, its loosening, its ending, the next
    morning's answer (None: not answered) and level changes made at it."""
    first = iter([started])  # then every write is at its end, 20 minutes on
    ended = started + timedelta(minutes=20)
    record = begin_session(db, routine, routine, "en", 1200.0, speed, lambda: next(first, ended))
    before, after = pain
    if before is not None:
        record.pain(PainMoment.BEFORE, before)
    for step, level in levels:
        record.change_level(routine, step, level)
    record.step(StepResult(0, "drawing-in", PhaseKind.STABILIZE, StepStatus.DONE, None, 60.0))
    record.loosen(loosen)
    if after is not None:
        record.pain(PainMoment.AFTER, after)
    record.finish(ending, reason)
    if morning is not None:
        record_next_morning(db, record.session_id, morning, None)
    return record.session_id


# A routine of the person's own with set days: on Mondays and Fridays.
NECK_CARE = """\
format: selfcare/1
id: neck-care
title:
  en: Neck care at the desk
  ja: デスクワークの首のケア
schedule:
  days: [mon, fri]
phases:
  - kind: stabilize
    steps:
      - id: chin-tuck
        name: Chin tuck
        hold: 5
        reps: 5
"""


def write_neck_care(home: Path) -> None:
    folder = home / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "neck-care.yaml").write_text(NECK_CARE, encoding="utf-8")


def set_reminders(monkeypatch: pytest.MonkeyPatch, reminders: Sequence[Reminder]) -> None:
    """What the scheduler reports as installed: the machine's own crontab or timers are never
    read."""
    schedulers = types.ModuleType("selfcare.reminders.schedulers")
    schedulers.installed_reminders = lambda: list(reminders)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "selfcare.reminders.schedulers", schedulers)


MORNING_REMINDER = Reminder("07:30", (), None, "cron", "19:00")
