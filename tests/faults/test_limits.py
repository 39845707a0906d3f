"""Hostile input that once gave a traceback: each is one clear line, exit code 1 where it is an
error, and a record left consistent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli

pytestmark = pytest.mark.timeout(120)


def selfcare(home: Path, *args: str, **options: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SELFCARE_HOME": str(home), "SELFCARE_LANG": "en"}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "selfcare", *args],
        env=env,
        text=True,
        timeout=60,
        check=False,
        **streams,
    )


def closed_stdin() -> None:
    os.close(0)  # in the child, before selfcare starts: as `<&-` does


@pytest.mark.parametrize("yes", [True, False])
def test_a_session_with_standard_input_closed_runs_or_says_why(tmp_path: Path, yes: bool) -> None:
    extra = ["--yes"] if yes else []
    args = ("start", "low-back-quick", "--speed", "1000", "--no-sound", *extra)

    result = selfcare(tmp_path, *args, stdin=None, preexec_fn=closed_stdin)

    assert "Traceback" not in result.stderr
    if yes:  # unattended: nothing to ask
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 1
        assert "input ended while a question was waiting" in result.stderr


def test_a_pain_answer_of_thousands_of_digits_is_asked_again(tmp_path: Path) -> None:
    answers = "n\n" * 6 + "9" * 5000 + "\n2\n2\nn\n2\n"

    result = selfcare(tmp_path, "start", "low-back-quick", "--speed", "1000", input=answers)

    assert "Traceback" not in result.stderr
    assert "Please type a whole number from 0 to 10." in result.stdout
    assert result.returncode == 0


def test_a_path_too_long_for_the_system_is_reported_not_raised(cli: Cli, tmp_path: Path) -> None:
    long_path = tmp_path / ("a" * 300 + ".yaml")

    result = cli("validate", long_path)

    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "1 error(s)" in result.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_standard_output_is_one_clear_error(tmp_path: Path) -> None:
    with Path("/dev/full").open("w") as full:
        result = selfcare(tmp_path, "export", "low-back", "--out", "-", stdout=full)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "No space left on device" in result.stderr


def test_history_takes_any_limit_and_any_date(cli: Cli, tmp_path: Path) -> None:
    env = {"SELFCARE_HOME": str(tmp_path / "home")}
    run = cli("start", "low-back-quick", "--yes", "--no-sound", "--speed", "1000", env=env)
    assert run.exit_code == 0

    # --all: a run at --speed is practice, left out of history without it.
    huge = cli("history", "--all", "--csv", "--limit", str(2**63), env=env)
    ancient = cli("history", "--all", "--json", "--since", "0001-01-01", env=env)

    assert huge.exit_code == 0 and len(huge.stdout.splitlines()) == 2  # header and the session
    assert ancient.exit_code == 0 and '"routine": "low-back-quick"' in ancient.stdout
