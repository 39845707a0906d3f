"""The figure model: a body of joints joined by segments, posed by the angle of each segment.

A pose says where each segment points in the picture (degrees: 0 to the right, 90 up), and
how much of its length shows (a limb pointing partly at the viewer looks shorter). Joint
positions follow from the hip outwards, so a pose is a handful of numbers, not a drawing;
the figure is then set down so its lowest point rests on the floor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

HEAD_RADIUS = 10.0
TRUNK_WIDTH = 13.0  # stroke widths, in the same units as the lengths (about a centimetre)
LIMB_WIDTH = 7.0


Bounds = tuple[float, float, float, float]  # left, bottom, right, top


class Side(StrEnum):
    """Which arm or leg: the one nearer the viewer is drawn over the far one."""

    NEAR = "near"
    FAR = "far"


class View(StrEnum):
    """Where the figure is seen from: level with the floor (drawn as a line), or from a little
    above, where the floor is the whole mat under the body."""

    SIDE = "side"
    ABOVE = "above"


@dataclass(frozen=True)
class Segment:
    """A stretch of body between two joints."""

    name: str
    start: str
    end: str
    length: float
    limb: bool = False  # an arm or leg: one per side


# From the hip outwards: each segment starts at a joint an earlier one placed.
SEGMENTS = (
    Segment("lower_back", "hip", "waist", 25),
    Segment("upper_back", "waist", "shoulder", 25),
    Segment("neck", "shoulder", "head", 17),
    Segment("upper_arm", "shoulder", "elbow", 27, limb=True),
    Segment("forearm", "elbow", "hand", 27, limb=True),  # to the middle of the hand
    Segment("thigh", "hip", "knee", 45, limb=True),
    Segment("shin", "knee", "ankle", 42, limb=True),
    Segment("foot", "ankle", "toe", 16, limb=True),
)
LIMB_SEGMENTS = tuple(segment.name for segment in SEGMENTS if segment.limb)
BODY_SEGMENTS = tuple(segment.name for segment in SEGMENTS if not segment.limb)


@dataclass(frozen=True)
class Angle:
    """Where a segment points (degrees) and the share of its length that shows."""

    degrees: float
    shown: float = 1.0


@dataclass(frozen=True)
class Towel:
    """A towel or strap held between two joints (the hand and the foot, for instance)."""

    start: str
    end: str


@dataclass(frozen=True)
class Pose:
    """A named position of the whole body, as the library holds it."""

    name: str
    description: dict[str, str]  # per language: what the pose is, for captions and docs
    view: View
    angles: dict[str, Angle]  # "lower_back", "near.thigh", "far.forearm", …
    rests_on: tuple[str, ...] = ()  # joints that touch the floor: checked, and set down first
    towels: tuple[Towel, ...] = ()


@dataclass(frozen=True)
class Stroke:
    """A run of joints drawn as one thick line: the trunk, or one arm or leg."""

    joints: tuple[str, ...]
    width: float
    side: Side | None = None  # None: the trunk


# Far limbs first, so the trunk and then the near limbs are drawn over them.
STROKES = (
    Stroke(("shoulder", "far.elbow", "far.hand"), LIMB_WIDTH, Side.FAR),
    Stroke(("hip", "far.knee", "far.ankle", "far.toe"), LIMB_WIDTH, Side.FAR),
    Stroke(("hip", "waist", "shoulder"), TRUNK_WIDTH),
    Stroke(("hip", "near.knee", "near.ankle", "near.toe"), LIMB_WIDTH, Side.NEAR),
    Stroke(("shoulder", "near.elbow", "near.hand"), LIMB_WIDTH, Side.NEAR),
)


@dataclass(frozen=True)
class Figure:
    """A posed body: every joint's place, ready to draw."""

    view: View
    joints: dict[str, tuple[float, float]]
    towels: tuple[Towel, ...] = ()
    floor: float = 0.0  # the height the body rests on

    def lines(self) -> list[tuple[list[tuple[float, float]], float, Side | None]]:
        """Every stroke as (points, width, side), in drawing order."""
        return [([self.joints[j] for j in s.joints], s.width, s.side) for s in STROKES]

    def bounds(self) -> Bounds:
        """Left, bottom, right and top of everything drawn, the floor included."""
        xs: list[float] = []
        ys: list[float] = [self.floor]
        for points, width, _ in self.lines():
            for x, y in points:
                xs += [x - width / 2, x + width / 2]
                ys += [y - width / 2, y + width / 2]
        x, y = self.joints["head"]
        xs += [x - HEAD_RADIUS, x + HEAD_RADIUS]
        ys += [y - HEAD_RADIUS, y + HEAD_RADIUS]
        return min(xs), min(ys), max(xs), max(ys)


def joint_names() -> set[str]:
    """Every joint a pose may name: `hip`, `head`, `near.knee`, `far.hand`, …"""
    names = {"hip"}
    for segment in SEGMENTS:
        if segment.limb:
            names |= {f"{side}.{segment.end}" for side in Side}
        else:
            names.add(segment.end)
    return names


def angle_names() -> set[str]:
    """Every segment a pose gives an angle for."""
    return set(BODY_SEGMENTS) | {f"{side}.{name}" for side in Side for name in LIMB_SEGMENTS}


def pose_figure(pose: Pose) -> Figure:
    """Place every joint of `pose`, then set the body down on the floor at height 0."""
    joints: dict[str, tuple[float, float]] = {"hip": (0.0, 0.0)}
    for segment in SEGMENTS:
        for side in Side if segment.limb else (None,):
            key = segment.name if side is None else f"{side}.{segment.name}"
            shared = side is None or segment.start in ("hip", "shoulder")
            start = segment.start if shared else f"{side}.{segment.start}"
            end = segment.end if side is None else f"{side}.{segment.end}"
            angle = pose.angles[key]
            x, y = joints[start]
            reach = segment.length * angle.shown
            radians = math.radians(angle.degrees)
            joints[end] = (x + reach * math.cos(radians), y + reach * math.sin(radians))
    lowest = min(_bottom(name, point) for name, point in joints.items())
    # The first joint it rests on stays put, so a body moving between poses does not slide.
    left = joints[pose.rests_on[0]][0] if pose.rests_on else 0.0
    placed = {name: (x - left, y - lowest) for name, (x, y) in joints.items()}
    return Figure(pose.view, placed, pose.towels)


def _bottom(joint: str, point: tuple[float, float]) -> float:
    """The lowest drawn point around a joint: the head's circle, or half a stroke."""
    if joint == "head":
        return point[1] - HEAD_RADIUS
    if joint in ("hip", "waist", "shoulder"):
        return point[1] - TRUNK_WIDTH / 2
    return point[1] - LIMB_WIDTH / 2


def resting_gap(figure: Figure, joint: str) -> float:
    """How far above the floor `joint`'s lowest drawn point is (0: it rests on the floor)."""
    return _bottom(joint, figure.joints[joint]) - figure.floor


def between(start: Pose, end: Pose, fraction: float) -> Pose:
    """The pose `fraction` of the way from `start` to `end`, each angle by its shorter turn.

    Every frame is set down by the end pose's first resting joint, so none of them slides.
    """
    angles = {}
    for key, first in start.angles.items():
        last = end.angles[key]
        turn = (last.degrees - first.degrees + 180) % 360 - 180
        angles[key] = Angle(
            first.degrees + turn * fraction, first.shown + (last.shown - first.shown) * fraction
        )
    towels = start.towels if fraction < 0.5 else end.towels
    return Pose(
        f"{start.name}>{end.name}", start.description, start.view, angles, end.rests_on[:1], towels
    )
