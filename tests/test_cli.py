"""The commands as a user runs them: exit codes, what is printed, and the --json shapes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
import yaml

from conftest import BUILTIN_ROUTINES, REPO, SAMPLE_ROUTINE, localized, table_rows
from selfcare import __version__
from selfcare.cli import app
from selfcare.commands.options import complete_routine_ids
from selfcare.i18n.language import detect_language
from selfcare.paths import builtin_routines
from selfcare.routine.discovery import check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.model import Routine
from selfcare.routine.plan import plan_session
from selfcare.routine.wording import clock, duration_words

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

WIDE = {"COLUMNS": "250"}  # wide enough that no table cell wraps
DIAGNOSTIC_KEYS = {"path", "line", "column", "severity", "rule", "message"}
SEGMENT_KEYS = {"phase", "step", "kind", "side", "set", "rep", "seconds"}
SEGMENT_KINDS = {"get-ready", "work", "rest", "switch"}


def flat(text: str) -> str:
    """`text` with every run of whitespace made one space, so wrapped lines read as one."""
    return " ".join(text.split())


def builtin(routine_id: str) -> Routine:
    routine = check_file(BUILTIN_ROUTINES / f"{routine_id}.yaml").routine
    assert routine is not None
    return routine


def sample_with_id(routine_id: str, title: str = "Sample routine") -> str:
    return SAMPLE_ROUTINE.replace("id: sample", f"id: {routine_id}").replace(
        "title: Sample routine", f"title: {title}"
    )


def line_of(text: str, needle: str) -> int:
    """The 1-based number of the one line of `text` that contains `needle`."""
    lines = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(lines) == 1, f"{needle!r} is on {len(lines)} lines"
    return lines[0]


def user_routines(home: Path) -> Path:
    folder = home / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- list -------------------------------------------------------------------------------------


def test_list_shows_each_built_in_routine_with_its_time_phases_and_source(cli: Cli) -> None:
    result = cli("list", env=WIDE)

    assert result.exit_code == 0, result.output
    rows = table_rows(result.stdout)
    assert set(rows) == {"low-back", "low-back-quick", "pelvic-girdle-care"}
    low_back = builtin("low-back")
    title, version, time, phases, source = rows["low-back"]
    assert title == localized(low_back.title, "en")
    assert version == low_back.version == "1.0"
    assert time == clock(plan_session(low_back).total_seconds)
    assert phases == "prepare → stabilize → loosen → cooldown"
    assert source == "built-in"


def test_list_shows_a_user_routine_with_its_phase_chain(cli: Cli, selfcare_home: Path) -> None:
    (user_routines(selfcare_home) / "sample.yaml").write_text(SAMPLE_ROUTINE, "utf-8")

    result = cli("list", env=WIDE)

    assert result.exit_code == 0, result.output
    assert table_rows(result.stdout)["sample"] == [
        "Sample routine",
        "",  # no version
        "4:08",
        "stabilize → loosen",
        "user",
    ]


def test_list_json_gives_id_title_total_source_and_path_for_each_routine(cli: Cli) -> None:
    result = cli("list", "--json")

    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == ["low-back", "low-back-quick", "pelvic-girdle-care"]
    for row in rows:
        assert {"id", "title", "total_seconds", "source", "path"} <= set(row)
        routine = builtin(row["id"])
        assert row["total_seconds"] == plan_session(routine).total_seconds
        assert row["source"] == "built-in"
        assert Path(row["path"]) == builtin_routines() / f"{row['id']}.yaml"


def test_a_user_routine_overrides_the_built_in_one_and_list_shows_which_won(
    cli: Cli, selfcare_home: Path
) -> None:
    mine = (BUILTIN_ROUTINES / "low-back-quick.yaml").read_text("utf-8")
    mine = mine.replace("Low back, quick: stabilise first", "My clinic's quick version")
    path = user_routines(selfcare_home) / "low-back-quick.yaml"
    path.write_text(mine, "utf-8")

    text = cli("list", env=WIDE)
    rows = {row["id"]: row for row in json.loads(cli("list", "--json").stdout)}

    title, _, _, _, source = table_rows(text.stdout)["low-back-quick"]
    assert title.startswith("My clinic's quick version")
    assert source == "user (overrides built-in)"
    assert rows["low-back-quick"]["source"] == "user"
    assert rows["low-back-quick"]["path"] == str(path)
    assert rows["low-back-quick"]["overrides"] == ["built-in"]
    assert rows["low-back"]["source"] == "built-in"


def test_a_folder_from_the_command_line_overrides_the_environment_and_the_user_folder(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    (user_routines(selfcare_home) / "sample.yaml").write_text(sample_with_id("sample", "Mine"))
    env_folder = tmp_path / "env-folder"
    env_folder.mkdir()
    (env_folder / "sample.yaml").write_text(sample_with_id("sample", "From env"))
    cli_folder = tmp_path / "cli-folder"
    cli_folder.mkdir()
    (cli_folder / "sample.yaml").write_text(sample_with_id("sample", "From option"))

    only_env = cli("list", "--json", env={"SELFCARE_ROUTINES_PATH": str(env_folder)})
    both = cli(
        "list",
        "--json",
        "--routines-dir",
        cli_folder,
        env={"SELFCARE_ROUTINES_PATH": str(env_folder)},
    )

    def sample_row(output: str) -> dict[str, Any]:
        return next(row for row in json.loads(output) if row["id"] == "sample")

    assert (sample_row(only_env.stdout)["title"], sample_row(only_env.stdout)["source"]) == (
        "From env",
        "folder",
    )
    assert sample_row(both.stdout)["title"] == "From option"
    assert sample_row(both.stdout)["overrides"] == ["user", "folder"]


def test_an_invalid_user_routine_is_listed_as_invalid_with_a_hint_and_list_still_succeeds(
    cli: Cli, selfcare_home: Path
) -> None:
    (user_routines(selfcare_home) / "broken.yaml").write_text("format: selfcare/1\nid: broken\n")

    text = cli("list", env=WIDE)
    rows = {row["id"]: row for row in json.loads(cli("list", "--json").stdout)}

    assert text.exit_code == 0, text.output
    title, _, time, _, source = table_rows(text.stdout)["broken"]
    assert title.startswith("invalid: run `selfcare validate ")
    assert "broken.yaml" in title
    assert (time, source) == ("", "user")
    assert {"low-back", "low-back-quick"} <= set(table_rows(text.stdout))
    assert rows["broken"]["valid"] is False
    assert rows["broken"]["total_seconds"] is None


def test_list_headers_are_japanese_with_lang_ja(cli: Cli) -> None:
    result = cli("list", "--lang", "ja", env=WIDE)

    assert result.exit_code == 0, result.output
    for header in ("タイトル", "時間", "フェーズ", "場所"):
        assert header in result.stdout
    assert table_rows(result.stdout)["low-back"][-1] == "組み込み"
    assert localized(builtin("low-back").title, "ja") in result.stdout


# --- show -------------------------------------------------------------------------------------


def test_show_describes_who_it_fits_cautions_phases_steps_and_doses(cli: Cli) -> None:
    result = cli("show", "low-back")

    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    low_back = builtin("low-back")
    assert "Who it fits" in text
    assert flat(localized(low_back.fits[0], "en")) in text
    assert "Cautions" in text
    assert flat(localized(low_back.cautions[0], "en")) in text
    assert f"Planned time: {duration_words(plan_session(low_back).total_seconds)}" in text
    assert "if loosening is not needed" in text
    # drawing-in: hold 10, reps 10, rest 3; bird-dog (level 1: leg only) is done on each side
    assert "Abdominal drawing-in 10 s × 10, rest 3 s" in text
    assert "Bird-dog, leg only 5 s × 5, rest 3 s, each side" in text
    assert "Only if still needed:" in text
    stabilize = next(phase for phase in low_back.phases if phase.kind == "stabilize")
    assert flat(localized(stabilize.why, "en")) in text
    drawing_in = stabilize.steps[0]
    assert flat(localized(drawing_in.position, "en")) in text
    assert flat(localized(drawing_in.mistakes[0], "en")) in text
    assert text.index("Build support") < text.index("Knee-to-chest stretch")


def test_show_json_has_the_plan_and_a_timeline_whose_seconds_add_up_to_the_total(
    cli: Cli,
) -> None:
    result = cli("show", "low-back", "--json")

    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert {"id", "title", "lang", "total_seconds", "phases", "timeline"} <= set(plan)
    assert (plan["id"], plan["lang"]) == ("low-back", "en")
    assert plan["total_seconds"] == sum(segment["seconds"] for segment in plan["timeline"])
    assert plan["total_seconds"] == sum(
        step["seconds"] for phase in plan["phases"] for step in phase["steps"]
    )
    assert [phase["kind"] for phase in plan["phases"]] == [
        "prepare",
        "stabilize",
        "loosen",
        "cooldown",
    ]
    for phase in plan["phases"]:
        assert {"kind", "title", "steps"} <= set(phase)
        for step in phase["steps"]:
            assert {"id", "name", "seconds"} <= set(step)
    for segment in plan["timeline"]:
        assert set(segment) >= SEGMENT_KEYS
    assert {segment["kind"] for segment in plan["timeline"]} <= SEGMENT_KINDS
    assert {"get-ready", "work", "rest", "switch"} == {s["kind"] for s in plan["timeline"]}
    bird_dog_sides = {s["side"] for s in plan["timeline"] if s["step"] == "bird-dog"}
    assert bird_dog_sides == {None, "left", "right"}


def test_show_json_in_japanese_gives_japanese_titles(cli: Cli) -> None:
    plan = json.loads(cli("show", "low-back-quick", "--json", "--lang", "ja").stdout)

    assert plan["lang"] == "ja"
    assert plan["title"] == localized(builtin("low-back-quick").title, "ja")
    stabilize = next(phase for phase in plan["phases"] if phase["kind"] == "stabilize")
    assert stabilize["steps"][0]["name"] == "ドローイン"


def test_show_in_japanese_uses_japanese_labels_and_doses(cli: Cli) -> None:
    result = cli("show", "low-back", "--lang", "ja")

    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert "こんな方に" in text
    assert "予定時間" in text
    assert "10秒 × 10回、休憩 3秒" in text
    assert "左右それぞれ" in text


def test_show_an_unknown_id_exits_1_and_suggests_close_ids(cli: Cli) -> None:
    result = cli("show", "low-bak")

    assert result.exit_code == 1
    assert "no routine called 'low-bak'" in result.stderr
    assert "Did you mean: low-back" in result.stderr
    assert result.stdout == ""


def test_show_an_id_that_is_a_path_escape_is_not_found(cli: Cli) -> None:
    result = cli("show", "../../x")

    assert result.exit_code == 1
    assert "no routine called '../../x'" in result.stderr


def test_show_reads_a_routine_from_a_yaml_path(cli: Cli, write_routine: RoutineWriter) -> None:
    path = write_routine(SAMPLE_ROUTINE)

    result = cli("show", path)

    assert result.exit_code == 0, result.output
    assert "Sample routine" in result.stdout
    assert "Drawing-in 10 s × 10, rest 3 s" in flat(result.stdout)


def test_show_a_missing_yaml_path_exits_1(cli: Cli, tmp_path: Path) -> None:
    result = cli("show", tmp_path / "nowhere.yaml")

    assert result.exit_code == 1
    assert "no routine file at" in result.stderr


def test_show_an_invalid_routine_prints_its_problems_and_exits_1(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = SAMPLE_ROUTINE.replace("reps: 10", "reps: ten")
    path = write_routine(text)

    result = cli("show", path)

    assert result.exit_code == 1
    assert f"{path}:{line_of(text, 'reps: ten')}:15:" in result.stderr
    assert "error[wrong-type]" in result.stderr
    assert "selfcare validate" in result.stderr


# --- validate ---------------------------------------------------------------------------------


def test_validate_the_built_in_folder_finds_no_problems(cli: Cli) -> None:
    result = cli("validate", BUILTIN_ROUTINES, "--strict")

    assert result.exit_code == 0, result.output
    assert "3 file(s) checked: 0 error(s), 0 warning(s)" in result.stdout


def test_validate_exits_1_on_an_error_and_prints_one_compiler_style_line(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = SAMPLE_ROUTINE.replace("hold: 10", "hold: 10x")
    path = write_routine(text)

    result = cli("validate", path)

    assert result.exit_code == 1
    line = line_of(text, "hold: 10x")
    assert result.stdout.splitlines()[0] == (
        f"{path}:{line}:15: error[bad-duration] '10x' is not a duration: "
        "write seconds (10) or a text such as 10s, 1m or 1m30s"
    )


def test_validate_passes_warnings_unless_strict(cli: Cli, write_routine: RoutineWriter) -> None:
    text = SAMPLE_ROUTINE.replace("hold: 20", "hold: 150")
    path = write_routine(text)

    relaxed = cli("validate", path)
    strict = cli("validate", "--strict", path)

    assert relaxed.exit_code == 0
    assert f"{path}:{line_of(text, 'hold: 150')}:15: warning[long-hold]" in relaxed.stdout
    assert "0 error(s), 1 warning(s)" in relaxed.stdout
    assert strict.exit_code == 1


def test_validate_json_lists_every_problem_with_its_place_rule_and_message(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = SAMPLE_ROUTINE.replace("hold: 10", "hold: 10x").replace("hold: 20", "hold: 150")
    path = write_routine(text)

    result = cli("validate", "--json", path)

    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert all(set(problem) == DIAGNOSTIC_KEYS for problem in problems)
    assert [(p["line"], p["severity"], p["rule"]) for p in problems] == [
        (line_of(text, "hold: 10x"), "error", "bad-duration"),
        (line_of(text, "hold: 150"), "warning", "long-hold"),
    ]
    assert problems[0]["path"] == str(path)
    assert problems[0]["column"] == 15
    assert "10x" in problems[0]["message"]


def test_validate_json_of_a_good_file_is_an_empty_list(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("validate", "--json", write_routine(SAMPLE_ROUTINE))

    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_validate_a_folder_checks_every_routine_file_in_it(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "clinic"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.yaml").write_text(sample_with_id("good"))
    (folder / "nested" / "bad.yml").write_text(sample_with_id("bad").replace("reps: 10", "reps: 0"))
    (folder / "notes.txt").write_text("not a routine")

    result = cli("validate", "--json", folder)

    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert [(Path(p["path"]).name, p["rule"]) for p in problems] == [("bad.yml", "bad-dose")]
    assert "2 file(s) checked" in cli("validate", folder).stdout


def test_validate_a_missing_path_or_an_empty_folder_is_an_error(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()

    missing = cli("validate", tmp_path / "missing.yaml")
    empty = cli("validate", tmp_path / "empty")

    assert missing.exit_code == 1
    assert "no such file or folder" in missing.stdout
    assert empty.exit_code == 1
    assert "no .yaml or .yml files" in empty.stdout


# --- new --------------------------------------------------------------------------------------


def test_new_writes_a_starter_routine_into_the_user_folder_that_validates_strictly(
    cli: Cli, selfcare_home: Path
) -> None:
    result = cli("new", "my-routine")

    path = selfcare_home / "routines" / "my-routine.yaml"
    assert result.exit_code == 0, result.output
    assert str(path) in result.stdout
    assert path.is_file()
    assert "$schema" in path.read_text("utf-8").splitlines()[0]
    checked = cli("validate", "--strict", path)
    assert checked.exit_code == 0, checked.output
    assert "0 error(s), 0 warning(s)" in checked.stdout
    assert cli("show", "my-routine").exit_code == 0


def test_the_starter_routine_has_stabilize_and_loosen_phases_in_both_languages(
    cli: Cli, selfcare_home: Path
) -> None:
    cli("new", "my-routine")

    routine = check_file(selfcare_home / "routines" / "my-routine.yaml").routine

    assert routine is not None
    assert [str(phase.kind) for phase in routine.phases] == ["stabilize", "loosen"]
    assert isinstance(routine.title, Mapping)
    assert set(routine.title) == {"en", "ja"}


def test_the_starter_routine_points_editors_to_a_schema_file_that_exists(
    cli: Cli, selfcare_home: Path
) -> None:
    cli("new", "my-routine")

    routine = selfcare_home / "routines" / "my-routine.yaml"
    first_line = routine.read_text("utf-8").splitlines()[0]
    relative = first_line.split("$schema=", 1)[1].strip()  # names nothing of this computer
    schema_path = routine.parent / relative

    assert relative == "./routine.schema.json"
    assert json.loads(schema_path.read_text("utf-8")) == json_schema()


def test_new_refuses_to_overwrite_an_existing_routine(cli: Cli, selfcare_home: Path) -> None:
    assert cli("new", "my-routine").exit_code == 0
    path = selfcare_home / "routines" / "my-routine.yaml"
    path.write_text("# my edits\n", "utf-8")

    again = cli("new", "my-routine")

    assert again.exit_code == 1
    assert "already exists" in again.stderr
    assert path.read_text("utf-8") == "# my edits\n"


def test_new_with_out_writes_to_that_file_only(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "drafts" / "clinic-back.yaml"

    result = cli("new", "clinic-back", "--out", target)

    assert result.exit_code == 0, result.output
    assert target.is_file()
    assert not (selfcare_home / "routines" / "clinic-back.yaml").exists()
    assert cli("validate", "--strict", target).exit_code == 0
    assert cli("new", "clinic-back", "--out", target).exit_code == 1


@pytest.mark.parametrize("name", ["draft.yaml", "clinic-back.txt", "clinic-back"])
def test_new_refuses_an_out_file_whose_name_would_not_match_the_id(
    cli: Cli, tmp_path: Path, name: str
) -> None:
    result = cli("new", "clinic-back", "--out", tmp_path / name)

    assert result.exit_code == 1
    assert "--out must name a file called clinic-back.yaml" in result.stderr
    assert list(tmp_path.glob("*clinic*")) + list(tmp_path.glob("draft*")) == []


def test_new_rejects_an_id_that_cannot_be_a_routine_id(cli: Cli, selfcare_home: Path) -> None:
    result = cli("new", "My Routine")

    assert result.exit_code == 1
    assert "'My Routine' is not a valid id" in result.stderr
    assert not (selfcare_home / "routines").exists()


# --- schema -----------------------------------------------------------------------------------


def schema_from_cli(cli: Cli) -> dict[str, Any]:
    result = cli("schema")
    assert result.exit_code == 0, result.output
    schema: dict[str, Any] = json.loads(result.stdout)
    return schema


def test_schema_prints_a_valid_draft_2020_12_json_schema(cli: Cli) -> None:
    schema = schema_from_cli(cli)

    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["required"]) == {"format", "id", "title", "phases"}


@pytest.mark.parametrize("name", ["low-back.yaml", "low-back-quick.yaml"])
def test_the_built_in_routines_validate_against_the_schema(cli: Cli, name: str) -> None:
    validator = jsonschema.Draft202012Validator(schema_from_cli(cli))
    data = yaml.safe_load((BUILTIN_ROUTINES / name).read_text("utf-8"))

    assert list(validator.iter_errors(data)) == []


def test_the_starter_routine_validates_against_the_schema(cli: Cli, selfcare_home: Path) -> None:
    cli("new", "my-routine")
    data = yaml.safe_load((selfcare_home / "routines" / "my-routine.yaml").read_text("utf-8"))

    assert list(jsonschema.Draft202012Validator(schema_from_cli(cli)).iter_errors(data)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("        mistakes:", "        mistake:"),
        ("kind: loosen", "kind: stretch"),
        ("reps: 10", "reps: 1000"),
        ("each_side: true", "each_side: maybe"),
        ("hold: 10", "hold: 0"),
        ("hold: 10", 'hold: ""'),
        ("hold: 10", "hold: 10x"),
    ],
)
def test_the_schema_rejects_what_validate_rejects(
    cli: Cli, write_routine: RoutineWriter, old: str, new: str
) -> None:
    text = SAMPLE_ROUTINE.replace(old, new, 1)
    data = yaml.safe_load(text)

    assert check_file(write_routine(text)).routine is None

    assert not jsonschema.Draft202012Validator(schema_from_cli(cli)).is_valid(data)


def test_the_committed_schema_file_equals_the_schema_command_output(cli: Cli) -> None:
    committed = REPO / "docs" / "routine.schema.json"

    assert committed.read_text("utf-8") == cli("schema").stdout, (
        "docs/routine.schema.json is stale: run `selfcare schema > docs/routine.schema.json`"
    )


@pytest.mark.parametrize("name", ["low-back.yaml", "low-back-quick.yaml"])
def test_the_built_in_routines_point_editors_to_the_committed_schema(name: str) -> None:
    first_line = (BUILTIN_ROUTINES / name).read_text("utf-8").splitlines()[0]

    assert first_line.startswith("# yaml-language-server: $schema=")
    relative = first_line.split("$schema=", 1)[1].strip()
    assert (BUILTIN_ROUTINES / relative).resolve() == REPO / "docs" / "routine.schema.json"


# --- languages --------------------------------------------------------------------------------


def test_selfcare_lang_makes_the_output_japanese(cli: Cli) -> None:
    result = cli("show", "low-back", env={"SELFCARE_LANG": "ja"})

    assert "こんな方に" in result.stdout


def test_a_japanese_locale_makes_the_output_japanese(cli: Cli) -> None:
    result = cli("list", env={"LANG": "ja_JP.UTF-8"})

    assert "タイトル" in result.stdout


def test_the_lang_option_wins_over_selfcare_lang(cli: Cli) -> None:
    result = cli("show", "low-back", "--lang", "en", env={"SELFCARE_LANG": "ja"})

    assert "Who it fits" in result.stdout
    assert "こんな方に" not in result.stdout


def test_errors_are_in_japanese_too(cli: Cli) -> None:
    result = cli("show", "low-bak", "--lang", "ja")

    assert result.exit_code == 1
    assert "'low-bak' という名前のルーティンはありません" in result.stderr


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"SELFCARE_LANG": "ja"}, "ja"),
        ({"SELFCARE_LANG": "JA_jp"}, "ja"),
        ({"SELFCARE_LANG": "en", "LANG": "ja_JP.UTF-8"}, "en"),
        ({"SELFCARE_LANG": "fr", "LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "ja_JP.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "C", "LC_MESSAGES": "ja_JP.UTF-8"}, "ja"),
        ({"LANGUAGE": "ja:en", "LANG": "en_US.UTF-8"}, "ja"),
        ({"LANGUAGE": "", "LANG": "ja_JP.eucJP"}, "ja"),
    ],
)
def test_the_language_comes_from_selfcare_lang_then_the_locale(
    environ: dict[str, str], language: str
) -> None:
    assert detect_language(environ) == language


# --- the app itself ---------------------------------------------------------------------------


def test_version_prints_the_version(cli: Cli) -> None:
    result = cli("--version")

    assert result.exit_code == 0
    assert result.stdout.strip() == f"selfcare {__version__}"


def test_short_help_lists_the_commands(cli: Cli) -> None:
    result = cli("-h")

    assert result.exit_code == 0
    assert "Usage" in result.stdout
    for name in ("list", "show", "validate", "new", "schema"):
        assert name in result.stdout


def test_every_command_has_help(cli: Cli) -> None:
    names = [command.name for command in app.registered_commands]
    assert {"list", "show", "validate", "new", "schema"} <= set(names)

    for command in app.registered_commands:
        assert command.name is not None
        assert command.help, f"{command.name} has no help text"
        result = cli(command.name, "--help")
        assert result.exit_code == 0, result.output
        first_words = " ".join(command.help.split()[:4])
        assert first_words in flat(result.stdout), command.name


def test_completion_offers_routine_ids_that_start_with_what_was_typed(
    selfcare_home: Path,
) -> None:
    (user_routines(selfcare_home) / "lower-body.yaml").write_text(sample_with_id("lower-body"))

    assert complete_routine_ids("low") == ["low-back", "low-back-quick", "lower-body"]
    assert complete_routine_ids("low-back-") == ["low-back-quick"]
    assert complete_routine_ids("zzz") == []


# --- one finder for routine files ------------------------------------------------------------


def test_upper_case_suffixes_are_routine_files_for_every_command(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "from-a-phone"
    (folder / "nested").mkdir(parents=True)
    (folder / "sample.YAML").write_text(sample_with_id("sample", "Upper case"), "utf-8")
    (folder / "nested" / "other.Yml").write_text(sample_with_id("other", "Mixed case"), "utf-8")

    validated = cli("validate", folder)
    listed = json.loads(cli("list", "--json", "--routines-dir", folder).stdout)
    shown = cli("show", folder / "sample.YAML")
    started_by_id = cli("show", "sample", "--routines-dir", folder)

    assert validated.exit_code == 0, validated.output
    assert "2 file(s) checked" in validated.stdout
    assert {row["id"]: row["title"] for row in listed}["sample"] == "Upper case"
    assert shown.exit_code == 0 and "Upper case" in shown.stdout
    assert started_by_id.exit_code == 0 and "Upper case" in started_by_id.stdout


def test_on_a_system_that_is_not_posix_selfcare_says_so_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from selfcare import cli as command_line

    monkeypatch.setattr("os.name", "nt")

    with pytest.raises(SystemExit) as exited:
        command_line.main()

    assert exited.value.code == 1
    assert "Linux and macOS" in capsys.readouterr().err


def test_show_help_names_the_qr_option_with_its_step(cli: Cli) -> None:
    result = cli("show", "--help", env={"COLUMNS": "100"})

    assert result.exit_code == 0, result.output
    assert "--qr STEP" in result.stdout
    assert "QR code" in " ".join(result.stdout.split())


def test_show_qr_of_a_built_in_step_without_a_video_says_so_and_exits_1(cli: Cli) -> None:
    result = cli("show", "low-back", "--qr", "drawing-in")

    assert result.exit_code == 1
    assert "has no video link" in result.stderr
