"""`selfcare show` draws each step's pictures on a terminal, and only there."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from conftest import SAMPLE_ROUTINE, localized
from selfcare.routine.discovery import resolve
from test_cli_help import run_selfcare

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

# Rich takes stdout for a terminal with TTY_COMPATIBLE=1; COLORTERM gives it true colour.
TERMINAL = {"TTY_COMPATIBLE": "1", "COLORTERM": "truecolor", "TERM": "xterm-256color"}
WIDE = {**TERMINAL, "COLUMNS": "110"}
NARROW = {**TERMINAL, "COLUMNS": "72"}

# drawing-in moves from one pose to another; knee-to-chest holds one.
MOVING = SAMPLE_ROUTINE.replace(
    "        hold: 10\n", "        figure: [hook-lying, bridge-top]\n        hold: 10\n", 1
).replace("        hold: 20\n", "        figure: knee-to-chest\n        hold: 20\n", 1)

# knee-to-chest has a photo as well as its figure
WITH_PHOTO = MOVING.replace(
    "figure: knee-to-chest\n", "figure: knee-to-chest\n        image: pose.png\n"
)

DOTS = re.compile("[\u2801-\u28ff]")  # a braille cell with at least one dot
PANEL = re.compile("[\u2800-\u28ff]{20}")  # a row of one picture: 20 braille cells
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def plain(text: str) -> str:
    return ESCAPE.sub("", text)


def figure_lines(text: str) -> list[str]:
    return [line for line in plain(text).splitlines() if PANEL.search(line)]


def test_a_terminal_shows_each_steps_figures_beside_its_text(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(MOVING), env=WIDE)

    assert result.exit_code == 0, result.output
    lines = plain(result.stdout).splitlines()
    heading = next(line for line in lines if line.startswith("Drawing-in"))
    assert PANEL.search(heading)  # the pictures start on the step's first line, to its right
    assert max(len(line) for line in lines) <= 110
    start, end = next(
        (line.index("Start"), line.index("End"))
        for line in lines
        if "Start" in line and "End" in line
    )
    assert start < end  # captioned, start then end
    assert any("→" in line and DOTS.search(line) for line in lines)
    assert sum(bool(DOTS.search(line)) for line in lines) >= 8  # the figures have dots
    # Two pictures for the moving step, one for the still one.
    knee = next(line for line in lines if line.startswith("Knee to chest"))
    assert len(PANEL.findall(heading)) == 2 and len(PANEL.findall(knee)) == 1


def test_a_narrow_terminal_shows_the_pictures_under_the_steps_name(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(MOVING), env=NARROW)

    assert result.exit_code == 0, result.output
    lines = plain(result.stdout).splitlines()
    heading = next(number for number, line in enumerate(lines) if line.startswith("Drawing-in"))
    position = next(n for n, line in enumerate(lines) if "On your back, knees bent" in line)
    pictures = [n for n, line in enumerate(lines) if PANEL.search(line) and heading < n < position]
    assert len(pictures) == 6 and not PANEL.search(lines[heading])
    assert max(len(line) for line in lines) <= 72


def test_japanese_captions(cli: Cli, write_routine: RoutineWriter) -> None:
    result = cli("show", write_routine(MOVING), "--lang", "ja", env=WIDE)
    assert result.exit_code == 0, result.output
    assert re.search("はじめ +おわり", plain(result.stdout))


def test_no_pictures_leaves_them_out(cli: Cli, write_routine: RoutineWriter) -> None:
    path = write_routine(MOVING)
    with_pictures = cli("show", path, env=WIDE)
    result = cli("show", path, "--no-pictures", env=WIDE)

    assert result.exit_code == 0, result.output
    assert figure_lines(with_pictures.stdout) and figure_lines(result.stdout) == []
    assert "Start" in result.stdout and "End" not in plain(result.stdout)
    assert "Drawing-in 10 s × 10, rest 3 s" in " ".join(plain(result.stdout).split())


def test_plain_has_no_pictures_and_no_colours(cli: Cli, write_routine: RoutineWriter) -> None:
    result = cli("show", write_routine(MOVING), "--plain", env=WIDE)

    assert result.exit_code == 0, result.output
    assert figure_lines(result.stdout) == []
    assert "\x1b" not in result.stdout
    assert "Drawing-in 10 s × 10, rest 3 s" in " ".join(result.stdout.split())


def test_output_that_is_not_a_terminal_has_no_pictures(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(MOVING))
    assert result.exit_code == 0, result.output
    assert figure_lines(result.stdout) == [] and "Drawing-in" in result.stdout


def test_json_has_no_pictures(cli: Cli, write_routine: RoutineWriter) -> None:
    result = cli("show", write_routine(MOVING), "--json", env=WIDE)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "sample"
    assert figure_lines(result.stdout) == []


@pytest.mark.parametrize(
    ("name", "steps"), [("low-back", 12), ("low-back-quick", 6), ("pelvic-girdle-care", 7)]
)
def test_a_built_in_routine_shows_a_picture_for_every_step(cli: Cli, name: str, steps: int) -> None:
    result = cli("show", name, env=WIDE)
    assert result.exit_code == 0, result.output
    lines = plain(result.stdout).splitlines()
    names = [localized(step.name, "en") for _, step in resolve(name).routine.steps()]
    headings = [next(line for line in lines if line.startswith(f"{step}  ")) for step in names]
    assert len(headings) == steps and all(PANEL.search(line) for line in headings)


def photo(folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 30, 40)).save(out, "PNG")
    (folder / name).write_bytes(out.getvalue())


def test_a_photo_is_drawn_in_its_colours_instead_of_the_figure(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    photo(write_routine.folder, "pose.png")
    result = cli("show", write_routine(WITH_PHOTO), env=WIDE)

    assert result.exit_code == 0, result.output
    assert "48;2;200;30;40" in result.stdout  # the photo's red as a true-colour background
    knee = next(line for line in plain(result.stdout).splitlines() if "Knee to chest" in line)
    assert not PANEL.search(knee)  # the photo, not the figure


def test_without_colours_a_photo_gives_way_to_the_figure(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    photo(write_routine.folder, "pose.png")
    result = cli("show", write_routine(WITH_PHOTO), env={**WIDE, "NO_COLOR": "1"})

    assert result.exit_code == 0, result.output
    assert "48;2" not in result.stdout
    knee = next(line for line in plain(result.stdout).splitlines() if "Knee to chest" in line)
    assert PANEL.search(knee)


def test_help_names_the_new_options_in_english_and_japanese(cli: Cli, tmp_path: Path) -> None:
    english = cli("show", "--help", env={"COLUMNS": "80"}).stdout
    assert "--no-pictures" in english and "Leave out each step's pictures." in english
    assert "--plain" in english and "no colours, no pictures" in english
    japanese = run_selfcare(
        "show", "--help", environ={"SELFCARE_LANG": "ja", "COLUMNS": "80"}, home=tmp_path
    ).stdout
    assert "--no-pictures" in japanese and "各ステップの図や写真を表示しません。" in japanese
    assert "色なし、図や写真なし" in japanese
