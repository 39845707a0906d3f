"""`selfcare validate` and `selfcare list` on a folder of many routine files.

Generates N routine files (copies of the built-in low-back routine under new ids, plus a few
broken ones) in a temporary folder, then times, each in a fresh process:

- `selfcare validate FOLDER`;
- `selfcare list --routines-dir FOLDER` with a cold index (a fresh SELFCARE_HOME every run);
- the same with a warm index (the index the previous run left behind).

Reports the median of several runs of each (target: under 2 s each).
Usage: python benchmarks/scale.py [--files N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selfcare.paths import builtin_routines

TARGET_SECONDS = 2.0  # the target for 1,000 files, each command
BASE_ROUTINE = "low-back"
# One of each kind of break; a real folder has few broken files among many good ones.
BROKEN = {
    "broken-tag": "format: selfcare/1\nid: broken-tag\ntitle: !!python/name:os.system\n",
    "broken-syntax": "format: selfcare/1\nid: broken-syntax\ntitle: [unclosed\n",
    "broken-empty": "",
    "broken-shape": "- just\n- a list\n",
    "broken-order": (
        "format: selfcare/1\nid: broken-order\ntitle: Loosen first\nphases:\n"
        "  - kind: loosen\n    steps:\n      - {id: a, name: A, hold: 5}\n"
    ),
}
SELFCARE = [sys.executable, "-m", "selfcare"]


def write_folder(folder: Path, count: int) -> tuple[int, int]:
    """Write `count` routine files into `folder`; returns (valid, broken) counts."""
    base = (builtin_routines() / f"{BASE_ROUTINE}.yaml").read_text("utf-8")
    marker = f"\nid: {BASE_ROUTINE}\n"
    if marker not in base:
        raise SystemExit(f"the built-in {BASE_ROUTINE} routine has no line 'id: {BASE_ROUTINE}'")
    broken = list(BROKEN.items())[: min(len(BROKEN), max(1, count // 200))]
    valid = count - len(broken)
    for number in range(valid):
        routine_id = f"routine-{number:05d}"
        text = base.replace(marker, f"\nid: {routine_id}\n")
        (folder / f"{routine_id}.yaml").write_text(text, "utf-8")
    for name, text in broken:
        (folder / f"{name}.yaml").write_text(text, "utf-8")
    return valid, len(broken)


def run(arguments: list[str], home: Path, expected_code: int) -> float:
    """Seconds one `selfcare ARGUMENTS` process takes; it must exit with `expected_code`."""
    env = {**os.environ, "SELFCARE_HOME": str(home), "SELFCARE_LANG": "en"}
    started = time.perf_counter()
    finished = subprocess.run(
        [*SELFCARE, *arguments], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = time.perf_counter() - started
    if finished.returncode != expected_code:
        message = finished.stderr.decode("utf-8", "replace")
        raise SystemExit(f"selfcare {' '.join(arguments)} exited {finished.returncode}: {message}")
    return elapsed


def check_listing(folder: Path, home: Path, valid: int, broken: int) -> None:
    """The list must show every generated file, marking exactly the broken ones."""
    env = {**os.environ, "SELFCARE_HOME": str(home), "SELFCARE_LANG": "en"}
    output = subprocess.run(
        [*SELFCARE, "list", "--json", "--routines-dir", str(folder)],
        env=env,
        capture_output=True,
        check=True,
    ).stdout
    rows = [row for row in json.loads(output) if row["source"] == "folder"]
    shown = (sum(1 for row in rows if row["valid"]), sum(1 for row in rows if not row["valid"]))
    if shown != (valid, broken):
        raise SystemExit(f"list showed {shown} valid/broken rows, expected {(valid, broken)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000, help="routine files to generate")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folder = root / "routines"
        folder.mkdir()
        valid, broken = write_folder(folder, args.files)
        check_listing(folder, root / "check-home", valid, broken)
        validate = ["validate", str(folder)]
        listing = ["list", "--routines-dir", str(folder)]
        validate_code = 1 if broken else 0
        run(validate, root / "warm-up", validate_code)  # the file cache and .pyc files
        samples: dict[str, list[float]] = {"validate": [], "list (cold)": [], "list (warm)": []}
        for number in range(args.runs):
            home = root / f"home-{number}"
            samples["validate"].append(run(validate, home, validate_code))
            samples["list (cold)"].append(run(listing, home, 0))  # no index yet: reads every file
            samples["list (warm)"].append(run(listing, home, 0))  # the index the cold run wrote
    size = (builtin_routines() / f"{BASE_ROUTINE}.yaml").stat().st_size
    print(f"{valid} copies of {BASE_ROUTINE} ({size / 1024:.0f} KiB) + {broken} broken files")
    print(f"{args.runs} runs each, in fresh processes")
    print(f"{'command':<14} {'median s':>9} {'min s':>7} {'max s':>7}  (target: under 2 s)")
    over = []
    for name, values in samples.items():
        median = statistics.median(values)
        verdict = "ok" if median < TARGET_SECONDS else "OVER"
        if median >= TARGET_SECONDS:
            over.append(name)
        print(f"{name:<14} {median:>9.3f} {min(values):>7.3f} {max(values):>7.3f}  {verdict}")
    if over:
        sys.exit(1)


if __name__ == "__main__":
    main()
