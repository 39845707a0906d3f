"""`selfcare show` of a prescription: ranges, one's own pace, one side, a dose per side, what a
side means and what to have at hand, in words, in English and Japanese; `--qr STEP` prints a
step's video link as a QR code; `list --json` says what each routine needs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import segno

from selfcare.paths import routine_index_path

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

VIDEO = "https://example.com/videos/chin-tuck"
PRESCRIBED = f"""\
format: selfcare/1
id: neck-desk
title: {{en: Neck at the desk, ja: デスクワークの首}}
area: neck-shoulder
equipment:
  - {{en: a firm chair, ja: しっかりした椅子}}
  - {{en: a towel, ja: タオル}}
phases:
  - kind: stabilize
    steps:
      - id: chin-tuck
        name: {{en: Chin tuck, ja: あご引き}}
        video: {VIDEO}
        hold: 5
        reps: 8-12
        sets: "2–3"
        rest: 3
        set_rest: 30
      - id: shoulder-blades
        name: {{en: Shoulder-blade squeeze, ja: 肩甲骨寄せ}}
        pace: own
        reps: 10
        sets: 2
        rest: 20
        tempo: 3
        equipment: [{{en: a band, ja: ゴムバンド}}]
  - kind: loosen
    steps:
      - id: side-bend
        name: {{en: Neck side bend, ja: 首の横倒し}}
        hold: 20
        reps: 2
        each_side: true
        left: {{reps: 3}}
        side_means: {{en: the side you stretch, ja: 伸ばす側}}
        levels:
          - hold: 25
      - id: upper-trap
        name: {{en: Upper back stretch, ja: 肩の上のストレッチ}}
        hold: 30
        reps: 2
        side: right
        side_means: {{en: the side you stretch, ja: 伸ばす側}}
        equipment: [{{en: a wall, ja: 壁}}, {{en: A towel, ja: タオル}}]
"""
NARROW = {"COLUMNS": "80"}


def flat(text: str) -> str:
    return " ".join(text.split())


def shown(cli: Cli, path: Path, *args: str) -> str:
    result = cli("show", path, "--no-pictures", *args, env=NARROW)
    assert result.exit_code == 0, result.output
    return flat(result.stdout)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "Planned time: about 7 min 17 s (about 4 min 12 s if loosening is not needed)",
                "You will need: a firm chair, a towel, a band, a wall",
                "Chin tuck 5 s × 8–12 × 2–3 sets, rest 3 s, 30 s between sets (2 min 47 s)",
                "Shoulder-blade squeeze 10 reps × 2 sets at your own pace, about 3 s a rep, "
                "20 s between sets (about 1 min 25 s)",
                "Needs a band",
                "Neck side bend left side (the side you stretch): 20 s × 3 / right side: 20 s × 2",
                "Upper back stretch 30 s × 2, right side only (the side you stretch) (1 min 5 s)",
                "Needs a wall, A towel",
            ],
        ),
        (
            "ja",
            [
                "予定時間: 約7分17秒（ほぐしが不要なら 約4分12秒）",
                "用意するもの: しっかりした椅子、タオル、ゴムバンド、壁",
                "あご引き 5秒 × 8〜12回 × 2〜3セット、休憩 3秒、セット間 30秒 (2分47秒)",
                "肩甲骨寄せ 自分のペースで 10回 × 2セット、1回3秒ほど、セット間 20秒 (約1分25秒)",
                "用意 ゴムバンド",
                "首の横倒し 左側（伸ばす側）：20秒 × 3回 / 右側：20秒 × 2回",
                "肩の上のストレッチ 30秒 × 2回、右側のみ（伸ばす側） (1分5秒)",
            ],
        ),
    ],
)
def test_show_says_each_part_of_the_prescription_in_words(
    lang: str, said: list[str], cli: Cli, write_routine: RoutineWriter
) -> None:
    without_levels = PRESCRIBED.replace("        levels:\n          - hold: 25\n", "")
    text = shown(cli, write_routine(without_levels, "neck-desk.yaml"), "--lang", lang)

    for words in said:
        assert words in text, words


def test_you_will_need_stands_under_the_planned_time_and_above_who_it_fits(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    routine = PRESCRIBED.replace("area:", "fits: [Office workers]\narea:")
    lines = cli("show", write_routine(routine, "neck-desk.yaml"), env=NARROW).stdout.splitlines()

    planned = next(n for n, line in enumerate(lines) if line.startswith("Planned time"))
    assert lines[planned + 1] == "You will need: a firm chair, a towel, a band, a wall"
    assert lines[planned + 3] == "Who it fits"


def test_a_routine_that_needs_nothing_and_has_no_own_pace_shows_no_such_line(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = shown(cli, write_routine(PRESCRIBED.split("  - kind: loosen")[0], "neck-desk.yaml"))
    plain = PRESCRIBED.split("      - id: shoulder-blades")[0].replace(
        "equipment:\n  - {en: a firm chair, ja: しっかりした椅子}\n  - {en: a towel, ja: タオル}\n",
        "",
    )

    assert "Planned time: about" in text
    assert "You will need" not in shown(cli, write_routine(plain, "neck-desk.yaml"))
    assert "Planned time: 2 min 47 s" in shown(cli, write_routine(plain, "neck-desk.yaml"))


def test_the_levels_list_does_not_repeat_what_a_side_means(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = shown(cli, write_routine(PRESCRIBED, "neck-desk.yaml"))

    assert text.count("(the side you stretch)") == 2  # the side bend's heading, the stretch's
    assert "2 Neck side bend left side: 25 s × 3 / right side: 25 s × 2" in text


def test_show_json_says_the_times_are_estimates_what_is_needed_and_each_range(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(PRESCRIBED, "neck-desk.yaml"), "--json")

    plan = json.loads(result.stdout)
    chin_tuck = plan["phases"][0]["steps"][0]["levels"][0]
    assert plan["approximate"] is True
    assert plan["equipment"] == ["a firm chair", "a towel", "a band", "a wall"]
    assert (chin_tuck["reps"], chin_tuck["reps_range"], chin_tuck["sets_range"]) == (
        8,
        [8, 12],
        [2, 3],
    )
    kinds = {
        segment["kind"] for segment in plan["timeline"] if segment["step"] == "shoulder-blades"
    }
    assert "own-rep" in kinds and "work" not in kinds


# --- --qr ------------------------------------------------------------------------------------

# A half-block character's two modules, top and bottom: True for a dark one (drawn blank).
HALVES = {" ": (True, True), "▀": (False, True), "▄": (True, False), "█": (False, False)}


def modules_of(lines: list[str], rows: int) -> list[list[bool]]:
    """The QR code's modules as the terminal shows them, two rows a line."""
    modules: list[list[bool]] = []
    for line in lines:
        pairs = [HALVES[character] for character in line]
        modules += [[top for top, _ in pairs], [bottom for _, bottom in pairs]]
    return modules[:rows]


