"""`selfcare validate`: check files and folders, print one line per problem."""

from __future__ import annotations

from pathlib import Path

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Diagnostic, Severity
from selfcare.routine.discovery import ROUTINE_SUFFIXES, check_file


def routine_files(path: Path) -> list[Path]:
    """`path` itself, or the routine files under a folder (recursively), sorted."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in ROUTINE_SUFFIXES and p.is_file())
    return [path]


def validate_paths(paths: list[Path]) -> tuple[int, list[Diagnostic]]:
    """Check every routine file named or found under `paths`; returns (files checked, problems)."""
    problems: list[Diagnostic] = []
    checked = 0
    for path in paths:
        if not path.exists():
            problems.append(
                Diagnostic(
                    str(path), 1, 1, Severity.ERROR, "no-file", t("validate.missing", path=path)
                )
            )
            continue
        files = routine_files(path)
        if not files:
            problems.append(
                Diagnostic(
                    str(path), 1, 1, Severity.ERROR, "no-file", t("validate.no_files", path=path)
                )
            )
        for file in files:
            checked += 1
            found = check_file(file).diagnostics
            problems.extend(sorted(found, key=lambda d: (d.line, d.column)))
    return checked, problems


def run_validate(paths: list[Path], strict: bool, as_json: bool) -> int:
    """Print the problems; the exit code is 1 on errors (or on warnings when strict)."""
    checked, problems = validate_paths(paths)
    errors = sum(1 for d in problems if d.severity is Severity.ERROR)
    warnings = len(problems) - errors
    if as_json:
        import json

        from selfcare.safe_text import terminal_safe_json

        text = json.dumps([d.as_dict() for d in problems], ensure_ascii=False, indent=2)
        print(terminal_safe_json(text))
    else:
        from selfcare.output import stdout_console
        from selfcare.safe_text import terminal_safe

        console = stdout_console()
        for diagnostic in problems:
            style = "red" if diagnostic.severity is Severity.ERROR else "yellow"
            # soft_wrap: one problem stays on one line, even piped into an editor or grep
            console.print(
                terminal_safe(diagnostic.render()), style=style, markup=False, soft_wrap=True
            )
        summary = t("validate.summary", files=checked, errors=errors, warnings=warnings)
        console.print(summary, style="bold" if problems else "green", markup=False)
    failed = errors > 0 or (strict and warnings > 0)
    return 1 if failed else 0
