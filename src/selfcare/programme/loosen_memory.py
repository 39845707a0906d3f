"""The memory of "loosening made it worse": for two weeks after, loosening is skipped by default.

The source article's warning is about days later: loosening gives relief, then the pain comes
back or worse. So an episode is loosening stopped with `w`, or a next morning after it that
was worse; and two of them are a reason to review the order with a practitioner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

SKIP_FOR = timedelta(days=14)
REVIEW_AFTER_EPISODES = 2


@dataclass(frozen=True)
class LoosenMemory:
    """Loosening made things worse recently: skip it by default until `until`."""

    last_episode: datetime
    until: datetime
    episodes: int  # on record, ever

    @property
    def review_order(self) -> bool:
        """Twice or more: the order of the routine is worth reviewing with a practitioner."""
        return self.episodes >= REVIEW_AFTER_EPISODES


def loosen_memory(episodes: Sequence[datetime], now: datetime) -> LoosenMemory | None:
    """The memory in force at `now`, from the episodes' times (any order); None if none is."""
    recent = [moment for moment in episodes if moment <= now]
    if not recent:
        return None
    last = max(recent)
    until = last + SKIP_FOR
    if now >= until:
        return None
    return LoosenMemory(last_episode=last, until=until, episodes=len(recent))
