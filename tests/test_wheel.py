"""The built wheel carries the built-in routines, and an installed copy finds them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import BUILTIN_ROUTINES, REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (built,) = out.glob("selfcare-*.whl")
    return built


def test_the_wheel_contains_every_built_in_routine_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())

    expected = {f"selfcare/routines/{path.name}" for path in BUILTIN_ROUTINES.iterdir()}
    assert expected
    assert expected <= names
    for path in BUILTIN_ROUTINES.iterdir():
        with zipfile.ZipFile(wheel) as archive:
            assert archive.read(f"selfcare/routines/{path.name}") == path.read_bytes()


def test_the_wheel_carries_the_chimes(wheel: Path) -> None:
    sounds = REPO / "src" / "selfcare" / "sounds"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for path in sounds.glob("*.wav"):
            assert archive.read(f"selfcare/sounds/{path.name}") == path.read_bytes()
    assert len([name for name in names if name.startswith("selfcare/sounds/")]) == 6


def test_an_installed_wheel_finds_its_built_in_routines_inside_the_package(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    probe = (
        "import json, selfcare, selfcare.paths as paths, selfcare.routine.discovery as lib;"
        "print(json.dumps([selfcare.__file__, str(paths.builtin_routines()),"
        " [f.id for f in lib.winning_files() if lib.check_file(f.path).routine is not None]]))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}

    shown = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )

    package_file, folder, ids = json.loads(shown.stdout)
    assert Path(package_file).is_relative_to(target)
    assert Path(folder) == target / "selfcare" / "routines"
    assert ids == sorted(path.stem for path in BUILTIN_ROUTINES.glob("*.yaml"))
