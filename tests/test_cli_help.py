"""Help pages and usage errors as a user reads them, in English and in Japanese, at 80 columns."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rich.cells import cell_len

from conftest import LOCALE_VARIABLES, TERMINAL_VARIABLES
from selfcare.cli import app

if TYPE_CHECKING:
    from conftest import Cli

# Every command, `history` (a group, with its own commands) among them.
COMMANDS = [
    *(command.name for command in app.registered_commands if command.name),
    *(group.name for group in app.registered_groups if group.name),
]
PAGES = [(), *((name,) for name in COMMANDS)]  # `selfcare --help`, then each command's
NARROW = {"COLUMNS": "80"}
# Click's own words, which a Japanese help page must not show
CLICK_WORDS = (
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "OPTIONS",
    "COMMAND",
    "ARGS",
    "required",
    "default",
    "Show this message",
    "Show the version",
    "Install completion",
    "Show completion",
)
TYPE_LABEL = re.compile(r"<[a-z|\[\] ]+>")  # Typer's `ROUTINE <str>`, `--limit <int range>`


# The installed command, so that the usage line reads `selfcare`, not `python -m selfcare`
SELFCARE = str(Path(sys.executable).with_name("selfcare"))


def run_selfcare(
    *args: str, environ: dict[str, str], home: Path
) -> subprocess.CompletedProcess[str]:
    """`selfcare ARGS` in a fresh process: help texts are built at import, in its language."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in LOCALE_VARIABLES + TERMINAL_VARIABLES
    }
    env.update({"LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", "SELFCARE_HOME": str(home)})
    env.update(environ)
    return subprocess.run(
        [SELFCARE, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def japanese_help(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], str]:
    """Every help page with SELFCARE_LANG=ja at 80 columns, by the words before --help."""
    home = tmp_path_factory.mktemp("home")
    pages = {}
    for page in PAGES:
        result = run_selfcare(*page, "--help", environ={"SELFCARE_LANG": "ja", **NARROW}, home=home)
        assert result.returncode == 0, result.stderr
        pages[page] = result.stdout
    return pages


def too_wide(text: str) -> list[str]:
    return [line for line in text.splitlines() if cell_len(line) > 80]


# --- help -------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=lambda page: " ".join(page) or "selfcare")
def test_japanese_help_has_no_english_words_from_click(
    japanese_help: dict[tuple[str, ...], str], page: tuple[str, ...]
) -> None:
    text = japanese_help[page]

    assert text.startswith("使い方: selfcare")
    assert "オプション:" in text
    assert [word for word in CLICK_WORDS if word in text] == []
    assert TYPE_LABEL.findall(text) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda page: " ".join(page) or "selfcare")
def test_every_japanese_help_line_fits_80_columns(
    japanese_help: dict[tuple[str, ...], str], page: tuple[str, ...]
) -> None:
    assert too_wide(japanese_help[page]) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda page: " ".join(page) or "selfcare")
def test_every_english_help_line_fits_80_columns(cli: Cli, page: tuple[str, ...]) -> None:
    result = cli(*page, "--help", env=NARROW)

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: selfcare")
    assert too_wide(result.stdout) == []


def test_japanese_help_says_defaults_and_required_arguments_in_japanese(
    japanese_help: dict[tuple[str, ...], str],
) -> None:
    start = "".join(japanese_help[("start",)].split())  # a note may wrap: compare without spaces

    assert "[既定:1.0]" in start
    assert "[必須]" in start
    assert "このヘルプを表示して終了します。" in start
    assert "引数:" in japanese_help[("start",)]
    assert "コマンド:" in japanese_help[()]


def test_a_japanese_locale_alone_makes_the_help_japanese(tmp_path: Path) -> None:
    result = run_selfcare("--help", environ={"LANG": "ja_JP.UTF-8", **NARROW}, home=tmp_path)

    assert result.stdout.startswith("使い方: selfcare [オプション] コマンド [引数]...")


@pytest.mark.parametrize(
    ("page", "usage"),
    [
        ((), "Usage: selfcare [OPTIONS] COMMAND [ARGS]..."),
        (("start",), "Usage: selfcare start [OPTIONS] ROUTINE"),
        (("show",), "Usage: selfcare show [OPTIONS] ROUTINE"),
        (("export",), "Usage: selfcare export [OPTIONS] ROUTINE"),
        (("new",), "Usage: selfcare new [OPTIONS] ID"),
        (("validate",), "Usage: selfcare validate [OPTIONS] PATH..."),
        (("list",), "Usage: selfcare list [OPTIONS]"),
    ],
)
def test_the_usage_line_names_arguments_plainly(
    cli: Cli, page: tuple[str, ...], usage: str
) -> None:
    assert cli(*page, "--help").stdout.splitlines()[0] == usage


