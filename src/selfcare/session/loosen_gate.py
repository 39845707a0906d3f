"""The question before loosening, and what the loosening memory makes of the answer."""

from __future__ import annotations

from collections.abc import Callable

from selfcare.i18n.language import t
from selfcare.programme.loosen_memory import LoosenMemory
from selfcare.routine.model import PhaseKind, Routine
from selfcare.routine.wording import loosen_question
from selfcare.session.outcomes import GateAnswer
from selfcare.session.ports import Asker
from selfcare.session.programme_steps import memory_days


def loosening_answer(
    routine: Routine,
    memory: LoosenMemory | None,
    asker: Asker,
    *,
    yes: bool,
    say: Callable[[str, str], None],
) -> GateAnswer:
    """Whether to loosen, once pain allows it: asked (`yes`: answered yes), except that within
    the memory of loosening that made things worse, the answer leans to no, and --yes never
    loosens."""
    if yes:
        if memory is None:
            return GateAnswer.LOOSEN
        say(t("memory.held_back", **memory_days(memory)), "yellow")
        return GateAnswer.HOLD_BACK  # --yes never loosens what made things worse
    phase = next(phase for phase in routine.phases if phase.kind is PhaseKind.LOOSEN)
    question = loosen_question(phase)
    if memory is not None:  # said with the question, where it is read before answering
        question = t("memory.skipping", **memory_days(memory)) + "\n\n" + question
    if asker.yes_no(question, default=None if memory is None else False):
        return GateAnswer.LOOSEN
    if memory is not None:  # not "stabilising was enough": it was held back
        say(t("memory.held_back", **memory_days(memory)), "yellow")
        return GateAnswer.HOLD_BACK
    say(t("session.loosen_skipped"), "green")
    return GateAnswer.SKIP
