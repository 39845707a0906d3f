"""`selfcare list`: every routine found, which source won, how long it takes."""

from __future__ import annotations

from pathlib import Path

from selfcare.i18n.language import t
from selfcare.routine.discovery import selfcare_home
from selfcare.routine.index import RoutineSummary, routine_summaries
from selfcare.routine.text import localize
from selfcare.safe_text import terminal_safe, terminal_safe_json


def listing_rows(summaries: list[RoutineSummary], lang: str) -> list[dict[str, object]]:
    return [
        {
            "id": summary.id,
            "title": localize(summary.title, lang) if summary.valid else None,
            "total_seconds": summary.total_seconds,
            "source": str(summary.source),
            "path": str(summary.path),
            "valid": summary.valid,
            "overrides": [str(source) for source in summary.overrides],
        }
        for summary in summaries
    ]


def print_listing(extra_dirs: list[Path], lang: str, as_json: bool) -> None:
    summaries = routine_summaries(extra_dirs, selfcare_home() / "cache" / "routine-index.json")
    rows = listing_rows(summaries, lang)
    if as_json:
        import json

        print(terminal_safe_json(json.dumps(rows, ensure_ascii=False, indent=2)))
        return
    from rich.table import Table
    from rich.text import Text

    from selfcare.output import stdout_console
    from selfcare.routine.wording import clock

    console = stdout_console()
    if not rows:
        console.print(t("list.empty"))
        return
    table = Table(title=t("list.title"), title_justify="left")
    for header in ("list.id", "list.name", "list.time", "list.phases", "list.source"):
        table.add_column(t(header), overflow="fold")
    for entry, row in zip(summaries, rows, strict=True):
        source = t(f"source.{entry.source}")
        if entry.overrides:
            others = ", ".join(t(f"source.{s}") for s in entry.overrides)
            source = t("list.overrides", source=source, others=others)
        if not entry.valid:
            title = Text(terminal_safe(t("list.invalid", path=str(entry.path))), style="red")
            table.add_row(Text(terminal_safe(entry.id)), title, "", "", source)
            continue
        seconds = row["total_seconds"]
        assert isinstance(seconds, int | float)
        table.add_row(
            Text(entry.id),
            Text(terminal_safe(str(row["title"]))),
            clock(seconds),
            " → ".join(t(f"kind.{kind}") for kind in entry.phases),
            source,
        )
    console.print(table)
    console.print(t("list.start_hint"), style="dim")
