"""Questions asked as typed lines (before the session screen, or without one): yes/no and pain
0-10, asked again until answered well."""

from __future__ import annotations

import unicodedata

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

    def yes_no(self, question: str) -> bool:
        while True:
            answer = self._answer(f"{question} [y/n]")
            if answer in YES:
                return True
            if answer in NO:
                return False
            self.console.print(t("prompt.yes_no_again"), style="yellow")

    def pain(self, question: str, *, skippable: bool = False) -> int | None:
        """A whole number from 0 to 10; None for no answer when the question may be skipped."""
        while True:
            answer = self._answer(f"{question} (0-10)")
            if skippable and not answer:
                return None
            if answer.isascii() and answer.isdigit() and 0 <= int(answer) <= 10:
                return int(answer)
            self.console.print(t("prompt.pain_again"), style="yellow")
