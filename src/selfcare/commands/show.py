"""`selfcare show`: a routine as a plan a person can read before starting."""

from __future__ import annotations

import json

from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import PhaseKind, Routine, localize
from selfcare.routine.model import Text as RoutineText
from selfcare.routine.plan import plan_session, timed_phases, total_seconds, whole_if_possible
from selfcare.routine.wording import dose_words, duration_words, loosen_question, phase_title
from selfcare.safe_text import terminal_safe, terminal_safe_json


def preview_data(routine: Routine, lang: str) -> dict[str, object]:
    """The plan as data: phases with step times, and the exact timeline `start` runs."""
    timeline = plan_session(routine)
    phases = [
        {
            "kind": str(phase.kind),
            "title": phase_title(phase, lang),
            "steps": [
                {
                    "id": step.id,
                    "name": localize(step.name, lang),
                    "seconds": whole_if_possible(seconds),
                }
                for step, seconds in steps
            ],
        }
        for phase, steps in timed_phases(routine, timeline)
    ]
    return {
        "id": routine.id,
        "title": localize(routine.title, lang),
        "lang": lang,
        "total_seconds": whole_if_possible(total_seconds(timeline)),
        "phases": phases,
        "timeline": [segment.as_dict() for segment in timeline],
    }


def print_preview_json(routine: Routine, lang: str) -> None:
    print(terminal_safe_json(json.dumps(preview_data(routine, lang), ensure_ascii=False, indent=2)))


def _text(value: RoutineText | None, lang: str, style: str = "") -> Text:
    return Text(terminal_safe(localize(value, lang)), style=style)


def bullets(values: tuple[RoutineText, ...], lang: str, indent: int = 2) -> Table:
    """A bulleted list whose items wrap under their own text, Japanese included."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=indent + 1, justify="right")
    grid.add_column(ratio=1, overflow="fold")
    for value in values:
        grid.add_row("•", _text(value, lang))
    return grid


def _labelled(rows: list[tuple[str, RenderableType]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=2)
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for label, value in rows:
        grid.add_row("", label, value)
    return grid


def author_lines(routine: Routine, lang: str) -> list[Text]:
    """Who wrote the routine and how to reach them, for the plan, the session and its end."""
    author = routine.author
    if author is None:
        return []
    who = ", ".join(
        localize(part, lang) for part in (author.name, author.clinic) if part is not None
    )
    lines = []
    if who:
        lines.append(Text(terminal_safe(t("show.by", who=who))))
    contact = ", ".join(localize(part, lang) for part in (author.contact, author.url) if part)
    if contact:
        lines.append(Text(terminal_safe(t("show.contact", contact=contact))))
    return lines


def routine_header(routine: Routine, lang: str) -> list[RenderableType]:
    """Title, summary, author, planned time, who it fits and cautions."""
    full = total_seconds(plan_session(routine))
    parts: list[RenderableType] = [_text(routine.title, lang, "bold")]
    if routine.summary is not None:
        parts.append(_text(routine.summary, lang))
    parts.extend(author_lines(routine, lang))
    planned = t("show.planned", time=duration_words(full))
    if routine.has_loosen:
        without = total_seconds(plan_session(routine, include_loosen=False))
        planned += " (" + t("show.planned_without_loosen", time=duration_words(without)) + ")"
    parts.append(Text(planned))
    if routine.fits:
        parts += [Text(""), Text(t("show.fits"), style="bold"), bullets(routine.fits, lang)]
    if routine.cautions:
        parts += [
            Text(""),
            Text(t("show.cautions"), style="bold yellow"),
            bullets(routine.cautions, lang),
        ]
    return parts


def print_preview(routine: Routine, lang: str) -> None:
    from rich.rule import Rule

    from selfcare.output import stdout_console

    console = stdout_console()
    console.print(Group(*routine_header(routine, lang)))
    for number, (phase, steps) in enumerate(timed_phases(routine, plan_session(routine)), start=1):
        console.print()
        console.print(
            Rule(Text(f"{number}. {terminal_safe(phase_title(phase, lang))}"), align="left")
        )
        if phase.why is not None:
            console.print(_text(phase.why, lang, "italic"))
        if phase.kind is PhaseKind.LOOSEN:
            ask = terminal_safe(loosen_question(phase, lang))
            console.print(Text(t("show.only_if_needed", ask=ask), style="cyan"))
        for step, seconds in steps:
            heading = _text(step.name, lang, "bold")
            heading.append(f"  {dose_words(step)}  ({duration_words(seconds)})", style="")
            rows: list[tuple[str, RenderableType]] = []
            if step.position is not None:
                rows.append((t("show.position"), _text(step.position, lang)))
            if step.cues:
                rows.append((t("show.cues"), bullets(step.cues, lang, indent=0)))
            if step.mistakes:
                rows.append((t("show.mistakes"), bullets(step.mistakes, lang, indent=0)))
            if step.caution is not None:
                rows.append((t("show.caution"), _text(step.caution, lang, "yellow")))
            if step.video:
                rows.append(
                    (t("show.video"), Text(terminal_safe(step.video), style=Style(link=step.video)))
                )
            lines: list[RenderableType] = [Text(""), heading, _labelled(rows)]
            console.print(Group(*lines))
