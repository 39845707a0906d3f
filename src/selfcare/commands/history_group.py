"""`selfcare history` on the command line: its options, and its subcommands (import, note)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from selfcare.cli_help import SelfcareSubGroup
from selfcare.commands.options import (
    JsonOption,
    LangOption,
    complete_routine_ids,
    guarded,
    output_format,
    register_command,
)
from selfcare.errors import SelfcareError, UsageError
from selfcare.i18n.language import t
from selfcare.output import CsvTable, Export, OutputFormat

history_app = typer.Typer(
    cls=SelfcareSubGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


@history_app.callback(invoke_without_command=True)
@guarded
def history_command(
    ctx: typer.Context,
    routine: Annotated[
        str | None,
        typer.Option(
            "--routine", help=t("help.history_routine"), autocompletion=complete_routine_ids
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=t("help.history_since"))
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", metavar="N", min=1, help=t("help.history_limit"))
    ] = None,
    json_output: JsonOption = False,
    csv_output: Annotated[bool, typer.Option("--csv", help=t("help.csv"))] = False,
    steps: Annotated[bool, typer.Option("--steps", help=t("help.history_steps"))] = False,
    screens: Annotated[bool, typer.Option("--screens", help=t("help.history_screens"))] = False,
    excel: Annotated[bool, typer.Option("--excel", help=t("help.history_excel"))] = False,
    everything: Annotated[bool, typer.Option("--all", help=t("help.history_all"))] = False,
    morning: Annotated[bool, typer.Option("--morning", help=t("help.history_morning"))] = False,
    lang: LangOption = None,
) -> None:
    from datetime import date

    from selfcare.commands.history import history

    if ctx.invoked_subcommand is not None:
        return
    if morning:
        from selfcare.commands.morning import answer_morning

        answer_morning()
        return

    table = csv_table(json_output=json_output, steps=steps, screens=screens, excel=excel)
    output = output_format(json_output=json_output, csv_output=csv_output or table is not None)
    try:
        since_day = date.fromisoformat(since) if since else None
    except ValueError:
        raise SelfcareError(t("history.bad_since")) from None
    if output is OutputFormat.TEXT:
        history(output, routine=routine, since=since_day, limit=limit, everything=everything)
        return
    from selfcare.commands.history_export import export_history

    chosen = CsvTable.SESSIONS if table is None else table
    export = Export(output, chosen, excel=excel)
    export_history(export, routine=routine, since=since_day, limit=limit, everything=everything)


def csv_table(*, json_output: bool, steps: bool, screens: bool, excel: bool) -> CsvTable | None:
    """The table --steps or --screens chose (each implies --csv, as --excel does); None: the
    sessions, or no CSV at all. UsageError for choices that do not go together."""
    if json_output and (steps or screens or excel):
        raise UsageError(t("history.csv_only"))
    if steps and screens:
        raise UsageError(t("history.one_table"))
    if steps:
        return CsvTable.STEPS
    if screens:
        return CsvTable.SCREENS
    return CsvTable.SESSIONS if excel else None


@register_command(history_app, "import", "help.history_import")
def history_import_command(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE", help=t("help.history_import_file"), show_default=False),
    ],
    lang: LangOption = None,
) -> None:
    from selfcare.commands.history_import import import_history

    import_history(file)


@register_command(history_app, "note", "help.history_note")
def history_note_command(
    session: Annotated[
        str,
        typer.Argument(metavar="SESSION", help=t("help.history_note_session"), show_default=False),
    ],
    text: Annotated[
        str | None,
        typer.Argument(metavar="TEXT", help=t("help.history_note_text"), show_default=False),
    ] = None,
    lang: LangOption = None,
) -> None:
    from selfcare.commands.history_note import history_note

    history_note(session, text)
