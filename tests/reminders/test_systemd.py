"""The systemd path (Linux where `systemctl --user` answers): a service and a timer in the
user's unit folder, enabled; listed; removed; and nothing left when systemctl fails."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from reminder_fakes import FakeTools, as_system, use_fake_tools

from selfcare.reminders.schedulers import installed_reminders
from selfcare.reminders.systemd import unit_word

if TYPE_CHECKING:
    from conftest import Cli


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    fakes = use_fake_tools(tmp_path, monkeypatch, ("systemctl", "crontab", "notify-send"))
    as_system(tmp_path, monkeypatch, "linux")
    return fakes


@pytest.fixture
def units(tmp_path: Path) -> Path:
    return tmp_path / "config" / "systemd" / "user"


def test_a_reminder_is_a_user_timer_enabled_with_systemctl(
    cli: Cli, tools: FakeTools, units: Path, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")  # the user manager has its own: not written

    result = cli("remind", "--at", "07:30", "--days", "mon,fri", "--again", "19:00", "low-back")

    assert result.exit_code == 0, result.output
    timer = (units / "selfcare-reminder.timer").read_text()
    assert "OnCalendar=Mon,Fri *-*-* 07:30:00\nOnCalendar=Mon,Fri *-*-* 19:00:00\n" in timer
    assert "WantedBy=timers.target" in timer
    service = (units / "selfcare-reminder.service").read_text()
    assert f"Environment=SELFCARE_HOME={selfcare_home}\n" in service
    assert f"ExecStart={sys.executable} -m selfcare remind --notify low-back\n" in service
    assert "DISPLAY" not in service
    assert tools.args("systemctl") == [
        ["--user", "show-environment"],
        ["--user", "daemon-reload"],
        ["--user", "enable", "--now", "selfcare-reminder.timer"],
    ]
    assert tools.crontab is None  # the crontab is not touched
    assert f"a systemd user timer, {units / 'selfcare-reminder.timer'}" in result.stdout


def test_the_unit_folder_is_under_home_without_xdg_config_home(
    cli: Cli, tools: FakeTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")

    assert cli("remind", "--at", "07:30").exit_code == 0

    assert (tmp_path / "home" / ".config/systemd/user/selfcare-reminder.timer").is_file()


def test_installing_again_replaces_the_timer_and_restarts_it(
    cli: Cli, tools: FakeTools, units: Path
) -> None:
    cli("remind", "--at", "07:30", "--again", "19:00")

    assert cli("remind", "--at", "08:15").exit_code == 0

    timer = (units / "selfcare-reminder.timer").read_text()
    assert timer.count("OnCalendar=") == 1 and "OnCalendar=*-*-* 08:15:00" in timer
    assert tools.args("systemctl")[-1] == ["--user", "restart", "selfcare-reminder.timer"]


def test_list_and_installed_reminders_read_the_timer(cli: Cli, tools: FakeTools) -> None:
    cli("remind", "--at", "07:30", "--days", "sat,sun", "low-back")

    result = cli("remind", "--list")
    [reminder] = installed_reminders()

    assert "Reminder: 07:30, Sat, Sun, for low-back." in result.stdout
    assert "a systemd user timer" in result.stdout
    assert (reminder.at, reminder.days, reminder.routine, reminder.scheduler, reminder.again) == (
        "07:30",
        ("sat", "sun"),
        "low-back",
        "systemd",
        None,
    )


def test_off_disables_the_timer_and_removes_its_files(
    cli: Cli, tools: FakeTools, units: Path
) -> None:
    cli("remind", "--at", "07:30")
    (units / "my-own.service").write_text("[Service]\nExecStart=/bin/true\n")

    result = cli("remind", "--off")

    assert result.exit_code == 0
    assert ["--user", "disable", "--now", "selfcare-reminder.timer"] in tools.args("systemctl")
    assert sorted(path.name for path in units.iterdir()) == ["my-own.service"]
    assert installed_reminders() == []


@pytest.mark.parametrize("failing", ["daemon-reload", "enable"])
def test_a_failing_systemctl_leaves_no_unit_files_behind(
    cli: Cli, tools: FakeTools, tmp_path: Path, failing: str
) -> None:
    tools.fail("systemctl", failing)

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert f"simulated failure of {failing}" in result.stderr
    assert "Nothing was changed." in result.stderr
    assert not (tmp_path / "config").exists()  # not even the folders made for them
    assert tools.crontab is None


def test_a_failing_enable_puts_the_previous_reminder_back(
    cli: Cli, tools: FakeTools, units: Path
) -> None:
    cli("remind", "--at", "07:30", "low-back")
    before = {path.name: path.read_bytes() for path in units.iterdir()}
    tools.fail("systemctl", "restart")

    result = cli("remind", "--at", "09:00")

    assert result.exit_code == 1
    assert {path.name: path.read_bytes() for path in units.iterdir()} == before
    assert tools.args("systemctl")[-1] == ["--user", "enable", "--now", "selfcare-reminder.timer"]


def test_a_unit_word_with_spaces_specifiers_and_dollars_is_quoted_for_systemd() -> None:
    assert unit_word("/usr/bin/selfcare", in_command=True) == "/usr/bin/selfcare"
    assert unit_word('/my care/100% $HOME "x"', in_command=True) == (
        '"/my care/100%% $$HOME \\"x\\""'
    )
    assert unit_word("SELFCARE_HOME=/a b/%", in_command=False) == '"SELFCARE_HOME=/a b/%%"'
