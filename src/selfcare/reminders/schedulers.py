"""Which scheduler this system has, and the reminder installed, listed and removed through it.

Linux: a systemd user timer where `systemctl --user` works, else the user's crontab. macOS: a
launch agent. WSL: a Windows Task Scheduler task first (it runs even when no WSL shell is open,
while WSL's systemd and cron run only as long as WSL does), then systemd, then cron.
One reminder is installed at a time: installing one removes selfcare's reminder from the
other schedulers of this system, and `--off` removes it from all of them.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from selfcare.errors import SelfcareError
from selfcare.i18n.language import Language, current_language, t
from selfcare.paths import HOME_VARIABLE, ROUTINES_PATH_VARIABLE
from selfcare.reminders.entries import (
    DISPLAY_VARIABLES,
    Reminder,
    ScheduledCommand,
    SchedulerKind,
)
from selfcare.safe_text import one_line

# Files that name the kernel: WSL's says "microsoft" (WSL 2) or "Microsoft" (WSL 1).
KERNEL_FILES = (Path("/proc/sys/kernel/osrelease"), Path("/proc/version"))
LANGUAGE_VARIABLE = "SELFCARE_LANG"
PLATFORM = sys.platform  # tests set it: sys.platform itself steers imports made meanwhile


class System(StrEnum):
    LINUX = "linux"
    MACOS = "macos"
    WSL = "wsl"


def is_wsl() -> bool:
    """Whether this Linux runs inside Windows (WSL 1 or 2)."""
    for path in KERNEL_FILES:
        try:
            text = path.read_text("utf-8", errors="replace").lower()
        except OSError:
            continue
        if "microsoft" in text or "wsl" in text:
            return True
    return False


def this_system() -> System:
    if PLATFORM == "darwin":
        return System.MACOS
    return System.WSL if is_wsl() else System.LINUX


class Scheduler(Protocol):
    """One way of running a command at set times; each keeps at most one selfcare reminder."""

    kind: SchedulerKind

    def available(self) -> bool:
        """Whether it can be used here: its tool is found (and, for systemd, answers)."""
        ...

    def install(self, reminder: Reminder, command: ScheduledCommand) -> Reminder:
        """Install `reminder` in place of selfcare's previous one; SelfcareError when a step
        fails, with everything as it was before."""
        ...

    def installed(self) -> Reminder | None:
        """selfcare's reminder as this scheduler holds it, if any."""
        ...

    def remove(self) -> bool:
        """Remove selfcare's reminder, nothing else; whether there was one."""
        ...


def schedulers_of(system: System) -> list[Scheduler]:
    """The schedulers selfcare uses on `system`, the preferred first."""
    from selfcare.reminders.cron import CronScheduler
    from selfcare.reminders.launchd import LaunchdScheduler
    from selfcare.reminders.systemd import SystemdScheduler
    from selfcare.reminders.task_scheduler import TaskScheduler

    if system is System.MACOS:
        return [LaunchdScheduler()]
    if system is System.WSL:
        return [TaskScheduler(), SystemdScheduler(), CronScheduler()]
    return [SystemdScheduler(), CronScheduler()]


def missing_scheduler_advice(system: System) -> str:
    if system is System.MACOS:
        return t("remind.no_launchctl")
    if system is System.WSL:
        return t("remind.no_scheduler_wsl")
    return t("remind.no_scheduler_linux")


def selfcare_argv() -> tuple[str, ...]:
    """This selfcare, by absolute path: the program running now when it is `selfcare`, else
    the one on PATH, else this Python with `-m selfcare`."""
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is not None and running.name == "selfcare" and running.is_file():
        return (str(running.absolute()),)
    found = shutil.which("selfcare")
    if found is not None:
        return (str(Path(found).absolute()),)
    return (sys.executable, "-m", "selfcare")


def scheduled_command(routine: str | None) -> ScheduledCommand:
    """`selfcare remind --notify [routine]` with the variables it needs: selfcare's own, the
    language, and the desktop session's (a scheduler may drop those it sets itself)."""
    environment: list[tuple[str, str]] = []
    home = os.environ.get(HOME_VARIABLE)
    if home:  # absolute: a scheduler starts in another folder
        environment.append((HOME_VARIABLE, str(Path(home).expanduser().absolute())))
    folders = os.environ.get(ROUTINES_PATH_VARIABLE)
    if folders:
        parts = [Path(part).expanduser().absolute() for part in folders.split(os.pathsep) if part]
        environment.append((ROUTINES_PATH_VARIABLE, os.pathsep.join(map(str, parts))))
    language = os.environ.get(LANGUAGE_VARIABLE)
    if not language and current_language() is Language.JA:  # schedulers have no locale
        language = Language.JA.value
    if language:
        environment.append((LANGUAGE_VARIABLE, language))
    environment += [(name, os.environ[name]) for name in DISPLAY_VARIABLES if os.environ.get(name)]
    words = [*selfcare_argv(), "remind", "--notify", *([routine] if routine else [])]
    command = ScheduledCommand(tuple(words), tuple(environment))
    for text in [*command.argv, *(value for _, value in command.environment)]:
        if any(character in text for character in "\n\r\0"):  # no scheduler keeps such a line
            raise SelfcareError(t("remind.unwritable", text=one_line(text)))
    return command


@dataclass(frozen=True)
class Installed:
    """A reminder just installed, and the schedulers still holding an older one."""

    reminder: Reminder
    leftovers: tuple[str, ...]


def install(reminder: Reminder, command: ScheduledCommand, system: System) -> Installed:
    """Install `reminder` with the preferred scheduler found here, then remove selfcare's
    reminder from the others. SelfcareError when none is found, or when installing fails."""
    schedulers = schedulers_of(system)
    chosen = next((scheduler for scheduler in schedulers if scheduler.available()), None)
    if chosen is None:
        raise SelfcareError(missing_scheduler_advice(system))
    done = chosen.install(reminder, command)
    leftovers = []
    for other in schedulers:
        if other is chosen:
            continue
        try:
            other.remove()
        except (SelfcareError, OSError):
            leftovers.append(str(other.kind))
    return Installed(done, tuple(leftovers))


def remove_all(system: System) -> list[Reminder]:
    """Remove selfcare's reminder from every scheduler of `system`; the ones removed.
    SelfcareError when one cannot be."""
    removed = []
    for scheduler in schedulers_of(system):
        reminder = _installed(scheduler)
        try:
            had_one = scheduler.remove()
        except OSError as error:
            raise SelfcareError(t("remind.cannot_remove", reason=error.strerror or error)) from None
        if had_one:
            removed.append(reminder or Reminder("", (), None, scheduler.kind))
    return removed


def _installed(scheduler: Scheduler) -> Reminder | None:
    try:
        return scheduler.installed()
    except (SelfcareError, OSError, ValueError):  # a damaged entry, a tool that fails
        return None


def installed_reminders() -> list[Reminder]:
    """selfcare's reminders installed on this system (one, unless schedulers changed under
    it); never raises: a missing or failing scheduler has none."""
    found = []
    for scheduler in schedulers_of(this_system()):
        reminder = _installed(scheduler)
        if reminder is not None:
            found.append(reminder)
    return found
