"""A step's prescription as home-exercise sheets write it: reps and sets as a range, reps at
one's own pace, one side only, a dose per side, what a side means and what to have at hand;
read from a file by the real parser and checked by `selfcare validate`, each problem at its
line in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import jsonschema
import pytest
import yaml

from conftest import BUILTIN_ROUTINES, MARK, marked_line
from selfcare.i18n.language import set_language
from selfcare.routine.changes import change_lines, compare
from selfcare.routine.discovery import check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.model import Pace, Routine, Side, SideDose, Step

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter


def routine_with(step: str, *, top: str = "") -> str:
    """A routine of one stabilising step, written as the lines of `step` (already indented)."""
    return (
        f"format: selfcare/1\nid: sample\ntitle: Sample\n{top}phases:\n"
        "  - kind: stabilize\n    steps:\n      - id: chin-tuck\n        name: Chin tuck\n" + step
    )


def step_of(text: str, write_routine: RoutineWriter) -> Step:
    checked = check_file(write_routine(text))
    assert checked.diagnostics == [], checked.diagnostics
    assert checked.routine is not None
    return checked.routine.phases[0].steps[0]


def first_problem(cli: Cli, write_routine: RoutineWriter, text: str, lang: str = "en") -> str:
    """The first line `validate` prints, with the file's path and the marked line taken out."""
    path = write_routine(text)
    result = cli("validate", path, "--lang", lang)
    assert result.exit_code == 1, result.output
    first = result.stdout.splitlines()[0]
    prefix = f"{path}:{marked_line(text)}:"
    assert first.startswith(prefix), first
    return first.removeprefix(prefix)


# --- Ranges ----------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["8-12", '"8–12"', "8 - 12", "8〜12", "'8 – 12'"])
def test_reps_accept_a_range_as_people_write_it_and_a_session_does_its_low_end(
    written: str, write_routine: RoutineWriter
) -> None:
    step = step_of(routine_with(f"        hold: 5\n        reps: {written}\n"), write_routine)

    assert (step.reps, step.reps_range) == (8, (8, 12))


def test_sets_accept_a_range_and_a_range_of_one_number_is_that_number(
    write_routine: RoutineWriter,
) -> None:
    step = step_of(
        routine_with("        hold: 5\n        reps: 10-10\n        sets: 2-3\n"), write_routine
    )

    assert (step.reps, step.reps_range) == (10, None)
    assert (step.sets, step.sets_range) == (2, (2, 3))


