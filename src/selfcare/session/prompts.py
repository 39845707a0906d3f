"""Questions asked as typed lines (before the session screen, or without one): yes/no and pain
0-10, asked again until answered well."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from rich.console import Console

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.safe_text import terminal_safe
from selfcare.session.ports import LineSource


class NoAnswer(SelfcareError):
    """Input ended while a question was waiting."""


class QuitAnswer(Exception):
    """The person answered a question with q: end the session, as the q key does."""


YES = {"y", "yes", "はい"}
NO = {"n", "no", "いいえ"}
QUIT = {"q", "quit"}


class Prompter:
    """Prints a question, reads a line, and keeps asking until the answer makes sense."""

    def __init__(self, console: Console, source: LineSource, *, echo: bool = False) -> None:
        self.console = console
        self.source = source
        self.echo = echo  # answers from a pipe are not shown by a terminal; show them

    def _answer(self, question: str) -> str:
        self.console.print(terminal_safe(question), end=" ", markup=False, highlight=False)
        self.console.file.flush()
        line = self.source.read_line()
        if line is None:
            self.console.print()
            raise NoAnswer(t("prompt.no_input"))
        if self.echo:
            self.console.print(terminal_safe(line.rstrip("\n")), markup=False, highlight=False)
        # NFKC: full-width "３" or "ｙ" typed with a Japanese input method count as 3 and y.
        answer = unicodedata.normalize("NFKC", line).strip().lower()
        if answer in QUIT:
            raise QuitAnswer
        return answer

    def yes_no(self, question: str, *, default: bool | None = None) -> bool:
        """y or n; with a default, an empty answer (Enter) takes it."""
        hint = {None: "[y/n]", True: "[Y/n]", False: "[y/N]"}[default]
        while True:
            answer = self._answer(f"{question} {hint}")
            if answer in YES:
                return True
            if answer in NO:
                return False
            if not answer and default is not None:
                return default
            self.console.print(t("prompt.yes_no_again"), style="yellow")

    def acknowledge(self, text: str) -> None:
        """Show `text`; any line (Enter) goes on, q ends the session."""
        self._answer(f"{text} {t('session.continue_line')}")

    def choose(self, question: str, choices: Sequence[tuple[str, Sequence[str]]]) -> str:
        """One of `choices` (value, the words that mean it), or its number from 1."""
        while True:
            answer = self._answer(question)
            for number, (value, words) in enumerate(choices, start=1):
                if answer == str(number) or answer in words:
                    return value
            self.console.print(t("prompt.choose_again", count=len(choices)), style="yellow")

    def pain(self, question: str, *, skippable: bool = False) -> int | None:
        """A whole number from 0 to 10; None for no answer when the question may be skipped."""
        while True:
            answer = self._answer(f"{question} (0-10)")
            if skippable and not answer:
                return None
            # At most two digits: a long number would not be read at all (Python caps them).
            if answer.isascii() and answer.isdigit() and len(answer) <= 2 and int(answer) <= 10:
                return int(answer)
            self.console.print(t("prompt.pain_again"), style="yellow")
