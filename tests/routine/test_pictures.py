"""A step's pictures: `figure:` from the pose library, `image:` from the routine's own folder.

Each check of an image has its own rule and reports at the value that names the picture.
Hostile pictures (bombs, links out, pipes) are in test_hostile.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
import yaml

from conftest import MARK, REPO, SAMPLE_ROUTINE, marked_line
from picture_files import (
    cut_short,
    gif_bytes,
    jpeg_bytes,
    jpeg_claiming,
    png_bytes,
    png_claiming,
    sparse_file,
    write,
)
from selfcare.i18n.language import set_language
from selfcare.pictures.library import load_pose, pose_names
from selfcare.routine.checking import check_document
from selfcare.routine.diagnostics import Diagnostic, Rule
from selfcare.routine.discovery import RoutineFile, check_file
from selfcare.routine.fields import json_schema
from selfcare.routine.images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS
from selfcare.routine.source import LoadedDocument, load_bytes

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter


def with_step(*lines: str) -> str:
    """The sample routine with `lines` added to its first step."""
    extra = "".join(f"        {line}\n" for line in lines)
    return SAMPLE_ROUTINE.replace("        hold: 10\n", extra + "        hold: 10\n", 1)


def only_problem(checked: RoutineFile) -> Diagnostic:
    assert len(checked.diagnostics) == 1, [d.render() for d in checked.diagnostics]
    assert checked.routine is None
    return checked.diagnostics[0]


def column_of(text: str, value: str) -> int:
    """The 1-based column where `value` starts on the marked line of `text`."""
    line = text.splitlines()[marked_line(text) - 1]
    return line.index(value) + 1


@pytest.fixture
def folder(write_routine: RoutineWriter) -> Path:
    """The folder the routine is written to (sample.yaml), where its pictures go."""
    return write_routine.folder


# --- figure ----------------------------------------------------------------------------------


def test_the_poses_these_tests_use_are_in_the_library() -> None:
    assert {"hook-lying", "bridge-top", "cat", "cow"} <= pose_names()


@pytest.mark.parametrize(
    ("written", "figure"),
    [
        ("hook-lying", ("hook-lying",)),
        ("[hook-lying]", ("hook-lying",)),
        ("[hook-lying, bridge-top]", ("hook-lying", "bridge-top")),
    ],
)
def test_a_figure_is_one_pose_or_a_start_and_an_end(
    written: str, figure: tuple[str, ...], write_routine: RoutineWriter
) -> None:
    checked = check_file(write_routine(with_step(f"figure: {written}")))

    assert checked.diagnostics == []
    assert checked.routine is not None
    assert checked.routine.phases[0].steps[0].figure == figure
    assert checked.routine.phases[1].steps[0].figure == ()


def test_an_unknown_pose_is_reported_at_its_name_with_the_close_names(
    write_routine: RoutineWriter,
) -> None:
    text = with_step(f"figure: [hook-lying, bridge-topp]  {MARK}")

    problem = only_problem(check_file(write_routine(text)))

    assert (problem.rule, problem.line) == (Rule.UNKNOWN_POSE, marked_line(text))
    assert problem.column == column_of(text, "bridge-topp")
    assert "'bridge-topp' is not a pose in selfcare's pose library" in problem.message
    assert "did you mean 'bridge-top'" in problem.message
    assert "docs/authoring.md" in problem.message


def test_an_unknown_pose_with_no_close_name_still_says_where_the_names_are(
    write_routine: RoutineWriter,
) -> None:
    problem = only_problem(check_file(write_routine(with_step("figure: trampoline"))))

    assert problem.rule == Rule.UNKNOWN_POSE
    assert "did you mean" not in problem.message
    assert "docs/authoring.md" in problem.message


def test_an_unknown_pose_is_explained_in_japanese_too(write_routine: RoutineWriter) -> None:
    path = write_routine(with_step("figure: bridge-topp"))

    set_language("ja")
    problem = only_problem(check_file(path))

    assert "ポーズ集にありません" in problem.message
    assert "'bridge-top' のことですか" in problem.message


@pytest.mark.parametrize("written", ["[]", "[cat, cow, cat]", "5", "{start: cat}", "null"])
def test_a_figure_must_be_one_name_or_a_list_of_one_or_two(
    written: str, write_routine: RoutineWriter
) -> None:
    text = with_step(f"figure: {written}  {MARK}")

    problem = only_problem(check_file(write_routine(text)))

    assert (problem.rule, problem.line) == (Rule.WRONG_TYPE, marked_line(text))
    assert "a list of one or two pose names (start and end)" in problem.message


def test_a_pose_name_must_be_text(write_routine: RoutineWriter) -> None:
    text = with_step(f"figure: [cat, 5]  {MARK}")

    problem = only_problem(check_file(write_routine(text)))

    assert (problem.rule, problem.column) == (Rule.WRONG_TYPE, column_of(text, "5]"))


# --- image: what is accepted ----------------------------------------------------------------


def test_images_are_kept_as_their_real_absolute_paths(
    folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "photos" / "bridge-start.jpg", jpeg_bytes())
    write(folder / "photos" / "bridge-top.png", png_bytes())

    checked = check_file(
        write_routine(with_step("image: [photos/bridge-start.jpg, photos/bridge-top.png]"))
    )

    assert checked.diagnostics == []
    assert checked.routine is not None
    real = folder.resolve() / "photos"
    assert checked.routine.phases[0].steps[0].image == (
        real / "bridge-start.jpg",
        real / "bridge-top.png",
    )
    assert all(path.is_absolute() for path in checked.routine.phases[0].steps[0].image)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.jpg", jpeg_bytes()),
        ("photo.JPEG", jpeg_bytes()),
        ("photo.png", jpeg_bytes()),  # a JPEG named .png: the content decides
        ("photo.jpg", png_bytes()),
        ("photo", png_bytes()),
        ("写真.png", png_bytes()),
    ],
)
def test_any_png_or_jpeg_is_accepted_whatever_its_name(
    name: str, content: bytes, folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / name, content)

    checked = check_file(write_routine(with_step(f'image: "{name}"')))

    assert checked.diagnostics == []


def test_an_image_at_the_limits_is_accepted(folder: Path, write_routine: RoutineWriter) -> None:
    # Pillow reads a PNG up to its end chunk, so padding after it only makes the file big.
    sparse_file(folder / "big.png", MAX_IMAGE_BYTES, png_bytes())
    write(folder / "wide.png", png_claiming(4000, MAX_IMAGE_PIXELS // 4000))

    checked = check_file(write_routine(with_step("image: [big.png, wide.png]")))

    assert checked.diagnostics == []


def test_a_link_that_stays_inside_the_folder_is_followed(
    folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "photos" / "v2" / "bridge.png", png_bytes())
    (folder / "bridge.png").symlink_to(Path("photos") / "v2" / "bridge.png")

    checked = check_file(write_routine(with_step("image: bridge.png")))

    assert checked.routine is not None
    assert checked.routine.phases[0].steps[0].image == (
        folder.resolve() / "photos" / "v2" / "bridge.png",
    )


def test_a_linked_routine_reads_its_pictures_beside_the_file_it_points_to(
    tmp_path: Path, folder: Path
) -> None:
    clinic = tmp_path / "clinic"
    write(clinic / "photos" / "bridge.png", png_bytes())
    write(clinic / "sample.yaml", with_step("image: photos/bridge.png").encode())
    folder.mkdir(parents=True)
    (folder / "sample.yaml").symlink_to(clinic / "sample.yaml")

    checked = check_file(folder / "sample.yaml")

    assert checked.diagnostics == []


# --- image: each problem, its rule and its place ---------------------------------------------


def image_problem(text: str, write_routine: RoutineWriter) -> Diagnostic:
    """The one problem of `text`, which must be reported at the marked line."""
    problem = only_problem(check_file(write_routine(text)))
    assert problem.line == marked_line(text), problem.render()
    return problem


def test_a_missing_image_names_the_folder_it_was_looked_for_in(
    folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "photos" / "bridge-start.jpg", jpeg_bytes())
    text = with_step(f"image: [photos/bridge-start.jpg, photos/brige-top.jpg]  {MARK}")

    problem = image_problem(text, write_routine)

    assert problem.rule == Rule.IMAGE_MISSING
    assert problem.column == column_of(text, "photos/brige-top.jpg")
    assert "'photos/brige-top.jpg'" in problem.message
    assert str(folder.resolve()) in problem.message


@pytest.mark.parametrize(
    "written",
    ["/etc/passwd", "../outside.png", "photos/../../outside.png", "photos/../inside.png"],
)
def test_a_path_out_of_the_folder_is_refused_before_it_is_looked_at(
    written: str, tmp_path: Path, folder: Path, write_routine: RoutineWriter
) -> None:
    write(tmp_path / "outside.png", png_bytes())
    write(folder / "inside.png", png_bytes())
    text = with_step(f'image: "{written}"  {MARK}')

    problem = image_problem(text, write_routine)

    assert problem.rule == Rule.IMAGE_OUTSIDE_FOLDER
    assert "outside the routine's folder" in problem.message
    assert "'..'" in problem.message


@pytest.mark.parametrize("link", ["photos/bridge.png", "photos"], ids=["file", "folder"])
def test_a_link_to_a_picture_outside_the_folder_is_refused_even_when_the_picture_is_good(
    link: str, tmp_path: Path, folder: Path, write_routine: RoutineWriter
) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "bridge.png", png_bytes())
    (folder / link).parent.mkdir(parents=True)
    (folder / link).symlink_to(elsewhere / Path(link).relative_to("photos"))
    text = with_step(f"image: photos/bridge.png  {MARK}")

    problem = image_problem(text, write_routine)

    assert problem.rule == Rule.IMAGE_OUTSIDE_FOLDER
    target = elsewhere.resolve() / "bridge.png"
    assert f"is a link to a file outside the routine's folder ({target})" in problem.message


def test_a_folder_is_not_a_picture(folder: Path, write_routine: RoutineWriter) -> None:
    (folder / "photos").mkdir(parents=True)

    problem = image_problem(with_step(f"image: photos  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_NOT_REGULAR


def test_a_picture_over_2_mib_is_refused_from_its_size_alone(
    folder: Path, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    sparse_file(folder / "huge.jpg", MAX_IMAGE_BYTES + 1, jpeg_bytes())
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)

    problem = image_problem(with_step(f"image: huge.jpg  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_TOO_LARGE
    assert "is 2,097,153 bytes; a picture may be at most 2,097,152 bytes" in problem.message
    assert not any(path.name == "huge.jpg" for path in opened)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a picture\n", gif_bytes(), b"GIF89a", b"\x89PN"],
    ids=["empty", "text", "gif", "gif-header", "png-start"],
)
def test_a_file_that_is_not_png_or_jpeg_inside_is_refused_whatever_its_name(
    content: bytes, folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "photo.png", content)

    problem = image_problem(with_step(f"image: photo.png  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_NOT_PNG_OR_JPEG
    assert "is not a PNG or JPEG picture" in problem.message


def broken_checksum(png: bytes) -> bytes:
    at = png.index(b"IDAT") + 4
    return png[:at] + bytes([png[at] ^ 0xFF]) + png[at + 1 :]


@pytest.mark.parametrize(
    "content",
    [
        cut_short(png_bytes()),
        png_bytes()[:8],
        png_bytes()[:-12],  # without its end chunk
        broken_checksum(png_bytes()),
        b"\xff\xd8\xff" + b"\x00" * 40,
        cut_short(jpeg_bytes())[:20],
    ],
    ids=[
        "png-half",
        "png-signature-only",
        "png-no-end",
        "png-bad-checksum",
        "jpeg-garbage",
        "jpeg-cut",
    ],
)
def test_a_damaged_or_cut_short_picture_is_refused(
    content: bytes, folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "photo.png", content)

    problem = image_problem(with_step(f"image: photo.png  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_DAMAGED
    assert "'photo.png' is damaged or cut short" in problem.message


@pytest.mark.parametrize(
    ("content", "size"),
    [
        (png_claiming(4001, 4000), "4001 × 4000"),
        (jpeg_claiming(6000, 4000), "6000 × 4000"),
    ],
    ids=["png", "jpeg"],
)
def test_a_picture_with_too_many_pixels_is_refused_with_its_size(
    content: bytes, size: str, folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "photo.jpg", content)

    problem = image_problem(with_step(f"image: photo.jpg  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_TOO_MANY_PIXELS
    assert f"is {size} pixels; a picture may have at most 16,000,000 pixels" in problem.message


def test_a_picture_that_cannot_be_read_says_why(
    folder: Path, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(folder / "photo.png", png_bytes())
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "photo.png":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)  # root may read anything: chmod would not do

    problem = image_problem(with_step(f"image: photo.png  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_UNREADABLE
    assert problem.message == "cannot read 'photo.png': Permission denied"


def test_a_link_loop_is_unreadable_not_a_crash(folder: Path, write_routine: RoutineWriter) -> None:
    folder.mkdir(parents=True)
    (folder / "a.png").symlink_to("b.png")
    (folder / "b.png").symlink_to("a.png")

    problem = image_problem(with_step(f"image: a.png  {MARK}"), write_routine)

    assert problem.rule == Rule.IMAGE_UNREADABLE


def test_a_nul_character_in_a_path_is_simply_no_such_file(write_routine: RoutineWriter) -> None:
    problem = image_problem(with_step(f'image: "photo\\0.png"  {MARK}'), write_routine)

    assert problem.rule == Rule.IMAGE_MISSING


def test_an_empty_path_is_an_empty_text(write_routine: RoutineWriter) -> None:
    problem = image_problem(with_step(f'image: ""  {MARK}'), write_routine)

    assert problem.rule == Rule.EMPTY_TEXT


@pytest.mark.parametrize("written", ["[]", "[a.png, b.png, c.png]", "{start: a.png}", "7"])
def test_an_image_must_be_one_path_or_a_list_of_one_or_two(
    written: str, write_routine: RoutineWriter
) -> None:
    problem = image_problem(with_step(f"image: {written}  {MARK}"), write_routine)

    assert problem.rule == Rule.WRONG_TYPE
    assert "a list of one or two paths (start and end)" in problem.message


def test_each_bad_picture_of_a_pair_is_reported_at_its_own_column(
    folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "notes.png", b"notes\n")
    text = with_step(f"image: [missing.jpg, notes.png]  {MARK}")

    checked = check_file(write_routine(text))

    assert [(d.rule, d.line, d.column) for d in checked.diagnostics] == [
        (Rule.IMAGE_MISSING, marked_line(text), column_of(text, "missing.jpg")),
        (Rule.IMAGE_NOT_PNG_OR_JPEG, marked_line(text), column_of(text, "notes.png")),
    ]


def test_a_routine_not_read_from_a_file_cannot_have_images() -> None:
    text = with_step(f"image: photo.png  {MARK}")

    doc = load_bytes(text.encode(), LoadedDocument("sample.yaml"))
    plan = check_document(doc)

    assert plan is None
    assert [(d.rule, d.line) for d in doc.diagnostics] == [
        (Rule.IMAGE_NEEDS_FILE, marked_line(text))
    ]
    assert "an image needs the routine to be a file" in doc.diagnostics[0].message


def test_every_image_problem_reads_in_japanese(folder: Path, write_routine: RoutineWriter) -> None:
    write(folder / "notes.png", b"notes\n")
    path = write_routine(with_step("image: [missing.jpg, notes.png]"))

    set_language("ja")
    messages = [d.message for d in check_file(path).diagnostics]

    assert len(messages) == 2
    assert "というファイルがありません" in messages[0]
    assert "PNG や JPEG の画像ではありません" in messages[1]


# --- Start-up cost ----------------------------------------------------------------------------

IMPORTED = """
import sys
from pathlib import Path
from selfcare.routine.discovery import check_file

