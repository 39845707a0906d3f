"""A practitioner's photo drawn in terminal cells, or scaled down for the terminal's own protocol.

A cell is about twice as tall as it is wide, and holds 2×2 dots, each twice as tall as wide:
the photo is fitted to the cells' real shape, then squeezed to the dots. For each cell the
four dots are split into the two groups that lose the least colour; the cell
shows the quarter-block character of that split, one group's mean colour as the foreground
and the other's as the background.

The routine's checker has vouched for the photo, but it may be gone or damaged by the time it
is drawn: then these functions give None, the caller shows nothing, and nothing Pillow says
reaches the screen. Pillow is imported inside the functions, when a photo is first drawn:
commands that draw none do not pay for it.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.color import Color, ColorType
from rich.color_triplet import ColorTriplet
from rich.style import Style
from rich.text import Span, Text

from selfcare.routine.images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS

if TYPE_CHECKING:
    from PIL.Image import Image
    from PIL.ImageFile import ImageFile

# Indexed by the dots drawn in the foreground: 1 upper left, 2 upper right, 4 lower left,
# 8 lower right.
QUARTERS = " ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█"

_EXIF_ORIENTATION = 0x0112
_TURNED = {5, 6, 7, 8}  # EXIF orientations that swap width and height

CELL_PIXELS = (10, 20)  # a typical cell's width and height in pixels


@dataclass(frozen=True)
class PhotoCells:
    """A photo drawn in a panel: `text` is the whole panel, one line of its width per row,
    with the picture centred and the margins unstyled; the picture itself is `columns` ×
    `rows` cells of it."""

    text: Text
    columns: int
    rows: int


def photo_size(path: Path) -> tuple[int, int] | None:
    """The photo's width and height in pixels, upright, from its header alone; None when it
    cannot be read. A picture `columns` cells wide takes about `columns * height / width / 2`
    rows."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # would be printed over the session screen
            with _opened(path) as opened:
                if opened is None:
                    return None
                width, height = opened.size
                turned = opened.getexif().get(_EXIF_ORIENTATION) in _TURNED
    except Exception:  # as in load_photo: whatever Pillow raises, the photo is not shown
        return None
    return (height, width) if turned else (width, height)


def photo_cells(path: Path, columns: int, rows: int) -> PhotoCells | None:
    """The photo at `path` in quarter blocks, as large as fits `columns` × `rows` cells.

    None when the photo cannot be read (the caller then shows nothing).
    """
    if columns < 1 or rows < 1:
        return None
    image = load_photo(path, (columns * 2, rows * 2))
    if image is None:
        return None
    # Fitted in units of a cell's width: the panel is `columns` of them wide, 2 per row tall.
    width, height = _fit(image.size, (columns, rows * 2))
    wide = max(1, min(columns, round(width)))
    high = max(1, min(rows, round(height / 2)))
    data = _resized(image, (wide * 2, high * 2)).tobytes()
    left, top = (columns - wide) // 2, (rows - high) // 2
    right = " " * (columns - left - wide)
    lines = [" " * columns] * rows
    spans: list[Span] = []
    styles: dict[tuple[int, ...], Style] = {}  # one Style per colour pair: fewer, longer spans
    stride = wide * 6  # bytes in a row of dots
    for row in range(high):
        start = (top + row) * (columns + 1) + left  # where the picture starts in the text
        upper = data[2 * row * stride : (2 * row + 1) * stride]
        lower = data[(2 * row + 1) * stride : (2 * row + 2) * stride]
        glyphs = []
        for column, (glyph, colours) in enumerate(_row(upper, lower), start):
            glyphs.append(glyph)
            style = styles.get(colours)
            if style is None:
                style = styles[colours] = _style(colours)
            if spans and spans[-1].end == column and spans[-1].style is style:
                spans[-1] = Span(spans[-1].start, column + 1, style)
            else:
                spans.append(Span(column, column + 1, style))
        lines[top + row] = " " * left + "".join(glyphs) + right
    text = Text("\n".join(lines), no_wrap=True, overflow="crop", spans=spans)
    return PhotoCells(text, wide, high)


