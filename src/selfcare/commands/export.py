"""`selfcare export`: a routine's printable handout (HTML) or Markdown, to a file or stdout.

The HTML page carries its pictures inside it. Markdown links them as files in a folder beside
it, `NAME-pictures/`; written to standard output it has no folder, so it goes without them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import typer

from selfcare.errors import SelfcareError
from selfcare.export.handout import build_handout, picture_files, render_html, render_markdown
from selfcare.i18n.language import current_language, t
from selfcare.output import HandoutFormat, write_whole
from selfcare.routine.plan import Plan
from selfcare.routine.text import use_routine_language
from selfcare.safe_text import one_line


def export(plan: Plan, handout_format: HandoutFormat, out: Path | None) -> None:
    """Write the handout to `out` (a file, a folder, or "-" for stdout; default: here)."""
    use_routine_language(plan.routine)
    handout = build_handout(plan)
    pictures = picture_files(handout)
    markdown = handout_format is HandoutFormat.MD
    if out is not None and str(out) == "-":
        if markdown and pictures:
            typer.echo(t("export.pictures_left_out"), err=True)
        try:
            sys.stdout.write(render_markdown(handout) if markdown else render_html(handout))
            sys.stdout.flush()
        except OSError as error:  # a full disk or a closed pipe behind standard output
            _cannot_write(out, error)
        return
    name = f"{plan.routine.id}-{current_language()}.{handout_format.value}"
    target = _target(out, name)
    if markdown:
        folder = target.with_name(f"{target.stem}-pictures")
        if pictures:
            _make_folder(folder)
            for picture in pictures:
                # Replaces a picture this export wrote before, as the Markdown file is replaced;
                # nothing else in the folder is touched.
                _write(folder / picture.file_name, picture.data())
        text = render_markdown(handout, folder.name if pictures else None)
    else:
        text = render_html(handout)
    _write(target, text.encode("utf-8"))
    typer.echo(t("export.written", path=one_line(target)))
    if markdown and pictures:
        typer.echo(t("export.pictures_written", count=len(pictures), path=one_line(folder)))


def _target(out: Path | None, name: str) -> Path:
    """The file to write: `out`, or `name` in `out` when it is a folder (here without `out`).

    `--out handouts/` reaches here as "handouts", its slash gone: a missing path with no
    suffix is taken for a folder not made yet and refused, not written as a file of that name.
    """
    if out is None:
        return Path(name)
    if _is_folder(out):
        return out / name
    if not out.suffix and not os.path.lexists(out):
        suffix = Path(name).suffix
        raise SelfcareError(t("export.no_folder", path=one_line(out), suffix=suffix))
    return out


def _is_folder(path: Path) -> bool:
    """Whether `path` is a folder; False where it cannot be looked at (writing then says why)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:  # a file of that name, or no permission
        _cannot_write(folder, error)


def _write(path: Path, data: bytes) -> None:
    try:
        write_whole(path, data)  # a full disk never leaves a handout cut short
    except OSError as error:
        _cannot_write(path, error)


def _cannot_write(path: Path, error: OSError) -> NoReturn:
    reason = error.strerror or str(error)
    raise SelfcareError(t("export.cannot_write", path=one_line(path), reason=reason)) from None
