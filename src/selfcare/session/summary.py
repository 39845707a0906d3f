"""What the end of a session says: how it ended, what was done, the pain trail and advice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from selfcare.i18n.language import t
from selfcare.routine.wording import duration_words
from selfcare.session.outcomes import Ending, LoosenOutcome, PainMoment
from selfcare.session.runner import RunResult
from selfcare.session.stop_rules import NOTABLE_RISE

ENDINGS = {
    Ending.COMPLETED: "session.ended_completed",
    Ending.STOPPED: "session.ended_stopped",
    Ending.ABORTED: "session.ended_aborted",
}


def summary_lines(
    result: RunResult,
    pains: Mapping[PainMoment, int | None],
    *,
    elapsed: float,
    asked_pain: bool,
    pain_limit_broken: bool,
    improve: str,
    max_rise: int = NOTABLE_RISE,
    notes: Sequence[str] = (),
    recorded: bool = True,
) -> list[tuple[str, str]]:
    """The summary as (text, style) lines; after a red-flag stop, only that it stopped.

    `improve` is the message key of the area's advice when things do not improve. Pain after
    above pain before is noted from a rise of 2 (a 1-point change is noise), or the routine's
    stricter `max_rise`. Not `recorded` (the history could not be used, or lost the end): an
    early end does not say that what was done is saved.
    """
    if result.stop_reason is not None and result.stop_reason.is_red_flag:
        # The screen's own advice was the last word; nothing here may soften it.
        return [(t("session.ended_stopped"), "bold")]
    ending_key = ENDINGS.get(result.ending, "session.ended_aborted")
    if result.ending is Ending.COMPLETED and pain_limit_broken:
        ending_key = "session.ended_completed_plain"
    if ending_key == "session.ended_aborted" and not recorded:
        ending_key = "session.ended_aborted_unrecorded"
    lines = [(t(ending_key), "bold")]
    if result.steps or result.ending is not Ending.STOPPED:
        done, skipped = result.counts()
        lines.append((t("session.summary_steps", done=done, skipped=skipped), ""))
        lines.append((t("session.summary_time", time=duration_words(elapsed)), ""))
    if asked_pain:
        trail = " → ".join(
            t("session.unknown_pain") if value is None else f"{value}/10"
            for moment, value in pains.items()
            if moment is not PainMoment.MID or value is not None
        )
        lines.append((t("session.summary_pain", trail=trail), ""))
    before, after = pains.get(PainMoment.BEFORE), pains.get(PainMoment.AFTER)
    if before is not None and after is not None and after - before >= min(NOTABLE_RISE, max_rise):
        lines.append((t("session.pain_rose"), "yellow"))
    if result.loosen is LoosenOutcome.STOPPED:
        lines.append((t("session.loosen_worse"), "yellow"))
    if result.ending in (Ending.ABORTED, Ending.NOT_STARTED) or pain_limit_broken:
        lines.append((t("session.warning_signs"), "yellow"))
    lines += [(note, "yellow") for note in notes]
    lines.append((t(improve), "dim"))
    return lines
