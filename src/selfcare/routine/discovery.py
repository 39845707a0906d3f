"""Finding routines: built-in, the user's folder, extra folders; ids resolved to files."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t

if TYPE_CHECKING:  # kept out of start-up: `list` needs neither
    from selfcare.routine.diagnostics import Diagnostic
    from selfcare.routine.model import Routine

ROUTINE_SUFFIXES = (".yaml", ".yml")
_ID_SHAPE = re.compile(r"[a-z0-9][a-z0-9-]*")


class Source(StrEnum):
    BUILTIN = "built-in"
    USER = "user"
    FOLDER = "folder"


@dataclass(frozen=True)
class RoutineFile:
    """A routine file found in a search folder, checked."""

    id: str
    path: Path
    source: Source
    routine: Routine | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    overrides: tuple[Source, ...] = ()


def selfcare_home() -> Path:
    """Where user routines and the history live: $SELFCARE_HOME, else the platform's data folder."""
    home = os.environ.get("SELFCARE_HOME")
    if home:
        return Path(home).expanduser()
    import platformdirs

    return platformdirs.user_data_path("selfcare", appauthor=False)


def builtin_dir() -> Path:
    """The built-in routines: inside the installed package, or the checkout's top-level folder."""
    packaged = Path(__file__).parents[1] / "routines"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "routines"  # editable install from a checkout


def search_folders(extra_dirs: list[Path] | None = None) -> list[tuple[Source, Path]]:
    """Folders in search order; a later folder overrides an earlier one for the same id."""
    folders = [(Source.BUILTIN, builtin_dir()), (Source.USER, selfcare_home() / "routines")]
    env_path = os.environ.get("SELFCARE_ROUTINES_PATH", "")
    folders += [(Source.FOLDER, Path(p).expanduser()) for p in env_path.split(os.pathsep) if p]
    folders += [(Source.FOLDER, p) for p in extra_dirs or []]
    return folders


def routine_paths(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in ROUTINE_SUFFIXES and p.is_file())
    except OSError:
        return []


def check_file(
    path: Path, source: Source = Source.FOLDER, id_must_match_name: bool = True
) -> RoutineFile:
    """Load and check one routine file; never raises for a bad file.

    Files in routine folders are found by name, so there the id must equal the file name;
    a file named by its path (a download called "my-back (1).yaml") need not.
    """
    from selfcare.routine.rules import check_document
    from selfcare.routine.source import collection_paused, load_file  # YAML loads only when needed

    with collection_paused():
        doc = load_file(path)
        routine = check_document(doc, file_stem=path.stem if id_must_match_name else None)
    if routine is not None:
        routine = _with_source(routine, path)
    return RoutineFile(path.stem, path, source, routine, doc.diagnostics)


def _with_source(routine: Routine, path: Path) -> Routine:
    from dataclasses import replace

    return replace(routine, source_path=path)


@dataclass(frozen=True)
class FoundFile:
    """The file that wins for one routine id, and the sources it overrides."""

    id: str
    path: Path
    source: Source
    overrides: tuple[Source, ...]


def winning_files(extra_dirs: list[Path] | None = None) -> list[FoundFile]:
    """Every routine id with the file that wins for it, in id order (nothing parsed)."""
    found: dict[str, tuple[Source, Path]] = {}
    overridden: dict[str, list[Source]] = {}
    for source, folder in search_folders(extra_dirs):
        for path in routine_paths(folder):
            if path.stem in found:
                overridden.setdefault(path.stem, []).append(found[path.stem][0])
            found[path.stem] = (source, path)
    return [
        FoundFile(name, found[name][1], found[name][0], tuple(overridden.get(name, ())))
        for name in sorted(found)
    ]


def discover(extra_dirs: list[Path] | None = None) -> list[RoutineFile]:
    """Every routine id with its winning file, checked, in id order."""
    result = []
    for found in winning_files(extra_dirs):
        checked = check_file(found.path, found.source)
        result.append(
            RoutineFile(
                found.id,
                found.path,
                found.source,
                checked.routine,
                checked.diagnostics,
                found.overrides,
            )
        )
    return result


def known_ids(extra_dirs: list[Path] | None = None) -> list[str]:
    """Routine ids from file names alone (no parsing): for completion and suggestions."""
    ids = {path.stem for _, folder in search_folders(extra_dirs) for path in routine_paths(folder)}
    return sorted(ids)


def find_path(routine_id: str, extra_dirs: list[Path] | None = None) -> tuple[Source, Path] | None:
    winner = None
    for source, folder in search_folders(extra_dirs):
        for suffix in ROUTINE_SUFFIXES:
            candidate = folder / f"{routine_id}{suffix}"
            if candidate.is_file():
                winner = (source, candidate)
    return winner


def looks_like_path(ref: str) -> bool:
    return ref.lower().endswith(ROUTINE_SUFFIXES)


def resolve(ref: str, extra_dirs: list[Path] | None = None) -> Routine:
    """The routine named by an id or a .yaml/.yml path; SelfcareError if missing or invalid."""
    if looks_like_path(ref):
        path = Path(ref).expanduser()
        if not path.is_file():
            raise SelfcareError(t("library.no_file", path=ref))
        checked = check_file(path, id_must_match_name=False)
    else:
        located = find_path(ref, extra_dirs) if _ID_SHAPE.fullmatch(ref) else None
        if located is None:
            raise SelfcareError(_unknown_id_message(ref, extra_dirs))
        checked = check_file(located[1], located[0])
    if checked.routine is None:
        errors = sorted(
            (d for d in checked.diagnostics if d.severity == "error"),
            key=lambda d: (d.line, d.column),
        )
        raise SelfcareError(t("library.invalid", path=str(checked.path)), errors)
    return checked.routine


def _unknown_id_message(ref: str, extra_dirs: list[Path] | None) -> str:
    import difflib

    ids = [name for name in known_ids(extra_dirs) if _ID_SHAPE.fullmatch(name)]
    close = difflib.get_close_matches(ref, ids, n=3, cutoff=0.5)
    message = t("library.unknown_id", id=ref)
    if close:
        message += " " + t("library.did_you_mean", ids=", ".join(close))
    else:
        message += " " + t("library.see_list")
    return message
