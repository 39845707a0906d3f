"""Human texts in routine files: one string, or one string per language."""

from __future__ import annotations

from collections.abc import Mapping

from selfcare.i18n.language import current_language

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
