"""`selfcare remind --notify`, what the scheduler runs: a notification only when a session is
still due today, naming the routine and the command; one line and exit 1 when it fails."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from reminder_fakes import FakeTools, as_system, local_time_is_utc, use_fake_tools

from selfcare.commands import remind
from selfcare.history.record import begin_session
from selfcare.history.store import connect
from selfcare.paths import database_path
from selfcare.reminders.notify import powershell_string
from selfcare.session.outcomes import Ending

if TYPE_CHECKING:
    from conftest import Cli

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # a Wednesday; low-back: 3 times a week


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTools]:
    fakes = use_fake_tools(tmp_path, monkeypatch, ("crontab", "notify-send"))
    as_system(tmp_path, monkeypatch, "linux")
    monkeypatch.setattr(remind, "now", lambda: NOW)
    with local_time_is_utc():
        yield fakes


def done(days_ago: float, routine: str = "low-back", *, speed: float = 1.0) -> None:
    """A session of `routine` finished `days_ago` before NOW."""
    db = connect(database_path())
    moment = NOW - timedelta(days=days_ago)
    record = begin_session(db, routine, routine, "en", 600.0, speed, now=lambda: moment)
    record.finish(Ending.COMPLETED, None)
    record.close()


def notified(tools: FakeTools) -> list[str]:
    """The text of each notification sent (title and body)."""
    return [" | ".join(call["args"][-2:]) for call in tools.calls("notify-send")]


def test_a_routine_due_today_is_named_with_the_command_that_starts_it(
    cli: Cli, tools: FakeTools
) -> None:
    done(2)

    result = cli("remind", "--notify")

    assert result.exit_code == 0 and result.output == ""
    assert notified(tools) == ["selfcare | Time for low-back: selfcare start low-back"]
    assert tools.args("notify-send")[0][:2] == ["--app-name=selfcare", "--"]


def test_nothing_is_sent_when_todays_session_is_done(cli: Cli, tools: FakeTools) -> None:
    done(3)
    done(0.1)

    for routine in ([], ["low-back"]):
        result = cli("remind", "--notify", *routine)
        assert result.exit_code == 0 and result.output == ""

    assert notified(tools) == []


def test_nothing_is_sent_on_a_day_the_schedule_leaves_free(cli: Cli, tools: FakeTools) -> None:
    done(1)  # three times a week: the next one is tomorrow

    assert cli("remind", "--notify").exit_code == 0

    assert notified(tools) == []


def test_a_practice_run_today_is_not_todays_session(cli: Cli, tools: FakeTools) -> None:
    done(2)
    done(0.1, speed=10)

    assert cli("remind", "--notify").exit_code == 0

    assert notified(tools) == ["selfcare | Time for low-back: selfcare start low-back"]


MY_OWN = """\
format: selfcare/1
id: my-own
title: My own
phases:
  - kind: stabilize
    steps:
      - id: breathing
        name: Breathing
        hold: 30
"""


def own_routine(home: Path, text: str = MY_OWN) -> None:
    folder = home / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "my-own.yaml").write_text(text, encoding="utf-8")


def test_every_routine_due_is_named_in_one_notification(
    cli: Cli, tools: FakeTools, selfcare_home: Path
) -> None:
    own_routine(selfcare_home)
    done(2)
    done(1, "my-own")  # no schedule: due each day it is not done

    assert cli("remind", "--notify").exit_code == 0

    assert notified(tools) == [  # the one done last first
        "selfcare | Time for my-own: selfcare start my-own\n"
        "Time for low-back: selfcare start low-back"
    ]


def test_a_routine_named_is_due_though_never_done(cli: Cli, tools: FakeTools) -> None:
    done(0.1)  # low-back is done today; the reminder is for the quick one

    assert cli("remind", "--notify", "low-back-quick").exit_code == 0

    assert notified(tools) == ["selfcare | Time for low-back-quick: selfcare start low-back-quick"]


@pytest.mark.parametrize(("routine", "named"), [([], "low-back"), (["neck"], "neck")])
def test_without_any_history_the_routine_named_or_low_back_is_due(
    cli: Cli, tools: FakeTools, routine: list[str], named: str
) -> None:
    assert cli("remind", "--notify", *routine).exit_code == 0

    assert notified(tools) == [f"selfcare | Time for {named}: selfcare start {named}"]


def test_after_a_pause_of_weeks_the_routine_done_last_is_due(cli: Cli, tools: FakeTools) -> None:
    done(60, "low-back")
    done(40, "pelvic-girdle-care")

    assert cli("remind", "--notify").exit_code == 0

    assert notified(tools) == [
        "selfcare | Time for pelvic-girdle-care: selfcare start pelvic-girdle-care"
    ]


def test_the_notification_speaks_the_persons_language(
    cli: Cli, tools: FakeTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELFCARE_LANG", "ja")

    assert cli("remind", "--notify", "low-back").exit_code == 0

    assert notified(tools) == ["selfcare | low-back の時間です: selfcare start low-back"]


def test_a_failing_notifier_is_one_line_on_stderr_and_exit_1(cli: Cli, tools: FakeTools) -> None:
    tools.fail("notify-send")

    result = cli("remind", "--notify")

    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "Error: notify-send failed: notify-send: simulated failure of everything." in (
        result.stderr
    )


def test_a_damaged_history_is_one_line_on_stderr_and_exit_1(cli: Cli, tools: FakeTools) -> None:
    path = database_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, " * 512)

    result = cli("remind", "--notify")

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert notified(tools) == []


def test_without_a_notifier_it_says_what_to_install(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_tools(tmp_path, monkeypatch, ("crontab",))
    as_system(tmp_path, monkeypatch, "linux")

    result = cli("remind", "--notify")

    assert result.exit_code == 1
    assert "install libnotify-bin for notify-send" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_powershell_literal_doubles_every_kind_of_single_quote() -> None:
    assert powershell_string("it's ‘x’") == "'it''s ‘‘x’’'"


def test_a_routine_whose_file_broke_or_went_is_not_reminded_of(
    cli: Cli, tools: FakeTools, selfcare_home: Path
) -> None:
    own_routine(selfcare_home, MY_OWN.replace("hold: 30", "hold: thirty"))
    done(2)
    done(1, "my-own")
    done(1, "gone")  # no file at all

    assert cli("remind", "--notify").exit_code == 0

    assert notified(tools) == ["selfcare | Time for low-back: selfcare start low-back"]
