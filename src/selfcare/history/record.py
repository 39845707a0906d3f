"""One session's entry in the history, written as the session goes: the `Record` it runs with.

Each write is committed at once, so a session killed mid-way keeps every step it finished.
A write never stops the countdown and never raises: one the history cannot take now (another
program holds its lock, the disk is full) waits in order with the ones after it, the screen says
recording is delayed, and each later write tries them again; the end waits a while for them.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from selfcare.history.mornings import (
    MorningDue,
    loosening_episodes,
    pending_next_morning,
    record_next_morning,
)
from selfcare.history.store import (
    LOCK_WAIT_SECONDS,
    SessionRow,
    busy,
    connect,
    history_errors,
    query_sessions,
    utc_text,
)
from selfcare.i18n.language import current_language, t
from selfcare.paths import database_path
from selfcare.routine.model import Routine
from selfcare.routine.text import localize
from selfcare.safety.periodic import SafetyAnswer, SafetyItem, SafetyState
from selfcare.session.outcomes import (
    Ending,
    Interrupted,
    LoosenOutcome,
    MorningLoosen,
    NextMorning,
    PainMoment,
    ScreenKind,
    ScreenResult,
    StepResult,
    StopReason,
)

if TYPE_CHECKING:
    from selfcare.history.level_changes import LevelFacts

_PAIN_COLUMNS = {
    PainMoment.BEFORE: "pain_before",
    PainMoment.MID: "pain_mid",
    PainMoment.AFTER: "pain_after",
}


Now = Callable[[], datetime]  # the wall clock, aware; tests pass a fake one
Notify = Callable[[str | None], None]  # says on screen that recording waits (None: it caught up)

# While the countdown runs, a write waits at most this long for another program's lock.
RUNNING_WAIT_MS = 50
# At the end, the writes still waiting get this long in all: for a lock, and (much less) for
# other errors such as a full disk, which waiting seldom cures.
END_WAIT_SECONDS = 30.0
END_WAIT_OTHER_SECONDS = 2.0


def utc_clock() -> datetime:
    return datetime.now(UTC)


def begin_session(
    db: sqlite3.Connection,
    routine: str,
    title: str,
    lang: str,
    planned: float,
    speed: float,
    now: Now = utc_clock,
    *,
    version: str | None = None,
    content_hash: str | None = None,
) -> SessionRecord:
    """Write the session row now, so even a session killed at once is on record.

    A damaged file is refused first (HistoryError): a write failing half-way would leave the
    row 'running'. The process's start tag tells a later process given its id from it.
    `version` and `content_hash` say which routine this was, as its file then said.
    """
    from selfcare.history.abandoned import close_abandoned, process_tag
    from selfcare.history.store import HistoryError, check_intact, patiently

    check_intact(db)
    pid = os.getpid()
    values = (routine, title, lang, utc_text(now()), planned, speed, pid, process_tag(pid))
    with history_errors(db):
        cursor = patiently(
            db,
            lambda: db.execute(
                "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds,"
                " speed, pid, pid_start, uid, routine_version, routine_hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, uuid.uuid4().hex, version, content_hash),
            ),
        )
    assert cursor.lastrowid is not None
    db.execute(f"PRAGMA busy_timeout = {RUNNING_WAIT_MS}")
    with suppress(HistoryError):  # tidying others' rows can wait for the next time
        close_abandoned(db)
    return SessionRecord(db, cursor.lastrowid, now)


def _ignore(text: str | None) -> None:
    """No screen to tell."""


_ENDING_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@contextmanager
def _signals_held() -> Iterator[None]:
    """Signals that end the session wait while a write runs: one arriving just after SQLite
    committed, but before the write was noted as made, would have it made twice."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals go to the main thread only
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _as_one(db: sqlite3.Connection, writing: Callable[[], object]) -> None:
    """Several statements as one write: all or none, so trying again adds nothing twice."""
    db.execute("BEGIN IMMEDIATE")
    try:
        writing()
    except BaseException:
        with suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@dataclass
