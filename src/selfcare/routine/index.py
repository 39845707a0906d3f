"""What `selfcare list` shows of each routine, remembered between runs.

Reading and checking every routine file on each `list` costs the YAML stack and the
checks; a small index keyed on each file's size and modification time keeps `list`
as quick as a bare command. Any change to a file, or to a picture its steps name (a photo
added, replaced or deleted), makes it be read again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from selfcare.output import write_whole
from selfcare.routine.discovery import FoundFile, Source, check_file, winning_files
from selfcare.routine.model import WEEKDAYS, Schedule
from selfcare.routine.text import Text

# 2: each entry also fingerprints the pictures its verdict rests on; 3: and keeps the schedule;
# 4: and the routine's version; 5: and what to have at hand (an entry of 4 lacks it: read again)
INDEX_VERSION = 5


@dataclass(frozen=True)
class RoutineSummary:
    """One row of the routine list."""

    id: str
    path: Path
    source: Source
    overrides: tuple[Source, ...]
    valid: bool
    title: Text | None
    total_seconds: float | int | None
    phases: tuple[str, ...]
    schedule: Schedule | None = None  # how often and how long, for `history`
    version: str | None = None  # the routine's own `version:`
    equipment: tuple[Text, ...] = ()  # what to have at hand: the routine's and its steps'


def _fingerprint(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except (OSError, ValueError):  # ValueError: a picture's path written with a NUL in it
        return None
    return [stat.st_mtime_ns, stat.st_size]


def _summarize(found: FoundFile) -> dict[str, object]:
    from selfcare.routine.plan import whole_if_possible

    checked = check_file(found.path, found.source)
    # The verdict also rests on the pictures the check looked at.
    pictures = [[str(path), _fingerprint(path)] for path in checked.pictures]
    plan = checked.plan
    if plan is None:
        return {
            "valid": False,
            "title": None,
            "total_seconds": None,
            "phases": [],
            "pictures": pictures,
            "schedule": None,
            "version": None,
            "equipment": [],
        }
    routine, seconds = plan.routine, plan.total_seconds
    return {
        "valid": True,
        "title": _text_data(routine.title),
        "total_seconds": whole_if_possible(seconds),
        "phases": [str(phase.kind) for phase in routine.phases],
        "pictures": pictures,
        "schedule": _schedule_data(routine.schedule),
        "version": routine.version,
        "equipment": [_text_data(item) for item in routine.equipment_needed],
    }


def _text_data(text: Text) -> str | dict[str, str]:
    return text if isinstance(text, str) else dict(text)


def _is_text(value: object) -> TypeGuard[Text]:
    return isinstance(value, str) or (
        isinstance(value, dict)
        and bool(value)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    )


def _schedule_data(schedule: Schedule | None) -> dict[str, object] | None:
    if schedule is None:
        return None
    weeks = None if schedule.weeks is None else list(schedule.weeks)
    return {"per_week": schedule.per_week, "days": list(schedule.days), "weeks": weeks}


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _schedule(data: object) -> Schedule | None:
    """The schedule an index entry keeps; None for none (or a damaged one: the entry is
    then read again, see `_well_formed`)."""
    if not isinstance(data, dict):
        return None
    per_week, days, weeks = data.get("per_week"), data.get("days"), data.get("weeks")
    if not (per_week is None or _count(per_week)):
        return None
    if not (isinstance(days, list) and all(day in WEEKDAYS for day in days)):
        return None
    if weeks is not None and not (
        isinstance(weeks, list) and len(weeks) == 2 and all(map(_count, weeks))
    ):
        return None
    return Schedule(per_week, tuple(days), None if weeks is None else (weeks[0], weeks[1]))


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _is_fingerprint(value: object) -> bool:
    return value is None or (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) for n in value)
    )


def _pictures_unchanged(entry: dict[str, object]) -> bool:
    """Whether every picture the entry's verdict rests on is as it was (or still missing)."""
    pictures = entry.get("pictures")
    assert isinstance(pictures, list)  # _well_formed made sure
    return all(_fingerprint(Path(path)) == fingerprint for path, fingerprint in pictures)


