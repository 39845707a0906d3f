"""The message catalogue: every message in both languages, with the same blanks to fill in."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from string import Formatter

import pytest

import selfcare
from selfcare.i18n.language import LANGUAGES, set_language, t
from selfcare.i18n.messages import MESSAGES
from selfcare.routine.text import localize

SOURCE = Path(selfcare.__file__).parent


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("message_id", sorted(MESSAGES))
def test_a_message_has_english_and_japanese_with_the_same_placeholders(message_id: str) -> None:
    en, ja = MESSAGES[message_id]

    assert en.strip(), f"{message_id} has no English"
    assert ja.strip(), f"{message_id} has no Japanese"
    assert placeholders(en) == placeholders(ja), message_id


def test_the_japanese_catalogue_is_not_a_copy_of_the_english_one() -> None:
    copied = [
        key for key, (en, ja) in MESSAGES.items() if en == ja and any(c.isalpha() for c in en)
    ]

    # ids, code words and placeholders alone may be the same in both languages
    assert all(len(MESSAGES[key][0]) <= 12 for key in copied), copied


def test_a_message_is_given_in_the_current_language_with_its_values_filled_in() -> None:
    set_language("ja")
    japanese = t("library.unknown_id", id="x")
    set_language("en")

    assert japanese == "'x' という名前のルーティンはありません。"
    assert t("library.unknown_id", id="x") == "no routine called 'x'."
    set_language("ja")
    assert t("library.unknown_id", id="x") == japanese


def test_routine_text_and_the_programs_own_words_follow_the_one_switch() -> None:
    text = {"en": "Bridge", "ja": "ブリッジ"}

    set_language("ja")
    japanese = (localize(text), t("words.seconds", n=5))
    set_language("en")

    assert japanese == ("ブリッジ", "5秒")
    assert (localize(text), t("words.seconds", n=5)) == ("Bridge", "5 s")


def test_no_function_but_the_command_line_takes_a_language_parameter() -> None:
    offenders = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = node.args.args + node.args.kwonlyargs + node.args.posonlyargs
                names = {argument.arg for argument in arguments}
                # The command line (cli.py, and the history group's commands) reads --lang and
                # sets the language: the one place it enters; set_language is the switch, and
                # the record stores the language as data.
                command_line = path.name in ("cli.py", "history_group.py")
                exempt = command_line or node.name in {"set_language", "begin_session"}
                if names & {"lang", "in_lang", "language"} and not exempt:
                    offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno} {node.name}")
    assert offenders == []


def message_calls() -> list[tuple[str, ast.Call]]:
    """Every call of t() in the source, with the file it is in."""
    calls = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
            ):
                calls.append((str(path.relative_to(SOURCE)), node))
    return calls


def test_every_message_key_the_program_asks_for_exists() -> None:
    missing = [
        (where, call.args[0].value)
        for where, call in message_calls()
        if isinstance(call.args[0], ast.Constant) and call.args[0].value not in MESSAGES
    ]
    assert missing == []


def test_every_message_key_kept_in_a_table_exists() -> None:
    # Keys also live in tables (status names, red-flag tiers, a field's message): any text in
    # the source shaped like a key of a known family must be one.
    families = {key.split(".")[0] for key in MESSAGES}
    shape = re.compile(r"[a-z_]+\.[a-z0-9_-]+")
    file_names = {"history.sqlite3"}
    unknown = [
        f"{path.relative_to(SOURCE)}:{node.lineno} {node.value}"
        for path in SOURCE.rglob("*.py")
        if not path.name.endswith("_messages.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and shape.fullmatch(node.value)
        and node.value.split(".")[0] in families
        and node.value not in MESSAGES | dict.fromkeys(file_names)
    ]
    assert unknown == []


def test_message_keys_are_never_pieced_together() -> None:
    # Keys made with f-strings cannot be checked; tables of whole keys can.
    pieced = [where for where, call in message_calls() if isinstance(call.args[0], ast.JoinedStr)]
    assert pieced == []


def test_every_message_in_the_catalogue_is_used() -> None:
    written = {
        node.value
        for path in SOURCE.rglob("*.py")
        if not path.name.endswith("_messages.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert sorted(set(MESSAGES) - written) == []


def test_an_unknown_language_falls_back_to_english() -> None:
    set_language("fr")

    assert t("list.title") == "Routines"
    assert LANGUAGES == ("en", "ja")
