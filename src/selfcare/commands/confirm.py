"""Asking before replacing or removing a routine: y/n at a terminal or from a pipe; `--yes`
answers for the user, and input that ends before an answer changes nothing."""

from __future__ import annotations

import sys

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import stdout_console
from selfcare.session.keys import LineInput
from selfcare.session.prompts import NoAnswer, Prompter, QuitAnswer


class NoAnswerGiven(SelfcareError):
    """The input ended at the question: every later question would end the same way."""


def confirm(question: str, *, yes: bool) -> bool:
    """True when the user agrees (or gave --yes); n, q and Enter keep things as they are."""
    if yes:
        return True
    prompter = Prompter(stdout_console(), LineInput(sys.stdin), echo=not sys.stdin.isatty())
    try:
        return prompter.yes_no(question, default=False)
    except QuitAnswer:
        return False
    except NoAnswer:
        raise NoAnswerGiven(t("confirm.no_answer")) from None
