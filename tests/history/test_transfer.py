"""Backup and move: `selfcare history --json --all` read back by `selfcare history import`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import Cli
from guided_session import Session
from selfcare.history import transfer
from selfcare.history.record import SessionRecord, begin_session
from selfcare.history.store import connect, utc_text
from selfcare.history.transfer import local_ids
from selfcare.paths import database_path
from selfcare.routine.model import PhaseKind
from selfcare.safety.periodic import SafetyAnswer, SafetyItem
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    PainMoment,
    ScreenKind,
    ScreenResult,
    SkipReason,
    StepResult,
    StepStatus,
    StopReason,
)

TABLES = ("sessions", "steps", "screens", "level_changes", "cards_seen", "safety_answers")
MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
NOTE = "=cmd|' /C calc'!A0 tight after\na long walk\x1b[2J"  # a formula, a line, an escape

Sessions = list[dict[str, object]]


class WallClock:
    """The record's wall clock, moved by the test."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **amount: float) -> None:
        self.moment += timedelta(**amount)


def run_step(
    record: SessionRecord,
    clock: WallClock,
    index: int,
    name: str,
    *,
    phase: PhaseKind = PhaseKind.STABILIZE,
    worse: bool = False,
    level: int = 1,
    side: str | None = None,
) -> None:
    clock.advance(seconds=95)
    status, reason = (StepStatus.SKIPPED, SkipReason.WORSE) if worse else (StepStatus.DONE, None)
    record.step(StepResult(index, name, phase, status, reason, 94.5, level, side))


def seed_history(home: Path, start: datetime = MONDAY) -> None:
    """Sessions of every kind, written as a session writes them, with every part filled in."""
    clock = WallClock(start)
    with closing(connect(database_path(home))) as db:

        def begin(routine: str, lang: str = "en", speed: float = 1.0) -> SessionRecord:
            return begin_session(db, routine, "Low back", lang, 1158.0, speed, clock)

        done = begin("low-back")
        done.screen(ScreenKind.FULL, ScreenResult.CLEAR, "low-back")
        done.safety_answer("low-back", SafetyItem.INFLAMMATORY, SafetyAnswer.ADVISED)
        done.pain(PainMoment.BEFORE, 4)
        run_step(done, clock, 0, "drawing-in")
        run_step(done, clock, 1, "bird-dog", level=2, side="both")
        done.pain(PainMoment.MID, 3)
        run_step(done, clock, 2, "knee-hug", phase=PhaseKind.LOOSEN)
        done.loosen(LoosenOutcome.DONE)
        done.pain(PainMoment.AFTER, 2)
        done.finish(Ending.COMPLETED, None)
        db.execute(
            "INSERT INTO level_changes (session_id, routine, step, level, changed_at)"
            " VALUES (?, 'low-back', 'bird-dog', 2, ?)",
            (done.session_id, utc_text(clock())),
        )
        db.execute(
            "INSERT INTO cards_seen (session_id, routine, card, seen_at)"
            " VALUES (?, 'low-back', 'stabilise-first', ?)",
            (done.session_id, utc_text(clock())),
        )
        db.execute(
            "UPDATE sessions SET next_morning = 'better', morning_loosen = 'not-worse',"
            " note = ? WHERE id = ?",
            (NOTE, done.session_id),
        )

        clock.advance(days=2)  # gone back once, then stopped for pain, in Japanese
        stopped = begin("low-back-quick", lang="ja")
        stopped.screen(ScreenKind.SHORT, ScreenResult.CLEAR, "low-back")
        stopped.pain(PainMoment.BEFORE, 3)
        run_step(stopped, clock, 0, "drawing-in")
        run_step(stopped, clock, 1, "bridge", worse=True)
        run_step(stopped, clock, 1, "bridge")  # the same place in the plan, run again
        stopped.pain(PainMoment.MID, 6)
        stopped.finish(Ending.STOPPED, StopReason.PAIN_ROSE)

        clock.advance(days=1)
        practice = begin("low-back", speed=50)
        practice.screen(ScreenKind.DECLARED, ScreenResult.DECLARED, "low-back")
        run_step(practice, clock, 0, "drawing-in")
        practice.finish(Ending.COMPLETED, None)

        clock.advance(hours=3)
        left = begin("low-back")
        left.screen(ScreenKind.FULL, ScreenResult.DOCTOR, "low-back")
        left.finish(Ending.NOT_STARTED, StopReason.RED_FLAG_DOCTOR)


