"""`selfcare new`: a starter for each body area in the languages asked for, `--from` a copy of
another routine, and a built-in's id only with `--force`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import get_args

import pytest
import yaml

from conftest import BUILTIN_ROUTINES, SAMPLE_ROUTINE, Cli
from picture_files import png_bytes
from selfcare import cli as cli_module
from selfcare.commands import new
from selfcare.commands.starter import Languages
from selfcare.routine.discovery import check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.model import Area

AREAS = [area.value for area in Area]
LANGS = [languages.value for languages in Languages]


def routine_at(path: Path) -> dict[str, object]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def comments(path: Path) -> str:
    return "\n".join(line for line in path.read_text("utf-8").splitlines() if "#" in line)


def test_the_command_line_offers_exactly_the_areas_and_languages_there_are() -> None:
    assert list(get_args(cli_module.StarterArea)) == AREAS
    assert list(get_args(cli_module.StarterLanguages)) == LANGS


@pytest.mark.parametrize("languages", LANGS)
@pytest.mark.parametrize("area", AREAS)
def test_every_starter_passes_validate_strict_and_fits_its_area(
    cli: Cli, selfcare_home: Path, area: str, languages: str
) -> None:
    result = cli("new", "my-routine", "--area", area, "--lang", languages)

    path = selfcare_home / "routines" / "my-routine.yaml"
    assert result.exit_code == 0, result.output
    checked = cli("validate", "--strict", path)
    assert checked.exit_code == 0, checked.output
    assert "0 error(s), 0 warning(s)" in checked.stdout
    routine = check_file(path).routine
    assert routine is not None
    assert routine.area is Area(area)
    assert [str(phase.kind) for phase in routine.phases] == ["stabilize", "loosen"]
    texts = [routine.title, *routine.fits, *routine.cautions]
    wanted = {"en", "ja"} if languages == "both" else None
    for text in texts:
        if wanted is None:
            assert isinstance(text, str)
        else:
            assert isinstance(text, Mapping) and set(text) == wanted
    assert cli("show", "my-routine").exit_code == 0


def test_each_area_gets_its_own_exercises(cli: Cli, selfcare_home: Path) -> None:
    steps = {}
    for area in AREAS:
        cli("new", f"for-{area}", "--area", area)
        routine = check_file(selfcare_home / "routines" / f"for-{area}.yaml").routine
        assert routine is not None
        steps[area] = tuple(step.id for _, step in routine.steps())

    assert len(set(steps.values())) == len(AREAS)
    assert steps["neck-shoulder"] == ("chin-tuck", "shoulder-rolls")
    # for pregnancy: nothing on the back, the knees together
    pelvic = (selfcare_home / "routines" / "for-pelvic-girdle.yaml").read_text("utf-8")
    assert "On your back" not in pelvic and "knees together" in pelvic


def test_english_only_and_japanese_only_starters_have_their_comments_in_that_language(
    cli: Cli, selfcare_home: Path
) -> None:
    cli("new", "english", "--lang", "en")
    japanese = cli("new", "japanese", "--lang", "ja")

    folder = selfcare_home / "routines"
    assert "seconds to get into position before each step" in comments(folder / "english.yaml")
    assert "各ステップの前に姿勢を整える秒数" in comments(folder / "japanese.yaml")
    assert "を書き出しました" in japanese.stdout  # the messages follow --lang too
    assert routine_at(folder / "japanese.yaml")["title"] == "私のルーティン"


def test_a_japanese_only_starter_declares_it_and_reads_in_japanese_for_an_english_client(
    cli: Cli, selfcare_home: Path
) -> None:
    cli("new", "japanese", "--lang", "ja", "--area", "neck-shoulder")

    assert routine_at(selfcare_home / "routines" / "japanese.yaml")["languages"] == ["ja"]
    shown = cli("show", "japanese", "--plain", "--lang", "en").stdout
    assert "予定時間" in shown and "Planned time" not in shown  # never English words over it


def test_a_starter_in_both_languages_has_comments_in_the_language_of_messages(
    cli: Cli, selfcare_home: Path
) -> None:
    cli("new", "both-en")
    cli("new", "both-ja", env={"SELFCARE_LANG": "ja"})

    folder = selfcare_home / "routines"
    assert "shown before starting" in comments(folder / "both-en.yaml")
    assert "開始前に表示されます" in comments(folder / "both-ja.yaml")
    assert routine_at(folder / "both-ja.yaml")["title"] == {
        "en": "My routine",
        "ja": "私のルーティン",
    }


def test_the_schema_hint_is_relative_and_the_schema_is_written_beside_the_routine(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "drafts" / "clinic-neck.yaml"

    result = cli("new", "clinic-neck", "--out", target, "--area", "neck-shoulder")

    assert result.exit_code == 0, result.output
    first_line = target.read_text("utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=./routine.schema.json"
    assert str(tmp_path) not in target.read_text("utf-8")  # nothing of this computer
    schema = json.loads((target.parent / "routine.schema.json").read_text("utf-8"))
    assert schema == json_schema()
    assert list(validate_starter_against(schema, target)) == []


def validate_starter_against(schema: dict[str, object], path: Path) -> list[str]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    return [error.message for error in validator.iter_errors(routine_at(path))]


def test_not_on_a_terminal_the_area_is_general(cli: Cli, selfcare_home: Path) -> None:
    result = cli("new", "my-routine")

    assert result.exit_code == 0, result.output
    assert "Which body area" not in result.stdout
    assert routine_at(selfcare_home / "routines" / "my-routine.yaml")["area"] == "general"


@pytest.mark.parametrize(
    ("answer", "area"), [("3\n", "neck-shoulder"), ("x\npelvic-girdle\n", "pelvic-girdle")]
)
def test_on_a_terminal_the_area_is_asked_for(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch, answer: str, area: str
) -> None:
    monkeypatch.setattr(new, "is_terminal", lambda: True)

    result = cli("new", "my-routine", input=answer)

    assert result.exit_code == 0, result.output
    assert "Which body area is the routine for?" in result.stdout
    assert "3. neck-shoulder: neck and shoulders" in result.stdout
    assert routine_at(selfcare_home / "routines" / "my-routine.yaml")["area"] == area


def test_quitting_the_area_question_writes_nothing(
    cli: Cli, selfcare_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(new, "is_terminal", lambda: True)

    result = cli("new", "my-routine", input="q\n")

    assert result.exit_code == 1
    assert "No routine written." in result.stderr
    assert not (selfcare_home / "routines").exists()


def test_an_area_that_is_none_of_them_is_refused(cli: Cli, selfcare_home: Path) -> None:
    result = cli("new", "my-routine", "--area", "knee")

    assert result.exit_code == 2
    said = "--area must be low-back, pelvic-girdle, neck-shoulder or general (got 'knee')"
    assert said in result.stderr
    assert not (selfcare_home / "routines").exists()


# --- a built-in's id ---------------------------------------------------------------------------


def test_a_built_in_routines_id_is_refused_without_force(cli: Cli, selfcare_home: Path) -> None:
    result = cli("new", "low-back")

    assert result.exit_code == 1
    assert "'low-back' is a built-in routine's id" in result.stderr
    assert "--force" in result.stderr
    assert not (selfcare_home / "routines").exists()


def test_with_force_a_routine_of_ones_own_takes_a_built_in_routines_place(
    cli: Cli, selfcare_home: Path
) -> None:
    result = cli("new", "low-back", "--force", "--area", "low-back")

    assert result.exit_code == 0, result.output
    listed = {row["id"]: row for row in json.loads(cli("list", "--json").stdout)}
    assert listed["low-back"]["source"] == "user"
    assert listed["low-back"]["overrides"] == ["built-in"]


# --- --from -----------------------------------------------------------------------------------


def test_from_a_built_in_copies_it_with_the_new_id_and_a_schema_hint_beside_it(
    cli: Cli, selfcare_home: Path
) -> None:
    result = cli("new", "my-back", "--from", "low-back")

    path = selfcare_home / "routines" / "my-back.yaml"
    assert result.exit_code == 0, result.output
    original = (BUILTIN_ROUTINES / "low-back.yaml").read_text("utf-8").splitlines()
    copy = path.read_text("utf-8").splitlines()
    assert copy[0] == "# yaml-language-server: $schema=./routine.schema.json"
    changed = [(old, mine) for old, mine in zip(original, copy, strict=True) if old != mine]
    assert changed == [(original[0], copy[0]), ("id: low-back", "id: my-back")]
    assert cli("validate", "--strict", path).exit_code == 0
    copied = check_file(path).routine
    builtin = check_file(BUILTIN_ROUTINES / "low-back.yaml").routine
    assert copied is not None and builtin is not None
    assert copied.phases == builtin.phases and copied.version == builtin.version


def test_from_a_routine_file_with_a_quoted_id_and_no_schema_hint(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "elsewhere" / "clinic.yaml"
    source.parent.mkdir()
    source.write_text(SAMPLE_ROUTINE.replace("id: sample", "id: 'clinic'  # theirs"), "utf-8")

    result = cli("new", "mine", "--from", source)

    path = selfcare_home / "routines" / "mine.yaml"
    assert result.exit_code == 0, result.output
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=./routine.schema.json"
    assert "id: mine  # theirs" in lines
    assert cli("validate", "--strict", path).exit_code == 0


def test_from_copies_the_photos_the_routine_shows(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "clinic"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "drawing-in.png").write_bytes(png_bytes())
    text = SAMPLE_ROUTINE.replace(
        "        hold: 10\n", "        image: photos/drawing-in.png\n        hold: 10\n", 1
    )
    (folder / "clinic.yaml").write_text(text.replace("id: sample", "id: clinic"), "utf-8")

    result = cli("new", "mine", "--from", folder / "clinic.yaml")

    assert result.exit_code == 0, result.output
    copied = selfcare_home / "routines" / "photos" / "drawing-in.png"
    assert copied.read_bytes() == (folder / "photos" / "drawing-in.png").read_bytes()
    assert cli("validate", "--strict", selfcare_home / "routines" / "mine.yaml").exit_code == 0


def test_from_a_routine_that_is_not_there_or_not_valid_writes_nothing(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: selfcare/1\nid: broken\n", "utf-8")

    missing = cli("new", "mine", "--from", "no-such-routine")
    invalid = cli("new", "mine", "--from", broken)

    assert missing.exit_code == invalid.exit_code == 1
    assert "no routine called 'no-such-routine'" in missing.stderr
    assert "broken.yaml" in invalid.stderr
    assert not (selfcare_home / "routines").exists()


def test_from_takes_no_area(cli: Cli, selfcare_home: Path) -> None:
    result = cli("new", "mine", "--from", "low-back", "--area", "general")

    assert result.exit_code == 1
    assert "--from copies the routine" in result.stderr
    assert not (selfcare_home / "routines").exists()


@pytest.mark.parametrize("option", [["--area", "general"], ["--lang", "ja"]])
def test_from_refuses_what_it_would_otherwise_ignore(
    option: list[str], cli: Cli, selfcare_home: Path
) -> None:
    result = cli("new", "mine", "--from", "low-back", *option)

    assert result.exit_code == 1
    assert "is for a new starter" in result.stderr or "新しいひな形用" in result.stderr
    assert not (selfcare_home / "routines" / "mine.yaml").exists()
