"""Routine format version 1: each field's kind, checked into the model and described as JSON Schema.

One table describes the format; the checker and `selfcare schema` both read it, so the
documentation editors get and the rules the program applies cannot drift apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Severity
from selfcare.routine.model import (
    DEFAULT_GET_READY,
    DEFAULT_MAX_PAIN,
    DEFAULT_MAX_RISE,
    FORMAT_VERSION,
    Author,
    Phase,
    PhaseKind,
    Routine,
    Step,
    StopRules,
)
from selfcare.routine.source import KEY, DocPath, LoadedDocument

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
# "1m30s", "90s", "90", "2m": minutes and seconds parts, either optional.
DURATION_PATTERN = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:s(?:ec)?)?)?"
)
# Printable ASCII only: a link is written into the terminal's own link sequence.
URL_PATTERN = re.compile(r"https?://[\x21-\x2e\x30-\x7e][\x21-\x7e]*")

LONG_HOLD_SECONDS = 120.0
SCHEMA_ID = "https://selfcare.invalid/schema/routine-1.json"


class Invalid:
    """The result of a value that failed its check (already reported)."""


INVALID = Invalid()


@dataclass
class CheckContext:
    """Where checks report, plus the languages seen, for the missing-translation warning."""

    doc: LoadedDocument
    text_maps: list[tuple[DocPath, frozenset[str]]]

    def error(self, where: DocPath, rule: str, message: str) -> Invalid:
        if where not in self.doc.rejected:  # the loader already said why this value is unusable
            self.doc.report(where, rule, message)
        return INVALID


class Kind:
    """How one field's value is checked and described."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        raise NotImplementedError


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class TextKind(Kind):
    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, str):
            if not value.strip():
                return ctx.error(where, "empty-text", t("check.empty_text"))
            return value
        if isinstance(value, dict) and value:
            ok = True
            for lang, text in value.items():
                if not LANGUAGE_PATTERN.fullmatch(lang):
                    ok = False
                    ctx.error(
                        (*where, lang, KEY), "bad-language", t("check.bad_language", lang=lang)
                    )
                elif not isinstance(text, str):
                    ok = False
                    ctx.error((*where, lang), "wrong-type", t("check.text_expected"))
                elif not text.strip():
                    ok = False
                    ctx.error((*where, lang), "empty-text", t("check.empty_text"))
            if ok:
                ctx.text_maps.append((where, frozenset(value)))
                return dict(value)
            return INVALID
        return ctx.error(where, "wrong-type", t("check.text_expected"))

    def schema(self) -> dict[str, Any]:
        return {"$ref": "#/$defs/text"}


TEXT_SCHEMA: dict[str, Any] = {
    "description": "A text: one string, or a map from language code (en, ja, ...) to string.",
    "anyOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^" + LANGUAGE_PATTERN.pattern + "$"},
            "additionalProperties": {"type": "string", "minLength": 1},
        },
    ],
}


@dataclass(frozen=True)
class StringKind(Kind):
    pattern: re.Pattern[str] | None = None
    rule: str = "wrong-type"
    message_key: str = "check.string_expected"

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, str):
            return ctx.error(where, "wrong-type", t("check.string_expected", value=_shown(value)))
        if self.pattern is not None and not self.pattern.fullmatch(value):
            return ctx.error(where, self.rule, t(self.message_key, value=_shown(value)))
        return value

    def schema(self) -> dict[str, Any]:
        if self.pattern is None:
            return {"type": "string"}
        return {"type": "string", "pattern": "^" + self.pattern.pattern + "$"}


@dataclass(frozen=True)
class ChoiceKind(Kind):
    choices: tuple[str, ...]
    rule: str  # each choice field names its own rule, e.g. bad-phase-kind

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if value not in self.choices:
            allowed = ", ".join(self.choices)
            return ctx.error(
                where, self.rule, t("check.choice", value=_shown(value), allowed=allowed)
            )
        return value

    def schema(self) -> dict[str, Any]:
        return {"enum": list(self.choices)}


class BoolKind(Kind):
    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, bool):
            return ctx.error(where, "wrong-type", t("check.bool_expected", value=_shown(value)))
        return value

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class CountKind(Kind):
    """A whole number within limits; going over `looser_than` breaks a safety default."""

    minimum: int
    maximum: int
    looser_than: int | None = None

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return ctx.error(where, "wrong-type", t("check.int_expected", value=_shown(value)))
        if self.looser_than is not None and value > self.looser_than:
            return ctx.error(
                where,
                "stop-rules-looser",
                t("check.stop_rule_looser", value=value, default=self.looser_than),
            )
        if not self.minimum <= value <= self.maximum:
            return ctx.error(
                where,
                "bad-dose",
                t(
                    "check.out_of_range",
                    value=_shown(value),
                    low=self.minimum,
                    high=min(self.maximum, self.looser_than or self.maximum),
                ),
            )
        return value

    def schema(self) -> dict[str, Any]:
        return {
            "type": "integer",
            "minimum": self.minimum,
            "maximum": self.looser_than or self.maximum,
        }


