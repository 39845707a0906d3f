"""`selfcare start` end to end in a real pseudo-terminal: keys, questions, interruptions, record."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

pytestmark = [
    pytest.mark.pty,
    pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX"),
]

TIMEOUT = 20
ROWS, COLUMNS = 30, 100
LEAVE_FULL_SCREEN = "\x1b[?1049l"
ENTER_FULL_SCREEN = "\x1b[?1049h"


def environment(home: Path) -> dict[str, str]:
    """The developer's environment without anything that would change language or layout."""
    dropped = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("SELFCARE_") and name not in dropped
    }
    env.update(
        SELFCARE_HOME=str(home),
        SELFCARE_LANG="en",
        LANG="C.UTF-8",
        TERM="xterm-256color",
        COLUMNS=str(COLUMNS),
        LINES=str(ROWS),
    )
    return env


class Terminal:
    """Starts `selfcare` on pseudo-terminals and reads its record; kills what is left at the end."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.children: list[Any] = []

    def spawn(self, *args: str) -> Any:
        child = pexpect.spawn(
            sys.executable,
            ["-m", "selfcare", *args],
            env=environment(self.home),
            dimensions=(ROWS, COLUMNS),
            timeout=TIMEOUT,
            encoding="utf-8",
            codec_errors="replace",
        )
        child.logfile_read = io.StringIO()  # everything the screen was sent
        self.children.append(child)
        return child

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`selfcare ARGS` with no terminal at all (pipes), as a script would run it."""
        return subprocess.run(
            [sys.executable, "-m", "selfcare", *args],
            env=environment(self.home),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )

    def history(self) -> list[dict[str, Any]]:
        # These sessions run fast (--speed): practice runs, listed only with --all.
        shown = self.run("history", "--json", "--all")
        assert shown.returncode == 0, shown.stderr
        sessions: list[dict[str, Any]] = json.loads(shown.stdout)
        return sessions

    def close(self) -> None:
        for child in self.children:
            if child.isalive():
                child.terminate(force=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    opened = Terminal(tmp_path / "home")
    try:
        yield opened
    finally:
        opened.close()


def screen(child: Any) -> str:
    text: str = child.logfile_read.getvalue()
    return text


def finish(child: Any) -> None:
    child.expect(pexpect.EOF)
    child.close()


# The first safety check of a low-back routine: tier A, pregnancy, tiers B and C, histories,
# and the question about inflammatory back pain.
LOW_BACK_FIRST_CHECK = 6


def answer_first_check(child: Any, questions: int = LOW_BACK_FIRST_CHECK) -> None:
    """Answer n to each question of the first safety check, typed as lines."""
    for _ in range(questions):
        child.expect_exact("[y/n]")
        child.sendline("n")


def answer_screen_and_pain(child: Any, pain: str) -> None:
    answer_first_check(child)  # before the session screen
    child.expect_exact("from 0 to 9")  # the pain question, on the session screen: one key
    child.send(pain)
    child.expect_exact("Enter or space: continue")  # what to have at hand: a towel
    child.send("\r")


def answer_loosen_questions_and_final_pain(child: Any, loosen: str) -> None:
    child.expect_exact("Before loosening")
    child.send("2")
    child.expect_exact("y yes")  # still needed?
    child.send(loosen)
    child.expect_exact("Last question")
    child.send("2")


def test_a_full_session_with_pause_skip_and_loosening_is_recorded_completed(
    terminal: Terminal,
) -> None:
    child = terminal.spawn("start", "low-back", "--speed", "200")
    answer_screen_and_pain(child, "2")
    child.expect_exact("step 1/")  # the session screen is up
    child.send(" ")
    child.expect_exact("Paused")
    child.send(" ")
    child.send("n")
    child.expect_exact("Skipped:")
    answer_loosen_questions_and_final_pain(child, "y")
    child.expect_exact("Session complete")
    finish(child)

    assert child.exitstatus == 0
    [session] = terminal.history()
    assert session["status"] == "completed"
    assert session["steps_skipped"] >= 1
    assert (session["pain_before"], session["pain_mid"], session["pain_after"]) == (2, 2, 2)
    assert session["loosen"] == "done"
    assert "loosen" in {step["phase"] for step in session["steps"]}
    # the questions were asked on the session screen, which was left once, at the end
    shown = screen(child)
    assert shown.rindex(LEAVE_FULL_SCREEN) > shown.rindex(ENTER_FULL_SCREEN)


def test_no_to_the_loosen_question_skips_loosening(terminal: Terminal) -> None:
    child = terminal.spawn("start", "low-back", "--speed", "200")
    answer_screen_and_pain(child, "2")
    answer_loosen_questions_and_final_pain(child, "n")
    finish(child)

    assert child.exitstatus == 0
    assert "Loosening skipped" in screen(child)
    [session] = terminal.history()
    assert (session["status"], session["loosen"]) == ("completed", "skipped")
    assert "loosen" not in {step["phase"] for step in session["steps"]}


def test_plain_yes_mode_at_a_terminal_prints_plain_lines_and_asks_the_first_check_and_pain(
    terminal: Terminal,
) -> None:
    child = terminal.spawn("start", "low-back", "--plain", "--yes", "--speed", "500")
    answer_first_check(child)  # the first check is asked in full, even with --yes
    for _ in range(3):  # pain before, before loosening and after, typed as lines
        child.expect_exact("(0-10)")
        child.sendline("2")
    finish(child)

    assert child.exitstatus == 0
    shown = screen(child)
    assert "\x1b" not in shown
    assert "Done: Slow breathing" in shown
    assert "Session complete" in shown
    assert shown.count("[y/n]") == LOW_BACK_FIRST_CHECK  # loosening is answered yes by --yes
    [session] = terminal.history()
    assert (session["status"], session["pain_before"], session["loosen"]) == (
        "completed",
        2,
        "done",
    )


def test_yes_without_a_terminal_asks_nothing(terminal: Terminal) -> None:
    done = terminal.run("start", "low-back", "--plain", "--yes", "--speed", "500")

    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "Session complete" in done.stdout
    assert "[y/n]" not in done.stdout and "(0-10)" not in done.stdout
    [session] = terminal.history()
    assert (session["status"], session["pain_before"], session["loosen"]) == (
        "completed",
        None,
        "done",
    )


def test_ctrl_c_mid_session_exits_130_and_the_record_shows_it_aborted_with_its_steps(
    terminal: Terminal,
) -> None:
    child = terminal.spawn("start", "low-back", "--speed", "20")
    answer_screen_and_pain(child, "2")
    child.expect_exact("Done:")  # the first step finished
    child.sendintr()
    finish(child)

    assert child.exitstatus == 130
    [session] = terminal.history()
    assert (session["status"], session["stop_reason"]) == ("aborted", "ctrl-c")
    assert session["steps_completed"] >= 1
    assert session["ended_at"] is not None
    shown = screen(child)
    assert shown.rindex(LEAVE_FULL_SCREEN) > shown.rindex(ENTER_FULL_SCREEN)


def test_sigterm_mid_session_ends_it_aborted(terminal: Terminal) -> None:
    child = terminal.spawn("start", "low-back", "--speed", "20")
    answer_screen_and_pain(child, "2")
    child.expect_exact("Done:")
    child.kill(signal.SIGTERM)
    finish(child)

    assert child.exitstatus == 130
    [session] = terminal.history()
    assert (session["status"], session["stop_reason"]) == ("aborted", "sigterm")
    assert session["steps_completed"] >= 1


def steps_on_disk(database: Path) -> int:
    """Steps recorded so far, read the way another program would while the session runs."""
    if not database.exists():
        return 0
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)) as db:
        try:
            count: int = db.execute("SELECT COUNT(*) FROM steps").fetchone()[0]
        except sqlite3.OperationalError:  # the tables are not there yet
            return 0
        return count


