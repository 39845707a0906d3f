"""The follow-up report's numbers: what the record says about one period, routine by routine.

Pure functions from `SessionRow`s (read with all their parts) to frozen facts; the HTML, the
chart and `--format json` all read these, so the three never disagree. Days are local days.
A session counts when a person did it: not a practice run (speed other than 1), not one left
before its first step. Those two are only counted as left out. Safety answers are read from
every session, whatever its kind: a warning sign is never left out of the report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from selfcare.history.session_parts import stored_time
from selfcare.history.store import SessionRow
from selfcare.programme.schedule import WEEK, week_start
from selfcare.session.outcomes import (
    Ending,
    LoosenOutcome,
    MorningLoosen,
    NextMorning,
    SkipReason,
    StepStatus,
    StopReason,
)

TOP_STEPS = 5  # steps listed as most often skipped or marked worse
SCREEN_PASSED = frozenset({"clear", "confirmed", "declared"})  # any other result is a finding
KEPT_FINDINGS = frozenset(  # kept answers (item, answer) that call for a follow-up
    {("histories", "not-cleared"), ("inflammatory", "advised"), ("pregnancy", "yes")}
)
SCREEN = "screen"  # a SafetyFinding's item when it is a screen's result
PAIN_STOPS = (StopReason.PAIN_ABOVE_LIMIT, StopReason.PAIN_ROSE)


@dataclass(frozen=True)
class Period:
    """The days the report covers, both included."""

    since: date
    until: date  # the day the report is made, or a later session's day

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


@dataclass(frozen=True)
class SafetyFinding:
    """A safety answer to follow up: a screen that did not pass, or a kept answer."""

    day: date
    at: datetime  # aware; orders findings of one day
    routine: str
    area: str | None  # the body area asked about; None for checks recorded before areas
    item: str  # SCREEN, or the kept answer's item: histories, inflammatory, pregnancy
    answer: str  # the screen's result (tier-a, tier-b, ...) or the kept answer, as written
    kind: str | None = None  # a screen's kind: full, short, declared


@dataclass(frozen=True)
class WeekFacts:
    """One calendar week (Monday to Sunday) of the period."""

    start: date  # its Monday
    days: int  # of its days inside the period: fewer than 7 for the first and last
    sessions: int
    pain_before: float | None  # average, one decimal; None when none was rated
    pain_after: float | None


@dataclass(frozen=True)
class PainPoint:
    """Pain before and after one session, for the chart."""

    started: datetime  # aware
    before: int | None
    after: int | None


@dataclass(frozen=True)
class Count:
    """A count and its share of a whole, as a whole percent (0 when the whole is 0)."""

    count: int
    percent: int


def count_of(count: int, whole: int) -> Count:
    return Count(count, int(count * 100 / whole + 0.5) if whole else 0)  # 1 of 8: 13 %


@dataclass(frozen=True)
class LoosenFacts:
    """How the loosening part went, in sessions that reached it."""

    done: Count  # needed, and done
    skipped: Count  # not needed: stabilising alone was enough
    stopped: Count  # needed, and stopped with `w`: it made things worse
    held_back: Count  # left out: it had made things worse lately
    reached: int  # sessions with any of the four
    asked: int  # sessions that answered the question: done, skipped or stopped

    @property
    def stabilising_enough(self) -> Count:
        """Of the sessions that asked, those that did not need loosening."""
        return count_of(self.skipped.count, self.asked)


@dataclass(frozen=True)
class MorningFacts:
    """The next-morning answers of the sessions counted."""

    answers: Mapping[str, int]  # by NextMorning value, in its order, zeros included
    unanswered: int
    loosening_worse: int  # the loosening part had made it worse by the morning
    loosening_not_worse: int


@dataclass(frozen=True)
class StepTally:
    """How often one step ended early: `w` (worse), or moved on from (skipped)."""

    step: str  # the step's id, as in the routine file
    worse: int
    skipped: int


@dataclass(frozen=True)
class LevelChange:
    """A step's level changed at the start of a session."""

    day: date
    step: str
    from_level: int | None  # None: not known from the period's record
    to_level: int


@dataclass(frozen=True)
class VersionUse:
    """One edition of the routine file, as the sessions of the period ran it."""

    version: str | None  # its `version:`; None when it had none
    content_hash: str | None  # what its file said; None for sessions recorded before
    first: date
    last: date
    sessions: int


@dataclass(frozen=True)
class EndedEarly:
    """Sessions stopped or left before their end, by why."""

    safety: int  # the safety check stopped it
    pain: int  # a pain rule stopped it
    left: int  # quit, interrupted, or the program ended


