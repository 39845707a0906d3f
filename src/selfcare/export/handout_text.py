"""The handout as plain text for a chat message (LINE, WhatsApp): no markup, short lines.

Made from the same `Handout` as the page and the Markdown, so all three say the same. Chat apps
show every character as typed, so headings are marked with a symbol, not with `#` or `**`, and
lines are wrapped short for a phone (Japanese the Japanese way, see `line_breaking`). A web
address is never broken: it stands on a line of its own, whole, so a tap still opens it.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

from selfcare.export.handout import Handout, StepBlock
from selfcare.export.safety_page import SafetyPage
from selfcare.i18n.language import t
from selfcare.i18n.line_breaking import wrap

# Line width in terminal cells, where a Japanese character takes two: about 20 Japanese
# characters or 60 English ones, so a phone shows each line as it is.
WIDTHS = {"en": 60, "ja": 40}
SECTION = "■ "
STEP = "◆ "
BULLETS = {"en": ("• ", "  "), "ja": ("・", "\u3000")}  # the bullet and the indent below it
MARKS = {"en": "[{mark}] ", "ja": "【{mark}】"}  # "Only if still needed", set apart
_ADDRESS = re.compile(r"https?://\S+")
# A short aside in brackets, such as a step's time "(3 min 32 s)", is kept on one line: its
# spaces stand in as this character while the text is wrapped.
_ASIDE = re.compile(r"\([^()]{1,16}\)")
_KEEP = "\ue000"


class _Lines:
    """Paragraphs wrapped to the width for the handout's language, blocks apart by an empty
    line."""

    def __init__(self, handout: Handout) -> None:
        self.width = WIDTHS.get(handout.lang, WIDTHS["en"])
        self.bullet, self.indent = BULLETS.get(handout.lang, BULLETS["en"])
        self.lines: list[str] = []

    def text(self, text: str, first: str = "", rest: str = "") -> None:
        """`text` wrapped, its first line after `first` and the others after `rest`."""
        width = max(self.width - max(cell_len(first), cell_len(rest)), 10)
        lines = [line for part in _parts(text) for line in _wrapped(part, width)]
        for number, line in enumerate(lines or [""]):
            self.lines.append((rest if number else first) + line)

    def items(self, items: list[str]) -> None:
        for item in items:
            self.text(item, self.bullet, self.indent)

    def gap(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")


def _parts(text: str) -> list[str]:
    """`text` split around its web addresses, each address a part of its own."""
    parts, last = [], 0
    for address in _ADDRESS.finditer(text):
        parts += [text[last : address.start()], address[0]]
        last = address.end()
    return [part.strip() for part in [*parts, text[last:]] if part.strip()]


def _wrapped(part: str, width: int) -> list[str]:
    if _ADDRESS.fullmatch(part):
        return [part]
    kept = _ASIDE.sub(lambda aside: aside[0].replace(" ", _KEEP), part)
    return [line.replace(_KEEP, " ") for line in wrap(kept, width)]


def render_text(handout: Handout) -> str:
    """The handout as plain text: everything the page says but its pictures, QR codes and log."""
    h = handout
    out = _Lines(h)
    out.text(h.title)
    if h.version:
        out.text(h.version)
    out.gap()
    if h.summary:
        out.text(h.summary)
        out.gap()
    # A chat message has no blank line to write on: the name and day only when given.
    for label, value in ((t("export.client"), h.client), (t("export.start"), h.start)):
        if value:
            out.text(f"{label}: {value}")
    out.gap()
    out.text(h.planned)
    out.text(t("export.wellness"))
    if h.equipment:
        out.text(f"{t('equipment.you_will_need')}: {t('words.separator').join(h.equipment)}")
    if h.schedule:
        out.text(f"{t('schedule.how_often')}: {h.schedule}")
    out.gap()
    if h.order:
        out.text(h.order)
        out.gap()
    for heading, items in ((t("show.fits"), h.fits), (t("show.cautions"), h.cautions)):
        if items:
            out.text(heading, SECTION)
            out.items(items)
            out.gap()
    for number, phase in enumerate(h.phases, start=1):
        out.text(f"{number}. {phase.title}", SECTION)
        if phase.why:
            out.text(phase.why)
        if phase.ask:
            ask = t("export.ask", ask=phase.ask)
            mark = MARKS.get(h.lang, MARKS["en"]).format(mark=t("export.only_if_needed"))
            out.text(mark + ask)
        out.gap()
        for step in phase.steps:
            _step(out, step)
            out.gap()
    _safety(out, h.safety)
    if h.author:
        out.gap()
        out.text(f"{t('export.contact')}:")
        for part in h.author:
            out.text(part)
    return "\n".join(out.lines).rstrip("\n") + "\n"


def _step(out: _Lines, step: StepBlock) -> None:
    out.text(step.name, STEP)
    out.text(step.dose)
    if step.needs:
        out.text(f"{t('equipment.step')}: {step.needs}")
    if step.position:
        out.text(f"{t('show.position')}: {step.position}")
    for label, items in ((t("show.cues"), step.cues), (t("show.mistakes"), step.mistakes)):
        if items:
            out.text(f"{label}:")
            out.items(items)
    if step.caution:
        out.text(f"{t('show.caution')}: {step.caution}")
    if step.video:
        out.text(f"{t('export.video')}: {step.video}")


def _safety(out: _Lines, page: SafetyPage) -> None:
    out.text(t("export.safety"), SECTION)
    for text in (page.stop_when, page.stop_rules, page.stop_loosen):
        if text:
            out.text(text)
    for group in page.groups:
        out.gap()
        out.text(group.lead)
        out.items(group.signs)
        if group.advice:
            out.text(group.advice)
    out.gap()
    out.text(page.improve)
