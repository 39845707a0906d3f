"""`selfcare show`: a routine as a plan a person can read before starting.

Each step is shown at the person's level, read from the history when there is one (`show`
never creates it); a step with levels says which one and lists them all.

On a terminal each step shows its pictures, small, to the right of its text (under its name
when the terminal is narrow): the start and end figure in braille dots, or the practitioner's
photos in coloured blocks. Plain text, output that is not a terminal, and JSON have none.
"""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console, Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from selfcare.errors import SelfcareError
from selfcare.i18n.language import current_language, t
from selfcare.output import OutputFormat, error_console, print_json, stdout_console
from selfcare.routine.model import Area, Pace, PhaseKind, Routine, Step
from selfcare.routine.plan import Plan, plan_session, whole_if_possible
from selfcare.routine.text import localize, use_routine_language
from selfcare.routine.wording import (
    about_words,
    dose_words,
    duration_words,
    equipment_words,
    loosen_question,
    phase_title,
    planned_words,
)
from selfcare.safe_text import one_line, terminal_safe
from selfcare.safety.areas import PREGNANCY_SIGNS, area_safety
from selfcare.session.views.header import bullets, routine_block, routine_header, routine_text
from selfcare.session.views.text_layout import Wrapped


def person_levels(routine: str) -> dict[str, int]:
    """The person's level of each step of `routine` on record; none without a history.

    HistoryError when there is a history that cannot be read.
    """
    from selfcare.history.level_changes import current_levels
    from selfcare.history.store import HistoryError, connect
    from selfcare.paths import database_path

    path = database_path()
    try:
        if not path.is_file():
            return {}  # nobody has started a session here: everything is at level 1
    except OSError as error:  # a home we may not look into: the plan is still shown
        reason = error.strerror or str(error)
        raise HistoryError(t("history.unusable", path=one_line(path), reason=reason)) from None
    db = connect(path)
    try:
        return current_levels(db, routine)
    finally:
        db.close()


def level_data(step: Step) -> list[dict[str, object]]:
    """Each level of a step as written (level 1 first): its name and dose."""
    return [
        {
            "level": level,
            "name": localize(shown.name),
            "reps": shown.reps,
            "sets": shown.sets,
            "reps_range": None if shown.reps_range is None else list(shown.reps_range),
            "sets_range": None if shown.sets_range is None else list(shown.sets_range),
            "hold": whole_if_possible(shown.hold),
            "rest": whole_if_possible(shown.rest),
        }
        for level in range(1, step.top_level + 1)
        for shown in (step.at_level(level),)
    ]


