"""The handout's closing pages: the "When to stop" section for the routine's body area, as HTML
and Markdown, and the log to fill in after each session."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from selfcare.i18n.language import t
from selfcare.routine.model import Area
from selfcare.safety.areas import PREGNANCY_SIGNS, area_safety

LOG_ROWS = 16


@dataclass(frozen=True)
class FlagGroup:
    """One tier of the safety check on paper: what to do, the signs, and any closing advice."""

    tier: str
    lead: str
    signs: list[str]
    advice: str | None = None


@dataclass(frozen=True)
class SafetyPage:
    """The section's words, in the current language."""

    stop_when: str
    stop_rules: str
    stop_loosen: str  # "" when the routine has no loosening part
    groups: list[FlagGroup]
    improve: str


def safety_page(area: Area, stop_rules: str, *, loosens: bool) -> SafetyPage:
    """The signs of the tiers of the check for `area`, worded for a page, not a prompt."""
    safety = area_safety(area)
    ask_first = [t(key) for key in (*safety.clearance, *safety.histories)]
    return SafetyPage(
        stop_when=t(safety.stop_when),
        stop_rules=stop_rules,
        stop_loosen=t("export.stop_loosen") if loosens else "",
        groups=[
            FlagGroup(
                "a",
                t("export.red_flags"),
                [t(key) for key in safety.emergency],
                t("export.emergency"),
            ),
            FlagGroup("p", t("export.pregnancy_signs"), [t(key) for key in PREGNANCY_SIGNS]),
            FlagGroup("b", t("export.tier_b"), [t(key) for key in safety.doctor]),
            FlagGroup("c", t("export.tier_c"), [*ask_first, t("export.pregnant")]),
        ],
        improve=t(safety.improve),
    )


def safety_html(page: SafetyPage, contact: str) -> str:
    """The section as HTML; `contact` is the author's line, already escaped ("" for none).

    It flows on from the steps and may go on over a page, but only between its parts: the
    heading stays with the stop rules, and each group of signs is whole.
    """
    e = escape
    opening = [f"<h2>{e(t('export.safety'))}</h2>", f"<p>{e(page.stop_when)}</p>"]
    opening.append(f"<p>{e(page.stop_rules)}</p>")
    if page.stop_loosen:
        opening.append(f"<p>{e(page.stop_loosen)}</p>")
    groups = []
    for group in page.groups:
        signs = "".join(f"<li>{e(sign)}</li>" for sign in group.signs)
        advice = f"<p class='label'>{e(group.advice)}</p>" if group.advice else ""
        groups.append(
            f'<div class="flags tier-{group.tier}"><p class="label">{e(group.lead)}</p>'
            f"<ul>{signs}</ul>{advice}</div>"
        )
    return (
        f'<section class="safety"><div class="safety-start">{"".join(opening)}</div>'
        f'{"".join(groups)}<div class="safety-end"><p>{e(page.improve)}</p>{contact}</div>'
        "</section>"
    )


def safety_markdown(page: SafetyPage, m: Callable[[str], str]) -> list[str]:
    """The section as Markdown lines; `m` escapes text for Markdown."""
    lines = [f"## {m(t('export.safety'))}", ""]
    for text in (page.stop_when, page.stop_rules, page.stop_loosen):
        lines += [m(text), ""] if text else []
    for group in page.groups:
        lines += [f"**{m(group.lead)}**", "", *(f"- {m(sign)}" for sign in group.signs), ""]
        if group.advice:
            lines += [f"**{m(group.advice)}**", ""]
    return [*lines, m(page.improve), ""]


# A scale such as "(0-10)" or "（0〜10）" in a column heading is never broken across lines.
_SCALE = re.compile(r"\s*[(（][^()（）]*[)）]")


def _log_heading(key: str) -> str:
    return _SCALE.sub(lambda scale: f'<span class="scale">{scale[0]}</span>', escape(t(key)))


def log_html(title: str, schedule: str, *, loosens: bool) -> str:
    """The log to fill in after each session, headed by the routine's `title` and `schedule`
    (its HTML, "" for none); with a column for whether loosening was needed, if it `loosens`."""
    columns = [("date", "export.log_date"), ("pain", "export.log_before")]
    columns += [("pain", "export.log_after")]
    if loosens:  # the method's question: was the loosening part needed today?
        columns.append(("loosen", "export.log_loosen"))
    columns += [("done", "export.log_done"), ("notes", "export.log_notes")]
    cols = "".join(f'<col class="{name}">' for name, _ in columns)
    head = "".join(f"<th>{_log_heading(key)}</th>" for _, key in columns)
    cells = [
        f'<td class="choice">{escape(t("export.log_yes_no"))}</td>'
        if name == "loosen"
        else "<td></td>"
        for name, _ in columns
    ]
    row = "<tr>" + "".join(cells) + "</tr>"
    return (
        f'<section class="log"><h2>{escape(t("export.log"))} · {escape(title)}</h2>{schedule}'
        f'<table class="log-table"><colgroup>{cols}</colgroup>'
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{row * LOG_ROWS}</tbody></table></section>"
    )
