"""`selfcare history` on a record of 10,000 sessions: the view, the exports, and the import.

Builds a history database with N sessions (default 10,000, ten steps and a safety screen each,
some level changes and learn cards) spread over the past years, then times, each in a fresh
process, `selfcare history`, `--csv`, `--json`, the whole export `--json --all`, and
`selfcare history import` of that export into an empty home (a new one every run), and
what the safety check reads from the record before every session. Prints medians. Targets:
the view under 0.5 s, the exports under 1 s, the safety check's read under 20 ms (it comes
before the first question); the import has none (it is run once, when moving to a new
computer) and is reported to keep it in sight, as is the check for damaged pages a session
makes before it writes its row (it reads the whole file).
Usage: python benchmarks/history_scale.py [--sessions N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from selfcare.history.store import connect, utc_text
from selfcare.paths import database_path

STEPS = ["drawing-in", "pelvic-floor", "glute-bridge", "bird-dog", "clamshell"]
LOOSEN = ["cat-cow", "knees-rocking", "knee-to-chest", "hamstring-towel", "relaxed-breathing"]


def build(home: Path, sessions: int) -> None:
    random.seed(7)
    db = connect(database_path(home))
    now = datetime.now(UTC)
    db.execute("BEGIN")
    for number in range(sessions):
        started = now - timedelta(hours=(sessions - number) * 7)
        ended = started + timedelta(minutes=random.randint(5, 20))
        before = random.randint(1, 7)
        loosen = random.choice(["done", "skipped", "stopped", None])
        routine = random.choice(["low-back", "low-back-quick"])
        cursor = db.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
            " planned_seconds, speed, pain_before, pain_after, loosen, pid, uid)"
            " VALUES (?, ?, 'en', ?, ?, 'completed', 1158, 1, ?, ?, ?, NULL, ?)",
            (
                routine,
                "Low back",
                utc_text(started),
                utc_text(ended),
                before,
                max(0, before + random.randint(-3, 2)),
                loosen,
                uuid.UUID(int=random.getrandbits(128)).hex,
            ),
        )
        session_id = cursor.lastrowid
        db.execute(
            "INSERT INTO screens (session_id, taken_at, kind, result, area)"
            " VALUES (?, ?, ?, 'clear', 'low-back')",
            (session_id, utc_text(started), "full" if number % 7 == 0 else "short"),
        )
        if number % 90 == 0:  # the kept answers, asked again about every 3 months
            db.executemany(
                "INSERT INTO safety_answers (session_id, area, item, answer, answered_at)"
                " VALUES (?, 'low-back', ?, ?, ?)",
                [
                    (session_id, "histories", "none", utc_text(started)),
                    (session_id, "inflammatory", "no", utc_text(started)),
                    (session_id, "pregnancy", "no", utc_text(started)),
                ],
            )
        if number % 50 == 0:  # a level offer about every two weeks, a card now and then
            db.execute(
                "INSERT INTO level_changes (session_id, routine, step, level, changed_at)"
                " VALUES (?, ?, 'bird-dog', 2, ?)",
                (session_id, routine, utc_text(ended)),
            )
            db.execute(
                "INSERT INTO cards_seen (session_id, routine, card, seen_at)"
                " VALUES (?, ?, 'stabilise-first', ?)",
                (session_id, routine, utc_text(ended)),
            )
        db.executemany(
            "INSERT INTO steps (session_id, step_index, step, phase, status, seconds, ended_at)"
            " VALUES (?, ?, ?, ?, 'done', 60, ?)",
            [
                (
                    session_id,
                    index,
                    step,
                    "stabilize" if index < 5 else "loosen",
                    utc_text(ended),
                )
                for index, step in enumerate(STEPS + LOOSEN)
            ],
        )
    db.execute("COMMIT")
    db.close()


def median_seconds(command: list[str], env: dict[str, str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def median_import_seconds(export: Path, folder: Path, runs: int) -> float:
    """`selfcare history import` of the whole export, each run into a new, empty home."""
    samples = []
    for run in range(runs):
        env = {**os.environ, "SELFCARE_HOME": str(folder / f"empty-{run}")}
        command = [sys.executable, "-m", "selfcare", "history", "import", str(export)]
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def median_safety_state_seconds(home: Path, runs: int) -> float:
    """What the safety check reads before every session: the last checks and kept answers."""
    from selfcare.history.safety_answers import safety_state

    db = connect(database_path(home))
    samples = []
    for _ in range(runs * 10):
        started = time.perf_counter()
        safety_state(db, "low-back")
        samples.append(time.perf_counter() - started)
    db.close()
    return statistics.median(samples)


def median_intact_check_seconds(home: Path, runs: int) -> float:
    """What a session checks before writing its row: that no page of the file is damaged."""
    from selfcare.history.store import check_intact

    db = connect(database_path(home))
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        check_intact(db)
        samples.append(time.perf_counter() - started)
    db.close()
    return statistics.median(samples)


def report(label: str, median: float, target: float | None) -> None:
    verdict = "no target" if target is None else "ok" if median <= target else "over target"
    limit = "" if target is None else f"target {target:g} s: "
    print(f"{label:<24} median {median * 1000:7.1f} ms  ({limit}{verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        started = time.perf_counter()
        build(home, args.sessions)
        print(f"built {args.sessions} sessions in {time.perf_counter() - started:.1f} s")
        env = {**os.environ, "SELFCARE_HOME": folder, "COLUMNS": "100"}
        report("safety check's read", median_safety_state_seconds(home, args.runs), 0.02)
        report("start's damage check", median_intact_check_seconds(home, args.runs), None)
        selfcare = [sys.executable, "-m", "selfcare", "history"]
        for label, extra, target in (
            ("history", [], 0.5),
            ("history --csv", ["--csv"], 1.0),
            ("history --json", ["--json"], 1.0),
            ("history --json --all", ["--json", "--all"], 1.0),
        ):
            report(label, median_seconds(selfcare + extra, env, args.runs), target)
        export = home / "export.json"
        with export.open("w", encoding="utf-8") as file:
            subprocess.run([*selfcare, "--json", "--all"], env=env, stdout=file, check=True)
        megabytes = export.stat().st_size / 2**20
        report(f"import ({megabytes:.1f} MB)", median_import_seconds(export, home, args.runs), None)


if __name__ == "__main__":
    main()
