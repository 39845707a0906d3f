"""The fields of a step as home-exercise prescriptions write it: reps and sets as a range
(`8-12`), reps at the person's own pace (`pace: own`, `tempo`, `estimate`), one side only
(`side`), a dose per side (`left:`, `right:`), what a side means (`side_means`), and what to
have at hand (`equipment`). `fields.py` puts them into the routine's table; `StepKind` checks
that a step's fields fit together.
"""

from __future__ import annotations

import re
from typing import Any

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule
from selfcare.routine.kinds import (
    INVALID,
    CheckContext,
    ChoiceKind,
    DurationKind,
    Field,
    Kind,
    ListKind,
    RecordKind,
    TextKind,
    shown,
)
from selfcare.routine.model import Pace, Side, SideDose, Step
from selfcare.routine.source import KEY, DocPath

# "8-12", "8–12" (an en dash, as word processors type it), "8 - 12", "8〜12". ASCII digits,
# at most four: longer is no count, and the schema's pattern says the same.
COUNT_RANGE = re.compile(r"\s*([0-9]{1,4})\s*[-–〜~]\s*([0-9]{1,4})\s*")
SIDE_NAMES = tuple(side.value for side in Side)
PACES = tuple(pace.value for pace in Pace)
COUNTS = ("reps", "sets")


class CountRangeKind(Kind):
    """A whole number within limits, or a range of them as written, such as 8-12.

    Gives the number, or (low, high) for a range; a range of one number ("10-10") is the number.
    """

    def __init__(self, minimum: int, maximum: int) -> None:
        self.minimum, self.maximum = minimum, maximum

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        name = str(where[-1]) if where else "reps"
        limits = {"low": self.minimum, "high": self.maximum}
        if isinstance(value, int) and not isinstance(value, bool):
            if not self.minimum <= value <= self.maximum:
                message = t("check.out_of_range", value=shown(value), **limits)
                return ctx.error(where, Rule.BAD_DOSE, message)
            return value
        match = COUNT_RANGE.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            message = t("check.count_or_range_expected", value=shown(value))
            return ctx.error(where, Rule.WRONG_TYPE, message)
        low, high = int(match.group(1)), int(match.group(2))
        written = shown(value)
        if min(low, high) < self.minimum or max(low, high) > self.maximum:
            message = t("check.range_out_of_range", value=written, key=name, **limits)
            return ctx.error(where, Rule.BAD_DOSE, message)
        if low > high:
            message = t("check.range_reversed", value=written, fixed=f"{high}-{low}")
            return ctx.error(where, Rule.BAD_DOSE, message)
        return low if low == high else (low, high)

    def schema(self) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "integer", "minimum": self.minimum, "maximum": self.maximum},
                {"type": "string", "pattern": "^" + COUNT_RANGE.pattern + "$"},
            ]
        }


class SideKind(ChoiceKind):
    """`left` or `right`; `both` is told to write `each_side: true`."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if value == "both":
            return ctx.error(where, Rule.BAD_SIDES, t("check.side_both"))
        return super().check(value, where, ctx)


def split_ranges(values: dict[str, Any]) -> dict[str, Any]:
    """Checked values with each range of reps or sets split into its low end (what a session
    does) and the range as written (what paper shows)."""
    values = dict(values)
    for count in COUNTS:
        if isinstance(values.get(count), tuple):
            values[f"{count}_range"] = values[count]
            values[count] = values[count][0]
    return values


def _side_dose(**values: Any) -> SideDose:
    return SideDose(**split_ranges(values))


def side_dose_kind(side: str, step_fields: dict[str, Field]) -> RecordKind:
    """`left:` or `right:`: that side's own reps, sets or hold, each as in the step."""
    return RecordKind(
        side,
        {name: step_fields[name] for name in ("reps", "sets", "hold")},
        _side_dose,
    )


def build_step(**values: Any) -> Step:
    values = split_ranges(values)
    values["pace"] = Pace(values.get("pace", Pace.TIMED))
    if "side" in values:
        values["side"] = Side(values["side"])
    values.setdefault("hold", 0.0)  # own pace: the planner counts `estimate` instead
    return Step(**values)


PACE_FIELDS: dict[str, Field] = {
    "pace": Field(
        ChoiceKind(PACES, Rule.BAD_PACE),
        "timed (the default: each rep lasts `hold`) or own: the person counts the reps at "
        "their own pace, with no hold.",
    ),
    "tempo": Field(
        DurationKind(0, 60, positive=True),
        "pace: own only. Seconds one rep takes, for the voice's count.",
    ),
    "estimate": Field(
        DurationKind(0, 600, positive=True),
        "pace: own only. Seconds a rep is planned at in times and totals, shown as 'about' "
        "(default: tempo, else 4).",
    ),
}
SIDE = Field(SideKind(SIDE_NAMES, Rule.BAD_SIDES), "left or right: one side only.")
SIDE_MEANS = Field(TextKind(), "What a side means for this step, such as 'the side you stretch'.")
STEP_EQUIPMENT = Field(
    ListKind(TextKind()), "What this step needs at hand: a towel, a chair, a band, a wall."
)
EQUIPMENT = Field(
    ListKind(TextKind()),
    "What to have at hand for the routine: a towel, a chair, a band, a wall. Shown before "
    "starting and on the handout.",
)


