"""What a reminder is, whichever scheduler keeps it: its times, its days, its routine, and the
mark that tells selfcare's own entries from everything else in a scheduler; what the
scheduler runs; and how a scheduler's tool is run."""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.routine.ids import is_routine_id
from selfcare.safe_text import one_line

# Written into every entry selfcare installs (a crontab comment, a unit's description, a
# launch agent's label, a task's name): `remind --off` and `--list` touch only entries with it.
MARK = "selfcare-reminder"

WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
# Words `--days` takes besides the days themselves; every day is kept as no days at all.
DAY_GROUPS = {"daily": WEEK, "everyday": WEEK, "weekdays": WEEK[:5], "weekend": WEEK[5:]}
_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", re.ASCII)

# The desktop session's variables a notifier needs; cron does not set them.
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")
TOOL_TIMEOUT_SECONDS = 60.0  # Windows tools started from WSL can take several seconds


class SchedulerKind(StrEnum):
    """Where a reminder is kept; the value is what `Reminder.scheduler` holds."""

    SYSTEMD = "systemd"
    CRON = "cron"
    LAUNCHD = "launchd"
    SCHTASKS = "schtasks"


@dataclass(frozen=True)
class Reminder:
    """One reminder as installed: `selfcare remind --notify [routine]` at `at` on `days`."""

    at: str  # "07:30", local time, 24-hour
    days: tuple[str, ...]  # "mon" ... "sun" in week order; empty: every day
    routine: str | None  # None: the routines in use
    scheduler: str  # "systemd", "cron", "launchd" or "schtasks": where it is kept
    again: str | None = None  # a second time the same day, "19:00"; or None
    location: str = ""  # the file or the task names that hold it, to show

    @property
    def times(self) -> tuple[str, ...]:
        return (self.at,) if self.again is None else (self.at, self.again)


def clock_time(text: str) -> str | None:
    """ "7:30" as "07:30"; None unless a 24-hour time HH:MM."""
    match = _TIME.fullmatch(text.strip())
    return None if match is None else f"{int(match[1]):02d}:{match[2]}"


def hour_minute(at: str) -> tuple[int, int]:
    hour, minute = at.split(":")
    return int(hour), int(minute)


def week_days(text: str) -> tuple[str, ...] | None:
    """ "fri,mon" as ("mon", "fri"); every day as (); None when a word is no day."""
    chosen: set[str] = set()
    for word in (part.strip().lower() for part in text.split(",")):
        if word in DAY_GROUPS:
            chosen.update(DAY_GROUPS[word])
        elif word in WEEK:
            chosen.add(word)
        else:
            return None
    return () if len(chosen) == len(WEEK) else tuple(day for day in WEEK if day in chosen)


def describe(reminder: Reminder) -> str:
    """The reminder in one marked line, as cron and systemd entries carry it for `--list`:
    `selfcare-reminder at=07:30 again=19:00 days=mon,fri routine=low-back`."""
    words = [MARK, f"at={reminder.at}"]
    if reminder.again is not None:
        words.append(f"again={reminder.again}")
    words.append(f"days={','.join(reminder.days) or 'daily'}")
    if reminder.routine is not None:
        words.append(f"routine={reminder.routine}")
    return " ".join(words)


def read_description(text: str, scheduler: str, location: str = "") -> Reminder | None:
    """The reminder `describe` wrote into `text`; None when it is not such a line."""
    words = text.split()
    if not words or words[0] != MARK:
        return None
    fields = {name: value for name, _, value in (word.partition("=") for word in words[1:])}
    at, again = clock_time(fields.get("at", "")), fields.get("again")
    days = week_days(fields.get("days", "daily"))
    routine = fields.get("routine")
    if at is None or days is None or (routine is not None and not is_routine_id(routine)):
        return None
    if again is not None and (again := clock_time(again)) is None:
        return None
    return Reminder(at, days, routine, scheduler, again, location)


def located(reminder: Reminder, scheduler: str, location: str) -> Reminder:
    return replace(reminder, scheduler=scheduler, location=location)


@dataclass(frozen=True)
class ScheduledCommand:
    """What the scheduler runs: `selfcare remind --notify [routine]`, with the variables it
    needs that the scheduler would not set."""

    argv: tuple[str, ...]
    environment: tuple[tuple[str, str], ...] = ()

    def without(self, names: Sequence[str]) -> ScheduledCommand:
        kept = tuple((name, value) for name, value in self.environment if name not in names)
        return ScheduledCommand(self.argv, kept)

    def shell_line(self) -> str:
        """For a POSIX shell: `NAME=value ... /path/selfcare remind --notify`, each word quoted."""
        assignments = [f"{name}={shlex.quote(value)}" for name, value in self.environment]
        return " ".join([*assignments, *(shlex.quote(word) for word in self.argv)])


@dataclass(frozen=True)
class ToolResult:
    """What one run of a scheduler's or notifier's tool did."""

    argv: tuple[str, ...]
    code: int  # -1: it could not be started, or ran out of time
    stdout: bytes
    stderr: str

    @property
    def ok(self) -> bool:
        return self.code == 0

    def reason(self) -> str:
        """Why it failed, in one line: its last line on stderr, else its exit status."""
        lines = [line.strip() for line in self.stderr.splitlines() if line.strip()]
        if lines:
            return one_line(lines[-1])[:300]
        return t("remind.exit_status", code=self.code)

    def check(self, shown: int = 4) -> ToolResult:
        """This result, or a SelfcareError that names the command (its first `shown` words)
        and why it failed."""
        if not self.ok:
            command = one_line(shlex.join(self.argv[:shown]))
            raise SelfcareError(t("remind.tool_failed", command=command, reason=self.reason()))
        return self


def run_tool(
    argv: Sequence[str],
    *,
    stdin: bytes | None = None,
    environment: Mapping[str, str] | None = None,
) -> ToolResult:
    """Run `argv` (no shell) with a time limit; a tool that is missing or hangs is a failure."""
    import os
    import subprocess

    env = None if environment is None else {**os.environ, **environment}
    try:
        done = subprocess.run(
            list(argv),
            input=stdin if stdin is not None else b"",
            capture_output=True,
            env=env,
            timeout=TOOL_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        reason = t("remind.timed_out", seconds=round(TOOL_TIMEOUT_SECONDS))
        return ToolResult(tuple(argv), -1, b"", reason)
    except OSError as error:  # not found, not executable
        return ToolResult(tuple(argv), -1, b"", error.strerror or str(error))
    stderr = done.stderr.decode("utf-8", errors="replace")
    return ToolResult(tuple(argv), done.returncode, done.stdout, stderr)
