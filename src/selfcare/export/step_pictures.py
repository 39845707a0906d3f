"""A step's pictures on paper: its start and end figures as SVG, or the practitioner's photos.

The handout draws them inline (the SVG itself, a photo as a `data:` URI), so the page stays one
file; the Markdown export links them as files written into a folder beside it.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from selfcare.i18n.language import t
from selfcare.pictures.steps import pose_caption, step_figures, step_photos
from selfcare.pictures.svg import MARGIN, figure_svg
from selfcare.routine.images import JPEG_MAGIC, MAX_IMAGE_BYTES, PNG_MAGIC
from selfcare.routine.model import Step
from selfcare.safe_text import terminal_safe

FILE_HEIGHT = 180  # pixels: how tall a figure's own SVG file shows, in a Markdown viewer
_PHOTO_TYPES = (
    (PNG_MAGIC, "image/png", "png"),
    (JPEG_MAGIC, "image/jpeg", "jpg"),
)


@dataclass(frozen=True)
class StepPicture:
    """One picture of a step: a drawn figure (`svg`) or a photo (`photo`, of type `mime`).

    `label` is "Start" or "End" (empty for a still step's one picture), `description` what
    it shows, `file_name` the name its file gets beside a Markdown export.
    """

    label: str
    description: str
    alt: str
    file_name: str
    svg: str | None = None  # for the page: as wide and tall as the page's CSS makes it
    svg_file: str | None = None  # for a file of its own: a fixed size
    photo: bytes | None = None
    mime: str = "image/svg+xml"

    @property
    def caption(self) -> str:
        return ": ".join(part for part in (self.label, self.description) if part)

    def data(self) -> bytes:
        """The picture's file."""
        return self.photo if self.photo is not None else (self.svg_file or "").encode("utf-8")


def _clean(text: str) -> str:
    return terminal_safe(text).replace("\ufffd", "")


def _labels(count: int) -> list[tuple[str, str]]:
    """(label, file name suffix) for each of `count` pictures: a still step has one, unnamed."""
    if count == 1:
        return [("", "")]
    return [(t("show.picture_start"), "-start"), (t("show.picture_end"), "-end")]


def step_pictures(step: Step, name: str, position: str) -> list[StepPicture]:
    """The pictures a step shows: its photos where it has any that can be read, else its
    figures. `name` and `position` are the step's name and position, already in words."""
    photos = [photo for photo in (_read_photo(path) for path in step_photos(step)) if photo]
    if photos:
        return _photo_pictures(step.id, photos[:2], name, position)
    return _figure_pictures(step)


def _photo_pictures(
    step_id: str, photos: list[tuple[bytes, str, str]], name: str, position: str
) -> list[StepPicture]:
    pictures = []
    for (label, suffix), (data, mime, extension) in zip(_labels(len(photos)), photos, strict=True):
        description = "" if label else position or name  # one photo is captioned too
        alt = ": ".join(dict.fromkeys(part for part in (name, label or description) if part))
        file_name = f"{step_id}{suffix}.{extension}"
        pictures.append(StepPicture(label, description, alt, file_name, photo=data, mime=mime))
    return pictures


def _figure_pictures(step: Step) -> list[StepPicture]:
    try:
        figures = step_figures(step)
    except KeyError:  # a pose the library does not have: the routine was not checked
        return []
    if figures is None:
        return []
    bounds = figures.bounds
    left, bottom, right, top = bounds
    aspect = (right - left + 2 * MARGIN) / (top - bottom + 2 * MARGIN)  # as figure_svg frames it
    file_size = (str(round(FILE_HEIGHT * aspect)), str(FILE_HEIGHT))
    poses = (figures.start, figures.end) if figures.moves else (figures.start,)
    pictures = []
    for (label, suffix), pose, figure in zip(
        _labels(len(poses)), poses, figures.figures(), strict=False
    ):
        description = _clean(pose_caption(pose))
        alt = ": ".join(part for part in (label, description) if part)
        pictures.append(
            StepPicture(
                label,
                description,
                alt,
                f"{step.id}{suffix}.svg",
                svg=figure_svg(figure, alt, bounds),
                svg_file=figure_svg(figure, alt, bounds, size=file_size),
            )
        )
    return pictures


def _read_photo(path: Path) -> tuple[bytes, str, str] | None:
    """A photo's bytes, its type and file extension, sniffed from its first bytes; None when it
    cannot be read or is no longer a PNG or JPEG (it may have changed since it was checked)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_IMAGE_BYTES:
        return None
    for magic, mime, extension in _PHOTO_TYPES:
        if data.startswith(magic):
            return data, mime, extension
    return None


# --- HTML --------------------------------------------------------------------------------

PICTURE_CSS = """
.pictures { float: right; width: 58mm; margin-left: 3mm; display: flex; flex-direction: column;
            gap: 0.3mm; }
.picture { margin: 0; text-align: center; }
.picture svg, .picture img { display: block; width: 100%; height: 18mm; object-fit: contain; }
.picture img { background: #f4f4f4; }
.picture figcaption { font-size: 7pt; line-height: 1.15; color: #333; margin-top: 0.3mm; }
.then { text-align: center; font-size: 8pt; line-height: 1; color: #2f6f8f; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def qr_svg(url: str) -> str:
    """A QR code of `url` (a step's video), to scan from the paper with a phone."""
    import segno

    # An <svg> of plain paths: no script, nothing fetched.
    # A viewBox and no fixed size, so the page's CSS sets how big it prints.
    return str(segno.make(url, error="m").svg_inline(border=2, omitsize=True))


def qr_text(url: str) -> str:
    """A QR code of `url` for a terminal, two rows of modules a line in half blocks: the light
    modules drawn, the dark ones left blank (light text on a dark background reads right)."""
    import io

    import segno

    out = io.StringIO()
    segno.make(url, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue().rstrip("\n")


def pictures_html(pictures: list[StepPicture]) -> str:
    """The step's pictures, start above end, each a <figure> with its caption: a column beside
    the step's text, so three steps fit on a page."""
    if not pictures:
        return ""
    parts = []
    for number, picture in enumerate(pictures):
        if number:
            parts.append('<div class="then" aria-hidden="true">↓</div>')
        if picture.photo is not None:
            data = base64.b64encode(picture.photo).decode("ascii")
            media = f'<img src="data:{picture.mime};base64,{data}" alt="{_e(picture.alt)}">'
        else:
            media = picture.svg or ""
        caption = _e(picture.description)
        if picture.label:
            label = f'<span class="label">{_e(picture.label)}</span>'
            caption = f"{label}: {caption}" if caption else label
        parts.append(f'<figure class="picture">{media}<figcaption>{caption}</figcaption></figure>')
    return f'<div class="pictures">{"".join(parts)}</div>'


# --- Markdown ----------------------------------------------------------------------------


def pictures_markdown(
    pictures: list[StepPicture], folder: str, escape: Callable[[str], str]
) -> list[str]:
    """Image links to the pictures' files in `folder` (relative to the Markdown file), on one
    line so a viewer sets them side by side, then their captions. `escape` makes routine text
    literal Markdown."""
    if not pictures:
        return []
    links = [
        f"![{escape(picture.alt)}]({quote(folder)}/{quote(picture.file_name)})"
        for picture in pictures
    ]
    captions = [escape(picture.caption) for picture in pictures if picture.caption]
    lines = [" ".join(links), ""]
    if captions:
        lines += [f"*{' → '.join(captions)}*", ""]
    return lines
