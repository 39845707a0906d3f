"""`selfcare add SOURCE`: install a routine a practitioner sent, from a file or a link.

Nothing is written until the whole file has been fetched and checked; then it goes into the
user's folder as `<id>.yaml`, whole or not at all. An id a built-in routine has needs
`--force`; replacing a routine already there is asked first (`--yes` answers).
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TYPE_CHECKING

from selfcare.commands.confirm import confirm
from selfcare.commands.copyable import command_line
from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import stdout_console
from selfcare.routine.changes import changes_from_file
from selfcare.routine.fetch import download, is_link
from selfcare.routine.ids import is_routine_id
from selfcare.routine.install import Candidate, checked, install, installed_files, is_builtin
from selfcare.routine.origins import Origin, fingerprint, remember
from selfcare.routine.source import MAX_FILE_BYTES
from selfcare.routine.text import localize
from selfcare.safe_text import one_line, terminal_safe

if TYPE_CHECKING:
    from rich.console import Console

    from selfcare.routine.diagnostics import Diagnostic


def add(source: str, *, force: bool, yes: bool) -> Path | None:
    """Install the routine at `source` (a path or a link); the installed file, or None when
    the user chose to keep the copy they have."""
    url = source if is_link(source) else None
    data = download(source) if url is not None else _read(source)
    candidate = checked(data, source)
    console = stdout_console()
    print_diagnostics(console, candidate.warnings)
    routine_id = candidate.id
    builtin = is_builtin(routine_id)
    if builtin and not force:
        retry = command_line("selfcare", "add", source, "--force")
        raise SelfcareError(t("add.builtin_id", id=routine_id, command=retry))
    existing = installed_files(routine_id)
    if existing:
        if _same_file(existing, candidate):
            if url is not None:  # the same file, now also known by this link
                remember(routine_id, Origin(url, fingerprint(data)))
            say(console, t("add.unchanged", id=routine_id, path=one_line(existing[0])))
            print_start_hint(console, routine_id)
            return existing[0]
        say(console, t("add.already_there", id=routine_id, path=one_line(existing[0])))
        print_lines(console, changes_from_file(existing[0], candidate.plan.routine))
        if not confirm(t("add.replace_question", id=routine_id), yes=yes):
            say(console, t("add.kept", id=routine_id))
            return None
    target = install(candidate, url)
    title = terminal_safe(localize(candidate.plan.routine.title))
    done = "add.replaced" if existing else "add.added"
    say(console, t(done, title=title, id=routine_id, path=one_line(target)))
    if builtin:
        back = command_line("selfcare", "remove", routine_id)
        say(console, t("add.overrides_builtin", id=routine_id, command=back))
    _warn_if_hidden(console, routine_id, target)
    print_start_hint(console, routine_id)
    return target


def _read(source: str) -> bytes:
    """The file's bytes (at most one byte past the size limit, which the check then reports)."""
    path = Path(source).expanduser()
    try:
        is_file = stat.S_ISREG(path.stat().st_mode)  # a FIFO would block, a folder is no file
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the name
        if is_routine_id(source) and is_builtin(source):  # `selfcare add low-back`
            start = command_line("selfcare", "start", source)
            raise SelfcareError(t("add.already_built_in", id=source, command=start)) from None
        raise SelfcareError(t("library.no_file", path=one_line(source))) from None
    except OSError as error:
        raise _cannot_read(source, error) from None
    if not is_file:
        raise SelfcareError(t("add.not_a_file", path=one_line(source)))
    try:
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _cannot_read(source, error) from None


def _cannot_read(source: str, error: OSError) -> SelfcareError:
    reason = error.strerror or str(error)
    return SelfcareError(t("library.cannot_read", path=one_line(source), reason=reason))


def _same_file(existing: list[Path], candidate: Candidate) -> bool:
    """Whether the one installed file is already these very bytes."""
    if len(existing) != 1 or existing[0].name != f"{candidate.id}.yaml":
        return False
    try:
        return existing[0].read_bytes() == candidate.data
    except OSError:
        return False


def _warn_if_hidden(console: Console, routine_id: str, target: Path) -> None:
    """A routine of the same id in a folder of $SELFCARE_ROUTINES_PATH wins over the user's."""
    from selfcare.routine.discovery import winning_files

    winner = next((found for found in winning_files() if found.id == routine_id), None)
    if winner is not None and winner.path != target:
        message = t("add.hidden", id=routine_id, path=one_line(winner.path))
        say(console, message, style="yellow")


def say(console: Console, text: str, style: str | None = None) -> None:
    """One message, as written: never read as markup, and not wrapped, so that a path or a
    command in it stays whole to copy."""
    console.print(text, style=style, markup=False, highlight=False, soft_wrap=True)


def print_start_hint(console: Console, routine_id: str) -> None:
    hint = t("add.start_hint", command=command_line("selfcare", "start", routine_id))
    say(console, hint)  # one line, to copy whole


def print_lines(console: Console, lines: list[str]) -> None:
    for line in lines:
        say(console, "  " + line)


def print_diagnostics(console: Console, diagnostics: tuple[Diagnostic, ...]) -> None:
    """Warnings as `selfcare validate` prints them: one line each, file:line:column first."""
    for diagnostic in diagnostics:
        line = terminal_safe(diagnostic.render())
        say(console, line, style="yellow")
