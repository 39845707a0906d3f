"""The session screen as a person on the mat sees it, and the sounds and words they hear.

The real program runs in a pseudo-terminal; pyte turns what it sends into the screen's rows.
Fake audio and speech programs on PATH write down every sound and every spoken text.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")

pytestmark = [pytest.mark.pty]

SIZES = [(80, 24), (100, 30), (160, 45), (220, 60)]
GET_READY_FILL = "▒"  # the band's pattern while a step gets ready
DIGITS = "█"
PAUSED_FILL = "▓"
WORDS = {
    "en": {
        "get_ready": "Get ready",
        "paused": "Paused",
        "left_first": "left side (the leg you slide back) first",  # bird-dog's side_means
        "equipment": "You will need: a towel",
    },
    "ja": {
        "get_ready": "用意",
        "paused": "一時停止中",
        "left_first": "左側（後ろへ伸ばす脚）から",
        "equipment": "用意するもの: タオル",
    },
}

# Sounds and words: each fake program appends one line per call to the log it is named after.
FAKE_PROGRAM = """#!/bin/sh
printf '%s\\n' "$*" >> "{log}"
"""


def environment(home: Path, lang: str, fakes: Path | None = None) -> dict[str, str]:
    dropped = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("SELFCARE_") and k not in dropped
    }
    env.update(SELFCARE_HOME=str(home), SELFCARE_LANG=lang, LANG="C.UTF-8", TERM="xterm-256color")
    if fakes is not None:
        env["PATH"] = f"{fakes}{os.pathsep}{env.get('PATH', '')}"
    return env


class Screen:
    """`selfcare start` in a pseudo-terminal of a given size, read through pyte."""

    def __init__(self, home: Path, lang: str, columns: int, rows: int, *args: str) -> None:
        self.columns, self.rows = columns, rows
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)
        self.child: Any = pexpect.spawn(
            sys.executable,
            ["-m", "selfcare", "start", *args],
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
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.05))
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                return

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def text(self) -> str:
        return "\n".join(self.lines())

    def wait_for(self, needle: str, timeout: float = 15) -> None:
        end = time.monotonic() + timeout
        while needle not in self.text():
            assert time.monotonic() < end, f"{needle!r} never shown:\n{self.text()}"
            self.pump(0.1)

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


@pytest.fixture
def screens(tmp_path: Path) -> Iterator[list[Screen]]:
    opened: list[Screen] = []
    yield opened
    for screen in opened:
        screen.close()


# The first safety check of low-back-quick: tiers A and B, pregnancy, tier C, histories and
# the question about inflammatory back pain.
LOW_BACK_FIRST_CHECK = 6


def answer_first_check(screen: Screen) -> None:
    for _ in range(LOW_BACK_FIRST_CHECK):  # typed as lines, before the session screen
        screen.wait_for("[y/n]")
        screen.child.sendline("n")
        screen.screen.reset()
        screen.pump(0.3)


def start(opened: list[Screen], home: Path, lang: str, size: tuple[int, int]) -> Screen:
    """A session up to its first getting ready: safety answers typed, pain 2 by one key."""
    screen = Screen(home, lang, *size, "low-back-quick", "--speed", "0.5", "--no-sound")
    opened.append(screen)
    answer_first_check(screen)
    screen.wait_for("0")  # the pain question, on the session screen
    screen.send("2")
    screen.wait_for(WORDS[lang]["equipment"])  # what to have at hand, then a key
    screen.send(" ")
    screen.wait_for(WORDS[lang]["get_ready"])
    screen.pump(0.5)
    return screen


def is_band(line: str, fill: str, columns: int) -> bool:
    """A row of the state band: the fill across (nearly) the whole width of the content."""
    return line.count(fill) >= 0.8 * min(columns - 4, 110) - 12


def digit_rows(lines: list[str], fill: str, columns: int) -> list[int]:
    """Rows of the big countdown: the fill, but not as a band across the screen."""
    return [i for i, line in enumerate(lines) if fill in line and not is_band(line, fill, columns)]


def band_rows(lines: list[str], fill: str, columns: int) -> list[int]:
    return [i for i, line in enumerate(lines) if is_band(line, fill, columns)]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{c}x{r}" for c, r in SIZES])
def test_the_countdown_fills_the_screen_centred_under_a_thick_state_band(
    screens: list[Screen], tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    columns, rows = size
    screen = start(screens, tmp_path / "home", lang, size)
    lines = screen.lines()
    start_column, end_column = countdown_span(columns)  # the picture beside it has █ too
    digits = digit_rows([line[:end_column] for line in lines], DIGITS, columns)
    band = band_rows(lines, GET_READY_FILL, columns)
    assert len(digits) >= 5, screen.text()  # never smaller than five rows
    if rows >= 45:
        assert len(digits) >= rows / 3, screen.text()  # a third of the screen, or more
    assert len(band) == 3 and band == list(range(band[0], band[0] + 3)), screen.text()
    assert WORDS[lang]["get_ready"] in lines[band[1]]
    left = min(lines[i].index(DIGITS) for i in digits)
    right = max(lines[i][:end_column].rindex(DIGITS) for i in digits)
    # centred across (a "1" has its ink on the right, so allow a little), or across its own
    # column where the step's picture stands beside it
    centre = (start_column + end_column) / 2
    assert abs((left + right) / 2 - centre) <= max(3, columns * 0.05), screen.text()


def countdown_span(columns: int) -> tuple[int, int]:
    """The columns the countdown is centred in: the screen, or its own column where the
    step's picture stands beside it."""
    from selfcare.session.views import live, screen_parts

    if columns - 4 < live.WIDE_WIDTH:
        return 0, columns
    inner = min(columns - 4, live.MAX_WIDE_WIDTH)
    picture = min(live.MAX_PICTURE_COLUMNS, int(inner * live.PICTURE_SHARE))
    left = (columns - inner) // 2
    return left, left + inner - picture - screen_parts.GAP


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_pause_keeps_the_countdown_frozen_under_a_large_paused_band(
    screens: list[Screen], tmp_path: Path, lang: str
) -> None:
    screen = start(screens, tmp_path / "home", lang, (100, 30))

    screen.send(" ")
    screen.wait_for(WORDS[lang]["paused"])
    frozen = screen.lines()
    screen.pump(2.5)  # more than a second of the session's time at this speed

    assert screen.lines() == frozen
    assert len(digit_rows(frozen, PAUSED_FILL, 100)) >= 5, screen.text()  # pause sign and digits


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_step_done_on_each_side_names_the_side_as_it_gets_ready(
    screens: list[Screen], tmp_path: Path, lang: str
) -> None:
    screen = start(screens, tmp_path / "home", lang, (100, 30))

    screen.send("n")  # drawing-in
    screen.pump(0.5)
    screen.send("n")  # glute bridge; bird-dog is done on each side
    screen.wait_for(WORDS[lang]["left_first"])


