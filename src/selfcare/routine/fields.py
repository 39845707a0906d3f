"""Routine format selfcare/1: every field, its kind and its documentation, in one table.

The checker and `selfcare schema` both read this table, so the JSON Schema editors get and
the checks the program applies cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule
from selfcare.routine.ids import ID_PATTERN
from selfcare.routine.images import MAX_IMAGE_BYTES
from selfcare.routine.kinds import (
    INVALID,
    TEXT_SCHEMA,
    URL_PATTERN,
    BoolKind,
    CheckContext,
    ChoiceKind,
    CountKind,
    DurationKind,
    Field,
    Kind,
    ListKind,
    RecordKind,
    StringKind,
    TextKind,
    shown,
)
from selfcare.routine.languages import LANGUAGES_KIND
from selfcare.routine.model import (
    DEFAULT_GET_READY,
    DEFAULT_MAX_PAIN,
    DEFAULT_MAX_RISE,
    FORMAT_VERSION,
    Area,
    Author,
    Phase,
    PhaseKind,
    Routine,
    StopRules,
)
from selfcare.routine.picture_fields import ImageKind, OneOrTwoKind, PoseKind, pose_schema
from selfcare.routine.prescription_fields import (
    EQUIPMENT,
    PACE_FIELDS,
    SIDE,
    SIDE_MEANS,
    STEP_EQUIPMENT,
    CountRangeKind,
    StepKind,
    build_step,
    side_dose_kind,
)
from selfcare.routine.programme_fields import LEARN, SCHEDULE, levels_kind
from selfcare.routine.source import DocPath, LoadedDocument

SCHEMA_ID = "https://selfcare.invalid/schema/routine-1.json"

# A web address written without its scheme, as a browser's address bar shows it.
NO_SCHEME = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::[0-9]+)?(?:[/?#]\S*)?")


class LinkKind(StringKind):
    """An http(s) link; one written without https:// (www.youtube.com/...) is told to add it."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, str) and NO_SCHEME.fullmatch(value):
            fixed = shown("https://" + value)
            return ctx.error(
                where, Rule.BAD_URL, t("check.url_no_scheme", value=shown(value), fixed=fixed)
            )
        return super().check(value, where, ctx)


TEXT = TextKind()
TEXTS = ListKind(TEXT)
GET_READY = DurationKind(0, 120)
URL = LinkKind(URL_PATTERN, Rule.BAD_URL, "check.bad_url")
ID = StringKind(ID_PATTERN, Rule.BAD_ID, "check.bad_id")

AUTHOR = RecordKind(
    "author",
    {
        "name": Field(TEXT, "The practitioner's name."),
        "clinic": Field(TEXT, "The clinic or practice."),
        "contact": Field(TEXT, "How a client reaches the author: phone, e-mail, booking page."),
        "url": Field(URL, "A web page, http(s) only."),
    },
    Author,
)

# A value above the default is refused by the stop-rules-looser rule (rules.py) before this runs.
STOP_RULES = RecordKind(
    "stop_rules",
    {
        "max_pain": Field(
            CountKind(0, DEFAULT_MAX_PAIN),
            f"Stop when pain is above this (0-10). At most {DEFAULT_MAX_PAIN}.",
        ),
        "max_rise": Field(
            CountKind(1, DEFAULT_MAX_RISE),
            f"Stop when pain rises this much over the start. At most {DEFAULT_MAX_RISE}.",
        ),
    },
    StopRules,
)

STEP_FIELDS: dict[str, Field] = {
    "id": Field(ID, "Unique in the routine: lower-case letters, digits, '-'.", required=True),
    "name": Field(TEXT, "The exercise's name.", required=True),
    "position": Field(TEXT, "The starting position."),
    "cues": Field(TEXTS, "What to do and feel, one short cue per item."),
    "mistakes": Field(TEXTS, "Common mistakes to avoid."),
    "caution": Field(TEXT, "When to stop or take care."),
    "video": Field(URL, "A demonstration video, http(s) only."),
    "figure": Field(
        OneOrTwoKind(PoseKind(), "check.figure_shape"),
        "A pose from selfcare's library, or two: [start, end]. Names: docs/authoring.md.",
    ),
    "image": Field(
        OneOrTwoKind(ImageKind(), "check.image_shape"),
        f"Your own PNG or JPEG (at most {MAX_IMAGE_BYTES // 1024 // 1024} MiB), or two: "
        "[start, end]; a path in the routine's folder. Shown instead of figure.",
    ),
    # Required unless `pace: own` (StepKind says so, in the words of the step).
    "hold": Field(
        DurationKind(0, 600, positive=True),
        "Seconds one rep lasts: a hold, or one slow movement. Required, unless pace: own.",
    ),
    "reps": Field(
        CountRangeKind(1, 100), "Repetitions per set (default 1), or a range such as 8-12."
    ),
    "sets": Field(CountRangeKind(1, 20), "Sets (default 1), or a range such as 2-3."),
    "rest": Field(
        DurationKind(0, 600), "Seconds of rest between reps (default 0); at your own pace, sets."
    ),
    "set_rest": Field(DurationKind(0, 1800), "Seconds of rest between sets (default: rest)."),
    **PACE_FIELDS,
    "each_side": Field(BoolKind(), "Whole dose on the left, a switch, then the right."),
    "side": SIDE,
}
STEP_FIELDS |= {
    side: Field(
        side_dose_kind(side, STEP_FIELDS),
        f"The {side} side's own reps, sets or hold, where they differ from the step's.",
    )
    for side in ("left", "right")
}
STEP_FIELDS |= {
    "side_means": SIDE_MEANS,
    "equipment": STEP_EQUIPMENT,
    "get_ready": Field(GET_READY, "Lead-in seconds before this step, and the side switch."),
}
STEP_FIELDS["levels"] = Field(
    levels_kind(STEP_FIELDS),
    "Harder versions, level 2 upward: each changes only what differs (dose, name, cues, "
    "position, figure). Level 1 is the step as written.",
)
STEP = StepKind("step", STEP_FIELDS, build_step)

