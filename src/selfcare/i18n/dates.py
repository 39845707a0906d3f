"""Days as people say them, in the current language: "Mon 30 Nov", 「11月30日（月）」."""

from __future__ import annotations

from datetime import date

from selfcare.i18n.language import Language, current_language

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_JA = ("月", "火", "水", "木", "金", "土", "日")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def weekday_name(day: date) -> str:
    """ "Friday", 「金曜日」."""
    if current_language() is Language.JA:
        return WEEKDAYS_JA[day.weekday()] + "曜日"
    return WEEKDAYS_EN[day.weekday()]


def day_words(day: date) -> str:
    """A short date with its weekday (no locale needed): "Mon 30 Nov", 「11月30日（月）」."""
    if current_language() is Language.JA:
        return f"{day.month}月{day.day}日（{WEEKDAYS_JA[day.weekday()]}）"
    return f"{WEEKDAYS_EN[day.weekday()][:3]} {day.day} {MONTHS_EN[day.month - 1]}"
