"""What the commands of the command line share: their common options and arguments, and how a
command is registered (its SelfcareErrors said in the user's language, with exit code 1).

Only Typer and the messages are imported here: a command's own work is imported when it runs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from selfcare.cli_help import SelfcareCommand
from selfcare.errors import SelfcareError, UsageError
from selfcare.i18n.language import Language, detect_language, set_language, t
from selfcare.output import OutputFormat, print_error

set_language(detect_language())  # help texts are built at import, in the user's language

F = TypeVar("F", bound=Callable[..., Any])


def output_format(*, json_output: bool = False, csv_output: bool = False) -> OutputFormat:
    if json_output and csv_output:
        raise UsageError(t("history.one_format"))
    if json_output:
        return OutputFormat.JSON
    return OutputFormat.CSV if csv_output else OutputFormat.TEXT


def complete_routine_ids(incomplete: str) -> list[str]:
    from selfcare.routine.discovery import known_ids

    return [routine_id for routine_id in known_ids() if routine_id.startswith(incomplete)]


LangOption = Annotated[
    Language | None, typer.Option("--lang", help=t("help.lang"), show_default=False)
]
JsonOption = Annotated[bool, typer.Option("--json", help=t("help.json"))]
RoutinesDirOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--routines-dir",
        metavar="DIR",
        help=t("help.routines_dir"),
        file_okay=False,
        readable=False,  # an unreadable folder is skipped with a warning, not a usage error
        show_default=False,
    ),
]
RoutineArgument = Annotated[
    str,
    typer.Argument(
        metavar="ROUTINE",
        help=t("help.routine"),
        autocompletion=complete_routine_ids,
        show_default=False,
    ),
]


def guarded(function: F) -> F:
    """The command with its SelfcareErrors turned into a message on stderr and exit code 1."""

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        lang = kwargs.get("lang")
        set_language(lang or detect_language())
        try:
            return function(*args, **kwargs)
        except SelfcareError as error:
            print_error(error)
            raise typer.Exit(error.exit_code) from None

    return run  # type: ignore[return-value]


def register_command(on: typer.Typer, name: str, help_key: str) -> Callable[[F], F]:
    """Register a command of `on` (selfcare itself, or a group such as history)."""

    def register(function: F) -> F:
        on.command(name, help=t(help_key), cls=SelfcareCommand)(guarded(function))
        return function

    return register
