"""Quotes YAML reads otherwise: a number in quotes is read as the number with one warning, in
every field that takes a number; curly quotes around a value are warned about."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from conftest import SAMPLE_ROUTINE
from selfcare.routine.diagnostics import Rule, Severity
from selfcare.routine.discovery import check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.model import Routine

if TYPE_CHECKING:
    from conftest import RoutineWriter

AFTER_REPS = "        reps: 10\n"


def variant(*edits: tuple[str, str]) -> str:
    text = SAMPLE_ROUTINE
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def first_step(routine: Routine) -> Any:
    return routine.phases[0].steps[0]


# (the edit that quotes a number, where the routine keeps it, the number)
QUOTED: list[tuple[str, tuple[str, str], Callable[[Routine], object], object]] = [
    ("hold", ("hold: 10", 'hold: "10"'), lambda r: first_step(r).hold, 10),
    ("hold-decimal", ("hold: 10", 'hold: "2.5"'), lambda r: first_step(r).hold, 2.5),
    ("reps", ("reps: 10", 'reps: "10"'), lambda r: first_step(r).reps, 10),
    ("sets", (AFTER_REPS, AFTER_REPS + '        sets: "2"\n'), lambda r: first_step(r).sets, 2),
    ("rest", ("rest: 3\n  - kind", 'rest: "3"\n  - kind'), lambda r: first_step(r).rest, 3),
    (
        "set_rest",
        (AFTER_REPS, AFTER_REPS + '        sets: 2\n        set_rest: "20"\n'),
        lambda r: first_step(r).set_rest,
        20,
    ),
    (
        "get_ready-of-a-step",
        (AFTER_REPS, AFTER_REPS + '        get_ready: "8"\n'),
        lambda r: first_step(r).get_ready,
        8,
    ),
    ("get_ready", ("phases:\n", 'get_ready: "4"\nphases:\n'), lambda r: r.get_ready, 4),
    (
        "max_pain",
        ("phases:\n", 'stop_rules: {max_pain: "4"}\nphases:\n'),
        lambda r: r.stop_rules.max_pain,
        4,
    ),
    (
        "max_rise",
        ("phases:\n", 'stop_rules: {max_rise: "1"}\nphases:\n'),
        lambda r: r.stop_rules.max_rise,
        1,
    ),
    (
        "per_week",
        ("phases:\n", 'schedule: {per_week: "3"}\nphases:\n'),
        lambda r: r.schedule and r.schedule.per_week,
        3,
    ),
    (
        "weeks",
        ("phases:\n", 'schedule: {per_week: 3, weeks: "8"}\nphases:\n'),
        lambda r: r.schedule and r.schedule.weeks,
        (8, 8),
    ),
    (
        "tempo",
        ("        hold: 10\n", '        pace: own\n        tempo: "3"\n'),
        lambda r: first_step(r).tempo,
        3,
    ),
    (
        "estimate",
        ("        hold: 10\n", '        pace: own\n        estimate: "2.5"\n'),
        lambda r: first_step(r).estimate,
        2.5,
    ),
    (
        "reps-of-a-level",
        (AFTER_REPS, AFTER_REPS + '        levels:\n          - reps: "12"\n'),
        lambda r: first_step(r).levels[0].reps,
        12,
    ),
]


@pytest.mark.parametrize(
    ("edit", "kept", "number"),
    [pytest.param(edit, kept, number, id=name) for name, edit, kept, number in QUOTED],
)
def test_a_quoted_number_is_read_as_the_number_with_one_warning_in_every_numeric_field(
    edit: tuple[str, str],
    kept: Callable[[Routine], object],
    number: object,
    write_routine: RoutineWriter,
) -> None:
    checked = check_file(write_routine(variant(edit)))

    assert [(d.rule, d.severity) for d in checked.diagnostics] == [
        (Rule.QUOTED_NUMBER, Severity.WARNING)
    ]
    assert "remove the quotes" in checked.diagnostics[0].message
    assert checked.routine is not None
    assert kept(checked.routine) == number


def numeric_keys(schema: dict[str, Any]) -> Iterator[str]:
    """Every key of the JSON Schema whose value may be a number."""
    for name, spec in schema.get("properties", {}).items():
        forms = [spec, *spec.get("anyOf", [])]
        if any(form.get("type") in ("integer", "number") for form in forms):
            yield name
        yield from numeric_keys(spec)
        yield from numeric_keys(spec.get("items", {}))


def test_the_cases_above_cover_every_key_that_takes_a_number() -> None:
    tested = {name.split("-")[0] for name, *_ in QUOTED}

    assert set(numeric_keys(json_schema())) <= tested


def test_a_quoted_number_is_then_checked_as_any_number(write_routine: RoutineWriter) -> None:
    found = check_file(write_routine(variant(("reps: 10", 'reps: "0"')))).diagnostics

    assert [d.rule for d in found] == [Rule.QUOTED_NUMBER, Rule.BAD_DOSE]


@pytest.mark.parametrize(
    "edit",
    [
        ("hold: 10", 'hold: "10s"'),  # a duration's text is no number
        ("title: Sample routine", 'title: "10"'),  # a text may be digits
        ("phases:\n", 'version: "1.2"\nphases:\n'),  # a version is text, quoted on purpose
    ],
    ids=["duration-text", "text", "version"],
)
def test_quoted_digits_where_text_is_meant_get_no_warning(
    edit: tuple[str, str], write_routine: RoutineWriter
) -> None:
    checked = check_file(write_routine(variant(edit)))

    assert checked.diagnostics == []


def test_a_looser_stop_rule_in_quotes_is_still_refused_as_looser(
    write_routine: RoutineWriter,
) -> None:
    found = check_file(
        write_routine(variant(("phases:\n", 'stop_rules: {max_pain: "7"}\nphases:\n')))
    ).diagnostics

    assert [d.rule for d in found] == [Rule.QUOTED_NUMBER, Rule.STOP_RULES_LOOSER]


@pytest.mark.parametrize(
    "value", ["“Drawing-in”", "”Drawing-in”", "‘Drawing-in’", "{en: “Drawing-in”}"]
)
def test_a_value_wrapped_in_curly_quotes_is_warned_about(
    value: str, write_routine: RoutineWriter
) -> None:
    checked = check_file(write_routine(variant(("name: Drawing-in", f"name: {value}"))))

    assert [(d.rule, d.severity) for d in checked.diagnostics] == [
        (Rule.CURLY_QUOTES, Severity.WARNING)
    ]
    assert checked.routine is not None


@pytest.mark.parametrize("value", ["Say “ah” slowly", "「ドローイン」", "“", '"Drawing-in"'])
def test_curly_quotes_inside_a_text_or_japanese_brackets_are_fine(
    value: str, write_routine: RoutineWriter
) -> None:
    checked = check_file(write_routine(variant(("name: Drawing-in", f"name: {value}"))))

    assert checked.diagnostics == []
