"""When the figure moves: to the end pose as a rep starts, back to the start as it rests.

The way there is cut into a few still pictures (`LEVELS`), so the screen redraws the figure
a few times a second while it moves and not at all while it holds.
"""

from __future__ import annotations

from selfcare.routine.plan import SegmentKind

MOVE_SECONDS = 1.2  # a calm movement into or out of the hold
LEVELS = 4  # pictures along the way: 0 is the start pose, LEVELS the end pose


def pose_level(kind: SegmentKind, elapsed: float, seconds: float, *, rests: bool) -> int:
    """How far toward the end pose the figure is, from 0 to `LEVELS`.

    A rep (WORK) moves to the end pose and holds it; the rest after it moves back. A step
    without rests (`rests` false) comes back at the end of each rep instead.
    """
    if kind is SegmentKind.WORK:
        move = min(MOVE_SECONDS, seconds / (2 if rests else 3))
        going = _eased(elapsed / move) if move > 0 else 1.0
        if not rests:
            going = min(going, _eased((seconds - elapsed) / move) if move > 0 else 1.0)
        return round(going * LEVELS)
    if kind is SegmentKind.REST:
        move = min(MOVE_SECONDS, seconds / 2)
        back = _eased(elapsed / move) if move > 0 else 1.0
        return round((1.0 - back) * LEVELS)
    return 0  # getting ready and switching sides: in the start position


def _eased(progress: float) -> float:
    """Slow at both ends, as a body moves (smoothstep), clamped to 0…1."""
    progress = max(0.0, min(1.0, progress))
    return progress * progress * (3 - 2 * progress)