@dataclass(frozen=True)
class RoutineFacts:
    """What the period's record says about one routine."""

    routine: str
    title: str
    sessions: int  # sessions counted
    completed: int
    ended_early: EndedEarly
    per_week: float  # sessions a week over the period, one decimal
    schedule_per_week: int | None  # the routine file's schedule; None without one
    weeks: tuple[WeekFacts, ...]  # oldest first
    pain: tuple[PainPoint, ...]  # oldest first, sessions with a rating only
    pain_before: float | None  # averages over the period, one decimal
    pain_after: float | None
    loosening: LoosenFacts
    mornings: MorningFacts
    steps: tuple[StepTally, ...]  # most often first, at most TOP_STEPS
    level_changes: tuple[LevelChange, ...]  # oldest first
    versions: tuple[VersionUse, ...]  # first used first
    notes: tuple[tuple[date, str], ...]  # day and text as written, oldest first
    practice_runs: int  # left out of every number above
    not_started: int  # left before the first step: left out too


@dataclass(frozen=True)
class ReportFacts:
    """The whole report: the period, the safety answers to follow up, and each routine."""

    period: Period
    generated: date
    routine: str | None  # the --routine asked for; None for all
    safety: tuple[SafetyFinding, ...]  # oldest first
    routines: tuple[RoutineFacts, ...]  # most used first


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def started(session: SessionRow) -> datetime:
    assert session.started_at is not None  # the report reads only sessions whose time it can
    return session.started_at


def counted(session: SessionRow) -> bool:
    """Whether the session is one a person did (and its time can be read)."""
    return (
        session.started_at is not None
        and not session.practice
        and session.status is not Ending.NOT_STARTED
    )


def safety_findings(sessions: Iterable[SessionRow]) -> tuple[SafetyFinding, ...]:
    """Every screen that did not pass and every kept answer to follow up, oldest first; the
    same answer given again the same day says nothing new, and is given once."""
    found: dict[tuple[object, ...], SafetyFinding] = {}
    for session in sessions:
        answers = [
            (screen.taken_at, screen.area, SCREEN, screen.result, screen.kind)
            for screen in session.screens or ()
            if screen.result not in SCREEN_PASSED
        ] + [
            (kept.answered_at, kept.area, kept.item, kept.answer, None)
            for kept in session.safety_answers or ()
            if (kept.item, kept.answer) in KEPT_FINDINGS
        ]
        for stored, area, item, answer, kind in answers:
            if (at := stored_time(stored) or session.started_at) is None:
                continue
            day = local_day(at)
            key = (day, session.routine, area, item, answer)
            if key not in found or at < found[key].at:
                found[key] = SafetyFinding(day, at, session.routine, area, item, answer, kind)
    return tuple(sorted(found.values(), key=lambda f: (f.at, f.item, f.answer)))