def preview_data(plan: Plan, written: Routine | None = None) -> dict[str, object]:
    """The plan as data: phases with step times and levels, and the exact timeline `start` runs.

    `written` is the routine as written when `plan` has steps at other levels than 1.
    """
    steps_as_written = {step.id: step for _, step in (written or plan.routine).steps()}
    phases = [
        {
            "kind": str(phase.kind),
            "title": phase_title(phase),
            "steps": [
                {
                    "id": step.id,
                    "name": localize(step.name),
                    "seconds": whole_if_possible(seconds),
                    "level": step.level,
                    "levels": level_data(steps_as_written[step.id]),
                }
                for step, seconds in steps
            ],
        }
        for phase, steps in plan.timed_phases()
    ]
    return {
        "id": plan.routine.id,
        "title": localize(plan.routine.title),
        "version": plan.routine.version,
        "hash": plan.routine.content_hash,  # what the history records of each session
        "lang": current_language(),
        "total_seconds": whole_if_possible(plan.total_seconds),
        "approximate": plan.approximate,  # reps at one's own pace: the times are estimates
        "equipment": equipment_words(plan.routine.equipment_needed),
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
    heading: RenderableType, details: RenderableType, pictures: RenderableType | None, width: int
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


def _levels_list(written: Step, level: int) -> RenderableType:
    """One line per level: its number, name and dose; the one in force in bold, marked."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    for number in range(1, written.top_level + 1):
        shown = written.at_level(number)
        line = routine_text(shown.name)
        # What a side means is said once, in the heading: every level would repeat it.
        line.append(f"  {terminal_safe(dose_words(replace(shown, side_means=None)))}", style="dim")
        now = number == level
        if now:
            line.stylize("bold")
        marker = Text(f" ← {t('levels.now')}" if now else "", style="bold")
        grid.add_row(str(number), line, marker)
    return grid


def _step_rows(step: Step, written: Step) -> list[tuple[str, RenderableType]]:
    """The step's details, label by label: where to start, cues, mistakes, cautions, levels."""
    rows: list[tuple[str, RenderableType]] = []
    if step.equipment:
        needs = t("words.separator").join(localize(item) for item in step.equipment)
        rows.append((t("equipment.step"), Wrapped(needs)))
    if step.position is not None:
        rows.append((t("show.position"), routine_block(step.position)))
    if step.cues:
        rows.append((t("show.cues"), bullets(step.cues, indent=0)))
    if step.mistakes:
        rows.append((t("show.mistakes"), bullets(step.mistakes, indent=0)))
    if step.caution is not None:
        rows.append((t("show.caution"), routine_block(step.caution, "yellow")))
    if step.video:
        link = Text(terminal_safe(step.video), style=Style(link=step.video))
        rows.append((t("show.video"), link))
    if step.levels:
        rows.append((t("levels.levels"), _levels_list(written, step.level)))
    return rows


def _step_heading(step: Step, seconds: float) -> RenderableType:
    """Name, dose and time; and, for a step with levels, which level it is at, kept whole."""
    heading = routine_text(step.name, "bold")
    time = about_words(seconds) if step.pace is Pace.OWN else duration_words(seconds)
    heading.append(f"  {terminal_safe(dose_words(step))}  ({time})", style="")
    if not step.levels:
        return heading
    grid = Table.grid(padding=(0, 2))
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    level = t("levels.level_of", level=step.level, top=step.top_level)
    grid.add_row(heading, Text(level, style="cyan"))
    return grid


def _header(plan: Plan) -> list[RenderableType]:
    """The header the session shows too, its planned time said "about" when reps at one's own
    pace make it an estimate, then what to have at hand."""
    parts = routine_header(plan)
    exact = planned_words(plan, about=False)
    # The shared header words the exact total; its line is found by its words and replaced.
    found = [n for n, part in enumerate(parts) if isinstance(part, Text) and part.plain == exact]
    at = found[0] + 1 if found else len(parts)
    if found and plan.approximate:
        parts[found[0]] = Text(planned_words(plan))
    items = equipment_words(plan.routine.equipment_needed)
    if items:
        needs = Text(t("equipment.you_will_need") + ": ", style="bold")
        needs.append(terminal_safe(t("words.separator").join(items)), style="not bold")
        parts.insert(at, needs)
    return parts


def _programme_lines(routine: Routine, note: str | None) -> list[RenderableType]:
    """How often the routine is meant to be done, and why levels could not be read, if so."""
    from selfcare.programme.schedule import schedule_words

    lines: list[RenderableType] = []
    words = schedule_words(routine)
    if words is not None:
        lines += [Text(""), Text(terminal_safe(words), style="bold")]
    if note is not None:
        lines.append(Text(terminal_safe(note), style="dim"))
    return lines


def print_plan(
    plan: Plan,
    *,
    pictures: bool = True,
    plain: bool = False,
    written: Routine | None = None,
    note: str | None = None,
) -> None:
    """The header, then each phase with its steps, doses, cues and cautions; on a terminal,
    with each step's pictures unless `pictures` is False. `plain`: no colours, no pictures.

    `written` is the routine as written when `plan` has steps at other levels than 1; `note`
    says why the person's levels are not shown.
    """
    from rich.rule import Rule

    console = stdout_console()
    if plain:
        console = Console(highlight=False, emoji=False, color_system=None)
    draw = pictures and not plain and console.is_terminal
    steps_as_written = {step.id: step for _, step in (written or plan.routine).steps()}
    console.print(Group(*_header(plan), *_programme_lines(plan.routine, note)))
    for number, (phase, steps) in enumerate(plan.timed_phases(), start=1):
        console.print()
        console.print(Rule(Text(f"{number}. {terminal_safe(phase_title(phase))}"), align="left"))
        if phase.why is not None:
            console.print(routine_block(phase.why, "italic"))
        if phase.kind is PhaseKind.LOOSEN:
            ask = terminal_safe(loosen_question(phase))
            console.print(Text(t("show.only_if_needed", ask=ask), style="cyan"))
        for step, seconds in steps:
            heading = _step_heading(step, seconds)
            rows = _step_rows(step, steps_as_written[step.id])
            art = _step_pictures(step, console) if draw else None
            console.print(_with_pictures(heading, _labelled(rows), art, console.width))
    console.print()
    console.print(_safety(plan.routine))


def _safety(routine: Routine) -> Group:
    """The area's safety check in short: when to stop at once, and the signs that need help now."""
    from rich.rule import Rule

    safety = area_safety(routine.area)
    title = t("show.safety", area=t(safety.name))
    parts: list[RenderableType] = [
        Rule(Text(title), align="left"),
        Wrapped(t(safety.stop_when), "bold yellow"),
        Text(t("export.red_flags"), style="bold"),
        bullets(tuple(t(key) for key in safety.emergency)),
        Wrapped(t("export.emergency")),
    ]
    if routine.area is Area.PELVIC_GIRDLE:  # made for pregnancy: its own signs, for the midwife
        parts += [
            Wrapped(t("export.pregnancy_signs"), "bold"),
            bullets(tuple(t(key) for key in PREGNANCY_SIGNS)),
        ]
    return Group(*parts, Wrapped(t("show.safety_check"), "dim"))


def print_qr(plan: Plan, step_id: str) -> None:
    """The video link of one step as a QR code to scan with a phone, and the link under it."""
    from selfcare.export.step_pictures import qr_text

    steps = {step.id: step for _, step in plan.routine.steps()}
    step = steps.get(step_id)
    if step is None:
        names = ", ".join(steps)
        raise SelfcareError(
            t("show.qr_unknown_step", routine=plan.routine.id, step=one_line(step_id), steps=names)
        )
    if not step.video:
        name = one_line(localize(step.name))
        raise SelfcareError(t("show.qr_no_video", step=step.id, name=name))
    console = stdout_console()
    console.print(routine_text(step.name, "bold"))
    console.print(t("show.qr_scan"), markup=False)
    # Light modules on black, whatever the terminal's own colours: a phone reads it either way.
    colours = "white on black" if console.color_system and not console.no_color else ""
    code = Text(qr_text(step.video), style=colours, no_wrap=True)
    console.print(code, overflow="crop", crop=False)
    console.print(Text(terminal_safe(step.video), style=Style(link=step.video)))


def show(
    plan: Plan,
    output: OutputFormat,
    *,
    pictures: bool = True,
    plain: bool = False,
    qr: str | None = None,
) -> None:
    """Print the plan with each step at the person's level; a history that cannot be read
    shows level 1 and says so. `qr`: only that step's video link, as a QR code."""
    use_routine_language(plan.routine)
    note = None
    try:
        levels = person_levels(plan.routine.id)
    except SelfcareError as error:  # a damaged or locked history must not hide the plan
        levels, note = {}, t("levels.unreadable", reason=error.message)
    written = plan.routine
    if levels:
        plan = plan_session(written.at_levels(levels))
    if qr is not None:  # the video of the step at the person's level: a level may have its own
        print_qr(plan, qr)
    elif output is OutputFormat.JSON:
        if note is not None:
            error_console().print(terminal_safe(note), style="dim", markup=False)
        print_json(preview_data(plan, written))
    else:
        print_plan(plan, pictures=pictures, plain=plain, written=written, note=note)
