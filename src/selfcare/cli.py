"""The command line: parse options, call the core, turn errors into messages and exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from selfcare import __version__
from selfcare.errors import EXIT_INTERRUPTED, EXIT_USAGE, SelfcareError
from selfcare.i18n.language import current_language, detect_language, set_language, t

set_language(detect_language())  # help texts are built at import, in the user's language

F = TypeVar("F", bound=Callable[..., Any])


class Lang(StrEnum):
    EN = "en"
    JA = "ja"


def _complete_routine_ids(incomplete: str) -> list[str]:
    from selfcare.routine.discovery import known_ids

    return [routine_id for routine_id in known_ids() if routine_id.startswith(incomplete)]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"selfcare {__version__}")
        raise typer.Exit()


LangOption = Annotated[Lang | None, typer.Option("--lang", help=t("help.lang"), show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help=t("help.json"))]
RoutinesDirOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--routines-dir",
        metavar="DIR",
        help=t("help.routines_dir"),
        file_okay=False,
        show_default=False,
    ),
]
RoutineArgument = Annotated[
    str,
    typer.Argument(
        metavar="ROUTINE",
        help=t("help.routine"),
        autocompletion=_complete_routine_ids,
        show_default=False,
    ),
]

app = typer.Typer(
    name="selfcare",
    help=t("help.app"),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help=t("help.version"), callback=_show_version, is_eager=True),
    ] = False,
) -> None:
    """Typer needs a callback to hold the global --version option."""


def command(name: str, help_key: str) -> Callable[[F], F]:
    """Register a command whose SelfcareErrors become a message on stderr and exit code 1."""

    def register(function: F) -> F:
        @functools.wraps(function)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            lang = kwargs.get("lang")
            set_language(lang.value if lang else detect_language())
            try:
                return function(*args, **kwargs)
            except SelfcareError as error:
                _print_error(error)
                raise typer.Exit(error.exit_code) from None

        app.command(name, help=t(help_key))(guarded)
        return function

    return register


def _print_error(error: SelfcareError) -> None:
    from selfcare.output import error_console

    console = error_console()
    from selfcare.safe_text import terminal_safe

    lines = [d.render() for d in error.diagnostics] + [t("error.prefix") + error.message]
    for line in lines:  # one line each, unwrapped: editors and grep read them
        console.print(terminal_safe(line), markup=False, highlight=False, soft_wrap=True)


@command("list", "help.list")
def list_command(
    json_output: JsonOption = False,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.list import print_listing

    print_listing(routines_dir or [], current_language(), as_json=json_output)


@command("show", "help.show")
def show_command(
    routine: RoutineArgument,
    json_output: JsonOption = False,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.show import print_preview, print_preview_json
    from selfcare.routine.discovery import resolve

    found = resolve(routine, routines_dir or [])
    if json_output:
        print_preview_json(found, current_language())
    else:
        print_preview(found, current_language())


@command("validate", "help.validate")
def validate_command(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help=t("help.validate_paths"), show_default=False),
    ],
    strict: Annotated[bool, typer.Option("--strict", help=t("help.strict"))] = False,
    json_output: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.validate import run_validate

    code = run_validate(paths, strict=strict, as_json=json_output)
    if code:
        raise typer.Exit(code)


@command("new", "help.new")
def new_command(
    routine_id: Annotated[
        str, typer.Argument(metavar="ID", help=t("help.new_id"), show_default=False)
    ],
    out: Annotated[Path | None, typer.Option("--out", help=t("help.out"), dir_okay=False)] = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.new import write_starter

    write_starter(routine_id, out)


@command("start", "help.start")
def start_command(
    routine: RoutineArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))] = False,
    plain: Annotated[bool, typer.Option("--plain", help=t("help.plain"))] = False,
    no_sound: Annotated[bool, typer.Option("--no-sound", help=t("help.no_sound"))] = False,
    voice: Annotated[bool, typer.Option("--voice", help=t("help.voice"))] = False,
    speed: Annotated[float, typer.Option("--speed", metavar="X", help=t("help.speed"))] = 1.0,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.routine.discovery import resolve, selfcare_home
    from selfcare.session.guided import SessionOptions, start_session

    found = resolve(routine, routines_dir or [])
    options = SessionOptions(
        lang=current_language(),
        home=selfcare_home(),
        speed=speed,
        plain=plain,
        yes=yes,
        sound=not no_sound,
        voice=voice,
    )
    code = start_session(found, options)
    if code:
        raise typer.Exit(code)


@command("history", "help.history")
def history_command(
    routine: Annotated[
        str | None,
        typer.Option(
            "--routine", help=t("help.history_routine"), autocompletion=_complete_routine_ids
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=t("help.history_since"))
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help=t("help.history_limit"))
    ] = None,
    json_output: JsonOption = False,
    csv_output: Annotated[bool, typer.Option("--csv", help=t("help.csv"))] = False,
    lang: LangOption = None,
) -> None:
    from datetime import date

    from selfcare.commands.history import print_history

    if json_output and csv_output:
        typer.echo(t("history.one_format"), err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        since_day = date.fromisoformat(since) if since else None
    except ValueError:
        raise SelfcareError(t("history.bad_since")) from None
    print_history(json_output, csv_output, routine, since_day, limit)


class ExportFormat(StrEnum):
    HTML = "html"
    MD = "md"


@command("export", "help.export")
def export_command(
    routine: RoutineArgument,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help=t("help.format"))
    ] = ExportFormat.HTML,
    out: Annotated[Path | None, typer.Option("--out", help=t("help.export_out"))] = None,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.export.handout import build_handout, render_html, render_markdown
    from selfcare.routine.discovery import resolve

    found = resolve(routine, routines_dir or [])
    handout = build_handout(found, current_language())
    render = render_html if output_format is ExportFormat.HTML else render_markdown
    text = render(handout)
    if out is not None and str(out) == "-":
        sys.stdout.write(text)
        return
    name = f"{found.id}-{current_language()}.{output_format.value}"
    target = out / name if out is not None and out.is_dir() else out or Path(name)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise SelfcareError(t("export.cannot_write", path=target, reason=error.strerror)) from None
    typer.echo(t("export.written", path=target))


@command("schema", "help.schema")
def schema_command(lang: LangOption = None) -> None:
    import json

    from selfcare.routine.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        print(t("error.interrupted"), file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
