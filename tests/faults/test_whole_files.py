"""Files selfcare writes are written whole or not at all: a full disk during `export` or the
routine index leaves the old file as it was and no temporary file behind.

A real full disk is a small tmpfs, filled up, where the test may mount one (root on Linux);
elsewhere that test is skipped, and the full disk is simulated by making `os.fsync` fail with
ENOSPC between writing the temporary file and renaming it.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from conftest import Cli
from fault_tools import fill

pytestmark = pytest.mark.timeout(120)


def disk_full(*args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_export_onto_a_handout_on_a_really_full_disk_keeps_the_old_one(
    cli: Cli, small_disk: Path
) -> None:
    handout = small_disk / "low-back.html"
    assert cli("export", "low-back", "--out", handout).exit_code == 0
    before = handout.read_bytes()
    fill(small_disk)

    result = cli("export", "low-back", "--lang", "ja", "--out", handout)  # a longer page

    assert result.exit_code == 1
    assert os.strerror(errno.ENOSPC) in result.output
    assert handout.read_bytes() == before
    assert sorted(path.name for path in small_disk.iterdir()) == ["filler", "low-back.html"]


def test_export_onto_an_existing_handout_on_a_full_disk_keeps_the_old_one(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handout = tmp_path / "low-back.html"
    assert cli("export", "low-back", "--out", handout).exit_code == 0
    before = handout.read_bytes()
    monkeypatch.setattr(os, "fsync", disk_full)

    result = cli("export", "low-back", "--lang", "ja", "--out", handout)

    assert result.exit_code == 1
    assert os.strerror(errno.ENOSPC) in result.output
    assert handout.read_bytes() == before  # whole, "When to stop" included
    assert sorted(path.name for path in tmp_path.iterdir()) == ["low-back.html"]


def test_the_routine_index_on_a_full_disk_leaves_no_temporary_files(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"SELFCARE_HOME": str(tmp_path / "home")}
    monkeypatch.setattr(os, "fsync", disk_full)

    for _ in range(3):
        assert cli("list", env=env).exit_code == 0  # a cache that cannot be kept is not kept

    cache = tmp_path / "home" / "cache"
    left = sorted(path.name for path in cache.iterdir()) if cache.exists() else []
    assert left == []
