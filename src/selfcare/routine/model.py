"""The routine model: what a routine file means once it has been checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

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


class Area(StrEnum):
    """The body area a routine is for: it chooses the safety screen and the advice."""

    LOW_BACK = "low-back"
    PELVIC_GIRDLE = "pelvic-girdle"
    NECK_SHOULDER = "neck-shoulder"
    GENERAL = "general"


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


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class Pace(StrEnum):
    """Who keeps the count of a step's reps."""

    TIMED = "timed"  # each rep is held for `hold` seconds: the clock counts
    OWN = "own"  # the person counts: a key press (or the voice, at `tempo`) moves to the next rep


DEFAULT_ESTIMATE = 4.0  # seconds a rep at your own pace is planned at, unless `estimate` says


@dataclass(frozen=True)
class SideDose:
    """What one side does differently from the step's dose (`left:` / `right:`)."""

    reps: int | None = None
    sets: int | None = None
    hold: float | None = None
    reps_range: tuple[int, int] | None = None  # as written, "8-12"; `reps` is its low end
    sets_range: tuple[int, int] | None = None


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order


@dataclass(frozen=True)
class Schedule:
    """How often and for how long the routine is meant to be done."""

    per_week: int | None = None  # sessions a week, on any days
    days: tuple[str, ...] = ()  # or on these days of the week (WEEKDAYS)
    weeks: tuple[int, int] | None = None  # for this many weeks: (6, 8), or (8, 8)

    @property
    def sessions_per_week(self) -> int:
        return len(self.days) if self.days else self.per_week or 0


@dataclass(frozen=True)
class Level:
    """A harder version of a step: only what differs from the step itself (level 1)."""

    name: Text | None = None
    position: Text | None = None
    cues: tuple[Text, ...] | None = None
    mistakes: tuple[Text, ...] | None = None
    caution: Text | None = None
    video: str | None = None
    figure: tuple[str, ...] | None = None
    image: tuple[Path, ...] | None = None
    hold: float | None = None
    reps: int | None = None
    sets: int | None = None
    rest: float | None = None
    set_rest: float | None = None
    reps_range: tuple[int, int] | None = None  # as written; `reps` is its low end
    sets_range: tuple[int, int] | None = None

    def changes(self) -> dict[str, Any]:
        """The fields this level sets, by name."""
        changes = {
            spec.name: getattr(self, spec.name)
            for spec in fields(self)
            if getattr(self, spec.name) is not None
        }
        # A level's plain `reps: 10` replaces level 1's range "8-12" too, not only its low end.
        for count in ("reps", "sets"):
            if count in changes:
                changes[f"{count}_range"] = getattr(self, f"{count}_range")
        return changes


