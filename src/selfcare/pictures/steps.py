"""A step's pictures: the library's figures for its `figure:` poses, or the author's photos."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from selfcare.i18n.language import current_language
from selfcare.pictures.body import Bounds, Figure, Pose, between, pose_figure
from selfcare.pictures.library import load_pose
from selfcare.routine.model import Step


@dataclass(frozen=True)
class StepFigures:
    """The start pose and the end pose of a step (the same pose twice for a still one)."""

    start: Pose
    end: Pose

    @property
    def moves(self) -> bool:
        return self.start.name != self.end.name

    def at(self, fraction: float) -> Figure:
        """The body `fraction` of the way from the start pose to the end pose."""
        return pose_figure(between(self.start, self.end, fraction))

    def figures(self) -> tuple[Figure, Figure]:
        """The start and the end, placed alike (the frames in between are too)."""
        return self.at(0.0), self.at(1.0)

    @cached_property
    def bounds(self) -> Bounds:
        """One frame for both poses, so the figure keeps its size and place as it moves."""
        boxes = [figure.bounds() for figure in self.figures()]
        return (
            min(box[0] for box in boxes),
            min(box[1] for box in boxes),
            max(box[2] for box in boxes),
            max(box[3] for box in boxes),
        )


def step_figures(step: Step) -> StepFigures | None:
    """The figures a step names, if it names any."""
    if not step.figure:
        return None
    start = load_pose(step.figure[0])
    return StepFigures(start, load_pose(step.figure[-1]))


def step_photos(step: Step) -> tuple[Path, ...]:
    """The practitioner's own pictures; where a step has them they are shown, not the figure."""
    return step.image


def pose_caption(pose: Pose) -> str:
    """What the pose is, in the current language."""
    return pose.description.get(current_language().value, pose.description["en"])
