"""How often and for how long: the schedule in words, the next session's day, weeks counted.

A routine's `schedule` says sessions a week (on any days) or which days, and for how many
weeks; its `frequency` says the same in a sentence for people, and wins when given. Weeks
start on Monday, in local time, as on a calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from selfcare.i18n.dates import WEEKDAYS_EN, WEEKDAYS_JA, day_words, weekday_name
from selfcare.i18n.language import Language, current_language, t
from selfcare.routine.model import WEEKDAYS, Routine, Schedule
from selfcare.routine.text import localize
from selfcare.safe_text import terminal_safe

WEEK = 7


def schedule_words(routine: Routine) -> str | None:
    """The routine's schedule as one line for people, in the current language.

    Its `frequency` sentence when it has one, else built from its `schedule`: "3 sessions a
    week, for 6–8 weeks", "Mon, Wed and Fri, for 8 weeks"; None when it has neither.
    """
    if routine.frequency is not None:
        return terminal_safe(" ".join(localize(routine.frequency).split())) or None
    schedule = routine.schedule
    if schedule is None:
        return None
    how_often = _days_words(schedule.days) if schedule.days else _per_week_words(schedule)
    if schedule.weeks is None:
        return how_often
    return t("schedule.for_weeks", how_often=how_often, weeks=_weeks_words(schedule.weeks))


def _per_week_words(schedule: Schedule) -> str:
    count = schedule.sessions_per_week
    return t("schedule.per_week_one") if count == 1 else t("schedule.per_week", count=count)


def _days_words(days: tuple[str, ...]) -> str:
    """The days in week order: "Mon, Wed and Fri", 「月・水・金」; one alone: "Mondays"."""
    numbers = sorted(WEEKDAYS.index(day) for day in days)
    japanese = current_language() is Language.JA
    if len(numbers) == 1:
        return t("schedule.one_day", day=(WEEKDAYS_JA if japanese else WEEKDAYS_EN)[numbers[0]])
    names = [WEEKDAYS_JA[n] if japanese else WEEKDAYS_EN[n][:3] for n in numbers]
    separator = t("schedule.day_separator")
    return t("schedule.days", days=separator.join(names[:-1]), last=names[-1])


def _weeks_words(weeks: tuple[int, int]) -> str:
    low, high = weeks
    if low != high:
        return t("schedule.weeks_range", low=low, high=high)
    return t("schedule.weeks_one") if low == 1 else t("schedule.weeks", count=low)


def session_gap(schedule: Schedule) -> int:
    """Days between sessions when they are spread evenly over the week (at least one)."""
    return max(1, round(WEEK / max(1, schedule.sessions_per_week)))


def next_session_day(schedule: Schedule, done_days: Sequence[date], today: date) -> date:
    """The day the schedule puts the next session on, never in the past.

    With `days`: the next of them from today on (today itself only when today's session is
    not done yet). With `per_week`: sessions spread evenly, `session_gap` days after the
    last one, and never more than `per_week` in a calendar week; today at the earliest, or
    tomorrow when a session was done today.
    """
    done_today = today in done_days
    earliest = today + timedelta(days=1) if done_today else today
    if schedule.days:
        listed = {WEEKDAYS.index(day) for day in schedule.days}
        return next(
            earliest + timedelta(days=ahead)
            for ahead in range(WEEK)
            if (earliest + timedelta(days=ahead)).weekday() in listed
        )
    past = [day for day in done_days if day <= today]
    if not past:
        return earliest
    spaced = max(earliest, max(past) + timedelta(days=session_gap(schedule)))
    # A week's sessions once done, the next comes in the next calendar week: spacing alone
    # would ask for 7 sessions a week of a routine of 5 (one a day), or 4 of one of 3.
    this_week = week_start(today)
    done_this_week = sum(1 for day in past if day >= this_week)
    left = schedule.sessions_per_week - done_this_week
    if left <= 0:
        return max(spaced, this_week + timedelta(days=WEEK))
    # and the week's sessions still to do fit before its Sunday, one a day at the closest
    latest = this_week + timedelta(days=WEEK - left)
    return max(earliest, min(spaced, latest))


def next_session_words(routine: Routine, done_days: Sequence[date], today: date) -> str | None:
    """ "Next session: Friday" (today, tomorrow, or a date a week or more away); None when the
    routine has no schedule."""
    if routine.schedule is None:
        return None
    day = next_session_day(routine.schedule, done_days, today)
    ahead = (day - today).days
    if ahead == 0:
        when = t("schedule.today")
    elif ahead == 1:
        when = t("schedule.tomorrow")
    elif ahead < WEEK:
        when = weekday_name(day)
    else:  # the same weekday as today: its date says which one
        when = day_words(day)
    return t("schedule.next_session", when=when)


def week_start(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def oldest_week_start(today: date, weeks: int) -> datetime:
    """The local midnight that begins the oldest of the last `weeks` calendar weeks: a time
    to compare a long history's sessions with before working out their local days."""
    oldest = week_start(today) - timedelta(days=WEEK * (weeks - 1))
    return datetime.combine(oldest, time.min).astimezone()


def weekly_counts(days: Iterable[date], today: date, weeks: int) -> list[int]:
    """Sessions in each of the last `weeks` calendar weeks (Monday to Sunday), this week first.

    `days` are the local days of the sessions, one per session; days after today, or before
    the oldest week, are not counted.
    """
    this_week = week_start(today)
    counts = [0] * weeks
    for day in days:
        if day > today:
            continue
        weeks_ago = (this_week - week_start(day)).days // WEEK
        if weeks_ago < weeks:
            counts[weeks_ago] += 1
    return counts
