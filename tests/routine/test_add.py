"""`selfcare add`: a routine a practitioner sent, from a file or a link, checked and then
installed by its id; never anything half-written, never a traceback."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import BUILTIN_ROUTINES, SAMPLE_ROUTINE, table_rows
from routine_server import RoutineServer, running_server
from selfcare.errors import SelfcareError
from selfcare.routine import fetch
from selfcare.routine.source import MAX_FILE_BYTES

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

pytestmark = pytest.mark.timeout(60)
WIDE = {"COLUMNS": "250"}


def routine_text(routine_id: str = "neck-desk", *, hold: int = 10, version: str = "1.0") -> str:
    return (
        SAMPLE_ROUTINE.replace("id: sample", f"id: {routine_id}")
        .replace("title: Sample routine", f'title: Neck at the desk\nversion: "{version}"')
        .replace("hold: 10", f"hold: {hold}")
    )


@pytest.fixture
def server() -> Iterator[RoutineServer]:
    with running_server() as serving:
        yield serving


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def installed(home: Path) -> list[str]:
    folder = home / "routines"
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


def sources(home: Path) -> dict[str, dict[str, str]]:
    data = json.loads((home / "routines" / ".sources.json").read_text("utf-8"))
    routines: dict[str, dict[str, str]] = data["routines"]
    return routines


# --- from a file ------------------------------------------------------------------------------


def test_a_file_is_installed_by_its_id_whatever_its_name(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    text = routine_text()
    source = write_routine(text, "neck-desk (1).yaml")

    result = cli("add", source)

    assert result.exit_code == 0, result.output
    target = selfcare_home / "routines" / "neck-desk.yaml"
    assert target.read_text("utf-8") == text  # the practitioner's bytes, exactly
    assert str(target) in result.stdout
    assert "Start it with: selfcare start neck-desk" in result.stdout
    assert table_rows(cli("list", env=WIDE).stdout)["neck-desk"][-1] == "user"
    assert not (selfcare_home / "routines" / ".sources.json").exists()  # no link to remember


def test_an_invalid_file_prints_its_problems_at_their_lines_and_installs_nothing(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    text = routine_text().replace("hold: 10", "hold: six")
    source = write_routine(text, "mine (2).yaml")

    result = cli("add", source)

    assert result.exit_code == 1
    assert f"{source}:{line_of(text, 'hold: six')}:" in result.stderr
    assert "error[bad-duration]" in result.stderr
    assert "is not a valid routine" in result.stderr
    assert "Traceback" not in result.output
    assert installed(selfcare_home) == []


def test_an_id_that_could_name_another_place_is_refused(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    text = routine_text().replace("id: neck-desk", 'id: "../evil"')

    result = cli("add", write_routine(text))

    assert result.exit_code == 1
    assert "error[bad-id]" in result.stderr
    assert not selfcare_home.exists()


def test_a_missing_file_or_a_folder_is_one_clear_line(cli: Cli, tmp_path: Path) -> None:
    missing = cli("add", tmp_path / "nothing.yaml")
    folder = cli("add", tmp_path)

    assert missing.exit_code == folder.exit_code == 1
    assert missing.stderr.strip() == f"Error: no routine file at {tmp_path / 'nothing.yaml'}"
    assert folder.stderr.strip().startswith(f"Error: {tmp_path} is not a file")


def test_a_routine_with_its_own_photos_is_refused_with_what_to_do_instead(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    text = routine_text().replace("hold: 10\n", "hold: 10\n        image: photo.jpg\n", 1)
    result = cli("add", write_routine(text))

    assert result.exit_code == 1
    assert "error[image-needs-file]" in result.stderr
    assert "own photos (image:)" in result.stderr
    assert installed(selfcare_home) == []


# --- from a link ------------------------------------------------------------------------------


def test_a_link_is_downloaded_checked_installed_and_remembered(
    cli: Cli, selfcare_home: Path, server: RoutineServer
) -> None:
    url = server.serve("/clinic/neck-desk.yaml", routine_text())

    result = cli("add", url)

    assert result.exit_code == 0, result.output
    assert (selfcare_home / "routines" / "neck-desk.yaml").read_text("utf-8") == routine_text()
    assert sources(selfcare_home)["neck-desk"]["url"] == url
    assert "selfcare start neck-desk" in result.stdout


def test_a_file_larger_than_the_loader_accepts_is_refused(
    cli: Cli, selfcare_home: Path, server: RoutineServer
) -> None:
    padding = "# " + "x" * 1000 + "\n"
    big = routine_text() + padding * (MAX_FILE_BYTES // len(padding) + 1)
    declared = server.serve("/big.yaml", big)
    undeclared = server.serve("/chunked.yaml", big, headers={"Content-Length": ""})

    for url in (declared, undeclared):
        result = cli("add", url)
        assert result.exit_code == 1
        assert "larger than 1,048,576 bytes" in result.stderr
    assert installed(selfcare_home) == []


def test_an_invalid_routine_from_a_link_installs_nothing(
    cli: Cli, selfcare_home: Path, server: RoutineServer
) -> None:
    text = routine_text().replace("kind: stabilize", "kind: stable")
    url = server.serve("/bad.yaml", text)

    result = cli("add", url)

    assert result.exit_code == 1
    # file:line, as `validate` prints it
    assert f"{url}:{line_of(text, 'kind: stable')}:" in result.stderr
    assert "error[bad-phase-kind]" in result.stderr
    assert installed(selfcare_home) == []


def test_a_web_page_instead_of_the_file_says_which_link_to_ask_for(
    cli: Cli, server: RoutineServer
) -> None:
    page = "<!DOCTYPE html><html><body>neck-desk.yaml</body></html>"
    url = server.serve("/blob/neck-desk.yaml", page, headers={"Content-Type": "text/html"})

    result = cli("add", url)

    assert result.exit_code == 1
    assert "is a web page, not a routine file" in result.stderr


def test_a_server_error_is_one_line(cli: Cli, server: RoutineServer) -> None:
    result = cli("add", server.url("/gone.yaml"))

    assert result.exit_code == 1
    assert result.stderr.strip().endswith("the server answered 404 Not Found")


def test_up_to_three_redirects_are_followed(
    cli: Cli, selfcare_home: Path, server: RoutineServer
) -> None:
    server.serve("/file.yaml", routine_text())
    server.redirect("/c", "/file.yaml", status=308)
    server.redirect("/b", server.url("/c"), status=301)
    first = server.redirect("/a", "b")  # relative to /a

    result = cli("add", first)

    assert result.exit_code == 0, result.output
    assert installed(selfcare_home) == [".sources.json", "neck-desk.yaml"]
    assert sources(selfcare_home)["neck-desk"]["url"] == first  # the link as given


def test_a_redirect_loop_stops_after_three_redirects(
    cli: Cli, selfcare_home: Path, server: RoutineServer
) -> None:
    url = server.redirect("/loop", "/loop")

    result = cli("add", url)

    assert result.exit_code == 1
    assert "redirects more than 3 times" in result.stderr
    assert server.requests == ["/loop"] * 4  # the first request and 3 redirects
    assert installed(selfcare_home) == []


def test_a_server_that_does_not_answer_is_given_up_on_in_time(
    cli: Cli, selfcare_home: Path, server: RoutineServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.5)
    url = server.serve("/slow.yaml", routine_text(), hang=True)

    began = time.monotonic()
    result = cli("add", url)

    assert time.monotonic() - began < 5
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {url} did not answer within 0.5 s; check the " + (
        "link and your connection, then try again"
    )
    assert installed(selfcare_home) == []


def test_a_server_that_sends_a_byte_at_a_time_is_given_up_on_in_time(
    cli: Cli, selfcare_home: Path, server: RoutineServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.5)
    url = server.serve("/drip.yaml", routine_text(), drip=0.05)  # 30 s for the whole file

    began = time.monotonic()
    result = cli("add", url)

    assert time.monotonic() - began < 5
    assert result.exit_code == 1
    assert "did not answer within 0.5 s" in result.stderr
    assert installed(selfcare_home) == []


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/neck.yaml",
        "http://192.168.1.5/neck.yaml",
        "http://127.0.0.1.example.com/neck.yaml",
    ],
)
def test_plain_http_is_refused_except_to_this_computer(url: str) -> None:
    with pytest.raises(SelfcareError, match="is not secure"):
        fetch.check_link(url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/a.yaml", "http://[::1]/a.yaml", "http://localhost/a.yaml"]
)
def test_plain_http_to_this_computer_is_allowed(url: str) -> None:
    fetch.check_link(url)


@pytest.mark.parametrize("url", ["ftp://example.com/a.yaml", "file:///etc/passwd", "https:///a"])
def test_a_link_of_another_kind_is_refused(url: str, cli: Cli) -> None:
    result = cli("add", url)

    assert result.exit_code == 1
    assert "is not a link selfcare can download" in result.stderr


def test_a_redirect_from_https_to_http_is_never_followed() -> None:
    with pytest.raises(SelfcareError, match="which is not https://"):
        fetch.check_redirect("https://clinic.example/a.yaml", "http://127.0.0.1/a.yaml")
    fetch.check_redirect("https://clinic.example/a.yaml", "https://cdn.example/a.yaml")


# --- ids that are taken -----------------------------------------------------------------------


def test_adding_a_built_in_routine_by_its_id_says_it_is_there_already(
    cli: Cli, selfcare_home: Path
) -> None:
    result = cli("add", "low-back")

    assert result.exit_code == 1
    assert "low-back is a routine selfcare already has: start it with selfcare start low-back" in (
        result.stderr
    )


def test_a_built_in_id_needs_force_and_then_the_users_copy_wins(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    text = (BUILTIN_ROUTINES / "low-back-quick.yaml").read_text("utf-8")
    mine = text.replace("Low back, quick: stabilise first", "My clinic's quick version")
    source = write_routine(mine, "low back quick.yaml")

    refused = cli("add", source)
    forced = cli("add", source, "--force")

    assert refused.exit_code == 1
    assert "low-back-quick is the id of a built-in routine" in refused.stderr
    assert f"selfcare add '{source}' --force" in refused.stderr  # quoted, to copy
    assert forced.exit_code == 0, forced.output
    assert "selfcare remove low-back-quick" in forced.stdout
    title, *_, source_cell = table_rows(cli("list", env=WIDE).stdout)["low-back-quick"]
    assert title.startswith("My clinic's quick version")
    assert source_cell == "user (overrides built-in)"


def test_replacing_a_routine_of_the_same_id_is_asked_first(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    assert cli("add", write_routine(routine_text(hold=10), "a.yaml")).exit_code == 0
    target = selfcare_home / "routines" / "neck-desk.yaml"
    newer = write_routine(routine_text(hold=15, version="1.1"), "b.yaml")

    declined = cli("add", newer, input="n\n")
    unanswered = cli("add", newer, input="")
    kept = target.read_text("utf-8")
    accepted = cli("add", newer, input="y\n")

    assert declined.exit_code == 0, declined.output
    assert "Drawing-in: hold 10 s → 15 s" in declined.stdout
    assert "version: 1.0 → 1.1" in declined.stdout
    assert "Kept your neck-desk as it was" in declined.stdout
    assert unanswered.exit_code == 1
    assert "add --yes to go ahead without asking" in unanswered.stderr
    assert kept == routine_text(hold=10)
    assert accepted.exit_code == 0, accepted.output
    assert "Replaced neck-desk" in accepted.stdout
    assert target.read_text("utf-8") == routine_text(hold=15, version="1.1")


def test_yes_replaces_without_asking_and_the_same_file_again_changes_nothing(
    cli: Cli, selfcare_home: Path, write_routine: RoutineWriter
) -> None:
    folder = selfcare_home / "routines"
    folder.mkdir(parents=True)
    (folder / "neck-desk.yml").write_text(routine_text(hold=5), "utf-8")  # saved by hand
    source = write_routine(routine_text(hold=15))

    replaced = cli("add", source, "--yes")
    again = cli("add", source)

    assert replaced.exit_code == 0, replaced.output
    assert installed(selfcare_home) == ["neck-desk.yaml"]  # the .yml would have hidden it
    assert again.exit_code == 0, again.output
    assert "already in your routines, exactly as this file" in again.stdout


def test_add_speaks_japanese(cli: Cli, write_routine: RoutineWriter) -> None:
    result = cli("add", write_routine(routine_text()), "--lang", "ja")

    assert result.exit_code == 0, result.output
    assert "始めるには: selfcare start neck-desk" in result.stdout


# --- list -------------------------------------------------------------------------------------


def test_list_ends_with_the_users_folder_and_quotes_what_it_gives_to_copy(
    cli: Cli, tmp_path: Path
) -> None:
    home = tmp_path / "my home"
    folder = home / "routines"
    folder.mkdir(parents=True)
    (folder / "neck-desk (1).yaml").write_text(routine_text(), "utf-8")  # id-mismatch

    result = cli("list", env={**WIDE, "SELFCARE_HOME": str(home)})

    assert result.exit_code == 0, result.output
    assert f"run `selfcare validate '{folder}/neck-desk (1).yaml'`" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == f"Your routines folder: '{folder}'"
