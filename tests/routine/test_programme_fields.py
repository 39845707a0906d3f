"""The fields of a programme over weeks: `schedule`, a step's `levels` and the `learn` cards.

Each broken variant fails with its rule on the line the `# <-` mark names; the model's
levels (`Step.at_level`, `Routine.at_levels`) apply only what a level changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import jsonschema
import pytest
import yaml

from conftest import MARK, SAMPLE_ROUTINE, marked_line
from picture_files import png_bytes, write
from selfcare.routine.diagnostics import Diagnostic, Rule, Severity
from selfcare.routine.discovery import check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.model import Card, Level, Phase, PhaseKind, Routine, Schedule, Step
from selfcare.routine.programme_fields import MAX_LEVELS

if TYPE_CHECKING:
    from conftest import RoutineWriter


def with_top(extra: str) -> str:
    """The sample routine with top-level keys added before its phases."""
    return SAMPLE_ROUTINE.replace("phases:\n", extra + "phases:\n", 1)


def with_levels(block: str) -> str:
    """The sample routine whose first step (drawing-in) has `block` under `levels:`."""
    levels = "        levels:\n" + "".join(f"          {line}\n" for line in block.splitlines())
    first_step_end = "        rest: 3\n  - kind: loosen"
    return SAMPLE_ROUTINE.replace(first_step_end, levels + first_step_end, 1)


def rendered(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(d.render() for d in diagnostics)


def checked_routine(text: str, write_routine: RoutineWriter) -> Routine:
    checked = check_file(write_routine(text))
    assert checked.diagnostics == [], rendered(checked.diagnostics)
    assert checked.routine is not None
    return checked.routine


def assert_fails_on_the_marked_line(
    text: str, rule: Rule, write_routine: RoutineWriter
) -> list[Diagnostic]:
    checked = check_file(write_routine(text))
    found = [d for d in checked.diagnostics if d.rule is rule]
    assert found, f"no {rule} in:\n{rendered(checked.diagnostics)}"
    assert found[0].severity is Severity.ERROR
    assert found[0].line == marked_line(text), rendered(checked.diagnostics)
    assert checked.routine is None
    return found


def schema_accepts(text: str) -> bool:
    return jsonschema.Draft202012Validator(json_schema()).is_valid(yaml.safe_load(text))


# --- schedule ---------------------------------------------------------------------------------


def test_a_schedule_of_sessions_a_week_for_a_range_of_weeks_is_read(
    write_routine: RoutineWriter,
) -> None:
    text = with_top("schedule:\n  per_week: 3\n  weeks: 6-8\n")

    routine = checked_routine(text, write_routine)

    assert routine.schedule == Schedule(per_week=3, weeks=(6, 8))
    assert routine.schedule.sessions_per_week == 3
    assert schema_accepts(text)


def test_a_schedule_of_named_days_for_a_number_of_weeks_is_read(
    write_routine: RoutineWriter,
) -> None:
    text = with_top("schedule:\n  days: [mon, wed, fri]\n  weeks: 8\n")

    routine = checked_routine(text, write_routine)

    assert routine.schedule == Schedule(days=("mon", "wed", "fri"), weeks=(8, 8))
    assert routine.schedule.sessions_per_week == 3
    assert schema_accepts(text)


@pytest.mark.parametrize("weeks", ["6 - 8", "6–8", "6〜8", "6~8"])
def test_a_range_of_weeks_may_be_written_with_any_common_dash(
    weeks: str, write_routine: RoutineWriter
) -> None:
    routine = checked_routine(
        with_top(f"schedule:\n  per_week: 2\n  weeks: {weeks}\n"), write_routine
    )

    assert routine.schedule is not None and routine.schedule.weeks == (6, 8)


def test_a_frequency_sentence_is_read_in_each_language(write_routine: RoutineWriter) -> None:
    text = with_top("frequency:\n  en: Three times a week\n  ja: 週3回\n")

    routine = checked_routine(text, write_routine)

    assert routine.frequency == {"en": "Three times a week", "ja": "週3回"}


BROKEN_SCHEDULES = [
    pytest.param(
        Rule.BAD_SCHEDULE,
        f"schedule:\n  per_week: 3  {MARK}\n  days: [mon, thu]\n",
        id="both-per-week-and-days",
    ),
    pytest.param(Rule.BAD_SCHEDULE, f"schedule:\n  weeks: 8  {MARK}\n", id="neither"),
    pytest.param(
        Rule.BAD_SCHEDULE,
        f"schedule:\n  days:\n    - mon\n    - monday  {MARK}\n",
        id="not-a-weekday",
    ),
    pytest.param(
        Rule.BAD_SCHEDULE,
        f"schedule:\n  days: [mon, thu, mon]  {MARK}\n",
        id="a-day-twice",
    ),
    pytest.param(Rule.BAD_SCHEDULE, f"schedule:\n  days: []  {MARK}\n", id="no-days"),
    pytest.param(
        Rule.BAD_SCHEDULE,
        f"schedule:\n  per_week: 3\n  weeks: 8-6  {MARK}\n",
        id="weeks-the-larger-first",
    ),
    pytest.param(Rule.BAD_DOSE, f"schedule:\n  per_week: 3\n  weeks: 0  {MARK}\n", id="zero-weeks"),
    pytest.param(
        Rule.BAD_DOSE, f"schedule:\n  per_week: 3\n  weeks: 0-8  {MARK}\n", id="from-zero-weeks"
    ),
    pytest.param(
        Rule.BAD_DOSE, f"schedule:\n  per_week: 3\n  weeks: 60  {MARK}\n", id="sixty-weeks"
    ),
    pytest.param(
        Rule.WRONG_TYPE,
        f"schedule:\n  per_week: 3\n  weeks: six  {MARK}\n",
        id="weeks-in-words",
    ),
    pytest.param(
        Rule.WRONG_TYPE,
        f"schedule:\n  per_week: 3\n  weeks: ６-８  {MARK}\n",
        id="weeks-in-full-width-digits",
    ),
    pytest.param(Rule.BAD_DOSE, f"schedule:\n  per_week: 0  {MARK}\n", id="zero-a-week"),
    pytest.param(Rule.UNKNOWN_KEY, f"schedule:\n  per_weeks: 3  {MARK}\n", id="misspelt-per-week"),
    pytest.param(Rule.WRONG_TYPE, f"schedule: 3 times a week  {MARK}\n", id="not-a-map"),
]


@pytest.mark.parametrize(("rule", "block"), BROKEN_SCHEDULES)
def test_a_broken_schedule_fails_with_its_rule_on_the_marked_line(
    rule: Rule, block: str, write_routine: RoutineWriter
) -> None:
    text = with_top(block)

    assert_fails_on_the_marked_line(text, rule, write_routine)


def test_the_schema_refuses_a_schedule_with_both_or_neither_of_per_week_and_days() -> None:
    assert not schema_accepts(with_top("schedule:\n  per_week: 3\n  days: [mon]\n"))
    assert not schema_accepts(with_top("schedule:\n  weeks: 8\n"))
    assert not schema_accepts(with_top("schedule:\n  days: [monday]\n"))


def test_weeks_the_larger_first_says_to_write_the_smaller_first(
    write_routine: RoutineWriter,
) -> None:
    text = with_top("schedule:\n  per_week: 3\n  weeks: 8-6\n")

    (problem,) = check_file(write_routine(text)).diagnostics

    assert problem.rule is Rule.BAD_SCHEDULE
    assert "smaller number of weeks first" in problem.message


# --- levels -----------------------------------------------------------------------------------

LEVELS = """\
- hold: 12
- name: {en: Drawing-in with a leg slide, ja: ドローイン（脚スライド）}
  cues:
    - Slide one heel away, then back
    - Keep the belly drawn in
  figure: hook-lying
  reps: 12"""


def test_levels_are_read_in_order_after_the_step_itself(write_routine: RoutineWriter) -> None:
    routine = checked_routine(with_levels(LEVELS), write_routine)

    step = routine.phases[0].steps[0]
    assert step.top_level == 3
    assert step.levels[0] == Level(hold=12)
    assert step.levels[1].name == {
        "en": "Drawing-in with a leg slide",
        "ja": "ドローイン（脚スライド）",
    }
    assert step.levels[1].cues == ("Slide one heel away, then back", "Keep the belly drawn in")
    assert step.levels[1].figure == ("hook-lying",)
    assert step.levels[1].reps == 12


def test_the_schema_accepts_the_levels_validate_accepts() -> None:
    assert schema_accepts(with_levels(LEVELS))


def test_an_empty_level_fails_as_bad_levels_on_its_line(write_routine: RoutineWriter) -> None:
    text = with_levels(f"- hold: 12\n- {{}}  {MARK}")

    assert_fails_on_the_marked_line(text, Rule.BAD_LEVELS, write_routine)


def test_every_empty_level_is_reported_in_one_run(write_routine: RoutineWriter) -> None:
    text = with_levels("- {}\n- hold: 12\n- {}")
    lines = text.splitlines()

    found = check_file(write_routine(text)).diagnostics

    empty = [i + 1 for i, line in enumerate(lines) if line == "          - {}"]
    assert [(d.rule, d.line) for d in found] == [(Rule.BAD_LEVELS, line) for line in empty]


def test_an_empty_list_of_levels_fails_as_bad_levels(write_routine: RoutineWriter) -> None:
    text = SAMPLE_ROUTINE.replace(
        "        rest: 3\n", f"        levels: []  {MARK}\n        rest: 3\n", 1
    )

    assert_fails_on_the_marked_line(text, Rule.BAD_LEVELS, write_routine)
    assert not schema_accepts(text)


def test_more_levels_than_the_limit_fail_as_bad_levels(write_routine: RoutineWriter) -> None:
    too_many = "\n".join(f"- hold: {11 + i}" for i in range(MAX_LEVELS + 1))
    text = with_levels(too_many).replace("- hold: 11\n", f"- hold: 11  {MARK}\n", 1)

    found = assert_fails_on_the_marked_line(text, Rule.BAD_LEVELS, write_routine)
    assert str(MAX_LEVELS) in found[0].message
    assert not schema_accepts(text)


def test_as_many_levels_as_the_limit_are_accepted(write_routine: RoutineWriter) -> None:
    most = "\n".join(f"- hold: {11 + i}" for i in range(MAX_LEVELS))

    routine = checked_routine(with_levels(most), write_routine)

    assert routine.phases[0].steps[0].top_level == MAX_LEVELS + 1


@pytest.mark.parametrize(
    ("rule", "block"),
    [
        pytest.param(Rule.BAD_DOSE, f"- hold: 12\n- reps: 0  {MARK}", id="no-reps"),
        pytest.param(Rule.BAD_DOSE, f"- hold: 0  {MARK}", id="no-hold"),
        pytest.param(Rule.BAD_DURATION, f"- rest: soon  {MARK}", id="rest-in-words"),
        pytest.param(Rule.WRONG_TYPE, f"- reps: 2.5  {MARK}", id="half-a-rep"),
        pytest.param(
            Rule.UNKNOWN_KEY,
            f"- hold: 12\n  each_side: true  {MARK}",
            id="each-side-is-the-steps-own",
        ),
        pytest.param(Rule.UNKNOWN_KEY, f"- hold: 12\n  rep: 12  {MARK}", id="misspelt-reps"),
        pytest.param(Rule.UNKNOWN_POSE, f"- figure: bridge-up  {MARK}", id="unknown-pose"),
        pytest.param(Rule.EMPTY_TEXT, f'- name: ""  {MARK}', id="empty-name"),
        pytest.param(Rule.IMAGE_MISSING, f"- image: photos/nothere.png  {MARK}", id="no-photo"),
        pytest.param(Rule.WRONG_TYPE, f"- 12  {MARK}", id="not-a-map"),
    ],
)
def test_a_broken_level_fails_with_its_rule_on_the_line_of_its_field(
    rule: Rule, block: str, write_routine: RoutineWriter
) -> None:
    assert_fails_on_the_marked_line(with_levels(block), rule, write_routine)


def test_an_unknown_key_in_a_level_names_what_a_level_may_change(
    write_routine: RoutineWriter,
) -> None:
    (problem,) = check_file(write_routine(with_levels("- hold: 12\n  each_side: true"))).diagnostics

    assert problem.rule is Rule.UNKNOWN_KEY
    assert "'each_side'" in problem.message and "level" in problem.message
    assert "reps" in problem.message and "get_ready" not in problem.message


def test_a_levels_photo_in_the_routines_folder_is_accepted(write_routine: RoutineWriter) -> None:
    write(write_routine.folder / "photos" / "slide.png", png_bytes())

    routine = checked_routine(with_levels("- image: photos/slide.png"), write_routine)

    (level,) = routine.phases[0].steps[0].levels
    assert level.image == ((write_routine.folder / "photos" / "slide.png").resolve(),)


# --- learn cards ------------------------------------------------------------------------------

CARDS = """\
learn:
  - id: not-serious
    title: {en: Most back pain is not serious, ja: 腰痛の多くは心配いりません}
    text: {en: It usually eases., ja: たいていはやわらぎます。}
    source: NICE NG59 (2016)
  - id: support-first
    title: Why support comes first
    text: Support, then loosen if still needed.
