"""The speech worker: reads one text per line and speaks only the newest, with Open JTalk.

Run as `python -m selfcare.session.views.speech_worker PLAYER...` by `Voice`, which writes lines
to its standard input. Synthesis takes about 100 ms of CPU, so it happens here and never in the
session's process. A new line silences the text being spoken; lines that waited behind a newer
one are dropped. The end of input silences everything and ends the worker.
"""

from __future__ import annotations

import importlib
import os
import select
import signal
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from selfcare.session.views.audio import end_process, find_player

# Writes the speech of a text into a WAV file.
Synthesizer = Callable[[str, Path], None]

# Speech peaks here, about as loud as the chimes, whatever level the engine gives a phrase.
PEAK = 0.5 * 32767


class NewestLine:
    """The lines of a pipe, of which only the newest waiting one is ever returned."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.ended = False

    def _read(self) -> None:
        chunk = os.read(self.fd, 65536)
        self.ended = not chunk
        self.buffer += chunk

    def pending(self) -> bool:
        """Whether a newer line (or the end of input) is waiting."""
        return self.ended or bool(select.select([self.fd], [], [], 0)[0])

    def wait(self) -> str | None:
        """Block until a line comes; return the newest waiting, or None at the end of input."""
        while b"\n" not in self.buffer and not self.ended:
            self._read()
        while not self.ended and self.pending():
            self._read()
        if self.ended:
            return None
        lines, _, self.buffer = self.buffer.rpartition(b"\n")
        return lines.rpartition(b"\n")[2].decode("utf-8", "replace").strip()


def open_jtalk() -> Synthesizer:
    """The Open JTalk synthesizer, loaded now so the first text is not late."""
    # Imported by name: pyopenjtalk is an optional extra and has no type information.
    engine = importlib.import_module("pyopenjtalk")
    engine.g2p("あ")  # loads the dictionary

    def synthesize(text: str, path: Path) -> None:
        samples, rate = engine.tts(text)
        peak = float(abs(samples).max()) or 1.0
        pcm = (samples * (PEAK / peak)).clip(-32768, 32767).astype("<i2")
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(int(rate))
            wav.writeframes(pcm.tobytes())

    return synthesize


def _silence(playing: subprocess.Popen[bytes] | None) -> None:
    if playing is not None:
        end_process(playing)


# A line of its own that no spoken text can be (they hold no control characters): say what is
# being said to its end, then leave. The session sends it after its last words.
FINISH = "\x04"
LAST_WORDS_SECONDS = 10.0


def serve(fd: int, player: Sequence[str], synthesize: Synthesizer, folder: Path) -> None:
    """Speak the newest line read from `fd` until its end, keeping WAV files in `folder`."""
    lines = NewestLine(fd)
    playing: subprocess.Popen[bytes] | None = None
    wav: Path | None = None
    count = 0
    try:
        while (text := lines.wait()) is not None:
            if text == FINISH:
                if playing is not None:
                    with suppress(subprocess.TimeoutExpired):
                        playing.wait(timeout=LAST_WORDS_SECONDS)
                break
            _silence(playing)
            playing = None
            if wav is not None:
                wav.unlink(missing_ok=True)
            if not text:
                continue
            count += 1
            wav = folder / f"speech-{count}.wav"
            try:
                synthesize(text, wav)
            except Exception:
                continue  # one text is lost, never the worker
            if lines.pending():
                continue  # a newer text came while this one was made: it wins
            try:
                playing = subprocess.Popen(
                    [*player, str(wav)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            except OSError:
                playing = None
    finally:
        _silence(playing)


def main(argv: Sequence[str] | None = None, synthesize: Synthesizer | None = None) -> int:
    """Serve standard input with the player in `argv` (else the first found) until it ends."""
    # Ctrl-C is the session's to handle; the worker ends when its input does.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(0))
    player = list(sys.argv[1:] if argv is None else argv) or find_player()
    if not player:
        return 1
    synthesize = synthesize or open_jtalk()
    with tempfile.TemporaryDirectory(prefix="selfcare-speech-") as folder:
        serve(sys.stdin.fileno(), player, synthesize, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
