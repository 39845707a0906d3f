"""The safety check before a session, for the routine's body area.

A full check every week: signs that call for help now (tier A), the pregnancy path, signs for a
doctor soon (tier B), and signs that need a clinician's OK (tier C). In between, one question naming
the area's signs; a "yes" leads to the full check. Histories and inflammatory back pain are asked
when they are due (see periodic.py). The first "yes" to a sign decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rich.console import Console

from selfcare.i18n.language import t
from selfcare.routine.model import Area
from selfcare.safety.areas import INFLAMMATORY_FEATURES, PREGNANCY_SIGNS, AreaSafety
from selfcare.safety.periodic import SafetyAnswer, SafetyItem, SafetyState
from selfcare.session.outcomes import ScreenKind, ScreenResult
from selfcare.session.prompts import Prompter
from selfcare.session.views.header import bullets
from selfcare.session.views.text_layout import print_wrapped


@dataclass(frozen=True)
class Offer:
    """A routine made for pregnancy and after birth, offered instead of this one."""

    title: str
    minutes: int


@dataclass
class CheckOutcome:
    kind: ScreenKind
    result: ScreenResult = ScreenResult.CLEAR
    answers: list[tuple[SafetyItem, SafetyAnswer]] = field(default_factory=list)
    pregnant: bool = False  # cleared to exercise while pregnant or after birth
    switch: bool = False  # the person took the offered routine instead


class SafetyCheck:
    """Asks one area's check on typed lines and says what each "yes" means."""

    def __init__(
        self,
        console: Console,
        prompter: Prompter,
        safety: AreaSafety,
        state: SafetyState,
        now: datetime,
        offer: Offer | None = None,
    ) -> None:
        self.console = console
        self.prompter = prompter
        self.safety = safety
        self.state = state
        self.now = now
        self.offer = offer
        # Advice to keep in sight: said again above the first pain question, as the session
        # screen takes the terminal right after the check.
        self.lasting: list[str] = []

    def run(self, *, full: bool) -> CheckOutcome:
        outcome = CheckOutcome(ScreenKind.FULL if full else ScreenKind.SHORT)
        if full or self.prompter.yes_no(t("screen.short", signs=t(self.safety.short_signs))):
            outcome.kind = ScreenKind.FULL  # the short question led to the full check
            self._print(t("screen.title"), "bold")
            self._print(t(self.safety.intro))
            outcome.result = self._tiers(outcome)
        elif self.state.pregnant:  # these signs can come any day: asked every session
            outcome.pregnant = True
            if self._list("pregnancy.signs", PREGNANCY_SIGNS):
                outcome.result = self._stop("pregnancy.signs_advice", ScreenResult.PREGNANCY_SIGNS)
        if outcome.result.may_continue and self.state.histories_due(self.now):
            outcome.result = self._histories(outcome)
        inflammatory_due = self.safety.inflammatory and self.state.inflammatory_due(self.now)
        if outcome.result.may_continue and inflammatory_due:
            self._inflammatory(outcome)
        if outcome.result.may_continue and outcome.pregnant and outcome.kind is ScreenKind.FULL:
            self._pregnancy_offer(outcome)
        return outcome

    def _tiers(self, outcome: CheckOutcome) -> ScreenResult:
        if self._list("screen.tier_a", self.safety.emergency):
            return self._stop("screen.a_advice", ScreenResult.EMERGENCY, "bold red")
        # Before tier B: in pregnancy, a fever is for the midwife now, not a doctor tomorrow.
        pregnancy = self._pregnancy(outcome)
        if pregnancy is not None:
            return pregnancy
        if self._list("screen.tier_b", self.safety.doctor):
            return self._stop("screen.b_advice", ScreenResult.DOCTOR)
        if self._list("screen.tier_c", self.safety.clearance):
            return self._clearance("screen.c_confirm", "screen.c_advice")
        return ScreenResult.CLEAR

    def _pregnancy(self, outcome: CheckOutcome) -> ScreenResult | None:
        """Pregnant or after birth: its warning signs, then the midwife's OK; None goes on."""
        self.console.print()
        if not self.prompter.yes_no(t("pregnancy.question")):
            outcome.answers.append((SafetyItem.PREGNANCY, SafetyAnswer.NO))
            return None
        outcome.answers.append((SafetyItem.PREGNANCY, SafetyAnswer.YES))
        if self._list("pregnancy.signs", PREGNANCY_SIGNS):
            return self._stop("pregnancy.signs_advice", ScreenResult.PREGNANCY_SIGNS)
        result = self._clearance("pregnancy.cleared_question", "pregnancy.not_cleared")
        outcome.pregnant = result is ScreenResult.CONFIRMED
        return None if outcome.pregnant else result

    def _histories(self, outcome: CheckOutcome) -> ScreenResult:
        if self.state.histories_asked_before():
            self.console.print()
            self._print(t("history_check.again"), "bold")
        if not self._list("history_check.heading", self.safety.histories):
            outcome.answers.append((SafetyItem.HISTORIES, SafetyAnswer.NONE))
            return outcome.result
        result = self._clearance("history_check.cleared_question", "screen.c_advice")
        cleared = result is ScreenResult.CONFIRMED
        answer = SafetyAnswer.CLEARED if cleared else SafetyAnswer.NOT_CLEARED
        outcome.answers.append((SafetyItem.HISTORIES, answer))
        if cleared:
            self.keep(t("history_check.noted"), "green")
        return result

    def _inflammatory(self, outcome: CheckOutcome) -> None:
        """The pattern of inflammatory back pain: advice to see a doctor, never a stop."""
        self.console.print()
        advised = self.prompter.yes_no(t("inflammatory.question")) and self._list(
            "inflammatory.heading", INFLAMMATORY_FEATURES, "inflammatory.answer"
        )
        if advised:
            self.keep(t("inflammatory.advice"), "yellow")
        answer = SafetyAnswer.ADVISED if advised else SafetyAnswer.NO
        outcome.answers.append((SafetyItem.INFLAMMATORY, answer))

    def _pregnancy_offer(self, outcome: CheckOutcome) -> None:
        if self.offer is not None:
            self.console.print()
            question = t("pregnancy.offer", title=self.offer.title, minutes=self.offer.minutes)
            outcome.switch = self.prompter.yes_no(question)
        if not outcome.switch and self.safety.area is not Area.PELVIC_GIRDLE:
            self.keep(t("pregnancy.caution"), "yellow")

    # --- asking and telling ----------------------------------------------------------

    def _list(
        self, heading: str, items: tuple[str, ...], question: str = "screen.question"
    ) -> bool:
        """Show a heading and its signs; True when the person says one applies."""
        self.console.print()
        self._print(t(heading), "bold")
        if self.console.soft_wrap:  # a pipe or a log: one line per sign
            for item in items:
                self.console.print(f"  • {t(item)}", markup=False)
        else:  # a terminal: each sign wraps under its own text
            self.console.print(bullets(tuple(t(item) for item in items)))
        return self.prompter.yes_no(t(question))

    def _clearance(self, question: str, advice: str) -> ScreenResult:
        if self.prompter.yes_no(t(question)):
            return ScreenResult.CONFIRMED
        self._print(t(advice), "yellow")
        return ScreenResult.NOT_CLEARED

    def _stop(self, advice: str, result: ScreenResult, style: str = "bold yellow") -> ScreenResult:
        self._print(t(advice), style)
        return result

    def keep(self, text: str, style: str = "") -> None:
        """Say `text` now and again where the session screen cannot hide it."""
        self._print(text, style)
        self.lasting.append(text)

    def _print(self, text: str, style: str = "") -> None:
        print_wrapped(self.console, text, style)  # Rich alone would let 「）」 start a line
