"""The red-flag screen before exercising: signs that call for a doctor instead."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.console import Console

from selfcare.i18n.language import t
from selfcare.session.outcomes import ScreenResult
from selfcare.session.prompts import Prompter
from selfcare.session.views.header import bullets

FULL_SCREEN_VALID_FOR = timedelta(days=7)
# The signs of each tier, as message keys: A calls for emergency help, B for a doctor soon,
# C for a clinician's OK before exercising.
TIER_A = (
    "screen.a1",
    "screen.a2",
    "screen.a3",
    "screen.a4",
    "screen.a5",
    "screen.a6",
    "screen.a7",
    "screen.a8",
)
TIER_B = (
    "screen.b1",
    "screen.b2",
    "screen.b3",
    "screen.b4",
    "screen.b5",
    "screen.b6",
    "screen.b7",
    "screen.b8",
    "screen.b9",
)
TIER_C = (
    "screen.c1",
    "screen.c2",
    "screen.c3",
    "screen.c4",
    "screen.c5",
    "screen.c6",
)


def full_screen_due(last_full: datetime | None, now: datetime) -> bool:
    """A full screen at the first session and whenever the last one is over 7 days old."""
    return last_full is None or now - last_full > FULL_SCREEN_VALID_FOR


def _tier(console: Console, prompter: Prompter, heading: str, items: tuple[str, ...]) -> bool:
    console.print()
    console.print(t(heading), style="bold", markup=False)
    if console.soft_wrap:  # a pipe or a log: one line per sign
        for item in items:
            console.print(f"  • {t(item)}", markup=False)
    else:  # a terminal: each sign wraps under its own text
        console.print(bullets(tuple(t(item) for item in items)))
    return prompter.yes_no(t("screen.question"))


def run_full_screen(console: Console, prompter: Prompter) -> ScreenResult:
    """Ask tier A, then B, then C; the first "yes" decides."""
    console.print(t("screen.title"), style="bold", markup=False)
    console.print(t("screen.intro"), markup=False)
    if _tier(console, prompter, "screen.tier_a", TIER_A):
        console.print(t("screen.a_advice"), style="bold red", markup=False)
        return ScreenResult.EMERGENCY
    if _tier(console, prompter, "screen.tier_b", TIER_B):
        console.print(t("screen.b_advice"), style="bold yellow", markup=False)
        return ScreenResult.DOCTOR
    if _tier(console, prompter, "screen.tier_c", TIER_C):
        if prompter.yes_no(t("screen.c_confirm")):
            return ScreenResult.CONFIRMED
        console.print(t("screen.c_advice"), style="yellow", markup=False)
        return ScreenResult.NOT_CLEARED
    return ScreenResult.CLEAR


def run_short_screen(console: Console, prompter: Prompter) -> ScreenResult:
    """One question when a full screen was passed recently; any "yes" runs the full one."""
    if prompter.yes_no(t("screen.short")):
        return run_full_screen(console, prompter)
    return ScreenResult.CLEAR
