"""When to offer a step's next level, or the level below: the rules of progressing gently.

Up, one step at a time, after two stable weeks at a level: the planned sessions done, the
mornings after them settled, pain before sessions not rising, no `w` on that step. Down when
mornings were not settled twice, or the step was marked worse twice, since its last change
(NHS inform; CSP; the pain-monitoring model of Thomeé / Silbernagel 2007).

One step at a time: after any change in the routine, two weeks pass before the next step up,
so a change is felt on its own before another is added.

An offer the person declines is recorded as a change to the same level: its window starts
again, so they are asked again only after two more stable weeks (or two more bad signs),
not at every session, nor about the next step the day after.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from selfcare.routine.model import PhaseKind, Routine, Step

if TYPE_CHECKING:
    from selfcare.history.level_changes import LevelFacts, SessionFacts

STABLE_FOR = timedelta(days=14)
STABLE_WEEKS = 2
SESSIONS_PER_WEEK_WITHOUT_SCHEDULE = 2
BAD_SIGNS_TO_STEP_DOWN = 2


class OfferReason(StrEnum):
    """Why a level change is offered."""

    UP = "up"  # two stable weeks
    DOWN_MORNINGS = "down-mornings"  # mornings not settled twice
    DOWN_WORSE = "down-worse"  # `w` on the step twice


@dataclass(frozen=True)
class LevelOffer:
    """A change of one step's level, to ask the person about."""

    step: str
    from_level: int
    to_level: int
    reason: OfferReason


def sessions_needed(routine: Routine) -> int:
    """The sessions two stable weeks hold: twice the schedule's week, or twice 2 without one."""
    per_week = routine.schedule.sessions_per_week if routine.schedule is not None else 0
    return STABLE_WEEKS * (per_week or SESSIONS_PER_WEEK_WITHOUT_SCHEDULE)


def _level_of(step: Step, current: Mapping[str, int]) -> int:
    """The step's level on record, within the levels it has now (a routine may lose some)."""
    return max(1, min(current.get(step.id, 1), step.top_level))


def _pain_rising(sessions: list[SessionFacts]) -> bool:
    """The last pain before a session is higher than the first in the window."""
    pains = [session.pain_before for session in sessions if session.pain_before is not None]
    return len(pains) >= 2 and pains[-1] > pains[0]


def _stable(
    routine: Routine, step: Step, facts: LevelFacts, recent: list[SessionFacts], now: datetime
) -> bool:
    """Two stable weeks at the step's level: the whole rule for stepping up."""
    since = facts.changed.get(step.id, facts.first_session)
    if since is None or now - since < STABLE_FOR:
        return False
    mornings = [session.next_morning for session in recent if session.next_morning is not None]
    window_start = now - STABLE_FOR
    worse = [moment for moment in facts.worse.get(step.id, ()) if moment >= window_start]
    return (
        len(recent) >= sessions_needed(routine)
        and bool(mornings)
        and all(morning.settled for morning in mornings)
        and not _pain_rising(recent)
        and not worse
    )


def _step_down_reason(step: Step, facts: LevelFacts) -> OfferReason | None:
    """Why this step (above level 1) should go back a level, if it should."""
    since = facts.changed.get(step.id, facts.since)
    worse = [moment for moment in facts.worse.get(step.id, ()) if moment >= since]
    if len(worse) >= BAD_SIGNS_TO_STEP_DOWN:
        return OfferReason.DOWN_WORSE
    unsettled = [
        session
        for session in facts.sessions
        if session.started_at >= since
        and session.next_morning is not None
        and not session.next_morning.settled
    ]
    return OfferReason.DOWN_MORNINGS if len(unsettled) >= BAD_SIGNS_TO_STEP_DOWN else None


def _step_downs(
    routine: Routine, current: Mapping[str, int], facts: LevelFacts
) -> list[LevelOffer]:
    """Each step marked worse twice; and, when mornings were not settled twice, the one step
    most recently changed (the mornings are about the whole session, not one step)."""
    offers: list[LevelOffer] = []
    by_mornings: list[tuple[datetime, LevelOffer]] = []
    for _, step in routine.steps():
        level = _level_of(step, current)
        reason = _step_down_reason(step, facts) if level > 1 else None
        if reason is None:
            continue
        offer = LevelOffer(step.id, level, level - 1, reason)
        if reason is OfferReason.DOWN_WORSE:
            offers.append(offer)
        else:
            by_mornings.append((facts.changed.get(step.id, facts.since), offer))
    if by_mornings:
        newest = max(by_mornings, key=lambda pair: pair[0])[1]  # the first of equals
        offers.append(newest)
    order = {step.id: index for index, (_, step) in enumerate(routine.steps())}
    return sorted(offers, key=lambda offer: order[offer.step])


def level_offers(
    routine: Routine, current: Mapping[str, int], facts: LevelFacts, now: datetime
) -> list[LevelOffer]:
    """The level changes to offer at a session starting `now`, in routine order.

    Steps back come first and alone: a session that steps one step back steps none up. Else
    at most one step up, two weeks after any change in the routine: of the stabilising steps
    with a next level and two stable weeks behind them, the one whose level has stood longest
    (the first in routine order among equals), so every step gets its turn.
    """
    downs = _step_downs(routine, current, facts)
    if downs:
        return downs
    last_change = max(facts.changed.values(), default=None)
    if last_change is not None and now - last_change < STABLE_FOR:
        return []
    recent = [session for session in facts.sessions if session.started_at >= now - STABLE_FOR]
    ready = [
        step
        for phase in routine.phases
        if phase.kind is PhaseKind.STABILIZE
        for step in phase.steps
        if _level_of(step, current) < step.top_level and _stable(routine, step, facts, recent, now)
    ]
    if not ready:
        return []
    # `ready` is in routine order and min() keeps the first of equals.
    step = min(ready, key=lambda step: facts.changed.get(step.id, facts.first_session or now))
    level = _level_of(step, current)
    return [LevelOffer(step.id, level, level + 1, OfferReason.UP)]
