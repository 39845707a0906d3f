"""The macOS path: a launch agent with its times in StartCalendarInterval, bootstrapped into the
GUI session; listed; booted out and removed; and no agent file left when launchctl fails."""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from reminder_fakes import FakeTools, as_system, use_fake_tools

from selfcare.reminders.schedulers import installed_reminders

if TYPE_CHECKING:
    from conftest import Cli


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    fakes = use_fake_tools(tmp_path, monkeypatch, ("launchctl", "crontab", "osascript"))
    as_system(tmp_path, monkeypatch, "macos")
    return fakes


@pytest.fixture
def agent(tmp_path: Path) -> Path:
    return tmp_path / "home" / "Library" / "LaunchAgents" / "selfcare-reminder.plist"


def test_a_reminder_is_a_launch_agent_bootstrapped_into_the_gui_session(
    cli: Cli, tools: FakeTools, agent: Path, selfcare_home: Path
) -> None:
    result = cli("remind", "--at", "07:30", "--days", "mon,sun", "--again", "19:05", "low-back")

    assert result.exit_code == 0, result.output
    loaded = plistlib.loads(agent.read_bytes())
    assert loaded["Label"] == "selfcare-reminder"
    assert loaded["ProgramArguments"] == [
        sys.executable,
        "-m",
        "selfcare",
        "remind",
        "--notify",
        "low-back",
    ]
    assert loaded["EnvironmentVariables"] == {"SELFCARE_HOME": str(selfcare_home)}
    assert loaded["StartCalendarInterval"] == [
        {"Hour": 7, "Minute": 30, "Weekday": 1},
        {"Hour": 7, "Minute": 30, "Weekday": 0},
        {"Hour": 19, "Minute": 5, "Weekday": 1},
        {"Hour": 19, "Minute": 5, "Weekday": 0},
    ]
    assert tools.args("launchctl") == [["bootstrap", f"gui/{os.getuid()}", str(agent)]]
    assert tools.calls("crontab") == []  # macOS reminders are launchd's, not cron's


def test_every_day_has_no_weekday_and_the_list_reads_the_agent(
    cli: Cli, tools: FakeTools, agent: Path
) -> None:
    cli("remind", "--at", "06:00")

    result = cli("remind", "--list")
    [reminder] = installed_reminders()

    intervals = plistlib.loads(agent.read_bytes())["StartCalendarInterval"]
    assert intervals == [{"Hour": 6, "Minute": 0}]
    assert "Reminder: 06:00, every day, for the routines you use." in result.stdout
    assert f"a launch agent, {agent}" in result.stdout
    assert (reminder.at, reminder.days, reminder.routine, reminder.scheduler) == (
        "06:00",
        (),
        None,
        "launchd",
    )


def test_installing_again_boots_out_the_old_agent_first(
    cli: Cli, tools: FakeTools, agent: Path
) -> None:
    cli("remind", "--at", "06:00")

    assert cli("remind", "--at", "07:00", "--days", "wed").exit_code == 0

    domain = f"gui/{os.getuid()}"
    assert tools.args("launchctl")[1:] == [
        ["bootout", f"{domain}/selfcare-reminder"],
        ["bootstrap", domain, str(agent)],
    ]
    assert [r.days for r in installed_reminders()] == [("wed",)]


def test_off_boots_out_and_removes_the_agent(cli: Cli, tools: FakeTools, agent: Path) -> None:
    cli("remind", "--at", "06:00")

    result = cli("remind", "--off")

    assert result.exit_code == 0
    assert tools.args("launchctl")[-1] == ["bootout", f"gui/{os.getuid()}/selfcare-reminder"]
    assert not agent.exists()
    assert "Reminder removed from a launch agent" in result.stdout


def test_a_failing_bootstrap_leaves_no_agent_behind(
    cli: Cli, tools: FakeTools, agent: Path
) -> None:
    tools.fail("launchctl", "bootstrap")

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert "launchctl bootstrap" in result.stderr and "Nothing was changed." in result.stderr
    assert not agent.exists()


def test_a_failing_bootstrap_puts_the_previous_agent_back(
    cli: Cli, tools: FakeTools, agent: Path
) -> None:
    cli("remind", "--at", "07:30")
    before = agent.read_bytes()
    tools.fail("launchctl", "bootstrap")

    assert cli("remind", "--at", "09:30").exit_code == 1

    assert agent.read_bytes() == before


def test_the_notification_is_shown_with_osascript_its_texts_as_arguments(
    cli: Cli, tools: FakeTools
) -> None:
    result = cli("remind", "--notify", "low-back")

    assert result.exit_code == 0, result.output
    [args] = tools.args("osascript")
    assert args[:6] == ["-e", "on run argv", "-e", args[3], "-e", "end run"]
    assert "display notification (item 2 of argv)" in args[3]
    assert args[6:] == ["selfcare", "Time for low-back: selfcare start low-back"]


def test_a_damaged_agent_file_is_no_reminder_but_off_still_removes_it(
    cli: Cli, tools: FakeTools, agent: Path
) -> None:
    agent.parent.mkdir(parents=True)
    agent.write_bytes(b'<?xml version="1.0"?><plist><dict><key>Label</key>')

    assert installed_reminders() == []
    assert cli("remind", "--off").exit_code == 0
    assert not agent.exists()
