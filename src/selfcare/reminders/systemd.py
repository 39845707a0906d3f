"""A systemd user timer: `selfcare-reminder.service` and `.timer` in the user's unit folder,
enabled with `systemctl --user`. A user service gets the desktop session's variables from the
user manager, so only selfcare's own are written into it."""

from __future__ import annotations

import os
import re
import shutil
from contextlib import suppress
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import write_whole
from selfcare.reminders.entries import (
    DISPLAY_VARIABLES,
    MARK,
    Reminder,
    ScheduledCommand,
    SchedulerKind,
    ToolResult,
    describe,
    located,
    read_description,
    run_tool,
)
from selfcare.safe_text import one_line

SERVICE = f"{MARK}.service"
TIMER = f"{MARK}.timer"
HEADER = f"# {MARK} at="
CALENDAR_DAYS = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri"}
CALENDAR_DAYS |= {"sat": "Sat", "sun": "Sun"}
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_./:,=@+-]+")


def unit_folder() -> Path:
    """~/.config/systemd/user, or under $XDG_CONFIG_HOME (systemd reads it only if absolute)."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "systemd" / "user"


def unit_word(word: str, *, in_command: bool) -> str:
    """One word as a unit file reads it: % (a specifier) doubled, and in a command $ too;
    quoted, with \\ and " escaped, unless plain."""
    text = word.replace("%", "%%")
    if in_command:
        text = text.replace("$", "$$")
    if _PLAIN_WORD.fullmatch(text):  # the first word is an absolute path: no prefix like @ or -
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def service_text(command: ScheduledCommand) -> str:
    lines = [
        "# Written by `selfcare remind`; `selfcare remind --off` removes it.",
        "[Unit]",
        f"Description=selfcare reminder ({MARK})",
        "",
        "[Service]",
        "Type=oneshot",
    ]
    for name, value in command.without(DISPLAY_VARIABLES).environment:
        lines.append(f"Environment={unit_word(f'{name}={value}', in_command=False)}")
    argv = " ".join(unit_word(word, in_command=True) for word in command.argv)
    lines.append(f"ExecStart={argv}")
    return "\n".join(lines) + "\n"


def timer_text(reminder: Reminder) -> str:
    days = ",".join(CALENDAR_DAYS[day] for day in reminder.days)
    calendars = [f"OnCalendar={days + ' ' if days else ''}*-*-* {at}:00" for at in reminder.times]
    lines = [
        f"# {describe(reminder)}",
        "[Unit]",
        f"Description=selfcare reminder ({MARK})",
        "",
        "[Timer]",
        *calendars,
        "Persistent=true",  # missed while asleep or off: comes when the computer is back
        "",
        "[Install]",
        "WantedBy=timers.target",
    ]
    return "\n".join(lines) + "\n"


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class SystemdScheduler:
    """A user timer, where `systemctl --user` reaches a user manager."""

    kind = SchedulerKind.SYSTEMD

    def _systemctl(self, *words: str) -> ToolResult:
        return run_tool(["systemctl", "--user", *words])

    def available(self) -> bool:
        if shutil.which("systemctl") is None:
            return False
        return self._systemctl("show-environment").ok

    def install(self, reminder: Reminder, command: ScheduledCommand) -> Reminder:
        folder = unit_folder()
        timer = folder / TIMER
        reminder = located(reminder, self.kind, str(timer))
        files = {folder / SERVICE: service_text(command), timer: timer_text(reminder)}
        before = {path: _read(path) for path in files}
        made = [path for path in (folder, *folder.parents) if not path.exists()]
        try:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                for path, text in files.items():
                    write_whole(path, text.encode("utf-8"))
            except OSError as error:
                reason = error.strerror or str(error)
                raise SelfcareError(
                    t("remind.cannot_write", path=one_line(folder), reason=reason)
                ) from None
            self._systemctl("daemon-reload").check()
            self._systemctl("enable", "--now", TIMER).check()
            if before[timer] is not None:  # the new times count from now
                self._systemctl("restart", TIMER).check()
        except SelfcareError:
            self._restore(before, made)
            raise
        return reminder

    def _restore(self, before: dict[Path, bytes | None], made: list[Path]) -> None:
        """The units as they were before a failed install (best effort: it is failing)."""
        self._systemctl("disable", "--now", TIMER)
        for path, data in before.items():
            with suppress(OSError):
                if data is None:
                    path.unlink(missing_ok=True)
                else:
                    write_whole(path, data)
        for path in made:  # the folders made for it, innermost first, if still empty
            with suppress(OSError):
                path.rmdir()
        self._systemctl("daemon-reload")
        if before[unit_folder() / TIMER] is not None:
            self._systemctl("enable", "--now", TIMER)

    def installed(self) -> Reminder | None:
        timer = unit_folder() / TIMER
        data = _read(timer)
        if data is None:
            return None
        for line in data.decode("utf-8", errors="replace").splitlines():
            if line.startswith(HEADER):
                return read_description(line[2:], self.kind, str(timer))
        return None

    def remove(self) -> bool:
        folder = unit_folder()
        files = [folder / "timers.target.wants" / TIMER, folder / TIMER, folder / SERVICE]
        if not any(os.path.lexists(path) for path in files):
            return False
        reachable = shutil.which("systemctl") is not None
        if reachable:  # the files go even when it fails: no manager then keeps the timer
            self._systemctl("disable", "--now", TIMER)
        for path in files:
            path.unlink(missing_ok=True)
        if reachable:
            self._systemctl("daemon-reload")
        return True
