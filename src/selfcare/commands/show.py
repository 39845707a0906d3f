"""`selfcare show`: a routine as a plan a person can read before starting."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from selfcare.i18n.language import current_language, t
from selfcare.output import OutputFormat, print_json, stdout_console
from selfcare.routine.model import PhaseKind
from selfcare.routine.plan import Plan, whole_if_possible
from selfcare.routine.text import localize
from selfcare.routine.wording import dose_words, duration_words, loosen_question, phase_title
from selfcare.safe_text import terminal_safe
from selfcare.session.views.header import bullets, routine_header, routine_text


def preview_data(plan: Plan) -> dict[str, object]:
    """The plan as data: phases with step times, and the exact timeline `start` runs."""
    phases = [
        {
            "kind": str(phase.kind),
            "title": phase_title(phase),
            "steps": [
                {"id": step.id, "name": localize(step.name), "seconds": whole_if_possible(seconds)}
                for step, seconds in steps
            ],
        }
        for phase, steps in plan.timed_phases()
    ]
    return {
        "id": plan.routine.id,
        "title": localize(plan.routine.title),
        "lang": current_language(),
        "total_seconds": whole_if_possible(plan.total_seconds),
        "phases": phases,
        "timeline": [segment.as_dict() for segment in plan.segments],
    }


def _labelled(rows: list[tuple[str, RenderableType]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=2)
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for label, value in rows:
        grid.add_row("", label, value)
    return grid


def print_plan(plan: Plan) -> None:
    """The header, then each phase with its steps, doses, cues and cautions."""
    from rich.rule import Rule

    console = stdout_console()
    console.print(Group(*routine_header(plan)))
    for number, (phase, steps) in enumerate(plan.timed_phases(), start=1):
        console.print()
        console.print(Rule(Text(f"{number}. {terminal_safe(phase_title(phase))}"), align="left"))
        if phase.why is not None:
            console.print(routine_text(phase.why, "italic"))
        if phase.kind is PhaseKind.LOOSEN:
            ask = terminal_safe(loosen_question(phase))
            console.print(Text(t("show.only_if_needed", ask=ask), style="cyan"))
        for step, seconds in steps:
            heading = routine_text(step.name, "bold")
            heading.append(f"  {dose_words(step)}  ({duration_words(seconds)})", style="")
            rows: list[tuple[str, RenderableType]] = []
            if step.position is not None:
                rows.append((t("show.position"), routine_text(step.position)))
            if step.cues:
                rows.append((t("show.cues"), bullets(step.cues, indent=0)))
            if step.mistakes:
                rows.append((t("show.mistakes"), bullets(step.mistakes, indent=0)))
            if step.caution is not None:
                rows.append((t("show.caution"), routine_text(step.caution, "yellow")))
            if step.video:
                link = Text(terminal_safe(step.video), style=Style(link=step.video))
                rows.append((t("show.video"), link))
            console.print(Group(Text(""), heading, _labelled(rows)))


def show(plan: Plan, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        print_json(preview_data(plan))
    else:
        print_plan(plan)
