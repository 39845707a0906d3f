"""`selfcare list`: every routine found, which source won, how long it takes."""

from __future__ import annotations

from pathlib import Path

from selfcare.i18n import t
from selfcare.library import RoutineFile, discover
from selfcare.model import localize
from selfcare.plan import plan_session, total_seconds, whole_if_possible
from selfcare.safe_text import terminal_safe


def _phase_chain(entry: RoutineFile) -> str:
    if entry.routine is None:
        return ""
    return " → ".join(str(phase.kind) for phase in entry.routine.phases)


def listing_rows(entries: list[RoutineFile], lang: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for entry in entries:
        routine = entry.routine
        rows.append(
            {
                "id": entry.id,
                "title": localize(routine.title, lang) if routine else None,
                "total_seconds": whole_if_possible(total_seconds(plan_session(routine)))
                if routine
                else None,
                "source": str(entry.source),
                "path": str(entry.path),
                "valid": routine is not None,
                "overrides": [str(source) for source in entry.overrides],
            }
        )
    return rows


def print_listing(extra_dirs: list[Path], lang: str, as_json: bool) -> None:
    entries = discover(extra_dirs)
    rows = listing_rows(entries, lang)
    if as_json:
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.table import Table
    from rich.text import Text

    from selfcare.output import stdout_console
    from selfcare.wording import clock

    console = stdout_console()
    if not rows:
        console.print(t("list.empty"))
        return
    table = Table(title=t("list.title"), title_justify="left")
    for header in ("list.id", "list.name", "list.time", "list.phases", "list.source"):
        table.add_column(t(header), overflow="fold")
    for entry, row in zip(entries, rows, strict=True):
        source = t(f"source.{entry.source}")
        if entry.overrides:
            others = ", ".join(t(f"source.{s}") for s in entry.overrides)
            source = t("list.overrides", source=source, others=others)
        if entry.routine is None:
            title = Text(terminal_safe(t("list.invalid", path=str(entry.path))), style="red")
            table.add_row(Text(terminal_safe(entry.id)), title, "", "", source)
            continue
        seconds = row["total_seconds"]
        assert isinstance(seconds, int | float)
        table.add_row(
            Text(entry.id),
            Text(terminal_safe(str(row["title"]))),
            clock(seconds),
            _phase_chain(entry),
            source,
        )
    console.print(table)
    console.print(t("list.start_hint"), style="dim")
