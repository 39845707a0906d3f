"""`selfcare report` on the command line: where it writes, what it refuses, and in which words."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from report_history import write_history

from conftest import Cli
from selfcare.history.record import begin_session
from selfcare.history.store import connect
from selfcare.paths import database_path
from selfcare.session.outcomes import Ending, ScreenKind, ScreenResult, StopReason

TODAY = datetime.now().astimezone().date()
DEFAULT_NAME = f"report-{TODAY.isoformat()}"


@pytest.fixture
def start(selfcare_home: Path) -> date:
    return write_history(selfcare_home, TODAY)


def test_the_report_is_written_here_by_default_named_by_the_date(
    cli: Cli, start: date, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("report")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {DEFAULT_NAME}.html\n"
    page = (tmp_path / f"{DEFAULT_NAME}.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Home exercise report" in page
    assert not list(tmp_path.glob(".*.tmp"))  # written whole: no temporary file left


def test_a_folder_given_to_out_gets_the_default_name_and_a_missing_one_is_refused(
    cli: Cli, start: date, tmp_path: Path
) -> None:
    result = cli("report", "--format", "json", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / f"{DEFAULT_NAME}.json").read_text("utf-8"))
    assert data["routines"][0]["routine"] == "low-back"
    missing = cli("report", "--out", tmp_path / "reports")
    assert missing.exit_code == 1
    assert "There is no folder" in missing.stderr and ".html" in missing.stderr
    assert not (tmp_path / "reports").exists()


def test_the_json_goes_to_standard_output_with_a_dash(cli: Cli, start: date) -> None:
    result = cli("report", "--format", "json", "--out", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["period"]["until"] == TODAY.isoformat()


def test_a_pdf_cannot_go_to_standard_output(cli: Cli, start: date) -> None:
    result = cli("report", "--format", "pdf", "--out", "-")
    assert result.exit_code == 2
    assert "standard output" in result.stderr


@pytest.mark.parametrize("since", ["2026-02-30", "yesterday", "20260301", "2026-3-1", ""])
def test_a_since_that_is_not_a_day_is_refused_in_one_line(
    cli: Cli, start: date, since: str
) -> None:
    result = cli("report", "--since", since)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # no traceback
    assert result.stderr.startswith("Error: --since must be a date written YYYY-MM-DD")
    assert len(result.stderr.splitlines()) == 1


def test_a_since_after_today_is_refused(cli: Cli, start: date) -> None:
    result = cli("report", "--since", str(TODAY + timedelta(days=1)))
    assert result.exit_code == 1
    assert "is after today" in result.stderr


def test_an_empty_history_has_nothing_to_report(cli: Cli) -> None:
    result = cli("report")
    assert result.exit_code == 1
    assert "no sessions in the history yet" in result.stderr


def test_a_period_without_sessions_says_when_the_last_one_was(cli: Cli, start: date) -> None:
    result = cli("report", "--since", str(TODAY - timedelta(days=1)))
    assert result.exit_code == 1
    last = start + timedelta(days=32)
    assert f"the last was on {last.isoformat()}" in result.stderr
    assert "earlier --since" in result.stderr


def test_an_unknown_routine_names_the_routines_in_the_history(cli: Cli, start: date) -> None:
    result = cli("report", "--routine", "low-bak")
    assert result.exit_code == 1
    assert "No sessions of 'low-bak' in the history" in result.stderr
    assert "low-back, low-back-quick" in result.stderr


def test_a_routine_done_only_before_the_period_says_when_it_was_last_done(
    cli: Cli, start: date
) -> None:
    since = start + timedelta(days=27)  # low-back-quick was last done on day 26
    result = cli("report", "--routine", "low-back-quick", "--since", str(since))
    assert result.exit_code == 1
    assert "No sessions of 'low-back-quick'" in result.stderr
    assert f"its last was on {(start + timedelta(days=26)).isoformat()}" in result.stderr


def test_a_damaged_history_is_said_as_such(cli: Cli, selfcare_home: Path) -> None:
    path = database_path(selfcare_home)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all, " * 100)
    result = cli("report")
    assert result.exit_code == 1
    assert "is damaged" in result.stderr
    assert isinstance(result.exception, SystemExit)


def test_the_report_in_japanese_uses_japanese_words_and_fonts(cli: Cli, start: date) -> None:
    result = cli("report", "--lang", "ja", "--out", "-")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert '<html lang="ja">' in page
    for words in ("自宅での運動の記録", "確認が必要な安全チェックの回答", "週ごとのセッション"):
        assert words in page
    assert "今日か明日のうちに医師の診察が必要な症状" in page  # the tier-b answer
    assert "Noto Sans CJK JP" in page
    assert "Home exercise report" not in page and "sessions" not in page


def test_without_a_browser_the_pdf_is_refused_with_what_to_do_instead(
    cli: Cli, start: date, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    result = cli("report", "--format", "pdf", "--out", tmp_path / "r.pdf")
    assert result.exit_code == 1
    assert "No Chromium or Google Chrome found" in result.stderr
    assert "--format html" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_a_warning_sign_alone_still_makes_a_report(cli: Cli, selfcare_home: Path) -> None:
    # A practice run stopped by the safety check: no session counts, but the answer does.
    with closing(connect(database_path(selfcare_home))) as db:
        when = datetime.now(UTC) - timedelta(days=3)
        record = begin_session(db, "low-back", "Low back", "en", 600.0, 10.0, lambda: when)
        record.screen(ScreenKind.FULL, ScreenResult.EMERGENCY, "low-back")
        record.finish(Ending.STOPPED, StopReason.RED_FLAG_EMERGENCY)
    result = cli("report", "--out", "-")
    assert result.exit_code == 0, result.output
    assert "A warning sign that needs emergency help now (group A)" in result.stdout
    assert "No sessions done in this period." in result.stdout
