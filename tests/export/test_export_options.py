"""What a practitioner adds to a handout (the client's name and start day), the log's question,
the order said once, and a handout in the routine's own language when it lacks the person's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from test_handout import handout_in

from conftest import SAMPLE_ROUTINE, Cli, RoutineWriter
from selfcare import cli as cli_module
from selfcare.commands.export import HANDOUT_FILES, routine_languages
from selfcare.export.handout import LOG_ROWS, render_html, render_markdown
from selfcare.export.handout_text import render_text
from selfcare.i18n.language import t
from selfcare.routine.discovery import check_file, resolve
from selfcare.routine.model import Routine

FILL = re.compile(r'<span class="fill">(.*?)</span>')
ORDER_EN = "stabilise first, then loosen only if still needed"
ORDER_JA = "先に安定させ、必要な場合だけほぐす"


def checked(text: str, write_routine: RoutineWriter) -> Routine:
    found = check_file(write_routine(text))
    assert found.routine is not None, found.diagnostics
    return found.routine


def test_every_format_the_command_line_offers_has_a_file_ending() -> None:
    assert get_args(cli_module.ExportFormat) == tuple(HANDOUT_FILES)


# --- The client's name and start day ---------------------------------------------------------


def test_the_handout_has_blank_lines_for_the_name_and_start_day(cli: Cli, tmp_path: Path) -> None:
    page_file = tmp_path / "h.html"
    assert cli("export", "low-back", "--out", page_file).exit_code == 0
    page = page_file.read_text("utf-8")

    assert "Name:</span>" in page and "Start date:</span>" in page
    assert FILL.findall(page) == ["", ""]  # to write on by hand
    assert page.index("Name:") < page.index("<h2")  # near the top, before any section


@pytest.mark.parametrize(("lang", "day"), [("en", "Thu 1 May 2025"), ("ja", "2025年5月1日（木）")])
def test_the_name_and_start_day_are_printed_when_given_and_the_name_escaped(
    cli: Cli, tmp_path: Path, lang: str, day: str
) -> None:
    name = "<b>Sato</b> & \u202eco\nHanako"
    options = ("--lang", lang, "--client", name, "--start", "2025-05-01")
    for fmt in ("html", "md", "text"):
        out = tmp_path / f"h.{fmt}"
        result = cli("export", "low-back", *options, "--format", fmt, "--out", out)
        assert result.exit_code == 0, result.output
        written = out.read_text("utf-8")
        assert day in written, fmt
        assert "\u202e" not in written and "<b>" not in written.replace("<b>Sato", ""), fmt
    page = (tmp_path / "h.html").read_text("utf-8")
    assert FILL.findall(page) == ["&lt;b&gt;Sato&lt;/b&gt; &amp; co Hanako", day]
    assert "\\<b\\>Sato\\</b\\> & co Hanako" in (tmp_path / "h.md").read_text("utf-8")
    assert "<b>Sato</b> & co Hanako" in (tmp_path / "h.text").read_text("utf-8")


@pytest.mark.parametrize("start", ["2025-02-30", "01/05/2025", "tomorrow", "2025-5-1", ""])
def test_a_start_day_that_is_no_date_is_one_clear_line_and_exit_1(
    cli: Cli, tmp_path: Path, start: str
) -> None:
    result = cli("export", "low-back", "--start", start, "--out", tmp_path)

    assert result.exit_code == 1
    assert f"--start must be a date written YYYY-MM-DD, such as 2025-04-01 (got '{start}')" in (
        result.stderr
    )
    assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []


def test_a_bad_start_day_is_said_in_japanese(cli: Cli) -> None:
    result = cli("export", "low-back", "--lang", "ja", "--start", "5月1日", "--out", "-")

    assert result.exit_code == 1
    assert "--start は 2025-04-01 のように YYYY-MM-DD の形で指定してください" in result.stderr


def test_markdown_and_text_leave_out_the_name_lines_when_not_given() -> None:
    handout = handout_in(resolve("low-back"), "en")
    assert "Name" not in render_markdown(handout) and "Name" not in render_text(handout)


# --- The log --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question", "choice"),
    [("en", "Loosening needed?", "yes / no"), ("ja", "ほぐしは必要だった？", "はい / いいえ")],
)
def test_the_log_asks_whether_loosening_was_needed(lang: str, question: str, choice: str) -> None:
    page = render_html(handout_in(resolve("low-back"), lang))
    log = page[page.index('<section class="log">') :]

    assert f"<th>{question}</th>" in log
    assert log.count(f'<td class="choice">{choice}</td>') == LOG_ROWS


def test_a_routine_without_loosening_has_no_loosening_column(write_routine: RoutineWriter) -> None:
    without = SAMPLE_ROUTINE[: SAMPLE_ROUTINE.index("  - kind: loosen")]
    page = render_html(handout_in(checked(without, write_routine), "en"))

    assert "Loosening needed?" not in page and "yes / no" not in page
    assert page.count("<th>") == 5


def test_the_japanese_scale_is_kept_on_one_line() -> None:
    page = render_html(handout_in(resolve("low-back"), "ja"))

    assert page.count('<th>前の痛み<span class="scale">（0〜10）</span></th>') == 1
    assert page.count('<th>後の痛み<span class="scale">（0〜10）</span></th>') == 1
    assert ".scale { white-space: nowrap; }" in page


# --- The order, once ------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "order"), [("en", ORDER_EN), ("ja", ORDER_JA)])
@pytest.mark.parametrize("routine", ["low-back", "low-back-quick", "pelvic-girdle-care"])
def test_the_order_is_said_once_when_the_routine_says_it_itself(
    routine: str, lang: str, order: str
) -> None:
    handout = handout_in(resolve(routine), lang)

    assert handout.order == ""
    for written in (render_html(handout), render_markdown(handout), render_text(handout)):
        # Wrapped text joins again without its line breaks.
        assert re.sub(r"\s+", "", written).count(re.sub(r"\s+", "", order)) == 1


@pytest.mark.parametrize(
    ("lang", "why", "added"),
    [
        ("en", "Support first", True),
        ("en", "Stretch gently, then loosen.", True),
        ("en", "We stabilize first, then loosen only if still needed.", False),
        ("en", "It builds SUPPORT FIRST and loosens only if still needed.", False),
        ("ja", "まず支える", True),
        ("ja", "このルーティンは「先に安定、必要ならほぐす」の順番で進めます。", False),
        ("ja", "まず支える力を整え、必要な場合だけほぐします。", False),
    ],
)
def test_the_order_is_added_only_where_the_routines_words_do_not_say_it(
    write_routine: RoutineWriter, lang: str, why: str, added: bool
) -> None:
    routine = checked(SAMPLE_ROUTINE.replace("why: Support first", f"why: {why}"), write_routine)
    handout = handout_in(routine, lang)

    sentence = re.sub(r"\s+", "", t("export.order"))  # in the handout's language

    assert ('<p class="order">' in render_html(handout)) == added
    assert (sentence in re.sub(r"\s+", "", render_text(handout))) == added
    assert (sentence in re.sub(r"\s+", "", render_markdown(handout))) == added


# --- The routine's language -----------------------------------------------------------------

ENGLISH_MAPS = SAMPLE_ROUTINE.replace("title: Sample routine", "title: {en: Sample routine}")
JAPANESE_PLAIN = (
    SAMPLE_ROUTINE.replace("title: Sample routine", "title: サンプル")
    .replace("name: Drawing-in", "name: ドローイン")
    .replace("name: Knee to chest", "name: 膝抱え")
    .replace("Backs that get worse after stretching", "ストレッチで悪化しやすい腰")
    .replace("Stop if pain spreads down a leg", "脚に痛みが広がったら中止")
    .replace("why: Support first", "why: まず支える")
    .replace("On your back, knees bent", "仰向けで膝を立てます")
    .replace("Breathe out", "息を吐きます")
    .replace("Draw the lower belly in gently", "下腹をやさしく引き込みます")
    .replace("Holding the breath", "息を止める")
)


@pytest.mark.parametrize("routine_text", [SAMPLE_ROUTINE, ENGLISH_MAPS])
def test_an_english_routine_asked_for_in_japanese_is_written_in_english_with_a_warning(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path, routine_text: str
) -> None:
    result = cli("export", write_routine(routine_text), "--lang", "ja", "--out", tmp_path)

    assert result.exit_code == 0, result.output
    assert "このルーティンは日本語で書かれていないため" in result.stderr
    assert "英語" in result.stderr and "Traceback" not in result.output
    page = (tmp_path / "sample-en.html").read_text("utf-8")
    assert '<html lang="en"' in page
    assert "When to stop" in page and "Exercise log" in page and "中止の目安" not in page


def test_a_japanese_routine_asked_for_in_english_is_written_in_japanese_with_a_warning(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("export", write_routine(JAPANESE_PLAIN), "--format", "text", "--out", "-")

    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        "This routine is not written in English, so the handout is in Japanese"
    )
    assert "■ 中止の目安" in result.stdout and "When to stop" not in result.stdout


def test_a_routine_in_both_languages_is_written_as_asked_without_a_warning(cli: Cli) -> None:
    for lang in ("en", "ja"):
        result = cli("export", "low-back", "--lang", lang, "--out", "-")
        assert result.exit_code == 0 and result.stderr == "", lang
        assert f'<html lang="{lang}"' in result.stdout


def test_the_routines_languages_are_declared_given_or_seen_in_its_words(
    write_routine: RoutineWriter,
) -> None:
    assert routine_languages(resolve("low-back").routine) == ("en", "ja")
    assert routine_languages(checked(ENGLISH_MAPS, write_routine)) == ("en",)
    assert routine_languages(checked(SAMPLE_ROUTINE, write_routine)) == ("en",)
    assert routine_languages(checked(JAPANESE_PLAIN, write_routine)) == ("ja",)
    declared = "languages: [ja, en]\nphases:\n"
    both = checked(SAMPLE_ROUTINE.replace("phases:\n", declared, 1), write_routine)
    assert routine_languages(both) == ("ja", "en")
