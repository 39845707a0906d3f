"""The package's shape: the README's module map matches the tree, and the tree stays small."""

from __future__ import annotations

import re
from pathlib import Path

import selfcare
from conftest import REPO

PACKAGE = Path(selfcare.__file__).parent


def module_map() -> str:
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme.split("## Architecture", 1)[1]
    return section.split("```", 2)[1]


def test_the_readme_module_map_names_every_module_and_folder() -> None:
    words = set(re.findall(r"[a-z_0-9]+", module_map()))
    # The message catalogue's parts are named together: "messages in parts".
    modules = {
        path.stem
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py" and not path.stem.endswith("_messages")
    }
    folders = {path.parent.name for path in PACKAGE.rglob("__init__.py")} - {"selfcare"}

    assert sorted(modules - words) == []
    assert sorted(folders - words) == []


def test_every_module_is_under_400_lines_and_the_top_level_holds_at_most_8() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text("utf-8").splitlines())) > 400
    }
    top_level = sorted(path.name for path in PACKAGE.glob("*.py"))

    assert long == {}
    assert len(top_level) <= 8, top_level


def test_package_init_files_import_nothing() -> None:
    # An import in a package's __init__ would load for every command that touches the package.
    for init in PACKAGE.rglob("__init__.py"):
        text = init.read_text("utf-8")
        assert not re.search(r"^\s*(import|from)\s", text, re.M), init
