"""A routine with levels and a history of its sessions on a fake calendar, for the level tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from selfcare.history.mornings import record_next_morning
from selfcare.history.record import SessionRecord, begin_session
from selfcare.routine.model import Level, Phase, PhaseKind, Routine, Schedule, Step
from selfcare.session.outcomes import (
    Ending,
    NextMorning,
    PainMoment,
    SkipReason,
    StepResult,
    StepStatus,
)

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday

PROGRAMME = Routine(
    id="programme",
    title="Programme",
    schedule=Schedule(per_week=3, weeks=(6, 8)),
    phases=(
        Phase(
            PhaseKind.STABILIZE,
            (
                Step("drawing-in", "Drawing-in", hold=10, reps=10, rest=3),
                Step(
                    "bird-dog",
                    {"en": "Bird-dog, leg only", "ja": "バードドッグ（脚だけ）"},
                    hold=5,
                    reps=5,
                    each_side=True,
                    levels=(
                        Level(name={"en": "Bird-dog, arm and leg", "ja": "バードドッグ（手と脚）"}),
                        Level(name="Bird-dog, longer holds", hold=8, reps=8),
                    ),
                ),
                Step("bridge", "Bridge", hold=6, reps=8, levels=(Level(name="Marching bridge"),)),
            ),
        ),
        Phase(PhaseKind.LOOSEN, (Step("knee-hug", "Knee hug", hold=20, reps=2),)),
    ),
)


def day(days: float) -> datetime:
    return DAY0 + timedelta(days=days)


def done_session(
    db: sqlite3.Connection,
    days: float,
    *,
    routine: Routine = PROGRAMME,
    pain: int | None = 2,
    morning: NextMorning | None = NextMorning.SAME,
    worse: Collection[str] = (),
    speed: float = 1.0,
    ending: Ending = Ending.COMPLETED,
) -> SessionRecord:
    """A session `days` after DAY0 at 9:00: its pain before, every step (`w` on those named in
    `worse`), its ending, and the next morning's answer."""
    moment = day(days)
    record = begin_session(db, routine.id, "Programme", "en", 600.0, speed, now=lambda: moment)
    if pain is not None:
        record.pain(PainMoment.BEFORE, pain)
    for index, (phase, step) in enumerate(routine.steps()):
        worse_here = step.id in worse
        status = StepStatus.SKIPPED if worse_here else StepStatus.DONE
        reason = SkipReason.WORSE if worse_here else None
        record.step(StepResult(index, step.id, phase.kind, status, reason, 10.0))
    record.finish(ending, None)
    if morning is not None:
        record_next_morning(db, record.session_id, morning, None)
    return record


def stable_weeks(db: sqlite3.Connection, first: int = 0, last: int = 12) -> None:
    """A session every other day from `first` to `last`, pain steady, every morning the same."""
    for days in range(first, last + 1, 2):
        done_session(db, days)
