"""Messages of the schedule (how often, how long), as (English, Japanese)."""

from __future__ import annotations

SCHEDULE_MESSAGES: dict[str, tuple[str, str]] = {
    "schedule.per_week": ("{count} sessions a week", "週{count}回"),
    "schedule.per_week_one": ("1 session a week", "週1回"),
    "schedule.one_day": ("{day}s", "{day}曜日"),  # "Mondays", 「月曜日」
    "schedule.day_separator": (", ", "・"),
    "schedule.days": ("{days} and {last}", "{days}・{last}"),
    "schedule.for_weeks": ("{how_often}, for {weeks}", "{how_often}、{weeks}"),
    "schedule.weeks": ("{count} weeks", "{count}週間"),
    "schedule.weeks_one": ("1 week", "1週間"),
    "schedule.weeks_range": ("{low}–{high} weeks", "{low}〜{high}週間"),
    "schedule.how_often": ("How often", "頻度の目安"),
    "schedule.next_session": ("Next session: {when}", "次回: {when}"),
    "schedule.today": ("today", "今日"),
    "schedule.tomorrow": ("tomorrow", "明日"),
    "schedule.weekly_title": (
        "Sessions a week, against the schedule",
        "週ごとの回数（予定に対して）",
    ),
    "schedule.this_week": ("this week {done} of {target}", "今週 {done}/{target}回"),
    "schedule.last_week": ("last week {done} of {target}", "先週 {done}/{target}回"),
    "schedule.weeks_ago": (
        "{weeks} weeks ago {done} of {target}",
        "{weeks}週前 {done}/{target}回",
    ),
}