def _read_index(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _write_index(path: Path, entries: dict[str, dict[str, object]]) -> None:
    """Replace the index atomically; an index that cannot be written is simply not kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": INDEX_VERSION, "entries": entries}).encode("utf-8")
        write_whole(path, data)
    except OSError:
        pass


# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_FROM = 64


def _summarize_all(stale: list[FoundFile]) -> list[dict[str, object]]:
    """Summaries of files that must be read, in order; on several cores when there are many."""
    workers = min(os.cpu_count() or 1, 8)
    if len(stale) < PARALLEL_FROM or workers < 2:
        return [_summarize(found) for found in stale]
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_summarize, stale, chunksize=max(1, len(stale) // (workers * 4))))
    except (OSError, RuntimeError):  # no processes to be had here: read them one by one
        return [_summarize(found) for found in stale]


_PHASE_KINDS = ("prepare", "stabilize", "loosen", "cooldown")


def _well_formed(entry: object) -> TypeGuard[dict[str, object]]:
    """An index entry as `_summarize` writes it; anything else (a damaged file) is read anew."""
    if not isinstance(entry, dict):
        return False
    pictures = entry.get("pictures")
    pictures_ok = isinstance(pictures, list) and all(
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[0], str)
        and _is_fingerprint(item[1])
        for item in pictures
    )
    if not pictures_ok:
        return False
    schedule = entry.get("schedule")
    if schedule is not None and _schedule(schedule) is None:
        return False
    if not isinstance(entry.get("version"), str | None):
        return False
    equipment = entry.get("equipment")
    if not (isinstance(equipment, list) and all(map(_is_text, equipment))):
        return False
    if entry.get("valid") is not True:  # "yes" or 1 from another program is no verdict
        return entry.get("valid") is False
    title, seconds, phases = entry.get("title"), entry.get("total_seconds"), entry.get("phases")
    title_ok = _is_text(title)
    seconds_ok = (
        isinstance(seconds, int | float) and not isinstance(seconds, bool) and 0 <= seconds < 1e9
    )
    phases_ok = isinstance(phases, list) and all(kind in _PHASE_KINDS for kind in phases)
    return title_ok and seconds_ok and phases_ok


def routine_summaries(extra_dirs: list[Path], index_path: Path) -> list[RoutineSummary]:
    """A summary of every routine that wins for its id, reading only files that changed."""
    old = _read_index(index_path)
    found_files = winning_files(extra_dirs)
    keys = [str(found.path.resolve()) for found in found_files]
    fingerprints = [_fingerprint(found.path) for found in found_files]
    fresh: dict[str, dict[str, object]] = {}
    stale: list[tuple[str, FoundFile]] = []
    for key, found, fingerprint in zip(keys, found_files, fingerprints, strict=True):
        entry = old.get(key)
        if (
            _well_formed(entry)
            and entry.get("fingerprint") == fingerprint
            and _pictures_unchanged(entry)
        ):
            fresh[key] = entry
        else:
            stale.append((key, found))
    for (key, _), summary in zip(stale, _summarize_all([found for _, found in stale]), strict=True):
        fresh[key] = summary
    new: dict[str, dict[str, object]] = {}
    summaries = []
    for key, found, fingerprint in zip(keys, found_files, fingerprints, strict=True):
        entry = {**fresh[key], "fingerprint": fingerprint}
        new[key] = entry
        seconds = entry.get("total_seconds")
        title = entry.get("title")
        phases = entry.get("phases")
        summaries.append(
            RoutineSummary(
                found.id,
                found.path,
                found.source,
                found.overrides,
                bool(entry.get("valid")),
                title if isinstance(title, str | dict) else None,
                seconds if isinstance(seconds, int | float) else None,
                tuple(str(kind) for kind in phases) if isinstance(phases, list) else (),
                _schedule(entry.get("schedule")),
                version if isinstance(version := entry.get("version"), str) else None,
                tuple(item for item in _list(entry.get("equipment")) if _is_text(item)),
            )
        )
    if new != old:
        _write_index(index_path, new)
    return summaries


def routine_schedules(routines: Collection[str]) -> dict[str, Schedule]:
    """The schedule of each routine in `routines` whose file is found, valid and has one.

    Read from the routine index `list` keeps (a file is read again only when it changed);
    a routine that is gone, or no longer valid, simply has no target.
    """
    from selfcare.paths import routine_index_path

    return {
        summary.id: summary.schedule
        for summary in routine_summaries([], routine_index_path())
        if summary.id in routines and summary.valid and summary.schedule is not None
    }


def valid_routine_ids(routines: Collection[str]) -> set[str]:
    """Those of `routines` whose files are found and valid: the ones `start` can run."""
    from selfcare.paths import routine_index_path

    return {
        summary.id
        for summary in routine_summaries([], routine_index_path())
        if summary.id in routines and summary.valid
    }
