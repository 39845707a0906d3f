"""The pose library as a user sees it and as a clinician checks it.

Every pose is drawn as SVG and as terminal dots and compared with an approved snapshot in
`snapshots/`. To approve new drawings, look at them first, then run

    SELFCARE_UPDATE_SNAPSHOTS=1 python -m pytest -q tests/pictures/test_figures.py

which writes the snapshots instead of comparing them. The clinical checks measure the placed
joints; lengths are in body units, about a centimetre each.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
import re
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from conftest import BUILTIN_ROUTINES, REPO
from selfcare.pictures import svg
from selfcare.pictures.body import (
    BODY_SEGMENTS,
    HEAD_RADIUS,
    LIMB_SEGMENTS,
    Angle,
    Figure,
    Pose,
    Side,
    View,
    angle_names,
    between,
    joint_names,
    pose_figure,
    resting_gap,
)
from selfcare.pictures.dots import Cells, figure_dots
from selfcare.pictures.library import load_pose, pose_names
from selfcare.pictures.svg import figure_svg
from selfcare.routine.discovery import check_file

POSES = sorted(pose_names())
SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("SELFCARE_UPDATE_SNAPSHOTS") == "1"
APPROVE = "SELFCARE_UPDATE_SNAPSHOTS=1 python -m pytest -q tests/pictures/test_figures.py"

# Tolerances, in body units (about 1 cm each).
TOUCH = 1.5  # a joint whose lowest drawn point is this close to the floor rests on it
IN_LINE = 1.5  # the middle joint this close to the line through the outer two
UNDER = 3.0  # a joint this close across (horizontally) to the one it stands under
TOGETHER = 2.0  # two feet this close are together
ROSE = 15.0  # a knee that rises at least this much has visibly risen
ANYWHERE = 1e-6  # for what the model computes exactly


def figure_of(name: str) -> Figure:
    return pose_figure(load_pose(name))


# --- Snapshots --------------------------------------------------------------------------------


def drawn_svg(name: str) -> str:
    return figure_svg(figure_of(name), name) + "\n"


def drawn_blocks(name: str) -> str:
    return figure_dots(figure_of(name), 40, 10).plain + "\n"


def drawn_braille(name: str) -> str:
    return figure_dots(figure_of(name), 24, 6, cells=Cells.BRAILLE).plain + "\n"


DRAWINGS: dict[str, Callable[[str], str]] = {
    "svg": drawn_svg,
    "blocks.txt": drawn_blocks,
    "braille.txt": drawn_braille,
}


def preview_png(figure: Figure, path: Path, scale: float = 4.0) -> None:
    """A picture of `figure` to look at before approving its SVG (no SVG renderer needed)."""
    left, bottom, right, top = figure.bounds()
    margin = svg.MARGIN

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return (point[0] - left + margin) * scale, (top + margin - point[1]) * scale

    size = (round((right - left + 2 * margin) * scale), round((top - bottom + 2 * margin) * scale))
    image = Image.new("RGB", size, "white" if figure.view is View.SIDE else svg.MAT)
    draw = ImageDraw.Draw(image)
    if figure.view is View.SIDE:
        floor = at((0.0, figure.floor))[1]
        draw.rectangle([0, floor, size[0], floor + margin / 2 * scale], fill=svg.MAT)
    for points, width, side in figure.lines():
        colour = svg.FAR_INK if side is Side.FAR else svg.INK
        placed, thick = [at(p) for p in points], width * scale
        if side is Side.NEAR:  # the white edge, as the SVG has
            draw.line(placed, fill="white", width=round(thick + svg.HALO * scale), joint="curve")
        draw.line(placed, fill=colour, width=round(thick), joint="curve")
        for x, y in placed:  # round ends
            draw.ellipse([x - thick / 2, y - thick / 2, x + thick / 2, y + thick / 2], fill=colour)
    for towel in figure.towels:
        ends = [at(figure.joints[towel.start]), at(figure.joints[towel.end])]
        draw.line(ends, fill=svg.TOWEL, width=round(3.5 * scale))
    x, y = at(figure.joints["head"])
    radius = HEAD_RADIUS * scale
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=svg.INK)
    image.save(path)


@pytest.mark.parametrize("suffix", list(DRAWINGS))
@pytest.mark.parametrize("name", POSES)
def test_every_pose_is_drawn_as_its_approved_snapshot(
    name: str, suffix: str, tmp_path: Path
) -> None:
    drawn = DRAWINGS[suffix](name)
    approved = SNAPSHOTS / f"{name}.{suffix}"
    if UPDATE:
        approved.parent.mkdir(exist_ok=True)
        approved.write_bytes(drawn.encode("utf-8"))
        return

    received = tmp_path / approved.name
    received.write_bytes(drawn.encode("utf-8"))
    look = f"Look at the new drawing first: {received}"
    if suffix == "svg":
        preview = received.with_suffix(".png")
        preview_png(figure_of(name), preview)
        look += f" (as a picture: {preview})"
    where = approved.relative_to(REPO)
    approve = f"If it is right, approve it (and every other drawing) with:\n    {APPROVE}"
    if not approved.exists():
        pytest.fail(f"{name}: no approved snapshot {where}.\n{look}\n{approve}", pytrace=False)
    before = approved.read_bytes().decode("utf-8")
    if before != drawn:
        diff = difflib.unified_diff(
            before.splitlines(), drawn.splitlines(), "approved", "drawn now", lineterm=""
        )
        shown = "\n".join(list(diff)[:60])
        pytest.fail(
            f"{name}: the drawing differs from the approved {where}.\n{shown}\n{look}\n{approve}",
            pytrace=False,
        )


def test_the_snapshot_folder_holds_only_drawings_of_poses_in_the_library() -> None:
    expected = {f"{name}.{suffix}" for name in POSES for suffix in DRAWINGS}
    found = {path.name for path in SNAPSHOTS.iterdir()} if SNAPSHOTS.is_dir() else set()
    if UPDATE:
        for stale in found - expected:
            (SNAPSHOTS / stale).unlink()
        return

    assert found - expected == set(), (
        f"snapshots of no pose in the library: delete them or run {APPROVE}"
    )


# --- The library's data -----------------------------------------------------------------------

POSE_KEYS = {"en", "ja", "view", "rests_on", "body", "near", "far", "towels"}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def raw_entries() -> dict[str, Any]:
    text = files("selfcare.pictures").joinpath("poses.yaml").read_text("utf-8")
    entries: dict[str, Any] = yaml.safe_load(text)
    return entries


def test_every_pose_in_the_file_is_in_the_library_with_only_known_keys() -> None:
    entries = raw_entries()

    assert sorted(entries) == POSES
    for name, entry in entries.items():
        assert set(entry) <= POSE_KEYS, (name, set(entry) - POSE_KEYS)
        assert set(entry["body"]) == set(BODY_SEGMENTS), name
        for side in ("near", "far"):
            assert set(entry.get(side, {})) <= set(LIMB_SEGMENTS), (name, side)


@pytest.mark.parametrize("name", POSES)
def test_every_pose_is_described_in_english_and_japanese(name: str) -> None:
    description = load_pose(name).description

    assert set(description) == {"en", "ja"}
    assert description["en"].strip() and description["en"].isascii(), description["en"]
    assert JAPANESE.search(description["ja"]), description["ja"]


@pytest.mark.parametrize("name", POSES)
def test_every_pose_gives_an_angle_for_every_segment_and_no_other(name: str) -> None:
    pose = load_pose(name)

    assert set(pose.angles) == angle_names()
    for key, angle in pose.angles.items():
        assert math.isfinite(angle.degrees), key
        assert 0 < angle.shown <= 1, key


@pytest.mark.parametrize("name", POSES)
def test_every_joint_a_pose_rests_on_or_holds_a_towel_with_exists(name: str) -> None:
    pose = load_pose(name)
    named = set(pose.rests_on) | {end for towel in pose.towels for end in (towel.start, towel.end)}

    assert named <= joint_names(), named - joint_names()
    assert len(set(pose.rests_on)) == len(pose.rests_on), pose.rests_on


# --- Clinical checks --------------------------------------------------------------------------


def interior_angle(figure: Figure, one: str, vertex: str, other: str) -> float:
    """The angle at `vertex` between the segments to `one` and `other` (degrees, 0…180)."""
    (ax, ay), (vx, vy), (bx, by) = (figure.joints[j] for j in (one, vertex, other))
    first = math.atan2(ay - vy, ax - vx)
    second = math.atan2(by - vy, bx - vx)
    turn = abs(math.degrees(first - second)) % 360
    return min(turn, 360 - turn)


def off_line(figure: Figure, middle: str, one: str, other: str) -> float:
    """How far `middle` is from the straight line through `one` and `other`."""
    (ax, ay), (mx, my), (bx, by) = (figure.joints[j] for j in (one, middle, other))
    return abs((bx - ax) * (my - ay) - (by - ay) * (mx - ax)) / math.hypot(bx - ax, by - ay)


def tilt(figure: Figure, one: str, other: str) -> float:
    """How far the line from `one` to `other` is from horizontal (degrees, 0…90)."""
    (ax, ay), (bx, by) = figure.joints[one], figure.joints[other]
    return math.degrees(math.atan2(abs(by - ay), abs(bx - ax)))


def elevation(figure: Figure, one: str, other: str) -> float:
    """How far the line from `one` to `other` points above horizontal (degrees)."""
    (ax, ay), (bx, by) = figure.joints[one], figure.joints[other]
    return math.degrees(math.atan2(by - ay, abs(bx - ax)))


def across(figure: Figure, one: str, other: str) -> float:
    """How far apart two joints are horizontally."""
    return abs(figure.joints[one][0] - figure.joints[other][0])


def apart(figure: Figure, one: str, other: str) -> float:
    return math.dist(figure.joints[one], figure.joints[other])


def height(figure: Figure, joint: str) -> float:
    return figure.joints[joint][1]


def gaps(figure: Figure, *joints: str) -> dict[str, float]:
    return {joint: round(resting_gap(figure, joint), 2) for joint in joints}


FEET = ("near.ankle", "near.toe", "far.ankle", "far.toe")
# Seen from above, a joint's height in the picture is its place across the mat, not its height
# above the floor: the floor check is for side views.
SIDE_VIEWS = [name for name in POSES if load_pose(name).view is View.SIDE]


@pytest.mark.parametrize("name", SIDE_VIEWS)
def test_every_joint_a_pose_rests_on_touches_the_floor(name: str) -> None:
    pose = load_pose(name)
    figure = pose_figure(pose)

    assert pose.rests_on, "a pose rests on something"
    floating = {j: g for j, g in gaps(figure, *pose.rests_on).items() if g > TOUCH}
    assert floating == {}, f"{name}: these joints float above the floor (limit {TOUCH})"


@pytest.mark.parametrize("name", ["hook-lying", "hook-lying-hands-on-belly"])
def test_hook_lying_has_the_knees_bent_the_feet_flat_and_the_back_down(name: str) -> None:
    figure = figure_of(name)

    for side in Side:
        knee = interior_angle(figure, "hip", f"{side}.knee", f"{side}.ankle")
        assert 70 <= knee <= 120, f"{side} knee bent {knee:.1f}°"
    assert max(gaps(figure, *FEET, "hip", "shoulder").values()) <= TOUCH


def test_the_top_of_a_bridge_has_knee_hip_and_shoulder_in_line_and_the_feet_flat() -> None:
    figure = figure_of("bridge-top")

    assert off_line(figure, "hip", "near.knee", "shoulder") <= IN_LINE
    assert max(gaps(figure, *FEET, "shoulder").values()) <= TOUCH
    assert resting_gap(figure, "hip") > TOUCH, "the hips are lifted"


def test_on_all_fours_the_hands_are_under_the_shoulders_and_the_knees_under_the_hips() -> None:
    figure = figure_of("all-fours")

    for side in Side:
        assert across(figure, f"{side}.hand", "shoulder") <= UNDER
        assert across(figure, f"{side}.knee", "hip") <= UNDER
    assert tilt(figure, "hip", "shoulder") <= 15, "the back is roughly level"


def test_the_bird_dog_reaches_one_arm_and_the_other_leg_out_level_on_a_square_base() -> None:
    figure = figure_of("bird-dog-reach")

    assert tilt(figure, "hip", "near.ankle") <= 10, "the reaching leg is about level"
    assert tilt(figure, "shoulder", "far.hand") <= 10, "the reaching arm is about level"
    assert across(figure, "near.hand", "shoulder") <= UNDER, "the supporting hand is below"
    assert across(figure, "far.knee", "hip") <= UNDER, "the supporting knee is below"
    assert max(gaps(figure, "near.hand", "far.knee").values()) <= TOUCH


def test_the_side_plank_on_the_knees_has_knee_hip_and_shoulder_in_line() -> None:
    figure = figure_of("side-plank-knees")

    assert off_line(figure, "hip", "near.knee", "shoulder") <= IN_LINE
    assert resting_gap(figure, "hip") > TOUCH, "the hips are lifted"


@pytest.mark.parametrize("name", ["side-lying-elbow", "side-plank-knees"])
def test_propped_on_the_elbow_the_elbow_is_under_the_shoulder(name: str) -> None:
    figure = figure_of(name)

    assert across(figure, "near.elbow", "shoulder") <= UNDER
    assert resting_gap(figure, "near.elbow") <= TOUCH


def test_the_clamshell_opens_the_top_knee_while_the_feet_stay_together() -> None:
    start, opened = figure_of("side-lying-hips-45"), figure_of("clamshell-open")

    for figure in (start, opened):
        assert apart(figure, "near.ankle", "far.ankle") <= TOGETHER
    assert height(opened, "near.knee") - height(start, "near.knee") >= ROSE


@pytest.mark.parametrize("name", ["hamstring-towel-start", "hamstring-towel-stretch"])
def test_the_hamstring_stretch_holds_a_towel_from_the_hand_to_the_raised_foot(name: str) -> None:
    pose = load_pose(name)
    figure = pose_figure(pose)

    held = [
        (towel.start.split(".")[0], towel.end.split(".")[0])
        for towel in pose.towels
        if towel.start.endswith(".hand") and towel.end.endswith((".toe", ".ankle"))
    ]
    assert held, pose.towels
    foot = f"{held[0][1]}.ankle"
    assert resting_gap(figure, foot) > TOUCH, "the towel foot is lifted"
    assert max(gaps(figure, "hip", "far.ankle", "far.toe").values()) <= TOUCH


def test_the_hamstring_stretch_raises_the_towel_leg_higher_with_the_knee_nearly_straight() -> None:
    start, stretch = figure_of("hamstring-towel-start"), figure_of("hamstring-towel-stretch")

    assert interior_angle(stretch, "hip", "near.knee", "near.ankle") >= 160
    assert elevation(stretch, "hip", "near.ankle") > elevation(start, "hip", "near.ankle")
    assert height(stretch, "near.ankle") > height(start, "near.ankle")


def test_knee_to_chest_draws_one_knee_up_toward_the_chest_with_the_other_foot_flat() -> None:
    lying, drawn_in = figure_of("hook-lying"), figure_of("knee-to-chest")

    assert height(drawn_in, "near.knee") > height(drawn_in, "hip")
    assert apart(drawn_in, "near.knee", "shoulder") < apart(lying, "near.knee", "shoulder")
    assert max(gaps(drawn_in, "far.ankle", "far.toe").values()) <= TOUCH


# --- Moving between poses ---------------------------------------------------------------------


def moving_pairs() -> list[tuple[str, str]]:
    """Every start and end pose a built-in step moves between."""
    pairs: set[tuple[str, str]] = set()
    for path in sorted(BUILTIN_ROUTINES.glob("*.yaml")):
        routine = check_file(path).routine
        assert routine is not None, path
        for phase in routine.phases:
            pairs |= {
                (step.figure[0], step.figure[1]) for step in phase.steps if len(step.figure) == 2
            }
    return sorted(pairs)


PAIRS = moving_pairs()
FRACTIONS = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0]


def shape(figure: Figure) -> dict[str, tuple[float, float]]:
    """The joints measured from the hip: the figure wherever it is placed."""
    hx, hy = figure.joints["hip"]
    return {name: (x - hx, y - hy) for name, (x, y) in figure.joints.items()}


def approx_joints(joints: dict[str, tuple[float, float]]) -> Any:
    return {name: pytest.approx(point, abs=ANYWHERE) for name, point in joints.items()}


def test_the_built_in_steps_move_between_poses() -> None:
    assert len(PAIRS) >= 5


@pytest.mark.parametrize(("start", "end"), PAIRS)
def test_between_gives_the_start_at_0_and_the_end_at_1(start: str, end: str) -> None:
    first, last = load_pose(start), load_pose(end)

    assert shape(pose_figure(between(first, last, 0.0))) == approx_joints(shape(figure_of(start)))
    assert shape(pose_figure(between(first, last, 1.0))) == approx_joints(shape(figure_of(end)))
    assert pose_figure(between(first, last, 1.0)).joints == approx_joints(figure_of(end).joints)
    assert between(first, last, 0.0).towels == first.towels
    assert between(first, last, 1.0).towels == last.towels


def turned(first: float, then: float) -> float:
    """The short turn from `first` to `then` (degrees, -180…180)."""
    return (then - first + 180) % 360 - 180


def with_forearm(degrees: float) -> Pose:
    pose = load_pose("hook-lying")
    return dataclasses.replace(pose, angles={**pose.angles, "near.forearm": Angle(degrees)})


@pytest.mark.parametrize(("start", "end"), [(170, -170), (-170, 170), (350, 10), (10, 350)])
def test_an_angle_turns_the_short_way_across_the_wrap(start: float, end: float) -> None:
    frames = [between(with_forearm(start), with_forearm(end), f) for f in (0.25, 0.5, 0.75)]
    steps = [turned(start, frame.angles["near.forearm"].degrees) for frame in frames]

    assert steps == pytest.approx([turned(start, end) * f for f in (0.25, 0.5, 0.75)])
    assert abs(turned(start, end)) == pytest.approx(20)


def test_170_to_minus_170_passes_straight_left_not_straight_right() -> None:
    middle = between(with_forearm(170), with_forearm(-170), 0.5).angles["near.forearm"]

    assert math.cos(math.radians(middle.degrees)) == pytest.approx(-1)


@settings(max_examples=300, deadline=None)
@given(
    st.floats(-720, 720),
    st.floats(-720, 720),
    st.floats(0, 1),
)
def test_an_angle_never_turns_more_than_half_a_circle_on_its_way(
    start: float, end: float, fraction: float
) -> None:
    at = between(with_forearm(start), with_forearm(end), fraction).angles["near.forearm"].degrees

    assert abs(at - start) <= 180 * fraction + 1e-9
    assert abs(turned(at, end)) <= 180 * (1 - fraction) + 1e-6


@pytest.mark.parametrize(("start", "end"), PAIRS)
def test_the_end_poses_first_resting_joint_does_not_slide_as_the_body_moves(
    start: str, end: str
) -> None:
    first, last = load_pose(start), load_pose(end)
    anchor = last.rests_on[0]

    places = [pose_figure(between(first, last, f)).joints[anchor] for f in FRACTIONS]
    assert {round(x, 9) for x, _ in places} == {0.0}


@pytest.mark.parametrize(("start", "end"), PAIRS)
def test_the_end_poses_first_resting_joint_stays_at_its_height_as_the_body_moves(
    start: str, end: str
) -> None:
    first, last = load_pose(start), load_pose(end)
    anchor = last.rests_on[0]

    heights = [pose_figure(between(first, last, f)).joints[anchor][1] for f in FRACTIONS]
    assert max(heights) - min(heights) <= TOUCH, heights
