"""The step's picture written on its own between whole drawings of the live screen: the
moving figure's cells, or a photo the terminal draws itself."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import COLOR_SYSTEMS, Console
from rich.text import Text

from selfcare.session.views.picture_panel import PicturePanel
from selfcare.session.views.terminal_photo import TerminalPhotos


@dataclass(frozen=True)
class PicturePlace:
    """Where the step's picture is on the screen (0-based), and which of its frames it shows."""

    step_index: int
    row: int
    column: int
    columns: int
    rows: int
    level: int


class PictureWriter:
    """Writes a picture straight to the terminal, each of a figure's frames encoded once."""

    def __init__(
        self, console: Console, pictures: PicturePanel, photos: TerminalPhotos | None
    ) -> None:
        self.console = console
        self.pictures = pictures
        self.photos = photos
        self.codes: dict[PicturePlace, str] = {}

    def picture(self, place: PicturePlace) -> range:
        """Write the picture at `place`; the rows it wrote."""
        if self.photos is not None and self.pictures.photo_at(place.step_index, 0) is not None:
            self.photo(place)
            return range(0)
        picture = self.pictures.picture(place.step_index, place.columns, place.rows, place.level)
        if picture is None:
            return range(0)
        if place not in self.codes:
            self.codes[place] = self._codes(picture, place)
        self._write(self.codes[place])
        return range(place.row, place.row + place.rows)

    def photo(self, place: PicturePlace | None) -> None:
        """Where the terminal draws photos itself: the step's photo over its blank cells (or
        none, when `place` is None or the step has no photo)."""
        if self.photos is None:
            return
        photo = None if place is None else self.pictures.photo_at(place.step_index, place.level)
        if place is None or photo is None:
            self._write(self.photos.clear())
        else:
            where = (place.row, place.column, place.columns, place.rows)
            self._write(self.photos.draw(photo, where))

    def _write(self, codes: str) -> None:
        if codes:
            self.console.file.write(codes)
            self.console.file.flush()

    def _codes(self, picture: Text, place: PicturePlace) -> str:
        """The terminal codes that write `picture` at `place`, row by row."""
        options = self.console.options.update_width(place.columns)
        lines = self.console.render_lines(picture, options, pad=True)
        system = COLOR_SYSTEMS.get(self.console.color_system or "")
        out: list[str] = []
        for offset, line in enumerate(lines[: place.rows]):
            out.append(f"\x1b[{place.row + offset + 1};{place.column + 1}H")
            for piece in line:
                style = piece.style
                out.append(style.render(piece.text, color_system=system) if style else piece.text)
        return "".join(out)
