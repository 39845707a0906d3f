"""Finding routines: built-in, the user's folder, extra folders; ids and paths resolved to files."""

from __future__ import annotations

import functools
import os
import shlex
import stat
import sys
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.paths import builtin_routines, extra_routine_folders, user_routines
from selfcare.safe_text import one_line

if TYPE_CHECKING:  # kept out of start-up: `list` needs none of them
    from selfcare.routine.diagnostics import Diagnostic
    from selfcare.routine.model import Routine
    from selfcare.routine.plan import Plan

ROUTINE_SUFFIXES = (".yaml", ".yml")


class Source(StrEnum):
    BUILTIN = "built-in"
    USER = "user"
    FOLDER = "folder"


def is_routine_file_name(path: Path) -> bool:
    """A .yaml or .yml name, in any case: X.YAML from a camera-roll style export counts too."""
    return path.suffix.lower() in ROUTINE_SUFFIXES


def routine_files(folder: Path, *, recursive: bool = False) -> list[Path]:
    """The routine files in `folder` (and below, when `recursive`), sorted.

    OSError when `folder` cannot be read (a subfolder that cannot be is passed over)."""
    if recursive:
        with os.scandir(folder):  # rglob would pass over an unreadable `folder` without a word
            pass
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    # is_file() raises in a folder that can be listed but not searched (chmod a-x): `folder`
    # itself is then unreadable; below it, such a subfolder's files are passed over.
    is_file = _is_file if recursive else Path.is_file
    return sorted(p for p in candidates if is_routine_file_name(p) and is_file(p))


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _readable_files(folder: Path, *, warn: bool) -> list[Path]:
    """The routine files in one search folder; a missing folder has none, and one that cannot
    be read is skipped, with a warning: the other folders' routines still work."""
    try:
        return routine_files(folder)
    except FileNotFoundError:  # no user folder until `selfcare new`: nothing to say
        return []
    except OSError as error:
        if warn:
            _warn_skipped(str(folder), error.strerror or str(error))
        return []


@functools.cache  # once per folder: `start` may look up a second routine
def _warn_skipped(folder: str, reason: str) -> None:
    print(t("library.folder_skipped", path=one_line(folder), reason=reason), file=sys.stderr)


def search_folders(extra_dirs: list[Path] | None = None) -> list[tuple[Source, Path]]:
    """Folders in search order; a later folder overrides an earlier one for the same id."""
    folders = [(Source.BUILTIN, builtin_routines()), (Source.USER, user_routines())]
    folders += [(Source.FOLDER, folder) for folder in extra_routine_folders()]
    folders += [(Source.FOLDER, folder) for folder in extra_dirs or []]
    return folders


@dataclass(frozen=True)
class RoutineFile:
    """A routine file, checked: its plan when valid, and every problem found."""

    id: str
    path: Path
    source: Source
    plan: Plan | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    pictures: tuple[Path, ...] = ()  # the `image:` files the check read (or looked for)

    @property
    def routine(self) -> Routine | None:
        return None if self.plan is None else self.plan.routine


def check_file(
    path: Path, source: Source = Source.FOLDER, *, id_must_match_name: bool = True
) -> RoutineFile:
    """Load and check one routine file; never raises for a bad file.

    Files in routine folders are found by name, so there the id must equal the file name;
    a file named by its path (a download called "my-back (1).yaml") need not.
    """
    # YAML and the checks load only when a file is read, not for `list` from its index.
    from selfcare.routine.checking import check_document
    from selfcare.routine.source import collection_paused, load_file

    with collection_paused():
        doc = load_file(path)
        plan = check_document(doc, file_stem=path.stem if id_must_match_name else None)
    return RoutineFile(path.stem, path, source, plan, doc.diagnostics, tuple(doc.pictures))


@dataclass(frozen=True)
class FoundFile:
    """The file that wins for one routine id, and the sources it overrides."""

    id: str
    path: Path
    source: Source
    overrides: tuple[Source, ...]


def winning_files(extra_dirs: list[Path] | None = None, *, warn: bool = True) -> list[FoundFile]:
    """Every routine id with the file that wins for it, in id order (nothing parsed).

    A folder that cannot be read is skipped, with a warning on stderr unless not `warn`."""
    found: dict[str, tuple[Source, Path]] = {}
    overridden: dict[str, list[Source]] = {}
    for source, folder in search_folders(extra_dirs):
        for path in _readable_files(folder, warn=warn):
            if path.stem in found:
                overridden.setdefault(path.stem, []).append(found[path.stem][0])
            found[path.stem] = (source, path)
    return [
        FoundFile(name, found[name][1], found[name][0], tuple(overridden.get(name, ())))
        for name in sorted(found)
    ]


def known_ids(extra_dirs: list[Path] | None = None) -> list[str]:
    """Routine ids from file names alone (no parsing): for completion and suggestions.

    Quiet about unreadable folders: a shell's completion must print nothing else."""
    from selfcare.routine.ids import is_routine_id

    return [found.id for found in winning_files(extra_dirs, warn=False) if is_routine_id(found.id)]


def looks_like_path(ref: str) -> bool:
    return is_routine_file_name(Path(ref))


def resolve(ref: str, extra_dirs: list[Path] | None = None) -> Plan:
    """The plan of the routine named by an id or a .yaml/.yml path (`plan.routine` is the
    routine); SelfcareError if it is missing or invalid."""
    from selfcare.routine.ids import is_routine_id

    if looks_like_path(ref):
        path = Path(ref).expanduser()
        _must_be_a_file(path, ref)
        checked = check_file(path, id_must_match_name=False)
    else:
        found = winning_files(extra_dirs) if is_routine_id(ref) else []
        winner = next((file for file in found if file.id == ref), None)
        if winner is None:
            raise SelfcareError(_unknown_id_message(ref, extra_dirs))
        checked = check_file(winner.path, winner.source)
    if checked.plan is None:
        from selfcare.routine.diagnostics import Severity

        errors = sorted(
            (d for d in checked.diagnostics if d.severity is Severity.ERROR),
            key=lambda d: (d.line, d.column),
        )
        word = shlex.quote(one_line(checked.path))  # pastes back as one shell word
        raise SelfcareError(t("library.invalid", path=one_line(checked.path), word=word), errors)
    return checked.plan


def _must_be_a_file(path: Path, ref: str) -> None:
    """SelfcareError unless `path` is a regular file that can be looked at."""
    try:
        is_file = stat.S_ISREG(path.stat().st_mode)
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the name
        is_file = False
    except OSError as error:  # in a folder that cannot be searched: say so, not "no file"
        reason = error.strerror or str(error)
        raise SelfcareError(t("library.cannot_read", path=one_line(ref), reason=reason)) from None
    if not is_file:
        raise SelfcareError(t("library.no_file", path=one_line(ref)))


def _unknown_id_message(ref: str, extra_dirs: list[Path] | None) -> str:
    import difflib

    close = difflib.get_close_matches(ref, known_ids(extra_dirs), n=3, cutoff=0.5)
    message = t("library.unknown_id", id=one_line(ref))
    if close:
        message += _gap() + t("library.did_you_mean", ids=", ".join(close))
    else:
        message += _gap() + t("library.see_list")
    return message


def _gap() -> str:
    """What goes between two sentences: a space, but none after a Japanese 。."""
    from selfcare.i18n.language import Language, current_language

    return "" if current_language() is Language.JA else " "
