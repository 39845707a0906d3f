"""The two built-in low-back routines: clean, complete, bilingual, the right length, and a
programme over weeks (schedule, levels within the clinical progression, learn cards)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from rich.cells import cell_len

from conftest import BUILTIN_ROUTINES, localized
from selfcare.paths import builtin_routines
from selfcare.routine.discovery import Source, check_file, winning_files
from selfcare.routine.model import PhaseKind, Routine, Schedule, Step
from selfcare.routine.plan import plan_session
from selfcare.routine.rules import at_top_levels
from selfcare.routine.source import load_file
from selfcare.routine.text import Text
from selfcare.session.views.screen_parts import MIN_WIDTH

NAMES = ["low-back", "low-back-quick"]


def builtin(routine_id: str) -> Routine:
    routine = check_file(BUILTIN_ROUTINES / f"{routine_id}.yaml").routine
    assert routine is not None
    return routine


def texts_of(routine: Routine) -> Iterator[tuple[str, Text]]:
    """Every human text in the routine, with where it is."""
    yield "title", routine.title
    if routine.summary is not None:
        yield "summary", routine.summary
    for i, text in enumerate(routine.fits):
        yield f"fits[{i}]", text
    for i, text in enumerate(routine.cautions):
        yield f"cautions[{i}]", text
    for phase in routine.phases:
        for name in ("title", "why", "ask"):
            value = getattr(phase, name)
            if value is not None:
                yield f"{phase.kind}.{name}", value
        for step in phase.steps:
            for level in range(1, step.top_level + 1):
                yield from step_texts(step.at_level(level), f"{step.id}@{level}")
    if routine.frequency is not None:
        yield "frequency", routine.frequency
    for card in routine.learn:
        yield f"learn.{card.id}.title", card.title
        yield f"learn.{card.id}.text", card.text
        if card.source is not None:
            yield f"learn.{card.id}.source", card.source


def step_texts(step: Step, where: str) -> Iterator[tuple[str, Text]]:
    yield f"{where}.name", step.name
    if step.position is not None:
        yield f"{where}.position", step.position
    if step.caution is not None:
        yield f"{where}.caution", step.caution
    for i, text in enumerate(step.cues):
        yield f"{where}.cues[{i}]", text
    for i, text in enumerate(step.mistakes):
        yield f"{where}.mistakes[{i}]", text


def test_the_built_in_folder_holds_exactly_the_two_low_back_routines() -> None:
    # editable or wheel install: the package finds the same files as the checkout has
    found = {path.name: path.read_bytes() for path in builtin_routines().iterdir()}
    assert found == {path.name: path.read_bytes() for path in BUILTIN_ROUTINES.iterdir()}
    assert sorted(path.stem for path in BUILTIN_ROUTINES.glob("*.yaml")) == NAMES
    assert [(entry.id, entry.source) for entry in winning_files()] == [
        (name, Source.BUILTIN) for name in NAMES
    ]


@pytest.mark.parametrize("name", NAMES)
def test_a_built_in_routine_has_no_errors_and_no_warnings(name: str) -> None:
    checked = check_file(BUILTIN_ROUTINES / f"{name}.yaml")

    assert [d.render() for d in checked.diagnostics] == []
    assert checked.routine is not None
    assert checked.routine.id == name


@pytest.mark.parametrize("name", NAMES)
def test_a_built_in_routine_reads_the_same_with_the_pure_python_and_the_libyaml_loader(
    name: str,
) -> None:
    text = (BUILTIN_ROUTINES / f"{name}.yaml").read_text("utf-8")

    pure = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, Loader=yaml.CSafeLoader)

    assert pure == fast
    assert load_file(BUILTIN_ROUTINES / f"{name}.yaml").data == pure


def every_level(routine: Routine) -> Iterator[Step]:
    """Each step at each of its levels, level 1 first."""
    for _, step in routine.steps():
        for level in range(1, step.top_level + 1):
            yield step.at_level(level)


@pytest.mark.parametrize("name", NAMES)
def test_every_step_at_every_level_has_a_position_two_cues_and_a_common_mistake(
    name: str,
) -> None:
    for step in every_level(builtin(name)):
        assert step.position is not None, (step.id, step.level)
        assert len(step.cues) >= 2, (step.id, step.level)
        assert len(step.mistakes) >= 1, (step.id, step.level)


@pytest.mark.parametrize("name", NAMES)
def test_every_text_is_written_in_english_and_japanese(name: str) -> None:
    for where, text in texts_of(builtin(name)):
        assert not isinstance(text, str), f"{where} is in one language only"
        assert set(text) == {"en", "ja"}, where
        assert all(value.strip() for value in text.values()), where


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        (
            "low-back",
            [PhaseKind.PREPARE, PhaseKind.STABILIZE, PhaseKind.LOOSEN, PhaseKind.COOLDOWN],
        ),
        # the quick version keeps the order but leaves out the settling breaths
        ("low-back-quick", [PhaseKind.STABILIZE, PhaseKind.LOOSEN, PhaseKind.COOLDOWN]),
    ],
)
def test_a_built_in_routine_stabilizes_before_it_loosens(name: str, kinds: list[PhaseKind]) -> None:
    assert [phase.kind for phase in builtin(name).phases] == kinds


@pytest.mark.parametrize(
    ("name", "low_minutes", "high_minutes"), [("low-back", 15, 21), ("low-back-quick", 5, 8)]
)
def test_a_built_in_routine_takes_the_promised_time(
    name: str, low_minutes: int, high_minutes: int
) -> None:
    seconds = plan_session(builtin(name)).total_seconds

    assert low_minutes * 60 <= seconds <= high_minutes * 60


@dataclass(frozen=True)
class Dose:
    """A beginner dose from the exercise tables of CLINICAL.md, as ranges."""

    hold: tuple[float, float]
    reps: tuple[int, int]
    sets: tuple[int, int] = (1, 1)
    most_rest: float = 10
    each_side: bool = False


# The prepare and cool-down breathing has no table dose; every exercise has one.
BEGINNER_DOSES: dict[str, list[Dose]] = {
    "drawing-in": [Dose(hold=(10, 10), reps=(10, 10))],
    "pelvic-floor": [Dose(hold=(1, 10), reps=(10, 10))],  # slow holds up to 10 s × 10
    "glute-bridge": [Dose(hold=(6, 6), reps=(8, 12))],  # rest up to 10 s
    "bird-dog": [Dose(hold=(3, 5), reps=(5, 10), each_side=True)],
    "clamshell": [Dose(hold=(2, 5), reps=(10, 10), sets=(1, 3), each_side=True)],  # 1-3 s pause
    "side-plank-knees": [Dose(hold=(8, 10), reps=(3, 5), each_side=True)],
    "cat-cow": [Dose(hold=(4, 8), reps=(10, 10))],  # 10 slow reps
    "knee-to-chest": [
        Dose(hold=(20, 30), reps=(3, 3), each_side=True),
        Dose(hold=(5, 5), reps=(5, 5), each_side=True),  # the CSP dose
    ],
    "figure-4": [Dose(hold=(25, 35), reps=(2, 3), each_side=True)],  # about 30 s
    "hamstring-towel": [Dose(hold=(30, 30), reps=(2, 3), each_side=True)],
}
BREATHING = {"slow-breathing", "relaxed-breathing"}


def _fits(step: Step, dose: Dose) -> bool:
    rest = max(step.rest, step.rest if step.set_rest is None else step.set_rest)
    return (
        dose.hold[0] <= step.hold <= dose.hold[1]
        and dose.reps[0] <= step.reps <= dose.reps[1]
        and dose.sets[0] <= step.sets <= dose.sets[1]
        and rest <= dose.most_rest
        and step.each_side is dose.each_side
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_exercise_has_a_beginner_dose_from_the_clinical_reference(name: str) -> None:
    for _, step in builtin(name).steps():
        if step.id in BREATHING:
            continue
        assert step.id in BEGINNER_DOSES, f"{step.id} has no beginner dose to check against"
        assert any(_fits(step, dose) for dose in BEGINNER_DOSES[step.id]), (
            f"{name}: {step.id} is {step.hold} s × {step.reps} × {step.sets} sets, "
            f"rest {step.rest} s, each side {step.each_side}"
        )


# CLINICAL.md, "Beyond the first session": progress by adding 1-2 reps or 2 s of hold, or by
# moving to the next version of the exercise. So every level stays within the beginner dose
# plus one such step, and a level is one step from the level below it.
LEVEL_DOSES: dict[str, Dose] = {
    "drawing-in": Dose(hold=(10, 12), reps=(10, 12)),
    "pelvic-floor": Dose(hold=(1, 10), reps=(10, 12)),
    "glute-bridge": Dose(hold=(6, 8), reps=(8, 12)),
    "bird-dog": Dose(hold=(3, 5), reps=(5, 10), each_side=True),
    "clamshell": Dose(hold=(2, 5), reps=(10, 12), sets=(1, 3), each_side=True),
    "side-plank-knees": Dose(hold=(8, 12), reps=(3, 5), each_side=True),
}
MORE_HOLD, MORE_REPS, MORE_SETS = 2, 2, 1


def stabilizing_steps(routine: Routine) -> list[Step]:
    return [step for phase, step in routine.steps() if phase.kind is PhaseKind.STABILIZE]


@pytest.mark.parametrize("name", NAMES)
def test_every_stabilizing_step_has_two_or_three_levels_above_the_step_itself(name: str) -> None:
    steps = stabilizing_steps(builtin(name))

    assert steps
    for step in steps:
        assert 2 <= len(step.levels) <= 3, (step.id, len(step.levels))


@pytest.mark.parametrize("name", NAMES)
def test_only_the_stabilizing_steps_have_levels(name: str) -> None:
    for phase, step in builtin(name).steps():
        assert bool(step.levels) is (phase.kind is PhaseKind.STABILIZE), step.id


@pytest.mark.parametrize("name", NAMES)
def test_every_level_keeps_a_dose_within_the_clinical_progression(name: str) -> None:
    for step in every_level(builtin(name)):
        if step.level == 1:
            continue
        assert _fits(step, LEVEL_DOSES[step.id]), (
            f"{name}: {step.id} level {step.level} is {step.hold} s × {step.reps} × "
            f"{step.sets} sets, rest {step.rest} s / {step.set_rest} s"
        )


def dose_steps(lower: Step, higher: Step) -> dict[str, float]:
    """How much each part of the dose grows from one level to the next."""
    return {
        "hold": higher.hold - lower.hold,
        "reps": higher.reps - lower.reps,
        "sets": higher.sets - lower.sets,
    }


@pytest.mark.parametrize("name", NAMES)
def test_each_level_is_one_step_up_from_the_level_below_it(name: str) -> None:
    for _, step in builtin(name).steps():
        for level in range(2, step.top_level + 1):
            lower, higher = step.at_level(level - 1), step.at_level(level)
            grown = {part: more for part, more in dose_steps(lower, higher).items() if more > 0}
            where = (name, step.id, level)
            if higher.name != lower.name:  # a harder version: the dose does not grow with it
                assert grown == {}, where
                assert higher.figure != lower.figure and higher.cues != lower.cues, where
            else:  # more of the same: one part of the dose grows, by one step
                assert len(grown) == 1, where
                assert grown.get("hold", 0) <= MORE_HOLD, where
                assert grown.get("reps", 0) <= MORE_REPS, where
                assert grown.get("sets", 0) <= MORE_SETS, where
                assert higher.rest == lower.rest, where


@pytest.mark.parametrize("name", NAMES)
def test_bird_dog_starts_with_the_leg_only_and_then_reaches_the_opposite_arm_and_leg(
    name: str,
) -> None:
    bird_dog = next(step for step in stabilizing_steps(builtin(name)) if step.id == "bird-dog")
    leg, arm_and_leg = bird_dog.at_level(1), bird_dog.at_level(2)

    assert (localized(leg.name, "en"), leg.figure) == (
        "Bird-dog, leg only",
        ("all-fours", "bird-dog-leg"),
    )
    assert localized(leg.name, "ja") == "バードドッグ（脚のみ）"
    assert "arm" not in " ".join(localized(cue, "en") for cue in leg.cues).lower()
    assert (localized(arm_and_leg.name, "en"), arm_and_leg.figure) == (
        "Bird-dog, arm and leg",
        ("all-fours", "bird-dog-reach"),
    )
    assert "opposite leg" in localized(arm_and_leg.cues[0], "en")


@pytest.mark.parametrize("name", NAMES)
def test_the_bridge_moves_on_to_marching_at_its_top_level(name: str) -> None:
    bridge = next(step for step in stabilizing_steps(builtin(name)) if step.id == "glute-bridge")
    top = bridge.at_level(bridge.top_level)

    assert localized(top.name, "en") == "Glute bridge with marching"
    assert top.figure == ("hook-lying", "bridge-marching")
    assert any("foot" in localized(cue, "en") for cue in top.cues)


def test_the_side_plank_on_the_knees_progresses_by_longer_holds() -> None:
    side_plank = next(
        s for s in stabilizing_steps(builtin("low-back")) if s.id == "side-plank-knees"
    )

    assert side_plank.at_level(2).hold > side_plank.at_level(1).hold


# The session screen's narrowest text column: a step's name must fit on one line there.
NARROWEST = MIN_WIDTH - 4


@pytest.mark.parametrize("name", NAMES)
def test_every_levels_name_fits_one_line_of_the_narrowest_session_screen(name: str) -> None:
    for step in every_level(builtin(name)):
        for lang in ("en", "ja"):
            assert cell_len(localized(step.name, lang)) <= NARROWEST, (step.id, step.level, lang)


@pytest.mark.parametrize(("name", "per_week"), [("low-back", 3), ("low-back-quick", 4)])
def test_a_built_in_routine_says_how_often_and_for_how_long(name: str, per_week: int) -> None:
    routine = builtin(name)

    assert routine.schedule == Schedule(per_week=per_week, weeks=(6, 8))
    assert routine.frequency is not None
    assert "6 to 8 weeks" in localized(routine.frequency, "en")
    assert "6〜8週間" in localized(routine.frequency, "ja")


def test_the_two_schedules_together_fill_the_week() -> None:
    full, quick = builtin("low-back").schedule, builtin("low-back-quick").schedule

    assert full is not None and quick is not None
    assert full.sessions_per_week + quick.sessions_per_week == 7


@pytest.mark.parametrize(("name", "top_minutes"), [("low-back", 30), ("low-back-quick", 10)])
def test_a_built_in_routine_at_its_top_levels_stays_within_a_session_people_can_keep_up(
    name: str, top_minutes: int
) -> None:
    routine = builtin(name)

    assert plan_session(at_top_levels(routine)).total_seconds <= top_minutes * 60


SENTENCE_END = {"en": re.compile(r"[.!?](?:\s|$)"), "ja": re.compile("。")}


@pytest.mark.parametrize("name", NAMES)
def test_a_built_in_routine_has_four_to_six_learn_cards_of_two_to_four_sentences(
    name: str,
) -> None:
    cards = builtin(name).learn

    assert 4 <= len(cards) <= 6
    for card in cards:
        for lang, end in SENTENCE_END.items():
            sentences = len(end.findall(localized(card.text, lang)))
            assert 2 <= sentences <= 4, (card.id, lang, sentences)


def test_the_full_routine_explains_the_method_in_its_cards() -> None:
    cards = {card.id: card for card in builtin("low-back").learn}
    text = {key: localized(card.text, "en") for key, card in cards.items()}

    assert "not serious" in localized(cards["most-back-pain"].title, "en")
    assert "bridge" in text["support-first"] and "ropes" in text["support-first"]
    assert "stabilise first, then loosen only if still needed" in text["support-first"]
    assert "guarding" in text["stiffness"]
    assert "walk" in text["keep-moving"]
    assert cards["keep-moving"].source is not None
    sources = localized(cards["keep-moving"].source, "en")
    assert "NICE NG59" in sources and "WalkBack" in sources
    assert "2 weeks" in text["when-to-get-help"]


def test_the_quick_routine_carries_the_same_cards_as_the_full_one() -> None:
    assert builtin("low-back-quick").learn == builtin("low-back").learn


def step_ids(routine: Routine, kind: PhaseKind) -> list[str]:
    return [step.id for phase in routine.phases if phase.kind is kind for step in phase.steps]


def test_the_full_routine_has_the_stabilizing_and_loosening_steps_of_the_method() -> None:
    low_back = builtin("low-back")

    stabilize = step_ids(low_back, PhaseKind.STABILIZE)
    loosen = step_ids(low_back, PhaseKind.LOOSEN)

    assert stabilize[:5] == ["drawing-in", "pelvic-floor", "glute-bridge", "bird-dog", "clamshell"]
    assert {"knee-to-chest", "figure-4", "hamstring-towel", "cat-cow"} == set(loosen)


def test_the_quick_routine_uses_fewer_steps_of_the_full_one_in_the_same_order() -> None:
    full = builtin("low-back")
    quick = builtin("low-back-quick")

    full_ids = [step.id for _, step in full.steps()]
    quick_stabilize = step_ids(quick, PhaseKind.STABILIZE)

    assert len(quick.steps()) < len(full.steps())
    assert {step.id for _, step in quick.steps()} <= set(full_ids)
    assert quick_stabilize == [i for i in full_ids if i in quick_stabilize]


@pytest.mark.parametrize("name", NAMES)
def test_the_stabilize_phase_explains_the_order_in_both_languages(name: str) -> None:
    stabilize = next(p for p in builtin(name).phases if p.kind is PhaseKind.STABILIZE)

    assert stabilize.why is not None and not isinstance(stabilize.why, str)
    assert "stabilise first" in stabilize.why["en"]
    assert "先に安定" in stabilize.why["ja"]


def test_the_built_in_files_end_in_yaml_and_are_utf8_without_tabs() -> None:
    for path in Path(BUILTIN_ROUTINES).iterdir():
        assert path.suffix == ".yaml", path.name
        assert "\t" not in path.read_bytes().decode("utf-8"), path.name
