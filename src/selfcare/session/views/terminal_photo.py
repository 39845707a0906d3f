"""Photos on the live screen drawn by the terminal itself (kitty, iTerm2), where it says it can.

The screen leaves the photo's cells blank; after each drawing the photo is placed on them.
kitty keeps an image once sent, so it is sent once and only placed again; iTerm2's image is
made of cells the next drawing overwrites, so it is written again (from a kept copy).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from selfcare.pictures.photo import CELL_PIXELS, photo_png
from selfcare.pictures.terminal_images import (
    ImageProtocol,
    cell_pixels,
    place_again,
    place_image,
    remove_images,
)

Place = tuple[int, int, int, int]  # row, column, columns, rows: 0-based, in cells


class TerminalPhotos:
    """The one photo on the screen at a time, drawn by `protocol`."""

    def __init__(self, protocol: ImageProtocol, stream: IO[str]) -> None:
        self.protocol = protocol
        self.cell = cell_pixels(stream) or CELL_PIXELS
        self.pngs: dict[tuple[Path, int, int], bytes | None] = {}
        self.sent: dict[tuple[Path, int, int], int] = {}  # kitty: what it holds, by image id
        self.written: dict[tuple[Path, Place], str] = {}
        self.shown: int | None = None  # the image id on the screen now
        self.last_id = 0

    def draw(self, photo: Path, place: Place) -> str:
        """The codes that show `photo` at `place`; empty if it cannot be read."""
        row, column, columns, rows = place
        key = (photo, columns, rows)
        if key not in self.pngs:
            self.pngs[key] = photo_png(photo, columns, rows, self.cell)
        png = self.pngs[key]
        if png is None:
            return self.clear()
        codes = self.clear() if self.shown not in (None, self.sent.get(key)) else ""
        if self.protocol is ImageProtocol.KITTY and key in self.sent:
            self.shown = self.sent[key]
            return codes + place_again(row + 1, column + 1, columns, rows, self.shown)
        if key not in self.sent:
            self.last_id += 1
            self.sent[key] = self.last_id
        image_id = self.shown = self.sent[key]
        if (photo, place) not in self.written:
            self.written[(photo, place)] = place_image(
                self.protocol, png, row + 1, column + 1, columns, rows, image_id
            )
        return codes + self.written[(photo, place)]

    def clear(self) -> str:
        """The codes that take the photo off the screen (nothing to do for iTerm2)."""
        if self.shown is None:
            return ""
        shown, self.shown = self.shown, None
        if self.protocol is ImageProtocol.KITTY:
            # Deleted with its data: sent again if its step comes back.
            self.sent = {key: number for key, number in self.sent.items() if number != shown}
        return remove_images(self.protocol, shown)