@pytest.mark.parametrize(
    ("written", "column", "said"),
    [
        ("12-8", 15, "error[bad-dose] the range '12-8' runs from more to fewer; write the "
         "smaller number first: 8-12"),
        ("0-8", 15, "error[bad-dose] '0-8': both numbers of a range of reps must be within 1–100"),
        ("8-120", 15, "error[bad-dose] '8-120': both numbers of a range of reps must be within "
         "1–100"),
        ('"8 to 12"', 15, "error[wrong-type] expected a whole number or a range such as 8-12, "
         "got '8 to 12'"),
        ('"８-１２"', 15, "error[wrong-type] expected a whole number or a range such as 8-12, "
         "got '８-１２'"),
    ],
)  # fmt: skip
def test_a_range_that_is_no_dose_is_named_at_its_line(
    written: str, column: int, said: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    text = routine_with(f"        hold: 5\n        reps: {written}  {MARK}\n")

    assert first_problem(cli, write_routine, text) == f"{column}: {said}"


def test_a_reversed_range_is_named_in_japanese_too(cli: Cli, write_routine: RoutineWriter) -> None:
    text = routine_with(f"        hold: 5\n        sets: 3-2  {MARK}\n")

    assert first_problem(cli, write_routine, text, "ja") == (
        "15: error[bad-dose] 範囲 '3-2' は大きい数が先になっています。"
        "小さい数を先に書いてください: 2-3"
    )


def test_a_level_may_give_a_range_and_a_plain_number_replaces_level_ones_range(
    write_routine: RoutineWriter,
) -> None:
    text = routine_with(
        "        hold: 5\n        reps: 8-12\n        levels:\n"
        "          - reps: 10\n          - reps: 12-15\n            sets: 2\n"
    )

    step = step_of(text, write_routine)

    assert [(s.reps, s.reps_range, s.sets) for s in map(step.at_level, (1, 2, 3))] == [
        (8, (8, 12), 1),
        (10, None, 1),
        (12, (12, 15), 2),
    ]


# --- Own pace ----------------------------------------------------------------------------------


def test_a_step_at_own_pace_has_no_hold_and_is_planned_at_its_tempo_or_estimate(
    write_routine: RoutineWriter,
) -> None:
    tempo = step_of(
        routine_with("        pace: own\n        reps: 10\n        tempo: 3\n"), write_routine
    )
    estimate = step_of(
        routine_with(
            "        pace: own\n        reps: 10\n        tempo: 3\n        estimate: 5\n"
        ),
        write_routine,
    )
    bare = step_of(routine_with("        pace: own\n        reps: 10\n"), write_routine)

    assert (tempo.pace, tempo.hold, tempo.tempo) == (Pace.OWN, 0.0, 3.0)
    assert [s.seconds_per_rep for s in (tempo, estimate, bare)] == [3.0, 5.0, 4.0]


@pytest.mark.parametrize(
    ("lines", "column"),
    [
        (f"        pace: own\n        hold: 5  {MARK}\n        reps: 10\n", 9),
        (f"        pace: own\n        each_side: true\n        left: {{hold: 5}}  {MARK}\n", 16),
        (f"        pace: own\n        levels:\n          - hold: 5  {MARK}\n", 13),
    ],
    ids=["step", "a-sides-dose", "a-level"],
)  # fmt: skip
def test_a_hold_at_own_pace_is_refused_wherever_it_is_written(
    lines: str, column: int, cli: Cli, write_routine: RoutineWriter
) -> None:
    said = first_problem(cli, write_routine, routine_with(lines))

    assert said == (
        f"{column}: error[bad-pace] a step at the person's own pace (pace: own) has no 'hold': "
        "they count the reps themselves; remove 'hold', or remove 'pace: own' to time each rep"
    )


@pytest.mark.parametrize("pace", ["", "        pace: timed\n"])
def test_a_timed_step_without_a_hold_is_told_about_own_pace(
    pace: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    text = routine_with(pace + "        reps: 10\n").replace(
        "      - id: chin-tuck", f"      - id: chin-tuck  {MARK}"
    )

    assert first_problem(cli, write_routine, text) == (
        "9: error[missing-field] step needs 'hold' (the seconds one rep lasts), or 'pace: own' "
        "for reps the person counts at their own pace"
    )


@pytest.mark.parametrize("key", ["tempo", "estimate"])
def test_a_tempo_or_an_estimate_needs_own_pace(
    key: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    text = routine_with(f"        hold: 5\n        {key}: 3  {MARK}\n")

    assert first_problem(cli, write_routine, text) == (
        f"9: error[bad-pace] '{key}' is for reps at the person's own pace: add 'pace: own' "
        f"(and remove 'hold'), or remove '{key}'"
    )


# --- Sides -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "column", "said"),
    [
        (f"        side: left  {MARK}\n        each_side: true\n", 9,
         "error[bad-sides] side 'left' is one side only, and 'each_side: true' is both sides; "
         "keep one of them"),
        (f"        side: both  {MARK}\n", 15,
         "error[bad-sides] 'both' is not one side: for both sides write 'each_side: true', for "
         "one side 'side: left' or 'side: right'"),
        (f"        left: {{reps: 3}}  {MARK}\n", 9,
         "error[bad-sides] 'left:' gives one side its own dose, but this step has no sides; add "
         "'each_side: true' (both sides) or 'side: left' (that side only)"),
        (f"        side: right\n        left: {{reps: 3}}  {MARK}\n", 9,
         "error[bad-sides] 'left:' gives one side its own dose, but this step works only the "
         "other side (side: right); remove 'left:' and write the dose in the step itself"),
        (f"        each_side: true\n        right: {{reps: 3, rest: 2}}  {MARK}\n", 26,
         "error[unknown-key] unknown key 'rest' in right (allowed: reps, sets, hold); did you "
         "mean 'reps'?"),
        (f"        side_means: the side you stretch  {MARK}\n", 9,
         "error[bad-sides] 'side_means' says what a side means, but this step has no sides; add "
         "'each_side: true', 'side: left' or 'side: right', or remove 'side_means'"),
    ],
    ids=["side-and-each-side", "side-both", "left-without-sides", "left-on-the-right-side",
         "unknown-key-under-right", "side-means-without-sides"],
)  # fmt: skip
def test_sides_that_do_not_fit_the_step_are_named_at_their_key(
    lines: str, column: int, said: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    text = routine_with("        hold: 5\n" + lines)

    assert first_problem(cli, write_routine, text) == f"{column}: {said}"


def test_a_side_problem_is_named_in_japanese_too(cli: Cli, write_routine: RoutineWriter) -> None:
    text = routine_with(f"        hold: 5\n        side_means: 伸ばす側  {MARK}\n")

    assert first_problem(cli, write_routine, text, "ja") == (
        "9: error[bad-sides] 'side_means' は左右が何を指すかを書くものですが、このステップには"
        "左右がありません。'each_side: true'・'side: left'・'side: right' のどれかを書くか、"
        "'side_means' を消してください"
    )


def test_one_side_a_dose_per_side_and_what_a_side_means_reach_the_step(
    write_routine: RoutineWriter,
) -> None:
    both = step_of(
        routine_with(
            "        hold: 10\n        reps: 2\n        each_side: true\n"
            "        left: {reps: 3-4, hold: 15}\n        right: {sets: 2}\n"
            "        side_means: {en: the side you stretch, ja: 伸ばす側}\n"
        ),
        write_routine,
    )
    one = step_of(
        routine_with("        hold: 30\n        side: right\n        right: {reps: 2}\n"),
        write_routine,
    )

    assert both.left == SideDose(reps=3, hold=15.0, reps_range=(3, 4))
    assert both.dose_on(Side.LEFT) == SideDose(3, 1, 15.0, (3, 4), None)
    assert both.dose_on(Side.RIGHT) == SideDose(2, 2, 10.0, None, None)
    assert both.side_means == {"en": "the side you stretch", "ja": "伸ばす側"}
    assert (one.side, one.sides, one.dose_on(Side.RIGHT).reps) == (Side.RIGHT, (Side.RIGHT,), 2)


def test_a_long_hold_on_one_side_is_warned_about_as_in_the_step(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = routine_with(
        f"        hold: 5\n        each_side: true\n        left: {{hold: 3m}}  {MARK}\n"
    )
    path = write_routine(text)

    result = cli("validate", path)

    assert result.stdout.splitlines()[0] == (
        f"{path}:{marked_line(text)}:22: warning[long-hold] a 180 s hold is unusually long; "
        "check it is meant"
    )


# --- Equipment -------------------------------------------------------------------------------


def test_equipment_is_kept_for_the_routine_and_each_step(write_routine: RoutineWriter) -> None:
    text = routine_with(
        "        hold: 5\n        equipment: [{en: a band, ja: ゴムバンド}]\n",
        top="equipment:\n  - {en: a chair, ja: 椅子}\n  - a towel\n",
    )

    checked = check_file(write_routine(text))

    assert checked.routine is not None and checked.diagnostics == []
    assert checked.routine.equipment == ({"en": "a chair", "ja": "椅子"}, "a towel")
    assert checked.routine.equipment_needed[-1] == {"en": "a band", "ja": "ゴムバンド"}


def test_equipment_is_a_list_of_texts(cli: Cli, write_routine: RoutineWriter) -> None:
    text = routine_with("        hold: 5\n", top=f"equipment: a towel  {MARK}\n")

    assert first_problem(cli, write_routine, text) == (
        "12: error[wrong-type] expected a list, got 'a towel'"
    )


def test_every_each_side_step_of_the_built_ins_says_what_a_side_means_in_both_languages() -> None:
    for path in sorted(BUILTIN_ROUTINES.glob("*.yaml")):
        routine = check_file(path).routine
        assert routine is not None
        for _, step in routine.steps():
            if step.each_side:
                means = step.side_means
                assert isinstance(means, dict) and set(means) == {"en", "ja"}, (path, step.id)


# --- The schema, and what `update` says changed ----------------------------------------------

VALID = routine_with(
    "        pace: own\n        reps: 8-12\n        sets: 2\n        tempo: 3\n"
    "        each_side: true\n        left: {reps: 5}\n        side_means: the side you stretch\n"
    "        equipment: [a band]\n",
    top="equipment: [a chair]\n",
)


@pytest.mark.parametrize(
    "lines",
    [
        "        hold: 5\n        reps: 12-8x\n",
        "        pace: own\n        hold: 5\n",
        "        reps: 10\n",
        "        hold: 5\n        tempo: 3\n",
        "        hold: 5\n        side: left\n        each_side: true\n",
        "        hold: 5\n        left: {reps: 3}\n",
        "        hold: 5\n        side: right\n        left: {reps: 3}\n",
        "        hold: 5\n        each_side: true\n        left: {rest: 3}\n",
        "        hold: 5\n        side_means: the side you stretch\n",
    ],
)
def test_the_schema_refuses_what_validate_refuses(lines: str, write_routine: RoutineWriter) -> None:
    text = routine_with(lines)
    validator = jsonschema.Draft202012Validator(json_schema())

    assert check_file(write_routine(text)).routine is None
    assert not validator.is_valid(yaml.safe_load(text))
    assert validator.is_valid(yaml.safe_load(VALID))
    assert check_file(write_routine(VALID)).diagnostics == []


def routine_of(text: str, write_routine: RoutineWriter) -> Routine:
    routine = check_file(write_routine(text)).routine
    assert routine is not None
    return routine


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Chin tuck: hold 5 s → at your own pace", "Chin tuck: reps 10 → 8–12",
                "Chin tuck: sides no sides → right side only"]),
        ("ja", ["Chin tuck：保持 5秒 → 自分のペース", "Chin tuck：回数 10 → 8〜12",
                "Chin tuck：左右 左右の区別なし → 右側のみ"]),
    ],
)  # fmt: skip
def test_what_changed_says_ranges_own_pace_and_sides_as_a_person_reads_them(
    lang: str, lines: list[str], write_routine: RoutineWriter
) -> None:
    old = routine_of(routine_with("        hold: 5\n        reps: 10\n"), write_routine)
    new = routine_of(
        routine_with("        pace: own\n        reps: 8-12\n        side: right\n"), write_routine
    )

    set_language(lang)
    try:
        said = change_lines(compare(old, new))
    finally:
        set_language("en")

    assert said == lines
