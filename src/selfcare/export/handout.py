"""`selfcare export`: the routine as a printable A4 handout (HTML) or as Markdown.

Both read the same routine model, wording and plan as `show` and `start`, so the paper
and the guided session never disagree; how often and for how long stands near the top.
Every routine text is escaped for its format. Each step's pictures (`step_pictures`) stand
in a column beside its instructions; the page's style is in `handout_style`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from selfcare.export.handout_style import FONT_STACKS, PAGE_CSS
from selfcare.export.safety_page import SafetyPage, safety_html, safety_markdown, safety_page
from selfcare.export.step_pictures import (
    PICTURE_CSS,
    StepPicture,
    pictures_html,
    pictures_markdown,
    step_pictures,
)
from selfcare.i18n.language import current_language, t
from selfcare.programme.schedule import schedule_words
from selfcare.routine.model import PhaseKind, Step
from selfcare.routine.plan import Plan
from selfcare.routine.text import Text, localize
from selfcare.routine.wording import dose_words, duration_words, loosen_question, phase_title
from selfcare.safe_text import terminal_safe

LOG_ROWS = 20


@dataclass(frozen=True)
class StepBlock:
    name: str
    dose: str
    position: str
    cues: list[str]
    mistakes: list[str]
    caution: str
    video: str | None
    pictures: list[StepPicture] = field(default_factory=list)  # start and end, or one


@dataclass(frozen=True)
class PhaseBlock:
    kind: PhaseKind
    title: str
    why: str
    ask: str | None
    steps: list[StepBlock] = field(default_factory=list)


@dataclass(frozen=True)
class Handout:
    """Everything a handout shows, as plain text in the current language."""

    lang: str
    title: str
    version: str  # "Version 1.0", so a client and the practitioner know which edition; or ""
    summary: str
    author: list[str]
    planned: str
    schedule: str  # how often and how long; "" when the routine does not say
    fits: list[str]
    cautions: list[str]
    phases: list[PhaseBlock]
    safety: SafetyPage


def _clean(text: str) -> str:
    """No control or bidi characters in a printed page either."""
    return terminal_safe(text).replace("\ufffd", "")


def _texts(values: tuple[Text, ...]) -> list[str]:
    return [_clean(localize(value)) for value in values]


def build_handout(plan: Plan) -> Handout:
    routine = plan.routine
    full = duration_words(plan.total_seconds)
    if routine.has_loosen:
        without = duration_words(plan.seconds_without_loosen)
        planned = t("export.planned", time=full, without=without)
    else:
        planned = t("export.planned_plain", time=full)
    phases = []
    for phase, timed_steps in plan.timed_phases():
        steps = [_step_block(step, seconds) for step, seconds in timed_steps]
        is_loosen = phase.kind is PhaseKind.LOOSEN
        phases.append(
            PhaseBlock(
                phase.kind,
                _clean(phase_title(phase)),
                _clean(localize(phase.why)),
                _clean(loosen_question(phase)) if is_loosen else None,
                steps,
            )
        )
    author = []
    if routine.author is not None:
        parts = (routine.author.name, routine.author.clinic, routine.author.contact)
        author = [_clean(localize(part)) for part in parts if part is not None]
        if routine.author.url:
            author.append(_clean(routine.author.url))
    return Handout(
        lang=current_language(),
        title=_clean(localize(routine.title)),
        version=_version(routine.version),
        summary=_clean(localize(routine.summary)),
        author=author,
        planned=planned,
        schedule=_clean(schedule_words(routine) or ""),
        fits=_texts(routine.fits),
        cautions=_texts(routine.cautions),
        phases=phases,
        safety=safety_page(
            routine.area,
            t(
                "export.stop_rules",
                max_pain=routine.stop_rules.max_pain,
                max_rise=routine.stop_rules.max_rise,
            ),
            loosens=routine.has_loosen,
        ),
    )


def _version(version: str | None) -> str:
    return "" if version is None else _clean(t("show.version", version=" ".join(version.split())))


def _step_block(step: Step, seconds: float) -> StepBlock:
    name = _clean(localize(step.name))
    position = _clean(localize(step.position))
    return StepBlock(
        name=name,
        dose=f"{dose_words(step)} ({duration_words(seconds)})",
        position=position,
        cues=_texts(step.cues),
        mistakes=_texts(step.mistakes),
        caution=_clean(localize(step.caution)),
        video=step.video,
        pictures=step_pictures(step, name, position),
    )


# --- HTML --------------------------------------------------------------------------------


def _page_style(h: Handout) -> str:
    """The page's CSS, with the fonts for the language the handout is in."""
    return PAGE_CSS.replace("FONTS", FONT_STACKS.get(h.lang, FONT_STACKS["en"]))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>"


