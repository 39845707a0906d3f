"""Keyboard input for the session: single keys without Enter, whole lines for answers, and
what each key means.

The terminal goes into cbreak mode once for the whole session (raw mode would break Rich's
newlines and Ctrl-C) and `select` waits for a key with a timeout. The terminal's settings are
always restored, whatever ends the session. selfcare runs on POSIX systems (Linux, macOS).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import termios
import time
import tty
from collections.abc import Iterator
from enum import StrEnum
from types import TracebackType
from typing import Any, TextIO


class Key(StrEnum):
    """What a key asks the session to do."""

    PAUSE = "pause"
    REP = "rep"  # a rep at your own pace is done: on to the next
    NEXT = "next"
    BACK = "back"
    WORSE = "worse"
    QUIT = "quit"  # asks first
    INTERRUPT = "interrupt"  # Ctrl-C: ends at once
    HELP = "help"


KEY_BINDINGS: dict[str, Key] = {
    " ": Key.PAUSE,
    "p": Key.PAUSE,
    "n": Key.NEXT,
    "right": Key.NEXT,
    "b": Key.BACK,
    "left": Key.BACK,
    "w": Key.WORSE,
    "q": Key.QUIT,
    "ctrl-c": Key.INTERRUPT,
    "?": Key.HELP,
    "h": Key.HELP,
}
# During a rep at your own pace the big key counts: space (or Enter) is the next rep, and p
# pauses. A person on the mat reaches over and hits the widest key without looking.
OWN_PACE_BINDINGS: dict[str, Key] = {**KEY_BINDINGS, " ": Key.REP, "enter": Key.REP}

_SEQUENCES = {
    "\x1b[C": "right",
    "\x1b[D": "left",
    "\x1bOC": "right",
    "\x1bOD": "left",
    "\x03": "ctrl-c",
    "\r\n": "enter",
    "\r": "enter",
    "\n": "enter",
    "\x7f": "backspace",
    "\x08": "backspace",
}


def decode_keys(data: str) -> list[str]:
    """Split what the terminal sent into key names ("n", " ", "left", ...)."""
    keys: list[str] = []
    index = 0
    while index < len(data):
        for sequence, name in _SEQUENCES.items():
            if data.startswith(sequence, index):
                keys.append(name)
                index += len(sequence)
                break
        else:
            char = data[index]
            if char == "\x1b":  # an escape sequence we do not use: skip it whole
                index += 1
                if data.startswith("O", index):  # SS3 (F1-F4, keypad arrows): one letter follows
                    index += 1
                while index < len(data) and not data[index].isalpha() and data[index] != "~":
                    index += 1
            elif char.isprintable():
                keys.append(char.lower())
            index += 1
    return keys


@contextlib.contextmanager
def _terminal_gone_as_os_error() -> Iterator[None]:
    """A terminal that has gone (a closed window) fails termios calls with termios.error, which
    is not an OSError: raise it as one, the error the session treats as a lost terminal."""
    try:
        yield
    except termios.error as error:
        raise OSError(*error.args) from error


class TerminalKeys:
    """Keys from the controlling terminal; a context manager that restores it on exit."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdin
        self.fd = self.stream.fileno()
        self.saved: list[Any] | None = None
        self.pending: list[str] = []
        self.reading_line = False  # a typed answer: the terminal's own line mode, for now
        self.previous_on_continue: Any = None

    def __enter__(self) -> TerminalKeys:
        self.saved = termios.tcgetattr(self.fd)
        # TCSANOW: keys typed just before the session are kept, not flushed.
        tty.setcbreak(self.fd, termios.TCSANOW)
        # After Ctrl-Z and `fg` the shell gives the terminal back in line mode: single keys again.
        self.previous_on_continue = signal.signal(signal.SIGCONT, self._continued)
        return self

    def _continued(self, number: int, frame: Any) -> None:
        if not self.reading_line:
            with contextlib.suppress(termios.error, OSError):
                tty.setcbreak(self.fd, termios.TCSANOW)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.restore()

    def restore(self) -> None:
        if self.previous_on_continue is not None:
            signal.signal(signal.SIGCONT, self.previous_on_continue)
            self.previous_on_continue = None
        if self.saved is not None:
            # A terminal that is gone (window closed) has nothing left to restore.
            with contextlib.suppress(termios.error, OSError):
                termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)

    def read(self, timeout: float) -> str | None:
        if self.pending:
            return self.pending.pop(0)
        data = self._read_raw(timeout)
        if data:
            self.pending.extend(decode_keys(data))
        return self.pending.pop(0) if self.pending else None

    def discard_waiting(self) -> None:
        """Drop the keys pressed before now: a double Enter at the last rep, or a key pressed
        during the countdown, is not the answer to a question not yet seen."""
        self.pending.clear()
        if self.saved is not None:
            with contextlib.suppress(termios.error, OSError):
                termios.tcflush(self.fd, termios.TCIFLUSH)

    def _read_raw(self, timeout: float) -> str:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return ""
        raw = os.read(self.fd, 64)
        return raw.decode("utf-8", errors="ignore")

    def read_line(self) -> str | None:
        """A whole line typed with the terminal's normal editing; None at end of input."""
        self.pending.clear()
        if self.saved is not None:
            with _terminal_gone_as_os_error():
                # Keys pressed during the countdown are not an answer to a question not yet seen.
                termios.tcflush(self.fd, termios.TCIFLUSH)
                termios.tcsetattr(self.fd, termios.TCSANOW, self.saved)
                self.reading_line = True
                try:
                    line = self.stream.readline()
                finally:
                    self.reading_line = False
                    tty.setcbreak(self.fd, termios.TCSANOW)
        else:
            line = self.stream.readline()
        return line if line else None


class LineInput:
    """Answers read as lines from a stream that is not a terminal; no keys mid-session."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdin

    def read(self, timeout: float) -> str | None:
        time.sleep(max(0.0, timeout))
        return None

    def read_line(self) -> str | None:
        line = self.stream.readline()
        return line if line else None