def _average(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _weeks(period: Period, sessions: Sequence[SessionRow]) -> tuple[WeekFacts, ...]:
    by_week: dict[date, list[SessionRow]] = {}
    for session in sessions:
        by_week.setdefault(week_start(local_day(started(session))), []).append(session)
    weeks = []
    monday = week_start(period.since)
    while monday <= period.until:
        sunday = monday + timedelta(days=WEEK - 1)
        done = by_week.get(monday, [])
        weeks.append(
            WeekFacts(
                start=monday,
                days=(min(sunday, period.until) - max(monday, period.since)).days + 1,
                sessions=len(done),
                pain_before=_average([s.pain_before for s in done if s.pain_before is not None]),
                pain_after=_average([s.pain_after for s in done if s.pain_after is not None]),
            )
        )
        monday += timedelta(days=WEEK)
    return tuple(weeks)


def _loosening(sessions: Sequence[SessionRow]) -> LoosenFacts:
    outcomes = Counter(s.loosen for s in sessions if s.loosen is not None)
    reached = sum(outcomes.values())
    asked = reached - outcomes[LoosenOutcome.HELD_BACK]
    return LoosenFacts(
        done=count_of(outcomes[LoosenOutcome.DONE], reached),
        skipped=count_of(outcomes[LoosenOutcome.SKIPPED], reached),
        stopped=count_of(outcomes[LoosenOutcome.STOPPED], reached),
        held_back=count_of(outcomes[LoosenOutcome.HELD_BACK], reached),
        reached=reached,
        asked=asked,
    )


def _mornings(sessions: Sequence[SessionRow]) -> MorningFacts:
    answers = Counter(s.next_morning for s in sessions if s.next_morning is not None)
    loosen = Counter(s.morning_loosen for s in sessions if s.morning_loosen is not None)
    return MorningFacts(
        answers={str(answer): answers[answer] for answer in NextMorning},
        unanswered=sum(1 for s in sessions if s.next_morning is None),
        loosening_worse=loosen[MorningLoosen.WORSE],
        loosening_not_worse=loosen[MorningLoosen.NOT_WORSE],
    )


def _step_tallies(sessions: Sequence[SessionRow]) -> tuple[StepTally, ...]:
    worse: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for session in sessions:
        last = {step.step_index: step for step in session.steps or ()}  # gone back: the last run
        for step in last.values():
            if step.status is StepStatus.SKIPPED:
                (worse if step.reason is SkipReason.WORSE else skipped)[step.step] += 1
    tallies = [StepTally(step, worse[step], skipped[step]) for step in worse | skipped]
    tallies.sort(key=lambda tally: (-(tally.worse + tally.skipped), -tally.worse, tally.step))
    return tuple(tallies[:TOP_STEPS])


def _level_changes(sessions: Sequence[SessionRow]) -> tuple[LevelChange, ...]:
    """The changes of the period, each from its step's last level on record (a declined offer,
    on record at the level it kept, is no change)."""
    known: dict[str, int] = {}
    changes = []
    for session in sessions:  # oldest first; practice runs too: they ran at the levels in force
        for row in session.level_changes or ():  # offered at the start, before the steps ran
            before = known.get(row.step)
            known[row.step] = row.level
            at = stored_time(row.changed_at) or session.started_at
            if before != row.level and at is not None and not session.practice:
                changes.append(LevelChange(local_day(at), row.step, before, row.level))
        for step in session.steps or ():
            known[step.step] = step.level
    return tuple(changes)


def _versions(sessions: Sequence[SessionRow]) -> tuple[VersionUse, ...]:
    uses: dict[tuple[str | None, str | None], list[date]] = {}
    for session in sessions:
        key = (session.routine_version, session.routine_hash)
        uses.setdefault(key, []).append(local_day(started(session)))
    found = [VersionUse(v, h, min(days), max(days), len(days)) for (v, h), days in uses.items()]
    return tuple(sorted(found, key=lambda use: (use.first, use.last)))


def _ended_early(sessions: Sequence[SessionRow]) -> EndedEarly:
    reasons = [s.stop_reason for s in sessions if s.status in (Ending.STOPPED, Ending.ABORTED)]
    safety = sum(1 for reason in reasons if reason is not None and reason.is_red_flag)
    pain = sum(1 for reason in reasons if reason in PAIN_STOPS)
    return EndedEarly(safety=safety, pain=pain, left=len(reasons) - safety - pain)


def routine_facts(
    routine: str,
    sessions: Sequence[SessionRow],
    period: Period,
    *,
    title: str | None = None,
    schedule: int | None = None,
) -> RoutineFacts:
    """The facts of `routine` from its sessions of `period` (any order, every kind); `title`
    from its file when found, else as the newest session recorded it."""
    mine = sorted(
        (s for s in sessions if s.routine == routine and s.started_at is not None),
        key=lambda s: (started(s), s.id),
    )
    done = [s for s in mine if counted(s)]
    rated = [s for s in done if s.pain_before is not None or s.pain_after is not None]
    # From its own first session: weeks before it was begun are not weeks it was missed.
    own = Period(max(period.since, local_day(started(done[0]))), period.until) if done else period
    return RoutineFacts(
        routine=routine,
        title=title or (mine[-1].routine_title if mine else routine),
        sessions=len(done),
        completed=sum(1 for s in done if s.status is Ending.COMPLETED),
        ended_early=_ended_early(done),
        per_week=round(len(done) * WEEK / max(own.days, WEEK), 1),  # 1 in a day is not 7 a week
        schedule_per_week=schedule or None,
        weeks=_weeks(own, done),
        pain=tuple(PainPoint(started(s), s.pain_before, s.pain_after) for s in rated),
        pain_before=_average([s.pain_before for s in done if s.pain_before is not None]),
        pain_after=_average([s.pain_after for s in done if s.pain_after is not None]),
        loosening=_loosening(done),
        mornings=_mornings(done),
        steps=_step_tallies(done),
        level_changes=_level_changes(mine),
        versions=_versions(done),
        notes=tuple((local_day(started(s)), s.note) for s in done if s.note and s.note.strip()),
        practice_runs=sum(1 for s in mine if s.practice),
        not_started=sum(1 for s in mine if not s.practice and s.status is Ending.NOT_STARTED),
    )


def report_facts(
    sessions: Sequence[SessionRow],
    period: Period,
    generated: date,
    *,
    routine: str | None = None,
    titles: Mapping[str, str] | None = None,
    schedules: Mapping[str, int] | None = None,
) -> ReportFacts:
    """The report of `sessions` (every session of the period, every routine and kind): the
    safety answers of them all; a section for each routine done (only `routine`, if given),
    most sessions first, then the one done last. `titles` and `schedules` (sessions a week):
    as the routines' files say, by id, for those found."""
    titles, schedules = titles or {}, schedules or {}
    done = [s for s in sessions if counted(s) and routine in (None, s.routine)]
    count = Counter(s.routine for s in done)
    last = {s.routine: started(s) for s in sorted(done, key=started)}
    ids = sorted(count, key=lambda r: (-count[r], -last[r].timestamp(), r))
    sections = [
        routine_facts(r, sessions, period, title=titles.get(r), schedule=schedules.get(r))
        for r in ids
    ]
    return ReportFacts(period, generated, routine, safety_findings(sessions), tuple(sections))
