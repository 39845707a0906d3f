"""The one language switch: detected or chosen once, read by every text the program prints.

Nothing takes a language parameter. The command line sets the language before a command runs,
and `t()` (the program's own messages) and `localize()` (a routine's texts) both read it, so
one page or screen never mixes two languages.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from enum import StrEnum

from selfcare.i18n.messages import MESSAGES


class Language(StrEnum):
    """The languages selfcare speaks; the value is the code a routine's texts are keyed by."""

    EN = "en"
    JA = "ja"


LANGUAGES = tuple(Language)
DEFAULT_LANGUAGE = Language.EN

_current = DEFAULT_LANGUAGE


def detect_language(environ: Mapping[str, str] | None = None) -> Language:
    """Pick the language from SELFCARE_LANG, then the locale variables in gettext's order."""
    env = os.environ if environ is None else environ
    explicit = env.get("SELFCARE_LANG", "").strip().lower()
    if explicit[:2] in LANGUAGES:
        return Language(explicit[:2])
    # Read the variables rather than locale.getlocale(): that reports "C" when the
    # Japanese locale is not generated, though the user asked for Japanese.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":")[0].lower()
        return Language.JA if first.startswith("ja") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Choose the language of everything printed from now on (an unknown code means English)."""
    global _current
    _current = Language(lang) if lang in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> Language:
    return _current


def t(message_id: str, /, **values: object) -> str:
    """The message `message_id` in the current language, filled in with `values`."""
    en, ja = MESSAGES[message_id]
    text = ja if _current is Language.JA else en
    return text.format(**values)
