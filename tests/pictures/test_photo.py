"""Photos as quarter-block cells, and scaled down as PNG for the terminal's image protocols."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from rich.cells import cell_len
from rich.color import Color
from rich.style import Style

from selfcare.pictures.photo import QUARTERS, load_photo, photo_cells, photo_png, photo_size
from selfcare.routine.images import MAX_IMAGE_BYTES

RED, BLUE, GREEN, WHITE = (255, 0, 0), (0, 0, 255), (0, 160, 0), (255, 255, 255)
RGB = tuple[int, int, int]


def save(tmp_path: Path, image: Image.Image, name: str = "photo.png", **options: Any) -> Path:
    path = tmp_path / name
    image.save(path, **options)
    return path


def two_by_two(upper_left: RGB, upper_right: RGB, lower_left: RGB, lower_right: RGB) -> Image.Image:
    image = Image.new("RGB", (2, 2))
    image.putpixel((0, 0), upper_left)
    image.putpixel((1, 0), upper_right)
    image.putpixel((0, 1), lower_left)
    image.putpixel((1, 1), lower_right)
    return image


def rgb(color: Color | None) -> RGB | None:
    return None if color is None else color.get_truecolor()


def styled_chars(path: Path, columns: int, rows: int) -> list[tuple[str, RGB | None, RGB | None]]:
    """Each character of the drawing with its foreground and background colours."""
    drawn = photo_cells(path, columns, rows)
    assert drawn is not None
    text = drawn.text
    out = []
    for index, char in enumerate(text.plain):
        if char == "\n":
            continue
        style = Style()
        for span in text.spans:
            if span.start <= index < span.end:
                assert isinstance(span.style, Style)
                style += span.style
        out.append((char, rgb(style.color), rgb(style.bgcolor)))
    return out


def painted(path: Path, columns: int, rows: int) -> tuple[list[int], list[int]]:
    """The rows and the columns of the panel that the picture covers."""
    chars = styled_chars(path, columns, rows)
    assert len(chars) == columns * rows  # every line is the panel's width
    covered = [index for index, (_, _, back) in enumerate(chars) if back is not None]
    return sorted({index // columns for index in covered}), sorted(
        {index % columns for index in covered}
    )


# --- quarter blocks ---------------------------------------------------------------------


def test_top_and_bottom_colours_give_an_upper_half_block(tmp_path: Path) -> None:
    path = save(tmp_path, two_by_two(RED, RED, BLUE, BLUE))
    assert styled_chars(path, 1, 1) == [("▀", RED, BLUE)]


def test_left_and_right_colours_give_a_left_half_block(tmp_path: Path) -> None:
    path = save(tmp_path, two_by_two(RED, BLUE, RED, BLUE))
    assert styled_chars(path, 1, 1) == [("▌", RED, BLUE)]


def test_a_diagonal_gives_the_diagonal_quarters(tmp_path: Path) -> None:
    path = save(tmp_path, two_by_two(RED, BLUE, BLUE, RED))
    assert styled_chars(path, 1, 1) == [("▚", RED, BLUE)]


def test_one_odd_dot_gets_its_own_quarter(tmp_path: Path) -> None:
    path = save(tmp_path, two_by_two(WHITE, WHITE, WHITE, GREEN))
    assert styled_chars(path, 1, 1) == [("▗", GREEN, WHITE)]


@pytest.mark.parametrize("mask", range(1, 15))
def test_every_two_colour_split_finds_its_glyph(tmp_path: Path, mask: int) -> None:
    """Whichever dots are red, the cell draws exactly them: as the foreground with that
    quarter block, or as the background of the complementary one."""
    dots = [RED if mask & (1 << bit) else BLUE for bit in range(4)]
    path = save(tmp_path, two_by_two(*dots))
    [(char, fore, back)] = styled_chars(path, 1, 1)
    assert (char, fore, back) in {(QUARTERS[mask], RED, BLUE), (QUARTERS[15 - mask], BLUE, RED)}


def test_the_best_split_keeps_the_closest_colours_together(tmp_path: Path) -> None:
    # Two reds that differ a little and two blues: red against blue, not one red alone.
    path = save(tmp_path, two_by_two((250, 0, 0), (240, 10, 0), (0, 0, 250), (0, 10, 240)))
    assert styled_chars(path, 1, 1) == [("▀", (245, 5, 0), (0, 5, 245))]


def test_a_solid_photo_is_spaces_on_its_colour(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (8, 8), GREEN))
    # A cell is twice as tall as wide: a square photo 2 rows tall is 4 columns wide.
    drawn = photo_cells(path, 6, 2)
    assert drawn is not None
    assert (drawn.columns, drawn.rows) == (4, 2)
    assert drawn.text.plain == "      \n      "
    chars = styled_chars(path, 6, 2)
    assert [cell for cell in chars if cell[2] is not None] == [(" ", None, GREEN)] * 8
    # The margins are left unstyled: the terminal's own background shows.
    assert [chars[0], chars[5], chars[6], chars[11]] == [(" ", None, None)] * 4


def test_transparency_is_flattened_onto_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (2, 2), (0, 0, 0, 255))
    image.putpixel((0, 0), (0, 0, 0, 0))
    image.putpixel((1, 0), (0, 0, 0, 0))
    path = save(tmp_path, image)
    assert styled_chars(path, 1, 1) == [("▀", WHITE, (0, 0, 0))]


def test_sixteen_bit_grey_keeps_its_shade(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("I;16", (2, 2), 32768))
    assert styled_chars(path, 1, 1) == [(" ", None, (128, 128, 128))]


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    # Stored on its side: left red, right blue; orientation 6 turns it a quarter clockwise,
    # so upright the red is on top.
    image = Image.new("RGB", (4, 2), BLUE)
    image.paste(RED, (0, 0, 2, 2))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = save(tmp_path, image, exif=exif)
    [(char, fore, back)] = styled_chars(path, 1, 1)
    assert char == "▀"
    assert fore is not None and back is not None
    assert fore[0] > 200 and fore[2] < 60  # red
    assert back[2] > 200 and back[0] < 60  # blue


# --- size and centring ------------------------------------------------------------------


def test_a_wide_photo_fills_the_width_and_is_centred_vertically(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (80, 20), RED))
    drawn = photo_cells(path, 10, 10)
    assert drawn is not None
    lines = drawn.text.plain.split("\n")
    assert len(lines) == 10
    assert all(cell_len(line) == 10 for line in lines)
    # 80 × 20 in 10 × 10 cells, a cell 1 wide and 2 tall: 10 × 2.5 wide units, 1 or 2 rows.
    rows, columns = painted(path, 10, 10)
    assert columns == list(range(10))
    assert len(rows) in (1, 2)
    assert (drawn.columns, drawn.rows) == (len(columns), len(rows))
    top = (10 - len(rows)) // 2
    assert rows == list(range(top, top + len(rows)))


def test_a_tall_photo_fills_the_height_and_is_centred_across(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (20, 80), RED))
    # 20 × 80 in 10 cells × 20 units of height: 5 units (columns) wide, 10 rows.
    rows, columns = painted(path, 10, 10)
    assert rows == list(range(10))
    assert len(columns) == 5
    left = (10 - len(columns)) // 2
    assert columns == list(range(left, left + len(columns)))


def test_a_photo_keeps_its_proportions_in_cells_twice_as_tall_as_wide(tmp_path: Path) -> None:
    # 4:3 in a 60 × 20 panel: 20 rows are 40 cell-widths tall, so the photo is 53 columns wide.
    path = save(tmp_path, Image.new("RGB", (400, 300), RED))
    rows, columns = painted(path, 60, 20)
    assert len(rows) == 20
    assert len(columns) in (53, 54)
    drawn = photo_cells(path, 60, 20)
    assert drawn is not None
    assert (drawn.columns, drawn.rows) == (len(columns), 20)


def test_a_small_photo_is_enlarged_to_the_panel(tmp_path: Path) -> None:
    path = save(tmp_path, two_by_two(RED, RED, BLUE, BLUE))
    rows, columns = painted(path, 8, 4)
    assert (len(rows), len(columns)) == (4, 8)  # square: 4 rows are 8 columns wide


# --- the photo's size -------------------------------------------------------------------


def test_photo_size_reads_the_header(tmp_path: Path) -> None:
    assert photo_size(save(tmp_path, Image.new("RGB", (400, 300), RED))) == (400, 300)


def test_photo_size_is_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side
    path = save(tmp_path, Image.new("RGB", (400, 300), RED), "photo.jpg", exif=exif)
    assert photo_size(path) == (300, 400)


def test_photo_size_of_a_photo_that_cannot_be_read(tmp_path: Path) -> None:
    assert photo_size(tmp_path / "gone.png") is None
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    assert photo_size(damaged) is None


# --- photos that cannot be drawn ---------------------------------------------------------


def test_a_missing_photo_gives_none(tmp_path: Path) -> None:
    assert photo_cells(tmp_path / "gone.jpg", 10, 5) is None
    assert photo_png(tmp_path / "gone.jpg", 10, 5) is None


@pytest.mark.parametrize(
    "content",
    [
        b"not a picture at all",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 40,  # a PNG signature and nothing sound after it
    ],
)
def test_a_damaged_photo_gives_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(content)
    assert photo_cells(path, 10, 5) is None
    assert photo_png(path, 10, 5) is None


def test_a_truncated_jpeg_gives_none(tmp_path: Path) -> None:
    whole = save(tmp_path, Image.effect_noise((64, 64), 60).convert("RGB"), "whole.jpg")
    path = tmp_path / "photo.jpg"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert photo_cells(path, 10, 5) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_photo_replaced_by_a_pipe_gives_none_at_once(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    os.mkfifo(path)  # opening it to read would wait for a writer for ever
    assert photo_cells(path, 10, 5) is None
    assert photo_size(path) is None


def test_another_format_gives_none(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (4, 4), RED), "photo.gif", format="GIF")
    assert photo_cells(path, 10, 5) is None


def test_a_photo_grown_past_the_limit_gives_none(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (4, 4), RED))
    with path.open("ab") as file:
        file.write(b"\0" * MAX_IMAGE_BYTES)  # trailing bytes after IEND
    assert photo_cells(path, 10, 5) is None
    assert photo_size(path) is None


def test_a_huge_photo_gives_none_and_says_nothing(
    tmp_path: Path, recwarn: pytest.WarningsRecorder, capfd: pytest.CaptureFixture[str]
) -> None:
    # A header claiming 10000 × 10000: Pillow warns of a decompression bomb on opening it.
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 10_000, 10_000, 8, 2, 0, 0, 0)
    path = tmp_path / "photo.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )
    assert photo_cells(path, 10, 5) is None
    assert photo_size(path) is None
    assert len(recwarn) == 0
    assert capfd.readouterr() == ("", "")


def test_no_room_gives_none(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (4, 4), RED))
    assert photo_cells(path, 0, 5) is None
    assert photo_png(path, 5, 0) is None


# --- a big JPEG --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("photos") / "big.jpg"
    Image.new("RGB", (4000, 3000), (200, 120, 40)).save(path, quality=80)
    return path


def test_a_big_jpeg_is_decoded_at_reduced_scale(big_jpeg: Path) -> None:
    image = load_photo(big_jpeg, (120, 40))
    assert image is not None
    assert image.size == (500, 375)  # 1/8 scale, no smaller than the 120 × 40 dots asked for
    rows, _ = painted(big_jpeg, 60, 20)
    assert len(rows) == 20


def test_a_jpeg_is_decoded_no_smaller_than_asked(big_jpeg: Path) -> None:
    image = load_photo(big_jpeg, (600, 400))
    assert image is not None
    assert image.size == (1000, 750)  # 1/4: 1/8 would be smaller than 600 × 400


# --- PNG for the terminal's protocols ----------------------------------------------------


def test_photo_png_fits_the_panel_with_transparent_margins(big_jpeg: Path) -> None:
    png = photo_png(big_jpeg, 60, 20, cell_pixels=(10, 20))
    assert png is not None
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.size == (600, 400)
        assert image.mode == "RGBA"
        # 4:3 in 600 × 400: 533 pixels wide, centred.
        assert image.getpixel((0, 200)) == (0, 0, 0, 0)
        assert image.getpixel((599, 200)) == (0, 0, 0, 0)
        red, green, blue, alpha = image.getpixel((300, 200))  # type: ignore[misc]
        assert alpha == 255
        assert abs(red - 200) < 8 and abs(green - 120) < 8 and abs(blue - 40) < 8
        assert image.getpixel((34, 200))[3] == 255  # type: ignore[index]


def test_photo_png_does_not_enlarge_a_small_photo(tmp_path: Path) -> None:
    path = save(tmp_path, Image.new("RGB", (30, 20), RED))
    png = photo_png(path, 60, 20, cell_pixels=(10, 20))
    assert png is not None
    with Image.open(io.BytesIO(png)) as image:
        # The panel is 600 × 400: the canvas keeps that shape at the photo's own scale.
        assert image.size == (30, 20)
        assert image.getpixel((15, 10)) == (*RED, 255)