def test_the_japanese_usage_line_names_the_argument_plainly(
    japanese_help: dict[tuple[str, ...], str],
) -> None:
    assert (
        japanese_help[("start",)].splitlines()[0] == "使い方: selfcare start [オプション] ROUTINE"
    )


def test_options_show_their_value_and_arguments_their_name_without_a_type(cli: Cli) -> None:
    pages = "\n".join(cli(name, "--help").stdout for name in COMMANDS)

    assert "--speed X " in pages
    assert "--lang [en|ja] " in pages
    assert "--format [html|md|text] " in pages
    assert "--limit N " in pages
    assert "  ROUTINE  A routine id" in pages
    assert TYPE_LABEL.findall(pages) == []


# --- usage errors -----------------------------------------------------------------------------

USAGE_ERRORS = [
    (
        ("start", "low-back", "--speed", "abc"),
        "--speed must be a number, such as 2 or 0.5 (got 'abc')",
        "--speed は 2 や 0.5 のような数で指定してください（指定された値: 'abc'）",
    ),
    (
        ("start", "low-back", "--lang", "fr"),
        "--lang must be en or ja (got 'fr')",
        "--lang には en または ja を指定してください（指定された値: 'fr'）",
    ),
    (
        ("export", "low-back", "--format", "pdf"),
        "--format must be html, md or text (got 'pdf')",
        "--format には html、md または text を指定してください（指定された値: 'pdf'）",
    ),
    (
        ("history", "--limit", "0"),
        "--limit must be a whole number, 1 or more (got '0')",
        "--limit は 1 以上の整数で指定してください（指定された値: '0'）",
    ),
    (
        ("history", "--limit", "many"),
        "--limit must be a whole number, 1 or more (got 'many')",
        "--limit は 1 以上の整数で指定してください（指定された値: 'many'）",
    ),
    (
        ("start", "low-back", "--spede", "2"),
        "no such option: --spede (did you mean --speed?)",
        "--spede というオプションはありません（--speed のことですか？）",
    ),
    (
        ("list", "--colour"),
        "no such option: --colour",
        "--colour というオプションはありません",
    ),
    (
        ("start", "low-back", "--speed"),
        "--speed needs a value",
        "--speed には値を指定してください",
    ),
    (
        ("list", "--json=yes"),
        "--json takes no value",
        "--json は値を取りません",
    ),
    (("start",), "missing ROUTINE", "ROUTINE を指定してください"),
    (
        ("show", "low-back", "extra"),
        "unexpected argument(s): extra",
        "余分な引数があります: extra",
    ),
    (
        ("strat", "low-back"),
        "no such command: strat (did you mean start / status?)",
        "strat というコマンドはありません（start / status のことですか？）",
    ),
    (
        ("frobnicate",),
        "no such command: frobnicate",
        "frobnicate というコマンドはありません",
    ),
]


@pytest.mark.parametrize(("args", "english", "japanese"), USAGE_ERRORS)
def test_a_usage_error_is_said_in_selfcares_words_and_exits_2(
    cli: Cli, args: tuple[str, ...], english: str, japanese: str
) -> None:
    in_english = cli(*args)
    in_japanese = cli(*args, env={"SELFCARE_LANG": "ja"})

    assert (in_english.exit_code, in_japanese.exit_code) == (2, 2)
    assert in_english.stderr.splitlines()[-1] == f"Error: {english}"
    assert in_japanese.stderr.splitlines()[-1] == f"エラー: {japanese}"
    assert "Traceback" not in in_english.output + in_japanese.output


def test_a_usage_error_shows_the_usage_line_and_where_help_is_in_the_users_language(
    cli: Cli,
) -> None:
    in_english = cli("start", "low-back", "--speed", "abc").stderr.splitlines()
    in_japanese = cli("start", "low-back", "--speed", "abc", env={"SELFCARE_LANG": "ja"})

    assert in_english[:2] == [
        "Usage: selfcare start [OPTIONS] ROUTINE",
        "Try 'selfcare start -h' for help.",
    ]
    assert in_japanese.stderr.splitlines()[:2] == [
        "使い方: selfcare start [オプション] ROUTINE",
        "'selfcare start -h' でヘルプを表示できます。",
    ]


def test_the_lang_option_chooses_the_language_of_a_usage_error(cli: Cli) -> None:
    result = cli("start", "low-back", "--lang", "ja", "--speed", "abc")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("エラー: --speed は 2 や 0.5")


def test_a_folder_given_for_a_file_is_named_in_the_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("new", "my-routine", "--out", tmp_path)

    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: --out must be a file, but '{tmp_path}' is a folder"
    )


def test_a_file_given_for_a_folder_is_named_in_the_error(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "routine.yaml"
    file.write_text("", "utf-8")

    result = cli("list", "--routines-dir", file, env={"SELFCARE_LANG": "ja"})

    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"エラー: --routines-dir にはフォルダを指定してください（'{file}' はファイルです）"
    )
