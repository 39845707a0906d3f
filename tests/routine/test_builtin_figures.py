"""The built-in routines' pictures: every step shows its position, a moving step its movement."""

from __future__ import annotations

import re

import pytest

from conftest import BUILTIN_ROUTINES
from selfcare.pictures.library import load_pose, pose_names
from selfcare.routine.discovery import resolve
from selfcare.routine.model import Step
from selfcare.routine.text import Text

NAMES = sorted(path.stem for path in BUILTIN_ROUTINES.glob("*.yaml"))
# A step whose name says one of these moves between two positions.
MOVING = (
    *("bridge", "bird-dog", "clamshell", "side-plank"),
    *("cat-cow", "knee-to-chest", "figure-4", "hamstring"),
)
TOWEL = re.compile(r"\btowels?\b", re.IGNORECASE)
TOWEL_UNDER = re.compile(r"\btowels? under\b", re.IGNORECASE)  # a folded pad, not held


def steps_of(name: str) -> list[Step]:
    routine = resolve(name).routine
    return [step for phase in routine.phases for step in phase.steps]


def english(text: Text | None) -> str:
    if text is None:
        return ""
    return text if isinstance(text, str) else text.get("en", "")


def moves(step: Step) -> str | None:
    """The movement the step's id or English name names, if any."""
    said = f"{step.id} {english(step.name)}".lower().replace("–", "-").replace(" ", "-")
    return next((movement for movement in MOVING if movement in said), None)


def holds_a_towel(step: Step) -> bool:
    """Whether the position or the caution has a towel that is held, not one lain on."""
    said = f"{english(step.position)} {english(step.caution)}"
    return len(TOWEL.findall(said)) > len(TOWEL_UNDER.findall(said))


@pytest.mark.parametrize("name", NAMES)
def test_every_built_in_step_shows_one_or_two_poses_from_the_library(name: str) -> None:
    for step in steps_of(name):
        assert 1 <= len(step.figure) <= 2, step.id
        assert set(step.figure) <= pose_names(), (step.id, step.figure)


@pytest.mark.parametrize("name", NAMES)
def test_a_step_that_moves_shows_two_different_poses(name: str) -> None:
    for step in steps_of(name):
        if moves(step):
            assert len(step.figure) == 2, (step.id, step.figure)
            assert step.figure[0] != step.figure[1], step.id


def test_the_full_routine_has_every_kind_of_moving_step_the_rule_names() -> None:
    found = {moves(step) for step in steps_of("low-back")}

    assert set(MOVING) <= found


@pytest.mark.parametrize("name", NAMES)
def test_a_step_with_a_towel_held_shows_it_in_every_pose_and_a_towel_lain_on_in_none(
    name: str,
) -> None:
    for step in steps_of(name):
        towels = [load_pose(pose).towels for pose in step.figure]
        if holds_a_towel(step):
            assert all(towels), (step.id, step.figure)
        else:
            assert not any(towels), (step.id, step.figure)


def test_the_hamstring_stretch_is_the_step_with_a_towel_held() -> None:
    assert [step.id for step in steps_of("low-back") if holds_a_towel(step)] == ["hamstring-towel"]
