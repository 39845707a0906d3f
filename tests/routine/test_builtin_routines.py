"""The two built-in low-back routines: clean, complete, bilingual, and the right length."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import BUILTIN_ROUTINES
from selfcare.paths import builtin_routines
from selfcare.routine.discovery import Source, check_file, winning_files
from selfcare.routine.model import PhaseKind, Routine, Step
from selfcare.routine.plan import plan_session
from selfcare.routine.source import load_file
from selfcare.routine.text import Text

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
            yield f"{step.id}.name", step.name
            if step.position is not None:
                yield f"{step.id}.position", step.position
            if step.caution is not None:
                yield f"{step.id}.caution", step.caution
            for i, text in enumerate(step.cues):
                yield f"{step.id}.cues[{i}]", text
            for i, text in enumerate(step.mistakes):
                yield f"{step.id}.mistakes[{i}]", text


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


@pytest.mark.parametrize("name", NAMES)
def test_every_step_has_a_position_two_cues_and_a_common_mistake(name: str) -> None:
    for _, step in builtin(name).steps():
        assert step.position is not None, step.id
        assert len(step.cues) >= 2, step.id
        assert len(step.mistakes) >= 1, step.id


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
