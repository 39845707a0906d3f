"""Human texts in routine files: one string, or one string per language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from selfcare.i18n.language import current_language, set_language

if TYPE_CHECKING:  # the model reads this module's Text
    from selfcare.routine.model import Routine

# A human text: one string for every language, or a string per language code.
Text = str | Mapping[str, str]


def localize(text: Text | None) -> str:
    """The text in the current language, else English, else Japanese, else any it has."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for choice in (current_language(), "en", "ja"):
        if choice in text:
            return text[choice]
    return next(iter(text.values()), "")


def use_routine_language(routine: Routine) -> None:
    """Switch to the routine's first language when it declares its languages and the person's
    is not among them: one language on the screen or the page, not English headings around
    Japanese texts."""
    if routine.languages and current_language() not in routine.languages:
        set_language(routine.languages[0])
