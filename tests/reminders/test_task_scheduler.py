"""The WSL path: one Windows task per time made with schtasks.exe, running selfcare through
wsl.exe; listed from the task names; deleted; and no task left when schtasks fails."""

from __future__ import annotations

import base64
import os
import pwd
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from reminder_fakes import FakeTools, as_system, use_fake_tools

from selfcare.reminders.schedulers import installed_reminders

if TYPE_CHECKING:
    from conftest import Cli

WINDOWS_TOOLS = ("schtasks.exe", "powershell.exe", "systemctl", "crontab", "notify-send")
MORNING = "selfcare-reminder_0730_mon-wed_low-back"
EVENING = "selfcare-reminder_1900_mon-wed_low-back"


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    fakes = use_fake_tools(tmp_path, monkeypatch, WINDOWS_TOOLS)
    as_system(tmp_path, monkeypatch, "wsl")
    monkeypatch.setenv("WSL_DISTRO_NAME", "Ubuntu")
    monkeypatch.setenv("SELFCARE_HOME", "/home/me/care")
    return fakes


def test_a_reminder_is_a_windows_task_per_time_that_runs_selfcare_through_wsl(
    cli: Cli, tools: FakeTools
) -> None:
    result = cli("remind", "--at", "07:30", "--days", "wed,mon", "--again", "19:00", "low-back")

    assert result.exit_code == 0, result.output
    user = pwd.getpwuid(os.getuid()).pw_name
    run = (
        f"wsl.exe -d Ubuntu -u {user} -e env SELFCARE_HOME=/home/me/care "
        f"{sys.executable} -m selfcare remind --notify low-back"
    )
    creates = [args for args in tools.args("schtasks.exe") if args[0] == "/Create"]
    assert creates == [
        ["/Create", "/TN", name, "/SC", "WEEKLY", "/D", "MON,WED", "/ST", at, "/TR", run, "/F"]
        for name, at in ((MORNING, "07:30"), (EVENING, "19:00"))
    ]
    assert sorted(tools.tasks) == [MORNING, EVENING]
    assert tools.calls("systemctl") == [] and tools.crontab is None  # preferred over both
    assert "Windows Task Scheduler" in result.stdout


def test_every_day_is_a_daily_task(cli: Cli, tools: FakeTools) -> None:
    assert cli("remind", "--at", "06:00").exit_code == 0

    assert tools.tasks["selfcare-reminder_0600_daily"][3:7] == ["/SC", "DAILY", "/ST", "06:00"]


def test_list_reads_the_reminder_from_the_task_names_alone(cli: Cli, tools: FakeTools) -> None:
    cli("remind", "--at", "07:30", "--days", "mon,wed", "--again", "19:00", "low-back")

    result = cli("remind", "--list")
    [reminder] = installed_reminders()

    assert "Reminder: 07:30 and 19:00, Mon, Wed, for low-back." in result.stdout
    assert f"Windows Task Scheduler, tasks {MORNING}, {EVENING}" in result.stdout
    assert (reminder.at, reminder.again, reminder.days, reminder.routine) == (
        "07:30",
        "19:00",
        ("mon", "wed"),
        "low-back",
    )


def test_installing_again_deletes_the_previous_tasks_once_the_new_ones_are_made(
    cli: Cli, tools: FakeTools
) -> None:
    cli("remind", "--at", "07:30", "--days", "mon,wed", "--again", "19:00", "low-back")

    assert cli("remind", "--at", "08:00").exit_code == 0

    assert list(tools.tasks) == ["selfcare-reminder_0800_daily"]
    verbs = [args[0] for args in tools.args("schtasks.exe")]
    assert verbs[-4:] == ["/Query", "/Create", "/Delete", "/Delete"]


def test_off_deletes_selfcares_tasks(cli: Cli, tools: FakeTools) -> None:
    cli("remind", "--at", "07:30", "--again", "19:00")

    result = cli("remind", "--off")

    assert result.exit_code == 0
    assert tools.tasks == {}
    deleted = [args[2] for args in tools.args("schtasks.exe") if args[0] == "/Delete"]
    assert deleted == ["selfcare-reminder_0730_daily", "selfcare-reminder_1900_daily"]
    assert installed_reminders() == []


def test_a_failing_second_task_takes_the_first_away_and_keeps_the_old_reminder(
    cli: Cli, tools: FakeTools
) -> None:
    cli("remind", "--at", "06:00", "low-back")
    tools.fail("schtasks.exe", "19:00")

    result = cli("remind", "--at", "07:30", "--days", "mon,wed", "--again", "19:00", "low-back")

    assert result.exit_code == 1
    assert "schtasks.exe /Create /TN" in result.stderr and "Nothing was changed." in result.stderr
    assert list(tools.tasks) == ["selfcare-reminder_0600_daily_low-back"]


def test_a_command_longer_than_task_scheduler_takes_is_refused(
    cli: Cli, tools: FakeTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELFCARE_HOME", "/home/me/" + "long-folder-name/" * 15)

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert "more than its 261" in result.stderr
    assert tools.tasks == {}


def test_without_schtasks_wsl_falls_back_to_the_crontab(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = use_fake_tools(tmp_path, monkeypatch, ("crontab", "powershell.exe"))
    as_system(tmp_path, monkeypatch, "wsl")

    assert cli("remind", "--at", "07:30").exit_code == 0

    assert tools.crontab is not None and b"selfcare-reminder" in tools.crontab


def test_the_notification_is_a_toast_through_powershell_in_the_persons_language(
    cli: Cli, tools: FakeTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELFCARE_HOME", str(tmp_path / "care"))

    result = cli("remind", "--notify", "low-back", "--lang", "ja")

    assert result.exit_code == 0, result.output
    [args] = tools.args("powershell.exe")
    assert args[:3] == ["-NoProfile", "-NonInteractive", "-EncodedCommand"]
    script = base64.b64decode(args[3]).decode("utf-16-le")
    assert "CreateTextNode('low-back の時間です: selfcare start low-back')" in script
    assert "ToastNotificationManager]::CreateToastNotifier(" in script
    assert tools.calls("notify-send") == []
