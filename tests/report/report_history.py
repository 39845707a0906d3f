"""A six-week history written through the record API, as sessions write it, for the report's
tests; and the numbers a person counting by hand would find in it."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from selfcare.history.record import SessionRecord, begin_session
from selfcare.history.store import connect
from selfcare.paths import database_path
from selfcare.routine.model import PhaseKind
from selfcare.safety.periodic import SafetyAnswer, SafetyItem
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    MorningLoosen,
    NextMorning,
    PainMoment,
    ScreenKind,
    ScreenResult,
    SkipReason,
    StepResult,
    StepStatus,
    StopReason,
)

NOTE = "<script>alert(1)</script> =cmd|' /C calc'!A0 tight after the long walk"
STABILISE = ("drawing-in", "glute-bridge", "bird-dog", "side-plank-knees")
LOOSEN_STEP = "knee-to-chest"
HASH_1_0, HASH_1_1 = "a" * 64, "b" * 64


def first_monday(today: date) -> date:
    """The first Monday on or after 41 days ago: five whole weeks fit before this week."""
    day = today - timedelta(days=41)
    return day + timedelta(days=(7 - day.weekday()) % 7)


class WallClock:
    """The record's wall clock, moved by the test."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.moment

    def at(self, day: date, hour: int = 8) -> None:
        self.moment = datetime.combine(day, time(hour)).astimezone().astimezone(UTC)

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@dataclass
class Day:
    """One session of the low-back routine, as planned by the test."""

    offset: int  # days after the first Monday
    before: int | None = None
    after: int | None = None
    loosen: LoosenOutcome | None = None
    morning: NextMorning | None = None
    morning_loosen: MorningLoosen | None = None
    worse: tuple[str, ...] = ()  # steps left with `w`
    skipped: tuple[str, ...] = ()  # steps left with `n`
    again: tuple[str, ...] = ()  # steps skipped, gone back to, then done
    ending: Ending = Ending.COMPLETED
    extras: set[str] = field(default_factory=set)


LOW_BACK = [
    Day(0, 6, 5, LoosenOutcome.DONE, NextMorning.SAME),
    Day(2, 6, 4, LoosenOutcome.DONE, NextMorning.BETTER, MorningLoosen.NOT_WORSE),
    Day(4, 5, 5, LoosenOutcome.STOPPED, NextMorning.WORSE, MorningLoosen.WORSE),
    Day(7, 5, 4, LoosenOutcome.HELD_BACK, worse=("glute-bridge",)),
    Day(11, ending=Ending.STOPPED, extras={"tier-b"}),
    Day(14, 5, 3, LoosenOutcome.SKIPPED, NextMorning.BETTER, extras={"advised", "level-up"}),
    Day(16, 4, 3, LoosenOutcome.SKIPPED, worse=("glute-bridge",), skipped=("side-plank-knees",)),
    Day(18, 4, 2, LoosenOutcome.DONE, NextMorning.BETTER, extras={"note"}),
    Day(21, 4, 2, LoosenOutcome.SKIPPED, again=("glute-bridge",)),
    Day(23, 3, 2, LoosenOutcome.SKIPPED, NextMorning.SAME),
    Day(25, 3, ending=Ending.ABORTED),
    Day(28, 3, 1, LoosenOutcome.SKIPPED, NextMorning.BETTER, extras={"declined"}),
    Day(30, 2, 1, LoosenOutcome.HELD_BACK),
    Day(32, 2, 1, LoosenOutcome.SKIPPED, NextMorning.BETTER),
]


def _step(
    record: SessionRecord,
    clock: WallClock,
    index: int,
    name: str,
    status: StepStatus = StepStatus.DONE,
    reason: SkipReason | None = None,
    level: int = 1,
) -> None:
    clock.advance(60)
    phase = PhaseKind.LOOSEN if name == LOOSEN_STEP else PhaseKind.STABILIZE
    record.step(StepResult(index, name, phase, status, reason, 58.0, level))


