"""Every place selfcare reads or writes: its home, the built-in routines, the history, a cache."""

from __future__ import annotations

import os
from pathlib import Path

HOME_VARIABLE = "SELFCARE_HOME"
ROUTINES_PATH_VARIABLE = "SELFCARE_ROUTINES_PATH"


def selfcare_home() -> Path:
    """Where the user's routines and history live: $SELFCARE_HOME, else the platform's own."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home).expanduser()
    import platformdirs  # only when no folder is given: it costs start-up time

    return platformdirs.user_data_path("selfcare", appauthor=False)


def builtin_routines() -> Path:
    """The built-in routines: inside the installed package, or the checkout's top-level folder."""
    packaged = Path(__file__).parent / "routines"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "routines"  # an editable install from a checkout


def user_routines(home: Path | None = None) -> Path:
    """The folder `selfcare new` writes to and every command searches after the built-ins."""
    return (home or selfcare_home()) / "routines"


def routine_sources_path(home: Path | None = None) -> Path:
    """Where `selfcare add` remembers the link each routine came from, for `selfcare update`:
    beside the routines, so that a copied folder keeps them, and never a routine file itself."""
    return user_routines(home) / ".sources.json"


def extra_routine_folders() -> list[Path]:
    """Folders named in $SELFCARE_ROUTINES_PATH, searched after the user's own."""
    value = os.environ.get(ROUTINES_PATH_VARIABLE, "")
    return [Path(part).expanduser() for part in value.split(os.pathsep) if part]


def database_path(home: Path | None = None) -> Path:
    """The history: one SQLite file."""
    return (home or selfcare_home()) / "history.sqlite3"


def routine_index_path(home: Path | None = None) -> Path:
    """What `selfcare list` remembers of each routine file between runs."""
    return (home or selfcare_home()) / "cache" / "routine-index.json"
