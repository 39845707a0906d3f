"""The routine index keeps each routine's schedule, so `history` need not read the files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import SAMPLE_ROUTINE, RoutineWriter
from selfcare.paths import routine_index_path
from selfcare.routine.index import routine_summaries
from selfcare.routine.model import Schedule

SCHEDULED = SAMPLE_ROUTINE.replace(
    "phases:\n", "schedule:\n  days: [mon, thu]\n  weeks: 6-8\nphases:\n", 1
)


@pytest.fixture
def folder(write_routine: RoutineWriter) -> Path:
    write_routine(SCHEDULED)
    return write_routine.folder


def sample_schedule(folder: Path) -> Schedule | None:
    summaries = routine_summaries([folder], routine_index_path())
    return next(summary.schedule for summary in summaries if summary.id == "sample")


def test_the_index_keeps_the_schedule_and_gives_it_back_unread(folder: Path) -> None:
    expected = Schedule(days=("mon", "thu"), weeks=(6, 8))
    assert sample_schedule(folder) == expected
    entries = json.loads(routine_index_path().read_text("utf-8"))["entries"]
    kept = next(entry for key, entry in entries.items() if key.endswith("sample.yaml"))
    assert kept["schedule"] == {"per_week": None, "days": ["mon", "thu"], "weeks": [6, 8]}
    assert sample_schedule(folder) == expected  # from the index this time


def test_a_changed_file_is_read_again_for_its_schedule(
    folder: Path, write_routine: RoutineWriter
) -> None:
    assert sample_schedule(folder) is not None
    path = write_routine(SAMPLE_ROUTINE)
    os.utime(path, ns=(1, 1))  # a different fingerprint, whatever the clock's resolution
    assert sample_schedule(folder) is None


@pytest.mark.parametrize(
    "damaged",
    [
        {"per_week": 0, "days": [], "weeks": None},
        {"days": ["someday"]},
        "3 a week",
        {"days": [], "weeks": [8]},
    ],
)
def test_a_damaged_schedule_in_the_index_is_read_again_from_the_file(
    folder: Path, damaged: object
) -> None:
    sample_schedule(folder)
    index = routine_index_path()
    data = json.loads(index.read_text("utf-8"))
    for entry in data["entries"].values():
        entry["schedule"] = damaged
    index.write_text(json.dumps(data), "utf-8")
    assert sample_schedule(folder) == Schedule(days=("mon", "thu"), weeks=(6, 8))
