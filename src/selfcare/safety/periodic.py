"""What the safety check remembers: when each part is due again.

The warning signs are asked in full every week, one short question in between, and in full
again at once after a check that stopped a session. What does not change from week to week — a
history of cancer, osteoporosis, the pattern of inflammatory back pain — is asked once, recorded
with the answer, and asked again after about 3 months, or after a check that stopped a session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

FULL_CHECK_VALID_FOR = timedelta(days=7)
RECONFIRM_AFTER = timedelta(days=90)


class SafetyItem(StrEnum):
    """A part of the check whose answer is kept between sessions."""

    HISTORIES = "histories"
    INFLAMMATORY = "inflammatory"
    PREGNANCY = "pregnancy"


class SafetyAnswer(StrEnum):
    NONE = "none"  # histories: none apply
    CLEARED = "cleared"  # histories: a clinician has said exercise is OK
    NOT_CLEARED = "not-cleared"  # histories: not yet; asked again next time
    ADVISED = "advised"  # inflammatory: told to talk to a doctor (not urgent)
    YES = "yes"  # pregnancy: pregnant or gave birth in the last 12 months
    NO = "no"


@dataclass(frozen=True)
class Answered:
    answer: SafetyAnswer
    at: datetime


@dataclass(frozen=True)
class SafetyState:
    """What the history says about earlier checks, for one routine's area."""

    last_full: datetime | None = None  # the last full check passed
    # The last check that stopped a session: a warning sign, or a clinician's OK not given.
    last_stop: datetime | None = None
    answers: Mapping[SafetyItem, Answered] = field(default_factory=dict)

    def full_check_due(self, now: datetime) -> bool:
        """Weekly, and at once after a check that stopped a session: what stopped it may
        remain (a warning sign, or a clinician's OK not yet given)."""
        if self.last_full is None or self.stopped_since_passed():
            return True
        return now - self.last_full > FULL_CHECK_VALID_FOR

    def short_question_only(self, now: datetime, inflammatory: bool) -> bool:
        """Nothing is due but the one short question (which --yes at a terminal may answer)."""
        return not (
            self.full_check_due(now)
            or self.pregnant
            or self.histories_due(now)
            or (inflammatory and self.inflammatory_due(now))
        )

    def stopped_since_passed(self) -> bool:
        """No full check passed yet, or a check has stopped a session since the last."""
        if self.last_full is None:
            return True
        return self.last_stop is not None and self.last_stop > self.last_full

    def histories_due(self, now: datetime) -> bool:
        last = self.answers.get(SafetyItem.HISTORIES)
        if last is None or last.answer is SafetyAnswer.NOT_CLEARED:
            return True
        warned_since = self.last_stop is not None and self.last_stop > last.at
        return warned_since or now - last.at > RECONFIRM_AFTER

    def histories_asked_before(self) -> bool:
        return SafetyItem.HISTORIES in self.answers

    def inflammatory_due(self, now: datetime) -> bool:
        last = self.answers.get(SafetyItem.INFLAMMATORY)
        return last is None or now - last.at > RECONFIRM_AFTER

    @property
    def pregnant(self) -> bool:
        """At the last full check: pregnant or gave birth in the last 12 months."""
        last = self.answers.get(SafetyItem.PREGNANCY)
        return last is not None and last.answer is SafetyAnswer.YES
