"""`selfcare validate`: check files and folders, print one line per problem."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from selfcare.i18n.language import t
from selfcare.output import OutputFormat, print_json
from selfcare.routine.diagnostics import Diagnostic, Rule, Severity
from selfcare.routine.discovery import check_file, routine_files
from selfcare.safe_text import one_line

# Errors that mean nothing is there to read; any other (no permission) is reported as such.
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP)


def _problem(path: Path, rule: Rule, message: str) -> Diagnostic:
    return Diagnostic(str(path), 1, 1, Severity.ERROR, rule, message)


def _files_named(path: Path) -> list[Path] | Diagnostic:
    """`path` itself, or the routine files anywhere under a folder; or why there are none."""
    try:
        is_folder = stat.S_ISDIR(path.stat().st_mode)
    except OSError as error:
        if error.errno in _MISSING:  # a name too long for the system cannot be there either
            return _problem(path, Rule.NO_FILE, t("validate.missing", path=one_line(path)))
        return [path]  # in a folder that cannot be searched: reading it says why
    if not is_folder:
        return [path]
    try:
        files = routine_files(path, recursive=True)
    except OSError as error:
        reason = error.strerror or str(error)
        return _problem(path, Rule.UNREADABLE, t("library.folder_unreadable", reason=reason))
    return files or _problem(path, Rule.NO_FILE, t("validate.no_files", path=one_line(path)))


def validate_paths(paths: list[Path]) -> tuple[int, list[Diagnostic]]:
    """Check every routine file named or found under `paths`; returns (files checked, problems)."""
    problems: list[Diagnostic] = []
    checked = 0
    for path in paths:
        files = _files_named(path)
        if isinstance(files, Diagnostic):
            problems.append(files)
            continue
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