def _qr_svg(url: str) -> str:
    import segno

    # An <svg> of plain paths: no script, nothing fetched.
    # A viewBox and no fixed size, so the page's CSS sets how big it prints.
    return str(segno.make(url, error="m").svg_inline(border=2, omitsize=True))


def render_html(handout: Handout) -> str:
    h = handout
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(h.lang)}"><head><meta charset="utf-8">',
        f"<title>{_e(h.title)}</title>",
        f"<style>{_page_style(h)}{PICTURE_CSS}</style>",
        "</head><body>",
        f"<h1>{_e(h.title)}</h1>",
    ]
    if h.version:
        parts.append(f'<p class="meta">{_e(h.version)}</p>')
    if h.summary:
        parts.append(f'<p class="lead">{_e(h.summary)}</p>')
    if h.author:
        parts.append(f'<p class="meta">{_e(" · ".join(h.author))}</p>')
    parts.append(f'<p class="meta">{_e(h.planned)} {_e(t("export.wellness"))}</p>')
    if h.schedule:
        parts.append(f'<p class="schedule">{_how_often_html(h)}</p>')
    parts.append(f'<p class="order">{_e(t("export.order"))}</p>')
    if h.fits:
        parts.append(f"<h2>{_e(t('show.fits'))}</h2>{_list(h.fits)}")
    if h.cautions:
        parts.append(f"<h2>{_e(t('show.cautions'))}</h2>{_list(h.cautions)}")
    for number, phase in enumerate(h.phases, start=1):
        # A phase's heading is kept with its first step: never left alone at a page's foot.
        head = [f"<h2>{number}. {_e(phase.title)}</h2>"]
        if phase.why:
            head.append(f'<p class="why">{_e(phase.why)}</p>')
        if phase.ask:
            # The loosen phase's mark sits with its question, not in a title that may say it too.
            badge = f'<span class="badge">{_e(t("export.only_if_needed"))}</span>'
            head.append(f"<p>{badge} {_e(t('export.ask', ask=phase.ask))}</p>")
        steps = [_step_html(step) for step in phase.steps]
        parts.append(f'<div class="phase-start">{"".join(head)}{steps[0] if steps else ""}</div>')
        parts += steps[1:]
    parts.append(_safety_html(h))
    parts.append(_log_html(h))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _step_html(step: StepBlock) -> str:
    body = [f"<h3>{_e(step.name)}</h3>", f'<p class="dose">{_e(step.dose)}</p>']
    if step.position:
        body.append(
            f'<p><span class="label">{_e(t("show.position"))}:</span> {_e(step.position)}</p>'
        )
    if step.cues:
        body.append(f'<p class="label">{_e(t("show.cues"))}</p>{_list(step.cues)}')
    if step.mistakes:
        body.append(f'<p class="label">{_e(t("show.mistakes"))}</p>{_list(step.mistakes)}')
    if step.caution:
        body.append(f'<p class="caution">{_e(t("show.caution"))}: {_e(step.caution)}</p>')
    qr = ""
    if step.video:
        body.append(f'<p class="url">{_e(t("export.video"))}: {_e(step.video)}</p>')
        qr = f'<div class="qr">{_qr_svg(step.video)}<br>{_e(t("export.video"))}</div>'
    pictures = pictures_html(step.pictures)
    return f'<section class="step"><div class="body">{"".join(body)}</div>{pictures}{qr}</section>'


def _safety_html(h: Handout) -> str:
    contact = ""
    if h.author:
        who = _e(" · ".join(h.author))
        contact = f"<p><span class='label'>{_e(t('export.contact'))}:</span> {who}</p>"
    return safety_html(h.safety, contact)


