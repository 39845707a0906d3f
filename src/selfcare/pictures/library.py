"""The pose library: named body positions, kept as data in `poses.yaml` beside this module.

A new pose is a new entry there, never a new drawing: the figure model places the body, and
the SVG and terminal renderers draw whatever it places.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from selfcare.pictures.body import Angle, Pose, Side, Towel, View


@cache
def _entries() -> dict[str, Any]:
    text = files("selfcare.pictures").joinpath("poses.yaml").read_text("utf-8")
    entries: dict[str, Any] = yaml.safe_load(text)
    return entries


def pose_names() -> frozenset[str]:
    """The name of every pose in the library."""
    return frozenset(_entries())


@cache
def load_pose(name: str) -> Pose:
    """The pose called `name` (a KeyError if the library has none: routines are checked first)."""
    entry = _entries()[name]
    angles = {key: _angle(value) for key, value in entry["body"].items()}
    near = entry["near"]
    far = {**near, **entry.get("far", {})}  # the far limbs mirror the near ones unless told
    for side, limbs in ((Side.NEAR, near), (Side.FAR, far)):
        angles |= {f"{side}.{segment}": _angle(value) for segment, value in limbs.items()}
    towels = tuple(Towel(*ends) for ends in entry.get("towels", ()))
    return Pose(
        name,
        {"en": entry["en"], "ja": entry["ja"]},
        View(entry.get("view", View.SIDE)),
        angles,
        tuple(entry.get("rests_on", ())),
        towels,
    )


def _angle(value: float | list[float]) -> Angle:
    """`45` points a segment at 45 degrees; `[45, 0.6]` also shows only 0.6 of its length."""
    if isinstance(value, list):
        return Angle(float(value[0]), float(value[1]))
    return Angle(float(value))
