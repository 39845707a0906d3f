"""The built-in routines' pictures: every step, at every level, shows its position, and a
moving step its movement."""

from __future__ import annotations

import math
import re

import pytest

from conftest import BUILTIN_ROUTINES
from selfcare.pictures.body import Figure, between, pose_figure, resting_gap
from selfcare.pictures.library import load_pose, pose_names
from selfcare.routine.discovery import resolve
from selfcare.routine.model import Step
from selfcare.routine.text import Text

NAMES = sorted(path.stem for path in BUILTIN_ROUTINES.glob("*.yaml"))
# A step whose name says one of these moves between two positions. (No built-in has the
# figure-4: see test_builtin_routines.py.)
MOVING = (
    *("bridge", "bird-dog", "clamshell", "side-plank"),
    *("cat-cow", "rocking", "knee-to-chest", "hamstring"),
)
TOWEL = re.compile(r"\btowels?\b", re.IGNORECASE)
TOWEL_UNDER = re.compile(r"\btowels? under\b", re.IGNORECASE)  # a folded pad, not held


def steps_of(name: str) -> list[Step]:
    """Every step of the routine at every one of its levels."""
    routine = resolve(name).routine
    return [
        step.at_level(level)
        for phase in routine.phases
        for step in phase.steps
        for level in range(1, step.top_level + 1)
    ]


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


def test_the_pelvic_girdle_routine_rocks_the_pelvis_sitting_and_does_cat_cow() -> None:
    moving = {step.id: step.figure for step in steps_of("pelvic-girdle-care") if moves(step)}

    assert moving["seated-pelvic-rocking"] == ("sitting-tall", "sitting-rounded")
    assert moving["cat-cow"] == ("cat", "cow")


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


# --- The poses the levels added, measured as a clinician would check them ---------------------

UNDER = 3.0  # a joint this close across (horizontally) to the one it stands under
TOUCH = 1.5  # a joint whose lowest drawn point is this close to the floor rests on it
LEVEL = 10.0  # degrees from horizontal that still read as level
FRACTIONS = [0.0, 0.25, 0.5, 0.75, 1.0]


def figure_of(name: str) -> Figure:
    return pose_figure(load_pose(name))


def tilt(figure: Figure, one: str, other: str) -> float:
    (ax, ay), (bx, by) = figure.joints[one], figure.joints[other]
    return math.degrees(math.atan2(abs(by - ay), abs(bx - ax)))


def off_line(figure: Figure, middle: str, one: str, other: str) -> float:
    (ax, ay), (mx, my), (bx, by) = (figure.joints[j] for j in (one, middle, other))
    return abs((bx - ax) * (my - ay) - (by - ay) * (mx - ax)) / math.hypot(bx - ax, by - ay)


def knee_bend(figure: Figure, side: str) -> float:
    """The angle inside the knee: 180 is straight."""
    (hx, hy), (kx, ky), (ax, ay) = (
        figure.joints[j] for j in ("hip", f"{side}.knee", f"{side}.ankle")
    )
    turn = abs(math.degrees(math.atan2(hy - ky, hx - kx) - math.atan2(ay - ky, ax - kx))) % 360
    return min(turn, 360 - turn)


def test_the_leg_only_bird_dog_reaches_the_leg_back_level_with_both_hands_down() -> None:
    figure = figure_of("bird-dog-leg")

    assert tilt(figure, "hip", "near.ankle") <= LEVEL, "the reaching leg is about level"
    for side in ("near", "far"):
        assert abs(figure.joints[f"{side}.hand"][0] - figure.joints["shoulder"][0]) <= UNDER
        assert resting_gap(figure, f"{side}.hand") <= TOUCH, f"the {side} hand is on the floor"
    assert resting_gap(figure, "far.knee") <= TOUCH, "the other knee stays down"
    assert tilt(figure, "hip", "shoulder") <= 15, "the back stays roughly level"


def test_the_marching_bridge_lifts_one_foot_with_the_hips_still_up_and_level() -> None:
    top, march = figure_of("bridge-top"), figure_of("bridge-marching")

    assert off_line(march, "hip", "far.knee", "shoulder") <= 1.5, "knee, hip and shoulder in line"
    assert march.joints["hip"] == pytest.approx(top.joints["hip"]), "the hips stay where they were"
    assert resting_gap(march, "near.ankle") > 15, "the lifted foot is clearly off the floor"
    assert resting_gap(march, "far.ankle") <= TOUCH, "the other foot stays flat"
    assert 80 <= knee_bend(march, "near") <= 100, "the lifted knee stays bent"


