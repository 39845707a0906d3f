"""Keyboard input: what the terminal sends becomes key names; the terminal is always restored."""

from __future__ import annotations

import os
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import pytest

from selfcare.session.keys import LineInput, TerminalKeys, decode_keys

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


@pytest.mark.parametrize(
    ("sent", "keys"),
    [
        (" ", [" "]),
        ("n", ["n"]),
        ("N", ["n"]),  # caps lock on
        ("b", ["b"]),
        ("w", ["w"]),
        ("q", ["q"]),
        ("?", ["?"]),
        ("\x1b[C", ["right"]),
        ("\x1b[D", ["left"]),
        ("\x1bOC", ["right"]),  # arrows in application cursor mode
        ("\x1bOD", ["left"]),
        ("\x03", ["ctrl-c"]),
        ("n \x1b[Cq", ["n", " ", "right", "q"]),  # several keys in one read
    ],
)
def test_keys_the_session_uses_are_named(sent: str, keys: list[str]) -> None:
    assert decode_keys(sent) == keys


@pytest.mark.parametrize(
    "sent",
    [
        "\x1b[A",  # up
        "\x1b[B",  # down
        "\x1b[5~",  # page up
        "\x1b[1;5C",  # ctrl + right
        "\x1b[200~",  # start of a bracketed paste
        "\x1bOA",  # up, application cursor mode
        "\x1bOB",  # down, application cursor mode: must not read as "b" (back)
        "\x1bOP",  # F1
        "\x1bOQ",  # F2: must not read as "q" (quit)
        "\x1b",  # escape alone
        "\t",  # tab
    ],
)
def test_other_keys_and_escape_sequences_are_ignored(sent: str) -> None:
    assert decode_keys(sent) == []


def test_enter_and_backspace_have_names_for_the_questions_on_the_session_screen() -> None:
    assert decode_keys("\r\n") == ["enter"]
    assert decode_keys("1\r") == ["1", "enter"]
    assert decode_keys("\x7f\x08") == ["backspace", "backspace"]


def test_a_key_after_an_ignored_sequence_still_counts() -> None:
    assert decode_keys("\x1b[Aq\x1bOBn") == ["q", "n"]


# --- the terminal ----------------------------------------------------------------------------


@pytest.fixture
def terminal() -> Iterator[tuple[int, TextIO]]:
    """A pseudo-terminal: the master end (what a person types into) and the slave as stdin."""
    master, slave = os.openpty()
    try:
        with os.fdopen(slave, encoding="utf-8") as stream:
            yield master, stream
    finally:
        os.close(master)


def mode(stream: TextIO) -> list[Any]:
    return termios.tcgetattr(stream.fileno())


def line_mode(stream: TextIO) -> bool:
    """Whether the terminal waits for Enter (canonical mode) before input can be read."""
    return bool(mode(stream)[3] & termios.ICANON)


@posix_only
def test_the_terminal_is_in_cbreak_mode_during_the_session_and_restored_after(
    terminal: tuple[int, TextIO],
) -> None:
    _, stream = terminal
    before = mode(stream)

    with TerminalKeys(stream):
        assert not line_mode(stream)  # keys arrive without Enter
        assert not mode(stream)[3] & termios.ECHO  # and are not echoed over the countdown

    assert mode(stream) == before


@posix_only
def test_the_terminal_is_restored_when_the_session_fails(terminal: tuple[int, TextIO]) -> None:
    _, stream = terminal
    before = mode(stream)

    with pytest.raises(RuntimeError, match="boom"), TerminalKeys(stream):
        raise RuntimeError("boom")

    assert mode(stream) == before


@posix_only
def test_the_terminal_is_restored_after_ctrl_c(terminal: tuple[int, TextIO]) -> None:
    _, stream = terminal
    before = mode(stream)

    with pytest.raises(KeyboardInterrupt), TerminalKeys(stream):
        raise KeyboardInterrupt

    assert mode(stream) == before


@posix_only
def test_keys_typed_are_read_one_at_a_time_and_a_quiet_wait_gives_none(
    terminal: tuple[int, TextIO],
) -> None:
    master, stream = terminal
    with TerminalKeys(stream) as keys:
        assert keys.read(0) is None
        os.write(master, b"n\x1b[C ")
        assert [keys.read(1), keys.read(1), keys.read(1)] == ["n", "right", " "]
        assert keys.read(0) is None


@posix_only
def test_an_answer_is_read_as_a_whole_line_and_cbreak_comes_back_after(
    terminal: tuple[int, TextIO],
) -> None:
    master, stream = terminal

    def answer_once_the_question_waits() -> None:
        while not line_mode(stream):
            time.sleep(0.001)
        os.write(master, b"7\n")

    with TerminalKeys(stream) as keys:
        os.write(master, b"q")
        assert keys.read(1) == "q"
        os.write(master, b"n")  # pressed during the countdown, not seen yet
        typist = threading.Thread(target=answer_once_the_question_waits, daemon=True)
        typist.start()
        assert keys.read_line() == "7\n"  # the stray "n" did not become the answer
        typist.join(5)
        assert not line_mode(stream)


@posix_only
def test_end_of_input_at_a_question_reads_as_none(terminal: tuple[int, TextIO]) -> None:
    master, stream = terminal

    def press_ctrl_d_once_the_question_waits() -> None:
        # Ctrl-D means end of input only in line mode, so wait until the question switched to it.
        while not line_mode(stream):
            time.sleep(0.001)
        os.write(master, b"\x04")

    with TerminalKeys(stream) as keys:
        typist = threading.Thread(target=press_ctrl_d_once_the_question_waits, daemon=True)
        typist.start()
        assert keys.read_line() is None
        typist.join(5)


def test_answers_from_a_pipe_are_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.txt"
    path.write_text("n\n3\n", encoding="utf-8")
    with path.open(encoding="utf-8") as file:
        lines = LineInput(file)
        assert [lines.read_line(), lines.read_line(), lines.read_line()] == ["n\n", "3\n", None]
        assert lines.read(0) is None  # no keys from a pipe