PHASE = RecordKind(
    "phase",
    {
        "kind": Field(
            ChoiceKind(tuple(kind.value for kind in PhaseKind), Rule.BAD_PHASE_KIND),
            "prepare, stabilize, loosen or cooldown; loosen needs a stabilize phase before it.",
            required=True,
        ),
        "title": Field(TEXT, "Shown when the phase starts (a default per kind)."),
        "why": Field(TEXT, "Why this phase, shown when it starts."),
        "ask": Field(TEXT, "Loosen only: the 'still needed?' question (a default exists)."),
        "steps": Field(
            ListKind(STEP, Rule.EMPTY_PHASE, "check.empty_phase"),
            "The steps, in order.",
            required=True,
        ),
    },
    lambda kind, **values: Phase(kind=PhaseKind(kind), **values),
)

ROUTINE = RecordKind(
    "routine",
    {
        "format": Field(
            ChoiceKind((FORMAT_VERSION,), Rule.BAD_FORMAT),
            "Format version: selfcare/1.",
            required=True,
        ),
        "id": Field(
            ID,
            "Lower-case letters, digits, '-'; equals the file name without .yaml.",
            required=True,
        ),
        "title": Field(TEXT, "The routine's name.", required=True),
        "languages": Field(
            LANGUAGES_KIND,
            "The languages its texts are written in, the main one first: [ja] or [en, ja]. "
            "Each text map should have them all; a session or handout in another language "
            "uses the first one throughout.",
        ),
        "summary": Field(TEXT, "One or two sentences on what it is."),
        "version": Field(StringKind(), 'The routine\'s own version, quoted: "1.2".'),
        "area": Field(
            ChoiceKind(tuple(area.value for area in Area), Rule.BAD_AREA),
            "The body area: low-back, pelvic-girdle, neck-shoulder or general (the default); "
            "it chooses the safety screen and the advice.",
        ),
        "author": Field(AUTHOR, "Who wrote it; shown to clients."),
        "fits": Field(TEXTS, "Who the routine is for; shown before starting."),
        "cautions": Field(TEXTS, "Cautions shown before starting."),
        "get_ready": Field(
            GET_READY, f"Default lead-in seconds before each step ({DEFAULT_GET_READY:g})."
        ),
        "stop_rules": Field(STOP_RULES, "Pain limits; only stricter than the defaults."),
        "schedule": Field(SCHEDULE, "How often and for how long: per_week or days, and weeks."),
        "frequency": Field(TEXT, "How often, in a sentence for people; shown with the schedule."),
        "learn": Field(LEARN, "Short cards on why the routine is built as it is."),
        "equipment": EQUIPMENT,
        "phases": Field(
            ListKind(PHASE, Rule.NO_PHASES, "check.no_phases"),
            "Phases, in the order they run.",
            required=True,
        ),
    },
    lambda area=Area.GENERAL.value, **values: Routine(area=Area(area), **values),
)


def check_fields(doc: LoadedDocument) -> Routine | None:
    """Check the loaded data field by field and build the routine when every field fits."""
    if doc.data is None:
        return None
    routine = ROUTINE.check(doc.data, (), CheckContext(doc))
    return None if routine is INVALID else routine


def field_values(data: dict[str, object]) -> Iterator[tuple[Kind, object, DocPath]]:
    """Every value of the loaded data that the table gives a kind to (not a record or a list
    itself), with its kind and place: for rules that look at all values of one kind."""
    return _values(ROUTINE, data, ())


def _values(kind: Kind, value: object, where: DocPath) -> Iterator[tuple[Kind, object, DocPath]]:
    if isinstance(kind, RecordKind):
        if isinstance(value, dict):
            for name, spec in kind.fields.items():
                if name in value:
                    yield from _values(spec.kind, value[name], (*where, name))
    elif isinstance(kind, ListKind):
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _values(kind.item, item, (*where, index))
    else:
        yield kind, value, where


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of routine format version 1."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "selfcare routine, format 1",
        **ROUTINE.schema(),
        "$defs": {"text": TEXT_SCHEMA, "pose": pose_schema()},
    }
