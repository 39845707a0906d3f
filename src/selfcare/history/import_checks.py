"""Every field of every session in an export checked, before anything is written on import.

A field holds what `selfcare history --json` writes and nothing else: the right type, a state
this version knows, a time with its zone, pain from 0 to 10, a uid of 32 hex digits; a missing
field (but one older exports lack, `ADDED_LATER`) or one that is not in the export's shape is a
problem too. What the export derives (duration, steps done and skipped) must agree with what
the session's own rows give, so a file that lost part of a session is refused rather than
imported short.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from selfcare.history.store import utc_text
from selfcare.i18n.language import LANGUAGES, t
from selfcare.routine.model import PhaseKind
from selfcare.safety.periodic import SafetyAnswer, SafetyItem
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    MorningLoosen,
    NextMorning,
    ScreenKind,
    ScreenResult,
    SkipReason,
    StepStatus,
    StopReason,
)

LARGEST_WHOLE = 2**53 - 1  # the largest whole number every JSON reader holds exactly
SHOWN_PROBLEMS = 10  # a broken file can hold thousands: the first ones say enough
_UID = re.compile(r"[0-9a-f]{32}")
_HASH = re.compile(r"[0-9a-f]{12}")  # as `content_hash` writes it
_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")  # as `utc_text` writes it
_MISSING = object()


class Invalid(ValueError):
    """A value a field cannot hold: the message id saying what it should be, and its values."""

    def __init__(self, message_id: str, **values: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.values = values


Check = Callable[[object], object]  # the value to store, or Invalid


def name(value: object) -> str:
    """An id-like text: a routine, step or card."""
    if not isinstance(value, str) or not value:
        raise Invalid("backup.expected_name")
    return value


def text(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid("backup.expected_text")
    return value


def whole(low: int | None = None, high: int | None = None) -> Check:
    """A whole number, within bounds when given (and never beyond LARGEST_WHOLE)."""
    if low is None:
        expected = "backup.expected_whole"
    elif high is None:
        expected = "backup.expected_whole_from"
    else:
        expected = "backup.expected_whole_range"
    least = -LARGEST_WHOLE if low is None else low
    most = LARGEST_WHOLE if high is None else high

    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
            raise Invalid(expected, low=low, high=high)
        return value

    return check


def seconds(value: object) -> float:
    """A length of time in seconds, or any other amount that is never negative."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid("backup.expected_number")
    if not math.isfinite(value) or value < 0 or value > LARGEST_WHOLE:
        raise Invalid("backup.expected_number")
    return value


def speed(value: object) -> float:
    try:
        number = seconds(value)
    except Invalid:
        raise Invalid("backup.expected_speed") from None
    if number == 0:
        raise Invalid("backup.expected_speed")
    return number


def choice(kind: type[StrEnum] | Sequence[str]) -> Check:
    allowed = tuple(str(member) for member in kind)

    def check(value: object) -> str:
        if value not in allowed:
            raise Invalid("backup.expected_choice", choices=", ".join(allowed))
        return str(value)

    return check


def moment(value: object) -> str:
    """A time with its zone, stored as the record writes times: UTC ISO text, to the second."""
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is not None:  # an export's times are already so: kept, quickly
                return value if _UTC_TEXT.fullmatch(value) else utc_text(parsed)
        except (ValueError, OverflowError):  # out of range once moved to UTC
            pass
    raise Invalid("backup.expected_time")


def uid(value: object) -> str:
    if not isinstance(value, str) or _UID.fullmatch(value) is None:
        raise Invalid("backup.expected_uid")
    return value


def routine_hash(value: object) -> str:
    if not isinstance(value, str) or _HASH.fullmatch(value) is None:
        raise Invalid("backup.expected_hash")
    return value


def optional(check: Check) -> Check:
    def check_or_none(value: object) -> object:
        return None if value is None else check(value)

    return check_or_none


PAIN = optional(whole(0, 10))

