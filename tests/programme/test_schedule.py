"""How often and how long: the schedule in words, the next session's day, calendar weeks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from selfcare.i18n.language import set_language
from selfcare.programme.schedule import (
    next_session_day,
    next_session_words,
    oldest_week_start,
    schedule_words,
    week_start,
    weekly_counts,
)
from selfcare.routine.model import Routine, Schedule
from selfcare.routine.text import Text

# A week of fake days: 2026-11-30 is a Monday.
MON = date(2026, 11, 30)
TUE, WED, THU, FRI, SAT, SUN = (MON + timedelta(days=n) for n in range(1, 7))
NEXT_MON = MON + timedelta(days=7)

THREE_A_WEEK = Schedule(per_week=3, weeks=(6, 8))
MON_WED_FRI = Schedule(days=("mon", "wed", "fri"), weeks=(8, 8))


def routine(schedule: Schedule | None = None, frequency: Text | None = None) -> Routine:
    return Routine(id="sample", title="Sample", phases=(), schedule=schedule, frequency=frequency)


def words_in(lang: str, value: Routine) -> str | None:
    set_language(lang)
    return schedule_words(value)


# --- schedule_words -------------------------------------------------------------------------


def test_sessions_a_week_for_a_range_of_weeks_reads_in_both_languages() -> None:
    assert words_in("en", routine(THREE_A_WEEK)) == "3 sessions a week, for 6–8 weeks"
    assert words_in("ja", routine(THREE_A_WEEK)) == "週3回、6〜8週間"


def test_named_days_are_listed_in_week_order_whatever_the_file_order() -> None:
    shuffled = routine(Schedule(days=("fri", "mon", "wed"), weeks=(8, 8)))
    assert words_in("en", shuffled) == "Mon, Wed and Fri, for 8 weeks"
    assert words_in("ja", shuffled) == "月・水・金、8週間"


def test_one_day_or_one_session_reads_naturally_and_weeks_are_optional() -> None:
    assert words_in("en", routine(Schedule(days=("sun",)))) == "Sundays"
    assert words_in("ja", routine(Schedule(days=("sun",)))) == "日曜日"
    assert (
        words_in("en", routine(Schedule(per_week=1, weeks=(1, 1))))
        == "1 session a week, for 1 week"
    )
    assert words_in("ja", routine(Schedule(per_week=1, weeks=(1, 1)))) == "週1回、1週間"
    assert words_in("en", routine(Schedule(days=("mon", "thu")))) == "Mon and Thu"


def test_the_frequency_sentence_wins_in_the_current_language() -> None:
    sentence = {"en": "Full routine about 3 times a week", "ja": "全体を週3回ほど"}
    with_both = routine(THREE_A_WEEK, frequency=sentence)
    assert words_in("en", with_both) == "Full routine about 3 times a week"
    assert words_in("ja", with_both) == "全体を週3回ほど"
    assert words_in("ja", routine(frequency={"en": "English only"})) == "English only"


def test_a_frequency_sentence_is_one_terminal_safe_line() -> None:
    hostile = routine(frequency="Three times\na week \x1b[31mred")
    assert words_in("en", hostile) == "Three times a week \ufffd[31mred"


def test_no_schedule_and_no_frequency_means_no_words() -> None:
    assert words_in("en", routine()) is None


# --- next_session_day -----------------------------------------------------------------------


def test_named_days_give_the_next_listed_day_after_todays_session() -> None:
    assert next_session_day(MON_WED_FRI, [MON], MON) == WED
    assert next_session_day(MON_WED_FRI, [WED, MON], WED) == FRI
    assert next_session_day(MON_WED_FRI, [FRI], FRI) == NEXT_MON  # over the weekend


def test_named_days_give_today_when_it_is_listed_and_not_done_yet() -> None:
    assert next_session_day(MON_WED_FRI, [MON], WED) == WED
    assert next_session_day(MON_WED_FRI, [], TUE) == WED
    assert next_session_day(Schedule(days=("thu",)), [THU], THU) == THU + timedelta(days=7)


def test_sessions_a_week_are_spread_evenly_after_the_last_one() -> None:
    assert next_session_day(THREE_A_WEEK, [MON], MON) == WED  # 7 / 3 rounds to 2 days
    assert next_session_day(THREE_A_WEEK, [WED, MON], WED) == FRI
    assert next_session_day(Schedule(per_week=2), [MON], MON) == FRI  # 3.5 rounds to 4
    assert next_session_day(Schedule(per_week=1), [MON], MON) == NEXT_MON
    assert next_session_day(Schedule(per_week=5), [MON], MON) == TUE


def test_sessions_a_week_never_fall_in_the_past_nor_twice_today() -> None:
    assert next_session_day(THREE_A_WEEK, [MON], FRI) == FRI  # overdue: today
    assert next_session_day(THREE_A_WEEK, [], FRI) == FRI  # none yet: today
    assert next_session_day(THREE_A_WEEK, [MON, FRI], FRI) == SUN
    assert next_session_day(Schedule(per_week=14), [MON], MON) == TUE  # at most one a day here


def test_a_session_dated_after_today_does_not_push_the_next_one_away() -> None:
    # A clock set back: the day from the future is not "the last session".
    assert next_session_day(THREE_A_WEEK, [SUN, MON], TUE) == WED


# --- next_session_words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("done", "today", "en", "ja"),
    [
        ([MON], MON, "Next session: Wednesday", "次回: 水曜日"),
        ([WED], WED, "Next session: Friday", "次回: 金曜日"),
        ([], TUE, "Next session: today", "次回: 今日"),
    ],
)
def test_the_next_session_is_named_by_its_weekday(
    done: list[date], today: date, en: str, ja: str
) -> None:
    set_language("en")
    assert next_session_words(routine(THREE_A_WEEK), done, today) == en
    set_language("ja")
    assert next_session_words(routine(THREE_A_WEEK), done, today) == ja


def test_the_next_session_says_tomorrow_or_a_date_a_week_away() -> None:
    daily = routine(Schedule(per_week=7))
    set_language("en")
    assert next_session_words(daily, [MON], MON) == "Next session: tomorrow"
    assert next_session_words(routine(Schedule(per_week=1)), [MON], MON) == (
        "Next session: Mon 7 Dec"
    )
    set_language("ja")
    assert next_session_words(daily, [MON], MON) == "次回: 明日"
    assert next_session_words(routine(Schedule(per_week=1)), [MON], MON) == "次回: 12月7日（月）"


def test_no_schedule_means_no_next_session_even_with_a_frequency_sentence() -> None:
    assert next_session_words(routine(frequency="Most days"), [MON], MON) is None


# --- weekly_counts --------------------------------------------------------------------------


def test_weeks_start_on_monday() -> None:
    assert {week_start(day) for day in (MON, WED, SUN)} == {MON}
    assert week_start(NEXT_MON) == NEXT_MON


def test_weekly_counts_are_calendar_weeks_this_week_first() -> None:
    last_sunday = MON - timedelta(days=1)
    days = [MON, WED, WED, last_sunday, MON - timedelta(days=7), MON - timedelta(days=14)]
    assert weekly_counts(days, THU, 4) == [3, 2, 1, 0]
    assert weekly_counts(days, THU, 2) == [3, 2]  # older weeks are not counted
    assert weekly_counts(days, NEXT_MON, 2) == [0, 3]  # a new week begins on Monday


def test_weekly_counts_leave_out_days_after_today() -> None:
    assert weekly_counts([MON, FRI], TUE, 1) == [1]
    assert weekly_counts([], TUE, 4) == [0, 0, 0, 0]


def test_the_weeks_shown_begin_at_local_midnight_on_the_oldest_monday() -> None:
    start = oldest_week_start(THU, 2)
    assert start == datetime(2026, 11, 23).astimezone()
    assert start.tzinfo is not None and oldest_week_start(MON, 1).date() == MON


@pytest.mark.parametrize("per_week", [1, 2, 3, 4, 5, 6, 7])
def test_doing_every_session_when_due_gives_the_sessions_a_week_asked_for(per_week: int) -> None:
    schedule = Schedule(per_week=per_week)
    day, done = MON, list[date]()  # eight calendar weeks from a Monday
    while day < MON + timedelta(weeks=8):
        if next_session_day(schedule, done, day) == day:
            done.append(day)
        day += timedelta(days=1)

    weekly = [sum(1 for d in done if (d - MON).days // 7 == week) for week in range(8)]
    assert weekly == [per_week] * 8
