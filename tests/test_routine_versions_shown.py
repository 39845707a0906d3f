"""A routine's version wherever the routine is shown, and the hash of what its file says."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from conftest import BUILTIN_ROUTINES, SAMPLE_ROUTINE, Cli, RoutineWriter, table_rows
from guided_session import ROUTINE, Session
from selfcare.export.handout import build_handout, render_html, render_markdown
from selfcare.i18n.language import set_language
from selfcare.paths import user_routines
from selfcare.routine.discovery import check_file
from selfcare.routine.model import Routine
from selfcare.routine.plan import plan_session

WIDE = {"COLUMNS": "200"}
VERSIONED = SAMPLE_ROUTINE.replace(
    "title: Sample routine\n", 'title: Sample routine\nversion: "2.3"\n'
)


def checked(write_routine: RoutineWriter, text: str, name: str = "sample.yaml") -> Routine:
    routine = check_file(write_routine(text, name)).routine
    assert routine is not None
    return routine


# --- shown ------------------------------------------------------------------------------------


def test_list_shows_the_version_in_a_column_and_in_json(cli: Cli, selfcare_home: Path) -> None:
    folder = user_routines(selfcare_home)
    folder.mkdir(parents=True)
    (folder / "sample.yaml").write_text(VERSIONED, "utf-8")

    rows = table_rows(cli("list", env=WIDE).stdout)
    listed = {row["id"]: row for row in json.loads(cli("list", "--json").stdout)}

    assert rows["sample"][:2] == ["Sample routine", "2.3"]
    assert rows["low-back"][1] == "1.0"
    assert listed["sample"]["version"] == "2.3"
    assert listed["low-back"]["version"] == "1.0"


def test_list_names_the_version_column_in_japanese(cli: Cli) -> None:
    assert "バージョン" in cli("list", "--lang", "ja", env=WIDE).stdout


def test_show_gives_the_version_beside_the_title_and_in_json(cli: Cli) -> None:
    text = cli("show", "low-back", "--plain").stdout
    data = json.loads(cli("show", "low-back", "--json").stdout)
    japanese = cli("show", "low-back", "--plain", "--lang", "ja").stdout

    assert text.splitlines()[0].endswith("  Version 1.0")
    assert "バージョン 1.0" in japanese.splitlines()[0]
    assert data["version"] == "1.0"
    assert data["hash"] == check_file(BUILTIN_ROUTINES / "low-back.yaml").routine.content_hash  # type: ignore[union-attr]


def test_a_routine_without_a_version_shows_none(cli: Cli, write_routine: RoutineWriter) -> None:
    path = write_routine(SAMPLE_ROUTINE)

    text = cli("show", path, "--plain").stdout

    assert text.splitlines()[0] == "Sample routine"
    assert json.loads(cli("show", path, "--json").stdout)["version"] is None


def test_the_session_header_gives_the_version(tmp_path: Path) -> None:
    session = Session(tmp_path, routine=replace(ROUTINE, version="3.0"), yes=True)

    assert session.run() == 0
    assert "Sample routine Version 3.0" in session.output


def test_the_handout_gives_the_version_under_the_title(write_routine: RoutineWriter) -> None:
    routine = checked(write_routine, VERSIONED)
    set_language("en")

    handout = build_handout(plan_session(routine))
    page, markdown = render_html(handout), render_markdown(handout)

    assert '<h1>Sample routine</h1>\n<p class="meta">Version 2.3</p>' in page
    assert markdown.startswith("# Sample routine\n\n*Version 2.3*\n")
    set_language("ja")
    assert "バージョン 2.3" in render_html(build_handout(plan_session(routine)))
    set_language("en")
    no_version = build_handout(
        plan_session(checked(write_routine, SAMPLE_ROUTINE, "plain/sample.yaml"))
    )
    assert "Version" not in render_html(no_version)


# --- the hash ---------------------------------------------------------------------------------


def test_the_hash_is_twelve_hex_digits_of_what_the_file_says(write_routine: RoutineWriter) -> None:
    digest = checked(write_routine, SAMPLE_ROUTINE).content_hash

    assert digest is not None and len(digest) == 12
    assert int(digest, 16) >= 0


def test_comments_layout_key_order_and_line_endings_leave_the_hash_as_it_was(
    write_routine: RoutineWriter,
) -> None:
    first = checked(write_routine, SAMPLE_ROUTINE).content_hash
    commented = "# my notes\n" + SAMPLE_ROUTINE.replace("hold: 10", "hold: 10   # was 8")
    windows = SAMPLE_ROUTINE.replace("\n", "\r\n").encode("utf-8")
    reordered = SAMPLE_ROUTINE.replace(
        "format: selfcare/1\nid: sample\n", "id: sample\nformat: selfcare/1\n"
    )

    assert checked(write_routine, commented).content_hash == first
    assert check_file(write_routine(windows)).routine.content_hash == first  # type: ignore[union-attr]
    assert checked(write_routine, reordered).content_hash == first


def test_a_change_to_what_the_routine_says_changes_the_hash(write_routine: RoutineWriter) -> None:
    first = checked(write_routine, SAMPLE_ROUTINE).content_hash

    assert (
        checked(write_routine, SAMPLE_ROUTINE.replace("hold: 10", "hold: 12")).content_hash != first
    )
    assert checked(write_routine, VERSIONED).content_hash != first


def test_the_person_s_levels_keep_the_routine_s_version_and_hash(
    write_routine: RoutineWriter,
) -> None:
    routine = checked(write_routine, VERSIONED)

    at_levels = routine.at_levels({"drawing-in": 2})

    assert (at_levels.version, at_levels.content_hash) == ("2.3", routine.content_hash)
