"""The terminal's own image protocols: when they are used, and the sequences written."""

from __future__ import annotations

import base64
import io
import os
import re
import sys

import pytest

from selfcare.pictures.terminal_images import (
    ImageProtocol,
    cell_pixels,
    detect_protocol,
    place_image,
    remove_images,
)

KITTY, ITERM2 = ImageProtocol.KITTY, ImageProtocol.ITERM2
APC = re.compile(r"\x1b_G([^;\x1b]*)(?:;([^\x1b]*))?\x1b\\")


# --- which protocol ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"TERM": "xterm-kitty"}, KITTY),
        ({"TERM": "xterm-256color", "KITTY_WINDOW_ID": "3"}, KITTY),  # kitty with another TERM
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "kitty"}, KITTY),
        ({"TERM": "xterm-ghostty", "TERM_PROGRAM": "ghostty"}, KITTY),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"}, ITERM2),
        ({"TERM": "xterm-256color", "LC_TERMINAL": "iTerm2"}, ITERM2),  # iTerm2, through ssh
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"}, ITERM2),
        # Multiplexers do not pass the sequences on, whatever the terminal around them.
        ({"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-1000/default,1,0"}, None),
        ({"TERM": "tmux-256color", "KITTY_WINDOW_ID": "3"}, None),
        ({"TERM": "screen-256color", "TERM_PROGRAM": "iTerm.app"}, None),
        ({"TERM": "xterm-256color", "LC_TERMINAL": "iTerm2", "STY": "123.pts-0"}, None),
        ({"TERM": "xterm-kitty", "ZELLIJ": "0"}, None),
        # Terminals that do not say they have one.
        ({"TERM": "xterm-256color"}, None),
        ({"TERM": "xterm"}, None),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "Apple_Terminal"}, None),
        ({}, None),
        # Started from kitty or iTerm2, but another terminal says it is the one drawing.
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "vscode", "KITTY_WINDOW_ID": "3"}, None),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "vscode", "LC_TERMINAL": "iTerm2"}, None),
        # The override draws in character cells everywhere.
        ({"TERM": "xterm-kitty", "SELFCARE_IMAGES": "blocks"}, None),
        ({"TERM_PROGRAM": "iTerm.app", "SELFCARE_IMAGES": " Blocks "}, None),
        ({"TERM": "xterm-kitty", "SELFCARE_IMAGES": "anything else"}, KITTY),
    ],
)
def test_detect_protocol(environ: dict[str, str], expected: ImageProtocol | None) -> None:
    assert detect_protocol(environ) is expected


# --- kitty ------------------------------------------------------------------------------


def kitty_commands(sequence: str) -> list[tuple[dict[str, str], str]]:
    """The graphics commands in `sequence`, each as its keys and its payload."""
    commands = []
    for keys, payload in APC.findall(sequence):
        pairs = dict(pair.split("=", 1) for pair in keys.split(","))
        commands.append((pairs, payload))
    return commands


def test_kitty_sends_the_png_in_chunks_of_at_most_4096() -> None:
    png = os.urandom(10_000)  # 13 336 bytes of base64: three full chunks and a short one
    sequence = place_image(KITTY, png, row=3, column=40, columns=30, rows=12, image_id=7)
    commands = kitty_commands(sequence)
    assert [len(payload) for _, payload in commands] == [4096, 4096, 4096, 1048]
    assert [keys["m"] for keys, _ in commands] == ["1", "1", "1", "0"]
    assert base64.standard_b64decode("".join(payload for _, payload in commands)) == png


def test_kitty_first_chunk_carries_the_placement() -> None:
    png = os.urandom(5_000)
    commands = kitty_commands(place_image(KITTY, png, 3, 40, 30, 12, image_id=7))
    first, rest = commands[0][0], [keys for keys, _ in commands[1:]]
    assert first == {
        "a": "T",  # transmit and display
        "f": "100",  # PNG
        "t": "d",  # the data is in the sequence
        "i": "7",
        "p": "1",
        "c": "30",
        "r": "12",
        "C": "1",  # the cursor stays
        "q": "2",  # no replies
        "m": "1",
    }
    # Later chunks carry only m (and q, which the protocol allows).
    assert rest == [{"m": "0", "q": "2"}]


def test_kitty_small_png_is_one_chunk() -> None:
    commands = kitty_commands(place_image(KITTY, b"tiny", 1, 1, 2, 1, image_id=1))
    assert len(commands) == 1
    assert commands[0][0]["m"] == "0"
    assert base64.standard_b64decode(commands[0][1]) == b"tiny"


def test_an_image_is_drawn_at_its_cell_and_the_cursor_restored() -> None:
    for protocol in ImageProtocol:
        sequence = place_image(protocol, b"png", row=5, column=12, columns=3, rows=2, image_id=4)
        assert sequence.startswith("\x1b7\x1b[5;12H")
        assert sequence.endswith("\x1b8")


def test_kitty_removes_the_image_by_id() -> None:
    [(keys, payload)] = kitty_commands(remove_images(KITTY, 7))
    assert keys == {"a": "d", "d": "I", "i": "7", "q": "2"}
    assert payload == ""


@pytest.mark.parametrize("image_id", [0, -1, 2**32])
def test_kitty_image_ids_are_checked(image_id: int) -> None:
    with pytest.raises(ValueError, match="image ids"):
        place_image(KITTY, b"png", 1, 1, 2, 2, image_id)


def test_an_image_needs_room() -> None:
    with pytest.raises(ValueError, match="no room"):
        place_image(KITTY, b"png", 1, 1, 0, 2, 1)


# --- iTerm2 -----------------------------------------------------------------------------


def iterm2_parts(sequence: str) -> tuple[dict[str, str], bytes]:
    """The File= arguments and the decoded file of an OSC 1337 sequence ended with BEL."""
    match = re.search(r"\x1b\]1337;File=([^:]*):([A-Za-z0-9+/=]*)\x07", sequence)
    assert match is not None
    arguments = dict(pair.split("=", 1) for pair in match.group(1).split(";"))
    return arguments, base64.standard_b64decode(match.group(2))


def test_iterm2_sends_the_png_inline_sized_in_cells() -> None:
    png = os.urandom(9_000)
    sequence = place_image(ITERM2, png, row=2, column=30, columns=24, rows=10, image_id=1)
    arguments, data = iterm2_parts(sequence)
    assert data == png
    assert arguments == {
        "inline": "1",
        "size": "9000",
        "width": "24",  # a bare number is cells
        "height": "10",
        "preserveAspectRatio": "1",
        "doNotMoveCursor": "1",
    }
    assert sequence.endswith("\x07\x1b8")  # BEL ends it, then the cursor is restored


def test_iterm2_images_need_no_removing() -> None:
    assert remove_images(ITERM2, 1) == ""


# --- the size of a cell -----------------------------------------------------------------


def test_cell_pixels_of_something_that_is_not_a_terminal() -> None:
    assert cell_pixels(io.StringIO()) is None


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_cell_pixels_of_a_terminal() -> None:
    import fcntl
    import struct
    import termios

    leader, follower = os.openpty()
    try:
        with os.fdopen(follower, "w", closefd=False) as stream:
            size = struct.pack("HHHH", 24, 80, 80 * 9, 24 * 18)  # rows, columns, pixels
            fcntl.ioctl(follower, termios.TIOCSWINSZ, size)
            assert cell_pixels(stream) == (9, 18)
            fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            assert cell_pixels(stream) is None  # the terminal does not say
    finally:
        os.close(leader)
        os.close(follower)