@dataclass(frozen=True)
class Card:
    """A short "understanding" card: why the routine is built as it is."""

    id: str
    title: Text
    text: Text
    source: Text | None = None


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
    levels: tuple[Level, ...] = ()  # levels 2, 3, ...: level 1 is the step as written
    level: int = 1  # the level this step is at
    # A range as written ("8-12"): shown as the range; the session does `reps` (`sets`), its
    # low end: progression within the range is the person's, with their practitioner.
    reps_range: tuple[int, int] | None = None
    sets_range: tuple[int, int] | None = None
    pace: Pace = Pace.TIMED
    tempo: float | None = None  # own pace: seconds per rep when the voice counts
    estimate: float | None = None  # own pace: seconds per rep in plans and totals ("about")
    side: Side | None = None  # one side only; `each_side` is both, left then right
    left: SideDose | None = None  # the left side's own dose, where it differs
    right: SideDose | None = None
    side_means: Text | None = None  # what "the left side" means here: "the side you stretch"
    equipment: tuple[Text, ...] = ()  # what this step needs beyond the routine's list

    @property
    def sides(self) -> tuple[Side | None, ...]:
        """The sides the step works, in order; (None,) for a step without sides."""
        if self.each_side:
            return (Side.LEFT, Side.RIGHT)
        return (self.side,)

    def dose_on(self, side: Side | None) -> SideDose:
        """Reps, sets and hold on `side`: the step's, with that side's overrides."""
        sides = {Side.LEFT: self.left, Side.RIGHT: self.right}
        own = (sides.get(side) if side else None) or SideDose()
        reps, sets = own.reps is not None, own.sets is not None  # a count and its range go together
        return SideDose(
            reps=own.reps if reps else self.reps,
            sets=own.sets if sets else self.sets,
            hold=self.hold if own.hold is None else own.hold,
            reps_range=own.reps_range if reps else self.reps_range,
            sets_range=own.sets_range if sets else self.sets_range,
        )

    @property
    def has_side_doses(self) -> bool:
        """Whether a side has a dose of its own (`left:` or `right:`) on a side it works."""
        return any(
            dose is not None and side in self.sides
            for side, dose in ((Side.LEFT, self.left), (Side.RIGHT, self.right))
        )

    @property
    def seconds_per_rep(self) -> float:
        """A rep's planned seconds: its hold, or at your own pace the estimate (else the
        tempo the voice counts at, else DEFAULT_ESTIMATE)."""
        if self.pace is Pace.OWN:
            for seconds in (self.estimate, self.tempo):
                if seconds is not None:
                    return seconds
            return DEFAULT_ESTIMATE
        return self.hold

    @property
    def top_level(self) -> int:
        return len(self.levels) + 1

    def at_level(self, level: int) -> Step:
        """This step, as written (level 1), at `level` (kept within 1 and the top level)."""
        assert self.level == 1, "levels apply to the step as written"
        level = max(1, min(level, self.top_level))
        changes = {} if level == 1 else self.levels[level - 2].changes()
        # A level that gives a new figure and no photo shows the figure, not level 1's photo.
        if "figure" in changes and "image" not in changes:
            changes["image"] = ()
        return replace(self, **changes, level=level)

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
    area: Area = Area.GENERAL
    author: Author | None = None
    fits: tuple[Text, ...] = ()
    cautions: tuple[Text, ...] = ()
    get_ready: float = DEFAULT_GET_READY
    stop_rules: StopRules = field(default_factory=StopRules)
    schedule: Schedule | None = None
    frequency: Text | None = None  # how often, in a sentence for people
    learn: tuple[Card, ...] = ()
    equipment: tuple[Text, ...] = ()  # what to have at hand: a towel, a chair, a band, a wall
    languages: tuple[str, ...] = ()  # declared, the main one first; () when not declared
    # What the file says, hashed (set by the check, see `checking.content_hash`): the history
    # records it with each session, so an edit made without a new `version` still shows.
    content_hash: str | None = None

    def at_levels(self, levels: Mapping[str, int]) -> Routine:
        """The routine with each step named in `levels` at its level; the others at level 1."""
        if not levels:
            return self
        phases = tuple(
            replace(
                phase,
                steps=tuple(step.at_level(levels.get(step.id, 1)) for step in phase.steps),
            )
            for phase in self.phases
        )
        return replace(self, phases=phases)

    def steps(self) -> list[tuple[Phase, Step]]:
        """Every step with its phase, in the order they run; a step's index is its place here."""
        return [(phase, step) for phase in self.phases for step in phase.steps]

    def lead_in(self, step: Step) -> float:
        """Seconds to get ready before `step` (and before its right side)."""
        return self.get_ready if step.get_ready is None else step.get_ready

    @property
    def equipment_needed(self) -> tuple[Text, ...]:
        """What to have at hand: the routine's `equipment`, then each step's, as written."""
        return (*self.equipment, *(item for _, step in self.steps() for item in step.equipment))

    @property
    def has_loosen(self) -> bool:
        return any(phase.kind is PhaseKind.LOOSEN for phase in self.phases)
