"""`selfcare start`: the whole guided session, from the safety screen to the summary."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Protocol

from rich.console import Console, Group

from selfcare.commands.show import author_lines, routine_header
from selfcare.errors import EXIT_INTERRUPTED, SelfcareError
from selfcare.history.store import (
    HistoryError,
    SessionRecord,
    begin_session,
    connect,
    database_path,
    last_full_screen,
)
from selfcare.i18n.language import t
from selfcare.routine.model import Routine, localize
from selfcare.routine.plan import plan_session, total_seconds
from selfcare.routine.wording import duration_words, loosen_question
from selfcare.session.prompts import NoAnswer, Prompter, QuitAnswer
from selfcare.session.red_flags import (
    ScreenResult,
    full_screen_due,
    run_full_screen,
    run_short_screen,
)
from selfcare.session.runner import (
    Clock,
    Ending,
    GateAnswer,
    KeySource,
    LoosenOutcome,
    RunResult,
    SessionRunner,
    SessionView,
    StepResult,
    StepStatus,
)

MAX_SPEED = 1000.0


@dataclass(frozen=True)
class SessionOptions:
    lang: str
    home: Path
    speed: float = 1.0
    plain: bool = False
    yes: bool = False
    sound: bool = True
    voice: bool = False


class Input(KeySource, Protocol):
    def read_line(self) -> str | None: ...


class Interrupted(Exception):
    """The session was ended from outside: Ctrl-C, SIGTERM or SIGHUP."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MonotonicClock:
    def now(self) -> float:
        return time.monotonic()


@contextmanager
def _signals_end_session() -> Iterator[None]:
    """SIGTERM and SIGHUP end the session like q does, so the record is closed properly."""

    def handler(number: int, frame: FrameType | None) -> None:
        raise Interrupted(signal.Signals(number).name.lower())

    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    saved = {name: signal.signal(getattr(signal, name), handler) for name in names}
    try:
        yield
    finally:
        for name, previous in saved.items():
            signal.signal(getattr(signal, name), previous)


class _NoRecord:
    """Stands in for the record when the database cannot be used: the session still runs."""

    failure: str | None = None  # already warned about when the database was opened

    def screen(self, kind: str, result: str) -> None: ...
    def pain(self, moment: str, value: int | None) -> None: ...
    def step(self, *values: object) -> None: ...
    def loosen(self, outcome: str | None) -> None: ...
    def finish(self, status: str, stop_reason: str | None) -> None: ...


def _open_record(
    options: SessionOptions, routine: Routine, planned: float, console: Console
) -> tuple[SessionRecord | _NoRecord, str | None]:
    """The session's record and the time of the last full red-flag screen."""
    import sqlite3

    try:
        db = connect(database_path(options.home))
        record = begin_session(
            db,
            routine.id,
            localize(routine.title, options.lang),
            options.lang,
            planned,
            options.speed,
        )
        return record, last_full_screen(db)
    except HistoryError as error:
        console.print(
            t("session.history_warning", reason=error.message), style="yellow", markup=False
        )
    except sqlite3.Error as error:
        console.print(t("session.history_warning", reason=str(error)), style="yellow", markup=False)
    return _NoRecord(), None


