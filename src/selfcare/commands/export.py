"""`selfcare export`: a routine's printable handout (HTML), Markdown or plain text, to a file or
stdout.

The HTML page carries its pictures inside it. Markdown links them as files in a folder beside
it, `NAME-pictures/`; written to standard output it has no folder, so it goes without them.
Plain text, for a chat message, has no pictures.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NoReturn

import typer

from selfcare.errors import SelfcareError
from selfcare.export.handout import (
    Handout,
    build_handout,
    picture_files,
    render_html,
    render_markdown,
)
from selfcare.export.handout_text import render_text
from selfcare.i18n.language import LANGUAGES, current_language, set_language, t
from selfcare.output import write_whole
from selfcare.routine.model import Routine
from selfcare.routine.plan import Plan
from selfcare.routine.text import Text
from selfcare.safe_text import one_line

# Each --format and the ending of its file (cli.ExportFormat lists the same formats).
HANDOUT_FILES = {"html": "html", "md": "md", "text": "txt"}
LANGUAGE_NAMES = {"en": "export.language_en", "ja": "export.language_ja"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")


def export(
    plan: Plan, handout_format: str, out: Path | None, *, client: str = "", start: str | None = None
) -> None:
    """Write the handout to `out` (a file, a folder, or "-" for stdout; default: here), with
    the client's name and start day (YYYY-MM-DD) when the practitioner gives them."""
    start_day = _start_day(start)
    _use_the_routines_language(plan.routine)
    handout = build_handout(plan, client, start_day)
    pictures = picture_files(handout)
    markdown = handout_format == "md"
    if out is not None and str(out) == "-":
        if markdown and pictures:
            typer.echo(t("export.pictures_left_out"), err=True)
        try:
            sys.stdout.write(_render(handout, handout_format))
            sys.stdout.flush()
        except OSError as error:  # a full disk or a closed pipe behind standard output
            _cannot_write(out, error)
        return
    name = f"{plan.routine.id}-{current_language()}.{HANDOUT_FILES[handout_format]}"
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
        text = _render(handout, handout_format)
    _write(target, text.encode("utf-8"))
    typer.echo(t("export.written", path=one_line(target)))
    if markdown and pictures:
        typer.echo(t("export.pictures_written", count=len(pictures), path=one_line(folder)))


def _render(handout: Handout, handout_format: str) -> str:
    if handout_format == "md":
        return render_markdown(handout)
    return render_text(handout) if handout_format == "text" else render_html(handout)


def _start_day(start: str | None) -> date | None:
    """--start as a day; a date not written YYYY-MM-DD, or no such day, is refused."""
    if start is None:
        return None
    try:
        if _ISO_DAY.fullmatch(start.strip()):
            return date.fromisoformat(start.strip())
    except ValueError:  # 2025-02-30
        pass
    raise SelfcareError(t("export.bad_start", value=one_line(start)))


def _use_the_routines_language(routine: Routine) -> None:
    """Write the whole handout in the routine's language when its texts lack the person's,
    and say so (in the person's language): the headings then match the texts."""
    languages = routine_languages(routine)
    asked = current_language()
    if asked in languages:
        return
    ours, theirs = t(LANGUAGE_NAMES[asked]), t(LANGUAGE_NAMES[languages[0]])
    typer.echo(t("export.other_language", lang=ours, routine_lang=theirs), err=True)
    set_language(languages[0])


def routine_languages(routine: Routine) -> tuple[str, ...]:
    """The languages selfcare speaks that the routine is written in, its main one first: as it
    declares them; else those its texts are given in; else the script of its plain texts."""
    if routine.languages:
        return routine.languages
    texts = list(_texts(routine))
    given = {code for text in texts if not isinstance(text, str) for code in text}
    if given:
        # Texts keyed only by other languages (fr, pt-BR) leave the person's choice alone.
        return tuple(code for code in LANGUAGES if code in given) or tuple(LANGUAGES)
    plain = " ".join(text for text in texts if isinstance(text, str))
    # A Japanese text counts fewer characters than an English one says the same in.
    japanese = len(_JAPANESE.findall(plain)) * 3 > len(_LATIN.findall(plain))
    return ("ja",) if japanese else ("en",)


def _texts(routine: Routine) -> Iterator[Text]:
    """The routine's texts that a handout prints."""
    yield routine.title
    for text in (routine.summary, routine.frequency, *routine.fits, *routine.cautions):
        if text is not None:
            yield text
    for phase in routine.phases:
        yield from (text for text in (phase.title, phase.why, phase.ask) if text is not None)
        for step in phase.steps:
            yield from (step.name, *step.cues, *step.mistakes)
            yield from (text for text in (step.position, step.caution) if text is not None)


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
