"""Each step's pictures on the handout, in Markdown, and on paper: a figure or a photo per
picture, captioned, and a step never split across two pages."""

from __future__ import annotations

import base64
import io
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image
from test_handout import A4_POINTS, _export, _pages, _pdf, _tool, handout_in

from conftest import SAMPLE_ROUTINE, Cli, RoutineWriter
from selfcare.export.handout import Handout, StepBlock, render_html, render_markdown
from selfcare.i18n.language import set_language
from selfcare.pictures.library import load_pose
from selfcare.pictures.steps import pose_caption
from selfcare.routine.discovery import check_file, resolve
from selfcare.routine.model import Routine

# The sample routine: drawing-in moves from one pose to another, knee-to-chest holds one.
MOVING = SAMPLE_ROUTINE.replace(
    "        hold: 10\n", "        figure: [hook-lying, bridge-top]\n        hold: 10\n", 1
).replace("        hold: 20\n", "        figure: knee-to-chest\n        hold: 20\n", 1)

FIGURE = re.compile(r'<figure class="picture">(.*?)<figcaption>(.*?)</figcaption></figure>', re.S)
STEP = re.compile(r'<section class="step">.*?</section>', re.S)
MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def checked(text: str, write_routine: RoutineWriter) -> Routine:
    found = check_file(write_routine(text))
    assert found.routine is not None, found.diagnostics
    return found.routine


def png_bytes(size: tuple[int, int] = (40, 30), colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 40), "blue").save(out, "JPEG")
    return out.getvalue()


def caption(lang: str, pose: str) -> str:
    set_language(lang)
    try:
        return pose_caption(load_pose(pose))
    finally:
        set_language("en")


# --- HTML ---------------------------------------------------------------------------------


def test_a_moving_step_shows_its_start_and_end_figure_and_a_still_step_one(
    write_routine: RoutineWriter,
) -> None:
    page = render_html(handout_in(checked(MOVING, write_routine), "en"))
    moving, still = STEP.findall(page)

    figures = FIGURE.findall(moving)
    assert len(figures) == 2
    (start_svg, start_caption), (end_svg, end_caption) = figures
    assert start_svg.startswith("<svg") and end_svg.startswith("<svg")
    assert "Start" in start_caption and caption("en", "hook-lying") in start_caption
    assert "End" in end_caption and caption("en", "bridge-top") in end_caption
    # Both drawn in one frame, so the figure keeps its size as it moves.
    boxes = {re.search(r'viewBox="([^"]+)"', svg).group(1) for svg, _ in figures}  # type: ignore[union-attr]
    assert len(boxes) == 1

    (only_svg, only_caption), *more = FIGURE.findall(still)
    assert more == []
    assert only_svg.startswith("<svg") and only_caption == caption("en", "knee-to-chest")
    # The drawings stand in a column beside the instructions, inside the step's block: it
    # floats, so it comes first, and the text runs on below a short column.
    assert moving.index('<div class="pictures">') < moving.index("<figure") < moving.index("Cues")


def test_captions_are_japanese_in_a_japanese_handout(write_routine: RoutineWriter) -> None:
    page = render_html(handout_in(checked(MOVING, write_routine), "ja"))
    (_, start), (_, end) = FIGURE.findall(STEP.findall(page)[0])
    assert "はじめ" in start and caption("ja", "hook-lying") in start
    assert "おわり" in end and caption("ja", "bridge-top") in end


def test_the_page_sizes_the_pictures_for_a4_and_keeps_each_step_in_one_piece(
    write_routine: RoutineWriter,
) -> None:
    page = render_html(handout_in(checked(MOVING, write_routine), "en"))
    style = page[page.index("<style>") : page.index("</style>")]
    assert re.search(r"\.step \{[^}]*break-inside: avoid", style)
    assert re.search(r"\.picture svg, \.picture img \{[^}]*height: 1[6-9]mm", style)
    assert re.search(r"\.pictures \{[^}]*float: right; width: 5\dmm", style)  # beside the text
    assert "object-fit: contain" in style
    assert "<script" not in page.lower() and "url(" not in page


