"""A prescription's session in a real pseudo-terminal, at speed 1: what to have at hand, reps at
your own pace moved on by keys, and the video as a terminal link while a step gets ready.

Most tests run a routine built in code (`prescription_session.py`, with a short lead-in); one
runs a routine file through `selfcare start FILE`. pyte turns what the program sends into the
screen's rows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")

pytestmark = [
    pytest.mark.pty,
    pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX"),
]

SCRIPT = Path(__file__).with_name("prescription_session.py")
GENERAL_FIRST_CHECK = 5  # the first safety check of a general routine, typed as lines
VIDEO = "https://example.com/videos/sit-to-stand"


def environment(home: Path, lang: str) -> dict[str, str]:
    dropped = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("SELFCARE_") and k not in dropped
    }
    env.update(SELFCARE_HOME=str(home), SELFCARE_LANG=lang, LANG="C.UTF-8", TERM="xterm-256color")
    return env


class Screen:
    """The session in a pseudo-terminal of a given size, read through pyte."""

    def __init__(self, home: Path, lang: str, columns: int, rows: int, *args: str) -> None:
        """The routine built in code, or with `args`, `selfcare ARGS`."""
        self.home, self.lang = home, lang
        command = ["-m", "selfcare", *args] if args else [str(SCRIPT), "--lead-in", "3"]
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)
        self.raw: list[str] = []  # everything sent, escape sequences included
        self.child: Any = pexpect.spawn(
            sys.executable,
            command,
            env=environment(home, lang),
            dimensions=(rows, columns),
            encoding="utf-8",
            codec_errors="replace",
            timeout=20,
        )

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                data = self.child.read_nonblocking(65536, timeout=0.05)
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                return
            self.raw.append(data)
            self.stream.feed(data)

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, needle: str, timeout: float = 15) -> None:
        end = time.monotonic() + timeout
        while needle not in self.text():
            assert time.monotonic() < end, f"{needle!r} never shown:\n{self.text()}"
            self.pump(0.1)

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def to_the_first_step(self) -> None:
        """The safety check typed as lines, then pain 2 by one key on the session screen."""
        for _ in range(GENERAL_FIRST_CHECK):
            self.wait_for("[y/n]")
            self.child.sendline("n")
            self.screen.reset()
            self.pump(0.3)
        self.wait_for("0 = none" if self.lang == "en" else "0 = なし")
        self.send("2")

    def end(self) -> None:
        """After q in the first step: the last pain question skipped (Enter), and the program
        ends (no step on record, so no note is asked for)."""
        self.wait_for("Enter to skip" if self.lang == "en" else "Enter で省略")
        self.send("\r")
        self.child.expect(pexpect.EOF)

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


@pytest.fixture
def screens() -> Iterator[list[Screen]]:
    opened: list[Screen] = []
    yield opened
    for screen in opened:
        screen.close()


def history(home: Path) -> list[dict[str, Any]]:
    shown = subprocess.run(
        [sys.executable, "-m", "selfcare", "history", "--json", "--all"],
        env=environment(home, "en"),
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    sessions: list[dict[str, Any]] = json.loads(shown.stdout)
    return sessions


def digit_rows(text: str) -> list[str]:
    """The rows of the big digits: the band is solid too, but as wide as the screen."""
    rows = [row.strip() for row in text.split("\n")]
    return [row for row in rows if row and set(row) <= {"█", " "} and len(row) < 40]


def test_reps_at_your_own_pace_move_on_by_keys_and_the_record_keeps_the_step(
    screens: list[Screen], tmp_path: Path
) -> None:
    screen = Screen(tmp_path / "home", "en", 80, 24)
    screens.append(screen)
    screen.to_the_first_step()

    screen.wait_for("You will need: a towel, a chair")
    assert "Enter or space: continue" in screen.text()
    screen.send(" ")
    screen.wait_for("Get ready")
    screen.wait_for("rep 1 of 10")
    assert "At your own pace" in screen.text()
    assert "space/Enter next rep · p pause · n skip · b back" in screen.text()
    screen.pump(2)
    assert "rep 1 of 10" in screen.text()  # a rep waits for its key

    screen.send(" ")
    screen.wait_for("rep 2 of 10")
    screen.send("\r")
    screen.wait_for("rep 3 of 10")
    three = digit_rows(screen.text())
    assert three[:2] == ["████████████", "████████████"]  # a big 3 (size 2), not seconds
    assert three[2:4] == ["████", "████"]

    screen.send("p")
    screen.wait_for("Paused")
    screen.send(" ")  # resumes: not a rep
    screen.wait_for("At your own pace")
    assert "rep 3 of 10" in screen.text()

    screen.send(" " * 8)  # reps 3 to 10
    screen.wait_for("Rest")
    screen.wait_for("rep 1 of 10", timeout=10)  # the rest between sets ran its 5 s
    assert "set 2/2" in screen.text()
    screen.send(" " * 10)
    screen.wait_for("Before loosening")
    screen.send("2")
    screen.wait_for("Still tight?")
    screen.send("n")
    screen.wait_for("Last question")
    screen.send("0")
    screen.child.expect("Anything to tell your practitioner")
    screen.child.sendline("")
    screen.child.expect(pexpect.EOF)

    [session] = history(tmp_path / "home")
    assert session["status"] == "completed"
    step = session["steps"][0]
    assert (step["step"], step["status"]) == ("sit-to-stand", "done")
    assert 8 <= step["seconds"] < 60  # 3 s to get ready, the 5 s rest, the reps as pressed


def test_the_rep_and_its_keys_in_japanese(screens: list[Screen], tmp_path: Path) -> None:
    screen = Screen(tmp_path / "home", "ja", 80, 24)
    screens.append(screen)
    screen.to_the_first_step()
    screen.wait_for("用意するもの: タオル、椅子")
    screen.send("\r")
    screen.wait_for("10回中 1回目")
    screen.send(" ")
    screen.wait_for("10回中 2回目")

    assert "自分のペースで" in screen.text()
    assert "スペース/Enter 次の回" in screen.text()
    screen.send("q")
    screen.wait_for("セッションを終了しますか")
    screen.send("y")
    screen.end()


def test_the_video_is_a_link_the_terminal_can_open_while_the_step_gets_ready(
    screens: list[Screen], tmp_path: Path
) -> None:
    screen = Screen(tmp_path / "home", "en", 160, 45)
    screens.append(screen)
    screen.to_the_first_step()
    screen.wait_for("You will need")
    screen.send(" ")
    screen.wait_for("Get ready")
    screen.wait_for(f"Video: {VIDEO}")

    sent = "".join(screen.raw)
    assert f";{VIDEO}\x1b\\" in sent and "\x1b]8;;\x1b\\" in sent  # OSC 8 around the address
    assert "✗ Knees falling inwards" in screen.text()
    screen.send("q")
    screen.wait_for("End the session now?")
    screen.send("y")
    screen.end()


TINY = """\
format: selfcare/1
id: tiny-own-pace
title: Tiny own pace
area: general
get_ready: 3
equipment: [a chair]
phases:
  - kind: stabilize
    steps:
      - id: sit-to-stand
        name: Sit to stand
        pace: own
        reps: 3
        tempo: 2
      - id: side-stretch
        name: Side stretch
        hold: 2
        side: right
        side_means: the side you stretch
