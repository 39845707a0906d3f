"""Field kinds: how one value of a routine file is checked, built and described as JSON Schema.

A kind checks only what the value is (its type, its range, its pattern) and reports with the
rule of that field. Rules that weigh one value against a policy or against other fields live
in `rules.py`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule
from selfcare.routine.source import KEY, DocPath, LoadedDocument

LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
# "1m30s", "90s", "90", "2m": minutes and seconds parts, either optional.
DURATION_PATTERN = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:s(?:ec)?)?)?"
)
# Printable ASCII only: a link is written into the terminal's own link sequence.
URL_PATTERN = re.compile(r"https?://[\x21-\x2e\x30-\x7e][\x21-\x7e]*")


class Invalid:
    """The result of a value that failed its check (already reported)."""


INVALID = Invalid()

# Where a text map is in the file, and the languages it has.
TextPlace = tuple[DocPath, frozenset[str]]


@dataclass
class CheckContext:
    """Where checks report."""

    doc: LoadedDocument

    def error(self, where: DocPath, rule: Rule, message: str) -> Invalid:
        """Report `where` once, and mark it refused so no later rule reports it again."""
        if where not in self.doc.rejected:
            self.doc.report(where, rule, message)
            self.doc.rejected.add(where)
        return INVALID


class Kind:
    """How one field's value is checked and described."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def text_places(self, value: object, where: DocPath) -> Iterator[TextPlace]:
        """The well-formed text maps in `value`, for the translation rule."""
        return iter(())


def shown(value: object) -> str:
    """A value as an error message quotes it: short, whatever it is."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class TextKind(Kind):
    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, str):
            if not value.strip():
                return ctx.error(where, Rule.EMPTY_TEXT, t("check.empty_text"))
            return value
        if isinstance(value, dict) and value:
            ok = True
            for lang, text in value.items():
                if not LANGUAGE_PATTERN.fullmatch(lang):
                    ok = False
                    ctx.error(
                        (*where, lang, KEY), Rule.BAD_LANGUAGE, t("check.bad_language", lang=lang)
                    )
                elif not isinstance(text, str):
                    ok = False
                    ctx.error((*where, lang), Rule.WRONG_TYPE, t("check.text_expected"))
                elif not text.strip():
                    ok = False
                    ctx.error((*where, lang), Rule.EMPTY_TEXT, t("check.empty_text"))
            return dict(value) if ok else INVALID
        return ctx.error(where, Rule.WRONG_TYPE, t("check.text_expected"))

    def schema(self) -> dict[str, Any]:
        return {"$ref": "#/$defs/text"}

    def text_places(self, value: object, where: DocPath) -> Iterator[TextPlace]:
        well_formed = (
            isinstance(value, dict)
            and value
            and all(
                LANGUAGE_PATTERN.fullmatch(lang) and isinstance(text, str) and text.strip()
                for lang, text in value.items()
            )
        )
        if well_formed:
            assert isinstance(value, dict)
            yield where, frozenset(value)


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
    rule: Rule = Rule.WRONG_TYPE  # the rule a value that breaks the pattern breaks
    message_key: str = "check.string_expected"

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, str):
            return ctx.error(where, Rule.WRONG_TYPE, t("check.string_expected", value=shown(value)))
        if self.pattern is not None and not self.pattern.fullmatch(value):
            return ctx.error(where, self.rule, t(self.message_key, value=shown(value)))
        return value

    def schema(self) -> dict[str, Any]:
        if self.pattern is None:
            return {"type": "string"}
        return {"type": "string", "pattern": "^" + self.pattern.pattern + "$"}


@dataclass(frozen=True)
class ChoiceKind(Kind):
    choices: tuple[str, ...]
    rule: Rule  # each choice field names its own rule, e.g. bad-phase-kind

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if value not in self.choices:
            allowed = ", ".join(self.choices)
            return ctx.error(
                where, self.rule, t("check.choice", value=shown(value), allowed=allowed)
            )
        return value

    def schema(self) -> dict[str, Any]:
        return {"enum": list(self.choices)}


class BoolKind(Kind):
    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, bool):
            return ctx.error(where, Rule.WRONG_TYPE, t("check.bool_expected", value=shown(value)))
        return value

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class CountKind(Kind):
    """A whole number within limits."""

    minimum: int
    maximum: int

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return ctx.error(where, Rule.WRONG_TYPE, t("check.int_expected", value=shown(value)))
        if not self.minimum <= value <= self.maximum:
            return ctx.error(
                where,
                Rule.BAD_DOSE,
                t("check.out_of_range", value=shown(value), low=self.minimum, high=self.maximum),
            )
        return value

    def schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


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

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        seconds = parse_duration(value)
        key = "check.duration_positive" if self.positive else "check.duration_range"
        low, high = int(self.minimum), int(self.maximum)
        if seconds is None and _is_number(value):  # .nan and .inf: numbers, but never a dose
            return ctx.error(where, Rule.BAD_DOSE, t(key, value=shown(value), low=low, high=high))
        if seconds is None:
            return ctx.error(
                where, Rule.BAD_DURATION, t("check.duration_expected", value=shown(value))
            )
        too_small = seconds <= 0 if self.positive else seconds < self.minimum
        if too_small or seconds > self.maximum:
            return ctx.error(where, Rule.BAD_DOSE, t(key, value=shown(value), low=low, high=high))
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
    empty_rule: Rule | None = None  # when set, an empty list is an error of this rule
    empty_message_key: str = ""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, dict) and where:  # `steps:` over `id: ...`: the `- ` left out
            message = t("syntax.first_without_dash", key=where[-1])
            return ctx.error(where, Rule.MISSING_DASH, message)
        if not isinstance(value, list):
            return ctx.error(where, Rule.WRONG_TYPE, t("check.list_expected", value=shown(value)))
        if not value and self.empty_rule:
            return ctx.error(where, self.empty_rule, t(self.empty_message_key))
        items = [self.item.check(item, (*where, i), ctx) for i, item in enumerate(value)]
        if any(item is INVALID for item in items):
            return INVALID
        return tuple(items)

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.schema()}
        if self.empty_rule:
            schema["minItems"] = 1
        return schema

    def text_places(self, value: object, where: DocPath) -> Iterator[TextPlace]:
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from self.item.text_places(item, (*where, index))


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
            return ctx.error(
                where, Rule.WRONG_TYPE, t("check.mapping_expected", value=shown(value))
            )
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
                    Rule.UNKNOWN_KEY,
                    t("check.unknown_key", key=key, record=self.name, allowed=allowed) + hint,
                )
        for name, spec in self.fields.items():
            if name not in value:
                if spec.required:
                    ok = False
                    # Every missing field is named, all at the record's own line.
                    message = t("check.missing", key=name, record=self.name)
                    ctx.doc.report(where, Rule.MISSING_FIELD, message)
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

    def text_places(self, value: object, where: DocPath) -> Iterator[TextPlace]:
        if isinstance(value, dict):
            for name, spec in self.fields.items():
                if name in value:
                    yield from spec.kind.text_places(value[name], (*where, name))
