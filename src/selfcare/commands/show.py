"""`selfcare show`: a routine as a plan a person can read before starting.

On a terminal each step shows its pictures, small, to the right of its text (under its name
when the terminal is narrow): the start and end figure in braille dots, or the practitioner's
photos in coloured blocks. Plain text, output that is not a terminal, and JSON have none.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from selfcare.i18n.language import current_language, t
from selfcare.output import OutputFormat, print_json, stdout_console
from selfcare.routine.model import PhaseKind, Step
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


PICTURE_COLUMNS, PICTURE_ROWS = 20, 6  # one picture; a step shows one or two
THEN = " → "  # between the start and the end picture
MIN_TEXT_COLUMNS = 50  # narrower than this beside the pictures, the text goes below them


def _step_pictures(step: Step, console: Console) -> RenderableType | None:
    """The step's photos, else its start and end figures, side by side and captioned when
    there are two; None when it has neither."""
    from selfcare.pictures.dots import Cells, figure_dots
    from selfcare.pictures.steps import step_figures, step_photos

    drawn: list[Text] = []
    photos = step_photos(step)
    if photos and console.color_system is not None and not console.no_color:
        # (a photo in blocks is nothing without its colours)
        from selfcare.pictures.photo import photo_cells

        cells = [photo_cells(path, PICTURE_COLUMNS, PICTURE_ROWS) for path in photos]
        drawn = [cell.text for cell in cells if cell is not None]
    if not drawn:  # no photos, none that can be read, or no colours to draw them in
        try:
            figures = step_figures(step)
        except KeyError:  # a pose the library does not have: the routine was not checked
            figures = None
        if figures is not None:
            bounds = figures.bounds
            start, end = figures.figures()
            drawn = [
                figure_dots(
                    figure, PICTURE_COLUMNS, PICTURE_ROWS, bounds=bounds, cells=Cells.BRAILLE
                )
                for figure in ((start, end) if figures.moves else (start,))
            ]
    if not drawn:
        return None
    grid = Table.grid()
    for number in range(len(drawn)):
        if number:
            grid.add_column(width=len(THEN))
        grid.add_column(width=PICTURE_COLUMNS)  # each picture is centred in its panel
    if len(drawn) == 1:
        grid.add_row(*drawn)
        return grid
    then = Text("\n" * (PICTURE_ROWS // 2 - 1) + THEN, style="dim")
    grid.add_row(drawn[0], then, drawn[1])
    labels = (t("show.picture_start"), t("show.picture_end"))
    start_label, end_label = (Text(label, style="dim", justify="center") for label in labels)
    grid.add_row(start_label, "", end_label)
    return grid


def _pictures_width() -> int:
    return 2 * PICTURE_COLUMNS + len(THEN)


def _with_pictures(
    heading: Text, details: RenderableType, pictures: RenderableType | None, width: int
) -> Group:
    """The step's heading and details with its pictures to the right, or between the two when
    there is no room beside them."""
    if pictures is None:
        return Group(Text(""), heading, details)
    if width - _pictures_width() - 2 >= MIN_TEXT_COLUMNS:
        grid = Table.grid()
        grid.add_column(ratio=1)
        grid.add_column(width=2)
        grid.add_column(width=_pictures_width(), min_width=_pictures_width())
        grid.add_row(Group(heading, details), "", pictures)
        return Group(Text(""), grid)
    return Group(Text(""), heading, pictures, details)


def print_plan(plan: Plan, *, pictures: bool = True, plain: bool = False) -> None:
    """The header, then each phase with its steps, doses, cues and cautions; on a terminal,
    with each step's pictures unless `pictures` is False. `plain`: no colours, no pictures."""
    from rich.rule import Rule

    console = stdout_console()
    if plain:
        console = Console(highlight=False, emoji=False, color_system=None)
    draw = pictures and not plain and console.is_terminal
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
            art = _step_pictures(step, console) if draw else None
            console.print(_with_pictures(heading, _labelled(rows), art, console.width))


def show(plan: Plan, output: OutputFormat, *, pictures: bool = True, plain: bool = False) -> None:
    if output is OutputFormat.JSON:
        print_json(preview_data(plan))
    else:
        print_plan(plan, pictures=pictures, plain=plain)
