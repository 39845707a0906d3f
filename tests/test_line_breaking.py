"""Wrapping text to a display width by Japanese line-breaking rules (kinsoku shori)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from rich.cells import cell_len

from selfcare.i18n.line_breaking import NO_LINE_END, NO_LINE_START, wrap


def test_a_full_stop_at_the_width_takes_the_character_before_it_to_the_next_line() -> None:
    sentence = "ターミナルで使うセルフケア体操ガイド。先に安定、ほぐすのは必要な場合だけ。"
    # 18 characters fill 36 columns exactly: a plain wrap would start line 2 with 。
    assert wrap(sentence, 36) == [
        "ターミナルで使うセルフケア体操ガイ",
        "ド。先に安定、ほぐすのは必要な場合だ",
        "け。",
    ]


def test_a_full_stop_that_fits_stays_at_the_end_of_its_line() -> None:
    sentence = "ターミナルで使うセルフケア体操ガイド。先に安定、ほぐすのは必要な場合だけ。"

    assert wrap(sentence, 38) == [
        "ターミナルで使うセルフケア体操ガイド。",
        "先に安定、ほぐすのは必要な場合だけ。",
    ]


def test_an_opening_bracket_moves_to_the_line_of_what_it_opens() -> None:
    assert wrap("今日は「ストレッチ」をします", 8) == ["今日は", "「スト", "レッチ」", "をします"]


def test_small_kana_and_the_long_vowel_mark_never_start_a_line() -> None:
    assert wrap("ちょっとまって", 4) == ["ちょ", "っと", "まっ", "て"]
    assert wrap("ルール", 4) == ["ルー", "ル"]


def test_english_words_break_only_at_spaces() -> None:
    assert wrap("stabilise first, then loosen", 12) == ["stabilise", "first, then", "loosen"]


def test_mixed_english_and_japanese_breaks_between_japanese_characters_and_at_spaces() -> None:
    text = "ルーティン id（`selfcare list` 参照）または .yaml ファイルのパス。"

    assert wrap(text, 30) == [
        "ルーティン id（`selfcare list`",
        "参照）または .yaml ファイルの",
        "パス。",
    ]


def test_a_word_wider_than_the_line_is_cut_at_the_width() -> None:
    assert wrap("supercalifragilistic word", 5) == ["super", "calif", "ragil", "istic", "word"]


def test_a_japanese_character_wider_than_the_line_stands_alone() -> None:
    assert wrap("あい", 1) == ["あ", "い"]


def test_spaces_inside_a_line_are_kept_and_spaces_at_a_break_are_dropped() -> None:
    assert wrap("tests.  [default: 1.0]", 30) == ["tests.  [default: 1.0]"]
    assert wrap("tests.  [default: 1.0]", 10) == ["tests.", "[default:", "1.0]"]


def test_line_breaks_in_the_text_are_kept_and_empty_text_has_no_lines() -> None:
    assert wrap("a\n\nb", 10) == ["a", "", "b"]
    assert wrap("", 10) == []


def test_a_width_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="width"):
        wrap("text", 0)


JAPANESE_AND_ENGLISH = st.text(
    alphabet=st.sampled_from("あいうえおっょーカタ漢字abcXYZ12 .,-「」（）。、"), max_size=80
)


@given(text=JAPANESE_AND_ENGLISH, width=st.integers(min_value=2, max_value=40))
def test_wrapping_keeps_every_character_and_never_exceeds_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)

    assert all(cell_len(line) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


@given(
    text=st.text(alphabet=st.sampled_from("あいうかきく漢字。、」ー「ゃっ"), max_size=80),
    width=st.integers(min_value=12, max_value=40),
)
def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opening_bracket(
    text: str, width: int
) -> None:
    # A run the rules forbid to break must fit on a line for the rules to hold.
    assume(all(len(run) <= 4 for run in _glued_runs(text)))
    lines = wrap(text, width)

    assert not any(line[0] in NO_LINE_START for line in lines[1:] if line)
    assert not any(line[-1] in NO_LINE_END for line in lines[:-1] if line)


def _glued_runs(text: str) -> list[str]:
    """The stretches of text the rules forbid to break: characters joined by punctuation."""
    runs = [""]
    for character in text:
        if runs[-1] and not (character in NO_LINE_START or runs[-1][-1] in NO_LINE_END):
            runs.append("")
        runs[-1] += character
    return runs
