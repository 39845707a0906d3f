"""Windows Task Scheduler, from WSL: one task per time, made with `schtasks.exe`, that starts
`wsl.exe` to run `selfcare remind --notify`. A task runs even when no WSL shell is open.

A task's name holds the whole reminder (`selfcare-reminder_0730_mon-wed-fri_low-back`), so
listing needs only the names, which `schtasks /Query` prints the same in every Windows language.
"""

from __future__ import annotations

import csv
import io
import os
import pwd
import shutil

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.reminders.entries import (
    DISPLAY_VARIABLES,
    MARK,
    Reminder,
    ScheduledCommand,
    SchedulerKind,
    ToolResult,
    clock_time,
    run_tool,
    week_days,
)
from selfcare.routine.ids import is_routine_id

SCHTASKS = "schtasks.exe"
TASK_COMMAND_LIMIT = 261  # the most /TR takes
TASK_DAYS = {"mon": "MON", "tue": "TUE", "wed": "WED", "thu": "THU", "fri": "FRI"}
TASK_DAYS |= {"sat": "SAT", "sun": "SUN"}


def task_name(at: str, days: tuple[str, ...], routine: str | None) -> str:
    name = f"{MARK}_{at.replace(':', '')}_{'-'.join(days) or 'daily'}"
    return f"{name}_{routine}" if routine else name


def read_task_name(name: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """The time, days and routine in a task's name; None for a name `task_name` did not make."""
    parts = name.split("_")
    if len(parts) not in (3, 4) or parts[0] != MARK or len(parts[1]) != 4:
        return None
    at = clock_time(f"{parts[1][:2]}:{parts[1][2:]}")
    days = week_days(parts[2].replace("-", ","))
    routine = parts[3] if len(parts) == 4 else None
    if at is None or days is None or (routine is not None and not is_routine_id(routine)):
        return None
    return at, days, routine


def task_command(command: ScheduledCommand) -> str:
    """What the task runs: `wsl.exe -d DISTRO -u USER -e [env NAME=value...] selfcare ...`,
    as a Windows command line (wsl.exe splits it; no shell reads it)."""
    import subprocess

    words = ["wsl.exe"]
    distribution = os.environ.get("WSL_DISTRO_NAME")
    if distribution:  # the one selfcare is installed in, not the default one
        words += ["-d", distribution]
    words += ["-u", pwd.getpwuid(os.getuid()).pw_name, "-e"]
    environment = command.without(DISPLAY_VARIABLES).environment
    if environment:
        words += ["env", *(f"{name}={value}" for name, value in environment)]
    return subprocess.list2cmdline([*words, *command.argv])


def schedule_words(days: tuple[str, ...]) -> list[str]:
    if not days:
        return ["/SC", "DAILY"]
    return ["/SC", "WEEKLY", "/D", ",".join(TASK_DAYS[day] for day in days)]


class TaskScheduler:
    """Tasks of the Windows user, in Task Scheduler's top folder."""

    kind = SchedulerKind.SCHTASKS

    def available(self) -> bool:
        return shutil.which(SCHTASKS) is not None

    def tasks(self) -> list[str]:
        """The names of selfcare's tasks."""
        result = run_tool([SCHTASKS, "/Query", "/FO", "CSV", "/NH"]).check()
        text = result.stdout.decode("utf-8", errors="replace")
        names = {
            row[0].lstrip("\\")
            for row in csv.reader(io.StringIO(text))
            if row and row[0].lstrip("\\").startswith(f"{MARK}_") and row[0].count("\\") <= 1
        }
        return sorted(name for name in names if read_task_name(name) is not None)

    def _delete(self, name: str) -> ToolResult:
        return run_tool([SCHTASKS, "/Delete", "/TN", name, "/F"])

    def install(self, reminder: Reminder, command: ScheduledCommand) -> Reminder:
        run = task_command(command)
        if len(run) > TASK_COMMAND_LIMIT:
            raise SelfcareError(
                t("remind.task_too_long", length=len(run), limit=TASK_COMMAND_LIMIT)
            )
        old = self.tasks()
        names = [task_name(at, reminder.days, reminder.routine) for at in reminder.times]
        created: list[str] = []
        try:
            for name, at in zip(names, reminder.times, strict=True):
                words = ["/Create", "/TN", name, *schedule_words(reminder.days), "/ST", at]
                run_tool([SCHTASKS, *words, "/TR", run, "/F"]).check()
                if name not in old:
                    created.append(name)
            for name in old:  # the previous reminder, once the new one is in place
                if name not in names:
                    self._delete(name).check()
        except SelfcareError:
            for name in created:
                self._delete(name)
            raise
        return Reminder(
            reminder.at,
            reminder.days,
            reminder.routine,
            self.kind,
            reminder.again,
            ", ".join(names),
        )

    def installed(self) -> Reminder | None:
        if not self.available():
            return None
        names = self.tasks()
        found = [(name, read) for name in names if (read := read_task_name(name)) is not None]
        if not found:
            return None
        _, days, routine = found[0][1]
        times = sorted({read[0] for _, read in found if read[1:] == (days, routine)})
        again = times[1] if len(times) > 1 else None
        location = ", ".join(name for name, _ in found)
        return Reminder(times[0], days, routine, self.kind, again, location)

    def remove(self) -> bool:
        if not self.available():
            return False
        names = self.tasks()
        for name in names:
            self._delete(name).check()
        return bool(names)
