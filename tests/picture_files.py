"""Picture files for tests, made on the spot: good ones, and hostile ones patched byte by byte."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SOF0 = b"\xff\xc0"  # a baseline JPEG's frame header: its height and width follow


def png_bytes(width: int = 48, height: int = 32) -> bytes:
    """A small real PNG with some detail, so its pixel data is more than a few bytes."""
    picture = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(width: int = 48, height: int = 32) -> bytes:
    out = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(out, "JPEG")
    return out.getvalue()


def gif_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("P", (8, 8)).save(out, "GIF")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header (IHDR, with its checksum fixed) claims `width` x `height`."""
    data = bytearray(png_bytes())
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims `width` x `height` (at most 65535 each)."""
    data = bytearray(jpeg_bytes())
    at = data.index(SOF0)
    data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def cut_short(picture: bytes) -> bytes:
    """The first half of a file, as a download that stopped half-way leaves it."""
    return picture[: len(picture) // 2]


def sparse_file(path: Path, size: int, head: bytes) -> Path:
    """A file of `size` bytes starting with `head`; the rest is a hole, so it costs no disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        file.write(head)
        file.truncate(size)
    return path


def write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path
