"""`selfcare new`: a commented starter routine that already passes `selfcare validate --strict`.

The starter fits a body area (`--area`, asked on a terminal) in the languages asked for
(`--lang`); `--from` starts from a copy of another routine instead, its id changed. Beside the
routine, `routine.schema.json` lets an editor check it: the routine names it relatively, so the
hint holds on any computer the folder is copied to and names nothing of this one.
"""

from __future__ import annotations

import re
import sys
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from selfcare.commands.copyable import shell_word
from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.paths import builtin_routines, user_routines
from selfcare.routine.discovery import is_routine_file_name
from selfcare.routine.ids import is_routine_id
from selfcare.safe_text import one_line

if TYPE_CHECKING:
    from selfcare.routine.model import Area

SCHEMA_HINT = "# yaml-language-server: $schema="
AREA_NAMES = {  # the areas in the order they are offered
    "low-back": "area.low-back",
    "pelvic-girdle": "area.pelvic-girdle",
    "neck-shoulder": "area.neck-shoulder",
    "general": "area.general",
}


@dataclass(frozen=True)
class StarterOptions:
    area: str | None = None  # an Area's value; None: ask on a terminal, else general
    languages: str = "both"  # en, ja or both (commands.starter.Languages)
    source: str | None = None  # --from: a routine id or path to copy instead
    force: bool = False  # allow a built-in routine's id


def write_starter(routine_id: str, out: Path | None, options: StarterOptions) -> Path:
    """Write the starter routine for `routine_id`; never overwrite an existing file.

    Every failure is one sentence naming the path; none leaves a half-written file behind."""
    from selfcare.output import stdout_console

    if not is_routine_id(routine_id):
        raise SelfcareError(t("new.bad_id", id=routine_id))
    if out is not None and (out.stem != routine_id or not is_routine_file_name(out)):
        # any other name would fail `validate` with id-mismatch the moment it is written
        raise SelfcareError(t("new.out_name", id=routine_id))
    if options.source is not None and options.area is not None:
        raise SelfcareError(t("new.from_and_area"))
    if options.source is not None and options.languages != "both":  # never silently ignored
        raise SelfcareError(t("new.from_and_lang"))
    if not options.force and routine_id in _builtin_ids():
        raise SelfcareError(t("new.builtin_id", id=routine_id))
    target = out if out is not None else user_routines() / f"{routine_id}.yaml"
    with suppress(OSError):  # a folder we may not look into is said when it is written
        if target.exists():  # said before any question is asked
            raise SelfcareError(t("new.exists", path=one_line(target)))
    pictures: list[tuple[Path, Path]] = []
    if options.source is not None:
        text, pictures = _copied_routine(options.source, routine_id, target.parent)
    else:
        text = _starter(routine_id, options, target.name)
    _make_folder(target.parent)
    try:
        taken = target.exists()
    except OSError as error:  # a folder we may not look into
        raise _cannot_write(target, error) from None
    if taken:
        raise SelfcareError(t("new.exists", path=one_line(target)))
    _write_schema(target.parent)
    _write_new(target, text)
    for picture, copy in pictures:
        _copy_picture(picture, copy)
    console = stdout_console()
    console.print(t("new.written", path=one_line(target)), markup=False, soft_wrap=True)
    console.print(t("new.next", path=shell_word(target)), markup=False, soft_wrap=True)
    return target


def _builtin_ids() -> set[str]:
    from selfcare.routine.discovery import routine_files

    try:
        return {path.stem for path in routine_files(builtin_routines())}
    except OSError:  # no built-ins to hide
        return set()


def _starter(routine_id: str, options: StarterOptions, file_name: str) -> str:
    from selfcare.commands.starter import Languages, starter_text
    from selfcare.routine.model import Area

    area = Area(options.area) if options.area is not None else _ask_area()
    return starter_text(routine_id, area, Languages(options.languages), file_name)


