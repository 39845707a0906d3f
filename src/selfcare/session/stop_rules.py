"""The pain limits, as pure verdicts: does this answer end the session?"""

from __future__ import annotations

from selfcare.i18n.language import t
from selfcare.routine.model import StopRules
from selfcare.session.outcomes import PainMoment, StopReason

# The smallest change in pain (0-10) that people notice as real; 1 point is within the noise.
NOTABLE_RISE = 2


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


def flare_up_plan(flare_up: str, rules: StopRules) -> list[str]:
    """Pain above the limit before the first step: how to get through the flare-up, not "rest".

    `flare_up` is the message key of the routine's area.
    """
    return [
        t("flare_up.title"),
        t(flare_up, limit=rules.max_pain),
        t("flare_up.help"),
    ]
