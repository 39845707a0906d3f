"""Fake schedulers and notifiers on PATH: small Python programs that record their arguments,
stdin and environment, keep a crontab or a task list in files, and fail when told to."""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from selfcare.reminders import schedulers
from selfcare.reminders.entries import DISPLAY_VARIABLES

SCHEDULER_TOOLS = ("systemctl", "crontab", "launchctl", "schtasks.exe")
NOTIFIER_TOOLS = ("notify-send", "osascript", "powershell.exe")
RECORDED_VARIABLES = ("SELFCARE_HOME", "SELFCARE_LANG", "LC_ALL")

FAKE_TOOL = r'''#!{python}
"""A fake {tool}, for selfcare's reminder tests."""
import json, os, sys
from pathlib import Path

STATE = Path({state!r})
TOOL = {tool!r}
args = sys.argv[1:]
stdin = sys.stdin.buffer.read()
with (STATE / "calls.jsonl").open("a", encoding="utf-8") as log:
    env = {{name: os.environ.get(name) for name in {variables!r}}}
    call = {{"tool": TOOL, "args": args, "stdin": stdin.decode("utf-8", "replace"), "env": env}}
    log.write(json.dumps(call) + "\n")

failure = STATE / "fail" / TOOL
if failure.exists():
    word = failure.read_text()
    if not word or word in args:
        sys.stderr.write(TOOL + ": simulated failure of " + (word or "everything") + "\n")
        sys.exit(1)

if TOOL == "crontab":
    table = STATE / "crontab"
    if args == ["-l"]:
        if not table.exists():
            sys.stderr.write("no crontab for tester\n")
            sys.exit(1)
        sys.stdout.buffer.write(table.read_bytes())
    elif args == ["-"]:
        table.write_bytes(stdin)
    elif args == ["-r"]:
        if not table.exists():
            sys.stderr.write("no crontab for tester\n")
            sys.exit(1)
        table.unlink()
elif TOOL == "systemctl":
    if "show-environment" in args and (STATE / "no-bus").exists():
        sys.stderr.write("Failed to connect to bus: No medium found\n")
        sys.exit(1)
elif TOOL == "schtasks.exe":
    store = STATE / "tasks.json"
    tasks = json.loads(store.read_text()) if store.exists() else {{}}
    if args[0] == "/Create":
        tasks[args[args.index("/TN") + 1]] = args
    elif args[0] == "/Delete":
        name = args[args.index("/TN") + 1]
        if name not in tasks:
            sys.stderr.write("ERROR: The system cannot find the file specified.\r\n")
            sys.exit(1)
        del tasks[name]
    elif args[0] == "/Query":
        rows = ['"\\Microsoft\\Windows\\Defrag\\ScheduledDefrag","N/A","Ready"']
        rows += ['"\\' + name + '","12/2/2026 7:30:00 AM","Ready"' for name in tasks]
        sys.stdout.write("\r\n".join(rows) + "\r\n")
    store.write_text(json.dumps(tasks))
'''


class FakeTools:
    """The fake programs of one test, and what they were asked to do."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.state = folder / "state"
        self.bin.mkdir(parents=True)
        (self.state / "fail").mkdir(parents=True)
        (self.state / "calls.jsonl").touch()

    def add(self, *tools: str) -> None:
        for tool in tools:
            path = self.bin / tool
            path.write_text(
                FAKE_TOOL.format(
                    python=sys.executable,
                    tool=tool,
                    state=str(self.state),
                    variables=RECORDED_VARIABLES,
                ),
                encoding="utf-8",
            )
            path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    def calls(self, tool: str | None = None) -> list[dict[str, Any]]:
        lines = (self.state / "calls.jsonl").read_text("utf-8").splitlines()
        calls = [json.loads(line) for line in lines]
        return [call for call in calls if tool is None or call["tool"] == tool]

    def args(self, tool: str) -> list[list[str]]:
        return [call["args"] for call in self.calls(tool)]

    def fail(self, tool: str, when: str = "") -> None:
        """Make `tool` exit 1 when `when` is one of its arguments (always, when empty)."""
        (self.state / "fail" / tool).write_text(when)

    def no_user_bus(self) -> None:
        """`systemctl --user` cannot reach a user manager, as in a container or over ssh."""
        (self.state / "no-bus").touch()

    @property
    def crontab(self) -> bytes | None:
        table = self.state / "crontab"
        return table.read_bytes() if table.exists() else None

    @crontab.setter
    def crontab(self, data: bytes) -> None:
        (self.state / "crontab").write_bytes(data)

    @property
    def tasks(self) -> dict[str, list[str]]:
        store = self.state / "tasks.json"
        tasks: dict[str, list[str]] = json.loads(store.read_text()) if store.exists() else {}
        return tasks


def use_fake_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tools: Iterable[str]
) -> FakeTools:
    """Only the fakes named are on PATH (nothing of the real system's); HOME and the config
    folder are the test's own."""
    fakes = FakeTools(tmp_path / "fakes")
    fakes.add(*tools)
    monkeypatch.setenv("PATH", str(fakes.bin))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in (*DISPLAY_VARIABLES, "WSL_DISTRO_NAME"):
        monkeypatch.delenv(name, raising=False)
    return fakes


def as_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system: str) -> None:
    """Make this machine look like Linux, macOS or WSL, whatever it really is."""
    kernel = tmp_path / "osrelease"
    release = "5.15.167.4-microsoft-standard-WSL2" if system == "wsl" else "6.1.0-28-amd64"
    kernel.write_text(release + "\n")
    monkeypatch.setattr(schedulers, "KERNEL_FILES", (kernel,))
    monkeypatch.setattr(schedulers, "PLATFORM", "darwin" if system == "macos" else "linux")


@contextmanager
def local_time_is_utc() -> Iterator[None]:
    """Local time is UTC meanwhile, so that a fixed moment falls on a known local day."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
