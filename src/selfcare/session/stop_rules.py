"""The pain limits, as pure verdicts: does this answer end the session?"""

from __future__ import annotations

from selfcare.routine.model import StopRules
from selfcare.session.outcomes import PainMoment, StopReason


def pain_verdict(
    rules: StopRules, moment: PainMoment, pain: int, before: int | None
) -> StopReason | None:
    """The limit `pain` breaks, if any: above the routine's maximum, or risen too far.

    The rise is counted from the answer before the first step, so it never applies to that one.
    """
    if pain > rules.max_pain:
        return StopReason.PAIN_ABOVE_LIMIT
    if moment is not PainMoment.BEFORE and before is not None and pain - before >= rules.max_rise:
        return StopReason.PAIN_ROSE
    return None