def _low_back(record: SessionRecord, clock: WallClock, plan: Day, level_two: bool) -> None:
    if "tier-b" in plan.extras:
        record.screen(ScreenKind.FULL, ScreenResult.DOCTOR, "low-back")
        record.finish(Ending.STOPPED, StopReason.RED_FLAG_DOCTOR)
        return
    record.screen(ScreenKind.SHORT, ScreenResult.CLEAR, "low-back")
    if "advised" in plan.extras:
        record.safety_answer("low-back", SafetyItem.INFLAMMATORY, SafetyAnswer.ADVISED)
    if "level-up" in plan.extras:
        record.change_level("low-back", "bird-dog", 2)
    if "declined" in plan.extras:  # an offer to go back down, declined: kept at 2
        record.change_level("low-back", "bird-dog", 2)
    if plan.before is not None:
        record.pain(PainMoment.BEFORE, plan.before)
    steps = STABILISE[:2] if plan.ending is Ending.ABORTED else STABILISE
    for index, name in enumerate(steps):
        two = level_two and name == "bird-dog"
        if name in plan.worse:
            _step(record, clock, index, name, StepStatus.SKIPPED, SkipReason.WORSE)
        elif name in plan.skipped:
            _step(record, clock, index, name, StepStatus.SKIPPED, SkipReason.SKIPPED)
        elif name in plan.again:  # `n`, then `b` back to it, then done
            _step(record, clock, index, name, StepStatus.SKIPPED, SkipReason.SKIPPED)
            _step(record, clock, index, name)
        else:
            _step(record, clock, index, name, level=2 if two else 1)
    if plan.ending is Ending.ABORTED:
        record.finish(Ending.ABORTED, StopReason.QUIT)
        return
    if plan.loosen is LoosenOutcome.DONE:
        _step(record, clock, 4, LOOSEN_STEP)
    elif plan.loosen is LoosenOutcome.STOPPED:
        _step(record, clock, 4, LOOSEN_STEP, StepStatus.SKIPPED, SkipReason.WORSE)
    record.loosen(plan.loosen)
    if plan.after is not None:
        record.pain(PainMoment.AFTER, plan.after)
    record.finish(plan.ending, None)


def write_history(home: Path, today: date, *, quick: bool = True) -> date:
    """The six weeks, ending before `today`; the day of their first session. With `quick`,
    two sessions of low-back-quick too. Everything is local 08:00 on its day."""
    start = first_monday(today)
    clock = WallClock()
    with closing(connect(database_path(home))) as db:

        def begin(routine: str, version: str, digest: str, speed: float = 1.0) -> SessionRecord:
            return begin_session(
                db, routine, "Low back", "en", 1158.0, speed, clock,
                version=version, content_hash=digest,
            )  # fmt: skip

        for number, plan in enumerate(LOW_BACK):
            clock.at(start + timedelta(days=plan.offset))
            old = plan.offset < 18
            record = begin("low-back", "1.0" if old else "1.1", HASH_1_0 if old else HASH_1_1)
            _low_back(record, clock, plan, level_two=plan.offset >= 14)
            if plan.morning is not None:
                record.answer_next_morning(record.session_id, plan.morning, plan.morning_loosen)
            if "note" in plan.extras:
                db.execute("UPDATE sessions SET note = ? WHERE id = ?", (NOTE, record.session_id))
            assert number == record.session_id - 1

        clock.at(start + timedelta(days=15))  # a practice run: left out
        practice = begin("low-back", "1.0", HASH_1_0, speed=10)
        practice.screen(ScreenKind.DECLARED, ScreenResult.DECLARED, "low-back")
        practice.pain(PainMoment.BEFORE, 4)
        _step(practice, clock, 0, "drawing-in")
        practice.finish(Ending.ABORTED, StopReason.QUIT)

        clock.at(start + timedelta(days=20))  # left before the first step: left out
        left = begin("low-back", "1.1", HASH_1_1)
        left.screen(ScreenKind.SHORT, ScreenResult.CLEAR, "low-back")
        left.finish(Ending.NOT_STARTED, StopReason.QUIT)

        for offset in (5, 26) if quick else ():
            clock.at(start + timedelta(days=offset), hour=19)
            other = begin("low-back-quick", "1.0", "c" * 64)
            other.screen(ScreenKind.SHORT, ScreenResult.CLEAR, "low-back")
            other.pain(PainMoment.BEFORE, 3)
            _step(other, clock, 0, "drawing-in")
            other.loosen(LoosenOutcome.SKIPPED)
            other.pain(PainMoment.AFTER, 2)
            other.finish(Ending.COMPLETED, None)
    return start
