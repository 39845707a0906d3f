"""The safety check as a session takes it: when --yes may pass it by, and what is recorded."""

from __future__ import annotations

from collections.abc import Callable

from selfcare.i18n.language import t
from selfcare.safety.check import CheckOutcome, SafetyCheck
from selfcare.session.outcomes import ScreenKind, ScreenResult, StopReason
from selfcare.session.ports import Record


def safety_gate(
    check: SafetyCheck,
    record: Record | None,
    *,
    yes: bool,
    interactive: bool,
    say: Callable[[str, str], None],
) -> StopReason | None:
    """Take the check; the reason it ends the session, or None to go on.

    --yes passes it by without a terminal (nobody to ask). At a terminal it answers only the
    short in-between question; whatever else is due (the first or weekly full check, the check
    after a warning sign, pregnancy signs, histories) is still asked.
    """
    state, area = check.state, check.safety.area
    passed_by = None
    if yes and not interactive:
        passed_by = "screen.declared"
    elif yes and state.short_question_only(check.now, check.safety.inflammatory):
        passed_by = "screen.declared_short"
    if passed_by is not None:
        say(t(passed_by), "dim")
        check.lasting.append(t(passed_by))
        if record is not None:
            record.screen(ScreenKind.DECLARED, ScreenResult.DECLARED, area)
        return None
    if yes:
        say(t("screen.yes_asked"), "dim")
    return _recorded(check.run(full=state.full_check_due(check.now)), record, area)


def _recorded(outcome: CheckOutcome, record: Record | None, area: str) -> StopReason | None:
    """Write the check and its kept answers; the reason it ends the session, if any."""
    if record is not None:
        record.screen(outcome.kind, outcome.result, area)
        for item, answer in outcome.answers:
            record.safety_answer(area, item, answer)
    if outcome.switch:
        return StopReason.SWITCHED
    return outcome.result.stop_reason