def export(cli: Cli, home: Path, *options: str) -> str:
    """What `selfcare history --json` prints for `home` (`--all` unless told otherwise)."""
    result = cli("history", "--json", *(options or ("--all",)), env={"SELFCARE_HOME": str(home)})
    assert result.exit_code == 0, result.output
    return result.stdout


def import_into(cli: Cli, home: Path, path: Path, *options: str) -> Result:
    return cli("history", "import", path, *options, env={"SELFCARE_HOME": str(home)})


def write(path: Path, sessions: Sessions) -> Path:
    path.write_text(json.dumps(sessions), encoding="utf-8")
    return path


def table_rows(home: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(database_path(home))) as db:
        return {
            table: db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in TABLES
        }


def files_of(home: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(home.iterdir()) if path.is_file()}


def by_uid(sessions: Sessions) -> dict[object, dict[str, object]]:
    return {session["uid"]: session for session in sessions}


@pytest.fixture
def old_home(tmp_path: Path) -> Path:
    """The computer the history comes from."""
    home = tmp_path / "old"
    seed_history(home)
    assert Session(home, yes=True).run() == 0  # and one session run as a person runs it
    return home


@pytest.fixture
def exported(cli: Cli, old_home: Path, tmp_path: Path) -> Path:
    path = tmp_path / "history.json"
    path.write_text(export(cli, old_home), encoding="utf-8")
    return path


def sessions_in(path: Path) -> Sessions:
    """The file's sessions, the one stopped for pain (three steps, one run again) second."""
    sessions: Sessions = json.loads(path.read_text(encoding="utf-8"))
    [stopped] = [index for index, session in enumerate(sessions) if session["status"] == "stopped"]
    sessions.insert(1, sessions.pop(stopped))
    return sessions


# --- the round trip ----------------------------------------------------------------------------


def test_the_export_carries_every_part_of_every_session(exported: Path) -> None:
    sessions = sessions_in(exported)
    assert len(sessions) == 5
    first = next(s for s in sessions if s["routine"] == "low-back" and s["pain_before"] == 4)
    steps = first["steps"]
    assert [(s["step"], s["level"], s["side"]) for s in steps] == [  # type: ignore[attr-defined]
        ("drawing-in", 1, None),
        ("bird-dog", 2, "both"),
        ("knee-hug", 1, None),
    ]
    assert first["screens"] == [
        {
            "taken_at": "2026-03-02T07:30:00+00:00",
            "kind": "full",
            "result": "clear",
            "area": "low-back",
        }
    ]
    assert first["safety_answers"] == [
        {
            "area": "low-back",
            "item": "inflammatory",
            "answer": "advised",
            "answered_at": "2026-03-02T07:30:00+00:00",
        }
    ]
    assert first["note"] == NOTE
    assert first["level_changes"] == [
        {
            "routine": "low-back",
            "step": "bird-dog",
            "level": 2,
            "changed_at": "2026-03-02T07:34:45+00:00",
        }
    ]
    assert first["cards_seen"] == [
        {"routine": "low-back", "card": "stabilise-first", "seen_at": "2026-03-02T07:34:45+00:00"}
    ]
    assert (first["next_morning"], first["morning_loosen"]) == ("better", "not-worse")


