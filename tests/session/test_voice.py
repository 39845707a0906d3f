"""Speech: the engine for each language, command lines, and a worker that never holds the clock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

from selfcare.i18n.language import set_language
from selfcare.session.views import voice
from selfcare.session.views.speech_worker import NewestLine
from selfcare.session.views.voice import (
    Speaker,
    Voice,
    find_speaker,
    install_advice,
    missing_voice_advice,
    speakable,
)

# A fake program logs its name, its arguments and, for a WAV given last, its duration.
FAKE_PROGRAM = """\
#!{python}
import json, sys, time, wave
entry = [sys.argv[0].rsplit("/", 1)[-1], *sys.argv[1:]]
if sys.argv[-1].endswith(".wav"):
    with wave.open(sys.argv[-1], "rb") as wav:
        entry.append(wav.getnframes() / wav.getframerate())
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(json.dumps(entry) + "\\n")
time.sleep({seconds})
"""

# A worker that synthesizes 50 ms of silence (and logs each text) instead of calling Open JTalk.
FAKE_WORKER = """\
import os, sys, wave
from selfcare.session.views import speech_worker

def synthesize(text, path):
    with open(os.environ["FAKE_SYNTHESIS_LOG"], "a", encoding="utf-8") as log:
        log.write(text + "\\n")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(48000)
        wav.writeframes(bytes(2 * 2400))

if __name__ == "__main__":
    with open(os.environ["FAKE_SYNTHESIS_LOG"], "a", encoding="utf-8") as log:
        log.write("dictionary " + os.environ.get("OPEN_JTALK_DICT_DIR", "unset") + "\\n")
    sys.exit(speech_worker.main(synthesize=synthesize))
"""

# A worker that has stopped reading its input.
STALLED_WORKER = "import time\ntime.sleep(30)\n"


class Programs:
    """A PATH holding only fake programs, and what they were asked to do."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir()
        self.log = folder / "programs.log"

    def add(self, *names: str, seconds: float = 0) -> None:
        for name in names:
            path = self.bin / name
            path.write_text(
                FAKE_PROGRAM.format(python=sys.executable, log=str(self.log), seconds=seconds)
            )
            path.chmod(0o755)

    def calls(self) -> list[list[object]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text("utf-8").splitlines()]


@pytest.fixture
def programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Programs:
    fakes = Programs(tmp_path)
    monkeypatch.setenv("PATH", str(fakes.bin))
    monkeypatch.delenv("OPEN_JTALK_DICT_DIR", raising=False)
    monkeypatch.setattr(voice, "DEBIAN_DICTIONARY", tmp_path / "no-dictionary")
    return fakes


