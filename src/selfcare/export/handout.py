"""`selfcare export`: the routine as a printable A4 handout (HTML) or as Markdown.

Both read the same routine model, wording and plan as `show` and `start`, so the paper
and the guided session never disagree; how often and for how long stands near the top.
Every routine text is escaped for its format. Each step's pictures (`step_pictures`) stand
in a column beside its instructions; the page's style is in `handout_style`. The plain text
for a chat message is made from the same `Handout` in `handout_text`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from selfcare.export.handout_style import FONT_STACKS, PAGE_CSS
from selfcare.export.safety_page import LOG_ROWS as LOG_ROWS  # the log's days, for its readers
from selfcare.export.safety_page import (
    SafetyPage,
    log_html,
    safety_html,
    safety_markdown,
    safety_page,
)
from selfcare.export.step_pictures import (
    PICTURE_CSS,
    StepPicture,
    pictures_html,
    pictures_markdown,
    qr_svg,
    step_pictures,
)
from selfcare.i18n.dates import day_words
from selfcare.i18n.language import current_language, t
from selfcare.programme.schedule import schedule_words
from selfcare.routine.model import Pace, PhaseKind, Step
from selfcare.routine.plan import Plan
from selfcare.routine.text import Text, localize
from selfcare.routine.wording import (
    about_words,
    dose_words,
    duration_words,
    equipment_words,
    loosen_question,
    phase_title,
)
from selfcare.safe_text import terminal_safe

# The order in a routine's own words, by language: the first part, then loosening after it.
ORDER_SAID = {
    "en": re.compile(r"\b(stabili[sz]\w*|support\w*) first\b.*\bloosen", re.I),
    "ja": re.compile(r"(先に|まず).{0,3}(安定|支え).*ほぐ"),
}


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
    needs: str = ""  # what this step needs at hand, in one line


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
    equipment: list[str]  # what to have at hand for the whole routine
    schedule: str  # how often and how long; "" when the routine does not say
    order: str  # the order in one sentence; "" when the routine's own words already say it
    fits: list[str]
    cautions: list[str]
    phases: list[PhaseBlock]
    safety: SafetyPage
    loosens: bool  # the routine has a loosening part: the log asks whether it was needed
    client: str = ""  # the client's name, as the practitioner gave it; "" for a line to write on
    start: str = ""  # the day the client starts, in words; "" for a line to write on


def _clean(text: str) -> str:
    """No control or bidi characters in a printed page either."""
    return terminal_safe(text).replace("\ufffd", "")


def _texts(values: tuple[Text, ...]) -> list[str]:
    return [_clean(localize(value)) for value in values]


def build_handout(plan: Plan, client: str = "", start: date | None = None) -> Handout:
    """The handout of `plan`, for `client` starting on `start` when the practitioner says so."""
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
    summary = _clean(localize(routine.summary))
    own_words = [summary, *(phase.why for phase in phases)]
    return Handout(
        lang=current_language(),
        title=_clean(localize(routine.title)),
        version=_version(routine.version),
        summary=summary,
        author=author,
        planned=planned,
        equipment=[_clean(item) for item in equipment_words(routine.equipment_needed)],
        schedule=_clean(schedule_words(routine) or ""),
        order="" if says_the_order(own_words) else t("export.order"),
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
        loosens=routine.has_loosen,
        client=" ".join(_clean(client).split()),
        start="" if start is None else t("export.start_day", day=day_words(start), year=start.year),
    )


def says_the_order(texts: list[str]) -> bool:
    """Whether any of `texts` (the routine's own, in the handout's language) already says the
    order: support or stability first, then loosening ("It builds support first, then loosens
    only if...", 「先に安定させ、必要な場合だけほぐす」)."""
    said = ORDER_SAID.get(current_language(), ORDER_SAID["en"])
    return any(said.search(re.sub(r"\s+", " ", text)) for text in texts)


def _version(version: str | None) -> str:
    return "" if version is None else _clean(t("show.version", version=" ".join(version.split())))


def _step_block(step: Step, seconds: float) -> StepBlock:
    name = _clean(localize(step.name))
    position = _clean(localize(step.position))
    time = about_words(seconds) if step.pace is Pace.OWN else duration_words(seconds)
    return StepBlock(
        name=name,
        dose=_clean(f"{dose_words(step)} ({time})"),
        position=position,
        cues=_texts(step.cues),
        mistakes=_texts(step.mistakes),
        caution=_clean(localize(step.caution)),
        video=step.video,
        pictures=step_pictures(step, name, position),
        needs=t("words.separator").join(_texts(step.equipment)),
    )


# --- HTML --------------------------------------------------------------------------------


def _page_style(h: Handout) -> str:
    """The page's CSS, with the fonts for the language the handout is in."""
    return PAGE_CSS.replace("FONTS", FONT_STACKS.get(h.lang, FONT_STACKS["en"]))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>"


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
    parts.append(_client_html(h))
    # What to have at hand ends the time's paragraph: what to get ready, before how often.
    needs = f' <span class="needs">{_labelled(t("equipment.you_will_need"), h.equipment)}</span>'
    wellness = _e(t("export.wellness"))
    parts.append(f'<p class="meta">{_e(h.planned)} {wellness}{needs if h.equipment else ""}</p>')
    if h.schedule:
        parts.append(f'<p class="schedule">{_how_often_html(h)}</p>')
    if h.order:
        parts.append(f'<p class="order">{_e(h.order)}</p>')
    about = [(t("show.fits"), h.fits), (t("show.cautions"), h.cautions)]
    if h.fits or h.cautions:  # two columns: short items leave half a line empty in one
        lists = "".join(f"<h2>{_e(title)}</h2>{_list(items)}" for title, items in about if items)
        parts.append(f'<div class="about">{lists}</div>')
    for number, phase in enumerate(h.phases, start=1):
        head = [f'<h2 class="phase">{number}. {_e(phase.title)}</h2>']
        if phase.why:
            head.append(f'<p class="why">{_e(phase.why)}</p>')
        if phase.ask:
            # The loosen phase's mark sits with its question, not in a title that may say it too.
            badge = f'<span class="badge">{_e(t("export.only_if_needed"))}</span>'
            head.append(f'<p class="ask">{badge} {_e(t("export.ask", ask=phase.ask))}</p>')
        steps = [_step_html(step) for step in phase.steps]
        # One unbreakable block of the heading and the first step: Chromium does not always
        # keep a heading with what follows for `break-after: avoid` alone.
        parts.append(f'<div class="phase-start">{"".join(head)}{steps[0] if steps else ""}</div>')
        parts += steps[1:]
    parts.append(_safety_html(h))
    # The log is filled in against the schedule: it is said again above it.
    schedule = f'<p class="schedule">{_how_often_html(h)}</p>' if h.schedule else ""
    parts.append(log_html(h.title, schedule, loosens=h.loosens))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _client_html(h: Handout) -> str:
    """The client's name and start date, or blank lines to write them on by hand."""
    fields = ((t("export.client"), h.client), (t("export.start"), h.start))
    return (
        '<p class="client">'
        + "".join(
            f'<span class="field"><span class="label">{_e(label)}:</span> '
            f'<span class="fill">{_e(value)}</span></span>'
            for label, value in fields
        )
        + "</p>"
    )


def _step_html(step: StepBlock) -> str:
    # The dose beside the name, or below it when the name is long.
    body = [f'<div class="head"><h3>{_e(step.name)}</h3> <p class="dose">{_e(step.dose)}</p></div>']
    if step.needs:
        body.append(f"<p>{_labelled(t('equipment.step'), [step.needs])}</p>")
    if step.position:
        body.append(f"<p>{_labelled(t('show.position'), [step.position])}</p>")
    if step.cues:
        body.append(f'<p class="label list">{_e(t("show.cues"))}</p>{_list(step.cues)}')
    if step.mistakes:
        body.append(f'<p class="label list">{_e(t("show.mistakes"))}</p>{_list(step.mistakes)}')
    if step.caution:
        body.append(f'<p class="caution">{_e(t("show.caution"))}: {_e(step.caution)}</p>')
    qr = ""
    if step.video:
        body.append(f'<p class="url">{_e(t("export.video"))}: {_e(step.video)}</p>')
        qr = f'<div class="qr">{qr_svg(step.video)}<br>{_e(t("export.video"))}</div>'
    pictures = pictures_html(step.pictures)
    # The pictures float beside the text, which runs on below a short column of them.
    return f'<section class="step">{qr}{pictures}<div class="body">{"".join(body)}</div></section>'


def _safety_html(h: Handout) -> str:
    contact = ""
    if h.author:
        who = _e(" · ".join(h.author))
        contact = f"<p><span class='label'>{_e(t('export.contact'))}:</span> {who}</p>"
    return safety_html(h.safety, contact)


def _labelled(label: str, items: list[str]) -> str:
    return f'<span class="label">{_e(label)}:</span> {_e(t("words.separator").join(items))}'


def _how_often_html(h: Handout) -> str:
    return _labelled(t("schedule.how_often"), [h.schedule])


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
    for label, value in ((t("export.client"), h.client), (t("export.start"), h.start)):
        lines += [f"**{_m(label)}:** {_m(value)}", ""] if value else []
    lines += [_m(f"{h.planned} {t('export.wellness')}"), ""]
    for label, items in ((t("equipment.you_will_need"), h.equipment),):
        lines += [f"**{_m(label)}:** {_m(t('words.separator').join(items))}", ""] if items else []
    if h.schedule:
        lines += [f"**{_m(t('schedule.how_often'))}:** {_m(h.schedule)}", ""]
    if h.order:
        lines += [f"> {_m(h.order)}", ""]
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
            for label, value in (
                (t("equipment.step"), step.needs),
                (t("show.position"), step.position),
            ):
                lines += [f"**{_m(label)}:** {_m(value)}", ""] if value else []
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
