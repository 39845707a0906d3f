"""The memory of loosening that made things worse: 14 days, and the advice after two."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from selfcare.programme.loosen_memory import loosen_memory

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_no_episode_means_no_memory() -> None:
    assert loosen_memory([], DAY0) is None


def test_an_episode_skips_loosening_for_fourteen_days_and_not_after() -> None:
    memory = loosen_memory([DAY0], DAY0 + timedelta(days=13, hours=23))

    assert memory is not None
    assert memory.until == DAY0 + timedelta(days=14)
    assert not memory.review_order
    assert loosen_memory([DAY0], DAY0 + timedelta(days=14)) is None


def test_the_newest_episode_sets_the_end_and_two_call_for_a_review() -> None:
    later = DAY0 + timedelta(days=20)
    memory = loosen_memory([DAY0, later], later + timedelta(days=1))

    assert memory is not None
    assert memory.last_episode == later
    assert memory.until == later + timedelta(days=14)
    assert memory.episodes == 2
    assert memory.review_order


def test_an_episode_after_now_is_not_counted() -> None:
    # A clock set back must not invent a memory from the future.
    assert loosen_memory([DAY0 + timedelta(days=1)], DAY0) is None
