"""The routine model: what a routine file means once it has been checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from selfcare.routine.text import Text

FORMAT_VERSION = "selfcare/1"
DEFAULT_GET_READY = 5.0
DEFAULT_MAX_PAIN = 5
DEFAULT_MAX_RISE = 2


class PhaseKind(StrEnum):
    """What a phase is for; the order rule is about these."""

    PREPARE = "prepare"
    STABILIZE = "stabilize"
    LOOSEN = "loosen"
    COOLDOWN = "cooldown"


@dataclass(frozen=True)
class Author:
    """Who wrote the routine; shown to clients so they know whom to ask."""

    name: Text | None = None
    clinic: Text | None = None
    contact: Text | None = None
    url: str | None = None


@dataclass(frozen=True)
class StopRules:
    """Pain limits that end a session; never looser than the defaults."""

    max_pain: int = DEFAULT_MAX_PAIN
    max_rise: int = DEFAULT_MAX_RISE


@dataclass(frozen=True)
class Step:
    """One exercise with its dose."""

    id: str
    name: Text
    hold: float
    position: Text | None = None
    cues: tuple[Text, ...] = ()
    mistakes: tuple[Text, ...] = ()
    caution: Text | None = None
    video: str | None = None
    figure: tuple[str, ...] = ()  # one pose from the library, or two: start and end
    image: tuple[
        Path, ...
    ] = ()  # the practitioner's own photos, checked to be in the routine's folder
    reps: int = 1
    sets: int = 1
    rest: float = 0.0
    set_rest: float | None = None
    each_side: bool = False
    get_ready: float | None = None

    @property
    def rest_between_sets(self) -> float:
        """The rest after each set but the last: `set_rest`, else the rest between reps."""
        return self.rest if self.set_rest is None else self.set_rest


@dataclass(frozen=True)
class Phase:
    """A run of steps with one purpose; phases run in file order."""

    kind: PhaseKind
    steps: tuple[Step, ...]
    title: Text | None = None
    why: Text | None = None
    ask: Text | None = None


@dataclass(frozen=True)
class Routine:
    """A whole routine as the practitioner wrote it."""

    id: str
    title: Text
    phases: tuple[Phase, ...]
    format: str = FORMAT_VERSION
    summary: Text | None = None
    version: str | None = None
    author: Author | None = None
    fits: tuple[Text, ...] = ()
    cautions: tuple[Text, ...] = ()
    get_ready: float = DEFAULT_GET_READY
    stop_rules: StopRules = field(default_factory=StopRules)

    def steps(self) -> list[tuple[Phase, Step]]:
        """Every step with its phase, in the order they run; a step's index is its place here."""
        return [(phase, step) for phase in self.phases for step in phase.steps]

    def lead_in(self, step: Step) -> float:
        """Seconds to get ready before `step` (and before its right side)."""
        return self.get_ready if step.get_ready is None else step.get_ready

    @property
    def has_loosen(self) -> bool:
        return any(phase.kind is PhaseKind.LOOSEN for phase in self.phases)
