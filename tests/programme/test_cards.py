"""The learn cards: the next unseen one in file order, and how a card reads in a terminal."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console

from selfcare.i18n.language import set_language
from selfcare.i18n.line_breaking import NO_LINE_START
from selfcare.programme.cards import card_renderable, next_card
from selfcare.routine.model import Card, Routine

NOT_SERIOUS = Card(
    id="not-serious",
    title={"en": "Most back pain is not serious", "ja": "ほとんどの腰痛は深刻ではありません"},
    text={
        "en": "The pelvis and the spine are strong. Most low back pain settles with time, and "
        "gentle, regular movement helps it settle; rest for days on end does not.",
        "ja": "骨盤と背骨はとても丈夫なつくりです。腰痛の多くは時間とともに落ち着き、無理のない"
        "範囲で定期的に動くことが回復を助けます。何日も安静にしても、よくなるとは限りません。",
    },
    source={"en": "NICE guideline NG59 (2016)", "ja": "NICE ガイドライン NG59（2016）"},
)
STABILISE_FIRST = Card(id="stabilise-first", title="Why stabilise first", text="Support first.")
WALKING = Card(id="walking", title="Walking helps", text="Short walks count.")


def routine(*cards: Card) -> Routine:
    return Routine(id="sample", title="Sample", phases=(), learn=cards)


def rendered(card: Card, lang: str = "en", width: int = 80) -> list[str]:
    set_language(lang)
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(card_renderable(card))
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue().splitlines()


def test_the_next_card_is_the_first_unseen_in_file_order() -> None:
    cards = routine(NOT_SERIOUS, STABILISE_FIRST, WALKING)
    assert next_card(cards, set()) == NOT_SERIOUS
    assert next_card(cards, {"not-serious"}) == STABILISE_FIRST
    assert next_card(cards, {"not-serious", "stabilise-first"}) == WALKING
    assert next_card(cards, {"stabilise-first"}) == NOT_SERIOUS  # order, not what came last


def test_no_card_once_all_are_seen_or_when_there_are_none() -> None:
    assert next_card(routine(NOT_SERIOUS, WALKING), {"walking", "not-serious", "gone"}) is None
    assert next_card(routine(), set()) is None


def test_a_card_shows_its_title_then_its_text_then_its_source() -> None:
    lines = rendered(NOT_SERIOUS)
    assert lines[0] == "Most back pain is not serious"
    text = " ".join(line.strip() for line in lines[1:-1])
    assert text.startswith("The pelvis and the spine are strong.")
    assert text.endswith("rest for days on end does not.")
    assert lines[-1] == "  Source: NICE guideline NG59 (2016)"
    assert all(line.startswith("  ") for line in lines[1:])  # under the title
    assert max(cell_len(line) for line in lines) <= 80


def test_a_card_without_a_source_ends_with_its_text() -> None:
    assert rendered(STABILISE_FIRST) == ["Why stabilise first", "  Support first."]


def test_a_japanese_card_fits_80_columns_and_breaks_lines_where_japanese_allows() -> None:
    lines = rendered(NOT_SERIOUS, "ja")
    assert lines[0] == "ほとんどの腰痛は深刻ではありません"
    assert lines[-1] == "  出典: NICE ガイドライン NG59（2016）"
    assert len(lines) > 3  # the text wrapped
    assert all(cell_len(line) <= 80 for line in lines)
    assert not any(line.strip()[0] in NO_LINE_START for line in lines)


def test_a_narrow_terminal_wraps_the_card_within_its_width() -> None:
    lines = rendered(NOT_SERIOUS, width=40)
    assert all(cell_len(line) <= 40 for line in lines)
    assert "Source: NICE guideline NG59 (2016)" in " ".join(line.strip() for line in lines)


def test_a_card_from_a_hostile_file_cannot_steer_the_terminal() -> None:
    hostile = Card(
        id="x", title="Title\x1b[2J", text="Text \x1b]8;;http://evil\x07 \u202e", source="\x9b31m"
    )
    shown = "\n".join(rendered(hostile))
    assert not any(char in shown for char in "\x1b\x07\x9b\u202e")
    assert "Title\ufffd[2J" in shown


def test_a_title_broken_over_lines_in_the_file_is_one_line() -> None:
    folded = Card(id="x", title="Why\nstabilise\n first", text="Support first.\n")
    assert rendered(folded) == ["Why stabilise first", "  Support first."]