def test_kill_9_leaves_every_finished_step_on_disk_and_the_next_start_closes_the_session(
    terminal: Terminal,
) -> None:
    database = terminal.home / "history.sqlite3"
    child = terminal.spawn("start", "low-back", "--plain", "--speed", "20")
    answer_first_check(child)
    child.expect_exact("(0-10)")  # pain, typed as a line in plain mode
    child.sendline("2")
    child.expect_exact("(Enter to continue)")  # what to have at hand
    child.sendline("")
    child.expect_exact("Done:")
    deadline = time.monotonic() + TIMEOUT
    while (recorded := steps_on_disk(database)) < 1:
        assert time.monotonic() < deadline, "no step reached the database"
        time.sleep(0.02)
    child.kill(signal.SIGKILL)
    finish(child)

    assert child.signalstatus == signal.SIGKILL
    with closing(sqlite3.connect(database)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT status FROM sessions").fetchall() == [("running",)]
    assert steps_on_disk(database) >= recorded

    after = terminal.run("start", "low-back-quick", "--yes", "--speed", "1000")
    assert after.returncode == 0, after.stderr

    newest, killed = terminal.history()
    assert (newest["routine"], newest["status"]) == ("low-back-quick", "completed")
    assert (killed["status"], killed["stop_reason"]) == ("aborted", "killed")
    assert killed["steps_completed"] >= recorded


def test_advice_from_the_safety_check_stays_in_sight_on_the_session_screen(
    terminal: Terminal,
) -> None:
    child = terminal.spawn("start", "low-back-quick", "--speed", "20", "--no-sound")
    answer_first_check(child, LOW_BACK_FIRST_CHECK - 1)
    child.expect_exact("[y/n]")  # inflammatory back pain: started before 45, over 3 months
    child.sendline("y")
    child.expect_exact("[y/n]")  # 3 or more of its features
    child.sendline("y")
    child.expect_exact("from 0 to 9")

    shown = screen(child)
    on_screen = shown[shown.rindex(ENTER_FULL_SCREEN) :]
    # Said once as the check ends, and again above the pain question: the screen took over.
    assert "worth talking over with a doctor" in " ".join(on_screen.split())
    child.send("q")
    child.terminate(force=True)


def test_closing_the_terminal_at_the_last_question_keeps_the_session_completed(
    terminal: Terminal,
) -> None:
    child = terminal.spawn("start", "low-back-quick", "--speed", "200", "--no-sound")
    answer_screen_and_pain(child, "2")
    child.expect_exact("Before loosening")
    child.send("2")
    child.expect_exact("y yes")
    child.send("n")
    child.expect_exact("Last question")
    pid = child.pid
    child.close(force=False)  # the window closes: the terminal hangs up under the question
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:  # the process ends on its own
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)

    [session] = terminal.history()
    assert session["status"] == "completed"  # every step was done: the last answer is lost only
    assert session["pain_after"] is None


def test_after_ctrl_z_and_fg_single_keys_work_again(terminal: Terminal) -> None:
    import termios

    child = terminal.spawn("start", "low-back-quick", "--speed", "5", "--no-sound")
    answer_screen_and_pain(child, "2")
    child.expect_exact("step 1/")
    child.sendcontrol("z")  # stopped, as Ctrl-Z stops it
    time.sleep(0.5)
    # The shell takes the terminal back in its own line mode, and keeps it so on `fg`.
    modes = termios.tcgetattr(child.child_fd)
    modes[3] |= termios.ICANON | termios.ECHO
    termios.tcsetattr(child.child_fd, termios.TCSANOW, modes)
    os.kill(child.pid, signal.SIGCONT)
    time.sleep(0.5)

    child.send(" ")  # no Enter
    child.expect_exact("Paused")
    child.send("q")
    child.expect_exact("End the session now?")
    child.send("y")
    child.expect_exact("Enter to skip")  # the last pain question
    child.send("\r")
    finish(child)
    assert child.exitstatus == 0
