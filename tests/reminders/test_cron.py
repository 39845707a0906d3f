"""The crontab path (Linux without a systemd user manager): selfcare's lines in, listed and
out again, and every other byte of the person's crontab left as it was."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from reminder_fakes import FakeTools, as_system, use_fake_tools

from selfcare.reminders.cron import without_selfcares

if TYPE_CHECKING:
    from conftest import Cli

THEIR_CRONTABS = {
    "comments and environment lines": (
        b"# m h  dom mon dow   command\nMAILTO=me@example.org\nSHELL=/bin/bash\n"
        b"PATH=/usr/local/bin:/usr/bin\n*/5 * * * *   /usr/bin/backup --quiet  \n"
    ),
    "no final newline": b"0 3 * * * /usr/local/bin/sync-photos",
    "odd spacing, tabs, blank lines and CRLF": b"\n\n0\t4 * * *\tcleanup  \r\n  # end \n\n",
    "a line of theirs that runs selfcare": b"0 8 * * * selfcare start low-back --yes # mine\n",
    "bytes that are not UTF-8": b"# caf\xe9\n@reboot /opt/x\n",
}


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    fakes = use_fake_tools(tmp_path, monkeypatch, ("crontab", "notify-send"))
    as_system(tmp_path, monkeypatch, "linux")
    return fakes


def crontab_text(tools: FakeTools) -> str:
    assert tools.crontab is not None
    return tools.crontab.decode("utf-8", errors="replace")


def test_a_reminder_is_two_lines_of_the_crontab_that_run_selfcare_remind_notify(
    cli: Cli, tools: FakeTools, selfcare_home: Path
) -> None:
    result = cli("remind", "--at", "7:30", "--days", "fri,mon,wed", "--again", "19:00", "low-back")

    assert result.exit_code == 0, result.output
    header, morning, evening = crontab_text(tools).splitlines()
    assert header == "# selfcare-reminder at=07:30 again=19:00 days=mon,wed,fri routine=low-back"
    command = f"{shlex.quote(sys.executable)} -m selfcare remind --notify low-back"
    home = f"SELFCARE_HOME={shlex.quote(str(selfcare_home))}"
    assert morning == f"30 7 * * 1,3,5 {home} {command} # selfcare-reminder"
    assert evening == f"0 19 * * 1,3,5 {home} {command} # selfcare-reminder"
    assert "07:30 and 19:00, Mon, Wed, Fri, for low-back" in result.stdout
    assert "your crontab (crontab -l)" in result.stdout


def test_every_day_is_a_star_and_no_routine_means_the_routines_in_use(
    cli: Cli, tools: FakeTools
) -> None:
    result = cli("remind", "--at", "06:05", "--days", "weekdays,weekend")

    assert result.exit_code == 0, result.output
    header, line = crontab_text(tools).splitlines()
    assert header == "# selfcare-reminder at=06:05 days=daily"
    assert line.startswith("5 6 * * * ")
    assert line.endswith(" remind --notify # selfcare-reminder")
    assert "every day, for the routines you use" in result.stdout


def test_the_line_cron_runs_starts_this_selfcare_with_its_home_even_with_odd_characters(
    cli: Cli, tools: FakeTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "my 100% 'care' $HOME"
    monkeypatch.setenv("SELFCARE_HOME", str(home))
    assert cli("remind", "--at", "07:30", "low-back").exit_code == 0
    line = crontab_text(tools).splitlines()[1]
    assert "\\%" in line  # cron would read a bare % as a newline
    # What cron does: the sixth field on, its \% made %, given to sh in a bare environment.
    command = line.split(" ", 5)[5].replace("\\%", "%")

    done = subprocess.run(
        ["/bin/sh", "-c", command],
        env={"PATH": str(tools.bin), "HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    [notified] = tools.calls("notify-send")
    assert notified["env"]["SELFCARE_HOME"] == str(home)
    assert notified["args"][-1] == "Time for low-back: selfcare start low-back"


def test_the_desktop_session_and_the_language_go_into_the_line(
    cli: Cli, tools: FakeTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")

    assert cli("remind", "--at", "07:30", "--lang", "ja").exit_code == 0

    line = crontab_text(tools).splitlines()[1]
    assert " SELFCARE_LANG=ja " in line
    assert " DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus " in line


@pytest.mark.parametrize("theirs", THEIR_CRONTABS.values(), ids=THEIR_CRONTABS.keys())
def test_the_rest_of_the_crontab_is_kept_byte_for_byte_through_install_and_off(
    cli: Cli, tools: FakeTools, theirs: bytes
) -> None:
    tools.crontab = theirs

    assert cli("remind", "--at", "07:30", "--again", "21:00").exit_code == 0
    installed = tools.crontab
    assert installed is not None
    assert installed.endswith(theirs)  # selfcare's lines go first, theirs follow untouched
    assert without_selfcares(installed) == theirs
    assert cli("remind", "--at", "08:00", "low-back").exit_code == 0  # replaced, not added
    assert tools.crontab is not None and tools.crontab.count(b"# selfcare-reminder at=") == 1

    result = cli("remind", "--off")

    assert result.exit_code == 0, result.output
    assert tools.crontab == theirs
    assert "Reminder removed from your crontab" in result.stdout


def test_off_leaves_no_crontab_when_nothing_else_was_in_it(cli: Cli, tools: FakeTools) -> None:
    assert cli("remind", "--at", "07:30").exit_code == 0

    assert cli("remind", "--off").exit_code == 0

    assert tools.crontab is None
    assert tools.args("crontab")[-1] == ["-r"]


def test_off_without_a_reminder_says_so_and_writes_nothing(cli: Cli, tools: FakeTools) -> None:
    tools.crontab = THEIR_CRONTABS["no final newline"]

    result = cli("remind", "--off")

    assert result.exit_code == 0
    assert "No reminder was set" in result.stdout
    assert ["-"] not in tools.args("crontab")
    assert tools.crontab == THEIR_CRONTABS["no final newline"]


def test_list_shows_the_time_days_routine_and_scheduler(cli: Cli, tools: FakeTools) -> None:
    cli("remind", "--at", "07:30", "--days", "tue,thu", "--again", "18:45", "low-back")

    result = cli("remind", "--list")
    bare = cli("remind")

    assert result.exit_code == 0
    assert "Reminder: 07:30 and 18:45, Tue, Thu, for low-back." in result.stdout
    assert "Kept in your crontab (crontab -l)." in result.stdout
    assert "selfcare remind --off" in result.stdout
    assert bare.stdout == result.stdout


def test_a_failing_crontab_write_leaves_the_crontab_as_it_was(cli: Cli, tools: FakeTools) -> None:
    cli("remind", "--at", "07:30")
    before = tools.crontab
    tools.fail("crontab", "-")

    result = cli("remind", "--at", "09:00", "low-back")

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "crontab - failed: crontab: simulated failure of -." in result.stderr
    assert "Nothing was changed." in result.stderr
    assert tools.crontab == before


def test_a_crontab_that_cannot_be_read_is_not_overwritten(cli: Cli, tools: FakeTools) -> None:
    tools.crontab = b"0 3 * * * backup\n"
    tools.fail("crontab", "-l")

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert "crontab -l failed" in result.stderr
    assert tools.crontab == b"0 3 * * * backup\n"
    assert ["-"] not in tools.args("crontab")


def test_a_user_manager_out_of_reach_means_the_crontab(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = use_fake_tools(tmp_path, monkeypatch, ("systemctl", "crontab", "notify-send"))
    as_system(tmp_path, monkeypatch, "linux")
    tools.no_user_bus()

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 0, result.output
    assert tools.crontab is not None and b"# selfcare-reminder at=07:30" in tools.crontab
    assert tools.args("systemctl") == [["--user", "show-environment"]]
    assert not (tmp_path / "config" / "systemd").exists()
