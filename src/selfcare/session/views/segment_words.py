"""What a segment is called on the screen, in the plain lines and aloud: its state, its side
said unambiguously, and the rep and set it is at, counted on that side's own dose."""

from __future__ import annotations

from selfcare.i18n.language import t
from selfcare.routine.model import Side, Step
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.wording import segment_label, side_words
from selfcare.safe_text import terminal_safe


def side_of(step: Step, side: Side) -> str:
    """ "left side", or "left side (the side you stretch)" when the step says what it means."""
    return side_words(side, step.side_means)


def switch_words(step: Step, side: Side) -> str:
    """ "Switch to the right side (the side you stretch)"."""
    return t("session.switch_to", side=side_of(step, side))


def first_side_words(step: Step) -> str | None:
    """The side a step starts on, said as it gets ready: "left side first" for a step done
    on each side, or the one side of a one-sided step; None for a step without sides."""
    if step.each_side:
        return t("session.side_first", side=side_of(step, Side.LEFT))
    return None if step.side is None else side_of(step, step.side)


def state_words(segment: Segment, step: Step) -> str:
    """ "Hold · left side (the side you stretch)", "Get ready · left side first", "Switch to
    the right side", "At your own pace", "Rest"."""
    if segment.kind is SegmentKind.SWITCH and segment.side is not None:
        return terminal_safe(switch_words(step, segment.side))
    label = segment_label(segment.kind, None)
    if segment.kind is SegmentKind.GET_READY:
        side = first_side_words(step)
    else:
        side = None if segment.side is None else side_of(step, segment.side)
    return terminal_safe(label if side is None else f"{label} · {side}")


def rep_count(segment: Segment, step: Step) -> tuple[int, int] | None:
    """(this rep, the reps of a set) on the segment's side, or None outside the reps."""
    if segment.rep is None:
        return None
    return segment.rep, step.dose_on(segment.side).reps or 1


def counter_words(segment: Segment, step: Step, *, with_rep: bool = True) -> list[str]:
    """ "rep 3/10", "set 1/2": where the segment is in that side's dose (one of each shows
    nothing: a single rep or set needs no counting)."""
    dose = step.dose_on(segment.side)
    reps, sets = dose.reps or 1, dose.sets or 1
    words = []
    if with_rep and segment.rep is not None and reps > 1:
        words.append(t("session.rep", rep=segment.rep, reps=reps))
    if segment.set is not None and sets > 1:
        words.append(t("session.set", set=segment.set, sets=sets))
    return words
