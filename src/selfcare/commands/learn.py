"""`selfcare learn`: every learn card of a routine, in the current language.

A session shows one unseen card at its end; this lists them all, seen or not, in file order.
"""

from __future__ import annotations

from rich.text import Text

from selfcare.i18n.language import t
from selfcare.output import stdout_console
from selfcare.programme.cards import card_renderable
from selfcare.routine.plan import Plan
from selfcare.routine.text import localize
from selfcare.safe_text import terminal_safe


def learn(plan: Plan) -> None:
    """Print the routine's title, then each card with its title, text and source."""
    routine = plan.routine
    console = stdout_console()
    title = terminal_safe(" ".join(localize(routine.title).split()))
    if not routine.learn:
        console.print(t("learn.none", title=title), markup=False)
        return
    console.print(Text(t("learn.heading", title=title), style="bold"))
    for card in routine.learn:
        console.print()
        console.print(card_renderable(card))
