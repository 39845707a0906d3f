"""The red-flag screen before exercising: signs that call for a doctor instead."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from rich.console import Console

from selfcare.i18n.language import t
from selfcare.session.prompts import Prompter

FULL_SCREEN_VALID_FOR = timedelta(days=7)
TIER_A = tuple(f"screen.a{n}" for n in range(1, 9))
TIER_B = tuple(f"screen.b{n}" for n in range(1, 10))
TIER_C = tuple(f"screen.c{n}" for n in range(1, 7))


class ScreenResult(StrEnum):
    CLEAR = "clear"
    EMERGENCY = "tier-a"  # stop: emergency help now
    DOCTOR = "tier-b"  # stop: see a doctor soon
    NOT_CLEARED = "tier-c"  # stop: needs a clinician's OK first
    CONFIRMED = "confirmed"  # tier C, with the clinician's OK
    DECLARED = "declared"  # --yes: the person declared none apply

    @property
    def may_continue(self) -> bool:
        return self in (ScreenResult.CLEAR, ScreenResult.CONFIRMED, ScreenResult.DECLARED)


def full_screen_due(last_full: str | None, now: datetime) -> bool:
    """A full screen at the first session and whenever the last one is over 7 days old."""
    if last_full is None:
        return True
    try:
        taken = datetime.fromisoformat(last_full)
    except ValueError:
        return True
    return now - taken > FULL_SCREEN_VALID_FOR


def _tier(console: Console, prompter: Prompter, heading: str, items: tuple[str, ...]) -> bool:
    console.print()
    console.print(t(heading), style="bold", markup=False)
    for item in items:
        console.print(f"  • {t(item)}", markup=False)
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
