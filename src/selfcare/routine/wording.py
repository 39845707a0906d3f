"""Times, doses, phases and segments in words, in the current language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from selfcare.i18n.language import t
from selfcare.routine.text import Text, localize
from selfcare.safe_text import terminal_safe

if TYPE_CHECKING:  # `list` words its table without loading the model or the planner
    from selfcare.routine.model import Phase, PhaseKind, Side, Step
    from selfcare.routine.plan import SegmentKind

# Message keys by enum value (a StrEnum member finds its value's entry); a test checks that
# every member has one.
PHASE_TITLES = {
    "prepare": "phase.prepare",
    "stabilize": "phase.stabilize",
    "loosen": "phase.loosen",
    "cooldown": "phase.cooldown",
}
PHASE_KIND_NAMES = {
    "prepare": "kind.prepare",
    "stabilize": "kind.stabilize",
    "loosen": "kind.loosen",
    "cooldown": "kind.cooldown",
}
SEGMENT_LABELS = {
    "get-ready": "session.get_ready",
    "work": "session.hold",
    "own-rep": "session.own_pace",
    "rest": "session.rest",
    "switch": "session.switch",
}
SIDE_NAMES = {"left": "side.left", "right": "side.right"}


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def duration_words(seconds: float) -> str:
    """12 s, 3 min, 2 min 30 s (rounded to whole seconds above a minute)."""
    if seconds < 60:
        shown = seconds if seconds < 10 else round(seconds)
        return t("words.seconds", n=_number(round(shown, 1)))
    minutes, rest = divmod(round(seconds), 60)
    if rest == 0:
        return t("words.minutes", m=minutes)
    return t("words.minutes_seconds", m=minutes, s=rest)


def clock(seconds: float) -> str:
    """m:ss, for totals in tables."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def dose_words(step: Step) -> str:
    """The dose as a person reads it: "10 s × 10, rest 5 s, each side"."""
    first = t("words.seconds", n=_number(step.hold))
    if step.reps > 1:
        first += " " + t("words.reps", n=step.reps)
    if step.sets > 1:
        first += " " + t("words.sets", n=step.sets)
    parts = [first]
    if step.rest > 0 and step.reps > 1:
        parts.append(t("words.rest", t=duration_words(step.rest)))
    set_rest = step.rest_between_sets
    if step.sets > 1 and set_rest > 0 and set_rest != step.rest:
        parts.append(t("words.set_rest", t=duration_words(set_rest)))
    if step.each_side:
        parts.append(t("words.each_side"))
    return t("words.separator").join(parts)


def phase_title(phase: Phase) -> str:
    if phase.title is not None:
        return localize(phase.title)
    return t(PHASE_TITLES[phase.kind])


def phase_kind_name(kind: PhaseKind | str) -> str:
    """A phase kind as one word, for the routine list (which reads kinds from its cache)."""
    return t(PHASE_KIND_NAMES[kind])


def loosen_question(phase: Phase) -> str:
    from selfcare.routine.model import PhaseKind

    if phase.kind is PhaseKind.LOOSEN and phase.ask is not None:
        return localize(phase.ask)
    return t("phase.default_ask")


def side_words(side: Side, means: Text | None = None) -> str:
    """ "left side", or with what the step says a side means, "left side (the side you
    stretch)": a stretch's side is otherwise ambiguous (stretch it, or lean towards it?)."""
    name = t(SIDE_NAMES[side])
    if means is None:
        return name
    return t("side.meaning", side=name, means=terminal_safe(" ".join(localize(means).split())))


def switch_words(side: Side) -> str:
    """ "Switch to the right side": what the band shows and the coach says at a switch."""
    return t("session.switch_to", side=t(SIDE_NAMES[side]))


def segment_label(kind: SegmentKind, side: Side | None) -> str:
    """ "Hold", "Rest", "Switch sides"... with the side when there is one."""
    label = t(SEGMENT_LABELS[kind])
    from selfcare.routine.plan import SegmentKind

    if side is not None and kind is not SegmentKind.SWITCH:
        label += " · " + t(SIDE_NAMES[side])
    return label