def test_photos_are_embedded_with_the_type_their_bytes_say_and_replace_the_figure(
    write_routine: RoutineWriter,
) -> None:
    folder = write_routine.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "start.jpg").write_bytes(png_bytes())  # a PNG, whatever its name says
    (folder / "end.png").write_bytes(jpeg_bytes())
    text = MOVING.replace(
        "        figure: [hook-lying, bridge-top]\n",
        "        figure: [hook-lying, bridge-top]\n        image: [start.jpg, end.png]\n",
    )
    page = render_html(handout_in(checked(text, write_routine), "en"))
    moving = STEP.findall(page)[0]

    sources = re.findall(r'<img src="data:(image/[a-z]+);base64,([A-Za-z0-9+/=]+)"', moving)
    assert [mime for mime, _ in sources] == ["image/png", "image/jpeg"]
    assert base64.b64decode(sources[0][1]) == (folder / "start.jpg").read_bytes()
    assert base64.b64decode(sources[1][1]) == (folder / "end.png").read_bytes()
    assert "<svg" not in moving  # the photos, not the figure
    captions = [text for _, text in FIGURE.findall(moving)]
    assert "Start" in captions[0] and "End" in captions[1]


def test_a_photo_that_went_missing_leaves_the_figure_instead_of_a_crash(
    write_routine: RoutineWriter,
) -> None:
    folder = write_routine.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pose.png").write_bytes(png_bytes())
    text = MOVING.replace(
        "        figure: knee-to-chest\n",
        "        figure: knee-to-chest\n        image: pose.png\n",
    )
    routine = checked(text, write_routine)
    (folder / "pose.png").write_bytes(b"not a picture any more")
    page = render_html(handout_in(routine, "en"))
    still = STEP.findall(page)[1]
    assert "<img" not in still and len(FIGURE.findall(still)) == 1


def test_a_photos_alt_text_and_caption_are_escaped(write_routine: RoutineWriter) -> None:
    folder = write_routine.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pose.png").write_bytes(png_bytes())
    text = MOVING.replace("name: Knee to chest", 'name: "<b onclick=x>Knee</b> \\u202e"').replace(
        "        figure: knee-to-chest\n", "        image: pose.png\n"
    )
    page = render_html(handout_in(checked(text, write_routine), "en"))
    still = STEP.findall(page)[1]
    assert "<b onclick" not in still and "\u202e" not in still
    assert 'alt="&lt;b onclick=x&gt;Knee&lt;/b&gt; "' in still
    assert "<figcaption>&lt;b onclick=x&gt;Knee&lt;/b&gt; </figcaption>" in still


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_links_pictures_written_beside_it(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    folder = write_routine.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "photo.jpeg").write_bytes(jpeg_bytes())
    text = MOVING.replace("        figure: knee-to-chest\n", "        image: photo.jpeg\n")
    out = tmp_path / "out" / "my handout.md"
    out.parent.mkdir()
    markdown = _export(cli, str(write_routine(text)), "en", out, "md")

    links = MARKDOWN_IMAGE.findall(markdown)
    assert [unquote(link) for _, link in links] == [
        "my handout-pictures/drawing-in-start.svg",
        "my handout-pictures/drawing-in-end.svg",
        "my handout-pictures/knee-to-chest.jpg",
    ]
    for alt, link in links:
        assert alt and not link.startswith(("/", "file:")) and " " not in link
        assert (out.parent / unquote(link)).is_file()
    pictures = out.parent / "my handout-pictures"
    assert sorted(path.name for path in pictures.iterdir()) == [
        "drawing-in-end.svg",
        "drawing-in-start.svg",
        "knee-to-chest.jpg",
    ]
    assert (pictures / "knee-to-chest.jpg").read_bytes() == (folder / "photo.jpeg").read_bytes()
    svg = (pictures / "drawing-in-start.svg").read_text("utf-8")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and 'height="180"' in svg
    assert f"Start: {caption('en', 'hook-lying')}" in markdown