"""


def test_a_routine_file_with_a_step_at_your_own_pace_runs_rep_by_rep(
    screens: list[Screen], tmp_path: Path
) -> None:
    routine = tmp_path / "tiny-own-pace.yaml"
    routine.write_text(TINY, encoding="utf-8")
    screen = Screen(tmp_path / "home", "en", 80, 24, "start", str(routine), "--no-sound")
    screens.append(screen)
    screen.to_the_first_step()
    screen.wait_for("You will need: a chair")
    screen.send("\r")

    screen.wait_for("rep 1 of 3", timeout=25)  # after 15 s to get from the keyboard to the mat
    screen.send(" ")
    screen.wait_for("rep 2 of 3")
    screen.send(" ")
    screen.wait_for("rep 3 of 3")
    screen.send(" ")
    screen.wait_for("Get ready · right side (the side you stretch)")
    screen.wait_for("Hold · right side (the side you stretch)")
    screen.wait_for("Last question")
    screen.send("0")
    screen.child.expect("Anything to tell your practitioner")
    screen.child.sendline("")
    screen.child.expect(pexpect.EOF)

    [session] = history(tmp_path / "home")
    steps = [(step["step"], step["status"], step["side"]) for step in session["steps"]]
    assert steps == [("sit-to-stand", "done", None), ("side-stretch", "done", "right")]
