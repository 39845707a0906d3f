"""The message catalogue: every message in both languages, with the same blanks to fill in."""

from __future__ import annotations

from string import Formatter

import pytest

from selfcare.i18n.language import LANGUAGES, set_language, t
from selfcare.i18n.messages import MESSAGES


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
    assert t("library.unknown_id", id="x", in_lang="ja") == japanese


def test_an_unknown_language_falls_back_to_english() -> None:
    set_language("fr")

    assert t("list.title") == "Routines"
    assert LANGUAGES == ("en", "ja")
