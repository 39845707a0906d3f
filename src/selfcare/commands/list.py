"""`selfcare list`: every routine found, which source won, how long it takes."""

from __future__ import annotations

from pathlib import Path

from selfcare.commands.copyable import shell_word
from selfcare.i18n.language import t
from selfcare.output import OutputFormat, print_json
from selfcare.paths import routine_index_path
from selfcare.routine.discovery import Source
from selfcare.routine.index import RoutineSummary, routine_summaries
from selfcare.routine.text import localize
from selfcare.routine.wording import equipment_words
from selfcare.safe_text import one_line, terminal_safe

SOURCE_NAMES = {
    Source.BUILTIN: "source.built-in",
    Source.USER: "source.user",
    Source.FOLDER: "source.folder",
}


def listing_rows(summaries: list[RoutineSummary]) -> list[dict[str, object]]:
    return [
        {
            "id": summary.id,
            "title": localize(summary.title) if summary.valid else None,
            "version": summary.version if summary.valid else None,
            "total_seconds": summary.total_seconds,
            "source": str(summary.source),
            "path": str(summary.path),
            "valid": summary.valid,
            "overrides": [str(source) for source in summary.overrides],
            "equipment": equipment_words(summary.equipment),
        }
        for summary in summaries
    ]


def list_routines(extra_dirs: list[Path], output: OutputFormat) -> None:
    summaries = routine_summaries(extra_dirs, routine_index_path())
    if output is OutputFormat.JSON:
        print_json(listing_rows(summaries))
    else:
        print_table(summaries)
        _print_user_folder()


def _print_user_folder() -> None:
    """Where `selfcare add` puts routines and where to save one by hand: one line, to copy."""
    from selfcare.output import stdout_console
    from selfcare.paths import user_routines

    folder = shell_word(user_routines())
    stdout_console().print(t("list.your_folder", path=folder), markup=False, soft_wrap=True)


def print_table(summaries: list[RoutineSummary]) -> None:
    from rich.table import Table
    from rich.text import Text

    from selfcare.output import stdout_console
    from selfcare.routine.wording import PHASE_KIND_NAMES, clock, phase_kind_name

    console = stdout_console()
    if not summaries:
        console.print(t("list.empty"))
        return
    table = Table(title=t("list.title"), title_justify="left")
    headers = ("list.id", "list.name", "list.version", "list.time", "list.phases", "list.source")
    for header in headers:
        # an id is typed, a version compared: both kept whole, the title and phases wrap
        whole = header in ("list.id", "list.version")
        table.add_column(t(header), overflow="fold", no_wrap=whole)
    for entry in summaries:
        source = t(SOURCE_NAMES[entry.source])
        if entry.overrides:
            others = ", ".join(t(SOURCE_NAMES[s]) for s in entry.overrides)
            source = t("list.overrides", source=source, others=others)
        if not entry.valid or entry.total_seconds is None:
            # a file name may hold a newline or a byte that is not UTF-8: shown escaped
            # quoted: "neck-desk (1).yaml" pastes into the shell as one word
            title = Text(t("list.invalid", path=shell_word(entry.path)), style="red")
            table.add_row(Text(one_line(entry.id)), title, "", "", "", source)
            continue
        table.add_row(
            Text(entry.id),
            Text(terminal_safe(localize(entry.title))),
            Text(terminal_safe(entry.version or "")),
            clock(entry.total_seconds),
            # the index is a cache: a kind it holds is shown only if it is one
            " → ".join(phase_kind_name(k) for k in entry.phases if k in PHASE_KIND_NAMES),
            source,
        )
    console.print(table)
    console.print(t("list.start_hint"), style="dim")
