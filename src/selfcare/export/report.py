"""The follow-up report as one self-contained A4 HTML page, for the practitioner to read in a
couple of minutes: the safety answers to follow up first, then each routine's weeks, pain,
loosening, next mornings, steps, levels, versions and the person's notes.

Every text from the record (notes, step and routine ids, titles) is escaped; the page has no
script and fetches nothing. The numbers are `report_facts`'; the look is `report_style`'s.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from selfcare.export.report_chart import pain_chart_svg
from selfcare.export.report_style import report_css
from selfcare.history.report_facts import (
    SCREEN,
    Count,
    ReportFacts,
    RoutineFacts,
    SafetyFinding,
    WeekFacts,
    count_of,
)
from selfcare.i18n.dates import day_words
from selfcare.i18n.language import current_language, t
from selfcare.safe_text import terminal_safe

NOTE_SHOWN = 400  # characters of a note on paper; the JSON has all of it
FULL_WEEK = 7
WEEKS_A_TABLE = 9  # columns of weeks that fit the page's width
SCREEN_ANSWERS = {
    "tier-a": "report.answer_tier_a",
    "tier-b": "report.answer_tier_b",
    "tier-c": "report.answer_tier_c",
    "pregnancy-signs": "report.answer_pregnancy_signs",
}
KEPT_ANSWERS = {
    "histories": "report.answer_histories",
    "inflammatory": "report.answer_inflammatory",
    "pregnancy": "report.answer_pregnancy",
}
SCREEN_KINDS = {
    "full": "report.kind_full",
    "short": "report.kind_short",
    "declared": "report.kind_declared",
}
AREA_NAMES = {
    "low-back": "area.low-back",
    "pelvic-girdle": "area.pelvic-girdle",
    "neck-shoulder": "area.neck-shoulder",
    "general": "area.general",
}
MORNING_NAMES = {
    "better": "report.morning_better",
    "same": "report.morning_same",
    "worse": "report.morning_worse",
    "settled": "report.morning_settled",
    "not-settled": "report.morning_not_settled",
}
OLDER_MORNINGS = ("settled", "not-settled")  # shown only when some session has them


def _e(text: str) -> str:
    """Record text as HTML text: nothing that could steer a terminal, every markup character
    as an entity."""
    return html.escape(terminal_safe(text).replace("\ufffd", ""), quote=True)


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _sessions(count: int) -> str:
    return t("report.sessions_one") if count == 1 else t("report.sessions_many", count=count)


def _share(value: Count, whole: int) -> str:
    return t("report.of", count=value.count, whole=whole, percent=value.percent)


def render_report(facts: ReportFacts) -> str:
    """The whole page."""
    period = facts.period
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{current_language()}"><head><meta charset="utf-8">',
        f"<title>{_e(t('report.title'))} {period.since.isoformat()}</title>",
        f"<style>{report_css()}</style>",
        "</head><body>",
        '<header class="head"><div>',
        f"<h1>{_e(t('report.title'))}</h1>",
        '<p class="client"><span class="label">'
        f'{_e(t("report.client"))}:</span><span class="fill"></span></p>',
        '</div><div class="meta">',
        "<p>"
        + _e(
            t(
                "report.period",
                since=period.since.isoformat(),
                until=period.until.isoformat(),
                days=period.days,
            )
        )
        + "</p>",
        f"<p>{_e(t('report.generated', day=facts.generated.isoformat()))}</p>",
        "</div></header>",
        f'<p class="disclaimer">{_e(t("report.disclaimer"))}</p>',
        _safety_html(facts.safety),
    ]
    if facts.routine is not None:
        parts.append(f'<p class="muted">{_e(t("report.only_routine", routine=facts.routine))}</p>')
    if not facts.routines:
        parts.append(f"<p>{_e(t('report.no_sessions'))}</p>")
    parts += [_routine_html(section, facts) for section in facts.routines]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _safety_html(findings: Sequence[SafetyFinding]) -> str:
    if not findings:
        return f'<section class="safety"><p>{_e(t("report.safety_none"))}</p></section>'
    rows = "".join(
        f'<tr><td class="day">{_e(day_words(f.day))}</td>'
        f'<td class="answer">{_e(_answer_words(f))}</td>'
        f'<td class="where muted">{_e(_where_words(f))}</td></tr>'
        for f in findings
    )
    return (
        f'<section class="safety found"><h2>{_e(t("report.safety_title"))}</h2>'
        f"<table>{rows}</table></section>"
    )


def _answer_words(finding: SafetyFinding) -> str:
    if finding.item == SCREEN:
        key = SCREEN_ANSWERS.get(finding.answer)
    else:
        key = KEPT_ANSWERS.get(finding.item)
    if key is None:  # an answer this version does not know: as written
        return t("report.answer_other", item=finding.item, answer=finding.answer)
    return t(key)


def _where_words(finding: SafetyFinding) -> str:
    where = []
    if finding.kind is not None:
        kind = SCREEN_KINDS.get(finding.kind)
        where.append(t(kind) if kind else finding.kind)
    if finding.area is not None:
        area = AREA_NAMES.get(finding.area)
        where.append(t(area) if area else finding.area)
    where.append(t("report.in_routine", routine=finding.routine))
    return " · ".join(where)


def _routine_html(facts: RoutineFacts, report: ReportFacts) -> str:
    parts = [
        '<section class="routine">',
        f'<h2>{_e(facts.title)} <span class="muted">· {_e(facts.routine)}</span></h2>',
        _versions_html(facts),
        _figures_html(facts),
        f"<h3>{_e(t('report.weeks_title'))}</h3>",
        _weeks_html(facts.weeks, facts.schedule_per_week),
        f'<div class="chart"><h3>{_e(t("report.chart_title"))}</h3>',
        pain_chart_svg(facts.pain, report.period)
        if facts.pain
        else f'<p class="muted">{_e(t("report.chart_empty"))}</p>',
        "</div>",
        '<div class="columns">',
        _loosening_html(facts),
        _mornings_html(facts),
        _steps_html(facts),
        _levels_html(facts),
        "</div>",
        _notes_html(facts),
        _left_out_html(facts),
        "</section>",
    ]
    return "\n".join(parts)


def _versions_html(facts: RoutineFacts) -> str:
    uses = []
    for use in facts.versions:
        if use.version is None and use.content_hash is None:
            name = t("report.version_unknown")
        else:
            name = use.version or t("report.version_none")
            shared = [other for other in facts.versions if other.version == use.version]
            if len(shared) > 1 and use.content_hash:  # edited without a new version number
                name += " " + t("report.version_content", hash=use.content_hash[:7])
        uses.append(
            t(
                "report.version_use",
                version=name,
                first=day_words(use.first),
                last=day_words(use.last),
                sessions=_sessions(use.sessions),
            )
        )
    label = f'<span class="label">{_e(t("report.versions"))}:</span> '
    return f'<p class="versions">{label}{_e(" · ".join(uses))}</p>'


def _figure(value: str, name: str, more: str) -> str:
    return (
        f'<div class="figure"><div class="value">{_e(value)}</div>'
        f'<div class="name">{_e(name)}</div><div class="more">{_e(more)}</div></div>'
    )


def _figures_html(facts: RoutineFacts) -> str:
    early = facts.ended_early
    ended = early.safety + early.pain + early.left
    target = facts.schedule_per_week
    enough = facts.loosening.stabilising_enough
    pain = f"{_number(facts.pain_before)} → {_number(facts.pain_after)}"
    return (
        '<div class="figures">'
        + _figure(
            str(facts.sessions),
            t("report.sessions"),
            t("report.sessions_more", completed=facts.completed, ended=ended),
        )
        + _figure(
            t("report.per_week", count=f"{facts.per_week:.1f}"),
            t("report.per_week_name"),
            t("report.schedule", count=target) if target else t("report.no_schedule"),
        )
        + _figure(
            pain, t("report.pain_name"), t("report.pain_more", sessions=_sessions(len(facts.pain)))
        )
        + _figure(
            _share(enough, facts.loosening.asked) if facts.loosening.asked else "–",
            t("report.enough_name"),
            t("report.enough_more"),
        )
        + "</div>"
    )


def _weeks_html(weeks: Sequence[WeekFacts], target: int | None) -> str:
    """The weeks in tables of WEEKS_A_TABLE columns (a long period takes a few)."""
    tables = [
        _weeks_table(weeks[first : first + WEEKS_A_TABLE], target)
        for first in range(0, len(weeks), WEEKS_A_TABLE)
    ]
    if any(week.days != FULL_WEEK for week in weeks):
        tables.append(f'<p class="note-line">{_e(t("report.week_part"))}</p>')
    return "".join(tables)


def _weeks_table(weeks: Sequence[WeekFacts], target: int | None) -> str:
    head = "".join(
        f"<th>{_e(day_words(week.start))}{'' if week.days == FULL_WEEK else '*'}</th>"
        for week in weeks
    )
    sessions = []
    for week in weeks:
        full = week.days == FULL_WEEK
        shown = f"{week.sessions} / {target}" if target and full else str(week.sessions)
        style = "" if full else ' class="short"'
        if target and full and week.sessions < target:
            style = ' class="under"'
        sessions.append(f"<td{style}>{shown}</td>")
    before = "".join(f"<td>{_number(week.pain_before)}</td>" for week in weeks)
    after = "".join(f"<td>{_number(week.pain_after)}</td>" for week in weeks)
    count_name = t("report.week_sessions_target") if target else t("report.week_sessions")
    rows = [
        f"<thead><tr><th>{_e(t('report.week_of'))}</th>{head}</tr></thead>",
        f"<tr><th>{_e(count_name)}</th>{''.join(sessions)}</tr>",
        f"<tr><th>{_e(t('report.week_before'))}</th>{before}</tr>",
        f"<tr><th>{_e(t('report.week_after'))}</th>{after}</tr>",
    ]
    return f'<table class="weeks">{"".join(rows)}</table>'


def _count_rows(rows: Sequence[tuple[str, int, str]]) -> str:
    return "".join(
        f'<tr><td>{_e(name)}</td><td class="n">{count}</td><td class="pc">{_e(share)}</td></tr>'
        for name, count, share in rows
    )


def _loosening_html(facts: RoutineFacts) -> str:
    loosening = facts.loosening
    title = f"<h3>{_e(t('report.loosening_title'))}</h3>"
    if not loosening.reached:
        return f'<div class="block">{title}<p class="muted">{_e(t("report.loosen_none"))}</p></div>'
    rows = [
        (t(key), value.count, f"{value.percent}%")
        for key, value in (
            ("report.loosen_done", loosening.done),
            ("report.loosen_skipped", loosening.skipped),
            ("report.loosen_stopped", loosening.stopped),
            ("report.loosen_held_back", loosening.held_back),
        )
    ]
    reached = t("report.loosen_reached", sessions=_sessions(loosening.reached))
    return (
        f'<div class="block">{title}<table class="counts">{_count_rows(rows)}</table>'
        f'<p class="note-line">{_e(reached)}</p></div>'
    )


def _mornings_html(facts: RoutineFacts) -> str:
    mornings = facts.mornings
    answered = sum(mornings.answers.values())
    shares = {
        a: f"{count_of(n, answered).percent}%" if answered else ""
        for a, n in mornings.answers.items()
    }
    rows = [
        (t(MORNING_NAMES[answer]), count, shares[answer])
        for answer, count in mornings.answers.items()
        if answer in MORNING_NAMES and (count or answer not in OLDER_MORNINGS)
    ]
    rows.append((t("report.morning_unanswered"), mornings.unanswered, ""))
    loosen = ""
    if mornings.loosening_worse or mornings.loosening_not_worse:
        loosen = t(
            "report.morning_loosen",
            worse=mornings.loosening_worse,
            not_worse=mornings.loosening_not_worse,
        )
        loosen = f'<p class="note-line">{_e(loosen)}</p>'
    return (
        f'<div class="block"><h3>{_e(t("report.mornings_title"))}</h3>'
        f'<table class="counts">{_count_rows(rows)}</table>{loosen}</div>'
    )


def _steps_html(facts: RoutineFacts) -> str:
    title = f"<h3>{_e(t('report.steps_title'))}</h3>"
    if not facts.steps:
        return f'<div class="block">{title}<p class="muted">{_e(t("report.steps_none"))}</p></div>'
    head = (
        f'<tr><th>{_e(t("report.step"))}</th><th class="n">{_e(t("report.step_worse"))}</th>'
        f'<th class="n">{_e(t("report.step_skipped"))}</th></tr>'
    )
    rows = "".join(
        f'<tr><td>{_e(tally.step)}</td><td class="n">{tally.worse}</td>'
        f'<td class="n">{tally.skipped}</td></tr>'
        for tally in facts.steps
    )
    return f'<div class="block">{title}<table class="counts">{head}{rows}</table></div>'


def _levels_html(facts: RoutineFacts) -> str:
    title = f"<h3>{_e(t('report.levels_title'))}</h3>"
    if not facts.level_changes:
        return f'<div class="block">{title}<p class="muted">{_e(t("report.levels_none"))}</p></div>'
    rows = "".join(
        f'<tr><td class="when">{_e(day_words(change.day))}</td><td>{_e(change.step)}</td>'
        f'<td class="n">{_e(_level_words(change.from_level, change.to_level))}</td></tr>'
        for change in facts.level_changes
    )
    return f'<div class="block">{title}<table class="counts">{rows}</table></div>'


def _level_words(before: int | None, after: int) -> str:
    return t("report.level_change", before="?" if before is None else before, after=after)


def _notes_html(facts: RoutineFacts) -> str:
    title = f"<h3>{_e(t('report.notes_title'))}</h3>"
    if not facts.notes:
        return f'<div class="block">{title}<p class="muted">{_e(t("report.notes_none"))}</p></div>'
    items = []
    for day, text in facts.notes:
        shown = text.strip()
        if len(shown) > NOTE_SHOWN:
            shown = shown[: NOTE_SHOWN - 1] + "…"
        items.append(f'<li><span class="day">{_e(day_words(day))}</span> {_e(shown)}</li>')
    return f'{title}<ul class="notes">{"".join(items)}</ul>'


def _left_out_html(facts: RoutineFacts) -> str:
    early = facts.ended_early
    lines = [
        t(
            "report.ended_early",
            count=early.safety + early.pain + early.left,
            safety=early.safety,
            pain=early.pain,
            left=early.left,
        ),
        t("report.left_out", practice=facts.practice_runs, not_started=facts.not_started),
    ]
    return f'<p class="left-out">{"<br>".join(_e(line) for line in lines)}</p>'
