"""The guided session, from the safety screen to the summary, against injected ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from rich.console import Console, Group

from selfcare.errors import EXIT_INTERRUPTED, SelfcareError
from selfcare.i18n.language import t
from selfcare.programme.cards import card_renderable
from selfcare.programme.loosen_memory import LoosenMemory
from selfcare.routine.plan import Plan, plan_session
from selfcare.safety.areas import area_safety
from selfcare.safety.check import Offer, SafetyCheck
from selfcare.safety.periodic import SafetyState
from selfcare.session.equipment import gather_equipment
from selfcare.session.level_offers import offer_level_changes
from selfcare.session.loosen_gate import loosening_answer
from selfcare.session.outcomes import (
    Ending,
    GateAnswer,
    Interrupted,
    LoosenOutcome,
    PainMoment,
    StopReason,
    stop_reason_of,
)
from selfcare.session.ports import Asker, Clock, Input, Record, RecordOpener, SessionView
from selfcare.session.programme_steps import memory_now, next_session_line, unseen_card
from selfcare.session.prompts import NoAnswer, Prompter, QuitAnswer
from selfcare.session.runner import RunResult, SessionRunner
from selfcare.session.safety_gate import safety_gate
from selfcare.session.segment_run import rep_tempo
from selfcare.session.start_checks import next_morning_check, trend_check
from selfcare.session.stop_rules import flare_up_plan, pain_verdict, verdict_words
from selfcare.session.summary import summary_lines
from selfcare.session.views.header import author_lines, routine_header
from selfcare.session.views.text_layout import print_wrapped

T = TypeVar("T")
PAIN_QUESTIONS = {
    PainMoment.BEFORE: "session.pain_question",
    PainMoment.MID: "session.pain_mid_question",
    PainMoment.AFTER: "session.pain_after_question",
}


@dataclass(frozen=True)
class SessionOptions:
    speed: float = 1.0
    plain: bool = False
    yes: bool = False
    sound: bool = True
    voice: bool = False
    # The area of a safety check just taken, before switching to this routine: not asked again.
    checked_in: str | None = None
    notes: tuple[str, ...] = ()  # said again at the very end, e.g. how to get a voice


class GuidedSession:
    """One run of `selfcare start`, wired to a console, an input, a clock and a record."""

    def __init__(
        self,
        plan: Plan,
        options: SessionOptions,
        console: Console,
        source: Input,
        view: SessionView,
        clock: Clock,
        *,
        open_record: RecordOpener | None = None,
        asker: Asker | None = None,
        interactive: bool = True,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        offer: Offer | None = None,
    ) -> None:
        self.plan = plan
        self.routine = plan.routine
        self.written = plan.routine  # as in the file: every step at level 1
        self.options = options
        self.console = console
        self.source = source
        self.view = view
        self.clock = clock
        self.open_record = open_record  # None: the session runs unrecorded
        self.interactive = interactive  # stdin is a terminal: the record's checks may ask
        # --yes without a terminal: nobody to ask, so no question at all (not even pain).
        self.unattended = options.yes and not interactive
        self.wall_clock = wall_clock
        self.offer = offer  # a routine for pregnancy and after birth, offered by the check
        self.prompter = Prompter(console, source, echo=not interactive)
        # The questions inside the session (pain, loosening, quitting): on its screen by keys,
        # or as typed lines; the safety screen before it is always typed.
        self.asker: Asker = asker or self.prompter
        self.on_screen = False  # the full-screen view is up: words wait for the summary
        self.deferred: list[tuple[str, str]] = []
        # Advice said before the session screen took over: said again with its first question.
        self.carried: list[str] = []
        self.record: Record | None = None  # None: the history cannot be used; the session runs
        self.pains: dict[PainMoment, int | None] = dict.fromkeys(PainMoment)
        self.stop_reason: StopReason | None = None
        self.pain_limit_broken = False  # the last pain answer was over a limit
        self.memory: LoosenMemory | None = None  # loosening made things worse lately
        self.elapsed = 0.0
        self.result: RunResult | None = None  # the steps are over, however the screen closes
        self.finishing = False  # the end is being written and said: a signal only cuts it short

    @property
    def switched(self) -> bool:
        """The safety check led to the routine for pregnancy and after birth instead."""
        return self.stop_reason is StopReason.SWITCHED

    def say(self, text: str, style: str = "") -> None:
        if self.on_screen:
            self.deferred.append((text, style))
            return
        print_wrapped(self.console, text, style)  # Rich alone would let 「）」 start a line

    # --- the flow --------------------------------------------------------------------

    def run(self) -> int:
        try:
            return self._run()
        except NoAnswer:
            # Input ended at a question: close the record so it does not stay 'running'.
            self._finish_record(Ending.ABORTED, StopReason.NO_INPUT)
            raise
        except (OSError, Interrupted, KeyboardInterrupt) as interruption:
            # The terminal went away (a closed window), or a signal came as the session started
            # up or ended: nobody to tell, but keep the record true (and never write it twice).
            if not self.finishing:
                reason = stop_reason_of(interruption)  # before the steps, or after them
                result = self.result or RunResult(Ending.NOT_STARTED, stop_reason=reason)
                self._finish_record(result.ending, result.stop_reason)
            return EXIT_INTERRUPTED

    def _run(self) -> int:
        state = self._open_record()
        self._use_levels(self._read(lambda record: record.current_levels(self.routine.id)) or {})
        self.console.print(Group(*routine_header(self.plan)))
        self.console.print()
        if self.options.speed != 1:
            self.say(t("session.speed_note", speed=f"{self.options.speed:g}"), "dim")
        try:
            if self.options.checked_in is not None and self.record is not None:
                self.record.carry_check(self.options.checked_in, self.routine.area)
            elif self.options.checked_in is None and not self._screen(state):
                if self.switched:  # nothing done here; the other routine follows
                    self._finish_record(Ending.NOT_STARTED, StopReason.SWITCHED)
                    return 0
                return self._finish(RunResult(Ending.STOPPED, stop_reason=self.stop_reason))
            self._record_checks()
            with self._on_screen():
                self.result = self._questions_and_steps()
        except (Interrupted, KeyboardInterrupt, QuitAnswer, OSError) as interruption:
            if self.finishing or (self.result is None and isinstance(interruption, OSError)):
                raise  # see `run`
            if self.result is None:  # before the steps were over
                reason = stop_reason_of(interruption)
                return self._finish(RunResult(Ending.ABORTED, stop_reason=reason))
        assert self.result is not None  # else a signal or a closed terminal came as it closed
        return self._finish(self.result)

    @contextmanager
    def _on_screen(self) -> Iterator[None]:
        """The view's screen from the first pain question to the last; then what was said."""
        self.on_screen = True
        try:
            with self.view.running():
                yield
        finally:
            self.on_screen = False
            deferred, self.deferred = self.deferred, []
            with suppress(OSError):
                for text, style in deferred:
                    self.say(text, style)

    def _questions_and_steps(self) -> RunResult:
        if not self._ask_pain(PainMoment.BEFORE):
            return RunResult(Ending.STOPPED, stop_reason=self.stop_reason)
        waiting = self.interactive and not self.options.yes  # someone at the keyboard to wait for
        gather_equipment(self.routine, self.view, self.asker if waiting else None)
        result = self._run_steps()
        ended_by_choice = result.stop_reason is StopReason.QUIT and result.started
        if (result.ending is Ending.COMPLETED or ended_by_choice) and not self.unattended:
            if result.loosen is LoosenOutcome.STOPPED:
                self.carried.append(t("session.loosen_worse"))
            # The session itself is over; an interruption or a closed terminal here only loses
            # the last answer: the session stays completed.
            with suppress(Interrupted, KeyboardInterrupt, NoAnswer, QuitAnswer, OSError):
                self._ask_pain(PainMoment.AFTER)
        return result

    def _open_record(self) -> SafetyState:
        """Begin the record; what earlier safety checks said, if the history can tell."""
        if self.open_record is None:
            return SafetyState()
        try:
            self.record = self.open_record(
                self.routine, self.plan.total_seconds, self.options.speed, self.view.recording
            )
        except SelfcareError as error:  # the history cannot be used: the session runs unrecorded
            self.say(t("session.history_warning", reason=error.message), "yellow")
            return SafetyState()
        return self._read(lambda record: record.safety_state(self.routine.area)) or SafetyState()

    def _screen(self, state: SafetyState) -> bool:
        """The safety check; False when it ends the session (or leads to another routine)."""
        safety, now = area_safety(self.routine.area), self.wall_clock()
        check = SafetyCheck(self.console, self.prompter, safety, state, now, self.offer)
        self.stop_reason = safety_gate(
            check, self.record, yes=self.options.yes, interactive=self.interactive, say=self.say
        )
        self.carried += check.lasting
        return self.stop_reason is None

    def _read(self, reading: Callable[[Record], T]) -> T | None:
        """What the history says; None (and a warning) when it cannot be read."""
        if self.record is None:
            return None
        try:
            return reading(self.record)
        except SelfcareError as error:  # a locked or damaged history must not stop the exercise
            self.say(t("session.history_read_warning", reason=error.message), "yellow")
            return None

    def _use_levels(self, levels: Mapping[str, int]) -> None:
        """Run each step at the person's level: the plan, its time and the view follow."""
        if all(levels.get(step.id, 1) == step.level for _, step in self.routine.steps()):
            return
        self.routine = self.written.at_levels(levels)
        self.plan = plan_session(self.routine)
        self.view.use_routine(self.routine)
        if self.record is not None:
            self.record.replan(self.plan.total_seconds)

    def _record_checks(self) -> None:
        """The next-morning question, the pain trend, level offers and the loosening memory."""
        now, written, console = self.wall_clock(), self.written, self.console
        asking = self.interactive and not self.options.yes
        prompter = self.prompter if asking else None
        advice = self._read(lambda record: next_morning_check(record, now, prompter, console))
        advice = (advice or []) + (
            self._read(lambda record: trend_check(record, now, written, console)) or []
        )
        # A practice run (--speed) neither offers nor makes a level change.
        offering = prompter if self.options.speed == 1 else None
        levels = self._read(
            lambda record: offer_level_changes(record, written, now, offering, console)
        )
        self._use_levels(levels or {})
        if self.routine.has_loosen:
            self.memory = self._read(lambda record: memory_now(record, now))
            if self.memory is not None and self.memory.review_order:
                advice.append(t("memory.review_order", count=self.memory.episodes))
                self.say(advice[-1], "bold yellow")
        self.carried += advice

    def _ask_pain(self, moment: PainMoment) -> bool:
        """Ask pain now; False when a stop rule says to stop (never after the last step)."""
        if self.unattended:
            return True
        carried = self.carried if self.asker is not self.prompter else []
        question = "\n\n".join([*carried, t(PAIN_QUESTIONS[moment])])
        self.carried = []
        # The last question may be skipped: the session is over whatever the answer.
        pain = self.asker.pain(question, skippable=moment is PainMoment.AFTER)
        if pain is None:
            return True
        self.pains[moment] = pain
        if self.record is not None:
            self.record.pain(moment, pain)
        rules = self.routine.stop_rules
        before = self.pains[PainMoment.BEFORE]
        broken = pain_verdict(rules, moment, pain, before)
        if broken is None:
            return True
        self.say(verdict_words(rules, moment, broken, pain, before), "bold yellow")
        if moment is PainMoment.BEFORE:  # a flare-up: a plan to keep moving, not "rest"
            for line in flare_up_plan(area_safety(self.routine.area).flare_up, rules):
                self.say(line)
        else:
            self.say(t("session.stop_advice"))
        if moment is PainMoment.AFTER:  # the session is over: advice, nothing to stop
            self.pain_limit_broken = True
            return True
        self.stop_reason = broken
        return False

    def _loosen_gate(self) -> GateAnswer:
        if not self._ask_pain(PainMoment.MID):
            return GateAnswer.STOP_SESSION
        yes = self.options.yes
        return loosening_answer(self.routine, self.memory, self.asker, yes=yes, say=self.say)

    def _run_steps(self) -> RunResult:
        runner = SessionRunner(
            self.plan,
            self.clock,
            self.source,
            self.view,
            speed=self.options.speed,
            loosen_gate=self._loosen_gate,
            on_step_end=None if self.record is None else self.record.step,
            confirm_quit=lambda: self.asker.yes_no(t("session.confirm_quit")),
            levels=[step.level for _, step in self.routine.steps()],
            # Nobody presses keys for the reps (the voice counts them, or there is no keyboard).
            rep_tempo=rep_tempo(self.routine) if self.options.voice or not self.interactive else {},
        )
        started = self.clock.now()
        try:
            result = runner.run()
        except (Interrupted, KeyboardInterrupt, QuitAnswer, OSError) as interruption:
            result = runner.result  # the steps finished so far are kept
            result.ending = Ending.ABORTED
            result.stop_reason = stop_reason_of(interruption)
        self.elapsed = self.clock.now() - started
        if result.ending is Ending.STOPPED and result.stop_reason is None:
            result.stop_reason = self.stop_reason
        return result

    # --- the end ---------------------------------------------------------------------

    def _finish_record(self, ending: Ending, reason: StopReason | None) -> None:
        if self.record is not None:
            self.record.finish(ending, reason)

    def _finish(self, result: RunResult) -> int:
        self.finishing = True
        if result.ending is Ending.ABORTED and not result.started:
            result.ending = Ending.NOT_STARTED  # left before the first step: history hides it
        if self.record is not None:
            self.record.loosen(result.loosen)
        self._finish_record(result.ending, result.stop_reason)
        with suppress(OSError):
            self.view.finished(result.ending)
        with suppress(OSError):  # the record is closed; a vanished terminal cannot be told
            failure = None if self.record is None else self.record.failure
            if failure is not None:
                self.say(failure, "yellow")
            self._summary(result)
        if result.ending is Ending.COMPLETED or result.stop_reason is StopReason.QUIT:
            return 0
        if result.ending in (Ending.ABORTED, Ending.NOT_STARTED):
            return EXIT_INTERRUPTED
        return 1

    def _summary(self, result: RunResult) -> None:
        self.console.print()
        lines = summary_lines(
            result,
            self.pains,
            elapsed=self.elapsed,
            asked_pain=not self.unattended,
            pain_limit_broken=self.pain_limit_broken,
            improve=area_safety(self.routine.area).improve,
            max_rise=self.routine.stop_rules.max_rise,
            notes=self.options.notes,
            recorded=self.record is not None and self.record.failure is None,
        )
        for text, style in lines:
            self.say(text, style)
        if result.stop_reason is not None and result.stop_reason.is_red_flag:
            return  # the screen's own advice was the last word
        for line in author_lines(self.routine):
            self.console.print(line)
        if result.started and self.options.speed == 1:
            self._programme_end()

    def _programme_end(self) -> None:
        """The day of the next session, and one learn card, marked seen once shown."""
        now, routine = self.wall_clock(), self.routine
        words = self._read(lambda record: next_session_line(record, routine, now))
        if words is not None:
            self.console.print()
            self.say(words, "bold")
        card = self._read(lambda record: unseen_card(record, routine))
        if card is not None and self.record is not None:
            self.console.print()
            self.console.print(card_renderable(card))
            self.record.card_seen(routine.id, card.id)