def is_terminal() -> bool:
    """Whether a person is there to answer: input and output are both a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask_area() -> Area:
    """The body area, asked when a person is there to answer; general when not."""
    from selfcare.routine.model import Area

    if not is_terminal():
        return Area.GENERAL
    from selfcare.output import stdout_console
    from selfcare.session.keys import LineInput
    from selfcare.session.prompts import Prompter, QuitAnswer

    console = stdout_console()
    console.print(t("new.area_question"), markup=False)
    for number, (area, name) in enumerate(AREA_NAMES.items(), start=1):
        console.print(f"  {number}. {area}: {t(name)}", markup=False)
    choices = [(area, (area,)) for area in AREA_NAMES]
    try:
        return Area(Prompter(console, LineInput(sys.stdin)).choose(t("new.area_answer"), choices))
    except QuitAnswer:
        raise SelfcareError(t("new.no_area")) from None


def _copied_routine(ref: str, routine_id: str, folder: Path) -> tuple[str, list[tuple[Path, Path]]]:
    """The text of the routine `ref` (an id or a path) with its id changed to `routine_id` and
    the schema hint pointing beside it; and its photos, each with where its copy goes in
    `folder`. SelfcareError when `ref` is no routine, or not a valid one."""
    from selfcare.commands.starter import SCHEMA_FILE
    from selfcare.routine.discovery import check_file, looks_like_path, resolve, winning_files
    from selfcare.routine.source import LoadedDocument, load_bytes

    resolve(ref)  # missing or invalid: said as `show` and `start` say it
    if looks_like_path(ref):
        path = Path(ref).expanduser()
    else:
        path = next(found.path for found in winning_files(warn=False) if found.id == ref)
    checked = check_file(path, id_must_match_name=False)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:  # changed since it was checked
        reason = getattr(error, "strerror", None) or str(error)
        raise SelfcareError(t("library.cannot_read", path=one_line(path), reason=reason)) from None
    lines = _with_id(text, routine_id, path).splitlines(keepends=True)
    hint = f"{SCHEMA_HINT}./{SCHEMA_FILE}\n"
    if lines and lines[0].startswith(SCHEMA_HINT):
        lines[0] = hint
    else:
        lines.insert(0, hint)
    copied = "".join(lines)
    check = load_bytes(copied.encode("utf-8"), LoadedDocument(str(path)))
    if not isinstance(check.data, dict) or check.data.get("id") != routine_id:
        raise SelfcareError(t("new.id_not_found", id=routine_id, path=one_line(path)))
    source_folder = path.resolve().parent
    pictures = []
    if source_folder != folder.resolve():
        for picture in checked.pictures:
            with suppress(ValueError):  # (a check lets no picture outside the folder)
                pictures.append((picture, folder / picture.relative_to(source_folder)))
    return copied, pictures


def _with_id(text: str, routine_id: str, path: Path) -> str:
    """`text` with the value of its top-level `id:` replaced by `routine_id`."""
    from selfcare.routine.source import LoadedDocument, load_bytes

    doc = load_bytes(text.encode("utf-8"), LoadedDocument(str(path)))
    old = doc.data.get("id") if isinstance(doc.data, dict) else None
    lines = text.splitlines(keepends=True)  # as YAML counts them, in a file it read
    line, column = doc.positions.get(("id",), (0, 0))
    found = None
    if isinstance(old, str) and 0 < line <= len(lines):
        found = re.compile(rf"""(["']?){re.escape(old)}\1""").match(lines[line - 1], column - 1)
    if found is None:  # written in a way this cannot change (a block scalar, say)
        raise SelfcareError(t("new.id_not_found", id=old, path=one_line(path)))
    current = lines[line - 1]
    lines[line - 1] = current[: found.start()] + routine_id + current[found.end() :]
    return "".join(lines)


def _write_schema(folder: Path) -> None:
    """The JSON Schema beside the routine, as this version checks routines; always refreshed,
    whole or not at all (a full disk leaves no empty schema)."""
    import json

    from selfcare.commands.starter import SCHEMA_FILE
    from selfcare.output import write_whole
    from selfcare.routine.fields import json_schema

    schema = folder / SCHEMA_FILE
    try:
        write_whole(schema, json.dumps(json_schema(), indent=2, ensure_ascii=False).encode())
    except OSError as error:
        raise _cannot_write(schema, error) from None


def _write_new(target: Path, text: str) -> None:
    created = False
    try:
        with target.open("x", encoding="utf-8") as handle:  # "x": fail rather than overwrite
            created = True
            handle.write(text)
    except FileExistsError:
        raise SelfcareError(t("new.exists", path=one_line(target))) from None
    except OSError as error:  # a full disk: no half-written starter is left behind
        if created:
            with suppress(OSError):
                target.unlink()
        raise _cannot_write(target, error) from None


def _copy_picture(picture: Path, copy: Path) -> None:
    """A photo the copied routine shows, beside the copy; one already there is kept."""
    import shutil

    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.exists():
            shutil.copyfile(picture, copy)
    except OSError as error:
        raise _cannot_write(copy, error) from None


def _make_folder(folder: Path) -> None:
    """Make `folder` and the folders above it; SelfcareError, in words, if that fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # SELFCARE_HOME names a file, say
        in_the_way = next((p for p in (folder, *folder.parents) if _not_a_folder(p)), folder)
        message = t("new.file_in_the_way", path=one_line(folder), file=one_line(in_the_way))
        raise SelfcareError(message) from None
    except OSError as error:  # no permission, a read-only disk
        reason = error.strerror or str(error)
        message = t("new.cannot_make_folder", path=one_line(folder), reason=reason)
        raise SelfcareError(message) from None


def _not_a_folder(path: Path) -> bool:
    """Whether something other than a folder is at `path`."""
    try:
        return path.exists() and not path.is_dir()
    except OSError:
        return False


def _cannot_write(path: Path, error: OSError) -> SelfcareError:
    reason = error.strerror or str(error)
    return SelfcareError(t("new.cannot_write", path=one_line(path), reason=reason))
