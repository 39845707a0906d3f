"""What changed between two versions of a routine, in words: for the client to read before a
new version from their practitioner replaces the one they have (`selfcare update`, `add`).

Steps are matched by their id; a step's dose is its hold (or its own pace), reps and sets (a
range as written), rest and sides, as written (level 1), compared as a person reads them.
Wording is left out: a reworded cue is not something to decide on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from selfcare.i18n.language import t
from selfcare.routine.text import localize
from selfcare.routine.wording import count_words, duration_words, sides_words
from selfcare.safe_text import terminal_safe

if TYPE_CHECKING:
    from selfcare.routine.model import Routine, Step

# Each part of a dose and the word for it.
DOSE_NAMES = {
    "hold": "changes.hold",
    "reps": "changes.reps",
    "sets": "changes.sets",
    "rest": "changes.rest",
    "sides": "changes.sides",
}


@dataclass(frozen=True)
class DoseChange:
    step: Step  # as it is in the new version
    field: str  # a key of DOSE_NAMES
    old: str  # in words: "10", "8–12", "6 s", "at your own pace", "right side only"
    new: str


@dataclass(frozen=True)
class RoutineChanges:
    old_version: str | None
    new_version: str | None
    added: tuple[Step, ...]
    removed: tuple[Step, ...]
    doses: tuple[DoseChange, ...]

    @property
    def version_changed(self) -> bool:
        return self.old_version != self.new_version

    @property
    def any(self) -> bool:
        return self.version_changed or bool(self.added or self.removed or self.doses)


def compare(old: Routine, new: Routine) -> RoutineChanges:
    old_steps = {step.id: step for _, step in old.steps()}
    new_steps = {step.id: step for _, step in new.steps()}
    doses = [
        DoseChange(step, name, was, now)
        for step in new_steps.values()
        if step.id in old_steps
        for (name, was), now in zip(
            _dose(old_steps[step.id]).items(), _dose(step).values(), strict=True
        )
        if was != now
    ]
    return RoutineChanges(
        old.version,
        new.version,
        tuple(step for step in new_steps.values() if step.id not in old_steps),
        tuple(step for step in old_steps.values() if step.id not in new_steps),
        tuple(doses),
    )


def changes_from_file(path: Path, new: Routine) -> list[str]:
    """The change lines from the routine installed at `path` to `new`; never empty."""
    from selfcare.routine.discovery import Source, check_file

    old = check_file(path, Source.USER, id_must_match_name=False).routine
    if old is None:  # edited by hand into an invalid file, say: the new one replaces it whole
        return [t("changes.old_invalid")]
    return change_lines(compare(old, new)) or [t("changes.wording_only")]


def change_lines(changes: RoutineChanges) -> list[str]:
    """One line per change: the version, steps added and removed, then each dose old → new."""
    lines = []
    if changes.version_changed:
        old, new = (
            v or t("changes.no_version") for v in (changes.old_version, changes.new_version)
        )
        lines.append(t("changes.version", old=_safe(old), new=_safe(new)))
    lines += [t("changes.added", name=_name(step), id=step.id) for step in changes.added]
    lines += [t("changes.removed", name=_name(step), id=step.id) for step in changes.removed]
    for dose in changes.doses:
        what = t(DOSE_NAMES[dose.field])
        old, new = _safe(dose.old), _safe(dose.new)
        lines.append(t("changes.dose", name=_name(dose.step), what=what, old=old, new=new))
    return lines


def _name(step: Step) -> str:
    return _safe(localize(step.name))


def _safe(text: str) -> str:
    return terminal_safe(text).replace("\n", " ")


def _dose(step: Step) -> dict[str, str]:
    """Each part of a step's dose as a person reads it, by its key in DOSE_NAMES."""
    return {
        "hold": t("changes.own_pace") if step.pace == "own" else duration_words(step.hold),
        "reps": count_words(step.reps, step.reps_range),
        "sets": count_words(step.sets, step.sets_range),
        "rest": duration_words(step.rest),
        "sides": sides_words(step) or t("changes.no_sides"),
    }