class GuidedSession:
    """One run of `selfcare start`, wired to a console, an input, a clock and a record."""

    def __init__(
        self,
        routine: Routine,
        options: SessionOptions,
        console: Console,
        source: Input,
        view: SessionView,
        clock: Clock,
        interactive: bool = True,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.routine = routine
        self.options = options
        self.console = console
        self.source = source
        self.view = view
        self.clock = clock
        self.interactive = interactive  # stdin is a terminal: the record's checks may ask
        self.wall_clock = wall_clock
        self.prompter = Prompter(console, source, echo=not interactive)
        self.plan = plan_session(routine)
        self.record: SessionRecord | _NoRecord = _NoRecord()
        self.pains: dict[str, int | None] = {"before": None, "mid": None, "after": None}
        self.stop_reason: str | None = None
        self.pain_limit_broken = False  # the last pain answer was over a limit
        self.elapsed = 0.0

    def say(self, text: str, style: str = "") -> None:
        self.console.print(text, style=style, markup=False, highlight=False)

    # --- the flow --------------------------------------------------------------------

    def run(self) -> int:
        try:
            return self._run()
        except NoAnswer:
            # Input ended at a question: close the record so it does not stay 'running'.
            self.record.finish(str(Ending.ABORTED), "no-input")
            raise
        except OSError:
            # The terminal went away (a closed window): nobody to tell, but keep the record true.
            self.record.finish(str(Ending.ABORTED), "terminal-lost")
            return EXIT_INTERRUPTED

    def _run(self) -> int:
        lang = self.options.lang
        self.console.print(Group(*routine_header(self.routine, lang)))
        self.console.print()
        if self.options.speed != 1:
            self.say(t("session.speed_note", speed=f"{self.options.speed:g}"), "dim")
        self.record, last_full = _open_record(
            self.options, self.routine, total_seconds(self.plan), self.console
        )
        try:
            if not self._screen(last_full):
                return self._finish(RunResult(Ending.STOPPED, stop_reason=self.stop_reason))
            self._record_checks()
            if not self._ask_pain("before", "session.pain_question"):
                return self._finish(RunResult(Ending.STOPPED, stop_reason=self.stop_reason))
            self.say(t("session.stop_when"), "yellow")
            result = self._run_steps()
        except (Interrupted, KeyboardInterrupt, QuitAnswer) as interruption:
            return self._finish(RunResult(Ending.ABORTED, stop_reason=_reason(interruption)))
        if result.ending is Ending.COMPLETED and not self.options.yes:
            # The session itself is complete; an interruption here only loses the last answer.
            with suppress(Interrupted, KeyboardInterrupt, NoAnswer, QuitAnswer):
                self._ask_pain("after", "session.pain_after_question")
        return self._finish(result)

    def _screen(self, last_full: str | None) -> bool:
        if self.options.yes:
            self.say(t("screen.declared"), "dim")
            self.record.screen("declared", ScreenResult.DECLARED)
            return True
        if full_screen_due(last_full, self.wall_clock()):
            kind, result = "full", run_full_screen(self.console, self.prompter)
        else:
            kind, result = "short", run_short_screen(self.console, self.prompter)
            if result is not ScreenResult.CLEAR:
                kind = "full"  # the short question led to the full screen
        self.record.screen(kind, result)
        if not result.may_continue:
            self.stop_reason = f"red-flag-{result}"
            return False
        return True

    def _record_checks(self) -> None:
        """The next-morning question and the pain trend, when the record can be read."""
        if not isinstance(self.record, SessionRecord):
            return
        import sqlite3

        from selfcare.session.start_checks import next_morning_check, trend_check

        now = self.wall_clock()
        asking = self.interactive and not self.options.yes
        try:
            next_morning_check(self.record.db, now, self.prompter if asking else None, self.console)
            trend_check(self.record.db, now, self.routine, self.console, self.options.lang)
        except sqlite3.Error as error:  # a locked or damaged record must not stop the exercise
            self.say(t("session.history_warning", reason=str(error)), "yellow")

    def _ask_pain(self, moment: str, question_key: str) -> bool:
        """Ask pain now; False when a stop rule says to stop."""
        if self.options.yes:
            return True
        pain = self.prompter.pain(t(question_key))
        self.pains[moment] = pain
        self.record.pain(moment, pain)
        rules = self.routine.stop_rules
        before = self.pains["before"]
        if moment == "after":  # nothing left to stop, but the same limits call for advice
            if pain > rules.max_pain:
                self.say(t("session.after_max", pain=pain, limit=rules.max_pain), "bold yellow")
            elif before is not None and pain - before >= rules.max_rise:
                self.say(t("session.after_rise", before=before, pain=pain), "bold yellow")
            else:
                return True
            self.pain_limit_broken = True
            self.say(t("session.stop_advice"))
            return True
        if pain > rules.max_pain:
            self.say(t("session.stop_rule_max", pain=pain, limit=rules.max_pain), "bold yellow")
            self.stop_reason = "pain-above-limit"
        elif before is not None and moment != "before" and pain - before >= rules.max_rise:
            self.say(
                t("session.stop_rule_rise", before=before, pain=pain, rise=rules.max_rise),
                "bold yellow",
            )
            self.stop_reason = "pain-rose"
        else:
            return True
        self.say(t("session.stop_advice"))
        return False

    def _loosen_gate(self) -> GateAnswer:
        if self.options.yes:
            return GateAnswer.LOOSEN
        phase = next(phase for phase, _ in self.routine.steps() if phase.kind == "loosen")
        with self.view.suspended():
            self.console.print()
            if not self._ask_pain("mid", "session.pain_mid_question"):
                return GateAnswer.STOP_SESSION
            if self.prompter.yes_no(loosen_question(phase, self.options.lang)):
                return GateAnswer.LOOSEN
            self.say(t("session.loosen_skipped"), "green")
            return GateAnswer.SKIP

    def _run_steps(self) -> RunResult:
        def on_step_end(result: StepResult) -> None:
            self.record.step(
                result.step_index,
                result.step,
                str(result.phase),
                str(result.status),
                result.reason,
                result.seconds,
            )

        runner = SessionRunner(
            self.plan,
            self.clock,
            self.source,
            self.view,
            self.options.speed,
            loosen_gate=self._loosen_gate,
            on_step_end=on_step_end,
        )
        started = self.clock.now()
        with self.view.running():
            try:
                result = runner.run()
            except (Interrupted, KeyboardInterrupt, QuitAnswer, OSError) as interruption:
                result = runner.result  # the steps finished so far are kept
                result.ending = Ending.ABORTED
                result.stop_reason = _reason(interruption)
        self.elapsed = self.clock.now() - started
        if result.ending is Ending.STOPPED and result.stop_reason is None:
            result.stop_reason = self.stop_reason
        return result

    # --- the end ---------------------------------------------------------------------

    def _finish(self, result: RunResult) -> int:
        self.record.loosen(None if result.loosen is None else str(result.loosen))
        self.record.finish(str(result.ending), result.stop_reason)
        with suppress(OSError):  # the record is closed; a vanished terminal cannot be told
            if self.record.failure is not None:
                self.say(t("session.history_warning", reason=self.record.failure), "yellow")
            self._summary(result)
        if result.ending is Ending.COMPLETED or result.stop_reason == "quit":
            return 0
        if result.ending is Ending.ABORTED:
            return EXIT_INTERRUPTED
        return 1

    def _summary(self, result: RunResult) -> None:
        lang = self.options.lang
        self.console.print()
        if (result.stop_reason or "").startswith("red-flag"):
            # The screen's own advice was the last word; nothing here may soften it.
            self.say(t("session.ended_stopped"), "bold")
            return
        ending_key = {
            Ending.COMPLETED: "session.ended_completed",
            Ending.STOPPED: "session.ended_stopped",
            Ending.ABORTED: "session.ended_aborted",
        }[result.ending]
        if result.ending is Ending.COMPLETED and self.pain_limit_broken:
            ending_key = "session.ended_completed_plain"
        self.say(t(ending_key), "bold")
        if result.steps or result.ending is not Ending.STOPPED:
            # A step run again after `b` counts once, with its last outcome.
            last = {step.step_index: step.status for step in result.steps}
            done = sum(1 for status in last.values() if status is StepStatus.DONE)
            skipped = sum(1 for status in last.values() if status is StepStatus.SKIPPED)
            self.say(t("session.summary_steps", done=done, skipped=skipped))
            self.say(t("session.summary_time", time=duration_words(self.elapsed)))
        trail = " → ".join(
            t("session.unknown_pain") if value is None else f"{value}/10"
            for moment, value in self.pains.items()
            if moment != "mid" or value is not None
        )
        if not self.options.yes:
            self.say(t("session.summary_pain", trail=trail))
        before, after = self.pains["before"], self.pains["after"]
        if before is not None and after is not None and after > before:
            self.say(t("session.pain_rose"), "yellow")
        if result.loosen is LoosenOutcome.STOPPED:
            self.say(t("session.loosen_worse"), "yellow")
        if result.ending is Ending.ABORTED or self.pain_limit_broken:
            self.say(t("session.warning_signs"), "yellow")
        self.say(t("session.see_practitioner"), "dim")
        for line in author_lines(self.routine, lang):
            self.console.print(line)


def _reason(interruption: BaseException) -> str:
    if isinstance(interruption, Interrupted):
        return interruption.reason
    if isinstance(interruption, QuitAnswer):
        return "quit"
    if isinstance(interruption, OSError):
        return "terminal-lost"
    return "ctrl-c"


def start_session(routine: Routine, options: SessionOptions) -> int:
    """Run a session in the real terminal (or on pipes) and return the exit code."""
    from selfcare.session.keys import LineInput, TerminalKeys
    from selfcare.session.views.sound import CueingView
    from selfcare.session.views.voice import Bell, Voice, find_speaker

    if not 0 < options.speed <= MAX_SPEED:
        raise SelfcareError(t("session.bad_speed"))
    plain = options.plain or not sys.stdout.isatty()
    console = (
        Console(color_system=None, force_terminal=False, highlight=False, soft_wrap=True)
        if plain
        else Console(highlight=False)
    )
    inner: SessionView
    if plain:
        from selfcare.session.views.plain import PlainView

        inner = PlainView(console.file, routine, options.lang)
    else:
        from selfcare.session.views.live import LiveView

        inner = LiveView(console, routine, options.lang)
    voice = None
    if options.voice:
        speaker = find_speaker(options.lang)
        if speaker == "espeak-ng" and options.lang == "ja":
            console.print(t("session.espeak_kanji"), style="yellow", markup=False)
        if speaker is None:
            console.print(t("session.no_tts"), style="yellow", markup=False)
        else:
            voice = Voice(speaker, options.lang)
    # A bell only where a person hears it: not into a pipe or a log file.
    bell = Bell(console.file, options.sound and sys.stdout.isatty())
    view = CueingView(inner, routine, options.lang, bell, voice)
    stdin_is_terminal = sys.stdin.isatty()
    source_context = TerminalKeys() if stdin_is_terminal else nullcontext(LineInput())
    with _signals_end_session(), source_context as source:
        session = GuidedSession(
            routine, options, console, source, view, MonotonicClock(), stdin_is_terminal
        )
        try:
            return session.run()
        finally:
            if voice is not None:
                voice.stop()
