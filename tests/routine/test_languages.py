"""Language codes in a routine: codes no one is shown are errors naming the code meant; a
routine may declare its languages, which its texts should have and which the session and the
handout then speak throughout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import SAMPLE_ROUTINE
from selfcare.routine.diagnostics import Rule, Severity
from selfcare.routine.discovery import check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.languages import ISO_639_1, is_unknown, meant_language

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

JAPANESE_TITLE = "title: {en: Sample routine, ja: サンプル}"
START = ("--yes", "--plain", "--speed", "1000", "--no-sound")


def variant(*edits: tuple[str, str]) -> str:
    text = SAMPLE_ROUTINE
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def declaring(languages: str) -> str:
    """The sample with a Japanese title, declaring `languages`."""
    return variant(("title: Sample routine", f"languages: {languages}\n{JAPANESE_TITLE}"))


@pytest.mark.parametrize(
    ("code", "meant"),
    [("jp", "ja"), ("jpn", "ja"), ("ja-JP", "ja"), ("eng", "en"), ("en-US", "en"), ("en-GB", "en")],
)
def test_a_code_meant_for_english_or_japanese_is_an_error_naming_the_one_meant(
    code: str, meant: str, write_routine: RoutineWriter
) -> None:
    text = variant(("title: Sample routine", f"title: {{{code}: Sample routine}}"))

    checked = check_file(write_routine(text))

    (problem,) = checked.diagnostics
    assert (problem.rule, problem.severity) == (Rule.UNKNOWN_LANGUAGE, Severity.ERROR)
    assert problem.message.endswith(f"did you mean {meant}?")
    assert checked.routine is None


@pytest.mark.parametrize("code", ["fr", "pt-BR", "zh-Hant", "fil"])
def test_other_languages_may_be_carried_along(code: str, write_routine: RoutineWriter) -> None:
    text = variant(("title: Sample routine", f"title: {{en: Sample routine, {code}: Sample}}"))

    assert check_file(write_routine(text)).diagnostics == []


def test_a_country_code_that_is_no_language_says_what_to_write(
    write_routine: RoutineWriter,
) -> None:
    text = variant(("title: Sample routine", "title: {en: Sample routine, xx: Sample}"))

    (problem,) = check_file(write_routine(text)).diagnostics

    assert problem.rule == Rule.UNKNOWN_LANGUAGE
    assert "'xx' is not a language code" in problem.message
    assert "write en or ja" in problem.message


def test_jp_no_longer_passes_validate_strict(cli: Cli, write_routine: RoutineWriter) -> None:
    text = variant(
        ("title: Sample routine", "title: {en: Sample routine, jp: サンプル}"),
        ("name: Drawing-in", "name: {en: Drawing-in, jp: ドローイン}"),
    )

    result = cli("validate", "--strict", write_routine(text))

    assert result.exit_code == 1
    # the misspelt code is the one problem: it is not also asked of every other text
    assert "2 error(s), 0 warning(s)" in result.stdout


def test_the_language_tables_agree() -> None:
    assert {"en", "ja", "fr", "zh", "ko"} <= ISO_639_1
    assert "jp" not in ISO_639_1
    assert meant_language("ja") is None and meant_language("fr") is None
    assert not is_unknown("en") and not is_unknown("ja") and not is_unknown("pt-BR")


# Declaring the languages


def test_a_routine_declares_its_languages_and_the_schema_knows_the_key(
    write_routine: RoutineWriter,
) -> None:
    checked = check_file(write_routine(declaring("[ja, en]")))

    assert checked.diagnostics == []
    assert checked.routine is not None
    assert checked.routine.languages == ("ja", "en")
    assert json_schema()["properties"]["languages"]["items"] == {"enum": ["en", "ja"]}


def test_a_text_map_without_a_declared_language_gets_a_warning(
    write_routine: RoutineWriter,
) -> None:
    text = variant(
        ("title: Sample routine", "languages: [en, ja]\ntitle: {en: Sample routine}"),
    )

    (problem,) = check_file(write_routine(text)).diagnostics

    assert (problem.rule, problem.severity) == (Rule.MISSING_TRANSLATION, Severity.WARNING)
    assert problem.message == (
        "this text has no ja version, though the routine declares ja in languages"
    )


def test_a_language_beyond_the_declared_ones_is_not_asked_of_every_text(
    write_routine: RoutineWriter,
) -> None:
    text = variant(
        ("title: Sample routine", f"languages: [ja]\n{JAPANESE_TITLE}"),
        ("name: Drawing-in", "name: {ja: ドローイン}"),
    )

    assert check_file(write_routine(text)).diagnostics == []


@pytest.mark.parametrize(
    ("languages", "rule", "words"),
    [
        ("[jp]", Rule.UNKNOWN_LANGUAGE, "did you mean ja?"),
        ("[fr]", Rule.BAD_LANGUAGE, "'fr' cannot be declared: selfcare speaks en, ja"),
        ("[ja, ja]", Rule.BAD_LANGUAGE, "this language is already listed"),
        ("[]", Rule.BAD_LANGUAGE, "list at least one language"),
        ("ja", Rule.WRONG_TYPE, "expected a list"),
    ],
)
def test_only_languages_selfcare_speaks_can_be_declared(
    languages: str, rule: Rule, words: str, write_routine: RoutineWriter
) -> None:
    (problem,) = check_file(write_routine(declaring(languages))).diagnostics

    assert problem.rule == rule
    assert words in problem.message


# The language the session and the handout speak


def routine_in_japanese(write_routine: RoutineWriter, languages: str = "[ja]") -> Path:
    return write_routine(declaring(languages))


def test_show_speaks_the_routines_language_when_the_persons_is_not_declared(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", routine_in_japanese(write_routine), "--lang", "en", "--plain")

    assert result.exit_code == 0, result.output
    assert "サンプル" in result.stdout
    assert "安定させる運動" in result.stdout and "予定時間" in result.stdout  # the program's words
    assert "Stabilise" not in result.stdout and "Planned time" not in result.stdout


def test_show_json_says_which_language_it_used(cli: Cli, write_routine: RoutineWriter) -> None:
    result = cli("show", routine_in_japanese(write_routine), "--lang", "en", "--json")

    assert json.loads(result.stdout)["lang"] == "ja"


@pytest.mark.parametrize(("languages", "lang"), [("[en, ja]", "ja"), ("[ja, en]", "en")])
def test_a_declared_language_of_the_person_is_kept(
    languages: str, lang: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    path = routine_in_japanese(write_routine, languages)

    result = cli("show", path, "--lang", lang, "--json")

    assert json.loads(result.stdout)["lang"] == lang


def test_a_routine_that_declares_nothing_follows_the_person(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    path = write_routine(variant(("title: Sample routine", JAPANESE_TITLE)))

    result = cli("show", path, "--lang", "en", "--plain")

    assert "Sample routine" in result.stdout and "Stabilise" in result.stdout


def test_a_session_speaks_the_routines_language_throughout(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("start", routine_in_japanese(write_routine), *START, "--lang", "en")

    assert result.exit_code == 0, result.output
    assert "== 安定させる運動 ==" in result.stdout
    assert "Stabilise" not in result.stdout


def test_the_handout_speaks_the_routines_language_and_is_named_for_it(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    result = cli("export", routine_in_japanese(write_routine), "--lang", "en", "--out", tmp_path)

    assert result.exit_code == 0, result.output
    handout = (tmp_path / "sample-ja.html").read_text("utf-8")
    assert '<html lang="ja"' in handout
    assert "安定させる運動" in handout and "Stabilise" not in handout
