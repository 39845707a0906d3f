"""What the record says about progress: adherence, streaks, pain trends. Pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from selfcare.session.outcomes import Ending, LoosenOutcome

if TYPE_CHECKING:
    from selfcare.history.store import SessionRow


@dataclass(frozen=True)
class SessionPoint:
    """The parts of one recorded session that progress is read from."""

    started: datetime  # aware
    pain_before: int | None
    pain_after: int | None
    loosen: LoosenOutcome | None
    status: Ending | None = None


class TrendNote(StrEnum):
    RISING = "rising"  # average pain before sessions rose week over week, twice
    NOT_IMPROVING = "not-improving"  # 14 days of sessions and no better than at the start


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def current_streak(points: Sequence[SessionPoint], today: date) -> int:
    """Days in a row with a session, ending today (or yesterday, if today has none yet)."""
    days = {local_day(point.started) for point in points}
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def stabilising_was_enough(points: Sequence[SessionPoint]) -> tuple[int, int]:
    """Of the completed sessions that asked whether to loosen, how many did not need it.

    A session that ended early, whose routine has no loosening, or that held loosening back
    (it had made things worse lately) says nothing either way.
    """
    asked = [
        p
        for p in points
        if p.status is Ending.COMPLETED and p.loosen not in (None, LoosenOutcome.HELD_BACK)
    ]
    return sum(1 for p in asked if p.loosen is LoosenOutcome.SKIPPED), len(asked)


def _average(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _pain_in(points: Sequence[SessionPoint], start: datetime, end: datetime) -> float | None:
    return _average(
        [p.pain_before for p in points if p.pain_before is not None and start <= p.started < end]
    )


def pain_trend(points: Sequence[SessionPoint], now: datetime) -> TrendNote | None:
    """A reason to suggest a practitioner, read from pain before sessions."""
    week = timedelta(days=7)
    recent = [_pain_in(points, now - week * (n + 1), now - week * n) for n in (2, 1, 0)]
    if all(v is not None for v in recent) and recent[0] < recent[1] < recent[2]:  # type: ignore[operator]
        return TrendNote.RISING
    rated = sorted((p for p in points if p.pain_before is not None), key=lambda p: p.started)
    if rated and now - rated[0].started >= timedelta(days=14):
        first = _pain_in(rated, rated[0].started, rated[0].started + week)
        last = _pain_in(rated, now - week, now + timedelta(seconds=1))
        if first is not None and last is not None and last >= first:
            return TrendNote.NOT_IMPROVING
    return None


def session_points(
    sessions: Sequence[SessionRow], routine: str | None = None
) -> list[SessionPoint]:
    """The recorded sessions as points to read progress from (those with a readable time);
    of `routine` only, when given."""
    return [
        SessionPoint(row.started_at, row.pain_before, row.pain_after, row.loosen, row.status)
        for row in sessions
        if row.started_at is not None and (routine is None or row.routine == routine)
    ]