class StepKind(RecordKind):
    """A step, with the rules on how its fields fit together: a hold or one's own pace, one
    side or both, a side's own dose on a side the step works."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        fits = _fits_together(value, where, ctx) if isinstance(value, dict) else True
        step = super().check(value, where, ctx)
        return step if fits else INVALID

    def schema(self) -> dict[str, Any]:
        own = {"properties": {"pace": {"const": "own"}}, "required": ["pace"]}
        both = {"properties": {"each_side": {"const": True}}, "required": ["each_side"]}
        tempo_or_estimate = {"anyOf": [{"required": ["tempo"]}, {"required": ["estimate"]}]}
        side_keys = [{"required": [key]} for key in ("left", "right", "side_means")]
        one_side = [
            {
                "if": {"properties": {"side": {"const": side}}, "required": ["side"]},
                "then": {"not": {"required": [other]}},
            }
            for side, other in (("left", "right"), ("right", "left"))
        ]
        return {
            **super().schema(),
            "allOf": [
                {
                    "if": own,
                    "then": {"not": {"required": ["hold"]}},
                    "else": {"required": ["hold"], "not": tempo_or_estimate},
                },
                {"not": {**both, "required": ["each_side", "side"]}},
                {
                    "if": {"anyOf": side_keys},
                    "then": {"anyOf": [both, {"required": ["side"]}]},
                },
                *one_side,
            ],
        }


def _fits_together(step: dict[str, object], where: DocPath, ctx: CheckContext) -> bool:
    """Report each way the step's fields contradict one another; True when none does."""
    fits = True
    if step.get("pace", Pace.TIMED.value) == Pace.TIMED and "hold" not in step:
        fits = False  # reported at the step, as a missing key is
        ctx.doc.report(where, Rule.MISSING_FIELD, t("check.missing_hold"))
    for place, rule, message in [*_pace_problems(step), *_side_problems(step)]:
        fits = False
        ctx.error((*where, *place, KEY), rule, message)
    return fits


Problem = tuple[DocPath, Rule, str]  # the key at fault, under the step; its rule and words


def _pace_problems(step: dict[str, object]) -> list[Problem]:
    """A hold at one's own pace (in the step, a side's dose or a level); a tempo or an
    estimate on a timed step."""
    pace = step.get("pace", Pace.TIMED.value)
    if pace == Pace.TIMED:
        return [
            ((key,), Rule.BAD_PACE, t("check.needs_own_pace", key=key))
            for key in ("tempo", "estimate")
            if key in step
        ]
    if pace != Pace.OWN:
        return []  # a pace that is neither is reported as such
    holds: list[DocPath] = [("hold",)] if "hold" in step else []
    holds += [(side, "hold") for side in SIDE_NAMES if _has(step.get(side), "hold")]
    levels = step.get("levels")
    for index, level in enumerate(levels if isinstance(levels, list) else []):
        holds += [("levels", index, "hold")] if _has(level, "hold") else []
    return [(place, Rule.BAD_PACE, t("check.own_pace_hold")) for place in holds]


def _side_problems(step: dict[str, object]) -> list[Problem]:
    """`side` with `each_side`; a side's own dose or `side_means` on a step without sides,
    or a side's dose on the one side the step does not work."""
    each_side, side = step.get("each_side") is True, step.get("side")
    problems: list[Problem] = []
    if "side" in step and each_side:
        problems.append(
            (("side",), Rule.BAD_SIDES, t("check.side_and_each_side", side=shown(side)))
        )
    sided = each_side or "side" in step  # a side that is not left or right has its own error
    for name in SIDE_NAMES:
        if name in step and not sided:
            problems.append(((name,), Rule.BAD_SIDES, t("check.side_dose_no_sides", side=name)))
        elif name in step and side in SIDE_NAMES and side != name and not each_side:
            message = t("check.side_dose_other_side", side=name, other=side)
            problems.append(((name,), Rule.BAD_SIDES, message))
    if "side_means" in step and not sided:
        problems.append((("side_means",), Rule.BAD_SIDES, t("check.side_means_no_sides")))
    return problems


def _has(value: object, key: str) -> bool:
    return isinstance(value, dict) and key in value