def parse_duration(value: object) -> float | None:
    """Seconds from 10, 2.5, "10s", "1m", "1m30s"; None when it is not a duration."""
    if _is_number(value):
        seconds = float(value)  # type: ignore[arg-type]
        return seconds if math.isfinite(seconds) else None
    if isinstance(value, str):
        match = DURATION_PATTERN.fullmatch(value.strip())
        if match and (match.group(1) or match.group(2)):
            return float(match.group(1) or 0) * 60 + float(match.group(2) or 0)
    return None


@dataclass(frozen=True)
class DurationKind(Kind):
    minimum: float
    maximum: float
    positive: bool = False
    warn_above: float | None = None

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        seconds = parse_duration(value)
        key = "check.duration_positive" if self.positive else "check.duration_range"
        low = int(self.minimum)
        if seconds is None and _is_number(value):  # .nan and .inf: numbers, but never a dose
            return ctx.error(
                where,
                "bad-dose",
                t(key, value=_shown(value), low=low, high=int(self.maximum)),
            )
        if seconds is None:
            return ctx.error(
                where, "bad-duration", t("check.duration_expected", value=_shown(value))
            )
        too_small = seconds <= 0 if self.positive else seconds < self.minimum
        if too_small or seconds > self.maximum:
            return ctx.error(
                where,
                "bad-dose",
                t(key, value=_shown(value), low=low, high=int(self.maximum)),
            )
        if self.warn_above is not None and seconds > self.warn_above:
            ctx.doc.report(
                where, "long-hold", t("check.long_hold", seconds=int(seconds)), Severity.WARNING
            )
        return seconds

    def schema(self) -> dict[str, Any]:
        number: dict[str, Any] = {"type": "number", "maximum": self.maximum}
        number["exclusiveMinimum" if self.positive else "minimum"] = self.minimum
        return {
            "anyOf": [
                number,
                # (?=.*\d): the pattern alone also matches "", which check() rejects
                {"type": "string", "pattern": "^(?=.*\\d)" + DURATION_PATTERN.pattern + "$"},
            ],
            "description": "Seconds: a number, or a text such as 10s, 1m or 1m30s.",
        }


@dataclass(frozen=True)
class ListKind(Kind):
    item: Kind
    empty_rule: str | None = None  # when set, an empty list is an error of this rule

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, list):
            return ctx.error(where, "wrong-type", t("check.list_expected", value=_shown(value)))
        if not value and self.empty_rule:
            return ctx.error(where, self.empty_rule, t(f"check.{self.empty_rule}"))
        items = [self.item.check(item, (*where, i), ctx) for i, item in enumerate(value)]
        if any(item is INVALID for item in items):
            return INVALID
        return tuple(items)

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.schema()}
        if self.empty_rule:
            schema["minItems"] = 1
        return schema


@dataclass(frozen=True)
class Field:
    kind: Kind
    doc: str
    required: bool = False


@dataclass(frozen=True)
class RecordKind(Kind):
    name: str
    fields: Mapping[str, Field]
    build: Callable[..., object]

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        import difflib

        if not isinstance(value, dict):
            return ctx.error(where, "wrong-type", t("check.mapping_expected", value=_shown(value)))
        checked: dict[str, object] = {}
        ok = True
        for key in value:
            if key not in self.fields:
                ok = False
                close = difflib.get_close_matches(key, list(self.fields), n=1, cutoff=0.6)
                hint = t("check.did_you_mean", name=close[0]) if close else ""
                allowed = ", ".join(self.fields)
                ctx.error(
                    (*where, key, KEY),
                    "unknown-key",
                    t("check.unknown_key", key=key, record=self.name, allowed=allowed) + hint,
                )
        for name, spec in self.fields.items():
            if name not in value:
                if spec.required:
                    ok = False
                    ctx.error(
                        where, "missing-field", t("check.missing", key=name, record=self.name)
                    )
                continue
            result = spec.kind.check(value[name], (*where, name), ctx)
            if result is INVALID:
                ok = False
            else:
                checked[name] = result
        return self.build(**checked) if ok else INVALID

    def schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "required": [name for name, spec in self.fields.items() if spec.required],
            "properties": {
                name: {**spec.kind.schema(), "description": spec.doc}
                for name, spec in self.fields.items()
            },
        }


TEXT = TextKind()
TEXTS = ListKind(TEXT)
STEP_ID = StringKind(ID_PATTERN, "bad-id", "check.bad_id")
GET_READY = DurationKind(0, 120)

