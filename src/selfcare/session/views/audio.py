"""Short chimes at every change of a session, played by the system's audio player.

The player runs in the background and is never waited for, so a sound never delays the clock.
Without a player the terminal bell stands in.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import IO

from selfcare.i18n.language import t

# Inside the package, so an installed wheel carries it (hatchling ships non-Python files too).
SOUNDS = Path(__file__).resolve().parents[2] / "sounds"

# In order of preference: PipeWire, PulseAudio, ALSA, macOS. Each takes the WAV file last.
PLAYERS: tuple[tuple[str, ...], ...] = (("pw-play",), ("paplay",), ("aplay", "-q"), ("afplay",))


class Cue(StrEnum):
    """A moment of a session that has a sound of its own; the value names its WAV file."""

    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"
    STEP_END = "step-end"
    SESSION_END = "session-end"
    TICK = "tick"

    @property
    def path(self) -> Path:
        """The shipped WAV file of this cue."""
        return SOUNDS / f"{self.value}.wav"


def end_process(process: subprocess.Popen[bytes], *, grace: float = 1.0) -> None:
    """Ask `process` to end, and make it if it has not within `grace` seconds."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def find_player() -> list[str] | None:
    """The command (without the file) of the first audio player on PATH, or None."""
    return next((list(command) for command in PLAYERS if shutil.which(command[0])), None)


class Chimes:
    """Plays a cue's sound without waiting for it, or rings the bell when there is no player."""

    def __init__(
        self, player: Sequence[str] | None, stream: IO[str] | None, *, enabled: bool
    ) -> None:
        self.player = list(player) if player else None
        self.stream = stream
        self.enabled = enabled
        self.playing: list[subprocess.Popen[bytes]] = []

    def play(self, cue: Cue) -> None:
        """Start the cue's sound and return at once; a sound still playing goes on under it."""
        if not self.enabled:
            return
        if self.player is None:
            # A bell per tick would ring three times in three seconds on every hold: a bell storm.
            # No stream: the output is a pipe or a log, where nobody would hear a bell.
            if cue is not Cue.TICK and self.stream is not None:
                with suppress(OSError):
                    self.stream.write("\a")
                    self.stream.flush()
            return
        # Forget the sounds that have ended, which also reaps their processes.
        self.playing = [process for process in self.playing if process.poll() is None]
        try:
            process = subprocess.Popen(
                [*self.player, str(cue.path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return  # a player that vanished or cannot run costs a sound, never the session
        self.playing.append(process)

    def stop(self) -> None:
        """End every sound still playing (each is under a second, so this waits very little)."""
        for process in self.playing:
            end_process(process)
        self.playing = []

    def describe(self) -> str:
        """One line telling the user what they will hear."""
        if not self.enabled:
            return t("sound.off")
        if self.player is None:
            return t("sound.bell")
        return t("sound.player", player=self.player[0])