class SessionRecord:
    """One session's rows, written as it happens, and the history around it."""

    db: sqlite3.Connection
    session_id: int
    now: Now = utc_clock
    notify: Notify = _ignore
    failure: str | None = None  # what could not be saved in the end, as said to the person
    waiting: list[Callable[[], object]] = field(default_factory=list)  # in order
    delay: str | None = None  # why the waiting writes wait
    locked: bool = False  # they wait for another program's lock (not, say, a full disk)

    def _stamp(self) -> str:
        return utc_text(self.now())

    def _write(self, sql: str, values: tuple[object, ...]) -> None:
        # autocommit: each statement is durable on its own
        self._guarded(lambda: self.db.execute(sql, values))

    def _guarded(self, writing: Callable[[], object]) -> None:
        """Write now, after any writes still waiting; if the history cannot take it, it waits."""
        self.waiting.append(writing)
        self._catch_up()

    def _catch_up(self) -> bool:
        """Try the waiting writes in order; True when none is left."""
        while self.waiting:
            try:
                with _signals_held():  # a write made is a write taken off the list
                    self.waiting[0]()
                    self.waiting.pop(0)
            except sqlite3.Error as error:
                self.locked = busy(error)
                # SQLite's own words for a lock ("database is locked") are English, and vague
                reason = t("session.history_busy", reason=error) if self.locked else str(error)
                if self.delay is None:
                    self.notify(t("session.recording_delayed", reason=reason))
                self.delay = reason
                return False
        if self.delay is not None:
            self.delay = None
            self.notify(None)
        return True

    def _settle(self) -> None:
        """At the end: give the waiting writes time; what is still waiting is said lost."""
        if self._catch_up():
            return
        started = time.monotonic()
        with suppress(Interrupted, KeyboardInterrupt):  # Ctrl-C, SIGTERM: stop waiting
            most = END_WAIT_SECONDS if self.locked else END_WAIT_OTHER_SECONDS
            self.notify(t("session.recording_wait", seconds=round(most)))
            with suppress(sqlite3.Error):
                self.db.execute("PRAGMA busy_timeout = 1000")
            while not self._catch_up():
                most = END_WAIT_SECONDS if self.locked else END_WAIT_OTHER_SECONDS
                if time.monotonic() - started >= most:
                    break
                time.sleep(0.2)
        with suppress(sqlite3.Error):
            self.db.execute(f"PRAGMA busy_timeout = {RUNNING_WAIT_MS}")
        if self.waiting:
            self.failure = t("session.recording_lost", count=len(self.waiting), reason=self.delay)

    def screen(self, kind: ScreenKind, result: ScreenResult, area: str) -> None:
        self._write(
            "INSERT INTO screens (session_id, taken_at, kind, result, area) VALUES (?, ?, ?, ?, ?)",
            (self.session_id, self._stamp(), kind, result, area),
        )

    def pain(self, moment: PainMoment, value: int) -> None:
        column = _PAIN_COLUMNS[moment]
        self._write(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, self.session_id))

    def step(self, result: StepResult) -> None:
        self._write(
            "INSERT INTO steps"
            " (session_id, step_index, step, phase, status, reason, seconds, ended_at, level,"
            " side) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.session_id,
                result.step_index,
                result.step,
                result.phase,
                result.status,
                result.reason,
                round(result.seconds, 3),
                self._stamp(),
                result.level,
                result.side,
            ),
        )

    def loosen(self, outcome: LoosenOutcome | None) -> None:
        self._write("UPDATE sessions SET loosen = ? WHERE id = ?", (outcome, self.session_id))

    def replan(self, planned_seconds: float) -> None:
        """The plan changed before the first step (the person's levels): its planned time."""
        self._write(
            "UPDATE sessions SET planned_seconds = ? WHERE id = ?",
            (planned_seconds, self.session_id),
        )

    def finish(self, ending: Ending, reason: StopReason | None) -> None:
        self._write(
            "UPDATE sessions SET status = ?, stop_reason = ?, ended_at = ? WHERE id = ?",
            (ending, reason, self._stamp(), self.session_id),
        )
        self._settle()

    def close(self) -> None:
        self._catch_up()  # a last try for what came after the end (a learn card seen)
        self.db.close()

    def safety_state(self, area: str) -> SafetyState:
        from selfcare.history.safety_answers import safety_state

        return safety_state(self.db, area)

    def carry_check(self, from_area: str, to_area: str) -> None:
        from selfcare.history.safety_answers import carry_check

        at = self._stamp()
        self._guarded(
            lambda: _as_one(
                self.db, lambda: carry_check(self.db, self.session_id, from_area, to_area, at)
            )
        )

    def safety_answer(self, area: str, item: SafetyItem, answer: SafetyAnswer) -> None:
        from selfcare.history.safety_answers import record_safety_answer

        at = self._stamp()
        self._guarded(
            lambda: record_safety_answer(self.db, self.session_id, area, item, answer, at)
        )

    def next_morning_due(self, now: datetime) -> MorningDue | None:
        return pending_next_morning(self.db, now)

    def answer_next_morning(
        self, session_id: int, answer: NextMorning, loosen: MorningLoosen | None
    ) -> None:
        with self._patient():
            record_next_morning(self.db, session_id, answer, loosen)

    def sessions_since(self, since: datetime) -> list[SessionRow]:
        return query_sessions(self.db, since=since, step_counts=False)  # none is needed

    def loosening_episodes(self) -> list[datetime]:
        return loosening_episodes(self.db)

    def current_levels(self, routine: str) -> dict[str, int]:
        from selfcare.history.level_changes import current_levels

        return current_levels(self.db, routine)

    def level_facts(self, routine: str, now: datetime) -> LevelFacts:
        from selfcare.history.level_changes import level_facts

        return level_facts(self.db, routine, now)

    def change_level(self, routine: str, step: str, level: int) -> None:
        from selfcare.history.level_changes import record_level_change

        with self._patient(), history_errors():
            record_level_change(self.db, self.session_id, routine, step, level, self._stamp())

    @contextmanager
    def _patient(self) -> Iterator[None]:
        """An answer given before the first step is saved as the history's other commands
        save theirs, waiting for a lock: the countdown has not begun."""
        self.db.execute(f"PRAGMA busy_timeout = {round(LOCK_WAIT_SECONDS * 1000)}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {RUNNING_WAIT_MS}")

    def seen_cards(self, routine: str) -> set[str]:
        from selfcare.history.cards_seen import seen_cards

        return seen_cards(self.db, routine)

    def card_seen(self, routine: str, card: str) -> None:
        from selfcare.history.cards_seen import mark_card_seen

        at = self._stamp()
        self._guarded(lambda: mark_card_seen(self.db, self.session_id, routine, card, at))


def opener(
    home: Path | None = None, now: Now = utc_clock
) -> Callable[[Routine, float, float, Notify], SessionRecord]:
    """What a session calls to begin its record in the history under `home`."""

    def open_record(
        routine: Routine, planned_seconds: float, speed: float, notify: Notify
    ) -> SessionRecord:
        db = connect(database_path(home))
        title = localize(routine.title)
        lang = current_language()
        record = begin_session(
            db,
            routine.id,
            title,
            lang,
            planned_seconds,
            speed,
            now,
            version=routine.version,
            content_hash=routine.content_hash,
        )
        record.notify = notify
        return record

    return open_record