def _how_often_html(h: Handout) -> str:
    return f'<span class="label">{_e(t("schedule.how_often"))}:</span> {_e(h.schedule)}'


def _log_html(h: Handout) -> str:
    headers = (
        "export.log_date",
        "export.log_before",
        "export.log_after",
        "export.log_done",
        "export.log_notes",
    )
    head = "".join(f"<th>{_e(t(key))}</th>" for key in headers)
    row = "<tr>" + "<td></td>" * len(headers) + "</tr>"
    # The log is filled in against the schedule: it is said again above it.
    schedule = f'<p class="schedule">{_how_often_html(h)}</p>' if h.schedule else ""
    return (
        f'<section class="log"><h2>{_e(t("export.log"))} · {_e(h.title)}</h2>{schedule}'
        f'<table class="log-table"><colgroup><col class="date"><col class="pain">'
        f'<col class="pain"><col class="done"><col class="notes"></colgroup>'
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{row * LOG_ROWS}</tbody></table></section>"
    )


# --- Markdown ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def _m(text: str) -> str:
    """Routine text as literal Markdown: every character that could format is escaped."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    return re.sub(r"^(\d+)\.", r"\1\\.", re.sub(r"^([-+])", r"\\\1", escaped))


def _md_list(items: list[str]) -> list[str]:
    return [f"- {_m(item)}" for item in items]


def render_markdown(handout: Handout, pictures_folder: str | None = None) -> str:
    """The handout as Markdown; its pictures are linked in `pictures_folder` (a folder name
    beside the Markdown file, see `picture_files`), or left out without one."""
    h = handout
    lines = [f"# {_m(h.title)}", ""]
    if h.version:
        lines += [f"*{_m(h.version)}*", ""]
    if h.summary:
        lines += [_m(h.summary), ""]
    if h.author:
        lines += [_m(" · ".join(h.author)), ""]
    lines += [_m(f"{h.planned} {t('export.wellness')}"), ""]
    if h.schedule:
        lines += [f"**{_m(t('schedule.how_often'))}:** {_m(h.schedule)}", ""]
    lines += [f"> {_m(t('export.order'))}", ""]
    if h.fits:
        lines += [f"## {_m(t('show.fits'))}", "", *_md_list(h.fits), ""]
    if h.cautions:
        lines += [f"## {_m(t('show.cautions'))}", "", *_md_list(h.cautions), ""]
    for number, phase in enumerate(h.phases, start=1):
        lines += [f"## {number}\\. {_m(phase.title)}", ""]
        if phase.why:
            lines += [f"*{_m(phase.why)}*", ""]
        if phase.ask:
            mark = f"**{_m(t('export.only_if_needed'))}.**"
            lines += [f"{mark} {_m(t('export.ask', ask=phase.ask))}", ""]
        for step in phase.steps:
            lines += [f"### {_m(step.name)}", "", f"**{_m(step.dose)}**", ""]
            if pictures_folder is not None:
                lines += pictures_markdown(step.pictures, pictures_folder, _m)
            if step.position:
                lines += [f"**{_m(t('show.position'))}:** {_m(step.position)}", ""]
            if step.cues:
                lines += [f"**{_m(t('show.cues'))}**", "", *_md_list(step.cues), ""]
            if step.mistakes:
                lines += [f"**{_m(t('show.mistakes'))}**", "", *_md_list(step.mistakes), ""]
            if step.caution:
                lines += [f"**{_m(t('show.caution'))}:** {_m(step.caution)}", ""]
            if step.video:
                link = _m(step.video) if re.search(r"[<>]", step.video) else f"<{step.video}>"
                lines += [f"{_m(t('export.video'))}: {link}", ""]
    lines += safety_markdown(h.safety, _m)
    if h.author:
        lines += [f"**{_m(t('export.contact'))}:** {_m(' · '.join(h.author))}", ""]
    return "\n".join(lines)


def picture_files(handout: Handout) -> list[StepPicture]:
    """Every picture the handout shows, each with its own file name."""
    return [
        picture for phase in handout.phases for step in phase.steps for picture in step.pictures
    ]
