"""Answers that are not text: a byte that is not UTF-8, typed at a question or piped in, is an
answer to ask again, never a crash that leaves the record 'running'."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fault_tools import environment, history

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.timeout(60)

LOW_BACK_FIRST_CHECK = 6  # tiers A and B, pregnancy, tier C, histories, inflammatory pain


def test_a_byte_that_is_not_utf8_piped_at_a_question_is_asked_again(tmp_path: Path) -> None:
    answers = b"\xff\xfe\n" + b"n\n" * LOW_BACK_FIRST_CHECK + b"2\n\xc3\n2\nn\n2\n"

    result = subprocess.run(
        [sys.executable, "-m", "selfcare", "start", "low-back-quick", "--speed", "1000"],
        env=environment(tmp_path),
        input=answers,
        capture_output=True,
        timeout=60,
        check=False,
    )

    errors = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in errors, errors
    assert result.returncode == 0, errors
    output = result.stdout.decode("utf-8")
    assert "Please answer y or n." in output
    assert "Please type a whole number from 0 to 10." in output
    assert [session["status"] for session in history(tmp_path)] == ["completed"]


def test_a_byte_that_is_not_utf8_typed_in_a_terminal_is_asked_again(tmp_path: Path) -> None:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "selfcare", "start", "low-back-quick", "--speed", "1000", "--no-sound"],
        env=environment(tmp_path),
        dimensions=(30, 100),
        timeout=20,
        encoding="utf-8",
        codec_errors="replace",
    )
    child.logfile_read = io.StringIO()
    try:
        child.expect_exact("[y/n]")
        os.write(child.child_fd, b"\xff\n")  # as a terminal in another encoding would send
        child.expect_exact("Please answer y or n.")
        child.sendline("n")
        for _ in range(LOW_BACK_FIRST_CHECK - 1):
            child.expect_exact("[y/n]")
            child.sendline("n")
        child.expect_exact("from 0 to 9")  # the session screen: one key
        child.send("q")  # and leave: what matters is that the record is closed
        child.expect_exact("y yes")
        child.send("y")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)

    assert "Traceback" not in child.logfile_read.getvalue()
    assert [session["status"] for session in history(tmp_path)] == [
        "not-started"
    ]  # left before the first step, and closed
