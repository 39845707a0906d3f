"""The memory of loosening, end to end in a real pseudo-terminal: press `w` during loosening,
start again the next day, answer the morning, and the advice stays in sight on the session
screen while the gate defaults to skipping and says why."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from test_session_pty import Terminal, answer_first_check, finish, screen

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.pty

# Short enough to run at speed 1: a practice run (--speed) is not remembered.
ROUTINE = """\
format: selfcare/1
id: tiny
title: Tiny routine
get_ready: 1
phases:
  - kind: stabilize
    steps:
      - id: drawing-in
        name: Drawing-in
        hold: 1
  - kind: loosen
    steps:
      - id: knee-hug
        name: Knee hug
        hold: 6
"""


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    opened = Terminal(tmp_path / "home")
    try:
        yield opened
    finally:
        opened.close()


def a_day_earlier(home: Path) -> None:
    """Move every session a day back, so that the next morning has come."""
    with closing(sqlite3.connect(home / "history.sqlite3")) as db, db:
        db.execute(
            "UPDATE sessions SET started_at = datetime(started_at, '-1 day'),"
            " ended_at = datetime(ended_at, '-1 day')"
        )


def test_w_during_loosening_then_the_next_start_defaults_to_skipping_and_says_why(
    terminal: Terminal, tmp_path: Path
) -> None:
    routine = tmp_path / "tiny.yaml"
    routine.write_text(ROUTINE, "utf-8")

    first = terminal.spawn("start", str(routine))
    # The first safety check of a general routine: tiers A and B, pregnancy, tier C, histories.
    answer_first_check(first, questions=5)
    first.expect_exact("from 0 to 9")
    first.send("2")
    first.expect_exact("Before loosening")
    first.send("2")
    first.expect_exact("y yes")
    first.send("y")
    first.expect_exact("Knee hug")
    first.send("w")
    first.expect_exact("Last question")
    said = " ".join(screen(first).split())
    first.send("2")
    first.expect_exact("press Enter to skip:")  # a note for the practitioner, asked at the end
    first.sendline("Knee hug pinched, stopped it")
    first.expect_exact("Noted with this session.")
    finish(first)
    assert first.exitstatus == 0
    a_day_earlier(terminal.home)

    second = terminal.spawn("start", str(routine))
    second.expect_exact("[y/n]")  # the short safety question
    second.sendline("n")
    second.expect_exact("w worse]")  # the next morning
    second.sendline("w")
    second.expect_exact("from 0 to 9")
    advice = " ".join(screen(second).split())
    second.send("2")
    second.expect_exact("Before loosening")
    second.send("2")
    second.expect_exact("Enter: no")
    shown = " ".join(screen(second).split())
    second.send("\r")
    second.expect_exact("Last question")
    second.send("2")
    second.expect_exact("press Enter to skip:")
    second.sendline("")  # no note
    finish(second)

    assert "Loosening stopped." in said  # `w` is answered on the screen, not only at the end
    assert "repeat the same dose or reduce it" in advice  # said again above the pain question
    assert second.exitstatus == 0
    assert "Loosening made things worse on" in shown
    assert "skipped by default until" in shown
    assert "Loosening held back" in screen(second)
    sessions = terminal.history()
    assert [session["loosen"] for session in sessions] == ["held-back", "stopped"]
    assert [session["note"] for session in sessions] == [None, "Knee hug pinched, stopped it"]
