"""When the figure on the live screen moves: into the end pose as a rep starts, back as it rests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcare.pictures.motion import LEVELS, MOVE_SECONDS, pose_level
from selfcare.routine.plan import SegmentKind

WORK, REST = SegmentKind.WORK, SegmentKind.REST


def levels(kind: SegmentKind, seconds: float, *, rests: bool, every: float = 0.05) -> list[int]:
    """The level at each moment of a segment, from its start to its end."""
    count = round(seconds / every)
    return [pose_level(kind, seconds * i / count, seconds, rests=rests) for i in range(count + 1)]


@pytest.mark.parametrize("seconds", [3.0, 10.0, 30.0])
def test_a_rep_reaches_the_end_pose_within_the_move_time_and_holds_it(seconds: float) -> None:
    assert pose_level(WORK, 0.0, seconds, rests=True) == 0
    for elapsed in (MOVE_SECONDS, seconds / 2, seconds - 0.01, seconds):
        assert pose_level(WORK, elapsed, seconds, rests=True) == LEVELS, elapsed


@pytest.mark.parametrize("seconds", [3.0, 10.0, 30.0])
def test_a_rep_only_moves_toward_the_end_pose(seconds: float) -> None:
    seen = levels(WORK, seconds, rests=True)

    assert seen == sorted(seen)
    assert set(seen) == set(range(LEVELS + 1)), "every picture on the way is shown"


@pytest.mark.parametrize("seconds", [3.0, 10.0, 30.0])
def test_without_rests_a_rep_goes_to_the_end_pose_and_back_by_its_end(seconds: float) -> None:
    seen = levels(WORK, seconds, rests=False)

    assert seen[0] == 0
    assert pose_level(WORK, MOVE_SECONDS, seconds, rests=False) == LEVELS
    assert seen[-1] == 0
    top = seen.index(LEVELS)
    assert seen[: top + 1] == sorted(seen[: top + 1]), "there"
    assert seen[top:] == sorted(seen[top:], reverse=True), "and back"


@pytest.mark.parametrize("seconds", [2.0, 3.0, 10.0])
def test_a_rest_brings_the_figure_back_to_the_start_pose(seconds: float) -> None:
    seen = levels(REST, seconds, rests=True)

    assert seen[0] == LEVELS
    assert seen == sorted(seen, reverse=True)
    assert pose_level(REST, MOVE_SECONDS, seconds, rests=True) == 0
    assert seen[-1] == 0


@pytest.mark.parametrize("kind", [SegmentKind.GET_READY, SegmentKind.SWITCH])
@pytest.mark.parametrize("rests", [True, False])
def test_getting_ready_and_switching_sides_show_the_start_pose(
    kind: SegmentKind, rests: bool
) -> None:
    assert set(levels(kind, 10.0, rests=rests)) == {0}


@pytest.mark.parametrize("rests", [True, False])
def test_a_very_short_rep_still_reaches_the_end_pose(rests: bool) -> None:
    seen = levels(WORK, 0.5, rests=rests, every=0.01)

    assert LEVELS in seen
    assert seen[0] == 0
    if not rests:
        assert seen[-1] == 0


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(list(SegmentKind)),
    st.floats(0, 3600),
    st.floats(-10, 3610),
    st.booleans(),
)
def test_the_level_never_leaves_0_to_levels(
    kind: SegmentKind, seconds: float, elapsed: float, rests: bool
) -> None:
    assert 0 <= pose_level(kind, elapsed, seconds, rests=rests) <= LEVELS
