"""Chimes: shipped sounds that match their generator, and played without ever holding the clock."""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import time
import wave
from pathlib import Path

import pytest

from selfcare.i18n.language import set_language
from selfcare.session.views import audio, tones
from selfcare.session.views.audio import SOUNDS, Chimes, Cue, find_player


def samples(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    return params, [
        int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, len(frames), 2)
    ]


def dominant_semitone(signal: list[int], rate: int) -> int:
    """The semitone (from A4) between A3 and A7 with the most energy, by the Goertzel algorithm."""

    def power(frequency: float) -> float:
        coefficient = 2 * math.cos(2 * math.pi * frequency / rate)
        s1 = s2 = 0.0
        for x in signal:
            s1, s2 = x + coefficient * s1 - s2, s1
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2

    return max(range(-12, 37), key=lambda n: power(440 * 2 ** (n / 12)))


def opening_and_close(path: Path) -> tuple[int, int]:
    """The dominant semitone of the first and of the last 60 ms before the fade."""
    params, signal = samples(path)
    window = round(0.06 * params.framerate)
    fade_start = round(len(signal) * (1 - tones.FADE_OUT))
    return (
        dominant_semitone(signal[:window], params.framerate),
        dominant_semitone(signal[fade_start - window : fade_start], params.framerate),
    )


def test_every_cue_has_a_shipped_sound_and_every_shipped_sound_a_cue() -> None:
    assert {path.name for path in SOUNDS.glob("*.wav")} == {cue.path.name for cue in Cue}
    assert {f"{name}.wav" for name in tones.CHIMES} == {cue.path.name for cue in Cue}


def test_the_shipped_sounds_are_exactly_what_the_generator_makes(tmp_path: Path) -> None:
    tones.main([str(tmp_path)])

    for cue in Cue:
        assert (tmp_path / cue.path.name).read_bytes() == cue.path.read_bytes(), (
            f"{cue.path.name} drifted: run `python -m selfcare.session.views.tones`"
        )


@pytest.mark.parametrize("cue", list(Cue))
def test_a_sound_is_a_short_quiet_mono_wav_that_starts_and_ends_on_silence(cue: Cue) -> None:
    params, signal = samples(cue.path)
    peak_dbfs = 20 * math.log10(max(abs(x) for x in signal) / 32768)

    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    assert 0.15 <= params.nframes / params.framerate <= 0.6
    assert -10 <= peak_dbfs <= -5, "neither inaudible nor loud enough to clip or startle"
    assert signal[0] == 0
    assert abs(signal[-1]) <= 1
    assert cue.path.stat().st_size < 60_000


def test_the_cues_sound_different_from_each_other() -> None:
    pitches = {cue: opening_and_close(cue.path) for cue in Cue}
    lengths = {cue: samples(cue.path)[0].nframes for cue in Cue}

    assert len({(pitches[cue], lengths[cue]) for cue in Cue}) == len(Cue)
    assert pitches[Cue.HOLD][1] > pitches[Cue.HOLD][0], "the hold chime rises"
    assert pitches[Cue.STEP_END][1] > pitches[Cue.STEP_END][0], "the step-end arpeggio rises"
    assert min(lengths, key=lengths.__getitem__) is Cue.TICK
    assert max(lengths, key=lengths.__getitem__) is Cue.SESSION_END
    assert all(pitches[Cue.TICK][0] > max(pitches[cue]) for cue in Cue if cue is not Cue.TICK)
    assert all(pitches[Cue.REST][0] < min(pitches[cue]) for cue in Cue if cue is not Cue.REST)


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        ({"pw-play", "paplay", "aplay", "afplay"}, ["pw-play"]),
        ({"paplay", "aplay", "afplay"}, ["paplay"]),
        ({"aplay", "afplay"}, ["aplay", "-q"]),
        ({"afplay"}, ["afplay"]),
        (set(), None),
    ],
)
def test_the_first_player_found_in_order_of_preference_is_used(
    monkeypatch: pytest.MonkeyPatch, installed: set[str], expected: list[str] | None
) -> None:
    monkeypatch.setattr(
        shutil, "which", lambda name: f"/usr/bin/{name}" if name in installed else None
    )

    assert find_player() == expected


