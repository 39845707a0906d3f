"""What to have at hand before the first step: a towel, a chair, a band, a wall.

The routine lists what the whole session needs and a step what it needs beyond that; the
session says them once, the routine's first, each once, and waits for a key so the person
can fetch them. Nobody at the keyboard (--yes, or answers from a pipe): said, not waited for.
"""

from __future__ import annotations

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.wording import equipment_words
from selfcare.safe_text import terminal_safe
from selfcare.session.ports import Asker, SessionView


def needed_words(routine: Routine) -> str | None:
    """ "You will need: a towel, a chair", or None when nothing is listed."""
    items = equipment_words(routine.equipment_needed)  # as `show` and the handout list them
    if not items:
        return None
    return terminal_safe(t("session.equipment", items=t("words.separator").join(items)))


def gather_equipment(routine: Routine, view: SessionView, asker: Asker | None) -> None:
    """Say what to have at hand; with someone to ask (`asker`), wait until they go on."""
    words = needed_words(routine)
    if words is None:
        return
    if asker is None:
        view.equipment(words)
    else:
        asker.acknowledge(words)
