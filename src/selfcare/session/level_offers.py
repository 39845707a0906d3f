"""At the start of a session: offer the level changes the record calls for, as y/n questions."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console

from selfcare.i18n.language import t
from selfcare.programme.levels import LevelOffer, OfferReason, level_offers
from selfcare.routine.model import Routine, Step
from selfcare.routine.text import localize
from selfcare.routine.wording import dose_words
from selfcare.safe_text import terminal_safe
from selfcare.session.ports import Record
from selfcare.session.prompts import Prompter

QUESTIONS = {
    OfferReason.UP: "levels.offer_up",
    OfferReason.DOWN_MORNINGS: "levels.offer_down_mornings",
    OfferReason.DOWN_WORSE: "levels.offer_down_worse",
}
KEPT = {
    OfferReason.UP: "levels.kept_up",
    OfferReason.DOWN_MORNINGS: "levels.kept_down",
    OfferReason.DOWN_WORSE: "levels.kept_down",
}


def offer_question(step: Step, offer: LevelOffer) -> str:
    """ "Bird-dog: two stable weeks. Try level 2, Bird-dog, arm and leg (5 s × 5)?"

    `step` is the step as written (level 1), so any of its levels can be named; the question
    calls it by the name of the level it is at.
    """
    target = step.at_level(offer.to_level)
    return t(
        QUESTIONS[offer.reason],
        step=localize(step.at_level(offer.from_level).name),
        current=offer.from_level,
        level=offer.to_level,
        name=localize(target.name),
        dose=dose_words(target),
    )


def offer_level_changes(
    record: Record, routine: Routine, now: datetime, prompter: Prompter | None, console: Console
) -> dict[str, int]:
    """Ask about each level change due, record every answer, and return the levels in force.

    `routine` is the routine as written (every step at level 1). Without a prompter (`--yes`,
    or nobody at the keyboard) nothing is asked and no level changes.
    """
    steps = {step.id: step for _, step in routine.steps()}
    stored = record.current_levels(routine.id)
    levels = {
        step_id: max(1, min(level, steps[step_id].top_level))
        for step_id, level in stored.items()
        if step_id in steps
    }
    if prompter is None:
        return levels
    for offer in level_offers(routine, levels, record.level_facts(routine.id, now), now):
        step = steps[offer.step]
        accepted = prompter.yes_no(offer_question(step, offer))
        # A declined offer is recorded as a change to the same level: its window starts again.
        level = offer.to_level if accepted else offer.from_level
        record.change_level(routine.id, offer.step, level)
        levels[offer.step] = level
        name = localize(step.at_level(level).name)
        note = t("levels.changed" if accepted else KEPT[offer.reason], step=name, level=level)
        style = "green" if accepted else "dim"
        console.print(terminal_safe(note), style=style, markup=False, highlight=False)
    return levels