def test_markdown_export_replaces_its_own_pictures_and_leaves_other_files_alone(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    routine = write_routine(MOVING)
    pictures = tmp_path / "sample-en-pictures"
    pictures.mkdir()
    (pictures / "notes.txt").write_text("mine", "utf-8")
    (pictures / "drawing-in-start.svg").write_text("old", "utf-8")

    result = cli("export", routine, "--format", "md", "--out", tmp_path)

    assert result.exit_code == 0, result.output
    assert (pictures / "notes.txt").read_text("utf-8") == "mine"
    assert (pictures / "drawing-in-start.svg").read_text("utf-8").startswith("<svg")
    assert f"Wrote 3 picture(s) to {pictures}" in result.stdout


def test_markdown_pictures_cannot_be_written_over_a_file_of_the_folders_name(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    (tmp_path / "sample-en-pictures").write_text("a file", "utf-8")
    result = cli("export", write_routine(MOVING), "--format", "md", "--out", tmp_path)
    assert result.exit_code == 1
    assert f"cannot write {tmp_path / 'sample-en-pictures'}" in result.stderr
    assert (tmp_path / "sample-en-pictures").read_text("utf-8") == "a file"


def test_markdown_on_standard_output_leaves_the_pictures_out_and_says_so(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    result = cli("export", write_routine(MOVING), "--format", "md", "--out", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Sample routine") and "![" not in result.stdout
    assert "Pictures left out" in result.stderr and "--out" in result.stderr


def test_markdown_of_a_routine_without_pictures_writes_no_folder(
    cli: Cli, write_routine: RoutineWriter, tmp_path: Path
) -> None:
    markdown = _export(cli, str(write_routine(SAMPLE_ROUTINE)), "en", tmp_path / "s.md", "md")
    assert list(tmp_path.glob("*-pictures")) == [] and "![" not in markdown


def test_markdown_alt_text_is_literal_markdown(write_routine: RoutineWriter) -> None:
    folder = write_routine.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pose.png").write_bytes(png_bytes())
    text = MOVING.replace("name: Knee to chest", 'name: "Knee](http://evil) [x"').replace(
        "        figure: knee-to-chest\n", "        image: pose.png\n"
    )
    markdown = render_markdown(handout_in(checked(text, write_routine), "en"), "pics")
    assert "![Knee\\](http://evil) \\[x](pics/knee-to-chest.png)" in markdown


# --- On paper -----------------------------------------------------------------------------


def last_text(step: StepBlock) -> str:
    """The last words a step's block prints."""
    texts = [step.dose, *(picture.description for picture in step.pictures), step.position]
    texts += [*step.cues, *step.mistakes, step.caution, step.video or ""]
    return [text for text in texts if text][-1]


def pages_of_steps(pdf: Path, handout: Handout) -> list[tuple[str, int, int]]:
    """Each step's name with the page its block starts on and the page it ends on.

    The PDF's text, page by page, with all white space taken out (line breaks fall anywhere,
    and pdftotext spaces out Japanese): the block starts where the step's name is next found
    and ends at the end of its last words, next found after that.
    """
    text = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = [re.sub(r"\s+", "", page) for page in text.split("\f")]
    flat = "".join(pages)
    ends = [sum(len(page) for page in pages[: number + 1]) for number in range(len(pages))]

    def page_at(offset: int) -> int:
        return next(number for number, end in enumerate(ends, 1) if offset < end)

    found = []
    cursor = 0
    for phase in handout.phases:
        for step in phase.steps:
            name = re.sub(r"\s+", "", step.name)
            # Only its last words: pdftotext may interleave a long line with a figure's caption.
            last = re.sub(r"\s+", "", last_text(step))[-10:]
            start = flat.index(name, cursor)
            end = flat.index(last, start + len(name)) + len(last) - 1
            found.append((step.name, page_at(start), page_at(end)))
            cursor = end
    return found


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_step_with_its_pictures_prints_on_one_page(tmp_path: Path, lang: str) -> None:
    routine = resolve("low-back").routine
    handout = handout_in(routine, lang)
    page = render_html(handout)
    steps = STEP.findall(page)
    assert len(steps) == sum(len(phase.steps) for phase in handout.phases)
    for block, (_, step) in zip(steps, routine.steps(), strict=True):
        figures = FIGURE.findall(block)
        assert step.figure  # every built-in step shows what to do
        assert len(figures) == len(set(step.figure))
        assert all(text.strip() for _, text in figures)
    html_file = tmp_path / f"low-back-{lang}.html"
    html_file.write_text(page, "utf-8")
    pdf = _pdf(html_file, tmp_path)
    sizes = _pages(pdf)
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in sizes)

    found = pages_of_steps(pdf, handout)

    assert [(name, first) for name, first, last in found if first != last] == []
    # The check can see a split: the pictures do push steps onto later pages.
    assert len({first for _, first, _ in found}) > 3


@pytest.mark.slow
def test_the_split_check_finds_a_step_split_across_pages(tmp_path: Path) -> None:
    # The same handout without `break-inside: avoid`: some block must now break, or the
    # check above could not tell a split from none.
    handout = handout_in(resolve("low-back"), "en")
    page = render_html(handout).replace("break-inside: avoid", "break-inside: auto")
    html_file = tmp_path / "split.html"
    html_file.write_text(page, "utf-8")
    found = pages_of_steps(_pdf(html_file, tmp_path), handout)
    assert [name for name, first, last in found if first != last] != []
