"""`selfcare report`: the record of a period at home, for the practitioner at a follow-up visit.

Reads the period's sessions (every kind: a safety answer is never left out), makes the facts
(`history.report_facts`) and writes them as an A4 page (`export.report`), as a PDF printed
from that page by a Chromium found on the machine, or as JSON for other tools; to a file,
written whole, or to standard output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import suppress
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal, NoReturn

import typer

from selfcare.errors import SelfcareError, UsageError
from selfcare.history.report_facts import (
    Count,
    Period,
    ReportFacts,
    RoutineFacts,
    counted,
    report_facts,
    started,
)
from selfcare.history.store import SessionRow
from selfcare.i18n.language import t
from selfcare.output import print_json, write_whole
from selfcare.safe_text import one_line

ReportFormat = Literal["html", "pdf", "json"]
DEFAULT_DAYS = 42  # six weeks before today
REPORT_FORMAT = "selfcare-report/1"  # the JSON's version: a change of its shape changes it
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
PDF_SECONDS = 90  # a first start of Chromium on a slow disk takes a while
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def report(
    since: str | None, routine: str | None, output_format: ReportFormat, out: Path | None
) -> None:
    """Write the report of the sessions since `since` (YYYY-MM-DD; default six weeks ago),
    of `routine` only when given, as `output_format`, to `out` (a file, a folder, or "-")."""
    today = datetime.now().astimezone().date()
    since_day = since_date(since, today)
    to_stdout = out is not None and str(out) == "-"
    if to_stdout and output_format == "pdf":
        raise UsageError(t("report.pdf_stdout"))
    facts = gather(since_day, routine, today)
    if output_format == "json":
        data = report_data(facts)
        if to_stdout:
            print_json(data)
            return
        payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        from selfcare.export.report import render_report

        page = render_report(facts)
        if to_stdout:
            _to_stdout(page)
            return
        payload = page.encode("utf-8") if output_format == "html" else print_pdf(page)
    target = _target(out, f"report-{today.isoformat()}.{output_format}")
    try:
        write_whole(target, payload)  # never a report cut short, never a stale one half-replaced
    except OSError as error:
        _cannot_write(target, error)
    typer.echo(t("report.written", path=one_line(target)))


def since_date(since: str | None, today: date) -> date:
    """--since as a day: six weeks before today without it; refused when not YYYY-MM-DD, not
    a day of the calendar, or after today."""
    if since is None:
        return today - timedelta(days=DEFAULT_DAYS)
    day = None
    with suppress(ValueError):  # 2026-02-30
        day = date.fromisoformat(since.strip()) if _ISO_DAY.fullmatch(since.strip()) else None
    if day is None:
        raise SelfcareError(t("report.bad_since", value=one_line(since)))
    if day > today:
        raise SelfcareError(t("report.since_future", since=day, today=today))
    return day


def gather(since: date, routine: str | None, today: date) -> ReportFacts:
    """The facts of the period from the history; SelfcareError when there is nothing to
    report, saying why (an unknown routine, no sessions in the period, none at all)."""
    from selfcare.commands.history import load_sessions

    read = load_sessions(
        routine=None,
        since=since,
        limit=None,
        with_steps=True,
        everything=True,
        step_counts=False,  # the report counts the steps it reads itself
    )
    sessions = [s for s in read if s.started_at is not None]
    days = [started(s).astimezone().date() for s in sessions]
    # The period begins at its first session when --since is earlier: a year asked for a record
    # of three weeks is three weeks of columns, not fifty.
    period = Period(max(since, min(days, default=since)), max([today, *days]))
    mine = [s for s in sessions if counted(s) and routine in (None, s.routine)]
    if routine is not None and not mine:
        _nothing_of(routine, since, period.until)
    ids = {s.routine for s in mine}
    titles, schedules = _routine_files(ids) if ids else ({}, {})
    facts = report_facts(
        sessions, period, today, routine=routine, titles=titles, schedules=schedules
    )
    if not facts.routines and not facts.safety:
        if sessions:  # practice runs, or sessions left before their first step
            raise SelfcareError(t("report.only_left_out", since=since, until=period.until))
        _nothing_since(since, period.until)
    return facts


def _last_session(routine: str | None) -> SessionRow | None:
    from selfcare.commands.history import load_sessions

    found = load_sessions(routine=routine, since=None, limit=1, with_steps=False, step_counts=False)
    return found[0] if found else None


def _nothing_since(since: date, until: date) -> NoReturn:
    last = _last_session(None)
    if last is None or last.started_at is None:
        raise SelfcareError(t("report.empty_history"))
    day = last.started_at.astimezone().date()
    raise SelfcareError(t("report.none_in_period", since=since, until=until, last=day))


def _nothing_of(routine: str, since: date, until: date) -> NoReturn:
    """Why `routine` has nothing to report: done before the period only, or never."""
    from selfcare.commands.history import load_sessions

    last = _last_session(routine)
    if last is not None and last.started_at is not None:
        day = last.started_at.astimezone().date()
        raise SelfcareError(
            t(
                "report.routine_none_in_period",
                routine=one_line(routine),
                since=since,
                until=until,
                last=day,
            )
        )
    every = load_sessions(routine=None, since=None, limit=None, with_steps=False, step_counts=False)
    if not every:
        raise SelfcareError(t("report.empty_history"))
    names = ", ".join(sorted({one_line(s.routine) for s in every}))
    raise SelfcareError(t("report.routine_unknown", routine=one_line(routine), routines=names))


def _routine_files(ids: set[str]) -> tuple[dict[str, str], dict[str, int]]:
    """The title (in the current language) and sessions a week of each routine in `ids` whose
    file is found and valid, from the routine index `list` keeps."""
    from selfcare.paths import routine_index_path
    from selfcare.routine.index import routine_summaries
    from selfcare.routine.text import localize

    titles: dict[str, str] = {}
    schedules: dict[str, int] = {}
    for summary in routine_summaries([], routine_index_path()):
        if summary.id not in ids or not summary.valid:
            continue
        if summary.title is not None and localize(summary.title).strip():
            titles[summary.id] = " ".join(localize(summary.title).split())
        if summary.schedule is not None and summary.schedule.sessions_per_week > 0:
            schedules[summary.id] = summary.schedule.sessions_per_week
    return titles, schedules


# --- writing ----------------------------------------------------------------------------


def _to_stdout(page: str) -> None:
    """The page as UTF-8, as it says it is, whatever the terminal's encoding."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(page.encode("utf-8"))
        sys.stdout.buffer.flush()
    except OSError as error:  # a full disk or a closed pipe behind standard output
        _cannot_write(Path("-"), error)


