"""The terminal closed (the window shut, the laptop lid, `tmux kill-session`) at each question:
the program ends on its own, without a traceback, and the record says what happened."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from fault_tools import environment, history

pexpect = pytest.importorskip("pexpect")

pytestmark = [pytest.mark.pty, pytest.mark.timeout(60)]

LOW_BACK_FIRST_CHECK = 6


def spawn(home: Path) -> Any:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "selfcare", "start", "low-back-quick", "--speed", "200", "--no-sound"],
        env=environment(home),
        dimensions=(30, 100),
        timeout=20,
        encoding="utf-8",
        codec_errors="replace",
    )
    child.logfile_read = io.StringIO()
    return child


def up_to(child: Any, question: str) -> None:
    """Answer everything before `question` (the text that marks it on screen)."""
    answers = [("[y/n]", "n\n")] * LOW_BACK_FIRST_CHECK + [
        ("from 0 to 9", "2"),
        ("Enter or space: continue", "\r"),  # what to have at hand
        ("Before loosening", "2"),
        ("y yes", "n"),
        ("Last question", "2"),
    ]
    for shown, answer in answers:
        child.expect_exact(shown)
        if shown == question:
            return
        child.send(answer)


def closed_and_gone(child: Any) -> None:
    pid = child.pid
    child.close(force=False)  # the terminal hangs up under the question
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # the process ends on its own
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError("selfcare kept running after its terminal closed")


@pytest.mark.parametrize(
    ("question", "status", "some_steps"),
    [
        ("[y/n]", "not-started", False),  # the safety check
        ("from 0 to 9", "not-started", False),  # pain before the first step
        ("Enter or space: continue", "not-started", False),  # what to have at hand
        ("Before loosening", "aborted", True),  # pain before loosening
        ("y yes", "aborted", True),  # is loosening still needed?
        ("Last question", "completed", True),  # every step was done
    ],
)
def test_the_terminal_closed_at_a_question_leaves_a_true_record(
    tmp_path: Path, question: str, status: str, some_steps: bool
) -> None:
    child = spawn(tmp_path)
    up_to(child, question)
    closed_and_gone(child)

    assert "Traceback" not in child.logfile_read.getvalue()
    [session] = history(tmp_path)
    assert session["status"] == status
    if status != "completed":
        # the hang-up signal, or the terminal failing first
        assert session["stop_reason"] in ("sighup", "terminal-lost")
    assert (session["steps_completed"] > 0) is some_steps
