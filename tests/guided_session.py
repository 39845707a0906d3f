"""A guided session driven by fakes, as the session and record tests use it."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from fakes import FakeClock, RecordingView, ScriptedInput, ScriptedKeys, ScriptedLines
from selfcare.history.record import opener
from selfcare.history.store import connect, query_sessions
from selfcare.i18n.language import set_language
from selfcare.paths import database_path
from selfcare.routine.model import Author, Phase, PhaseKind, Routine, Step
from selfcare.routine.plan import plan_session
from selfcare.session.guided import GuidedSession, SessionOptions
from selfcare.session.ports import SessionView
from selfcare.session.views.plain import PlainView

ROUTINE = Routine(
    id="sample",
    title="Sample routine",
    author=Author(name="Dr Test", clinic="Test Clinic", contact="test@clinic.example"),
    get_ready=2,
    phases=(
        Phase(PhaseKind.STABILIZE, (Step("drawing-in", "Drawing-in", hold=3, reps=2, rest=1),)),
        Phase(
            PhaseKind.LOOSEN,
            (Step("knee-hug", "Knee hug", hold=4, each_side=True),),
            ask="Still tight?",
        ),
        Phase(PhaseKind.COOLDOWN, (Step("breathing", "Breathing", hold=5),)),
    ),
)
# drawing-in runs 0..9 s, knee-hug 9..21 s, breathing 21..28 s (prompts take no fake time)

# The first full safety check of a general routine: tiers A and B, pregnancy, tier C, histories.
CLEAR = ["n"] * 5
WEEKLY = ["n"] * 4  # a later full check: the histories are kept for 3 months
SHORT = ["n"]  # within a week of a passed full check: the one short question


class Session:
    """One GuidedSession on a fake clock, fake keys and scripted answers, printing to a string."""

    def __init__(
        self,
        home: Path,
        answers: Iterable[str] = (),
        keys: Iterable[tuple[float, str]] | Callable[[FakeClock], ScriptedKeys] = (),
        routine: Routine = ROUTINE,
        yes: bool = False,
        speed: float = 1,
        lang: str = "en",
        view: str = "plain",
        now: Callable[[], datetime] | None = None,
        interactive: bool | None = None,
        voice: bool = False,
    ) -> None:
        set_language(lang)
        self.home = home
        self.clock = FakeClock()
        self.out = io.StringIO()
        console = Console(
            file=self.out, width=100, color_system=None, force_terminal=False, soft_wrap=True
        )
        self.recording = RecordingView(self.clock)
        self.lines = ScriptedLines(answers, log=self.recording.log)
        self.keys = keys(self.clock) if callable(keys) else ScriptedKeys(self.clock, keys)
        shown: SessionView = self.recording if view == "recording" else PlainView(self.out, routine)
        options = SessionOptions(yes=yes, sound=False, speed=speed, voice=voice)
        self.session = GuidedSession(
            plan_session(routine, lead_in_after_question=0),  # timings as written below
            options,
            console,
            ScriptedInput(self.keys, self.lines),
            shown,
            self.clock,
            open_record=opener(home) if now is None else opener(home, now=now),
            wall_clock=now or (lambda: datetime.now(UTC)),
            # --yes in these tests is the unattended kind unless a test says otherwise
            interactive=not yes if interactive is None else interactive,
        )

    def run(self) -> int:
        try:
            return self.session.run()
        finally:
            if self.session.record is not None:
                self.session.record.close()

    @property
    def output(self) -> str:
        return " ".join(self.out.getvalue().split())  # wrapped lines read as one

    def record(self, *, everything: bool = False) -> dict[str, Any]:
        """The newest session on record, as `history --json` shows it (`--all`: `everything`)."""
        db = connect(database_path(self.home))
        try:
            rows = query_sessions(db, with_steps=True, include_not_started=everything)
            return rows[0].as_dict()
        finally:
            db.close()


def steps_of(record: dict[str, object]) -> list[tuple[object, object]]:
    steps = record["steps"]
    assert isinstance(steps, list)
    return [(step["step"], step["status"]) for step in steps]


def screens(home: Path) -> list[tuple[str, str]]:
    db = sqlite3.connect(database_path(home))
    try:
        return [(kind, result) for kind, result in db.execute("SELECT kind, result FROM screens")]
    finally:
        db.close()