ENLARGE = [("en", "Make the window larger"), ("ja", "ウィンドウ")]


@pytest.mark.parametrize(("lang", "advice"), ENLARGE)
def test_below_the_smallest_size_the_screen_says_to_enlarge_it_and_keeps_the_countdown(
    screens: list[Screen], tmp_path: Path, lang: str, advice: str
) -> None:
    # --yes at a terminal still asks the first check and pain: answered, then the steps run.
    screen = Screen(tmp_path / "home", lang, 44, 14, "low-back-quick", "--yes", "--speed", "0.5")
    screens.append(screen)
    answer_first_check(screen)
    screen.wait_for("0")  # the pain question, on the session screen
    screen.send("2")

    screen.wait_for(advice)
    assert any(line.strip().isdigit() for line in screen.lines()), screen.text()


# --- sounds and words ----------------------------------------------------------------------

ONE_STEP = """\
format: selfcare/1
id: one-step
title: One step
get_ready: 2
phases:
  - kind: stabilize
    steps:
      - id: bird-dog
        name: Bird-dog
        cues: [Reach long]
        hold: 4
        reps: 2
        rest: 2
        each_side: true
"""


def fake_programs(folder: Path, names: list[str], log: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        program = folder / name
        program.write_text(FAKE_PROGRAM.format(log=log), "utf-8")
        program.chmod(program.stat().st_mode | stat.S_IEXEC)


def test_every_change_sounds_and_the_coach_says_what_to_do(tmp_path: Path) -> None:
    fakes, sounds, words = tmp_path / "bin", tmp_path / "sounds.log", tmp_path / "words.log"
    fake_programs(fakes, ["pw-play"], sounds)
    fake_programs(fakes, ["espeak-ng"], words)
    routine = tmp_path / "one-step.yaml"
    routine.write_text(ONE_STEP, "utf-8")
    env = environment(tmp_path / "home", "en", fakes)
    command = [sys.executable, "-m", "selfcare", "start", str(routine), "--yes", "--voice"]

    done = subprocess.run(
        [*command, "--speed", "2"], env=env, capture_output=True, text=True, timeout=60
    )
    time.sleep(0.3)  # the last fake programs may still be writing

    assert done.returncode == 0, done.stderr
    played = [Path(line.split()[-1]).stem for line in sounds.read_text().splitlines()]
    hold = ["hold", "tick", "tick", "tick"]
    side = [*hold, "rest", *hold]  # two reps with a rest between them
    # The last two start together: their programs may write in either order.
    assert played[:-2] == [*side, "switch", *side]
    assert sorted(played[-2:]) == ["session-end", "step-end"]
    said = [line.split(" ", 2)[2] for line in words.read_text().splitlines()]  # -v en TEXT
    count = ["Hold", "3", "2", "1"]
    assert said == [
        "Next: Bird-dog. left side first. Reach long",
        *count,
        "Rest",
        *count,
        "Switch to the right side",
        *count,
        "Rest",
        *count,
        "Session complete.",
    ]


def test_the_last_three_seconds_of_a_hold_are_drawn_inverted_in_the_same_rows() -> None:
    import io

    from rich.console import Console

    from selfcare.routine.discovery import resolve
    from selfcare.routine.plan import SegmentKind
    from selfcare.session.ports import Frame
    from selfcare.session.views.live import LiveView

    plan = resolve("low-back-quick")
    hold = next(segment for segment in plan if segment.kind is SegmentKind.WORK)
    console = Console(file=io.StringIO(), width=100, height=30, color_system=None)
    view = LiveView(console, plan.routine)

    def drawn(remaining: int) -> list[str]:
        with console.capture() as captured:
            console.print(view.render(Frame(hold, remaining, 0.5, 0.1, 300, False, 1)))
        return captured.get().splitlines()

    before, last = drawn(4), drawn(3)
    solid = [line for line in last if line.strip().startswith("█" * 10) and line.count("█") > 20]

    assert len(before) == len(last)
    cues = [line for line in before if "Breathe" in line]
    assert cues == [line for line in last if "Breathe" in line]
    assert solid  # a solid block with the 3 cut out of it
    assert [i for i, line in enumerate(before) if "rep 1/" in line] == [
        i for i, line in enumerate(last) if "rep 1/" in line
    ]


QUARTER_BLOCKS = set("▘▝▀▖▌▞▛▗▚▐▜▄▙▟")  # the figure's dots; the countdown is whole blocks
STOP_WORDS = {"en": "Stop at once", "ja": "めまいを感じたら"}


def joined(lines: list[str]) -> str:
    """The screen's text with its line breaks undone (a Japanese line breaks mid-phrase)."""
    return "".join(line.strip() for line in lines)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_on_a_wide_screen_the_steps_figure_stands_beside_the_countdown(
    screens: list[Screen], tmp_path: Path, lang: str
) -> None:
    screen = start(screens, tmp_path / "home", lang, (160, 45))
    lines = screen.lines()
    _, end_column = countdown_span(160)
    beside = [line[end_column:] for line in lines]
    drawn = [i for i, part in enumerate(beside) if set(part) & QUARTER_BLOCKS]

    assert len(drawn) >= 6, screen.text()  # a figure, not a stray character
    digits = digit_rows([line[:end_column] for line in lines], DIGITS, 160)
    assert digits[0] <= drawn[0] and drawn[-1] <= digits[-1], screen.text()  # beside it
    assert STOP_WORDS[lang] in joined(lines)  # the safety text stays


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_on_a_small_screen_the_figure_gives_way_before_the_safety_text(
    screens: list[Screen], tmp_path: Path, lang: str
) -> None:
    screen = start(screens, tmp_path / "home", lang, (80, 24))
    text = screen.text()

    assert not set(text) & QUARTER_BLOCKS, text
    assert STOP_WORDS[lang] in joined(screen.lines()), text
    assert len(digit_rows(screen.lines(), DIGITS, 80)) >= 5, text


def test_the_moving_figure_redrawn_alone_matches_the_whole_screen_drawn_again() -> None:
    """Between seconds only the figure's cells are written; they must land where a whole
    drawing puts them, at every size the picture takes."""
    import io

    from rich.console import Console

    from selfcare.routine.discovery import resolve
    from selfcare.routine.plan import SegmentKind
    from selfcare.session.ports import Frame
    from selfcare.session.views.live import LiveView

    plan = resolve("low-back")
    rep = next(s for s in plan if s.step == "glute-bridge" and s.kind is SegmentKind.WORK)
    for columns, rows in [(160, 45), (120, 50), (220, 60)]:

        def screen_after(*elapsed: float, size: tuple[int, int] = (columns, rows)) -> list[str]:
            output = io.StringIO()
            console = Console(file=output, width=size[0], height=size[1], force_terminal=True)
            view = LiveView(console, plan.routine)
            with view.running():
                for seconds in elapsed:
                    view.show(Frame(rep, 5, 0.2, 0.1, 600, False, 4, elapsed=seconds))
            shown = pyte.Screen(*size)
            shown.set_mode(pyte.modes.LNM)
            pyte.ByteStream(shown).feed(output.getvalue().encode())
            return list(shown.display)

        moved = screen_after(0.0, 0.5)  # drawn whole at 0 s, the figure alone at 0.5 s
        whole = screen_after(0.5)
        assert moved == whole, f"{columns}x{rows}"
        assert moved != screen_after(0.0), f"{columns}x{rows}: the figure did not move"