AUTHOR = RecordKind(
    "author",
    {
        "name": Field(TEXT, "The practitioner's name."),
        "clinic": Field(TEXT, "The clinic or practice."),
        "contact": Field(TEXT, "How a client reaches the author: phone, e-mail, booking page."),
        "url": Field(
            StringKind(URL_PATTERN, "bad-url", "check.bad_url"), "A web page, http(s) only."
        ),
    },
    Author,
)

STOP_RULES = RecordKind(
    "stop_rules",
    {
        "max_pain": Field(
            CountKind(0, 10, looser_than=DEFAULT_MAX_PAIN),
            f"Stop when pain is above this (0-10). At most {DEFAULT_MAX_PAIN}.",
        ),
        "max_rise": Field(
            CountKind(1, 10, looser_than=DEFAULT_MAX_RISE),
            f"Stop when pain rises this much over the start. At most {DEFAULT_MAX_RISE}.",
        ),
    },
    StopRules,
)

STEP = RecordKind(
    "step",
    {
        "id": Field(
            STEP_ID, "Unique in the routine: lower-case letters, digits, '-'.", required=True
        ),
        "name": Field(TEXT, "The exercise's name.", required=True),
        "position": Field(TEXT, "The starting position."),
        "cues": Field(TEXTS, "What to do and feel, one short cue per item."),
        "mistakes": Field(TEXTS, "Common mistakes to avoid."),
        "caution": Field(TEXT, "When to stop or take care."),
        "video": Field(
            StringKind(URL_PATTERN, "bad-url", "check.bad_url"),
            "A demonstration video, http(s) only.",
        ),
        "hold": Field(
            DurationKind(0, 600, positive=True, warn_above=LONG_HOLD_SECONDS),
            "Seconds one rep lasts: a hold, or one slow movement.",
            required=True,
        ),
        "reps": Field(CountKind(1, 100), "Repetitions per set (default 1)."),
        "sets": Field(CountKind(1, 20), "Sets (default 1)."),
        "rest": Field(DurationKind(0, 600), "Seconds of rest between reps (default 0)."),
        "set_rest": Field(DurationKind(0, 1800), "Seconds of rest between sets (default: rest)."),
        "each_side": Field(BoolKind(), "Whole dose on the left, a switch, then the right."),
        "get_ready": Field(GET_READY, "Lead-in seconds before this step, and the side switch."),
    },
    Step,
)

PHASE = RecordKind(
    "phase",
    {
        "kind": Field(
            ChoiceKind(tuple(kind.value for kind in PhaseKind), "bad-phase-kind"),
            "prepare, stabilize, loosen or cooldown; loosen needs a stabilize phase before it.",
            required=True,
        ),
        "title": Field(TEXT, "Shown when the phase starts (a default per kind)."),
        "why": Field(TEXT, "Why this phase, shown when it starts."),
        "ask": Field(TEXT, "Loosen only: the 'still needed?' question (a default exists)."),
        "steps": Field(
            ListKind(STEP, empty_rule="empty-phase"), "The steps, in order.", required=True
        ),
    },
    lambda kind, **values: Phase(kind=PhaseKind(kind), **values),
)

ROUTINE = RecordKind(
    "routine",
    {
        "format": Field(
            ChoiceKind((FORMAT_VERSION,), "bad-format"),
            "Format version: selfcare/1.",
            required=True,
        ),
        "id": Field(
            StringKind(ID_PATTERN, "bad-id", "check.bad_id"),
            "Lower-case letters, digits, '-'; equals the file name without .yaml.",
            required=True,
        ),
        "title": Field(TEXT, "The routine's name.", required=True),
        "summary": Field(TEXT, "One or two sentences on what it is."),
        "version": Field(StringKind(), 'The routine\'s own version, quoted: "1.2".'),
        "author": Field(AUTHOR, "Who wrote it; shown to clients."),
        "fits": Field(TEXTS, "Who the routine is for; shown before starting."),
        "cautions": Field(TEXTS, "Cautions shown before starting."),
        "get_ready": Field(
            GET_READY, f"Default lead-in seconds before each step ({DEFAULT_GET_READY:g})."
        ),
        "stop_rules": Field(STOP_RULES, "Pain limits; only stricter than the defaults."),
        "phases": Field(
            ListKind(PHASE, empty_rule="no-phases"), "Phases, in the order they run.", required=True
        ),
    },
    Routine,
)


def check_structure(doc: LoadedDocument) -> tuple[Routine | None, CheckContext]:
    """Check the loaded data against the format and build the routine when it fits."""
    ctx = CheckContext(doc, [])
    if doc.data is None:
        return None, ctx
    routine = ROUTINE.check(doc.data, (), ctx)
    return (None if routine is INVALID else routine), ctx


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of routine format version 1."""
    schema = ROUTINE.schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "selfcare routine, format 1",
        **schema,
        "$defs": {"text": TEXT_SCHEMA},
    }
