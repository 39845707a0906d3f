"""The handout of a prescription: what to have at hand near the top, each step's own needs, and
ranges, one's own pace, one side and a dose per side in the step's dose; on the page, in the
plain text for a chat message and in Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_handout import _export, _pages, _pdf

from conftest import Cli, RoutineWriter

PRESCRIBED = """\
format: selfcare/1
id: pelvis-home
title: {en: Pelvis at home, ja: 骨盤のホームケア}
area: pelvic-girdle
equipment: [{en: a firm chair, ja: しっかりした椅子}]
phases:
  - kind: stabilize
    steps:
      - id: bridge
        name: {en: Short bridge, ja: 短いブリッジ}
        hold: 6
        reps: 8-12
        rest: 4
        equipment: [{en: a cushion, ja: クッション}]
      - id: squeezes
        name: {en: Quick squeezes, ja: 素早い締め}
        pace: own
        reps: 10
        sets: 2-3
        rest: 15
        estimate: 2
  - kind: loosen
    steps:
      - id: side-stretch
        name: {en: Side-lying stretch, ja: 横向きのストレッチ}
        hold: 20
        each_side: true
        left: {reps: 3}
        right: {reps: 2}
        side_means: {en: the side you lie on, ja: 下になる側}
      - id: hip-stretch
        name: {en: Hip stretch, ja: 股関節のストレッチ}
        hold: 30
        side: left
        side_means: {en: the side you stretch, ja: 伸ばす側}
"""
SAID = {
    "en": [
        "You will need: a firm chair, a cushion",
        "6 s × 8–12, rest 4 s",
        "10 reps × 2–3 sets at your own pace, 15 s between sets (about ",
        "left side (the side you lie on): 20 s × 3 / right side: 20 s × 2",
        "30 s, left side only (the side you stretch)",
        "Needs: a cushion",
    ],
    "ja": [
        "用意するもの: しっかりした椅子、クッション",
        "6秒 × 8〜12回、休憩 4秒",
        "自分のペースで 10回 × 2〜3セット、セット間 15秒 (約",
        "左側（下になる側）：20秒 × 3回 / 右側：20秒 × 2回",
        "30秒、左側のみ（伸ばす側）",
        "用意: クッション",
    ],
}


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def without_tags(page: str) -> str:
    return re.sub(r"<[^>]+>", "", page)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_page_says_what_is_needed_near_the_top_and_each_dose_in_words(
    lang: str, cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    path = write_routine(PRESCRIBED, "pelvis-home.yaml")

    page = without_tags(_export(cli, str(path), lang, tmp_path / "h.html"))

    for words in SAID[lang]:
        assert squashed(words) in squashed(page), words
    first_step = {"en": "Shortbridge", "ja": "短いブリッジ"}[lang]
    assert squashed(page).index(squashed(SAID[lang][0])) < squashed(page).index(first_step)


@pytest.mark.parametrize(("lang", "fmt"), [("en", "text"), ("ja", "text"), ("en", "md")])
def test_the_text_and_markdown_say_the_same(
    lang: str, fmt: str, cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    path = write_routine(PRESCRIBED, "pelvis-home.yaml")

    written = _export(cli, str(path), lang, tmp_path / f"h.{fmt}", fmt)

    for words in SAID[lang]:
        assert squashed(words) in squashed(re.sub(r"[\\*]", "", written)), words


def test_a_routine_that_needs_nothing_has_no_you_will_need_line(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    plain = PRESCRIBED.replace("equipment: [{en: a firm chair, ja: しっかりした椅子}]\n", "")
    plain = plain.replace("        equipment: [{en: a cushion, ja: クッション}]\n", "")
    path = write_routine(plain, "pelvis-home.yaml")

    page = _export(cli, str(path), "en", tmp_path / "h.html")

    assert "You will need" not in page and "Needs" not in page


@pytest.mark.parametrize(
    ("routine", "needed"),
    [("low-back", "a towel"), ("pelvic-girdle-care", "a firm chair, a cushion, a pillow or two")],
)
def test_the_built_in_handouts_say_what_to_have_at_hand(
    routine: str, needed: str, cli: Cli, tmp_path: Path
) -> None:
    page = without_tags(_export(cli, routine, "en", tmp_path / "h.html"))

    assert f"You will need: {needed}" in page


def test_the_prescription_prints_on_a4(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    path = write_routine(PRESCRIBED, "pelvis-home.yaml")
    html_file = tmp_path / "pelvis-home.html"
    _export(cli, str(path), "ja", html_file)

    pages = _pages(_pdf(html_file, tmp_path))

    assert 1 <= len(pages) <= 4
