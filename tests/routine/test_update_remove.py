"""`selfcare update` and `selfcare remove`: a routine added from a link fetched again, what
changed shown before it replaces the client's copy; a routine removed after asking."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import BUILTIN_ROUTINES, SAMPLE_ROUTINE
from routine_server import RoutineServer, running_server
from selfcare.i18n.language import set_language
from selfcare.routine.changes import change_lines, compare
from selfcare.routine.discovery import check_file

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

pytestmark = pytest.mark.timeout(60)


def routine_text(routine_id: str = "neck-desk", *, hold: int = 10, version: str = "1.0") -> str:
    return (
        SAMPLE_ROUTINE.replace("id: sample", f"id: {routine_id}")
        .replace("title: Sample routine", f'title: Neck at the desk\nversion: "{version}"')
        .replace("hold: 10", f"hold: {hold}")
    )


NEW_STEP = """\
      - id: chin-tuck
        name: Chin tuck
        hold: 5
        reps: 8
"""


@pytest.fixture
def server() -> Iterator[RoutineServer]:
    with running_server() as serving:
        yield serving


def add_from(cli: Cli, server: RoutineServer, text: str, path: str = "/neck-desk.yaml") -> str:
    url = server.serve(path, text)
    result = cli("add", url)
    assert result.exit_code == 0, result.output
    return url


def remembered(home: Path) -> dict[str, object]:
    data = json.loads((home / "routines" / ".sources.json").read_text("utf-8"))
    routines: dict[str, object] = data["routines"]
    return routines


# --- update -----------------------------------------------------------------------------------


def test_update_shows_the_dose_and_version_changes_and_asks_first(
    cli: Cli, selfcare_home: Path, server: RoutineServer
) -> None:
    add_from(cli, server, routine_text(hold=10))
    newer = routine_text(hold=15, version="1.1")
    server.serve("/neck-desk.yaml", newer)
    target = selfcare_home / "routines" / "neck-desk.yaml"

    declined = cli("update", "neck-desk", input="n\n")
    unchanged = target.read_text("utf-8")
    accepted = cli("update", "neck-desk", input="y\n")
    again = cli("update", "neck-desk")

    assert declined.exit_code == 0, declined.output
    assert "What changed in neck-desk:" in declined.stdout
    assert "version: 1.0 → 1.1" in declined.stdout
    assert "Drawing-in: hold 10 s → 15 s" in declined.stdout
    assert "Replace neck-desk with the new version? [y/N]" in declined.stdout
    assert "Kept neck-desk as it was." in declined.stdout
    assert unchanged == routine_text(hold=10)
    assert accepted.exit_code == 0, accepted.output
    assert target.read_text("utf-8") == newer
    assert again.exit_code == 0
    assert "neck-desk is up to date." in again.stdout


def test_update_without_an_id_updates_every_routine_from_a_link_and_yes_does_not_ask(
    cli: Cli, selfcare_home: Path, server: RoutineServer, write_routine: RoutineWriter
) -> None:
    add_from(cli, server, routine_text("neck-desk"), "/a.yaml")
    add_from(cli, server, routine_text("low-back-home"), "/b.yaml")
    assert cli("add", write_routine(routine_text("from-mail"))).exit_code == 0
    server.serve("/a.yaml", routine_text("neck-desk").replace("reps: 10", "reps: 12"))
    server.serve("/b.yaml", routine_text("low-back-home").replace("rest: 3", "rest: 5", 1))

    result = cli("update", "--yes")

    assert result.exit_code == 0, result.output
    assert "Drawing-in: reps 10 → 12" in result.stdout
    assert "Drawing-in: rest 3 s → 5 s" in result.stdout
    assert "from-mail" not in result.stdout  # added from a file: nothing to fetch
    assert "[y/N]" not in result.stdout
    assert "reps: 12" in (selfcare_home / "routines" / "neck-desk.yaml").read_text("utf-8")


def test_update_lists_steps_added_and_removed(
    cli: Cli, server: RoutineServer, selfcare_home: Path
) -> None:
    add_from(cli, server, routine_text())
    text = routine_text()
    start = text.index("      - id: knee-to-chest")
    server.serve("/neck-desk.yaml", text[:start] + NEW_STEP)

    result = cli("update", "neck-desk", "--yes")

    assert result.exit_code == 0, result.output
    assert "+ new step: Chin tuck (chin-tuck)" in result.stdout
    assert "− step removed: Knee to chest (knee-to-chest)" in result.stdout


def test_one_link_that_fails_does_not_stop_the_others(
    cli: Cli, server: RoutineServer, selfcare_home: Path
) -> None:
    add_from(cli, server, routine_text("neck-desk"), "/a.yaml")
    add_from(cli, server, routine_text("wrist"), "/b.yaml")
    server.serve("/a.yaml", "gone", status=404)
    server.serve("/b.yaml", routine_text("wrist", hold=12))

    result = cli("update", "--yes")

    assert result.exit_code == 1
    assert "the server answered 404" in result.stderr
    assert "hold: 12" in (selfcare_home / "routines" / "wrist.yaml").read_text("utf-8")


def test_update_says_when_the_copy_was_edited_here_and_refuses_a_changed_id(
    cli: Cli, server: RoutineServer, selfcare_home: Path
) -> None:
    add_from(cli, server, routine_text())
    target = selfcare_home / "routines" / "neck-desk.yaml"
    target.write_text(routine_text().replace("reps: 10", "reps: 6"), "utf-8")
    server.serve("/neck-desk.yaml", routine_text(hold=12))

    edited = cli("update", "neck-desk", "--yes")
    server.serve("/neck-desk.yaml", routine_text("other-name"))
    renamed = cli("update", "neck-desk", "--yes")

    assert edited.exit_code == 0, edited.output
    assert "was changed on this computer after it was added" in edited.stdout
    assert "Drawing-in: reps 6 → 10" in edited.stdout
    assert renamed.exit_code == 1
    assert "is now called other-name, not neck-desk" in renamed.stderr
    assert target.read_text("utf-8") == routine_text(hold=12)


def test_update_of_a_routine_not_from_a_link_a_built_in_or_nothing_is_a_clear_line(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    assert cli("add", write_routine(routine_text())).exit_code == 0

    from_file = cli("update", "neck-desk")
    builtin = cli("update", "low-back")
    unknown = cli("update", "nothing-here")
    none = cli("update")

    assert from_file.exit_code == builtin.exit_code == unknown.exit_code == 1
    assert "neck-desk was not added from a link" in from_file.stderr
    assert "low-back is a built-in routine" in builtin.stderr
    assert "no routine called 'nothing-here'" in unknown.stderr
    assert none.exit_code == 0
    assert "No routine was added from a link" in none.stdout


def test_changes_are_worded_in_japanese_too() -> None:
    routine = check_file(BUILTIN_ROUTINES / "low-back-quick.yaml").routine
    assert routine is not None
    phase = routine.phases[0]
    step = replace(phase.steps[0], hold=phase.steps[0].hold + 5)
    newer = replace(routine, phases=(replace(phase, steps=(step, *phase.steps[1:])),))
    newer = replace(newer, phases=(*newer.phases, *routine.phases[1:]))

    set_language("ja")
    try:
        lines = change_lines(compare(routine, newer))
    finally:
        set_language("en")

    assert lines == ["ドローイン：保持 10秒 → 15秒"]


# --- remove -----------------------------------------------------------------------------------


def test_remove_asks_then_removes_the_routine_and_forgets_its_link(
    cli: Cli, server: RoutineServer, selfcare_home: Path
) -> None:
    add_from(cli, server, routine_text())
    target = selfcare_home / "routines" / "neck-desk.yaml"

    declined = cli("remove", "neck-desk", input="n\n")
    exists_after_no = target.exists()
    removed = cli("remove", "neck-desk", input="y\n")

    assert declined.exit_code == 0
    assert exists_after_no
    assert removed.exit_code == 0, removed.output
    assert f"Removed neck-desk: {target}" in removed.stdout
    assert not target.exists()
    assert remembered(selfcare_home) == {}
    assert cli("update").stdout.startswith("No routine was added from a link")


def test_removing_a_forced_copy_brings_the_built_in_back_and_a_built_in_stays(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    mine = write_routine(routine_text("low-back-quick"))
    assert cli("add", mine, "--force").exit_code == 0

    removed = cli("remove", "low-back-quick", "--yes")
    builtin = cli("remove", "low-back-quick", "--yes")
    unknown = cli("remove", "../etc/passwd", "--yes")

    assert removed.exit_code == 0, removed.output
    assert "The built-in low-back-quick is used again." in removed.stdout
    assert builtin.exit_code == 1
    assert "low-back-quick is a built-in routine, part of selfcare: it cannot be removed" in (
        builtin.stderr
    )
    assert unknown.exit_code == 1
    assert "no routine called '../etc/passwd'" in unknown.stderr


def test_remove_without_an_answer_removes_nothing(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    assert cli("add", write_routine(routine_text())).exit_code == 0

    result = cli("remove", "neck-desk", input="")

    assert result.exit_code == 1
    assert "nothing was changed" in result.stderr
    assert (selfcare_home / "routines" / "neck-desk.yaml").exists()
