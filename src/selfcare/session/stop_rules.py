"""The pain limits, as pure verdicts: does this answer end the session?"""

from __future__ import annotations

from selfcare.i18n.language import t
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


def verdict_words(
    rules: StopRules, moment: PainMoment, broken: StopReason, pain: int, before: int | None
) -> str:
    """What to say when `pain` breaks a limit: stop now, or (after the last step) take care."""
    if moment is PainMoment.AFTER:  # nothing left to stop, but the same limits call for advice
        if broken is StopReason.PAIN_ABOVE_LIMIT:
            return t("session.after_max", pain=pain, limit=rules.max_pain)
        return t("session.after_rise", before=before, pain=pain)
    if broken is StopReason.PAIN_ABOVE_LIMIT:
        return t("session.stop_rule_max", pain=pain, limit=rules.max_pain)
    return t("session.stop_rule_rise", before=before, pain=pain, rise=rules.max_rise)
