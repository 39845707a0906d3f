"""Where each routine added from a link came from, for `selfcare update` to fetch it again.

Kept in a small JSON file beside the routines (paths.routine_sources_path), not in the routine
file: the installed file stays the practitioner's bytes exactly, so it validates as they wrote
it, with the same line numbers, and "nothing changed" is a byte comparison. With each link, the
SHA-256 of the file as installed tells `update` whether the user has edited it since.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import write_whole
from selfcare.paths import routine_sources_path
from selfcare.routine.ids import is_routine_id
from selfcare.safe_text import one_line

SOURCES_VERSION = 1
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Origin:
    """The link a routine was added from, and the fingerprint of the file installed from it."""

    url: str
    sha256: str


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_origins(path: Path | None = None) -> dict[str, Origin]:
    """The remembered links by routine id. A missing file remembers none; so does a damaged
    one, entry by entry: a routine whose entry is lost is still there, only not updatable."""
    import json

    try:
        data = json.loads((path or routine_sources_path()).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != SOURCES_VERSION:
        return {}
    routines = data.get("routines")
    if not isinstance(routines, dict):
        return {}
    found = {}
    for routine_id, entry in routines.items():
        if not (isinstance(entry, dict) and is_routine_id(routine_id)):
            continue
        url, sha256 = entry.get("url"), entry.get("sha256")
        if isinstance(url, str) and isinstance(sha256, str) and _SHA256.fullmatch(sha256):
            found[routine_id] = Origin(url, sha256)
    return found


def remember(routine_id: str, origin: Origin | None) -> None:
    """Keep `origin` as where `routine_id` came from; None forgets it. SelfcareError when the
    file cannot be written (the routine itself is in place by then: the message says so)."""
    import json

    path = routine_sources_path()
    origins = read_origins(path)
    if origin is None and routine_id not in origins:
        return  # nothing to forget: no file written for a routine added from a file
    if origin is None:
        del origins[routine_id]
    else:
        origins[routine_id] = origin
    entries = {
        name: {"url": kept.url, "sha256": kept.sha256} for name, kept in sorted(origins.items())
    }
    text = json.dumps({"version": SOURCES_VERSION, "routines": entries}, indent=2) + "\n"
    try:
        write_whole(path, text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or str(error)
        message = t("sources.cannot_write", id=routine_id, path=one_line(path), reason=reason)
        raise SelfcareError(message) from None
