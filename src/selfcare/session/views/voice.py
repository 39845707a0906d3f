"""Speech through the system's text-to-speech program, in the current language.

It runs without waiting, so speech never delays the clock.
"""

from __future__ import annotations

import shutil
import subprocess

from selfcare.i18n.language import Language, current_language

_SPEAKERS = ("espeak-ng", "spd-say", "say")


def find_speaker() -> str | None:
    """The text-to-speech program to use; for Japanese, espeak-ng (which spells kanji) last."""
    order = ("say", "spd-say", "espeak-ng") if current_language() is Language.JA else _SPEAKERS
    return next((name for name in order if shutil.which(name)), None)


class Voice:
    """Speaks short texts in the background; a new text interrupts the one still speaking."""

    def __init__(self, program: str) -> None:
        self.program = program
        self.current: subprocess.Popen[bytes] | None = None

    def command(self, text: str) -> list[str]:
        # Routine text is untrusted: a leading "-" must never reach the program as an option.
        text = text.lstrip("-").strip() or "."
        lang = current_language()
        if self.program == "espeak-ng":
            return ["espeak-ng", "-v", lang.value, text]
        if self.program == "spd-say":
            return ["spd-say", "-l", lang.value, text]
        return ["say", "-v", "Kyoko", text] if lang is Language.JA else ["say", text]

    def say(self, text: str) -> None:
        self.stop()
        try:
            self.current = subprocess.Popen(
                self.command(text),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self.current = None

    def stop(self) -> None:
        if self.current is not None and self.current.poll() is None:
            self.current.terminate()
        self.current = None
