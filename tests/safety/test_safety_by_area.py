"""The safety check fits the routine's body area: a neck routine asks about the neck, never
about the cauda equina, in the session, in `show` and on the handout."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conftest import Cli, RoutineWriter
from guided_session import ROUTINE, Session, screens
from selfcare.i18n.language import set_language, t
from selfcare.routine.model import Area
from selfcare.safety.areas import CAUDA_EQUINA, NECK_EMERGENCY, area_safety

NECK = replace(ROUTINE, id="neck", area=Area.NECK_SHOULDER)
# First check of a neck routine: tiers A, B, pregnancy, C, histories (no inflammatory question).
NECK_CLEAR = ["n"] * 5
LOW_BACK = replace(ROUTINE, id="back", area=Area.LOW_BACK)
LOW_BACK_CLEAR = ["n"] * 6  # and the inflammatory back pain question

NECK_YAML = """\
format: selfcare/1
id: neck-desk
area: neck-shoulder
title: {en: Neck at the desk, ja: デスクワークの首}
phases:
  - kind: stabilize
    steps:
      - id: chin-nod
        name: {en: Chin nod, ja: あごを引く}
        hold: 5
        reps: 5
"""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def in_words(keys: tuple[str, ...]) -> list[str]:
    return [squash(t(key)) for key in keys]


def squash(text: str) -> str:
    """Text without its spaces and line breaks: wrapped Japanese has no spaces to rejoin."""
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_neck_session_asks_the_neck_signs_and_no_cauda_equina_sign(home: Path, lang: str) -> None:
    session = Session(home, [*NECK_CLEAR, "2", "2", "y", "2"], routine=NECK, lang=lang)

    assert session.run() == 0
    shown = squash(session.out.getvalue())
    assert all(sign in shown for sign in in_words(NECK_EMERGENCY))
    assert not any(sign in shown for sign in in_words(CAUDA_EQUINA))
    assert squash(t("stop_when.neck_shoulder")) in shown
    assert squash(t("improve.neck_shoulder")) in shown
    assert squash(t("stop_when.low_back")) not in shown
    assert squash(t("improve.low_back")) not in shown


def test_a_low_back_session_asks_the_cauda_equina_signs_as_the_nhs_cards_word_them(
    home: Path,
) -> None:
    session = Session(home, [*LOW_BACK_CLEAR, "2", "2", "y", "2"], routine=LOW_BACK)

    assert session.run() == 0
    output = session.output
    assert "when you wipe with toilet paper" in output
    assert "A change in sexual function" in output
    assert "New or worsening pain, numbness, tingling or weakness in both legs" in output
    assert "needing pads" in output
    assert not any(sign in output for sign in in_words(NECK_EMERGENCY))


def test_a_neck_emergency_sign_stops_with_the_emergency_advice(home: Path) -> None:
    session = Session(home, ["y"], routine=NECK)

    assert session.run() == 1
    assert t("screen.a_advice") in session.output
    assert session.record(everything=True)["stop_reason"] == "red-flag-tier-a"
    assert screens(home) == [("full", "tier-a")]


def test_the_japanese_emergency_advice_names_119_and_7119(home: Path) -> None:
    session = Session(home, ["y"], routine=NECK, lang="ja")

    session.run()
    assert "119番" in session.output and "#7119" in session.output


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_show_and_the_handout_of_a_neck_routine_carry_the_neck_signs_only(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path, lang: str
) -> None:
    path = write_routine(NECK_YAML, "neck-desk.yaml")
    shown = cli("show", path, "--plain", "--lang", lang)
    page = tmp_path / "neck.html"
    exported = cli("export", path, "--out", page, "--lang", lang)

    assert shown.exit_code == 0 and exported.exit_code == 0, shown.output + exported.output
    set_language(lang)
    text = squash(shown.stdout)
    html = squash(page.read_text("utf-8"))
    neck = area_safety(Area.NECK_SHOULDER)
    for sign in in_words(neck.emergency):
        assert sign in text and sign.replace("'", "&#x27;") in html, sign
    for sign in in_words(CAUDA_EQUINA):
        assert sign not in text and sign not in html, sign
    assert squash(t(neck.stop_when)) in text and squash(t(neck.improve)) in html
    assert squash(t("screen.back_onset")) not in html  # a back history, not asked for a neck


def test_an_unknown_area_is_refused_with_its_line(cli: Cli, write_routine: RoutineWriter) -> None:
    path = write_routine(NECK_YAML.replace("area: neck-shoulder", "area: neck"), "neck-desk.yaml")

    result = cli("validate", path)

    assert result.exit_code == 1
    assert "neck-desk.yaml:3:" in result.stdout and "bad-area" in result.stdout
