"""When a step's next level, or the level below, is offered: two stable weeks up, two bad signs
down, one step at a time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

from selfcare.history.level_changes import LevelFacts, SessionFacts
from selfcare.programme.levels import (
    LevelOffer,
    OfferReason,
    level_offers,
    sessions_needed,
)
from selfcare.routine.model import Level, Phase, PhaseKind, Routine, Schedule, Step
from selfcare.session.outcomes import NextMorning

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

ROUTINE = Routine(
    id="programme",
    title="Programme",
    schedule=Schedule(per_week=3, weeks=(6, 8)),
    phases=(
        Phase(
            PhaseKind.STABILIZE,
            (
                Step("drawing-in", "Drawing-in", hold=10, reps=10),
                Step(
                    "bird-dog",
                    "Bird-dog, leg only",
                    hold=5,
                    reps=5,
                    each_side=True,
                    levels=(Level(name="Bird-dog, arm and leg"), Level(hold=8)),
                ),
                Step("bridge", "Bridge", hold=6, reps=8, levels=(Level(name="Marching bridge"),)),
            ),
        ),
        Phase(
            PhaseKind.LOOSEN,
            (Step("knee-hug", "Knee hug", hold=20, reps=2, levels=(Level(hold=30),)),),
        ),
    ),
)


def day(days: float) -> datetime:
    return DAY0 + timedelta(days=days)


def session(
    days: float, pain: int | None = 2, morning: NextMorning | None = NextMorning.SAME
) -> SessionFacts:
    return SessionFacts(day(days), pain, morning)


def stable_sessions(first: int = 0, last: int = 12) -> list[SessionFacts]:
    """A session every other day, pain steady at 2, every next morning the same."""
    return [session(days) for days in range(first, last + 1, 2)]


def facts(
    sessions: Iterable[SessionFacts],
    *,
    now: datetime,
    changed: Mapping[str, datetime] | None = None,
    worse: Mapping[str, tuple[datetime, ...]] | None = None,
) -> LevelFacts:
    """What the record would say: the sessions listed are all there have been."""
    held = sorted(sessions, key=lambda s: s.started_at)
    return LevelFacts(
        first_session=held[0].started_at if held else None,
        sessions=tuple(held),
        since=min([now - timedelta(days=14), *(changed or {}).values()]),
        changed=changed or {},
        worse=worse or {},
    )


def offers_at(
    days: float,
    sessions: Iterable[SessionFacts],
    current: Mapping[str, int] | None = None,
    routine: Routine = ROUTINE,
    changed: Mapping[str, datetime] | None = None,
    worse: Mapping[str, tuple[datetime, ...]] | None = None,
) -> list[LevelOffer]:
    now = day(days)
    known = facts(sessions, now=now, changed=changed, worse=worse)
    return level_offers(routine, current or {}, known, now)


UP_BIRD_DOG = LevelOffer("bird-dog", 1, 2, OfferReason.UP)


def test_two_stable_weeks_offer_the_first_stabilising_step_with_a_next_level() -> None:
    # drawing-in has no levels: bird-dog is the first step that can go up
    assert offers_at(14, stable_sessions()) == [UP_BIRD_DOG]


def test_thirteen_days_after_the_first_session_is_too_soon() -> None:
    assert offers_at(13, stable_sessions(0, 12)) == []


def test_one_unsettled_morning_in_the_two_weeks_means_no_step_up() -> None:
    sessions = [*stable_sessions(0, 10), session(12, morning=NextMorning.WORSE)]

    assert offers_at(14, sessions) == []


def test_an_unsettled_morning_from_an_earlier_version_counts_too() -> None:
    sessions = [*stable_sessions(0, 10), session(12, morning=NextMorning.NOT_SETTLED)]

    assert offers_at(14, sessions) == []


def test_no_answered_morning_means_no_step_up() -> None:
    sessions = [session(days, morning=None) for days in range(0, 13, 2)]

    assert offers_at(14, sessions) == []


def test_pain_before_sessions_rising_means_no_step_up() -> None:
    sessions = [*stable_sessions(0, 10), session(12, pain=3)]

    assert offers_at(14, sessions) == []


def test_pain_before_sessions_falling_still_steps_up() -> None:
    sessions = [session(0, pain=4), *stable_sessions(2, 10), session(12, pain=None)]

    assert offers_at(14, sessions) == [UP_BIRD_DOG]


def test_w_on_a_step_in_the_two_weeks_keeps_that_step_and_offers_the_next_one() -> None:
    offers = offers_at(14, stable_sessions(), worse={"bird-dog": (day(6),)})

    assert offers == [LevelOffer("bridge", 1, 2, OfferReason.UP)]


def test_w_on_a_step_before_the_two_weeks_does_not_hold_it_back() -> None:
    offers = offers_at(20, stable_sessions(0, 18), worse={"bird-dog": (day(2),)})

    assert offers == [UP_BIRD_DOG]


def test_fewer_sessions_than_the_schedule_asks_for_means_no_step_up() -> None:
    sessions = [session(days) for days in (0, 3, 6, 9, 12)]  # 5; 3 a week for two weeks is 6

    assert sessions_needed(ROUTINE) == 6
    assert offers_at(14, sessions) == []


def test_without_a_schedule_two_sessions_a_week_are_enough() -> None:
    unscheduled = Routine(id=ROUTINE.id, title=ROUTINE.title, phases=ROUTINE.phases)
    sessions = [session(days) for days in (0, 4, 8, 12)]

    assert sessions_needed(unscheduled) == 4
    assert offers_at(14, sessions, routine=unscheduled) == [UP_BIRD_DOG]


def test_only_one_step_goes_up_in_a_session() -> None:
    # bird-dog and bridge are both stable; only the first is offered
    assert offers_at(28, stable_sessions(0, 26)) == [UP_BIRD_DOG]


def test_a_step_at_its_top_level_is_passed_over_for_the_next() -> None:
    offers = offers_at(
        28,
        stable_sessions(0, 26),
        current={"bird-dog": 3},
        changed={"bird-dog": day(0)},
    )

    assert offers == [LevelOffer("bridge", 1, 2, OfferReason.UP)]


def test_a_loosening_step_is_never_stepped_up() -> None:
    current = {"bird-dog": 3, "bridge": 2}
    changed = {"bird-dog": day(0), "bridge": day(0)}

    assert offers_at(28, stable_sessions(0, 26), current=current, changed=changed) == []


def test_two_weeks_count_from_the_steps_last_change() -> None:
    # bird-dog only (bridge at its top level): stepped up, or an offer declined, on day 18
    current = {"bird-dog": 2, "bridge": 2}
    changed = {"bird-dog": day(18), "bridge": day(0)}

    assert offers_at(31, stable_sessions(0, 30), current=current, changed=changed) == []
    assert offers_at(32, stable_sessions(0, 30), current=current, changed=changed) == [
        LevelOffer("bird-dog", 2, 3, OfferReason.UP)
    ]


def test_after_any_change_in_the_routine_no_step_goes_up_for_two_weeks() -> None:
    # bridge has been stable for four weeks, but bird-dog changed ten days ago
    changed = {"bird-dog": day(18)}

    assert offers_at(28, stable_sessions(0, 26), current={"bird-dog": 2}, changed=changed) == []


def test_the_step_whose_level_has_stood_longest_goes_up_next() -> None:
    # bird-dog went up on day 14; bridge has been at level 1 since the first session
    offers = offers_at(
        32, stable_sessions(0, 30), current={"bird-dog": 2}, changed={"bird-dog": day(14)}
    )

    assert offers == [LevelOffer("bridge", 1, 2, OfferReason.UP)]


def test_two_unsettled_mornings_since_a_step_up_offer_to_step_back() -> None:
    sessions = [
        *stable_sessions(0, 12),
        session(14, morning=NextMorning.WORSE),
        session(16, morning=NextMorning.WORSE),
    ]

    offers = offers_at(17, sessions, current={"bird-dog": 2}, changed={"bird-dog": day(14)})

    assert offers == [LevelOffer("bird-dog", 2, 1, OfferReason.DOWN_MORNINGS)]


def test_one_unsettled_morning_is_not_enough_to_step_back() -> None:
    sessions = [*stable_sessions(0, 12), session(14, morning=NextMorning.WORSE), session(16)]

    assert offers_at(17, sessions, current={"bird-dog": 2}, changed={"bird-dog": day(14)}) == []


def test_unsettled_mornings_before_the_last_change_do_not_count() -> None:
    sessions = [
        session(10, morning=NextMorning.WORSE),
        session(12, morning=NextMorning.WORSE),
        session(14),
    ]

    assert offers_at(15, sessions, current={"bird-dog": 2}, changed={"bird-dog": day(14)}) == []


def test_unsettled_mornings_step_back_only_the_step_changed_most_recently() -> None:
    sessions = [session(28, morning=NextMorning.WORSE), session(30, morning=NextMorning.WORSE)]
    current = {"bird-dog": 2, "bridge": 2}
    changed = {"bird-dog": day(14), "bridge": day(28)}

    offers = offers_at(31, sessions, current=current, changed=changed)

    assert offers == [LevelOffer("bridge", 2, 1, OfferReason.DOWN_MORNINGS)]


def test_w_twice_on_a_step_since_its_change_offers_to_step_that_step_back() -> None:
    worse = {"bridge": (day(15), day(17))}
    current = {"bird-dog": 2, "bridge": 2}
    changed = {"bird-dog": day(14), "bridge": day(14)}

    offers = offers_at(18, stable_sessions(14, 16), current=current, changed=changed, worse=worse)

    assert offers == [LevelOffer("bridge", 2, 1, OfferReason.DOWN_WORSE)]


def test_w_twice_counts_only_since_the_steps_last_change() -> None:
    worse = {"bridge": (day(10), day(15))}

    offers = offers_at(
        18, stable_sessions(14, 16), current={"bridge": 2}, changed={"bridge": day(14)}, worse=worse
    )

    assert offers == []


def test_w_twice_at_level_one_offers_nothing_lower() -> None:
    assert offers_at(14, stable_sessions(), worse={"bird-dog": (day(2), day(4))}) == [
        LevelOffer("bridge", 1, 2, OfferReason.UP)
    ]


def test_a_session_that_steps_back_steps_nothing_up() -> None:
    # bridge is stable (changed long ago), but bird-dog was marked worse twice
    current = {"bird-dog": 2}
    changed = {"bird-dog": day(20)}
    worse = {"bird-dog": (day(22), day(24))}

    offers = offers_at(28, stable_sessions(0, 26), current=current, changed=changed, worse=worse)

    assert offers == [LevelOffer("bird-dog", 2, 1, OfferReason.DOWN_WORSE)]


def test_a_level_on_record_above_the_steps_levels_now_is_read_as_its_top() -> None:
    # The routine lost a level since: bridge has two levels, the record says 4.
    worse = {"bridge": (day(15), day(16))}

    offers = offers_at(17, [], current={"bridge": 4}, changed={"bridge": day(14)}, worse=worse)

    assert offers == [LevelOffer("bridge", 2, 1, OfferReason.DOWN_WORSE)]


def test_no_sessions_at_all_offer_nothing() -> None:
    assert offers_at(30, []) == []
