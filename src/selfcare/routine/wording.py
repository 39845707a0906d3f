"""Times, doses and phase names in words, in the chosen language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from selfcare.i18n.language import t
from selfcare.routine.text import localize

if TYPE_CHECKING:  # the model loads only where a routine is used, not for `list`
    from selfcare.routine.model import Phase, Step


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
    set_rest = step.rest if step.set_rest is None else step.set_rest
    if step.sets > 1 and set_rest > 0 and set_rest != step.rest:
        parts.append(t("words.set_rest", t=duration_words(set_rest)))
    if step.each_side:
        parts.append(t("words.each_side"))
    return t("words.separator").join(parts)


def phase_title(phase: Phase, lang: str) -> str:
    if phase.title is not None:
        return localize(phase.title, lang)
    return t(f"phase.{phase.kind}", in_lang=lang)


def loosen_question(phase: Phase, lang: str) -> str:
    if phase.kind == "loosen" and phase.ask is not None:
        return localize(phase.ask, lang)
    return t("phase.default_ask", in_lang=lang)


def segment_label(kind: str, side: str | None) -> str:
    """ "Hold", "Rest", "Switch sides"... with the side when there is one."""
    label = t(f"session.{'hold' if kind == 'work' else kind.replace('get-ready', 'get_ready')}")
    if side is not None and kind != "switch":
        label += " · " + t(f"side.{side}")
    return label