def photo_png(
    path: Path, columns: int, rows: int, cell_pixels: tuple[int, int] = CELL_PIXELS
) -> bytes | None:
    """The photo as a PNG the size of a `columns` × `rows` cell panel, for the terminal's own
    image protocol: a 2 MiB photo is not sent to the terminal on every draw.

    The picture is centred on a transparent canvas with the panel's shape, so a terminal that
    stretches an image to the panel keeps the photo's proportions (cells of about
    `cell_pixels`). A small photo is not enlarged: the canvas is made smaller instead, and the
    terminal scales it. None when the photo cannot be read.
    """
    if columns < 1 or rows < 1 or min(cell_pixels) < 1:
        return None
    panel = (columns * cell_pixels[0], rows * cell_pixels[1])
    image = load_photo(path, panel)
    if image is None:
        return None
    scale = min(panel[0] / image.size[0], panel[1] / image.size[1])
    from PIL import Image

    if scale >= 1:  # the terminal enlarges it: sending more pixels would add nothing
        canvas_size = (max(1, round(panel[0] / scale)), max(1, round(panel[1] / scale)))
    else:
        canvas_size = panel
        image = _resized(image, _fit(image.size, panel))
    canvas = Image.new("RGBA", canvas_size, (0, 0, 0, 0))
    left = (canvas_size[0] - image.size[0]) // 2
    top = (canvas_size[1] - image.size[1]) // 2
    canvas.paste(image, (left, top))
    out = io.BytesIO()
    # A photo hardly compresses further at higher levels, which take five times as long.
    canvas.save(out, "PNG", compress_level=1)
    return out.getvalue()