def level_moves() -> list[tuple[str, str]]:
    """Every start and end pose a built-in step moves between at a level above 1."""
    pairs = {
        (step.figure[0], step.figure[1])
        for name in NAMES
        for step in steps_of(name)
        if step.level > 1 and len(step.figure) == 2
    }
    return sorted(pairs)


@pytest.mark.parametrize(("start", "end"), level_moves())
def test_a_level_moves_the_body_without_sliding_its_resting_joint(start: str, end: str) -> None:
    first, last = load_pose(start), load_pose(end)
    anchor = last.rests_on[0]

    places = [pose_figure(between(first, last, f)).joints[anchor] for f in FRACTIONS]
    assert {round(x, 9) for x, _ in places} == {0.0}
    heights = [y for _, y in places]
    assert max(heights) - min(heights) <= TOUCH, heights


# --- The poses added for gentle loosening and for pregnancy ------------------------------------


def test_the_knees_sway_a_little_to_either_side_together_while_hips_and_feet_stay_put() -> None:
    one, other = figure_of("knees-sway-one-side"), figure_of("knees-sway-other-side")
    hip_y = one.joints["hip"][1]

    for figure in (one, other):
        assert figure.joints["near.knee"] == figure.joints["far.knee"], "knees together"
        assert tilt(figure, "hip", "shoulder") <= 1, "lying flat"
    assert one.joints["hip"] == pytest.approx(other.joints["hip"]), "the pelvis stays down"
    assert math.dist(one.joints["near.ankle"], other.joints["near.ankle"]) <= TOUCH, "feet still"
    below, above = one.joints["near.knee"][1] - hip_y, other.joints["near.knee"][1] - hip_y
    assert below < -5 and above > 5, "the knees sway to one side, then to the other"
    assert max(abs(below), abs(above)) <= 15, "a small range"


@pytest.mark.parametrize("name", ["sitting-tall", "sitting-rounded"])
def test_sitting_has_the_thighs_level_the_shins_down_and_the_knees_together(name: str) -> None:
    figure = figure_of(name)

    assert figure.joints["near.knee"] == figure.joints["far.knee"]
    assert tilt(figure, "hip", "near.knee") <= LEVEL, "the thighs rest level on the seat"
    assert abs(figure.joints["near.ankle"][0] - figure.joints["near.knee"][0]) <= UNDER
    for joint in ("near.ankle", "near.toe", "far.ankle", "far.toe"):
        assert resting_gap(figure, joint) <= TOUCH, f"{joint} on the floor"
    assert 40 <= figure.joints["hip"][1] <= 55, "seat height, about 45 cm"
    assert figure.joints["near.hand"][1] > figure.joints["hip"][1], "hands rest on the thighs"


def test_sitting_tall_is_upright_and_sitting_rounded_rolls_the_pelvis_back() -> None:
    tall, rounded = figure_of("sitting-tall"), figure_of("sitting-rounded")
    # Side views face left: forward is to the left (smaller x).

    assert tilt(tall, "hip", "shoulder") >= 80, "the trunk is upright"
    assert tall.joints["waist"][0] <= tall.joints["hip"][0], "the lower back keeps its curve"
    assert rounded.joints["waist"][0] > rounded.joints["hip"][0] + 5, "the pelvis rolls back"
    assert rounded.joints["head"][0] < rounded.joints["waist"][0], "the back rounds forward"
    assert rounded.joints["head"][1] < tall.joints["head"][1], "the body sinks a little"


def test_side_lying_with_a_hand_on_the_belly_keeps_the_knees_together() -> None:
    figure, plain = figure_of("side-lying-hand-on-belly"), figure_of("side-lying-hips-45")

    assert figure.joints["near.knee"] == figure.joints["far.knee"]
    for joint in ("near.knee", "near.ankle", "hip", "shoulder"):  # the same body as hips-45
        assert figure.joints[joint] == pytest.approx(plain.joints[joint])
    hand, waist, hip = (figure.joints[j] for j in ("near.hand", "waist", "hip"))
    assert waist[0] - UNDER <= hand[0] <= hip[0] + UNDER, "the hand is at the lower belly"
    assert hand[1] < hip[1], "in front of the body, on the belly"