checked = check_file(Path(sys.argv[1]))
print(checked.diagnostics == [], "PIL" in sys.modules, "selfcare.pictures.library" in sys.modules)
"""


@pytest.mark.parametrize(
    ("lines", "loaded"),
    [
        ((), "True False False"),
        (("figure: cat",), "True False True"),
        (("image: a.png",), "True True False"),
    ],
    ids=["plain", "figure", "image"],
)
def test_pillow_and_the_pose_library_load_only_for_a_routine_that_uses_them(
    lines: tuple[str, ...], loaded: str, folder: Path, write_routine: RoutineWriter
) -> None:
    write(folder / "a.png", png_bytes())
    path = write_routine(with_step(*lines))

    finished = subprocess.run(
        [sys.executable, "-c", IMPORTED, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert finished.stdout.strip() == loaded


# --- The list's index notices pictures --------------------------------------------------------


def test_list_notices_a_photo_added_or_removed_though_the_routine_file_is_unchanged(
    cli: Cli, folder: Path, write_routine: RoutineWriter
) -> None:
    path = write_routine(with_step("image: photos/bridge.png"))
    mtime = path.stat().st_mtime_ns

    def valid() -> bool:
        rows = json.loads(cli("list", "--json", "--routines-dir", folder).stdout)
        return bool({row["id"]: row["valid"] for row in rows}["sample"])

    assert valid() is False
    write(folder / "photos" / "bridge.png", png_bytes())
    assert valid() is True
    write(folder / "photos" / "bridge.png", b"no longer a picture\n")
    assert valid() is False
    (folder / "photos" / "bridge.png").unlink()
    assert valid() is False
    assert path.stat().st_mtime_ns == mtime


# --- Schema --------------------------------------------------------------------------------------


def step_schema() -> dict[str, Any]:
    properties: dict[str, Any] = json_schema()["properties"]
    step: dict[str, Any] = properties["phases"]["items"]["properties"]["steps"]["items"]
    return step


def schema_accepts(lines: str) -> bool:
    data = yaml.safe_load(with_step(lines))
    return jsonschema.Draft202012Validator(json_schema()).is_valid(data)


def test_the_schema_describes_figure_and_image_on_a_step() -> None:
    properties = step_schema()["properties"]

    assert {"figure", "image"} <= set(properties)
    assert "pose" in properties["figure"]["description"]
    assert "PNG or JPEG" in properties["image"]["description"]
    assert json_schema()["$defs"]["pose"]["enum"] == sorted(pose_names())


@pytest.mark.parametrize(
    ("line", "valid"),
    [
        ("figure: cat", True),
        ("figure: [cat]", True),
        ("figure: [hook-lying, bridge-top]", True),
        ("figure: []", False),
        ("figure: [cat, cow, cat]", False),
        ("figure: trampoline", False),
        ("figure: 5", False),
        ("image: photos/a.png", True),
        ("image: [a.jpg, photos/b..c.png]", True),
        ("image: []", False),
        ("image: [a.png, b.png, c.png]", False),
        ("image: /etc/passwd", False),
        ("image: ../a.png", False),
        ("image: photos/../a.png", False),
        ('image: ""', False),
    ],
)
def test_the_schema_takes_what_validate_takes_for_pictures(line: str, valid: bool) -> None:
    assert schema_accepts(line) is valid


# --- Docs --------------------------------------------------------------------------------------


def test_the_authoring_guide_lists_every_pose_in_the_library_as_it_describes_it() -> None:
    guide = (REPO / "docs" / "authoring.md").read_text("utf-8")
    table = guide.split("<!-- pose-list", 1)[1].split("<!-- end of pose-list", 1)[0]
    listed = set(re.findall(r"^\| `([a-z0-9-]+)` \| (.+?) \| (.+?) \|$", table, re.M))

    described = set()
    for name in pose_names():
        description = load_pose(name).description
        described.add((name, description["en"], description["ja"]))
    assert listed == described, "update the pose table in docs/authoring.md (9. Pictures)"


def test_the_image_rules_are_documented_in_the_pictures_section_of_the_reference() -> None:
    reference = (REPO / "docs" / "routine-format.md").read_text("utf-8")
    section = reference.split("### Pictures", 1)[1].split("## The order rule", 1)[0]

    rules = [rule.value for rule in Rule if rule.value.startswith("image-")]
    assert [rule for rule in rules if f"`{rule}`" not in section] == []
