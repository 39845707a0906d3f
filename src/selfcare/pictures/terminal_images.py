"""Photos drawn by the terminal itself, only where the terminal says it can.

Two protocols, each used where the terminal names itself in the environment, never probed for
(a probe's reply would arrive as key presses) nor guessed:

- kitty's graphics protocol (https://sw.kovidgoyal.net/kitty/graphics-protocol/): kitty
  (TERM=xterm-kitty, TERM_PROGRAM=kitty, or KITTY_WINDOW_ID) and Ghostty (TERM=xterm-ghostty
  or TERM_PROGRAM=ghostty), whose documentation lists the protocol among its features.
- iTerm2's inline images protocol (https://iterm2.com/documentation-images.html): iTerm2
  (TERM_PROGRAM=iTerm.app, or LC_TERMINAL=iTerm2, which ssh passes on) and WezTerm
  (TERM_PROGRAM=WezTerm), which documents it (https://wezterm.org/imgcat.html). WezTerm's
  kitty graphics is off unless its `enable_kitty_graphics` setting is on, so it is not used.

Inside tmux, GNU screen or Zellij, which do not pass these sequences on to the terminal, and
anywhere else, the caller draws the photo in character cells (`selfcare.pictures.photo`).

Setting SELFCARE_IMAGES=blocks always draws photos in character cells: for a terminal that
claims one of these protocols but draws it badly, or over a slow connection.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from enum import Enum
from typing import IO

OVERRIDE = "SELFCARE_IMAGES"
KITTY_CHUNK = 4096  # the protocol's largest chunk of base64 data in one escape sequence
PLACEMENT_ID = 1  # one placement per image: placing it again replaces it without flicker

_SAVE_CURSOR, _RESTORE_CURSOR = "\x1b7", "\x1b8"  # DECSC and DECRC: the widest supported
_APC, _ST = "\x1b_G", "\x1b\\"  # kitty graphics commands are APC sequences
_OSC, _BEL = "\x1b]", "\a"


class ImageProtocol(Enum):
    KITTY = "kitty"
    ITERM2 = "iterm2"


def detect_protocol(environ: Mapping[str, str]) -> ImageProtocol | None:
    """The image protocol the terminal says it has, or None: draw in character cells."""
    if environ.get(OVERRIDE, "").strip().lower() == "blocks":
        return None
    term = environ.get("TERM", "")
    if environ.get("TMUX") or environ.get("STY") or environ.get("ZELLIJ"):
        return None  # a multiplexer between us and the terminal swallows the sequences
    if term.startswith(("screen", "tmux")):
        return None
    if term in ("xterm-kitty", "xterm-ghostty"):
        return ImageProtocol.KITTY
    program = environ.get("TERM_PROGRAM", "").lower()
    if program in ("kitty", "ghostty"):
        return ImageProtocol.KITTY
    if program in ("iterm.app", "wezterm"):
        return ImageProtocol.ITERM2
    if program:
        # Another terminal named itself: the markers below may have been inherited from the
        # terminal it was started in.
        return None
    if environ.get("LC_TERMINAL") == "iTerm2":
        return ImageProtocol.ITERM2
    if environ.get("KITTY_WINDOW_ID"):  # kitty set up with another TERM, e.g. for ssh
        return ImageProtocol.KITTY
    return None


def place_image(
    protocol: ImageProtocol,
    png: bytes,
    row: int,
    column: int,
    columns: int,
    rows: int,
    image_id: int,
) -> str:
    """Escape sequences that draw `png` scaled into the `columns` × `rows` cells whose top
    left cell is at `row`, `column` (1-based), and leave the cursor where it was.

    Written after a frame is drawn. With kitty the image stays until `remove_images`; with
    iTerm2 it is made of cells like text, so the next frame overwrites it and it must be
    written again after each frame. iTerm2 itself may move the cursor below the image: keep
    the panel off the screen's last row, or the screen scrolls.
    """
    if columns < 1 or rows < 1 or row < 1 or column < 1:
        raise ValueError(f"no room for an image: {columns}x{rows} at {row},{column}")
    if not 0 < image_id < 2**32:
        raise ValueError(f"kitty image ids are 1 to 4294967295, not {image_id}")
    if protocol is ImageProtocol.KITTY:
        image = _kitty_image(png, columns, rows, image_id)
    else:
        image = _iterm2_image(png, columns, rows)
    return f"{_SAVE_CURSOR}\x1b[{row};{column}H{image}{_RESTORE_CURSOR}"


def place_again(row: int, column: int, columns: int, rows: int, image_id: int) -> str:
    """kitty only: place an image sent before (`place_image`) again, without its data; the
    same placement id moves it rather than adding a second one."""
    keys = f"a=p,i={image_id},p={PLACEMENT_ID},c={columns},r={rows},C=1,q=2"
    return f"{_SAVE_CURSOR}\x1b[{row};{column}H{_APC}{keys}{_ST}{_RESTORE_CURSOR}"


def remove_images(protocol: ImageProtocol, image_id: int) -> str:
    """The escape sequence that removes the image `image_id` (when the step changes or the
    session ends); empty for iTerm2, whose images are cells the next draw overwrites."""
    if protocol is ImageProtocol.ITERM2:
        return ""
    # d=I: the image with id i, its data freed as well (lower-case i would keep it stored).
    return f"{_APC}a=d,d=I,i={image_id},q=2{_ST}"


def cell_pixels(stream: IO[str]) -> tuple[int, int] | None:
    """The width and height in pixels of a cell of the terminal `stream` writes to, where it
    tells them (kitty, iTerm2, WezTerm and Ghostty do; many terminals say 0): a photo sent at
    the panel's real shape is not stretched by kitty, which fills the columns and rows given."""
    try:
        import array
        import fcntl
        import termios

        size = array.array("H", [0, 0, 0, 0])  # rows, columns, width and height in pixels
        fcntl.ioctl(stream.fileno(), termios.TIOCGWINSZ, size)
    except (OSError, ValueError, ImportError, AttributeError):  # not a terminal, or no ioctl
        return None
    rows, columns, width, height = size
    if not (rows and columns and width and height):
        return None
    return max(1, width // columns), max(1, height // rows)


def _kitty_image(png: bytes, columns: int, rows: int, image_id: int) -> str:
    """Transmit and place (a=T) PNG data (f=100), sent directly (t=d) in base64 chunks of at
    most 4096 bytes: m=1 on every chunk but the last, m=0 on the last; only the first carries
    the other keys. c and r scale the image into the cells; C=1 leaves the cursor where it is;
    q=2 asks for no reply, which would reach us as key presses."""
    data = base64.standard_b64encode(png).decode("ascii")
    chunks = [data[start : start + KITTY_CHUNK] for start in range(0, len(data), KITTY_CHUNK)]
    parts = []
    for index, chunk in enumerate(chunks or [""]):
        more = int(index < len(chunks) - 1)
        if index == 0:
            keys = f"a=T,f=100,t=d,i={image_id},p={PLACEMENT_ID},c={columns},r={rows},C=1,q=2"
            keys += f",m={more}"
        else:
            keys = f"m={more},q=2"  # later chunks may carry only m and q
        parts.append(f"{_APC}{keys};{chunk}{_ST}")
    return "".join(parts)


def _iterm2_image(png: bytes, columns: int, rows: int) -> str:
    """OSC 1337 File=: inline=1 shows the file rather than downloading it; width and height
    as bare numbers are cells; preserveAspectRatio=1 fits without stretching; size lets the
    terminal check the transfer; doNotMoveCursor=1 is WezTerm's extension to leave the
    cursor alone (iTerm2 ignores keys it does not know). Ended with BEL."""
    data = base64.standard_b64encode(png).decode("ascii")
    arguments = (
        f"inline=1;size={len(png)};width={columns};height={rows};"
        "preserveAspectRatio=1;doNotMoveCursor=1"
    )
    return f"{_OSC}1337;File={arguments}:{data}{_BEL}"
