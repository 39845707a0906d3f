"""What the fault tests share: a small real disk to fill, the program run as a person would
(its own environment, its history read back), and a timed routine run in plain mode."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest import RoutineWriter


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs of its own (a real file system to fill up), unmounted afterwards."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root on Linux")
    mount = ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)]
    if subprocess.run(mount, capture_output=True, check=False).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the filesystem; the file that holds them."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)
    return filler


def environment(home: Path) -> dict[str, str]:
    """The environment of a person at a UTF-8 terminal, in English, with `home`."""
    return {
        **os.environ,
        "SELFCARE_HOME": str(home),
        "SELFCARE_LANG": "en",
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
    }


def history(home: Path) -> list[dict[str, Any]]:
    """Every session on record, practice runs and sessions not started included."""
    shown = subprocess.run(
        [sys.executable, "-m", "selfcare", "history", "--json", "--all"],
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    sessions: list[dict[str, Any]] = json.loads(shown.stdout)
    return sessions


TIMED_ROUTINE = """\
format: selfcare/1
id: timed
title: Timed routine
get_ready: 1
phases:
  - kind: stabilize
    steps:
{steps}"""
STEP = "      - id: s{n}\n        name: Step {n}\n        hold: 2\n"


def timed_session(
    write_routine: RoutineWriter, home: Path, steps: int, speed: float = 1
) -> subprocess.Popen[str]:
    """`selfcare start` of a routine of `steps` 2 s holds, unattended, printing plain lines."""
    routine = write_routine(
        TIMED_ROUTINE.format(steps="".join(STEP.format(n=n) for n in range(steps)))
    )
    args = ["start", str(routine), "--yes", "--no-sound", "--speed", str(speed)]
    return subprocess.Popen(
        [sys.executable, "-m", "selfcare", *args],
        env=environment(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
