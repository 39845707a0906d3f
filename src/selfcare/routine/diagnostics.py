"""Problems found in a routine file, each tied to a place in it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: where it is, how bad it is, which rule found it and what to do."""

    path: str
    line: int
    column: int
    severity: Severity
    rule: str
    message: str

    def render(self) -> str:
        """The compiler-style line editors understand: `PATH:LINE:COL: error[RULE] message`."""
        return f"{self.path}:{self.line}:{self.column}: {self.severity}[{self.rule}] {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "rule": self.rule,
            "message": self.message,
        }


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
