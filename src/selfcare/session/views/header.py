"""What a routine says about itself before it starts: title, author, time, who it fits, cautions.

`show` prints it above the plan and `start` above the safety screen, from the same plan.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import Routine
from selfcare.routine.plan import Plan
from selfcare.routine.text import Text as RoutineText
from selfcare.routine.text import localize
from selfcare.routine.wording import duration_words
from selfcare.safe_text import terminal_safe
from selfcare.session.views.text_layout import Wrapped


def routine_text(value: RoutineText | None, style: str = "") -> Text:
    """A routine's text in the current language, made safe for the terminal."""
    return Text(terminal_safe(localize(value)), style=style)


def routine_block(value: RoutineText | None, style: str = "") -> Wrapped:
    """A routine's longer text (a sentence or more), wrapped as its language wants."""
    return Wrapped(localize(value), style=style)


def bullets(values: tuple[RoutineText, ...], indent: int = 2) -> Table:
    """A bulleted list whose items wrap under their own text, Japanese included."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=indent + 1, justify="right")
    grid.add_column(ratio=1)
    for value in values:
        grid.add_row("•", routine_block(value))
    return grid


def author_lines(routine: Routine) -> list[Text]:
    """Who wrote the routine and how to reach them, for the plan, the session and its end."""
    author = routine.author
    if author is None:
        return []
    separator = t("words.separator")  # "、" in Japanese
    who = separator.join(
        localize(part) for part in (author.name, author.clinic) if part is not None
    )
    lines = []
    if who:
        lines.append(Text(terminal_safe(t("show.by", who=who))))
    contact = separator.join(localize(part) for part in (author.contact, author.url) if part)
    if contact:
        lines.append(Text(terminal_safe(t("show.contact", contact=contact))))
    return lines


def title_line(routine: Routine) -> Text:
    """The title in bold, then the routine's version when it has one: the practitioner and
    the person can tell which edition of the routine they are looking at."""
    line = routine_text(routine.title, "bold")
    if routine.version is not None:
        version = t("show.version", version=" ".join(routine.version.split()))
        line.append_text(Text("  " + terminal_safe(version), style="not bold dim"))
    return line


def routine_header(plan: Plan) -> list[RenderableType]:
    """Title (with the version), summary, author, planned time, who it fits and cautions."""
    routine = plan.routine
    parts: list[RenderableType] = [title_line(routine)]
    if routine.summary is not None:
        parts.append(routine_block(routine.summary))
    parts.extend(author_lines(routine))
    planned = t("show.planned", time=duration_words(plan.total_seconds))
    if routine.has_loosen:
        without = duration_words(plan.seconds_without_loosen)
        planned += t("show.planned_without_loosen", time=without)
    parts.append(Text(planned))
    if routine.fits:
        parts += [Text(""), Text(t("show.fits"), style="bold"), bullets(routine.fits)]
    if routine.cautions:
        parts += [
            Text(""),
            Text(t("show.cautions"), style="bold yellow"),
            bullets(routine.cautions),
        ]
    return parts