@pytest.fixture
def fake_player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `pw-play` first on PATH that logs its arguments, then plays for two seconds."""
    log = tmp_path / "played.log"
    script = tmp_path / "pw-play"
    script.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nsleep 2\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    return log


def wait_for(path: Path, text: str, timeout: float = 5.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text():
            break
        time.sleep(0.02)
    return path.read_text() if path.exists() else ""


def test_playing_a_cue_returns_at_once_while_the_player_plays_on(fake_player: Path) -> None:
    chimes = Chimes(find_player(), io.StringIO(), enabled=True)

    started = time.perf_counter()
    chimes.play(Cue.HOLD)
    elapsed = time.perf_counter() - started

    try:
        assert elapsed < 0.5
        assert wait_for(fake_player, str(Cue.HOLD.path)).split() == [str(Cue.HOLD.path)]
        assert [process.poll() for process in chimes.playing] == [None], "still playing"
    finally:
        chimes.stop()
    assert chimes.playing == []


def test_a_new_cue_plays_over_one_still_playing_and_stop_ends_both(fake_player: Path) -> None:
    chimes = Chimes(["pw-play"], io.StringIO(), enabled=True)

    chimes.play(Cue.STEP_END)
    chimes.play(Cue.REST)
    wait_for(fake_player, str(Cue.REST.path))
    wait_for(fake_player, str(Cue.STEP_END.path))
    processes = list(chimes.playing)
    chimes.stop()

    # Both play at once: their programs may write in either order.
    played = sorted(fake_player.read_text().split())
    assert played == sorted([str(Cue.STEP_END.path), str(Cue.REST.path)])
    assert all(process.returncode is not None for process in processes)


def test_a_player_that_cannot_run_costs_the_sound_and_nothing_else(tmp_path: Path) -> None:
    stream = io.StringIO()
    chimes = Chimes([str(tmp_path / "gone")], stream, enabled=True)

    chimes.play(Cue.SESSION_END)

    assert chimes.playing == []
    assert stream.getvalue() == ""


def test_without_a_player_the_bell_rings_for_every_change_but_not_for_ticks() -> None:
    stream = io.StringIO()
    chimes = Chimes(None, stream, enabled=True)

    for cue in Cue:
        chimes.play(cue)

    assert stream.getvalue() == "\a" * (len(Cue) - 1)


@pytest.mark.parametrize("player", [["pw-play"], None])
def test_with_sound_off_nothing_plays_and_nothing_rings(
    monkeypatch: pytest.MonkeyPatch, player: list[str] | None
) -> None:
    started: list[object] = []
    monkeypatch.setattr(subprocess, "Popen", lambda *args, **kwargs: started.append(args))
    stream = io.StringIO()
    chimes = Chimes(player, stream, enabled=False)

    for cue in Cue:
        chimes.play(cue)
    chimes.stop()

    assert started == []
    assert stream.getvalue() == ""


def test_the_user_is_told_what_they_will_hear() -> None:
    stream = io.StringIO()

    assert Chimes(["paplay"], stream, enabled=True).describe() == "Chimes play through paplay."
    assert "terminal bell" in Chimes(None, stream, enabled=True).describe()
    assert Chimes(["paplay"], stream, enabled=False).describe() == "Sound is off."
    set_language("ja")
    assert Chimes(None, stream, enabled=True).describe().endswith("端末のベルを鳴らします。")


def test_the_sounds_folder_is_inside_the_package() -> None:
    assert SOUNDS.parent == Path(audio.__file__).resolve().parents[2]
    assert SOUNDS.parent.name == "selfcare"
