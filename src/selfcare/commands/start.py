"""`selfcare start`: a guided session in the real terminal or on pipes, with sound and signals."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from types import FrameType

from rich.console import Console

from selfcare.errors import SelfcareError, UsageError
from selfcare.history.record import opener
from selfcare.i18n.language import Language, current_language, t
from selfcare.paths import database_path
from selfcare.routine.model import Area
from selfcare.routine.plan import Plan
from selfcare.routine.text import localize, use_routine_language
from selfcare.safety.check import Offer
from selfcare.session.guided import GuidedSession, SessionOptions
from selfcare.session.keys import LineInput, TerminalKeys
from selfcare.session.outcomes import Interrupted, StopReason
from selfcare.session.ports import MonotonicClock, SessionView
from selfcare.session.questions import KeyQuestions
from selfcare.session.views.audio import Chimes, find_player
from selfcare.session.views.live import LiveView
from selfcare.session.views.sound import CueingView
from selfcare.session.views.voice import (
    Voice,
    find_speaker,
    install_advice,
    missing_voice_advice,
)

MAX_SPEED = 1000.0
# SIGTERM and SIGHUP end the session like q does, so the record is closed properly.
ENDING_SIGNALS = {"SIGTERM": StopReason.SIGTERM, "SIGHUP": StopReason.SIGHUP}
# The built-in routine for pregnancy and after birth, offered by the safety check of routines
# that may not suit then (long on the back, one-sided positions).
PREGNANCY_ROUTINE = "pelvic-girdle-care"
OFFERED_FROM = (Area.LOW_BACK, Area.GENERAL)


@contextmanager
def _signals_end_session() -> Iterator[None]:
    """SIGTERM and SIGHUP end the session as q does, Ctrl-C as itself. Once one has begun the
    ending, the rest are ignored: a second one would cut the ending short, record unwritten."""
    ending = False

    def handler(number: int, frame: FrameType | None) -> None:
        nonlocal ending
        if ending:
            return
        ending = True
        if number == signal.SIGINT:
            raise KeyboardInterrupt
        raise Interrupted(ENDING_SIGNALS[signal.Signals(number).name])

    names = [*ENDING_SIGNALS, "SIGINT"]
    saved = {name: signal.signal(getattr(signal, name), handler) for name in names}
    try:
        yield
    finally:
        ending = True  # from here on, a signal waits for the handlers it finds
        for name, previous in saved.items():
            signal.signal(getattr(signal, name), previous)


def _voice() -> tuple[Voice | None, str | None]:
    """The voice for --voice, and what to tell the person when it falls short."""
    speaker = find_speaker()
    if speaker is None:
        return None, missing_voice_advice()
    if speaker.spells_kanji and current_language() is Language.JA:
        return Voice(speaker), t("session.espeak_kanji") + "\n" + install_advice()
    return Voice(speaker), None


def _bell_note(chimes: Chimes) -> str | None:
    """What to know when sound is on, no audio player was found, and the bell rings instead."""
    ringing = chimes.enabled and chimes.player is None and chimes.stream is not None
    return chimes.describe() if ringing else None


def _pregnancy_plan(plan: Plan, resolve: Callable[[str], Plan] | None) -> Plan | None:
    """The routine for pregnancy and after birth, when the safety check may offer it instead."""
    if resolve is None or plan.routine.area not in OFFERED_FROM:
        return None
    try:
        found = resolve(PREGNANCY_ROUTINE)
    except SelfcareError:  # not installed, or not valid: nothing to offer
        return None
    return None if found.routine.id == plan.routine.id else found


def start(plan: Plan, options: SessionOptions, resolve: Callable[[str], Plan] | None = None) -> int:
    """Run a session and return the exit code; `resolve` finds a routine by name (for the
    safety check's offer of the routine for pregnancy and after birth)."""
    if not 0 < options.speed <= MAX_SPEED:
        raise UsageError(t("session.bad_speed"))
    if sys.stdin is None:  # started with standard input closed (<&-): nothing can be typed
        sys.stdin = Path(os.devnull).open(encoding="utf-8")  # noqa: SIM115 (kept open)
    routine = plan.routine
    use_routine_language(routine)
    other = _pregnancy_plan(plan, resolve)
    offer = None
    if other is not None:
        title = localize(other.routine.title)
        offer = Offer(title, max(1, round(other.total_seconds / 60)))
    stdin_is_terminal = sys.stdin.isatty()
    # Answers from a pipe need no screen to answer on: plain lines, as for a log.
    plain = options.plain or not sys.stdout.isatty() or not stdin_is_terminal
    console = (
        Console(color_system=None, force_terminal=False, highlight=False, soft_wrap=True)
        if plain
        else Console(highlight=False)
    )
    inner: SessionView
    if plain:
        from selfcare.session.views.plain import PlainView

        inner = PlainView(console.file, routine)
    else:
        inner = LiveView(console, routine)
    voice, voice_note = _voice() if options.voice else (None, None)
    # The bell (when no audio player is found) only where a person hears it: not into a log.
    bell_stream = console.file if sys.stdout.isatty() else None
    chimes = Chimes(find_player(), bell_stream, enabled=options.sound)
    notes = [note for note in (voice_note, _bell_note(chimes)) if note is not None]
    if notes:
        # Where they cannot scroll away: the first getting ready, and the summary at the end.
        if isinstance(inner, LiveView):
            inner.lasting_notice = "\n".join(notes)
        else:
            console.print("\n".join(notes), style="yellow", markup=False)
        options = replace(options, notes=(*options.notes, *notes))
    view = CueingView(inner, routine, chimes, voice)
    source_context = TerminalKeys() if stdin_is_terminal else nullcontext(LineInput())
    with _signals_end_session(), source_context as source:
        session = GuidedSession(
            plan,
            options,
            console,
            source,
            view,
            MonotonicClock(),
            open_record=opener(),
            asker=None if plain else KeyQuestions(view, source),
            interactive=stdin_is_terminal,
            offer=offer,
        )
        code = None
        try:
            code = session.run()
        finally:
            if voice is not None and code == 0:
                voice.finish()  # the last words are said to their end
            elif voice is not None:
                voice.stop()
            if code != 0:
                chimes.stop()  # an interrupted session goes quiet at once
            if session.record is not None:
                session.record.close()
    if code in (0, 1) and stdin_is_terminal and not options.yes and options.speed == 1:
        ask_note(console, session.record)
    if session.switched and other is not None:  # the check was just taken: not asked again
        console.print(t("pregnancy.switching", title=localize(other.routine.title)), style="bold")
        return start(other, replace(options, checked_in=routine.area, notes=()))
    return code


def ask_note(console: Console, record: object) -> None:
    """After a session that reached its exercises: a note for the practitioner, in the
    person's words (Enter: none). Asked at a terminal only, once the session is recorded."""
    from selfcare.history.notes import NoteRefused, clean_note, has_steps, set_note
    from selfcare.history.record import SessionRecord
    from selfcare.history.store import HistoryError, connect

    if not isinstance(record, SessionRecord) or record.failure is not None:
        return
    try:
        db = connect(database_path())
    except HistoryError:
        return  # the session said what it could not save; a note would not be kept either
    try:
        if not has_steps(db, record.session_id):
            return
        console.print()
        console.print(t("note.ask"), end=" ", markup=False, highlight=False)
        try:
            line = sys.stdin.readline()
        except (KeyboardInterrupt, OSError):  # Ctrl-C, or the terminal closed: no note
            line = ""
        note = clean_note(line)
        if note is not None:
            set_note(db, record.session_id, note)
            console.print(t("note.kept_after"), style="green", markup=False, highlight=False)
    except (NoteRefused, HistoryError) as error:
        console.print(str(error), style="yellow", markup=False, highlight=False)
    finally:
        db.close()
