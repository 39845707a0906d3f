"""Installing a routine file into the user's folder: checked first, written whole, by its id.

Shared by `selfcare add`, `update` and `remove`. The routine's own `id:` names the installed
file, so a download saved as "neck-desk (1).yaml" installs as neck-desk.yaml; that is why the
id-must-match-the-file-name rule does not apply to the file being added.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.paths import builtin_routines, user_routines
from selfcare.routine.diagnostics import Diagnostic, Rule, Severity
from selfcare.routine.discovery import routine_files
from selfcare.routine.origins import Origin, fingerprint, remember
from selfcare.routine.plan import Plan
from selfcare.safe_text import one_line


@dataclass(frozen=True)
class Candidate:
    """A routine file that passed the checks: its bytes, its plan, and its warnings."""

    data: bytes
    plan: Plan
    warnings: tuple[Diagnostic, ...]

    @property
    def id(self) -> str:
        return self.plan.routine.id


def checked(data: bytes, shown: str) -> Candidate:
    """`data` checked as the routine file it would be once installed; SelfcareError with every
    problem (file:line, as `validate` prints them) when it is not a valid routine.

    It is checked without a folder, as it will be read from a folder it has no pictures in:
    a step's `image:` is refused with its line, and the message says what to do instead.
    """
    from selfcare.routine.checking import check_document
    from selfcare.routine.source import LoadedDocument, collection_paused, load_bytes

    doc = LoadedDocument(shown)
    with collection_paused():
        load_bytes(data, doc)
        plan = check_document(doc)
    problems = sorted(doc.diagnostics, key=lambda d: (d.line, d.column))
    if any(d.rule is Rule.IMAGE_NEEDS_FILE for d in problems):
        folder = one_line(user_routines())
        raise SelfcareError(t("add.has_pictures", source=one_line(shown), folder=folder), problems)
    if plan is None:
        raise SelfcareError(t("add.invalid", source=one_line(shown)), problems)
    warnings = tuple(d for d in problems if d.severity is Severity.WARNING)
    return Candidate(data, plan, warnings)


def installed_files(routine_id: str) -> list[Path]:
    """The user's routine files for `routine_id`: usually one, `<id>.yaml` (an `<id>.yml`
    saved by hand counts too). SelfcareError if the folder cannot be read."""
    return [path for path in _files(user_routines()) if path.stem == routine_id]


def is_builtin(routine_id: str) -> bool:
    return any(path.stem == routine_id for path in _files(builtin_routines()))


def _files(folder: Path) -> list[Path]:
    try:
        return routine_files(folder)
    except FileNotFoundError:  # no user folder before the first `add` or `new`
        return []
    except OSError as error:
        reason = error.strerror or str(error)
        raise SelfcareError(
            t("library.cannot_read", path=one_line(folder), reason=reason)
        ) from None


def install(candidate: Candidate, url: str | None) -> Path:
    """Write the routine as `<id>.yaml` in the user's folder, whole or not at all, and
    remember `url` (or forget the link of the copy it replaces, for a file)."""
    from selfcare.output import write_whole

    folder = user_routines()
    target = folder / f"{candidate.id}.yaml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        others = [path for path in installed_files(candidate.id) if path != target]
        write_whole(target, candidate.data)
        for other in others:  # an <id>.yml would otherwise hide the new <id>.yaml
            other.unlink()
    except OSError as error:
        reason = error.strerror or str(error)
        raise SelfcareError(t("new.cannot_write", path=one_line(target), reason=reason)) from None
    remember(candidate.id, None if url is None else Origin(url, fingerprint(candidate.data)))
    return target