@pytest.fixture
def fake_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Voice starts the fake worker; returns the log of what it synthesized."""
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "fake_speech_worker.py").write_text(FAKE_WORKER)
    (modules / "stalled_speech_worker.py").write_text(STALLED_WORKER)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(modules), *sys.path]))
    monkeypatch.setenv("FAKE_SYNTHESIS_LOG", str(tmp_path / "synthesis.log"))
    monkeypatch.setattr(voice, "WORKER_MODULE", "fake_speech_worker")
    return tmp_path / "synthesis.log"


def eventually(check: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize(
    ("program", "lang", "expected"),
    [
        ("espeak-ng", "en", ["espeak-ng", "-v", "en", "Switch sides"]),
        ("espeak", "en", ["espeak", "-v", "en", "Switch sides"]),
        ("spd-say", "en", ["spd-say", "-l", "en", "Switch sides"]),
        ("say", "en", ["say", "Switch sides"]),
        ("espeak-ng", "ja", ["espeak-ng", "-v", "ja", "Switch sides"]),
        ("spd-say", "ja", ["spd-say", "-l", "ja", "Switch sides"]),
        ("say", "ja", ["say", "-v", "Kyoko", "Switch sides"]),
    ],
)
def test_a_speech_program_is_run_with_the_session_language_and_the_text(
    programs: Programs, program: str, lang: str, expected: list[str]
) -> None:
    programs.add(program)
    set_language(lang)
    speaker = find_speaker()
    assert speaker == program

    with Voice(speaker) as speech:
        speech.say("Switch sides")
        assert eventually(lambda: programs.calls() != [])

    assert programs.calls() == [expected]


@pytest.mark.parametrize(
    ("installed", "english", "japanese"),
    [
        ({"espeak-ng", "espeak", "spd-say", "say"}, Speaker.ESPEAK_NG, Speaker.SAY),
        ({"espeak", "spd-say"}, Speaker.ESPEAK, Speaker.SPD_SAY),
        ({"espeak-ng", "espeak"}, Speaker.ESPEAK_NG, Speaker.ESPEAK_NG),
        ({"espeak"}, Speaker.ESPEAK, Speaker.ESPEAK),
        ({"say"}, Speaker.SAY, Speaker.SAY),
        (set(), None, None),
    ],
)
def test_each_language_gets_its_best_program_and_japanese_takes_the_espeak_family_last(
    programs: Programs,
    installed: set[str],
    english: Speaker | None,
    japanese: Speaker | None,
) -> None:
    programs.add(*installed)

    assert find_speaker() == english
    set_language("ja")
    assert find_speaker() == japanese


def test_japanese_prefers_open_jtalk_which_reads_kanji_and_english_never_uses_it(
    programs: Programs, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs.add("espeak-ng", "say")
    monkeypatch.setattr(voice, "open_jtalk_available", lambda: True)

    set_language("ja")
    assert find_speaker() is Speaker.OPEN_JTALK
    set_language("en")
    assert find_speaker() is Speaker.ESPEAK_NG


def test_only_the_espeak_family_is_flagged_for_spelling_kanji() -> None:
    assert {speaker for speaker in Speaker if speaker.spells_kanji} == {
        Speaker.ESPEAK_NG,
        Speaker.ESPEAK,
    }


def test_open_jtalk_is_found_only_with_pyopenjtalk_a_dictionary_and_a_player(
    programs: Programs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dictionary = tmp_path / "naist-jdic"
    installed = {"pyopenjtalk"}
    monkeypatch.setattr(
        "importlib.util.find_spec",
        lambda name: ModuleSpec(name, None) if name in installed else None,
    )
    set_language("ja")

    assert not voice.open_jtalk_available()  # no dictionary, no player
    dictionary.mkdir()
    monkeypatch.setattr(voice, "DEBIAN_DICTIONARY", dictionary)
    assert not voice.open_jtalk_available()  # no player
    programs.add("paplay")
    assert voice.open_jtalk_available()
    assert find_speaker() is Speaker.OPEN_JTALK
    installed.clear()
    assert not voice.open_jtalk_available()


def test_a_chosen_dictionary_folder_wins_but_must_exist(
    programs: Programs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    debian = tmp_path / "debian"
    debian.mkdir()
    monkeypatch.setattr(voice, "DEBIAN_DICTIONARY", debian)
    assert voice.open_jtalk_dictionary() == debian

    monkeypatch.setenv("OPEN_JTALK_DICT_DIR", str(tmp_path))
    assert voice.open_jtalk_dictionary() == tmp_path
    monkeypatch.setenv("OPEN_JTALK_DICT_DIR", str(tmp_path / "missing"))
    assert voice.open_jtalk_dictionary() is None


@pytest.mark.parametrize(
    "text",
    ["-f/etc/hostname", "- -f/etc/hostname", "--\n-f/etc/hostname", "\t-f/etc/hostname"],
)
def test_routine_text_never_reaches_a_speech_program_as_an_option(
    programs: Programs, text: str
) -> None:
    programs.add("espeak-ng")

    with Voice(Speaker.ESPEAK_NG) as speech:
        speech.say(text)
        assert eventually(lambda: programs.calls() != [])

    assert programs.calls() == [["espeak-ng", "-v", "en", "f/etc/hostname"]]


def test_routine_text_is_one_line_without_control_characters() -> None:
    assert speakable("Step one\nStep two\r\n\x00three\u2028four") == "Step one Step two three four"
    assert speakable("") == "."
    assert speakable("-\n-") == "."
    assert len(speakable("あ" * 10_000).encode()) < 4096  # one whole write into a pipe


def test_open_jtalk_has_no_command_line_of_its_own(fake_worker: Path) -> None:
    with Voice(Speaker.OPEN_JTALK) as speech, pytest.raises(ValueError):
        speech.command("Rest")


def test_saying_through_a_program_returns_before_it_speaks(programs: Programs) -> None:
    programs.add("espeak-ng", seconds=5)

    with Voice(Speaker.ESPEAK_NG) as speech:
        durations = []
        for count in range(5):
            started = time.perf_counter()
            speech.say(str(count))
            durations.append(time.perf_counter() - started)

    assert sorted(durations)[2] < 0.05


def test_a_worker_that_stops_reading_costs_texts_never_the_clock(
    programs: Programs, fake_worker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs.add("paplay")
    monkeypatch.setattr(voice, "WORKER_MODULE", "stalled_speech_worker")
    speech = Voice(Speaker.OPEN_JTALK)
    durations: list[float] = []

    def talk() -> None:
        # 1 MB in all: far more than a pipe holds, so a blocking write would hang here.
        for _ in range(2000):
            started = time.perf_counter()
            speech.say("あ" * 150)
            durations.append(time.perf_counter() - started)

    talker = threading.Thread(target=talk, daemon=True)
    talker.start()
    talker.join(timeout=10)
    speech.stop()

    assert not talker.is_alive(), "say() blocked on a full pipe"
    assert sum(durations) < 1
    assert sorted(durations)[len(durations) // 2] < 0.002


def test_the_worker_speaks_the_newest_text_with_the_player_and_the_debian_dictionary(
    programs: Programs, fake_worker: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs.add("pw-play", "aplay")
    dictionary = tmp_path / "naist-jdic"
    dictionary.mkdir()
    monkeypatch.setattr(voice, "DEBIAN_DICTIONARY", dictionary)
    set_language("ja")

    with Voice(Speaker.OPEN_JTALK) as speech:
        started = time.perf_counter()
        speech.say("右側に\n替えます")
        assert time.perf_counter() - started < 0.01
        assert eventually(lambda: programs.calls() != [])

    [wav] = [call[1] for call in programs.calls()]
    assert programs.calls() == [["pw-play", wav, 0.05]]
    assert fake_worker.read_text("utf-8").splitlines() == [
        f"dictionary {dictionary}",
        "右側に 替えます",
    ]


def run_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "fake_speech_worker", "aplay", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )


def test_lines_waiting_behind_a_newer_one_are_dropped(
    programs: Programs, fake_worker: Path
) -> None:
    programs.add("aplay")
    worker = run_worker()
    assert worker.stdin is not None

    worker.stdin.write(b"3\n2\n1\n")
    worker.stdin.flush()
    assert eventually(lambda: programs.calls() != [])
    worker.stdin.write(b"Rest\n")
    worker.stdin.flush()
    assert eventually(lambda: len(programs.calls()) == 2)
    worker.stdin.close()
    assert worker.wait(timeout=10) == 0

    synthesized = fake_worker.read_text("utf-8").splitlines()[1:]
    assert synthesized == ["1", "Rest"]
    assert [call[:2] for call in programs.calls()] == [["aplay", "-q"], ["aplay", "-q"]]


def test_the_end_of_input_silences_the_player_and_ends_the_worker(
    programs: Programs, fake_worker: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs.add("aplay", seconds=30)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    worker = run_worker()
    assert worker.stdin is not None
    worker.stdin.write(b"A long step name\n")
    worker.stdin.flush()
    assert eventually(lambda: programs.calls() != [])

    started = time.monotonic()
    worker.stdin.close()

    assert worker.wait(timeout=10) == 0
    assert time.monotonic() - started < 5
    assert not list(tmp_path.glob("selfcare-speech-*"))


def test_the_newest_waiting_line_is_read_whole_and_the_end_of_input_is_none() -> None:
    read_end, write_end = os.pipe()
    lines = NewestLine(read_end)

    os.write(write_end, b"one\ntwo\nthr")
    os.write(write_end, b"ee\n")
    assert lines.wait() == "three"
    assert not lines.pending()
    os.write(write_end, "右側\n".encode())
    assert lines.pending()
    assert lines.wait() == "右側"
    os.close(write_end)
    assert lines.wait() is None
    os.close(read_end)


def test_the_worker_without_a_player_ends_at_once(programs: Programs, fake_worker: Path) -> None:
    worker = subprocess.run(
        [sys.executable, "-m", "fake_speech_worker"], input=b"Rest\n", timeout=30, check=False
    )

    assert worker.returncode == 1


@pytest.mark.parametrize(
    ("platform", "lang", "expected"),
    [
        ("linux", "en", ["no text-to-speech program found", "sudo apt install espeak-ng"]),
        (
            "linux",
            "ja",
            [
                "音声合成が見つかりません",
                "sudo apt install open-jtalk-mecab-naist-jdic",
                "pipx install --force 'selfcare[voice]'",
                "pip install 'selfcare[voice]'",
            ],
        ),
        ("darwin", "en", ["no text-to-speech program found", "has `say` built in"]),
        ("darwin", "ja", ["音声合成が見つかりません", "`say`", "Kyoko", "システム設定"]),
    ],
)
def test_missing_voice_advice_names_the_install_line_for_the_platform_and_language(
    monkeypatch: pytest.MonkeyPatch, platform: str, lang: str, expected: list[str]
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    set_language(lang)

    advice = missing_voice_advice()

    assert all(part in advice for part in expected), advice
    assert advice.endswith(install_advice())
