"""`selfcare history` on a record of 10,000 sessions: render and export times.

Builds a history database with N sessions (default 10,000, ten steps each) spread over the
past years, then times `selfcare history`, `--csv` and `--json` in fresh processes and prints
medians. Targets: the view under 0.5 s, the exports under 1 s.
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from selfcare.history.store import connect
from selfcare.paths import database_path

STEPS = ["drawing-in", "pelvic-floor", "glute-bridge", "bird-dog", "clamshell"]
LOOSEN = ["cat-cow", "knee-to-chest", "figure-4", "hamstring-towel", "relaxed-breathing"]


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
        cursor = db.execute(
            "INSERT INTO sessions (routine, routine_title, lang, started_at, ended_at, status,"
            " planned_seconds, speed, pain_before, pain_after, loosen, pid)"
            " VALUES (?, ?, 'en', ?, ?, 'completed', 1158, 1, ?, ?, ?, NULL)",
            (
                random.choice(["low-back", "low-back-quick"]),
                "Low back",
                started.isoformat(timespec="seconds"),
                ended.isoformat(timespec="seconds"),
                before,
                max(0, before + random.randint(-3, 2)),
                loosen,
            ),
        )
        db.executemany(
            "INSERT INTO steps (session_id, step_index, step, phase, status, seconds, ended_at)"
            " VALUES (?, ?, ?, ?, 'done', 60, ?)",
            [
                (
                    cursor.lastrowid,
                    index,
                    step,
                    "stabilize" if index < 5 else "loosen",
                    ended.isoformat(),
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
        selfcare = [sys.executable, "-m", "selfcare", "history"]
        for label, extra, target in (
            ("history", [], 0.5),
            ("history --csv", ["--csv"], 1.0),
            ("history --json", ["--json"], 1.0),
        ):
            median = median_seconds(selfcare + extra, env, args.runs)
            verdict = "ok" if median <= target else "over target"
            print(f"{label:<16} median {median * 1000:7.1f} ms  (target {target:.1f} s: {verdict})")


if __name__ == "__main__":
    main()
