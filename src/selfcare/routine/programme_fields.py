"""The fields of a programme over weeks: `schedule` (how often, how long), a step's `levels`
and the routine's `learn` cards. `fields.py` puts them into the routine's table.
"""

from __future__ import annotations

import re
from typing import Any

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule
from selfcare.routine.ids import ID_PATTERN
from selfcare.routine.kinds import (
    INVALID,
    CheckContext,
    ChoiceKind,
    CountKind,
    Field,
    Kind,
    ListKind,
    RecordKind,
    StringKind,
    TextKind,
    shown,
)
from selfcare.routine.model import WEEKDAYS, Card, Level, Schedule
from selfcare.routine.prescription_fields import split_ranges
from selfcare.routine.source import DocPath

MAX_WEEKS = 52
MAX_LEVELS = 5  # levels 2 to 6 after the step itself
# ASCII digits only, as the schema's pattern means them: "６-８" is refused by both.
WEEK_RANGE = re.compile(r"\s*([0-9]{1,2})\s*[-–〜~]\s*([0-9]{1,2})\s*")


class WeeksKind(Kind):
    """A number of weeks, or a range such as 6-8."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            low = high = value
        elif isinstance(value, str) and (match := WEEK_RANGE.fullmatch(value)):
            low, high = int(match.group(1)), int(match.group(2))
        else:
            return ctx.error(where, Rule.WRONG_TYPE, t("check.weeks_expected", value=shown(value)))
        if not (1 <= low <= MAX_WEEKS and 1 <= high <= MAX_WEEKS):
            message = t("check.weeks_range", value=shown(value), high=MAX_WEEKS)
            return ctx.error(where, Rule.BAD_DOSE, message)
        if low > high:
            return ctx.error(where, Rule.BAD_SCHEDULE, t("check.weeks_order", value=shown(value)))
        return (low, high)

    def schema(self) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": MAX_WEEKS},
                {"type": "string", "pattern": "^" + WEEK_RANGE.pattern + "$"},
            ]
        }


def _schedule(
    per_week: int | None = None,
    days: tuple[str, ...] = (),
    weeks: tuple[int, int] | None = None,
) -> Schedule:
    return Schedule(per_week=per_week, days=days, weeks=weeks)


class ScheduleKind(RecordKind):
    """`per_week` or `days` (one of them), and `weeks`."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        schedule = super().check(value, where, ctx)
        if schedule is INVALID:
            return INVALID
        assert isinstance(schedule, Schedule)
        if (schedule.per_week is None) == (not schedule.days):
            return ctx.error(where, Rule.BAD_SCHEDULE, t("check.schedule_shape"))
        if len(set(schedule.days)) != len(schedule.days):
            return ctx.error((*where, "days"), Rule.BAD_SCHEDULE, t("check.schedule_days_twice"))
        return schedule

    def schema(self) -> dict[str, Any]:
        one_of = [{"required": ["per_week"]}, {"required": ["days"]}]
        return {**super().schema(), "oneOf": one_of}


SCHEDULE = ScheduleKind(
    "schedule",
    {
        "per_week": Field(CountKind(1, 21), "Sessions a week, on any days (or give days)."),
        "days": Field(
            ListKind(ChoiceKind(WEEKDAYS, Rule.BAD_SCHEDULE), Rule.BAD_SCHEDULE, "check.no_days"),
            "The days of the week: mon, tue, wed, thu, fri, sat, sun (or give per_week).",
        ),
        "weeks": Field(WeeksKind(), "For how many weeks: 8, or a range such as 6-8."),
    },
    _schedule,
)


def _level(**values: object) -> Level:
    return Level(**split_ranges(values))


def level_kind(step_fields: dict[str, Field]) -> RecordKind:
    """A level: the step's own fields that may change from level to level, none required."""
    names = (
        "name", "position", "cues", "mistakes", "caution", "video", "figure", "image",
        "hold", "reps", "sets", "rest", "set_rest",
    )  # fmt: skip
    return RecordKind(
        "level",
        {name: Field(step_fields[name].kind, step_fields[name].doc) for name in names},
        _level,
    )


def levels_kind(step_fields: dict[str, Field]) -> ListKind:
    return LevelsKind(level_kind(step_fields), Rule.BAD_LEVELS, "check.no_levels")


class LevelsKind(ListKind):
    """Levels 2, 3, ...: each must change something, and there are at most MAX_LEVELS."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, list) and len(value) > MAX_LEVELS:
            message = t("check.too_many_levels", count=len(value), limit=MAX_LEVELS)
            return ctx.error(where, Rule.BAD_LEVELS, message)
        levels = super().check(value, where, ctx)
        if levels is INVALID:
            return INVALID
        empty = [index for index, level in enumerate(levels) if not level.changes()]
        for index in empty:  # each one reported, so one run shows them all
            ctx.error((*where, index), Rule.BAD_LEVELS, t("check.empty_level"))
        return INVALID if empty else levels

    def schema(self) -> dict[str, Any]:
        return {**super().schema(), "maxItems": MAX_LEVELS}


CARD_ID = StringKind(ID_PATTERN, Rule.BAD_ID, "check.bad_id")  # the same as a step's id

CARD = RecordKind(
    "card",
    {
        "id": Field(CARD_ID, "Unique among the cards: lower-case letters, digits, '-'.", True),
        "title": Field(TextKind(), "The card's heading.", required=True),
        "text": Field(TextKind(), "A few sentences for people.", required=True),
        "source": Field(TextKind(), "Where it comes from: a guideline, a study."),
    },
    lambda **values: Card(**values),
)


class CardsKind(ListKind):
    """The learn cards, each id once."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        cards = super().check(value, where, ctx)
        if cards is INVALID:
            return INVALID
        seen: set[str] = set()
        twice = False
        for index, card in enumerate(cards):
            if card.id in seen:
                twice = True
                message = t("check.card_id_twice", id=card.id)
                ctx.error((*where, index, "id"), Rule.DUPLICATE_CARD_ID, message)
            seen.add(card.id)
        return INVALID if twice else cards


LEARN = CardsKind(CARD)
