"""`selfcare export --format text`: the handout as plain text for a chat message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from test_handout import HOSTILE, VIDEO, handout_in

from conftest import Cli, RoutineWriter
from selfcare.export.handout_text import WIDTHS, render_text
from selfcare.i18n.language import set_language, t
from selfcare.routine.discovery import check_file, resolve
from selfcare.routine.model import Area
from selfcare.safety.areas import PREGNANCY_SIGNS, area_safety

ADDRESS = re.compile(r"https?://\S+")


def text_of(cli: Cli, *args: str) -> str:
    result = cli("export", *args, "--format", "text", "--out", "-")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_text_has_no_markup_and_short_lines(cli: Cli, lang: str) -> None:
    text = text_of(cli, "low-back", "--lang", lang)

    assert "**" not in text and "|" not in text and "<" not in text and ">" not in text
    assert not [line for line in text.splitlines() if line.startswith(("#", "-", ">", "*"))]
    long = [
        line
        for line in text.splitlines()
        if cell_len(line) > WIDTHS[lang] and not ADDRESS.fullmatch(line)
    ]
    assert long == []
    assert "\n\n\n" not in text and text.endswith((".\n", "。\n"))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_text_says_every_step_and_every_sign_of_when_to_stop(cli: Cli, lang: str) -> None:
    text = text_of(cli, "low-back", "--lang", lang)
    joined = re.sub(r"\s+", "", text)  # a wrapped line joins again without its break
    handout = handout_in(resolve("low-back"), lang)
    set_language(lang)

    for phase in handout.phases:
        for step in phase.steps:
            for words in (step.name, step.dose, *step.cues, *step.mistakes, step.caution):
                assert re.sub(r"\s+", "", words) in joined, words
    low_back = area_safety(Area.LOW_BACK)
    signs = (*low_back.emergency, *low_back.doctor, *low_back.clearance, *PREGNANCY_SIGNS)
    for key in (*signs, "export.safety", "export.emergency", "export.tier_b", "export.tier_c"):
        assert re.sub(r"\s+", "", t(key)) in joined, key
    assert re.sub(r"\s+", "", t("export.only_if_needed")) in joined


def test_japanese_lines_break_the_japanese_way(cli: Cli) -> None:
    text = text_of(cli, "low-back", "--lang", "ja")

    lines = text.splitlines()
    assert not [line for line in lines if line and line[0] in "。、）」"]  # never starts a line
    assert not [line for line in lines if line and line[-1] in "（「"]  # never ends one
    assert "・" in text and "■ 中止の目安" in text


def test_a_video_address_is_never_broken(write_routine: RoutineWriter) -> None:
    routine = check_file(write_routine(HOSTILE)).routine
    assert routine is not None
    for lang in ("en", "ja"):
        text = render_text(handout_in(routine, lang))
        assert VIDEO in text.splitlines(), lang  # a line of its own, whole
        assert "\u202e" not in text


def test_text_is_written_to_id_lang_txt_by_default(cli: Cli, tmp_path: Path) -> None:
    result = cli("export", "low-back-quick", "--format", "text", "--lang", "ja", "--out", tmp_path)

    assert result.exit_code == 0, result.output
    written = tmp_path / "low-back-quick-ja.txt"
    assert written.read_text("utf-8").startswith("腰のセルフケア・短縮版")
    assert list(tmp_path.iterdir()) == [written]  # no pictures folder beside it


def test_the_order_is_said_once_in_the_text(cli: Cli) -> None:
    text = text_of(cli, "low-back")

    assert re.sub(r"\s+", " ", text).count("stabilise first, then loosen only if still needed") == 1
