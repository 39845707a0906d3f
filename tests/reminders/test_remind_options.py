"""`selfcare remind` options as typed: times, days and routines checked before anything is
installed; no scheduler or no notifier said with what to install; the reminder's own words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reminder_fakes import FakeTools, as_system, use_fake_tools

from selfcare.reminders.entries import (
    Reminder,
    clock_time,
    describe,
    read_description,
    week_days,
)
from selfcare.reminders.schedulers import installed_reminders

if TYPE_CHECKING:
    from conftest import Cli


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    fakes = use_fake_tools(tmp_path, monkeypatch, ("crontab", "notify-send"))
    as_system(tmp_path, monkeypatch, "linux")
    return fakes


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--at", "24:00"], "--at takes a time HH:MM, 24-hour"),
        (["--at", "7.30"], "not '7.30'"),
        (["--at", "７:３０"], "--at takes a time"),  # full-width digits are no time here
        (["--at", ""], "--at takes a time"),
        (["--at", "07:30", "--again", "7pm"], "--again takes a time"),
        (["--at", "07:30", "--days", "mon,funday"], "--days takes days such as mon,wed,fri"),
        (["--at", "07:30", "--days", ""], "--days takes days"),
        (["--at", "19:00", "--again", "07:30"], "--again 07:30 must be later"),
        (["--days", "mon"], "--days and --again go with --at"),
        (["--again", "19:00"], "--days and --again go with --at"),
        (["--list", "--off"], "use one of --at, --list, --off and --notify"),
        (["--at", "07:30", "--notify"], "use one of"),
        (["low-back"], "say when to remind you: selfcare remind --at 07:30 low-back"),
        (["--off", "low-back"], "say when"),
    ],
)
def test_options_that_make_no_reminder_are_a_usage_error_before_anything_runs(
    cli: Cli, tools: FakeTools, options: list[str], message: str
) -> None:
    result = cli("remind", *options)

    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert tools.calls() == []


def test_an_unknown_routine_is_refused_with_a_suggestion(cli: Cli, tools: FakeTools) -> None:
    result = cli("remind", "--at", "07:30", "low-bak")

    assert result.exit_code == 1
    assert "no routine called 'low-bak'" in result.stderr
    assert "low-back" in result.stderr
    assert tools.crontab is None


def test_a_routine_file_is_refused_with_how_to_add_it(
    cli: Cli, tools: FakeTools, tmp_path: Path
) -> None:
    result = cli("remind", "--at", "07:30", str(tmp_path / "my back.yaml"))

    assert result.exit_code == 1
    assert "by its id" in result.stderr
    assert f"selfcare add '{tmp_path / 'my back.yaml'}'" in result.stderr
    assert tools.crontab is None


def test_without_a_scheduler_it_says_what_to_install_and_installs_nothing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_tools(tmp_path, monkeypatch, ("notify-send",))
    as_system(tmp_path, monkeypatch, "linux")

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert (
        "install cron (sudo apt install cron, or cronie on Fedora) "
        "or enable systemd user services" in result.stderr
    )
    assert not (tmp_path / "config").exists()


@pytest.mark.parametrize(
    ("system", "advice"),
    [
        ("linux", "install libnotify-bin for notify-send (sudo apt install libnotify-bin"),
        ("wsl", "powershell.exe is not reachable"),
        ("macos", "osascript was not found"),
    ],
)
def test_without_a_notifier_it_says_what_to_install_and_installs_nothing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system: str, advice: str
) -> None:
    tools = use_fake_tools(tmp_path, monkeypatch, ("crontab", "launchctl", "schtasks.exe"))
    as_system(tmp_path, monkeypatch, system)

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert advice in result.stderr
    assert tools.calls() == []


def test_macos_without_launchctl_says_so(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_tools(tmp_path, monkeypatch, ("osascript", "crontab"))
    as_system(tmp_path, monkeypatch, "macos")

    result = cli("remind", "--at", "07:30")

    assert result.exit_code == 1
    assert "launchctl was not found" in result.stderr


def test_with_no_reminder_the_bare_command_shows_how_to_set_one(cli: Cli, tools: FakeTools) -> None:
    result = cli("remind")

    assert result.exit_code == 0
    assert "No reminder is set. Set one: selfcare remind --at 07:30" in result.stdout


def test_a_first_reminder_without_a_routine_says_it_names_low_back_until_a_session(
    cli: Cli, tools: FakeTools
) -> None:
    result = cli("remind", "--at", "07:30")

    assert "until there is one, the reminder names low-back" in result.stdout


def test_installed_reminders_is_empty_when_a_scheduler_fails_or_is_missing(
    tools: FakeTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools.crontab = b"# selfcare-reminder at=07:30 days=daily\n"
    tools.fail("crontab")
    units = tmp_path / "config" / "systemd" / "user"
    units.mkdir(parents=True)
    (units / "selfcare-reminder.timer").write_bytes(b"\xff\xfe not a timer")

    assert installed_reminders() == []

    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert installed_reminders() == []


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("fri,mon", ("mon", "fri")),
        (" Mon , WED ", ("mon", "wed")),
        ("weekdays", ("mon", "tue", "wed", "thu", "fri")),
        ("weekend,wed", ("wed", "sat", "sun")),
        ("weekdays,weekend", ()),
        ("daily", ()),
        ("everyday", ()),
        ("mon,mon", ("mon",)),
        ("monday", None),
        ("mon,", None),
    ],
)
def test_days_are_kept_in_week_order_and_every_day_as_none(
    typed: str, days: tuple[str, ...] | None
) -> None:
    assert week_days(typed) == days


def test_times_are_24_hour_with_two_digits() -> None:
    assert [clock_time(text) for text in ("7:30", "07:05", " 23:59 ", "0:00")] == [
        "07:30",
        "07:05",
        "23:59",
        "00:00",
    ]
    assert [clock_time(text) for text in ("24:00", "7:3", "07:60", "0730", "-1:00")] == [None] * 5


times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
reminders = st.builds(
    Reminder,
    at=times,
    days=st.sets(st.sampled_from(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))).map(
        lambda chosen: (
            tuple(d for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") if d in chosen)
            if len(chosen) < 7
            else ()
        )
    ),
    routine=st.one_of(st.none(), st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
    scheduler=st.just("cron"),
    again=st.one_of(st.none(), times),
)


@given(reminders)
def test_a_reminder_reads_back_from_its_description(reminder: Reminder) -> None:
    assert read_description(describe(reminder), "cron") == reminder