def test_an_export_imported_into_an_empty_home_exports_the_same_text(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    new_home = tmp_path / "new"

    result = import_into(cli, new_home, exported)

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "Imported 5 sessions."
    assert export(cli, new_home) == exported.read_text(encoding="utf-8")


def test_the_round_trip_keeps_the_counts_of_a_step_run_again(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    new_home = tmp_path / "new"
    import_into(cli, new_home, exported)

    stopped = next(s for s in json.loads(export(cli, new_home)) if s["status"] == "stopped")
    assert (stopped["steps_completed"], stopped["steps_skipped"]) == (2, 0)
    assert len(stopped["steps"]) == 3
    assert stopped["duration_seconds"] == 3 * 95


def test_importing_the_same_file_twice_adds_nothing(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    new_home = tmp_path / "new"
    import_into(cli, new_home, exported)
    rows = table_rows(new_home)

    again = import_into(cli, new_home, exported)

    assert again.exit_code == 0
    assert "Nothing new: all 5 sessions in the file are already here" in again.stdout
    assert table_rows(new_home) == rows


def test_a_file_written_without_all_is_read_too(cli: Cli, old_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "shown.json"
    path.write_text(export(cli, old_home, "--routine", "low-back-quick"), encoding="utf-8")
    new_home = tmp_path / "new"

    result = import_into(cli, new_home, path)

    assert result.stdout.strip() == "Imported 1 session."
    assert export(cli, new_home) == path.read_text(encoding="utf-8")


# --- merging -----------------------------------------------------------------------------------


def test_a_merge_keeps_the_sessions_already_here_and_adds_the_others(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    home = tmp_path / "here"
    seed_history(home, start=MONDAY + timedelta(days=30))  # ids 1-4 here as in the file
    own = by_uid(json.loads(export(cli, home)))
    incoming = by_uid(sessions_in(exported))

    result = import_into(cli, home, exported)

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "Imported 5 sessions."
    merged = by_uid(json.loads(export(cli, home)))
    assert set(merged) == set(own) | set(incoming)
    assert all(merged[uid] == session for uid, session in own.items())  # left exactly as they were
    for uid, session in incoming.items():  # the same but for the ids already taken here
        assert {**merged[uid], "id": session["id"]} == session
    assert sorted(merged[uid]["id"] for uid in incoming) == [5, 6, 7, 8, 9]  # type: ignore[type-var]


def test_only_the_new_session_of_a_file_is_imported_and_the_one_here_is_not_changed(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    first, second, *_ = sessions_in(exported)
    home = tmp_path / "here"
    import_into(cli, home, write(tmp_path / "one.json", [first]))
    kept = export(cli, home)
    changed_copy = {**first, "pain_before": 9, "routine_title": "Changed elsewhere"}

    result = import_into(cli, home, write(tmp_path / "two.json", [changed_copy, second]))

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Imported 1 session.",
        "1 was already here and was left as it was.",
    ]
    now = by_uid(json.loads(export(cli, home)))
    assert now[first["uid"]] == json.loads(kept)[0]
    assert now[second["uid"]] == second


def test_an_id_is_kept_when_free_and_otherwise_the_next_after_all_is_given() -> None:
    assert local_ids([3, 7, 2], taken={1, 2}) == [3, 7, 8]
    assert local_ids([5, 5], taken=set()) == [5, 6]
    assert local_ids([], taken={4}) == []


def test_a_session_written_while_it_ran_is_imported_as_ended_early(
    cli: Cli, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    clock = WallClock(MONDAY)
    with closing(connect(database_path(old))) as db:
        running = begin_session(db, "low-back", "Low back", "en", 600.0, 1.0, clock)
        run_step(running, clock, 0, "drawing-in")
    path = tmp_path / "during.json"
    path.write_text(export(cli, old), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))[0]["status"] == "running"

    result = import_into(cli, tmp_path / "new", path)

    assert result.exit_code == 0, result.output
    assert "1 was still running when the file was written" in result.stdout
    [session] = json.loads(export(cli, tmp_path / "new"))
    assert (session["status"], session["stop_reason"]) == ("aborted", "killed")
    assert session["steps_completed"] == 1


# --- a file that cannot be imported ------------------------------------------------------------

Breakage = Callable[[Sessions], None]


def wrong_type(sessions: Sessions) -> None:
    sessions[1]["pain_before"] = "4"


def unknown_state(sessions: Sessions) -> None:
    sessions[1]["status"] = "paused"


def unreadable_time(sessions: Sessions) -> None:
    sessions[1]["started_at"] = "yesterday morning"


def time_without_zone(sessions: Sessions) -> None:
    sessions[1]["ended_at"] = "2026-03-02T08:00:00"


def missing_field(sessions: Sessions) -> None:
    del sessions[1]["lang"]


def unknown_field(sessions: Sessions) -> None:
    sessions[1]["mood"] = "fine"


def uid_twice(sessions: Sessions) -> None:
    sessions[1]["uid"] = sessions[0]["uid"]


def short_uid(sessions: Sessions) -> None:
    sessions[1]["uid"] = "abc123"


def bad_step(sessions: Sessions) -> None:
    sessions[1]["steps"][1]["status"] = "finished"  # type: ignore[index]


def unknown_step_field(sessions: Sessions) -> None:
    sessions[1]["steps"][0]["screens"] = []  # type: ignore[index]


def bad_level_change(sessions: Sessions) -> None:
    moment = "2026-03-02T08:00:00+00:00"
    change = {"routine": "low-back", "step": "bridge", "level": 0, "changed_at": moment}
    sessions[1]["level_changes"] = [change]


def lost_step(sessions: Sessions) -> None:
    del sessions[1]["steps"][0]  # type: ignore[attr-defined]


def pain_out_of_range(sessions: Sessions) -> None:
    sessions[1]["pain_after"] = 11


def a_number_as_a_session(sessions: Sessions) -> None:
    sessions[1] = 5  # type: ignore[call-overload]


BREAKAGES: dict[str, tuple[Breakage, str, str]] = {
    # name: (the breakage, where the message says it is, what it says)
    "wrong type": (wrong_type, "pain_before", 'should be a whole number from 0 to 10 (found "4")'),
    "unknown state": (unknown_state, "status", "should be one of: running, not-started"),
    "unreadable time": (unreadable_time, "started_at", "should be a time with its zone"),
    "time without zone": (time_without_zone, "ended_at", "should be a time with its zone"),
    "missing field": (missing_field, "lang", "is missing"),
    "unknown field": (unknown_field, "mood", "is not a field of an export"),
    "uid twice": (uid_twice, "uid", "is also the uid of session 1"),
    "short uid": (short_uid, "uid", "should be 32 lower-case hexadecimal digits"),
    "bad step": (bad_step, "steps[1].status", "should be one of: done, skipped"),
    "unknown step field": (unknown_step_field, "steps[0].screens", "is not a field of an"),
    "bad level change": (
        bad_level_change,
        "level_changes[0].level",
        "should be a whole number, 1 or more (found 0)",
    ),
    "lost step": (lost_step, "steps_completed", "does not match the session's own times"),
    "pain out of range": (
        pain_out_of_range,
        "pain_after",
        "should be a whole number from 0 to 10 (found 11)",
    ),
}


def named(session: dict[str, object]) -> object:
    """How a problem names the session: by its uid, when that can be read."""
    uid = session.get("uid")
    return uid if isinstance(uid, str) and len(uid) == 32 else "not readable"


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_a_malformed_file_is_refused_naming_the_place_and_nothing_changes(
    name: str, cli: Cli, exported: Path, tmp_path: Path
) -> None:
    breakage, field, problem = BREAKAGES[name]
    home = tmp_path / "here"
    seed_history(home, start=MONDAY + timedelta(days=30))
    before = files_of(home)
    sessions = sessions_in(exported)
    breakage(sessions)

    result = import_into(cli, home, write(tmp_path / "broken.json", sessions))

    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert "nothing was changed. Problems found: 1\n" in result.stderr
    assert f"Session 2 (uid {named(sessions[1])}), {field}: {problem}" in result.stderr
    assert files_of(home) == before  # byte for byte


def test_a_value_that_is_not_a_session_is_named_by_its_place(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    sessions = sessions_in(exported)
    a_number_as_a_session(sessions)

    result = import_into(cli, tmp_path / "new", write(tmp_path / "broken.json", sessions))

    assert result.exit_code == 1
    assert "Session 2: should be a session, an object ({…}) (found 5)" in result.stderr
    assert not (tmp_path / "new").exists()  # refused before the history was even opened


def test_every_problem_is_listed_up_to_ten(cli: Cli, exported: Path, tmp_path: Path) -> None:
    sessions = sessions_in(exported)
    for session in sessions:
        session["status"] = "paused"
        session["lang"] = "fr"
        session["speed"] = 0
    result = import_into(cli, tmp_path / "new", write(tmp_path / "broken.json", sessions))

    assert "Problems found: 15" in result.stderr
    assert result.stderr.count("Session ") == 10
    assert "… and 5 more" in result.stderr


def test_a_failure_half_way_through_the_merge_leaves_the_history_as_it_was(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    home = tmp_path / "here"
    seed_history(home, start=MONDAY + timedelta(days=30))
    with closing(sqlite3.connect(database_path(home))) as db:  # the last table written fails
        db.execute(
            "CREATE TRIGGER full BEFORE INSERT ON cards_seen"
            " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    before = table_rows(home)

    result = import_into(cli, home, exported)

    assert result.exit_code == 1
    assert "disk full" in result.stderr
    assert table_rows(home) == before


def test_a_refusal_is_in_japanese_too(cli: Cli, exported: Path, tmp_path: Path) -> None:
    sessions = sessions_in(exported)
    missing_field(sessions)

    result = import_into(
        cli, tmp_path / "new", write(tmp_path / "x.json", sessions), "--lang", "ja"
    )

    assert "何も変更していません" in result.stderr
    assert f"2 件目のセッション（uid {sessions[1]['uid']}）の lang: 項目がありません" in (
        result.stderr
    )


def test_the_summary_is_in_japanese_too(cli: Cli, exported: Path, tmp_path: Path) -> None:
    result = import_into(cli, tmp_path / "new", exported, "--lang", "ja")

    assert result.stdout.strip() == "5 件のセッションを取り込みました。"


# --- a file that is not an export --------------------------------------------------------------


def refusal(cli: Cli, tmp_path: Path, path: Path) -> str:
    home = tmp_path / "new"
    result = import_into(cli, home, path)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert not home.exists()
    return result.stderr.strip()


def test_a_missing_file_is_named(cli: Cli, tmp_path: Path) -> None:
    assert refusal(cli, tmp_path, tmp_path / "gone.json") == (
        f"Error: There is no file {tmp_path / 'gone.json'}."
    )


def test_a_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    assert "is a folder" in refusal(cli, tmp_path, tmp_path)


def test_a_file_that_is_not_json_is_refused_with_its_line(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("[\n{'id': 1}\n]", encoding="utf-8")

    assert "cannot be read as JSON (line " in refusal(cli, tmp_path, path)
    assert "(line 2, column 2)" in refusal(cli, tmp_path, path)


def test_a_file_that_is_not_utf8_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"routine_title": "caf\u00e9"}]'.encode("latin-1"))

    assert "is not UTF-8 text (byte 24 cannot be read)" in refusal(cli, tmp_path, path)


def test_a_file_over_the_size_limit_is_not_read(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 2**20)
    path = tmp_path / "huge.json"
    path.write_text("[" + " " * 2**20 + "]", encoding="utf-8")

    assert "is larger than 1 MB" in refusal(cli, tmp_path, path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"sessions": []}', "it should be a list of sessions"),
        ("[NaN]", "holds NaN, which is not a number JSON allows"),
        ("[" * 100_000, "nested too deeply"),
        ("[" + "9" * 5000 + "]", "holds a number too long to read"),
    ],
)
def test_json_that_is_not_an_export_is_refused(
    content: str, problem: str, cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")

    assert problem in refusal(cli, tmp_path, path)


def test_an_empty_list_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "empty.json", [])

    result = import_into(cli, tmp_path / "new", path)

    assert result.exit_code == 0
    assert result.stdout.strip() == "The file holds no sessions; nothing was changed."
    assert not (tmp_path / "new").exists()


def test_a_byte_order_mark_from_an_editor_is_accepted(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    path = tmp_path / "saved.json"
    path.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())

    assert import_into(cli, tmp_path / "new", path).exit_code == 0


def test_an_export_from_before_notes_sides_and_kept_answers_still_imports(
    cli: Cli, exported: Path, tmp_path: Path
) -> None:
    sessions = json.loads(exported.read_text(encoding="utf-8"))
    for session in sessions:  # as selfcare wrote it before schema 7
        del session["note"], session["safety_answers"]
        for step in session["steps"]:
            del step["side"]
        for screen in session["screens"]:
            del screen["area"]
    older = write(tmp_path / "older.json", sessions)
    new_home = tmp_path / "new"

    result = import_into(cli, new_home, older)

    assert result.exit_code == 0, result.output
    again = json.loads(export(cli, new_home))
    assert {session["note"] for session in again} == {None}
    assert [answer for s in again for answer in s["safety_answers"]] == []
    assert {step["side"] for s in again for step in s["steps"]} == {None}
    assert {screen["area"] for s in again for screen in s["screens"]} == {None}