def test_qr_prints_the_steps_video_as_a_code_a_phone_reads_with_the_link_under_it(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(PRESCRIBED, "neck-desk.yaml"), "--qr", "chin-tuck")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:2] == ["Chin tuck", "Scan it with your phone's camera to open the video:"]
    assert lines[-1] == VIDEO
    expected = [
        [bool(module) for module in row]
        for row in segno.make(VIDEO, error="m").matrix_iter(scale=1, border=2)
    ]
    assert modules_of(lines[2:-1], len(expected)) == expected


def test_qr_in_japanese_names_the_step_in_japanese(cli: Cli, write_routine: RoutineWriter) -> None:
    path = write_routine(PRESCRIBED, "neck-desk.yaml")

    lines = cli("show", path, "--qr", "chin-tuck", "--lang", "ja").stdout.splitlines()

    assert lines[:2] == ["あご引き", "スマートフォンのカメラで読み取ると、動画が開きます:"]


@pytest.mark.parametrize(
    ("step", "said"),
    [
        (
            "chin",
            "Error: neck-desk has no step 'chin'; its steps are: chin-tuck, shoulder-blades, "
            "side-bend, upper-trap",
        ),
        ("side-bend", "Error: the step 'side-bend' (Neck side bend) has no video link"),
    ],
)
def test_qr_of_an_unknown_step_or_one_without_a_video_says_so_and_exits_1(
    step: str, said: str, cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(PRESCRIBED, "neck-desk.yaml"), "--qr", step)

    assert result.exit_code == 1
    assert result.stdout == ""
    assert flat(result.stderr) == said


# --- list --json -----------------------------------------------------------------------------


def test_list_json_says_what_each_routine_needs_in_the_persons_language(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    folder = write_routine(PRESCRIBED, "neck-desk.yaml").parent

    rows = {
        row["id"]: row for row in json.loads(cli("list", "--json", "--routines-dir", folder).stdout)
    }
    in_japanese = json.loads(cli("list", "--json", "--routines-dir", folder, "--lang", "ja").stdout)

    assert rows["neck-desk"]["equipment"] == ["a firm chair", "a towel", "a band", "a wall"]
    assert rows["low-back"]["equipment"] == ["a towel"]
    assert rows["pelvic-girdle-care"]["equipment"] == [
        "a firm chair",
        "a cushion",
        "a pillow or two",
    ]
    assert {row["id"]: row["equipment"] for row in in_japanese}["neck-desk"] == [
        "しっかりした椅子",
        "タオル",
        "ゴムバンド",
        "壁",
    ]


def test_list_reads_a_routine_again_when_its_index_entry_is_from_before_equipment(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    folder = write_routine(PRESCRIBED, "neck-desk.yaml").parent
    cli("list", "--json", "--routines-dir", folder)
    index = routine_index_path()
    old = json.loads(index.read_text("utf-8"))
    for entry in old["entries"].values():
        entry.pop("equipment")
    index.write_text(json.dumps({**old, "version": 4}), "utf-8")

    rows = json.loads(cli("list", "--json", "--routines-dir", folder).stdout)

    assert {row["id"]: row["equipment"] for row in rows}["neck-desk"][0] == "a firm chair"
    assert json.loads(index.read_text("utf-8"))["entries"] != old["entries"]
