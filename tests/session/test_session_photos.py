"""A practitioner's photos on the live screen: character cells, or the terminal's own images."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from picture_files import jpeg_bytes, write
from selfcare.routine.discovery import check_file
from selfcare.routine.plan import Plan, SegmentKind, plan_session
from selfcare.session.ports import Frame
from selfcare.session.views.live import LiveView

ROUTINE = """\
format: selfcare/1
id: photo
title: Photo
phases:
  - kind: stabilize
    steps:
      - id: bridge
        name: Bridge
        image: [photos/start.jpg, photos/top.jpg]
        figure: [hook-lying, bridge-top]
        hold: 6
        reps: 2
        rest: 4
"""
QUARTERS = set("▘▝▀▖▌▞▛▗▚▐▜▄▙▟")


@pytest.fixture
def plan(tmp_path: Path) -> Plan:
    write(tmp_path / "photos" / "start.jpg", jpeg_bytes(400, 300))
    write(tmp_path / "photos" / "top.jpg", jpeg_bytes(400, 300))
    path = tmp_path / "photo.yaml"
    path.write_text(ROUTINE, "utf-8")
    routine = check_file(path).routine
    assert routine is not None
    return plan_session(routine, lead_in_after_question=0)


def drawn(plan: Plan, environ: dict[str, str], *elapsed: float) -> str:
    """What the live screen writes for the bridge's first rep at `elapsed` seconds."""
    rep = next(segment for segment in plan if segment.kind is SegmentKind.WORK)
    output = io.StringIO()
    console = Console(
        file=output, width=160, height=45, force_terminal=True, color_system="truecolor"
    )
    with pytest.MonkeyPatch.context() as patch:
        for name in ("TERM", "TERM_PROGRAM", "LC_TERMINAL", "KITTY_WINDOW_ID", "TMUX"):
            patch.delenv(name, raising=False)
        for name, value in environ.items():
            patch.setenv(name, value)
        view = LiveView(console, plan.routine)
        with view.running():
            for seconds in elapsed:
                view.show(Frame(rep, 5, 0.2, 0.1, 60, False, None, elapsed=seconds))
    return output.getvalue()


def test_a_photo_is_drawn_in_colour_cells_where_the_terminal_has_no_image_protocol(
    plan: Plan,
) -> None:
    written = drawn(plan, {"TERM": "xterm-256color"}, 0.0)

    assert set(written) & QUARTERS or "▀" in written
    assert "\x1b_G" not in written and "\x1b]1337" not in written
    assert "48;2;" in written  # cells with the photo's colours behind the blocks


def test_in_kitty_the_photo_is_sent_once_then_only_placed_and_removed_at_the_end(
    plan: Plan,
) -> None:
    written = drawn(plan, {"TERM": "xterm-kitty"}, 0.0, 0.1)

    assert written.count("a=T,f=100") == 1  # the data goes once
    assert "\x1b_Ga=d,d=I,i=1" in written  # and is deleted when the session ends
    # The end photo replaces the start one once the rep has moved: a second image.
    moved = drawn(plan, {"TERM": "xterm-kitty"}, 0.0, 3.0)
    assert moved.count("a=T,f=100") == 2


def test_in_iterm2_the_photo_is_written_after_each_whole_drawing(plan: Plan) -> None:
    written = drawn(plan, {"TERM_PROGRAM": "iTerm.app"}, 0.0)
    screen, image = written.rsplit("\x1b]1337;File=inline=1", 1)

    assert "width=" in image and "preserveAspectRatio=1" in image
    assert not set(screen) & QUARTERS  # the photo's cells are left blank for it


def test_inside_tmux_the_terminal_protocol_is_never_used(plan: Plan) -> None:
    written = drawn(plan, {"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-0/default,1,0"}, 0.0)

    assert "\x1b_G" not in written
