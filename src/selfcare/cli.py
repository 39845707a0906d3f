"""The command line: parse options, call the command, turn errors into messages and exit codes.

A thin Typer layer: each command's work is in `selfcare.commands.<name>`, imported only when
that command runs, so `selfcare list` loads no YAML parser, SQLite or live screen.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal

import typer

from selfcare import __version__
from selfcare.cli_help import SelfcareGroup
from selfcare.commands.history_group import history_app
from selfcare.commands.options import (
    F,
    JsonOption,
    LangOption,
    RoutineArgument,
    RoutinesDirOption,
    complete_routine_ids,
    output_format,
    register_command,
)
from selfcare.errors import (
    EXIT_INTERRUPTED,
    EXIT_USER_ERROR,
)
from selfcare.i18n.language import set_language, t


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"selfcare {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="selfcare",
    help=t("help.app"),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=SelfcareGroup,
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
    """Register a command of selfcare itself."""
    return register_command(app, name, help_key)


@command("list", "help.list")
def list_command(
    json_output: JsonOption = False,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.list import list_routines

    list_routines(routines_dir or [], output_format(json_output=json_output))


@command("show", "help.show")
def show_command(
    routine: RoutineArgument,
    json_output: JsonOption = False,
    no_pictures: Annotated[bool, typer.Option("--no-pictures", help=t("help.no_pictures"))] = False,
    plain: Annotated[bool, typer.Option("--plain", help=t("help.show_plain"))] = False,
    qr: Annotated[str | None, typer.Option("--qr", metavar="STEP", help=t("help.show_qr"))] = None,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.show import show
    from selfcare.routine.discovery import resolve

    output = output_format(json_output=json_output)
    plan = resolve(routine, routines_dir or [])
    show(plan, output, pictures=not no_pictures, plain=plain, qr=qr)


@command("validate", "help.validate")
def validate_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help=t("help.validate_paths"),
            readable=False,  # validate says which file or folder it cannot read, with the rest
            show_default=False,
        ),
    ],
    strict: Annotated[bool, typer.Option("--strict", help=t("help.strict"))] = False,
    json_output: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.validate import validate

    code = validate(paths, output_format(json_output=json_output), strict=strict)
    if code:
        raise typer.Exit(code)


StarterArea = Literal["low-back", "pelvic-girdle", "neck-shoulder", "general"]  # model.Area
StarterLanguages = Literal["en", "ja", "both"]  # commands.starter.Languages (test_new checks)


@command("new", "help.new")
def new_command(
    routine_id: Annotated[
        str, typer.Argument(metavar="ID", help=t("help.new_id"), show_default=False)
    ],
    out: Annotated[
        Path | None, typer.Option("--out", metavar="FILE", help=t("help.out"), dir_okay=False)
    ] = None,
    area: Annotated[StarterArea | None, typer.Option("--area", help=t("help.new_area"))] = None,
    source: Annotated[
        str | None, typer.Option("--from", metavar="ROUTINE", help=t("help.new_from"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.new_force"))] = False,
    languages: Annotated[
        StarterLanguages, typer.Option("--lang", help=t("help.new_lang"))
    ] = "both",
) -> None:
    from selfcare.commands.new import StarterOptions, write_starter

    if languages != "both":  # also the messages' language: `guarded` reads only a "lang"
        set_language(languages)
    write_starter(routine_id, out, StarterOptions(area, languages, source, force))


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
    from selfcare.commands.start import start
    from selfcare.routine.discovery import resolve
    from selfcare.session.guided import SessionOptions

    found = resolve(routine, routines_dir or [])
    options = SessionOptions(
        speed=speed,
        plain=plain,
        yes=yes,
        sound=not no_sound,
        voice=voice,
    )
    code = start(found, options, lambda name: resolve(name, routines_dir or []))
    if code:
        raise typer.Exit(code)


ConfirmOption = Annotated[bool, typer.Option("--yes", "-y", help=t("help.confirm_yes"))]


@command("add", "help.add")
def add_command(
    source: Annotated[str, typer.Argument(metavar="SOURCE", help=t("help.add_source"))],
    force: Annotated[bool, typer.Option("--force", help=t("help.add_force"))] = False,
    yes: ConfirmOption = False,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.add import add

    add(source, force=force, yes=yes)


@command("update", "help.update")
def update_command(
    routine_id: Annotated[
        str | None, typer.Argument(metavar="ID", help=t("help.update_id"))
    ] = None,
    yes: ConfirmOption = False,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.update import update

    update(routine_id, yes=yes)


@command("remove", "help.remove")
def remove_command(
    routine_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.remove_id"))],
    yes: ConfirmOption = False,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.remove import remove

    remove(routine_id, yes=yes)


app.add_typer(history_app, name="history", help=t("help.history"))


@command("learn", "help.learn")
def learn_command(
    routine: RoutineArgument,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.learn import learn
    from selfcare.routine.discovery import resolve

    learn(resolve(routine, routines_dir or []))


ExportFormat = Literal["html", "md", "text"]  # commands.export.HANDOUT_FILES (tests/export checks)


@command("export", "help.export")
def export_command(
    routine: RoutineArgument,
    output_format: Annotated[
        ExportFormat,
        typer.Option("--format", help=t("help.format")),
    ] = "html",
    out: Annotated[
        Path | None, typer.Option("--out", metavar="PATH", help=t("help.export_out"))
    ] = None,
    client: Annotated[
        str | None, typer.Option("--client", metavar="NAME", help=t("help.export_client"))
    ] = None,
    start: Annotated[
        str | None, typer.Option("--start", metavar="YYYY-MM-DD", help=t("help.export_start"))
    ] = None,
    routines_dir: RoutinesDirOption = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.export import export
    from selfcare.routine.discovery import resolve

    plan = resolve(routine, routines_dir or [])
    export(plan, output_format, out, client=client or "", start=start)


ReportFormat = Literal["html", "pdf", "json"]


@command("report", "help.report")
def report_command(
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=t("help.report_since"))
    ] = None,
    routine: Annotated[
        str | None,
        typer.Option(
            "--routine", help=t("help.report_routine"), autocompletion=complete_routine_ids
        ),
    ] = None,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help=t("help.report_format"))
    ] = "html",
    out: Annotated[
        Path | None, typer.Option("--out", metavar="PATH", help=t("help.report_out"))
    ] = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.report import report

    report(since=since, routine=routine, output_format=output_format, out=out)


@command("remind", "help.remind")
def remind_command(
    routine: Annotated[
        str | None,
        typer.Argument(
            metavar="ROUTINE",
            help=t("help.remind_routine"),
            autocompletion=complete_routine_ids,
            show_default=False,
        ),
    ] = None,
    at: Annotated[
        str | None, typer.Option("--at", metavar="HH:MM", help=t("help.remind_at"))
    ] = None,
    days: Annotated[
        str | None, typer.Option("--days", metavar="DAYS", help=t("help.remind_days"))
    ] = None,
    again: Annotated[
        str | None, typer.Option("--again", metavar="HH:MM", help=t("help.remind_again"))
    ] = None,
    show: Annotated[bool, typer.Option("--list", help=t("help.remind_list"))] = False,
    off: Annotated[bool, typer.Option("--off", help=t("help.remind_off"))] = False,
    notify: Annotated[bool, typer.Option("--notify", help=t("help.remind_notify"))] = False,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.remind import RemindRequest, remind

    remind(RemindRequest(routine, at, days, again, show=show, off=off, notify=notify))


@command("status", "help.status")
def status_command(json_output: JsonOption = False, lang: LangOption = None) -> None:
    from selfcare.commands.status import status

    status(output_format(json_output=json_output))


@command("schema", "help.schema")
def schema_command(lang: LangOption = None) -> None:
    from selfcare.commands.schema import schema

    schema()


def main() -> None:
    """Console-script entry point."""
    if os.name != "posix":  # the session's keys and signals are POSIX terminal features
        print(t("error.posix_only"), file=sys.stderr)
        sys.exit(EXIT_USER_ERROR)
    from selfcare.session.outcomes import Interrupted

    if isinstance(sys.stdin, io.TextIOWrapper):
        # A byte that is not UTF-8, typed or piped at a question, reads as "�": the answer is
        # asked again instead of the program stopping mid-session.
        sys.stdin.reconfigure(errors="replace")
    try:
        app()
    except (KeyboardInterrupt, Interrupted):  # a signal before a session could take it
        print(t("error.interrupted"), file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
