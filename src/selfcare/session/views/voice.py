"""Speech in the current language, through a text-to-speech program or the Open JTalk worker.

It never waits, so speech never delays the clock: a program is started per text, and Open JTalk
(for Japanese that reads kanji) runs in one long-lived worker process fed one line per text.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import unicodedata
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from types import TracebackType

from selfcare.i18n.language import Language, current_language, t
from selfcare.session.views.audio import end_process, find_player
from selfcare.session.views.speech_worker import FINISH

# Debian's `open-jtalk-mecab-naist-jdic`; pyopenjtalk would otherwise try to download one.
DEBIAN_DICTIONARY = Path("/var/lib/mecab/dic/open-jtalk/naist-jdic")
# Where pyopenjtalk keeps the dictionary it downloaded itself, inside its package.
PACKAGE_DICTIONARY = "open_jtalk_dic_utf_8-1.11"
WORKER_MODULE = "selfcare.session.views.speech_worker"
# Far longer than any step name; keeps one line under PIPE_BUF, so it is written whole.
MAX_TEXT = 500


class Speaker(StrEnum):
    """A way of speaking; the value is the program's name (or the engine's, for Open JTalk)."""

    OPEN_JTALK = "open-jtalk"
    SAY = "say"
    SPD_SAY = "spd-say"
    ESPEAK_NG = "espeak-ng"
    ESPEAK = "espeak"

    @property
    def spells_kanji(self) -> bool:
        """True for the eSpeak family, which reads kanji out as their Chinese names."""
        return self in (Speaker.ESPEAK_NG, Speaker.ESPEAK)


# In order of preference. For Japanese, the eSpeak family comes last: it spells kanji.
ENGLISH_SPEAKERS = (Speaker.ESPEAK_NG, Speaker.ESPEAK, Speaker.SPD_SAY, Speaker.SAY)
JAPANESE_SPEAKERS = (
    Speaker.OPEN_JTALK,
    Speaker.SAY,
    Speaker.SPD_SAY,
    Speaker.ESPEAK_NG,
    Speaker.ESPEAK,
)


def open_jtalk_dictionary() -> Path | None:
    """The Open JTalk dictionary folder pyopenjtalk will use offline, or None."""
    if chosen := os.environ.get("OPEN_JTALK_DICT_DIR"):
        return Path(chosen) if Path(chosen).is_dir() else None
    if DEBIAN_DICTIONARY.is_dir():
        return DEBIAN_DICTIONARY
    spec = importlib.util.find_spec("pyopenjtalk")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / PACKAGE_DICTIONARY).is_dir():
            return Path(folder) / PACKAGE_DICTIONARY
    return None


def open_jtalk_available() -> bool:
    """Whether pyopenjtalk, a dictionary and an audio player are all here (nothing is imported)."""
    return (
        importlib.util.find_spec("pyopenjtalk") is not None
        and open_jtalk_dictionary() is not None
        and find_player() is not None
    )


def _available(speaker: Speaker) -> bool:
    if speaker is Speaker.OPEN_JTALK:
        return open_jtalk_available()
    return shutil.which(speaker.value) is not None


def find_speaker() -> Speaker | None:
    """The best way to speak the current language here, or None."""
    order = JAPANESE_SPEAKERS if current_language() is Language.JA else ENGLISH_SPEAKERS
    return next((speaker for speaker in order if _available(speaker)), None)


def install_advice() -> str:
    """How to install speech for the current language on this platform, as lines to show."""
    japanese = current_language() is Language.JA
    if sys.platform == "darwin":
        return (
            f"{t('voice.install_say')}\n{t('voice.install_kyoko')}"
            if japanese
            else t("voice.install_say")
        )
    return t("voice.install_open_jtalk") if japanese else t("voice.install_espeak")


def missing_voice_advice() -> str:
    """The message to show when find_speaker() found nothing: what is missing and how to add it."""
    return f"{t('voice.missing')}\n{install_advice()}"


def speakable(text: str) -> str:
    """Text made safe to hand on: one line that no program can take for an option."""
    # Control characters include newlines, which would split one text into two in the worker.
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text[:MAX_TEXT])
    text = " ".join(text.split()).lstrip("- ")
    return text or "."


class Voice:
    """Speaks short texts in the background; a new text interrupts the one still speaking.

    Use stop() (or `with`) when the session ends: it silences speech and ends the worker.
    """

    def __init__(self, speaker: str) -> None:
        self.speaker = Speaker(speaker)
        self.current: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        if self.speaker is Speaker.OPEN_JTALK:
            # Started now, so the engine loads while the session is still asking its questions.
            self.worker = self._start_worker()

    def __enter__(self) -> Voice:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def command(self, text: str) -> list[str]:
        """The command line that speaks `text` (Open JTalk has none: its worker speaks)."""
        # Routine text is untrusted: a leading "-" must never reach the program as an option.
        text = speakable(text)
        lang = current_language()
        if self.speaker in (Speaker.ESPEAK_NG, Speaker.ESPEAK):
            return [self.speaker.value, "-v", lang.value, text]
        if self.speaker is Speaker.SPD_SAY:
            return ["spd-say", "-l", lang.value, text]
        if self.speaker is Speaker.SAY:
            return ["say", "-v", "Kyoko", text] if lang is Language.JA else ["say", text]
        raise ValueError(f"{self.speaker.value} speaks through its worker, not a command")

    def say(self, text: str) -> None:
        """Start speaking `text` and return at once."""
        if self.speaker is Speaker.OPEN_JTALK:
            self._send(speakable(text))
            return
        self._silence()
        try:
            self.current = subprocess.Popen(
                self.command(text),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self.current = None

    def stop(self) -> None:
        """Silence what is being said and end the worker, if there is one."""
        self._silence()
        worker, self.worker = self.worker, None
        if worker is None:
            return
        if worker.stdin is not None:
            # The end of its input tells the worker to silence its player and leave.
            worker.stdin.close()
        try:
            worker.wait(timeout=1)
        except subprocess.TimeoutExpired:
            end_process(worker)

    def finish(self) -> None:
        """Let the last text be said to its end without waiting for it: the session is over."""
        self.current = None  # a speech program goes on by itself
        worker, self.worker = self.worker, None
        if worker is not None and worker.stdin is not None:
            with suppress(OSError):
                os.write(worker.stdin.fileno(), f"{FINISH}\n".encode())
                worker.stdin.close()

    def _silence(self) -> None:
        if self.current is not None and self.current.poll() is None:
            self.current.terminate()
        self.current = None

    def _start_worker(self) -> subprocess.Popen[bytes] | None:
        env = dict(os.environ)
        if dictionary := open_jtalk_dictionary():
            # Must be set before pyopenjtalk is imported, or it goes to download one.
            env["OPEN_JTALK_DICT_DIR"] = str(dictionary)
        try:
            worker = subprocess.Popen(
                [sys.executable, "-m", WORKER_MODULE, *(find_player() or [])],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                bufsize=0,
            )
        except OSError:
            return None
        assert worker.stdin is not None
        # A worker that has stopped reading must cost a text, never the clock.
        os.set_blocking(worker.stdin.fileno(), False)
        return worker

    def _send(self, line: str) -> None:
        if self.worker is None or self.worker.stdin is None:
            return
        # A full pipe or a worker that has died: this text is not spoken.
        with suppress(OSError):
            os.write(self.worker.stdin.fileno(), f"{line}\n".encode())