def load_photo(path: Path, box: tuple[int, int]) -> Image | None:
    """The photo at `path`, upright, in RGB on white, decoded at no less than about `box`
    (width, height) where the format allows: a JPEG is decoded at 1/2, 1/4 or 1/8 scale, fast
    and in little memory. None when it cannot be read, with Pillow's warnings kept quiet."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # would be printed over the session screen
            return _decode(path, box)
    # Pillow's decoders raise many kinds (OSError, SyntaxError, ValueError, EOFError,
    # struct.error, DecompressionBombError...) and a photo must never stop the session.
    except Exception:
        return None


def _row(upper: bytes, lower: bytes) -> Iterator[tuple[str, tuple[int, ...]]]:
    """Each cell of a row as its quarter block and colours: foreground then background r, g,
    b, or the background alone when the four dots are one colour.

    `upper` and `lower` are the row's two lines of dots, three bytes a dot."""
    for (r0, g0, b0, r1, g1, b1), (r2, g2, b2, r3, g3, b3) in zip(
        struct.iter_unpack("6B", upper), struct.iter_unpack("6B", lower), strict=True
    ):
        red, green, blue = r0 + r1 + r2 + r3, g0 + g1 + g2 + g3, b0 + b1 + b2 + b3
        # The split that loses least colour gains most between its two groups' means. With
        # d the dots' offsets from their mean, a lone dot gains 4/3·|d|² and a pair
        # |d₁ + d₂|²; times 48, with D = 4d = 4·dot − sum, all stays in whole numbers.
        # (sr, sg, sb) keeps the D of the best foreground group found so far.
        ar, ag, ab = 4 * r0 - red, 4 * g0 - green, 4 * b0 - blue
        br, bg, bb = 4 * r1 - red, 4 * g1 - green, 4 * b1 - blue
        cr, cg, cb = 4 * r2 - red, 4 * g2 - green, 4 * b2 - blue
        dr, dg, db = -ar - br - cr, -ag - bg - cg, -ab - bb - cb
        best, mask, size, sr, sg, sb = 4 * (ar * ar + ag * ag + ab * ab), 1, 1, ar, ag, ab
        gain = 4 * (br * br + bg * bg + bb * bb)
        if gain > best:
            best, mask, sr, sg, sb = gain, 2, br, bg, bb
        gain = 4 * (cr * cr + cg * cg + cb * cb)
        if gain > best:
            best, mask, sr, sg, sb = gain, 4, cr, cg, cb
        gain = 4 * (dr * dr + dg * dg + db * db)
        if gain > best:
            best, mask, sr, sg, sb = gain, 8, dr, dg, db
        for pair_mask, xr, xg, xb in (
            (3, ar + br, ag + bg, ab + bb),
            (5, ar + cr, ag + cg, ab + cb),
            (9, ar + dr, ag + dg, ab + db),
        ):
            gain = 3 * (xr * xr + xg * xg + xb * xb)
            if gain > best:
                best, mask, size, sr, sg, sb = gain, pair_mask, 2, xr, xg, xb
        if best == 0:  # four dots of one colour
            yield " ", (r0, g0, b0)
            continue
        # The group's own sum from its D: D₁ + sum = 4·dot₁, and D₁ + D₂ + 2·sum = 4·(dot₁ + dot₂).
        fr, fg, fb = (sr + size * red) // 4, (sg + size * green) // 4, (sb + size * blue) // 4
        other = 4 - size
        # Means rounded to the nearest: (sum + count // 2) // count.
        fore = ((fr + size // 2) // size, (fg + size // 2) // size, (fb + size // 2) // size)
        back = (
            (red - fr + other // 2) // other,
            (green - fg + other // 2) // other,
            (blue - fb + other // 2) // other,
        )
        if fore == back:
            yield " ", back
        else:
            yield QUARTERS[mask], fore + back


def _style(colours: tuple[int, ...]) -> Style:
    """The style for `_row`'s colours: (foreground and) background."""
    back = _colour(*colours[-3:])
    if len(colours) == 3:
        return Style.from_color(bgcolor=back)
    return Style.from_color(_colour(*colours[:3]), back)


_TRUECOLOR = ColorType.TRUECOLOR
_HEX = [f"{value:02x}" for value in range(256)]


def _colour(red: int, green: int, blue: int) -> Color:
    # What Color.from_rgb makes, in a third of the time: a 60 × 20 panel needs up to 2400.
    name = "#" + _HEX[red] + _HEX[green] + _HEX[blue]
    return Color(name, _TRUECOLOR, None, ColorTriplet(red, green, blue))


def _fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled, keeping its proportions, to fill `box` in one direction."""
    scale = min(box[0] / size[0], box[1] / size[1])
    return max(1, min(box[0], round(size[0] * scale))), max(1, min(box[1], round(size[1] * scale)))


def _resized(image: Image, size: tuple[int, int]) -> Image:
    from PIL import Image as PILImage

    if image.size == size:
        return image
    # Halving by averaging first is much faster from a large photo and looks the same.
    return image.resize(size, PILImage.Resampling.LANCZOS, reducing_gap=2.0)


@contextmanager
def _opened(path: Path) -> Iterator[ImageFile | None]:
    """The photo with its header read and its data not yet, or None if it is no longer a
    regular file within the limits.

    Checked again here: the file may have been replaced since the routine was checked, even by
    a pipe, which would leave Pillow waiting for ever; O_NONBLOCK opens one without waiting."""
    from PIL import Image

    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_IMAGE_BYTES:
            yield None
            return
        with Image.open(file, formats=["PNG", "JPEG"]) as image:
            width, height = image.size
            if width < 1 or height < 1 or width * height > MAX_IMAGE_PIXELS:
                yield None
            else:
                yield image


def _decode(path: Path, box: tuple[int, int]) -> Image | None:
    from PIL import Image, ImageOps

    with _opened(path) as opened:
        if opened is None:
            return None
        turned = opened.getexif().get(_EXIF_ORIENTATION) in _TURNED
        opened.draft("RGB", (box[1], box[0]) if turned else box)  # only a JPEG does anything
        image = ImageOps.exif_transpose(opened)  # decodes it
        assert image is not None  # None only when transposing in place
    if image.mode == "I" or image.mode.startswith("I;16"):  # 16-bit grey would turn all white
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    if image.has_transparency_data:
        flat = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(flat, image.convert("RGBA"))
    return image.convert("RGB")
