"""Start-up time of `selfcare list` and `selfcare --help` against a one-command Typer app.

Runs each command alternately in fresh processes and reports medians and the ratio to the
Typer baseline (target: ratio <= 1.3). Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A one-command Typer app with a text option. Typer builds a pydantic adapter for every
# non-flag parameter, so any app with such an option pays that import; the bare app
# (no options at all) is shown as well for reference.
BASELINE = """
import typer

app = typer.Typer()


@app.command()
def main(name: str | None = None, json: bool = typer.Option(False, "--json")) -> None:
    print("hello")


app()
"""

BARE = """
import typer

app = typer.Typer()


@app.command()
def main() -> None:
    print("hello")


app()
"""


def time_once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SELFCARE_HOME": home}
        baseline = Path(home) / "baseline.py"
        baseline.write_text(BASELINE)
        bare = Path(home) / "bare.py"
        bare.write_text(BARE)
        commands = {
            "typer one-command app": [sys.executable, str(baseline)],
            "typer app, no options": [sys.executable, str(bare)],
            "selfcare list": [sys.executable, "-m", "selfcare", "list"],
            "selfcare --help": [sys.executable, "-m", "selfcare", "--help"],
        }
        for command in commands.values():  # warm the file cache and .pyc files
            time_once(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(time_once(command, env))
    base = statistics.median(samples["typer one-command app"])
    print(f"{'command':<24} {'median ms':>10} {'ratio':>7}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:<24} {median * 1000:>10.1f} {median / base:>7.2f}")


if __name__ == "__main__":
    main()
