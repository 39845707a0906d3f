"""Problems found in a routine file, each tied to a place in it and named by its rule."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from selfcare.safe_text import one_line


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Rule(StrEnum):
    """Every rule `selfcare validate` applies; the value is the id printed and documented."""

    # The file itself
    NO_FILE = "no-file"
    UNREADABLE = "unreadable"
    FILE_TOO_LARGE = "file-too-large"
    NOT_UTF8 = "not-utf8"
    EMPTY_FILE = "empty-file"
    YAML_SYNTAX = "yaml-syntax"
    TOO_COMPLEX = "too-complex"
    BAD_NUMBER = "bad-number"
    YAML_TAG = "yaml-tag"
    DUPLICATE_KEY = "duplicate-key"
    MISSING_DASH = "missing-dash"
    NOT_A_MAPPING = "not-a-mapping"
    # Each field
    UNKNOWN_KEY = "unknown-key"
    MISSING_FIELD = "missing-field"
    WRONG_TYPE = "wrong-type"
    BAD_FORMAT = "bad-format"
    BAD_ID = "bad-id"
    BAD_PHASE_KIND = "bad-phase-kind"
    BAD_AREA = "bad-area"
    BAD_LANGUAGE = "bad-language"
    UNKNOWN_LANGUAGE = "unknown-language"
    EMPTY_TEXT = "empty-text"
    BAD_DURATION = "bad-duration"
    BAD_DOSE = "bad-dose"
    BAD_URL = "bad-url"
    EMPTY_PHASE = "empty-phase"
    NO_PHASES = "no-phases"
    # Quotes YAML reads otherwise (quotes.py): warnings
    QUOTED_NUMBER = "quoted-number"
    CURLY_QUOTES = "curly-quotes"
    # A step's pictures (picture_fields.py, images.py)
    UNKNOWN_POSE = "unknown-pose"
    IMAGE_NEEDS_FILE = "image-needs-file"
    IMAGE_OUTSIDE_FOLDER = "image-outside-folder"
    IMAGE_MISSING = "image-missing"
    IMAGE_NOT_REGULAR = "image-not-regular"
    IMAGE_UNREADABLE = "image-unreadable"
    IMAGE_TOO_LARGE = "image-too-large"
    IMAGE_NOT_PNG_OR_JPEG = "image-not-png-or-jpeg"
    IMAGE_DAMAGED = "image-damaged"
    IMAGE_TOO_MANY_PIXELS = "image-too-many-pixels"
    # Across fields (rules.py)
    STOP_RULES_LOOSER = "stop-rules-looser"
    LOOSEN_BEFORE_STABILIZE = "loosen-before-stabilize"
    DUPLICATE_STEP_ID = "duplicate-step-id"
    ID_MISMATCH = "id-mismatch"
    MISSING_TRANSLATION = "missing-translation"
    LONG_HOLD = "long-hold"
    LONG_SESSION = "long-session"
    ASK_OUTSIDE_LOOSEN = "ask-outside-loosen"
    BAD_SCHEDULE = "bad-schedule"
    BAD_LEVELS = "bad-levels"
    # How a step's prescription fits together (prescription_fields.py)
    BAD_PACE = "bad-pace"
    BAD_SIDES = "bad-sides"
    DUPLICATE_CARD_ID = "duplicate-card-id"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: where it is, how bad it is, which rule found it and what to do."""

    path: str
    line: int
    column: int
    severity: Severity
    rule: Rule
    message: str

    def render(self) -> str:
        """The compiler-style line editors understand: `PATH:LINE:COL: error[RULE] message`,
        always one line: a newline or an undecodable byte in a file name is shown escaped."""
        line = f"{self.path}:{self.line}:{self.column}: {self.severity}[{self.rule}] {self.message}"
        return one_line(line)

    def as_dict(self) -> dict[str, str | int]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "rule": str(self.rule),
            "message": self.message,
        }