def _target(out: Path | None, name: str) -> Path:
    """`out`, or `name` in it when it is a folder (here without `out`); a missing path with
    no suffix is taken for a folder not made yet ("reports/"), and refused."""
    if out is None:
        return Path(name)
    with suppress(OSError):
        if out.is_dir():
            return out / name
    if not out.suffix and not os.path.lexists(out):
        suffix = Path(name).suffix
        raise SelfcareError(t("report.no_folder", path=one_line(out), suffix=suffix))
    return out


def _cannot_write(path: Path, error: OSError) -> NoReturn:
    reason = error.strerror or str(error)
    raise SelfcareError(t("report.cannot_write", path=one_line(path), reason=reason)) from None


def find_browser() -> str | None:
    """The first Chromium (or Google Chrome) on the PATH."""
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def print_pdf(page: str) -> bytes:
    """`page` printed to an A4 PDF by headless Chromium, in a folder of its own (page, profile
    and PDF), removed afterwards; SelfcareError saying to print the HTML when it cannot."""
    browser = find_browser()
    if browser is None:
        raise SelfcareError(t("report.no_browser"))
    with tempfile.TemporaryDirectory(prefix="selfcare-report-") as folder:
        html_file, pdf = Path(folder) / "page.html", Path(folder) / "page.pdf"
        html_file.write_text(page, "utf-8")
        command = [
            browser,
            "--headless",
            *(["--no-sandbox"] if os.geteuid() == 0 else []),  # Chromium refuses root without
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={Path(folder) / 'profile'}",  # never the person's own profile
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html_file.as_uri(),
        ]
        reason = _run_browser(command)
        data = pdf.read_bytes() if pdf.is_file() else b""
    if not data.startswith(b"%PDF"):
        name = Path(browser).name
        raise SelfcareError(t("report.browser_failed", browser=name, reason=reason or "no PDF"))
    return data


