"""The report as the practitioner gets it: printed to PDF by `selfcare report --format pdf`
(headless Chromium), read back as text. One Chromium run: each takes seconds."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from report_history import write_history

from conftest import Cli
from selfcare.i18n.dates import day_words

TODAY = datetime.now().astimezone().date()
A4_POINTS = (595.0, 842.0)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        # CI sets SELFCARE_REQUIRE_BROWSER so that a missing browser fails instead of skipping.
        if os.environ.get("SELFCARE_REQUIRE_BROWSER"):
            pytest.fail(f"{name} is required here but not installed")
        pytest.skip(f"{name} is not installed here (.ci/run installs it)")
    return found


def _lines(pdf: Path) -> list[str]:
    """The PDF's text line by line as `pdftotext -layout` lays it out, runs of spaces as one."""
    text = subprocess.run(
        [_tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _pages(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        [_tool("pdfinfo"), "-l", "99", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+)", info)]


def _line_with(lines: list[str], *words: str) -> str:
    found = [line for line in lines if all(word in line for word in words)]
    assert found, f"no line with {words!r}"
    return found[0]


def _day(start: date, offset: int) -> str:
    return day_words(start + timedelta(days=offset))


@pytest.mark.slow
def test_the_printed_report_shows_every_section_with_its_numbers_on_one_or_two_a4_pages(
    cli: Cli, selfcare_home: Path, tmp_path: Path
) -> None:
    if not any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")):
        _tool("chromium")  # skips, or fails in CI
    start = write_history(selfcare_home, TODAY)
    pdf = tmp_path / "report.pdf"
    result = cli("report", "--routine", "low-back", "--format", "pdf", "--out", pdf)
    assert result.exit_code == 0, result.output
    pages = _pages(pdf)
    assert 1 <= len(pages) <= 2
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in pages)
    lines = _lines(pdf)
    days = (TODAY - start).days + 1
    text = "\n".join(lines)

    # The header: the period, the day it was made, the client's line, the disclaimer
    assert f"Period: {start} – {TODAY} ({days} days)" in text
    assert f"Made on {TODAY}" in text
    assert "Client:" in text
    assert "A record kept by the person at home; not a diagnosis." in text

    # The safety answers come first, each with its day
    safety = text.index("Safety answers to follow up")
    assert safety < text.index("Sessions per week")
    assert _line_with(lines, _day(start, 11), "A warning sign: see a doctor today or tomorrow")
    assert _line_with(lines, _day(start, 14), "Pattern of inflammatory back pain")

    # The key figures, the weeks against the schedule of 3, pain by week
    assert _line_with(
        lines, "14", f"{round(14 * 7 / days, 1):.1f} a week", "4.0 → 2.8", "6 of 10 (60%)"
    )
    assert "12 completed, 2 ended early" in text and "Schedule: 3 a week" in text
    assert _line_with(lines, "Sessions / schedule").endswith("3/3 2/3 3/3 3/3 3/3 0")
    assert _line_with(lines, "Pain before, average").endswith("5.7 5.0 4.3 3.3 2.3 –")
    assert _line_with(lines, "Pain after, average").endswith("4.7 4.0 2.7 2.0 1.0 –")

    # The chart: its title, its 0–10 scale and its legend
    assert "Pain before and after each session (0–10)" in text
    assert "before after" in lines  # the legend, drawn with the chart's own marks
    scale = lines[lines.index("before after") + 1 :][:6]
    assert scale == ["10", "8", "6", "4", "2", "0"]

    # Loosening, next mornings, steps, levels, versions, the note, what was left out
    assert "needed, and done 3 25%" in text and "not needed 6 50%" in text
    assert "needed, stopped with w (made it worse) 1 8%" in text
    assert re.search(r"held back \(it had made things worse\s.*2 17%", text, re.S)
    assert "better 5 63%" in text and "same 2 25%" in text and "worse 1 13%" in text
    assert "not answered 6" in text
    assert "made it worse 1, not worse 1" in text
    assert "glute-bridge 2 0" in text and "knee-to-chest 1 0" in text
    assert "side-plank-knees 0 1" in text
    assert _line_with(lines, _day(start, 14), "bird-dog", "level 1 → 2")
    assert f"1.0 ({_day(start, 0)} – {_day(start, 16)}, 7 sessions)" in text
    assert f"1.1 ({_day(start, 18)} – {_day(start, 32)}, 7 sessions)" in text
    assert "<script>alert(1)</script> =cmd|' /C calc'!A0 tight after the long walk" in text
    assert "practice runs at another speed: 1; sessions left before their first step: 1" in text
    assert "Ended early: 2 (stopped by the safety check: 1; by a pain rule: 0;" in text
