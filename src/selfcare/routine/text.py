"""Human texts in routine files: one string, or one string per language."""

from __future__ import annotations

from collections.abc import Mapping

# A human text: one string for every language, or a string per language code.
Text = str | Mapping[str, str]


def localize(text: Text | None, lang: str) -> str:
    """The text in `lang`, else English, else Japanese, else whatever language it has."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for choice in (lang, "en", "ja"):
        if choice in text:
            return text[choice]
    return next(iter(text.values()), "")
