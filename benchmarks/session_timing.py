"""Clock drift and CPU use of a real session countdown.

Runs a generated routine of known length at speed 1 through the real runner, the real
full-screen view (drawing into a pseudo-terminal) and the real key reader (waiting on that
terminal with select), then reports the drift of the wall time against the plan and the CPU
seconds used per second of countdown, with the chimes and the voice on (every sound and text
started as a process, as in a session) and the step's figure moving beside the countdown on a
160x45 screen. Usage:
python benchmarks/session_timing.py [--seconds N] [--quiet]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TextIO

from rich.console import Console

from selfcare.routine.discovery import check_file
from selfcare.routine.plan import Plan, plan_session
from selfcare.session.keys import TerminalKeys
from selfcare.session.ports import MonotonicClock
from selfcare.session.runner import SessionRunner
from selfcare.session.views.audio import Chimes, find_player
from selfcare.session.views.live import LiveView
from selfcare.session.views.sound import CueingView
from selfcare.session.views.voice import Voice, find_speaker

ROUTINE = """\
format: selfcare/1
id: timing
title: Timing
get_ready: 3
phases:
  - kind: stabilize
    steps:
      - id: hold
        name: Hold
        figure: [hook-lying, bridge-top]
        hold: {hold}
        reps: {reps}
        rest: 2
        sets: 2
        set_rest: 4
        each_side: true
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60, help="rough length of the countdown")
    parser.add_argument("--quiet", action="store_true", help="no sound and no voice")
    args = parser.parse_args()
    # Per side: 3 s get-ready (or switch), 2 sets of 3 holds with 2 s rests between them,
    # 4 s between the sets: 6 * hold + 15 seconds, so the whole plan is 12 * hold + 30.
    reps = 3
    hold = max(1, round((args.seconds - 30) / 12))
    with TemporaryDirectory() as folder:
        path = Path(folder) / "timing.yaml"
        path.write_text(ROUTINE.format(hold=hold, reps=reps), "utf-8")
        routine = check_file(path).routine
        assert routine is not None
    plan = plan_session(routine)
    planned = plan.total_seconds

    controller, terminal = os.openpty()
    screen = os.fdopen(terminal, "w", encoding="utf-8", closefd=False)
    keyboard = os.fdopen(terminal, "r", encoding="utf-8", closefd=False)
    console = Console(file=screen, force_terminal=True, width=160, height=45)
    live = LiveView(console, routine)
    draws = _count_draws(live)
    # The terminal's side: another process reads what is drawn, as a terminal would, so
    # neither a full buffer nor the reading counts against the session's CPU.
    reader = subprocess.Popen(["cat"], stdin=controller, stdout=subprocess.DEVNULL)
    with TemporaryDirectory() as programs:
        # The real chimes and voice, each sound and text started as a process as in a session;
        # stand-in programs where the machine has no audio player or speech program.
        fakes = _stand_ins(Path(programs))
        os.environ["PATH"] = f"{os.environ['PATH']}{os.pathsep}{fakes}"
        player, speaker = find_player(), find_speaker()
        chimes = Chimes(player, None, enabled=not args.quiet)
        voice = None if args.quiet or speaker is None else Voice(speaker)
        view = CueingView(live, routine, chimes, voice)
        heard = "off" if args.quiet else player
        print(f"sound: {heard}; voice: {'off' if voice is None else speaker}")
        wall, cpu = _run(plan, view, keyboard)
        if voice is not None:
            voice.stop()
    print(f"planned countdown   {planned:.0f} s ({len(plan)} segments)")
    print(f"wall time           {wall:.3f} s")
    print(f"drift               {(wall - planned) * 1000:+.1f} ms")
    print(f"CPU                 {cpu:.3f} s = {cpu / wall * 100:.2f}% of one core")
    print(f"CPU per second      {cpu / wall * 1000:.2f} ms per second of countdown")
    print(f"screen drawn        {draws['screen']} times; figure alone {draws['figure']} times")
    reader.terminate()


def _count_draws(live: LiveView) -> dict[str, int]:
    """Counts whole-screen drawings and figure-only ones, to show the figure really moved."""
    counts = {"screen": 0, "figure": 0}
    draw, draw_picture = live._draw, live._draw_picture

    def counted_draw() -> None:
        counts["screen"] += 1
        draw()

    def counted_picture(level: int) -> None:
        counts["figure"] += 1
        draw_picture(level)

    live._draw = counted_draw  # type: ignore[method-assign]
    live._draw_picture = counted_picture  # type: ignore[method-assign]
    return counts


def _stand_ins(folder: Path) -> Path:
    for name in ("pw-play", "espeak-ng"):
        program = folder / name
        program.write_text("#!/bin/sh\nexit 0\n", "utf-8")
        program.chmod(0o755)
    return folder


def _run(plan: Plan, view: CueingView, keyboard: TextIO) -> tuple[float, float]:
    with TerminalKeys(keyboard) as keys, view.running():
        runner = SessionRunner(plan, MonotonicClock(), keys, view)
        wall_start, cpu_start = time.monotonic(), time.process_time()
        runner.run()
        return time.monotonic() - wall_start, time.process_time() - cpu_start


if __name__ == "__main__":
    main()
