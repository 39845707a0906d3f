"""The printed handout wastes no paper: "When to stop" and the log follow on from the steps, a
phase heading is never left alone at a page's foot, and the log's headings keep their scale whole.

Each handout is printed to PDF with Chromium and read back page by page with poppler.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_handout import _export, _pages, _pdf, _tool, handout_in
from test_handout_pictures import pages_of_steps

from conftest import Cli
from selfcare.export.handout import Handout, render_html
from selfcare.i18n.language import set_language, t
from selfcare.routine.discovery import resolve

BUILTINS = [(routine, lang) for routine in ("low-back", "low-back-quick") for lang in ("en", "ja")]
MOST_PAGES = {"low-back": 5, "low-back-quick": 4}


def flat_pages(pdf: Path) -> list[str]:
    """The PDF's text page by page, every white space taken out (pdftotext spaces out
    Japanese, and lines break anywhere)."""
    text = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [re.sub(r"\s+", "", page) for page in text.split("\f")]


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_of(pages: list[str], text: str, after: tuple[int, int] = (1, 0)) -> tuple[int, int]:
    """The page (from 1) where `text` is next found at or after `after`, and where on it."""
    first, start = after
    for number in range(first, len(pages) + 1):
        found = pages[number - 1].find(text, start if number == first else 0)
        if found >= 0:
            return number, found
    raise AssertionError(f"{text!r} is not printed after page {first}")


def lone_headings(pdf: Path, handout: Handout) -> list[str]:
    """The phase headings printed on another page than their phase's first step."""
    pages = flat_pages(pdf)
    lone = []
    where = (1, 0)
    for number, phase in enumerate(handout.phases, start=1):
        heading = squashed(f"{number}. {phase.title}")
        where = page_of(pages, heading, where)
        if phase.steps:
            step_page, _ = page_of(pages, squashed(phase.steps[0].name), where)
            if step_page != where[0]:
                lone.append(heading)
    return lone


def printed(cli: Cli, tmp_path: Path, routine: str, lang: str) -> Path:
    html_file = tmp_path / f"{routine}-{lang}.html"
    _export(cli, routine, lang, html_file)
    return _pdf(html_file, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize(("routine", "lang"), BUILTINS)
def test_a_builtin_handout_fits_its_pages_with_headings_kept_with_their_steps(
    cli: Cli, tmp_path: Path, routine: str, lang: str
) -> None:
    pdf = printed(cli, tmp_path, routine, lang)
    handout = handout_in(resolve(routine), lang)

    assert len(_pages(pdf)) <= MOST_PAGES[routine]
    assert lone_headings(pdf, handout) == []
    assert [name for name, first, last in pages_of_steps(pdf, handout) if first != last] == []


@pytest.mark.slow
@pytest.mark.parametrize(("routine", "lang"), BUILTINS)
def test_when_to_stop_and_the_log_follow_on_from_the_steps(
    cli: Cli, tmp_path: Path, routine: str, lang: str
) -> None:
    pdf = printed(cli, tmp_path, routine, lang)
    handout = handout_in(resolve(routine), lang)
    pages = flat_pages(pdf)
    set_language(lang)

    last_step = page_of(pages, squashed(handout.phases[-1].steps[-1].name))
    stop = page_of(pages, squashed(t("export.safety")), last_step)
    log = page_of(pages, squashed(f"{t('export.log')} · {handout.title}"), stop)

    assert stop[0] == last_step[0]  # no page break forced before "When to stop"
    assert log[0] == len(_pages(pdf))  # the log ends the handout, on one page


@pytest.mark.slow
def test_the_heading_check_sees_a_heading_left_alone(tmp_path: Path) -> None:
    # The first phase pushed to a page's foot, with nothing holding its heading to its first
    # step: the check above must see the heading alone, or it could not tell.
    handout = handout_in(resolve("low-back"), "en")
    page = render_html(handout).replace("break-after: avoid", "break-after: auto")
    page = page.replace('<div class="phase-start">', "<div>")
    top, rest = page.split("<h1>", 1)
    spacer = '<div style="height: 264mm"></div>'
    html_file = tmp_path / "alone.html"
    html_file.write_text(top + spacer + rest[rest.index('<div><h2 class="phase">') :], "utf-8")

    assert "1.Settlein" in lone_headings(_pdf(html_file, tmp_path), handout)


def log_heading_lines(pdf: Path) -> list[str]:
    """The text lines of the PDF's last page, as poppler finds them."""
    last = str(len(_pages(pdf)))
    boxes = subprocess.run(
        [_tool("pdftotext"), "-f", last, "-l", last, "-bbox-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        "".join(re.findall(r"<word[^>]*>([^<]*)</word>", line))
        for line in re.findall(r"<line[^>]*>(.*?)</line>", boxes, re.S)
    ]


@pytest.mark.slow
def test_the_japanese_log_never_breaks_inside_its_scale(cli: Cli, tmp_path: Path) -> None:
    pdf = printed(cli, tmp_path, "low-back", "ja")
    lines = log_heading_lines(pdf)
    scales = [line for line in lines if "（0" in line or "10）" in line]

    assert len(scales) == 2  # before and after
    assert all("（0〜10）" in line for line in scales), scales


@pytest.mark.slow
def test_the_scale_check_sees_a_broken_scale(tmp_path: Path) -> None:
    # Without its no-wrap span, in a narrow column, the scale breaks: the check must see it.
    page = render_html(handout_in(resolve("low-back"), "ja"))
    page = page.replace("white-space: nowrap", "white-space: normal")
    page = page.replace("col.pain { width: 13%; }", "col.pain { width: 6%; }")
    html_file = tmp_path / "broken.html"
    html_file.write_text(page, "utf-8")

    lines = log_heading_lines(_pdf(html_file, tmp_path))
    scales = [line for line in lines if "（0" in line or "10）" in line]

    assert scales and not all("（0〜10）" in line for line in scales), scales