SESSION_CHECKS: dict[str, Check] = {
    "id": whole(1),
    "routine": name,
    "routine_title": text,
    "status": choice(Ending),
    "started_at": moment,
    "ended_at": optional(moment),
    "duration_seconds": optional(whole()),  # a clock set back can make it negative
    "planned_seconds": seconds,
    "speed": speed,
    "pain_before": PAIN,
    "pain_mid": PAIN,
    "pain_after": PAIN,
    "steps_completed": whole(0),
    "steps_skipped": whole(0),
    "loosen": optional(choice(LoosenOutcome)),
    "stop_reason": optional(choice(StopReason)),
    "next_morning": optional(choice(NextMorning)),
    "lang": choice(LANGUAGES),
    "uid": uid,
    "morning_loosen": optional(choice(MorningLoosen)),
    "routine_version": optional(text),
    "routine_hash": optional(routine_hash),
    "note": optional(text),
}
DERIVED = ("duration_seconds", "steps_completed", "steps_skipped")  # computed, never stored
# Fields, and parts, an export written before they existed lacks: read as empty.
ADDED_LATER = {
    "routine_version",
    "routine_hash",
    "note",
    "steps.side",
    "screens.area",
    "safety_answers",
}

PART_CHECKS: dict[str, dict[str, Check]] = {
    "steps": {
        "step_index": whole(0),
        "step": name,
        "phase": choice(PhaseKind),
        "status": choice(StepStatus),
        "reason": optional(choice(SkipReason)),
        "seconds": seconds,
        "level": whole(1),
        "ended_at": moment,
        "side": optional(choice(("left", "right", "both"))),
    },
    "screens": {
        "taken_at": moment,
        "kind": choice(ScreenKind),
        "result": choice(ScreenResult),
        "area": optional(name),
    },
    "level_changes": {
        "routine": name,
        "step": name,
        "level": whole(1),
        "changed_at": moment,
    },
    "cards_seen": {
        "routine": name,
        "card": name,
        "seen_at": moment,
    },
    "safety_answers": {
        "area": name,
        "item": choice(SafetyItem),
        "answer": choice(SafetyAnswer),
        "answered_at": moment,
    },
}

Fields = dict[str, object]


@dataclass
class ImportedSession:
    """One session of the file, every field checked, its values as they are to be stored."""

    row: Fields  # the sessions table's columns, derived fields left out
    parts: dict[str, list[Fields]]  # by PART_CHECKS' names, each in the file's order
    was_running: bool = False  # written while it ran: stored as ended, see `ended_here`

    @property
    def id(self) -> int:
        session_id = self.row["id"]
        assert isinstance(session_id, int)  # checked
        return session_id

    @property
    def uid(self) -> str:
        return str(self.row["uid"])


@dataclass(frozen=True)
class Problem:
    """Why one field of one session cannot be imported."""

    session: int  # 1 for the file's first session
    uid: str | None
    place: str  # the field, as a path: "status", "steps[2].level"
    message_id: str
    values: Mapping[str, object] = field(default_factory=dict)
    found: object = _MISSING

    def render(self) -> str:
        found = "" if self.found is _MISSING else t("backup.found", value=_shown(self.found))
        problem = t(self.message_id, **self.values) + found
        if not self.place:  # the session as a whole
            return t("backup.problem_session", session=self.session, problem=problem)
        uid = self.uid or t("backup.no_uid")
        return t("backup.problem", session=self.session, uid=uid, field=self.place, problem=problem)


def _shown(value: object) -> str:
    """A value as the file wrote it, cut short: a damaged file can hold a megabyte in one."""
    import json

    written = json.dumps(value, ensure_ascii=False)
    return written if len(written) <= 40 else written[:39] + "…"


def readable_uid(data: object) -> str | None:
    """The session's uid, when it has one that can be read: problems are named by it."""
    found = data.get("uid") if isinstance(data, dict) else None
    return found if isinstance(found, str) and _UID.fullmatch(found) else None