"""


def test_learn_cards_are_read_in_file_order(write_routine: RoutineWriter) -> None:
    routine = checked_routine(with_top(CARDS), write_routine)

    assert routine.learn == (
        Card(
            "not-serious",
            {"en": "Most back pain is not serious", "ja": "腰痛の多くは心配いりません"},
            {"en": "It usually eases.", "ja": "たいていはやわらぎます。"},
            "NICE NG59 (2016)",
        ),
        Card("support-first", "Why support comes first", "Support, then loosen if still needed."),
    )
    assert schema_accepts(with_top(CARDS))


def test_a_card_id_used_twice_fails_on_the_second_one(write_routine: RoutineWriter) -> None:
    text = with_top(CARDS.replace("  - id: support-first", f"  - id: not-serious  {MARK}"))

    found = assert_fails_on_the_marked_line(text, Rule.DUPLICATE_CARD_ID, write_routine)
    assert "not-serious" in found[0].message


def test_every_card_id_used_again_is_reported(write_routine: RoutineWriter) -> None:
    card = "  - id: same\n    title: T\n    text: X\n"
    text = with_top("learn:\n" + card * 3)

    found = check_file(write_routine(text)).diagnostics

    assert [d.rule for d in found] == [Rule.DUPLICATE_CARD_ID] * 2
    assert found[0].line < found[1].line


def test_a_card_without_its_text_fails_as_a_missing_field_on_the_card(
    write_routine: RoutineWriter,
) -> None:
    text = with_top(
        CARDS.replace("  - id: support-first", f"  - id: support-first  {MARK}").replace(
            "    text: Support, then loosen if still needed.\n", ""
        )
    )

    found = assert_fails_on_the_marked_line(text, Rule.MISSING_FIELD, write_routine)
    assert "'text'" in found[0].message


def test_a_card_id_that_breaks_the_id_pattern_fails_as_bad_id(write_routine: RoutineWriter) -> None:
    text = with_top(CARDS.replace("  - id: support-first", f"  - id: Support_First  {MARK}"))

    assert_fails_on_the_marked_line(text, Rule.BAD_ID, write_routine)


def test_a_card_text_without_a_language_the_routine_uses_is_warned_about(
    write_routine: RoutineWriter,
) -> None:
    both = "text: {en: It usually eases., ja: たいていはやわらぎます。}"
    text = with_top(CARDS.replace(both, f"text: {{en: It usually eases.}}  {MARK}"))

    checked = check_file(write_routine(text))

    assert [(d.rule, d.severity, d.line) for d in checked.diagnostics] == [
        (Rule.MISSING_TRANSLATION, Severity.WARNING, marked_line(text))
    ]


# --- the model: a step at its level -----------------------------------------------------------

BRIDGE = Step(
    "bridge",
    {"en": "Glute bridge", "ja": "ヒップリフト"},
    hold=6,
    reps=8,
    rest=5,
    cues=("Press through the heels",),
    figure=("hook-lying", "bridge-top"),
    image=(Path("/photos/bridge.png"),),
    levels=(
        Level(reps=10),
        Level(
            name={"en": "Glute bridge with marching", "ja": "ヒップリフト（足踏み）"},
            cues=("Lift one foot, then the other",),
            figure=("hook-lying", "bridge-marching"),
        ),
    ),
)


def test_level_1_is_the_step_as_written() -> None:
    assert BRIDGE.at_level(1) == BRIDGE
    assert BRIDGE.level == 1


def test_a_level_changes_only_what_it_gives_and_keeps_the_rest_of_level_1() -> None:
    two = BRIDGE.at_level(2)

    assert (two.level, two.reps, two.hold, two.rest) == (2, 10, 6, 5)
    assert (two.name, two.cues, two.figure, two.image) == (
        BRIDGE.name,
        BRIDGE.cues,
        BRIDGE.figure,
        BRIDGE.image,
    )


def test_each_level_applies_to_level_1_not_to_the_level_below_it() -> None:
    three = BRIDGE.at_level(3)

    assert three.level == 3
    assert three.reps == 8  # level 2's extra reps are not carried up
    assert three.name == {"en": "Glute bridge with marching", "ja": "ヒップリフト（足踏み）"}
    assert three.cues == ("Lift one foot, then the other",)


def test_a_level_with_a_new_figure_and_no_photo_shows_the_figure() -> None:
    three = BRIDGE.at_level(3)

    assert three.figure == ("hook-lying", "bridge-marching")
    assert three.image == ()


@pytest.mark.parametrize(("asked", "given"), [(0, 1), (-3, 1), (4, 3), (99, 3)])
def test_a_level_out_of_range_is_kept_within_1_and_the_top_level(asked: int, given: int) -> None:
    assert BRIDGE.at_level(asked).level == given


def test_a_routine_at_levels_changes_the_steps_named_and_leaves_the_others_at_level_1() -> None:
    plain = Step("breathing", "Breathing", hold=8, reps=4)
    routine = Routine("sample", "Sample", (Phase(PhaseKind.STABILIZE, (plain, BRIDGE)),))

    at = routine.at_levels({"bridge": 2, "breathing": 3})

    assert [(step.id, step.level) for _, step in at.steps()] == [("breathing", 1), ("bridge", 2)]
    assert at.phases[0].steps[1].reps == 10
    assert at.phases[0].steps[0] == plain
    assert routine.at_levels({}) is routine
