"""The printable handout and Markdown export, checked as text and in a real browser."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLE_ROUTINE, Cli, RoutineWriter
from selfcare.export.handout import Handout, build_handout, render_html, render_markdown
from selfcare.i18n.language import set_language, t
from selfcare.routine.discovery import check_file, resolve
from selfcare.routine.model import Area, Routine
from selfcare.routine.plan import Plan, plan_session
from selfcare.routine.wording import duration_words
from selfcare.safety.areas import PREGNANCY_SIGNS, area_safety


def handout_in(routine: Routine | Plan, lang: str) -> Handout:
    """The handout as `build_handout` makes it with `lang` as the language."""
    set_language(lang)
    return build_handout(routine if isinstance(routine, Plan) else plan_session(routine))


VIDEO = "https://example.com/videos/drawing-in?lang=en"
A4_POINTS = (595.0, 842.0)
RIGHT_MARGIN_POINTS = 13 / 25.4 * 72  # the page's 13 mm margin

HOSTILE = SAMPLE_ROUTINE.replace(
    "name: Drawing-in",
    'name: "<script>alert(1)</script> [click](http://evil) **bold** \\u202e"',
).replace(
    "        rest: 3\n  - kind: loosen",
    f"        rest: 3\n        video: {VIDEO}\n  - kind: loosen",
    1,
)


def _missing(what: str) -> None:
    # CI sets SELFCARE_REQUIRE_BROWSER so that a missing browser fails instead of skipping.
    if os.environ.get("SELFCARE_REQUIRE_BROWSER"):
        pytest.fail(f"{what} is required here but not installed")
    pytest.skip(f"{what} is not installed here (.ci/run installs it)")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    _missing("Chromium")
    raise AssertionError  # unreachable: _missing skips or fails


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        _missing(name)
        raise AssertionError  # unreachable: _missing skips or fails
    return found


def _browser(html_file: Path, profile: Path, *args: str) -> None:
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
        html_file.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def _pdf(html_file: Path, tmp_path: Path) -> Path:
    pdf = tmp_path / (html_file.stem + ".pdf")
    _browser(html_file, tmp_path / "profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    return pdf


def _pages(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        [_tool("pdfinfo"), "-l", "999", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    return [
        (float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    ]


def _export(cli: Cli, routine: str, lang: str, out: Path, fmt: str = "html") -> str:
    result = cli("export", routine, "--lang", lang, "--format", fmt, "--out", out)
    assert result.exit_code == 0, result.output
    return out.read_text("utf-8")


def test_html_handout_is_one_self_contained_file(cli: Cli, tmp_path: Path) -> None:
    page = _export(cli, "low-back", "en", tmp_path / "h.html")
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)
    assert "@import" not in page and "url(" not in page
    assert "<style>" in page and "@page { size: A4" in page


def test_handout_explains_the_order_and_marks_loosening_as_only_if_needed(
    cli: Cli, tmp_path: Path
) -> None:
    page = _export(cli, "low-back", "en", tmp_path / "h.html")
    assert "stabilise first, then loosen only if still needed" in page
    assert "Only if still needed" in page
    assert "goes above 5 out of 10, or rises 2 or more points" in page
    assert "Exercise log" in page and page.count("<tr>") > 15


def test_japanese_handout_names_the_emergency_number_and_uses_a_japanese_font_stack(
    cli: Cli, tmp_path: Path
) -> None:
    page = _export(cli, "low-back", "ja", tmp_path / "h.html")
    assert '<html lang="ja">' in page
    assert "119番" in page and "119 番" not in page and "必要な場合のみ" in page
    assert "Hiragino" in page and "Noto Sans CJK JP" in page and "line-break: strict" in page


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_when_to_stop_carries_every_red_flag_tier_worded_for_paper(lang: str) -> None:
    set_language(lang)  # conftest sets English back after each test
    handout = handout_in(resolve("low-back"), lang)
    page = render_html(handout)
    markdown = render_markdown(handout)
    safety = page[page.index('<section class="safety">') :]
    plain_markdown = markdown.replace("\\", "")  # "#7119" is written "\#7119" in Markdown
    for key in ("export.red_flags", "export.emergency", "export.tier_b", "export.tier_c"):
        assert html.escape(t(key), quote=True) in safety and t(key) in plain_markdown, key
    low_back = area_safety(Area.LOW_BACK)
    signs = (*low_back.emergency, *low_back.doctor, *low_back.clearance, *low_back.histories)
    for key in (*signs, *PREGNANCY_SIGNS, low_back.stop_when, low_back.improve):
        assert html.escape(t(key), quote=True) in safety and t(key) in plain_markdown, key
    # A session's "stop here" makes no sense on paper: the page says where to get help.
    stop_here = t("screen.a_advice")
    assert html.escape(stop_here, quote=True) not in page and stop_here not in markdown
    if lang == "en":
        lower = safety.lower()
        assert "see a doctor today or tomorrow" in lower and "ask a clinician first" in lower
        assert "call your local emergency number" in lower and "stop here" not in lower
    else:
        assert "119番" in safety and "救急外来" in safety and "ここで中止" not in safety


def test_routine_text_is_escaped_in_html_and_markdown(write_routine: RoutineWriter) -> None:
    routine = check_file(write_routine(HOSTILE)).routine
    assert routine is not None
    handout = handout_in(routine, "en")
    page = render_html(handout)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\u202e" not in page
    markdown = render_markdown(handout)
    assert "\\[click\\](http://evil)" in markdown and "\\*\\*bold\\*\\*" in markdown
    assert "<script>" not in markdown


def test_a_video_link_prints_as_its_address_and_a_qr_code(write_routine: RoutineWriter) -> None:
    routine = check_file(write_routine(HOSTILE)).routine
    assert routine is not None
    page = render_html(handout_in(routine, "en"))
    assert VIDEO.replace("&", "&amp;") in page
    assert "<svg" in page and 'class="qr"' in page
    markdown = render_markdown(handout_in(routine, "en"))
    assert f"<{VIDEO}>" in markdown


def test_markdown_export_goes_to_standard_output_with_a_dash(cli: Cli) -> None:
    result = cli("export", "low-back-quick", "--format", "md", "--out", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Low back, quick")
    assert "## When to stop" in result.stdout


def test_export_of_an_unknown_routine_fails_with_a_hint(cli: Cli) -> None:
    result = cli("export", "no-such-routine")
    assert result.exit_code == 1
    assert "no routine called 'no-such-routine'" in result.stderr


def test_handout_and_session_plan_agree_on_the_total_time() -> None:
    routine = resolve("low-back")
    handout = handout_in(routine, "en")
    assert handout.planned.startswith("About 16 min 41 s in all")
    assert duration_words(routine.total_seconds) == "16 min 41 s"


# Pages each built-in handout prints on; a change in layout or content shows up here.
# "When to stop" and the log follow on from the steps, so no page is left half empty.
EXPECTED_PAGES = {
    ("low-back", "en"): 5,
    ("low-back", "ja"): 5,
    ("low-back-quick", "en"): 4,
    ("low-back-quick", "ja"): 4,
}


@pytest.mark.slow
@pytest.mark.parametrize(("routine", "lang"), sorted(EXPECTED_PAGES))
def test_builtin_handouts_print_on_a4_with_every_step_and_nothing_cut_off(
    cli: Cli, tmp_path: Path, routine: str, lang: str
) -> None:
    html_file = tmp_path / f"{routine}-{lang}.html"
    _export(cli, routine, lang, html_file)
    pdf = _pdf(html_file, tmp_path)
    pages = _pages(pdf)
    assert len(pages) == EXPECTED_PAGES[(routine, lang)]
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in pages)
    text = subprocess.run(
        [_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    handout = handout_in(resolve(routine), lang)
    for phase in handout.phases:
        for step in phase.steps:
            assert re.sub(r"\s+", "", step.name) in flat, step.name
    boxes = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges
    assert max(right_edges) <= A4_POINTS[0] - RIGHT_MARGIN_POINTS + 1


@pytest.mark.slow
def test_the_printed_qr_code_scans_to_the_video_address(
    write_routine: RoutineWriter, tmp_path: Path
) -> None:
    routine = check_file(write_routine(HOSTILE)).routine
    assert routine is not None
    html_file = tmp_path / "video.html"
    html_file.write_text(render_html(handout_in(routine, "en")), "utf-8")
    screenshot = tmp_path / "video.png"
    _browser(
        html_file, tmp_path / "profile", "--window-size=800,1800", f"--screenshot={screenshot}"
    )
    scanned = subprocess.run(
        [_tool("zbarimg"), "--quiet", "--raw", str(screenshot)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert scanned == VIDEO


SCHEDULE = "schedule:\n  per_week: 3\n  weeks: 6-8\n"
SCHEDULED = SAMPLE_ROUTINE.replace("phases:\n", SCHEDULE + "phases:\n", 1)


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "How often: 3 sessions a week, for 6–8 weeks"), ("ja", "頻度の目安: 週3回、6〜8週間")],
)
def test_the_handout_says_how_often_and_how_long_near_the_top_and_above_the_log(
    write_routine: RoutineWriter, lang: str, line: str
) -> None:
    routine = check_file(write_routine(SCHEDULED)).routine
    assert routine is not None
    handout = handout_in(routine, lang)
    page = render_html(handout)
    label, words = line.split(": ")
    shown = f'<p class="schedule"><span class="label">{label}:</span> {words}</p>'
    assert page.index(shown) < page.index("<h2>")  # with the time, before any section
    log = page[page.index('<section class="log">') :]
    assert log.index(shown) < log.index("<table")  # the log is filled in against it
    markdown = render_markdown(handout)
    assert f"**{label}:** {words}\n" in markdown
    assert markdown.index(words) < markdown.index("## ")


def test_the_handout_prints_the_frequency_sentence_escaped(write_routine: RoutineWriter) -> None:
    sentence = 'frequency: "<b>Most days</b>, *gently*"\nphases:\n'
    routine = check_file(write_routine(SCHEDULED.replace("phases:\n", sentence, 1))).routine
    assert routine is not None
    handout = handout_in(routine, "en")
    assert handout.schedule == "<b>Most days</b>, *gently*"
    assert "How often:</span> &lt;b&gt;Most days&lt;/b&gt;, *gently*</p>" in render_html(handout)
    assert "**How often:** \\<b\\>Most days\\</b\\>, \\*gently\\*\n" in render_markdown(handout)


def test_a_handout_without_a_schedule_has_no_how_often_line(write_routine: RoutineWriter) -> None:
    routine = check_file(write_routine(SAMPLE_ROUTINE)).routine
    assert routine is not None
    handout = handout_in(routine, "en")
    assert handout.schedule == ""
    assert "How often" not in render_html(handout) and "How often" not in render_markdown(handout)


@pytest.mark.slow
def test_the_printed_schedule_is_on_the_first_page_and_on_the_log(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    html_file = tmp_path / "scheduled.html"
    _export(cli, str(write_routine(SCHEDULED)), "en", html_file)
    pdf = _pdf(html_file, tmp_path)
    line = "How often: 3 sessions a week, for 6–8 weeks"
    first, last = (_page_text(pdf, page) for page in (1, len(_pages(pdf))))
    assert line in first.split("Exercise log")[0]  # near the top, before anything else
    assert line in last.split("Exercise log")[1]  # the log is filled in against it


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        [_tool("pdftotext"), "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
