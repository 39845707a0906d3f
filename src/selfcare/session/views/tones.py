"""Soft chimes for a session's sound cues, synthesised with the standard library alone.

`python -m selfcare.session.views.tones [OUTDIR]` writes them as WAV files (44.1 kHz, mono,
16-bit). The copies shipped in `selfcare/sounds/` are made this way, byte for byte: a test
regenerates them and compares, so change a chime here and run this again.
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
FULL_SCALE = 32_767
ATTACK = 0.006  # seconds: short enough to sound struck, long enough not to click
FADE_OUT = 0.2  # of the length: every sound glides to silence, so it never clicks or stops short


def pitch(semitones_from_a4: int) -> float:
    """The equal-tempered frequency (Hz) a number of semitones above A4 (440 Hz)."""
    return 440.0 * math.pow(2.0, semitones_from_a4 / 12)


A4, C5, E5, G5, C6, C7 = (pitch(n) for n in (0, 3, 7, 10, 15, 27))


@dataclass(frozen=True)
class Note:
    """One struck note of a chime."""

    start: float
    """Seconds from the beginning of the sound."""
    frequency: float
    """Hz of the sine; a quieter octave above it fades twice as fast, for a bell-like warmth."""
    decay: float
    """Seconds for the note to fall to 1/e of its loudness."""
    level: float = 1.0
    """Loudness relative to the chime's other notes."""
    attack: float = ATTACK
    """Seconds of the smooth rise from silence."""


@dataclass(frozen=True)
class Chime:
    """A whole cue: its notes, its length and how loud its loudest sample is."""

    duration: float
    """Seconds, including the fade to silence."""
    notes: tuple[Note, ...]
    """The notes, each ringing until the end."""
    peak: float = 0.5
    """Loudest sample as a fraction of full scale: 0.5 is -6 dBFS."""


# Keys are the file stems, the values of `audio.Cue`; all notes are in C major.
CHIMES: dict[str, Chime] = {
    # A rising fourth: "go".
    "hold": Chime(0.45, (Note(0.0, G5, 0.12), Note(0.11, C6, 0.16))),
    # One low, slow-rising note, quieter than the rest: "ease off".
    "rest": Chime(0.4, (Note(0.0, A4, 0.18, attack=0.015),), peak=0.35),
    # Ding-dong-ding between two notes: "the other side".
    "switch": Chime(0.42, (Note(0.0, E5, 0.09), Note(0.12, C5, 0.09), Note(0.24, E5, 0.1))),
    # An arpeggio up to the octave: "done".
    "step-end": Chime(0.5, (Note(0.0, E5, 0.14), Note(0.09, G5, 0.14), Note(0.18, C6, 0.18))),
    # The full chord, struck from the bottom, left to ring: "all done".
    "session-end": Chime(
        0.6,
        (
            Note(0.0, C5, 0.3),
            Note(0.07, E5, 0.3),
            Note(0.14, G5, 0.3),
            Note(0.21, C6, 0.3, level=0.8),
        ),
    ),
    # A crisp, very short high blip for the last seconds of a hold.
    "tick": Chime(0.15, (Note(0.0, C7, 0.012, attack=0.0015),), peak=0.4),
}


def render(chime: Chime) -> array[int]:
    """The chime's samples as signed 16-bit integers."""
    length = round(chime.duration * RATE)
    mix = [0.0] * length
    for note in chime.notes:
        first = round(note.start * RATE)
        for i in range(first, length):
            t = (i - first) / RATE
            rise = 0.5 - 0.5 * math.cos(math.pi * t / note.attack) if t < note.attack else 1.0
            phase = 2.0 * math.pi * note.frequency * t
            tone = math.sin(phase) + 0.2 * math.sin(2.0 * phase) * math.exp(-t / note.decay)
            mix[i] += note.level * rise * math.exp(-t / note.decay) * tone
    fade = round(FADE_OUT * length)
    for k in range(fade):
        mix[length - fade + k] *= 0.5 + 0.5 * math.cos(math.pi * (k + 1) / fade)
    scale = chime.peak * FULL_SCALE / max(abs(x) for x in mix)
    return array("h", (round(x * scale) for x in mix))


def wav_bytes(chime: Chime) -> bytes:
    """The chime as the bytes of a WAV file's frames (little-endian, as WAV requires)."""
    samples = render(chime)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def write_all(folder: Path) -> list[Path]:
    """Write every chime into `folder` as `<name>.wav`; the same bytes on every run."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, chime in CHIMES.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(wav_bytes(chime))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    """Write the chimes into OUTDIR, by default the package's own sounds folder."""
    from selfcare.session.views.audio import SOUNDS

    parser = argparse.ArgumentParser(
        prog="python -m selfcare.session.views.tones", description=main.__doc__
    )
    parser.add_argument("outdir", nargs="?", type=Path, default=SOUNDS)
    args = parser.parse_args(argv)
    for path in write_all(args.outdir):
        print(f"{path}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