def _run_browser(command: list[str]) -> str:
    """Run Chromium to its end, or to PDF_SECONDS; the last line it wrote on failure."""
    try:
        # Its own process group: on a timeout, its helper processes are ended with it.
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as error:
        return error.strerror or str(error)
    try:
        _, errors = process.communicate(timeout=PDF_SECONDS)
    except subprocess.TimeoutExpired:
        with suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return t("report.browser_timeout", seconds=PDF_SECONDS)
    except BaseException:  # Ctrl-C: no Chromium left behind
        with suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        raise
    lines = errors.decode("utf-8", "replace").strip().splitlines()
    return one_line(lines[-1][:200]) if process.returncode and lines else ""


# --- as data ----------------------------------------------------------------------------


def local_time(moment: datetime) -> str:
    return moment.astimezone().isoformat(timespec="seconds")


def _count(value: Count) -> dict[str, int]:
    return {"count": value.count, "percent": value.percent}


def _routine_data(facts: RoutineFacts) -> dict[str, object]:
    loosening, mornings, early = facts.loosening, facts.mornings, facts.ended_early
    return {
        "routine": facts.routine,
        "title": facts.title,
        "sessions": facts.sessions,
        "completed": facts.completed,
        "ended_early": {"safety_check": early.safety, "pain_rule": early.pain, "left": early.left},
        "per_week": facts.per_week,
        "schedule_per_week": facts.schedule_per_week,
        "weeks": [
            {
                "week_start": week.start.isoformat(),
                "days_in_period": week.days,
                "sessions": week.sessions,
                "pain_before": week.pain_before,
                "pain_after": week.pain_after,
            }
            for week in facts.weeks
        ],
        "pain": {
            "before": facts.pain_before,
            "after": facts.pain_after,
            "sessions": [
                {"started_at": local_time(p.started), "before": p.before, "after": p.after}
                for p in facts.pain
            ],
        },
        "loosening": {
            "reached": loosening.reached,
            "asked": loosening.asked,
            "done": _count(loosening.done),
            "not_needed": _count(loosening.skipped),
            "stopped": _count(loosening.stopped),
            "held_back": _count(loosening.held_back),
            "stabilising_enough": _count(loosening.stabilising_enough),
        },
        "next_morning": {
            "answers": dict(mornings.answers),
            "unanswered": mornings.unanswered,
            "loosening_worse": mornings.loosening_worse,
            "loosening_not_worse": mornings.loosening_not_worse,
        },
        "steps": [{"step": s.step, "worse": s.worse, "skipped": s.skipped} for s in facts.steps],
        "level_changes": [
            {"date": c.day.isoformat(), "step": c.step, "from": c.from_level, "to": c.to_level}
            for c in facts.level_changes
        ],
        "versions": [
            {
                "version": use.version,
                "content_hash": use.content_hash,
                "first": use.first.isoformat(),
                "last": use.last.isoformat(),
                "sessions": use.sessions,
            }
            for use in facts.versions
        ],
        "notes": [{"date": day.isoformat(), "text": text} for day, text in facts.notes],
        "left_out": {"practice_runs": facts.practice_runs, "not_started": facts.not_started},
    }


def report_data(facts: ReportFacts) -> dict[str, object]:
    """The report as plain data, as docs/report.md describes it; `format` is its version."""
    period = facts.period
    return {
        "format": REPORT_FORMAT,
        "generated": facts.generated.isoformat(),
        "period": {
            "since": period.since.isoformat(),
            "until": period.until.isoformat(),
            "days": period.days,
        },
        "routine": facts.routine,
        "safety": [
            {
                "date": f.day.isoformat(),
                "routine": f.routine,
                "area": f.area,
                "item": f.item,
                "answer": f.answer,
                "kind": f.kind,
            }
            for f in facts.safety
        ],
        "routines": [_routine_data(section) for section in facts.routines],
    }
