"""A macOS launch agent: ~/Library/LaunchAgents/selfcare-reminder.plist with its times in
StartCalendarInterval, loaded into the person's GUI session with `launchctl bootstrap`."""

from __future__ import annotations

import os
import plistlib
import shutil
from contextlib import suppress
from pathlib import Path
from xml.parsers.expat import ExpatError

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import write_whole
from selfcare.reminders.entries import (
    DISPLAY_VARIABLES,
    MARK,
    WEEK,
    Reminder,
    ScheduledCommand,
    SchedulerKind,
    ToolResult,
    hour_minute,
    located,
    run_tool,
)
from selfcare.routine.ids import is_routine_id
from selfcare.safe_text import one_line

LABEL = MARK
# launchd counts the week from Sunday: 0 (or 7) is Sunday, 1 Monday.
LAUNCHD_DAYS = {day: (number + 1) % 7 for number, day in enumerate(WEEK)}


def agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def gui_domain() -> str:
    return f"gui/{os.getuid()}"


def agent_plist(reminder: Reminder, command: ScheduledCommand) -> bytes:
    intervals: list[dict[str, int]] = []
    for at in reminder.times:
        hour, minute = hour_minute(at)
        if not reminder.days:
            intervals.append({"Hour": hour, "Minute": minute})
        for day in reminder.days:
            intervals.append({"Hour": hour, "Minute": minute, "Weekday": LAUNCHD_DAYS[day]})
    agent: dict[str, object] = {
        "Label": LABEL,
        "ProgramArguments": list(command.argv),
        "StartCalendarInterval": intervals,
    }
    environment = dict(command.without(DISPLAY_VARIABLES).environment)
    if environment:
        agent["EnvironmentVariables"] = environment
    return plistlib.dumps(agent)


def reminder_of(agent: object, location: str) -> Reminder | None:
    """The reminder a launch agent written by `agent_plist` runs; None for anything else."""
    if not isinstance(agent, dict) or agent.get("Label") != LABEL:
        return None
    intervals, argv = agent.get("StartCalendarInterval"), agent.get("ProgramArguments")
    if not isinstance(intervals, list) or not intervals or not isinstance(argv, list):
        return None
    times, numbers = set(), set()
    for interval in intervals:
        if not isinstance(interval, dict):
            return None
        hour, minute = interval.get("Hour"), interval.get("Minute")
        if not isinstance(hour, int) or not isinstance(minute, int):
            return None
        times.add(f"{hour:02d}:{minute:02d}")
        weekday = interval.get("Weekday")
        if isinstance(weekday, int):
            numbers.add(weekday % 7)
    days = tuple(day for day in WEEK if LAUNCHD_DAYS[day] in numbers)
    after = argv[argv.index("--notify") + 1 :] if "--notify" in argv else []
    routine = after[0] if after and isinstance(after[0], str) and is_routine_id(after[0]) else None
    at, *again = sorted(times)
    kind = SchedulerKind.LAUNCHD
    return Reminder(at, days, routine, kind, again[0] if again else None, location)


class LaunchdScheduler:
    """A launch agent of the logged-in person."""

    kind = SchedulerKind.LAUNCHD

    def _launchctl(self, *words: str) -> ToolResult:
        return run_tool(["launchctl", *words])

    def available(self) -> bool:
        return shutil.which("launchctl") is not None

    def install(self, reminder: Reminder, command: ScheduledCommand) -> Reminder:
        path = agent_path()
        reminder = located(reminder, self.kind, str(path))
        try:
            before: bytes | None = path.read_bytes()
        except FileNotFoundError:
            before = None
        if before is not None:  # a loaded agent must be unloaded before it is loaded anew
            self._launchctl("bootout", f"{gui_domain()}/{LABEL}")
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_whole(path, agent_plist(reminder, command))
            except OSError as error:
                reason = error.strerror or str(error)
                raise SelfcareError(
                    t("remind.cannot_write", path=one_line(path), reason=reason)
                ) from None
            self._launchctl("bootstrap", gui_domain(), str(path)).check()
        except SelfcareError:
            with suppress(OSError):
                if before is None:
                    path.unlink(missing_ok=True)
                else:
                    write_whole(path, before)
                    self._launchctl("bootstrap", gui_domain(), str(path))
            raise
        return reminder

    def installed(self) -> Reminder | None:
        path = agent_path()
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            agent = plistlib.loads(data)
        except (ValueError, ExpatError):  # damaged: `--off` still removes it
            return None
        return reminder_of(agent, str(path))

    def remove(self) -> bool:
        path = agent_path()
        if not path.exists():
            return False
        if self.available():  # it fails when the agent is not loaded: the file goes anyway
            self._launchctl("bootout", f"{gui_domain()}/{LABEL}")
        path.unlink(missing_ok=True)
        return True
