"""`selfcare show` shows each step at the person's level, read from the history when there is
one; `--json` gives each step's `level` and `levels`."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcare.history.record import begin_session
from selfcare.history.store import connect
from selfcare.paths import database_path

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

LEVELLED = """\
format: selfcare/1
id: levelled
title: Levelled routine
schedule:
  per_week: 3
  weeks: 6-8
phases:
  - kind: stabilize
    steps:
      - id: drawing-in
        name: Drawing-in
        hold: 10
        reps: 10
        rest: 3
      - id: bird-dog
        name:
          en: Bird-dog, leg only
          ja: バードドッグ（脚だけ）
        hold: 5
        reps: 5
        rest: 3
        each_side: true
        levels:
          - name:
              en: Bird-dog, arm and leg
              ja: バードドッグ（手と脚）
          - name:
              en: Bird-dog, longer holds
              ja: バードドッグ（長めに保持）
            hold: 8
            reps: 8
  - kind: loosen
    steps:
      - id: knee-to-chest
        name: Knee to chest
        hold: 20
        reps: 2
        rest: 3
        each_side: true
"""


def flat(text: str) -> str:
    return " ".join(text.split())


def at_level(home: Path, step: str, level: int) -> None:
    """The person took `step` to `level` at a session of the routine."""
    with closing(connect(database_path(home))) as db:
        record = begin_session(db, "levelled", "Levelled routine", "en", 60.0, 1.0)
        record.change_level("levelled", step, level)


def steps_of(plan: dict[str, object]) -> dict[str, dict[str, Any]]:
    phases = plan["phases"]
    assert isinstance(phases, list)
    return {step["id"]: step for phase in phases for step in phase["steps"]}


NO_RANGES = {"reps_range": None, "sets_range": None}  # counts written as plain numbers


def test_without_a_history_json_shows_level_one_and_every_level_and_creates_nothing(
    cli: Cli, write_routine: RoutineWriter, selfcare_home: Path
) -> None:
    result = cli("show", write_routine(LEVELLED), "--json")

    assert result.exit_code == 0, result.output
    steps = steps_of(json.loads(result.stdout))
    assert steps["bird-dog"]["level"] == 1
    assert steps["bird-dog"]["levels"] == [
        {
            "level": 1,
            "name": "Bird-dog, leg only",
            "reps": 5,
            "sets": 1,
            **NO_RANGES,
            "hold": 5,
            "rest": 3,
        },
        {
            "level": 2,
            "name": "Bird-dog, arm and leg",
            "reps": 5,
            "sets": 1,
            **NO_RANGES,
            "hold": 5,
            "rest": 3,
        },
        {
            "level": 3,
            "name": "Bird-dog, longer holds",
            "reps": 8,
            "sets": 1,
            **NO_RANGES,
            "hold": 8,
            "rest": 3,
        },
    ]
    assert steps["drawing-in"]["levels"] == [
        {
            "level": 1,
            "name": "Drawing-in",
            "reps": 10,
            "sets": 1,
            **NO_RANGES,
            "hold": 10,
            "rest": 3,
        }
    ]
    assert not database_path(selfcare_home).exists()


def test_json_shows_the_persons_level_with_its_name_and_time(
    cli: Cli, write_routine: RoutineWriter, selfcare_home: Path
) -> None:
    path = write_routine(LEVELLED)
    before = steps_of(json.loads(cli("show", path, "--json").stdout))
    at_level(selfcare_home, "bird-dog", 3)

    plan = json.loads(cli("show", path, "--json").stdout)

    bird_dog = steps_of(plan)["bird-dog"]
    assert bird_dog["level"] == 3
    assert bird_dog["name"] == "Bird-dog, longer holds"
    assert bird_dog["seconds"] > before["bird-dog"]["seconds"]
    assert plan["total_seconds"] == sum(segment["seconds"] for segment in plan["timeline"])
    assert len(bird_dog["levels"]) == 3


def test_json_in_japanese_names_the_levels_in_japanese(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("show", write_routine(LEVELLED), "--json", "--lang", "ja")

    levels = steps_of(json.loads(result.stdout))["bird-dog"]["levels"]
    assert [level["name"] for level in levels] == [
        "バードドッグ（脚だけ）",
        "バードドッグ（手と脚）",
        "バードドッグ（長めに保持）",
    ]


def test_show_marks_the_current_level_and_lists_the_levels(
    cli: Cli, write_routine: RoutineWriter, selfcare_home: Path
) -> None:
    path = write_routine(LEVELLED)
    at_level(selfcare_home, "bird-dog", 2)

    result = cli("show", path)

    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert "Bird-dog, arm and leg 5 s × 5, rest 3 s, each side" in text
    assert "level 2 of 3" in text
    assert "Levels 1 Bird-dog, leg only 5 s × 5, rest 3 s, each side" in text
    assert "2 Bird-dog, arm and leg 5 s × 5, rest 3 s, each side ← now" in text
    assert "3 Bird-dog, longer holds 8 s × 8, rest 3 s, each side" in text
    assert "Drawing-in 10 s × 10, rest 3 s (" in text
    assert text.count("level ") == 1  # only the step with levels says its level


def test_show_gives_the_schedule_under_the_header(cli: Cli, write_routine: RoutineWriter) -> None:
    result = cli("show", write_routine(LEVELLED))

    text = flat(result.stdout)
    assert "3 sessions a week" in text
    assert text.index("3 sessions a week") < text.index("Bird-dog")


def test_show_in_japanese_marks_the_level(
    cli: Cli, write_routine: RoutineWriter, selfcare_home: Path
) -> None:
    path = write_routine(LEVELLED)
    at_level(selfcare_home, "bird-dog", 2)

    text = flat(cli("show", path, "--lang", "ja").stdout)

    assert "レベル 2/3" in text
    assert "バードドッグ（手と脚） 5秒 × 5回、休憩 3秒、左右それぞれ ← いま" in text


def test_a_history_that_cannot_be_read_shows_level_one_and_says_so(
    cli: Cli, write_routine: RoutineWriter, selfcare_home: Path
) -> None:
    database_path(selfcare_home).parent.mkdir(parents=True)
    database_path(selfcare_home).write_bytes(b"not a database, just bytes" * 100)
    path = write_routine(LEVELLED)

    shown = cli("show", path)
    data = cli("show", path, "--json")

    assert shown.exit_code == 0, shown.output
    assert "Your levels could not be read" in flat(shown.stdout)
    assert "level 1 of 3" in flat(shown.stdout)
    assert data.exit_code == 0, data.output
    assert steps_of(json.loads(data.stdout))["bird-dog"]["level"] == 1
    assert "Your levels could not be read" in data.stderr


def test_a_level_on_record_for_a_step_the_routine_no_longer_has_is_ignored(
    cli: Cli, write_routine: RoutineWriter, selfcare_home: Path
) -> None:
    path = write_routine(LEVELLED)
    at_level(selfcare_home, "side-plank", 2)
    at_level(selfcare_home, "drawing-in", 3)  # a step without levels stays as written

    result = cli("show", path, "--json")

    assert result.exit_code == 0, result.output
    steps = steps_of(json.loads(result.stdout))
    assert steps["drawing-in"]["level"] == 1
    assert "side-plank" not in steps
