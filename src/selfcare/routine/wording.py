"""Times, doses, phases and segments in words, in the current language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from selfcare.i18n.language import t
from selfcare.routine.text import Text, localize
from selfcare.safe_text import terminal_safe

if TYPE_CHECKING:  # `list` words its table without loading the model or the planner
    from selfcare.routine.model import Phase, PhaseKind, Side, SideDose, Step
    from selfcare.routine.plan import Plan, SegmentKind

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


def count_words(count: int, written: tuple[int, int] | None) -> str:
    """A count of reps or sets as written: "10", or a range "8–12"."""
    if written is None:
        return str(count)
    return t("words.range", low=written[0], high=written[1])


def _dose_core(step: Step, dose: SideDose) -> str:
    """Reps, sets and hold of one side: "10 s × 8–12 × 2 sets", at one's own pace "8–12 reps"."""
    reps = count_words(dose.reps or 1, dose.reps_range)
    sets = count_words(dose.sets or 1, dose.sets_range)
    many_sets = (dose.sets or 1) > 1 or dose.sets_range is not None
    if step.pace == "own":
        words = [t("words.own_reps", n=reps)]
    else:
        words = [t("words.seconds", n=_number(dose.hold or 0))]
        if (dose.reps or 1) > 1 or dose.reps_range is not None:
            words.append(t("words.reps", n=reps))
    if many_sets:
        words.append(t("words.sets", n=sets))
    return " ".join(words)


def _sides_apart(step: Step) -> list[tuple[Side, str]]:
    """Each side with its dose in words, for a step whose two sides differ; else []."""
    if not (step.each_side and step.has_side_doses):
        return []
    doses = [(side, _dose_core(step, step.dose_on(side))) for side in step.sides if side]
    return doses if len({dose for _, dose in doses}) > 1 else []


def dose_words(step: Step) -> str:
    """The dose as a person reads it: "10 s × 10, rest 5 s, each side"; "8–12 reps at your own
    pace"; "left side: 10 s × 3 / right side: 10 s × 2"; "30 s × 2, right side only"."""
    apart = _sides_apart(step)
    first = sides_words(step) if apart else _dose_core(step, step.dose_on(step.side))
    own = step.pace == "own"
    parts = [t("words.own_pace", dose=first) if own else first]
    if own and step.tempo is not None:
        parts.append(t("words.tempo", t=duration_words(step.tempo)))
    doses = [step.dose_on(side) for side in step.sides]
    if not own and step.rest > 0 and any((dose.reps or 1) > 1 for dose in doses):
        parts.append(t("words.rest", t=duration_words(step.rest)))
    set_rest = step.rest_between_sets
    many_sets = any((dose.sets or 1) > 1 or dose.sets_range for dose in doses)
    if many_sets and set_rest > 0 and (own or set_rest != step.rest):
        parts.append(t("words.set_rest", t=duration_words(set_rest)))
    if not apart and (sides := sides_words(step)):
        parts.append(sides)
    return t("words.separator").join(parts)


def sides_words(step: Step) -> str:
    """The sides a step works: "each side", "right side only (the side you stretch)", each
    side's own dose when the two differ; "" for a step without sides."""
    apart = _sides_apart(step)
    if apart:
        return t("words.side_doses").join(
            t(
                "words.side_dose",
                side=side_words(side, step.side_means if n == 0 else None),
                dose=dose,
            )
            for n, (side, dose) in enumerate(apart)
        )
    if step.each_side:
        return _with_meaning(t("words.each_side"), step.side_means)
    if step.side is not None:
        only = t("words.one_side", side=t(SIDE_NAMES[step.side]))
        return _with_meaning(only, step.side_means)
    return ""


def about_words(seconds: float) -> str:
    """A time that is an estimate: "about 4 min" (reps at one's own pace take their time)."""
    return t("words.about", t=duration_words(seconds))


def planned_words(plan: Plan, *, about: bool | None = None) -> str:
    """ "Planned time: 9 min 56 s (7 min 26 s if loosening is not needed)", each time "about"
    when `about` (by default, when reps at one's own pace make the plan an estimate)."""
    words = about_words if (plan.approximate if about is None else about) else duration_words
    line = t("show.planned", time=words(plan.total_seconds))
    if plan.routine.has_loosen:
        line += t("show.planned_without_loosen", time=words(plan.seconds_without_loosen))
    return line


def equipment_words(items: Iterable[Text]) -> list[str]:
    """What to have at hand, each item once (as the first said it), in the current language."""
    said: dict[str, str] = {}
    for item in items:
        words = " ".join(localize(item).split())
        said.setdefault(words.casefold(), words)
    return list(said.values())


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
    return _with_meaning(t(SIDE_NAMES[side]), means)


def _with_meaning(words: str, means: Text | None) -> str:
    if means is None:
        return words
    return t("side.meaning", side=words, means=terminal_safe(" ".join(localize(means).split())))


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