class _SessionReader:
    """Checks one session of the file, noting each problem under its number and uid."""

    def __init__(self, number: int, data: Mapping[str, object], problems: list[Problem]) -> None:
        self.number = number
        self.uid = readable_uid(data)
        self.problems = problems
        self.sound = True

    def note(self, place: str, message_id: str, found: object = _MISSING, **values: object) -> None:
        self.sound = False
        self.problems.append(Problem(self.number, self.uid, place, message_id, values, found))

    def fields(
        self, data: Mapping[str, object], checks: Mapping[str, Check], at: str = "", part: str = ""
    ) -> Fields:
        """The values of `data`, each checked; problems noted with the field's path."""
        values: Fields = {}
        for key, check in checks.items():
            if key not in data and (f"{part}.{key}" if part else key) in ADDED_LATER:
                values[key] = None
                continue
            if key not in data:
                self.note(at + key, "backup.missing")
                continue
            try:
                values[key] = check(data[key])
            except Invalid as invalid:
                self.note(at + key, invalid.message_id, data[key], **invalid.values)
        nested = PART_CHECKS if checks is SESSION_CHECKS else {}  # read by `parts`
        for key in data:
            if key not in checks and key not in nested:
                self.note(at + key, "backup.unknown_field")
        return values

    def parts(self, data: Mapping[str, object]) -> dict[str, list[Fields]]:
        parts: dict[str, list[Fields]] = {}
        for part, checks in PART_CHECKS.items():
            rows = data.get(part, [] if part in ADDED_LATER else _MISSING)
            if rows is _MISSING:
                self.note(part, "backup.missing")
            elif not isinstance(rows, list):
                self.note(part, "backup.expected_list", rows)
            else:
                parts[part] = []
                for index, row in enumerate(rows):
                    if isinstance(row, dict):
                        place = f"{part}[{index}]."
                        parts[part].append(self.fields(row, checks, place, part))
                    else:
                        self.note(f"{part}[{index}]", "backup.expected_object", row)
        return parts


def derived_values(row: Fields, steps: Sequence[Fields]) -> dict[str, int | None]:
    """Duration and step counts as `history` computes them from what is stored.

    A step run again after going back counts once, with its last outcome (as the view does).
    """
    last: dict[object, object] = {step["step_index"]: step["status"] for step in steps}
    ended = row["ended_at"]
    duration = None
    if isinstance(ended, str):
        started = datetime.fromisoformat(str(row["started_at"]))
        duration = round((datetime.fromisoformat(ended) - started).total_seconds())
    return {
        "duration_seconds": duration,
        "steps_completed": sum(status == StepStatus.DONE for status in last.values()),
        "steps_skipped": sum(status == StepStatus.SKIPPED for status in last.values()),
    }


def _session(number: int, data: object, problems: list[Problem]) -> ImportedSession | None:
    if not isinstance(data, dict):
        problems.append(Problem(number, None, "", "backup.expected_session", found=data))
        return None
    reader = _SessionReader(number, data, problems)
    row = reader.fields(data, SESSION_CHECKS)
    parts = reader.parts(data)
    if not reader.sound:
        return None
    for key, derived in derived_values(row, parts["steps"]).items():
        if row.pop(key) != derived:
            shown = t("backup.none") if derived is None else derived  # never Python's None
            reader.note(key, "backup.derived_mismatch", data[key], derived=shown)
    if not reader.sound:
        return None
    session = ImportedSession(row, parts)
    if row["status"] == Ending.RUNNING:
        ended_here(session)
    return session


def ended_here(session: ImportedSession) -> None:
    """A session still running when the file was written, stored as one that ended early.

    No process on this computer runs it: this is what selfcare does with a session whose
    process is gone (`close_abandoned`), done at once. Its steps up to then are kept.
    """
    session.row["status"] = Ending.ABORTED.value
    session.row["stop_reason"] = session.row["stop_reason"] or StopReason.KILLED.value
    session.was_running = True


def checked_sessions(items: Sequence[object]) -> tuple[list[ImportedSession], list[Problem]]:
    """The file's sessions, checked; no session at all when any field of any has a problem."""
    problems: list[Problem] = []
    sessions: list[ImportedSession] = []
    first_with_uid: dict[str, int] = {}
    for number, data in enumerate(items, 1):
        session = _session(number, data, problems)
        if session is not None:
            sessions.append(session)
        uid = readable_uid(data)
        earlier = number if uid is None else first_with_uid.setdefault(uid, number)
        if earlier != number:
            problems.append(Problem(number, uid, "uid", "backup.duplicate_uid", {"other": earlier}))
    return ([] if problems else sessions), problems
