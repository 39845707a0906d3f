"""The user's crontab: selfcare's lines at its top, everything else kept byte for byte.

selfcare's lines are a marked comment that describes the reminder, then one line per time,
each ending in the mark. They go first, so no environment line of the person's (SHELL=,
PATH=, MAILTO=) changes how they run, and the rest of the crontab never needs touching:
not even a missing final newline is added.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from selfcare.reminders.entries import (
    MARK,
    Reminder,
    ScheduledCommand,
    SchedulerKind,
    describe,
    hour_minute,
    located,
    read_description,
    run_tool,
)

HEADER = f"# {MARK} at="  # the comment line that describes the reminder
TAIL = f" # {MARK}"  # ends each line that runs it: a comment to the shell cron hands it to
CRON_DAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 0}
DAEMONS = {"cron", "crond"}
LOCATION = "crontab -l"


def crontab_line(at: str, days: tuple[str, ...], command: ScheduledCommand) -> str:
    """`30 7 * * 1,3,5 NAME=value /path/selfcare remind --notify # selfcare-reminder`."""
    hour, minute = hour_minute(at)
    weekdays = ",".join(str(CRON_DAYS[day]) for day in days) or "*"
    shell = command.shell_line().replace("%", "\\%")  # cron makes a bare % a newline
    return f"{minute} {hour} * * {weekdays} {shell}{TAIL}\n"


def reminder_lines(reminder: Reminder, command: ScheduledCommand) -> bytes:
    lines = [f"# {describe(reminder)}\n"]
    lines += [crontab_line(at, reminder.days, command) for at in reminder.times]
    return "".join(lines).encode("utf-8")


def is_selfcares(line: bytes) -> bool:
    """Whether a crontab line is one selfcare wrote."""
    body = line.rstrip(b"\r\n")
    return body.startswith(HEADER.encode()) or body.endswith(TAIL.encode())


def without_selfcares(crontab: bytes) -> bytes:
    """The crontab without selfcare's lines; every other byte as it was."""
    lines = crontab.splitlines(keepends=True)
    return b"".join(line for line in lines if not is_selfcares(line))


def daemon_running(proc: Path = Path("/proc")) -> bool | None:
    """Whether a cron daemon runs here; None when that cannot be seen (no /proc)."""
    try:
        entries = [entry for entry in proc.iterdir() if entry.name.isdigit()]
    except OSError:
        return None
    for entry in entries:
        try:
            if (entry / "comm").read_text("utf-8", errors="replace").strip() in DAEMONS:
                return True
        except OSError:  # a process that ended meanwhile
            continue
    return False


class CronScheduler:
    """The user's crontab, through `crontab -l` and `crontab -`."""

    kind = SchedulerKind.CRON

    def available(self) -> bool:
        return shutil.which("crontab") is not None

    def read(self) -> bytes:
        """The crontab as it is; a person without one has an empty one."""
        result = run_tool(["crontab", "-l"], environment={"LC_ALL": "C"})
        if not result.ok and "no crontab" in result.stderr.lower():
            return b""
        return result.check().stdout

    def write(self, crontab: bytes) -> None:
        """Replace the crontab (crontab itself does so whole or not at all); none left at all
        when nothing remains in it."""
        if crontab:
            run_tool(["crontab", "-"], stdin=crontab).check()
        else:
            run_tool(["crontab", "-r"]).check()

    def install(self, reminder: Reminder, command: ScheduledCommand) -> Reminder:
        reminder = located(reminder, self.kind, LOCATION)
        current = self.read()
        self.write(reminder_lines(reminder, command) + without_selfcares(current))
        return reminder

    def installed(self) -> Reminder | None:
        if not self.available():
            return None
        for line in self.read().splitlines():
            text = line.decode("utf-8", errors="replace")
            if text.startswith(HEADER):
                return read_description(text[2:], self.kind, LOCATION)
        return None

    def remove(self) -> bool:
        if not self.available():
            return False
        current = self.read()
        rest = without_selfcares(current)
        if rest == current:
            return False
        self.write(rest)
        return True
