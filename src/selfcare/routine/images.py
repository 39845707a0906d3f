"""A practitioner's own pictures (`image:` in a step): where they may be, and what they may be.

A routine comes from someone else, and so do its pictures: a path must stay inside the
routine's folder (links included), and a file must really be a small PNG or JPEG before the
session ever shows it. Pillow is imported only here, and only for a routine with `image:`,
so `selfcare list` does not pay for it.
"""

from __future__ import annotations

import io
import stat
from dataclasses import dataclass
from pathlib import Path

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule

MAX_IMAGE_BYTES = 2 * 1024 * 1024  # 2 MiB: a phone photo saved for the web fits
MAX_IMAGE_PIXELS = 16_000_000  # about 4900 x 3300; more is an image bomb, not a photo

# The first bytes of each format; the name's extension proves nothing.
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
# Pillow names a phone's JPEG with a second picture inside (a depth map, say) "MPO".
_PILLOW_FORMATS = {"PNG": ("PNG",), "JPEG": ("JPEG", "MPO")}


@dataclass(frozen=True)
class ImageProblem:
    """What is wrong with one picture: the rule it breaks and the message, already worded."""

    rule: Rule
    message: str


def checked_image(written: str, folder: Path, shown: str) -> Path | ImageProblem:
    """The real path of the picture `written` in a routine in `folder`, or its problem.

    `shown` is how messages quote the written path.
    """
    found = _inside_folder(written, folder, shown)
    if isinstance(found, ImageProblem):
        return found
    return _file_problem(found, shown) or found


def _inside_folder(written: str, folder: Path, shown: str) -> Path | ImageProblem:
    """The picture's real path, resolved through every link, if it is inside `folder`."""
    relative = Path(written)
    if relative.is_absolute() or ".." in relative.parts:
        return ImageProblem(Rule.IMAGE_OUTSIDE_FOLDER, t("check.image_outside", value=shown))
    try:
        real_folder = folder.resolve(strict=True)
        real = (folder / relative).resolve(strict=True)
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the path
        message = t("check.image_missing", value=shown, folder=str(folder))
        return ImageProblem(Rule.IMAGE_MISSING, message)
    except (OSError, RuntimeError) as error:  # a link loop is a RuntimeError before 3.13
        return _unreadable(shown, error)
    if not real.is_relative_to(real_folder):  # a link out of the folder, to /etc/passwd say
        message = t("check.image_link_outside", value=shown, target=str(real))
        return ImageProblem(Rule.IMAGE_OUTSIDE_FOLDER, message)
    return real


def _unreadable(shown: str, error: Exception) -> ImageProblem:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return ImageProblem(
        Rule.IMAGE_UNREADABLE, t("check.image_unreadable", value=shown, reason=reason)
    )


def _file_problem(path: Path, shown: str) -> ImageProblem | None:
    """What is wrong with the file at `path` (a real path), read at most once and bounded."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO would block, a device never end
            return ImageProblem(Rule.IMAGE_NOT_REGULAR, t("check.image_not_regular", value=shown))
        if status.st_size > MAX_IMAGE_BYTES:  # refused before a byte is read
            return _too_large(shown, status.st_size)
        with path.open("rb") as file:
            # Only its size: read() reserves what it is asked for, so asking for the limit
            # would take 2 MiB for any photo. A file grown since stat() is read no further.
            data = file.read(status.st_size)
    except OSError as error:
        return _unreadable(shown, error)
    if data.startswith(PNG_MAGIC):
        return _picture_problem(data, "PNG", shown)
    if data.startswith(JPEG_MAGIC):
        return _picture_problem(data, "JPEG", shown)
    return ImageProblem(Rule.IMAGE_NOT_PNG_OR_JPEG, t("check.image_not_png_jpeg", value=shown))


def _too_large(shown: str, size: int) -> ImageProblem:
    message = t(
        "check.image_too_large", value=shown, size=f"{size:,}", limit=f"{MAX_IMAGE_BYTES:,}"
    )
    return ImageProblem(Rule.IMAGE_TOO_LARGE, message)


def _picture_problem(data: bytes, expected: str, shown: str) -> ImageProblem | None:
    """Pillow's word on a file whose first bytes say PNG or JPEG; no pixel is ever decoded.

    Opening reads only the header, which gives the size; verify() then reads a PNG's chunks
    and their checksums, which a file cut short fails.
    """
    import warnings

    from PIL import Image

    limit = f"{MAX_IMAGE_PIXELS:,}"
    try:
        # Pillow warns of large or odd files; they are reported here instead, never printed.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=[expected]) as picture:
                if picture.format not in _PILLOW_FORMATS[expected]:
                    return ImageProblem(Rule.IMAGE_DAMAGED, t("check.image_damaged", value=shown))
                width, height = picture.size
                if width * height > MAX_IMAGE_PIXELS:
                    message = t(
                        "check.image_too_many_pixels",
                        value=shown,
                        width=width,
                        height=height,
                        limit=limit,
                    )
                    return ImageProblem(Rule.IMAGE_TOO_MANY_PIXELS, message)
                if expected == "PNG":
                    picture.verify()
    except Image.DecompressionBombError:  # raised from the header alone, far over any limit
        message = t("check.image_bomb", value=shown, limit=limit)
        return ImageProblem(Rule.IMAGE_TOO_MANY_PIXELS, message)
    except Exception:  # a damaged file makes Pillow raise almost anything; all mean "damaged"
        return ImageProblem(Rule.IMAGE_DAMAGED, t("check.image_damaged", value=shown))
    return None
