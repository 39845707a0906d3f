"""Each session records its routine's version and content hash: the schema-6 migration, the
write, the view's marks where a routine changed, and the round trip through export and import."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import Cli
from guided_session import ROUTINE, Session
from selfcare.commands.history import CHANGED, routine_changes, version_mark
from selfcare.history.migrations import MIGRATIONS, SCHEMA_VERSION
from selfcare.history.record import begin_session
from selfcare.history.store import SessionRow, connect, query_sessions
from selfcare.paths import database_path
from selfcare.session.outcomes import Ending, PainMoment

MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def seed(home: Path, runs: list[tuple[str, str | None, str | None]]) -> None:
    """One completed session a day, oldest first: (routine, version, content hash)."""
    with closing(connect(database_path(home))) as db:
        for day, (routine, version, digest) in enumerate(runs):
            start = MONDAY + timedelta(days=day)
            record = begin_session(
                db,
                routine,
                "Low back",
                "en",
                600.0,
                1.0,
                partial(_at, start),
                version=version,
                content_hash=digest,
            )
            record.pain(PainMoment.BEFORE, 3)
            record.pain(PainMoment.AFTER, 2)
            record.now = partial(_at, start + timedelta(minutes=10))
            record.finish(Ending.COMPLETED, None)


def _at(moment: datetime) -> datetime:
    return moment


def exported(cli: Cli, home: Path, *options: str) -> str:
    result = cli("history", *options, env={"SELFCARE_HOME": str(home)})
    assert result.exit_code == 0, result.output
    return result.stdout


# --- the schema -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_history_of_every_older_version_gains_the_columns_and_keeps_its_sessions(
    tmp_path: Path, version: int
) -> None:
    path = database_path(tmp_path / "home")
    path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as old:
        for migration in MIGRATIONS[:version]:
            migration(old)
        old.execute(f"PRAGMA user_version = {version}")
        old.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, planned_seconds,"
            " status) VALUES ('low-back', 'Low back', 'en', '2026-01-02T08:00:00+00:00', 600,"
            " 'completed')"
        )

    with closing(connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
        [kept] = query_sessions(db)
    assert (kept.routine, kept.routine_version, kept.routine_hash) == ("low-back", None, None)


def test_a_session_records_the_version_and_hash_of_the_routine_it_ran(tmp_path: Path) -> None:
    routine = replace(ROUTINE, version="2.1", content_hash="0123456789ab")

    assert Session(tmp_path, routine=routine, yes=True).run() == 0

    record = Session(tmp_path).record()
    assert (record["routine_version"], record["routine_hash"]) == ("2.1", "0123456789ab")


def test_a_routine_without_a_version_still_records_its_hash(tmp_path: Path) -> None:
    seed(tmp_path, [("low-back", None, "aaaaaaaaaaaa")])

    with closing(connect(database_path(tmp_path))) as db:
        [row] = query_sessions(db)
    assert (row.routine_version, row.routine_hash) == (None, "aaaaaaaaaaaa")


# --- where a routine changed ------------------------------------------------------------------


def rows(*runs: tuple[str, str | None, str | None]) -> list[SessionRow]:
    """Sessions as the view reads them, newest first, from (routine, version, hash) oldest first."""
    return [
        SessionRow(
            id=number,
            routine=routine,
            routine_title=routine,
            status=Ending.COMPLETED,
            started_at=MONDAY + timedelta(days=number),
            ended_at=None,
            duration_seconds=None,
            planned_seconds=600,
            speed=1,
            pain_before=None,
            pain_mid=None,
            pain_after=None,
            steps_completed=None,
            steps_skipped=None,
            loosen=None,
            stop_reason=None,
            next_morning=None,
            lang="en",
            routine_version=version,
            routine_hash=digest,
        )
        for number, (routine, version, digest) in reversed(list(enumerate(runs, 1)))
    ]


def test_the_first_version_a_routine_recorded_and_each_change_after_it_are_marked() -> None:
    sessions = rows(
        ("low-back", None, None),  # before versions were recorded: says nothing
        ("low-back", "1.0", "aaaaaaaaaaaa"),  # the first one recorded
        ("quick", "1.0", "cccccccccccc"),  # another routine keeps its own count
        ("low-back", "1.0", "aaaaaaaaaaaa"),  # the same
        ("low-back", "1.0", "bbbbbbbbbbbb"),  # edited without a new version
        ("low-back", "1.1", "dddddddddddd"),  # a new version
        ("quick", "1.0", "cccccccccccc"),
        ("low-back", None, "eeeeeeeeeeee"),  # its version taken out
    )

    assert routine_changes(sessions) == {2: "v1.0", 3: "v1.0", 5: CHANGED, 6: "v1.1", 8: CHANGED}


def test_a_long_or_odd_version_is_kept_short_and_on_one_line() -> None:
    assert version_mark("v2") == "v2"
    assert version_mark("2026-05-01 draft") == "v2026-05…"
    assert version_mark("1.\n2") == "v1. 2"


def test_the_view_marks_the_change_beside_the_id_on_the_sessions_one_row_at_80_columns(
    cli: Cli, selfcare_home: Path
) -> None:
    seed(
        selfcare_home,
        [
            ("pelvic-girdle-care", "1.0", "cccccccccccc"),
            ("low-back", "1.0", "aaaaaaaaaaaa"),
            ("low-back", "1.0", "bbbbbbbbbbbb"),
            ("low-back", "1.1", "dddddddddddd"),
            ("pelvic-girdle-care", "2.0-draft", "eeeeeeeeeeee"),
        ],
    )

    text = exported(cli, selfcare_home)  # 100 columns
    narrow = cli("history", env={"COLUMNS": "80"}).stdout

    assert "low-back v1.1" in text
    assert "low-back *" in text
    assert "low-back v1.0" in text
    assert "pelvic-girdle-care v2.0-dra…" in text  # a long version is kept short
    assert "v1.1: the routine's version from that session on." in text
    rows = [line for line in narrow.splitlines() if line.startswith("│")]
    assert len(rows) == 5  # one a session: no mark on a line of its own
    assert "… v2.0-dra…" in rows[0]  # the id gives way first, then the mark
    assert max(cell_len(line) for line in narrow.splitlines()) <= 80


def test_without_versions_on_record_there_is_no_mark_and_no_legend(
    cli: Cli, selfcare_home: Path
) -> None:
    seed(selfcare_home, [("low-back", None, None), ("low-back", None, None)])

    text = exported(cli, selfcare_home)

    assert "v1" not in text and "*" not in text
    assert "after a routine" not in text


def test_the_marks_are_explained_in_japanese_too(cli: Cli, selfcare_home: Path) -> None:
    seed(selfcare_home, [("low-back", "1.0", "aaaaaaaaaaaa")])

    text = exported(cli, selfcare_home, "--lang", "ja")

    assert "v1.0" in text
    assert "そのセッションからのバージョン" in text


# --- export and import ------------------------------------------------------------------------


def test_the_json_and_csv_exports_carry_the_version_and_hash(cli: Cli, selfcare_home: Path) -> None:
    seed(selfcare_home, [("low-back", "=1+1", "aaaaaaaaaaaa")])

    [session] = json.loads(exported(cli, selfcare_home, "--json"))
    [row] = csv.DictReader(io.StringIO(exported(cli, selfcare_home, "--csv")))

    assert (session["routine_version"], session["routine_hash"]) == ("=1+1", "aaaaaaaaaaaa")
    assert row["routine_version"] == "'=1+1"  # a spreadsheet never runs it as a formula
    assert row["routine_hash"] == "aaaaaaaaaaaa"


def test_the_version_and_hash_come_through_an_export_and_import(cli: Cli, tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    seed(old, [("low-back", "1.0", "aaaaaaaaaaaa"), ("low-back", None, None)])
    path = tmp_path / "history.json"
    path.write_text(exported(cli, old, "--json", "--all"), encoding="utf-8")

    result = cli("history", "import", path, env={"SELFCARE_HOME": str(new)})

    assert result.exit_code == 0, result.output
    assert exported(cli, new, "--json", "--all") == path.read_text(encoding="utf-8")
    kept = [(s["routine_version"], s["routine_hash"]) for s in json.loads(path.read_text("utf-8"))]
    assert kept == [(None, None), ("1.0", "aaaaaaaaaaaa")]


def test_an_export_from_before_versions_were_recorded_still_imports(
    cli: Cli, tmp_path: Path
) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    seed(old, [("low-back", "1.0", "aaaaaaaaaaaa")])
    sessions = json.loads(exported(cli, old, "--json", "--all"))
    for session in sessions:  # as selfcare wrote it before schema 6
        del session["routine_version"], session["routine_hash"]
    path = tmp_path / "older.json"
    path.write_text(json.dumps(sessions), encoding="utf-8")

    result = cli("history", "import", path, env={"SELFCARE_HOME": str(new)})

    assert result.exit_code == 0, result.output
    [session] = json.loads(exported(cli, new, "--json", "--all"))
    assert (session["routine_version"], session["routine_hash"]) == (None, None)
    assert session["uid"] == sessions[0]["uid"]


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("routine_hash", "ABCDEF012345", "should be 12 lower-case hexadecimal digits"),
        ("routine_hash", "abc", "should be 12 lower-case hexadecimal digits"),
        ("routine_version", 1.1, "should be text"),
    ],
)
def test_a_version_or_hash_that_selfcare_never_writes_is_refused(
    cli: Cli, tmp_path: Path, field: str, value: object, problem: str
) -> None:
    old = tmp_path / "old"
    seed(old, [("low-back", "1.0", "aaaaaaaaaaaa")])
    sessions = json.loads(exported(cli, old, "--json", "--all"))
    sessions[0][field] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(sessions), encoding="utf-8")

    result = cli("history", "import", path, env={"SELFCARE_HOME": str(tmp_path / "new")})

    assert result.exit_code == 1
    assert field in result.stderr and problem in result.stderr
    assert not (tmp_path / "new").exists()
