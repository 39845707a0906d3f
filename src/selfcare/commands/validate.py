"""`selfcare validate`: check files and folders, print one line per problem."""

from __future__ import annotations

from pathlib import Path

from selfcare.i18n.language import t
from selfcare.output import OutputFormat, print_json
from selfcare.routine.diagnostics import Diagnostic, Rule, Severity
from selfcare.routine.discovery import check_file, routine_files


def _files_named(path: Path) -> list[Path]:
    """`path` itself, or the routine files anywhere under a folder."""
    return routine_files(path, recursive=True) if path.is_dir() else [path]


def _exists(path: Path) -> bool:
    """Whether `path` is there; a name the system cannot even look up (too long) is not."""
    try:
        return path.exists()
    except OSError:
        return False


def validate_paths(paths: list[Path]) -> tuple[int, list[Diagnostic]]:
    """Check every routine file named or found under `paths`; returns (files checked, problems)."""
    problems: list[Diagnostic] = []
    checked = 0
    for path in paths:
        if not _exists(path):
            message = t("validate.missing", path=path)
            problems.append(Diagnostic(str(path), 1, 1, Severity.ERROR, Rule.NO_FILE, message))
            continue
        files = _files_named(path)
        if not files:
            message = t("validate.no_files", path=path)
            problems.append(Diagnostic(str(path), 1, 1, Severity.ERROR, Rule.NO_FILE, message))
        for file in files:
            checked += 1
            found = check_file(file).diagnostics
            problems.extend(sorted(found, key=lambda d: (d.line, d.column)))
    return checked, problems


def validate(paths: list[Path], output: OutputFormat, *, strict: bool) -> int:
    """Print the problems; the exit code is 1 on errors (or on warnings when strict)."""
    checked, problems = validate_paths(paths)
    errors = sum(1 for d in problems if d.severity is Severity.ERROR)
    warnings = len(problems) - errors
    if output is OutputFormat.JSON:
        print_json([d.as_dict() for d in problems])
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
