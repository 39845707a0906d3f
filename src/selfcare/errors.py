"""The one family of errors the command line turns into a message and an exit code."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfcare.routine.diagnostics import Diagnostic

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class SelfcareError(Exception):
    """A problem the user can fix; its message is already in the user's language."""

    exit_code = EXIT_USER_ERROR

    def __init__(self, message: str, diagnostics: list[Diagnostic] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = diagnostics or []


class UsageError(SelfcareError):
    """Options that cannot go together; exit code 2, as for any other usage error."""

    exit_code = EXIT_USAGE
