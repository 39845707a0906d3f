"""`selfcare remind`: a reminder through the system's own scheduler, which runs
`selfcare remind --notify` at the times chosen; that notifies only when a session is still due
today. `--list` shows the reminder, `--off` removes it.

With no routine named, the reminder is of the routines in use (done in the last 28 days) that
are due today; when none was done in that time, of the one done last; when none was ever
done, of the built-in `low-back`.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from selfcare.commands.copyable import command_line
from selfcare.errors import SelfcareError, UsageError
from selfcare.i18n.dates import WEEKDAYS_EN, WEEKDAYS_JA
from selfcare.i18n.language import Language, current_language, t
from selfcare.output import error_console, stdout_console
from selfcare.reminders.entries import WEEK, Reminder, SchedulerKind, clock_time, week_days
from selfcare.routine.ids import is_routine_id
from selfcare.safe_text import one_line, terminal_safe

DEFAULT_ROUTINE = "low-back"  # the main job: what a reminder names before any session
SET_EXAMPLE = "selfcare remind --at 07:30 [--days mon,wed,fri] [--again 19:00] [ROUTINE]"
WHERE: dict[str, str] = {
    SchedulerKind.SYSTEMD: "remind.where_systemd",
    SchedulerKind.CRON: "remind.where_cron",
    SchedulerKind.LAUNCHD: "remind.where_launchd",
    SchedulerKind.SCHTASKS: "remind.where_schtasks",
}


@dataclass(frozen=True)
class RemindRequest:
    """The options of `selfcare remind`, as typed."""

    routine: str | None  # the routine to remind of; None: the routines in use
    at: str | None  # --at HH:MM: install a reminder
    days: str | None  # --days mon,wed,fri; None: every day
    again: str | None  # --again HH:MM: a second time the same day
    show: bool = False  # --list
    off: bool = False  # --off
    notify: bool = False  # --notify: what the scheduler runs


def now() -> datetime:
    """The moment `--notify` runs (tests set it)."""
    return datetime.now(UTC)


def remind(request: RemindRequest) -> None:
    _check_options(request)
    if request.notify:
        notify_if_due(request.routine)
    elif request.off:
        _off()
    elif request.at is not None:
        _install(request)
    else:
        _show()


def _check_options(request: RemindRequest) -> None:
    actions = [request.at is not None, request.show, request.off, request.notify]
    if sum(actions) > 1:
        raise UsageError(t("remind.one_action"))
    if request.at is None and (request.days is not None or request.again is not None):
        raise UsageError(t("remind.needs_at"))
    if request.routine is not None and not (request.at is not None or request.notify):
        example = command_line("selfcare", "remind", "--at", "07:30", request.routine)
        raise UsageError(t("remind.routine_needs_at", command=example))


def _say(text: str) -> None:
    stdout_console().print(terminal_safe(text), markup=False, highlight=False, soft_wrap=True)


def _warn(text: str) -> None:
    error_console().print(terminal_safe(text), markup=False, highlight=False, soft_wrap=True)


# Setting a reminder


def _time(value: str, option: str) -> str:
    at = clock_time(value)
    if at is None:
        raise UsageError(t("remind.bad_time", option=option, value=one_line(value)))
    return at


def parse_reminder(request: RemindRequest) -> Reminder:
    """The reminder the options ask for (its scheduler still to choose); UsageError if a value
    is not a time or a day."""
    assert request.at is not None
    at = _time(request.at, "--at")
    again = None if request.again is None else _time(request.again, "--again")
    days = () if request.days is None else week_days(request.days)
    if days is None:
        raise UsageError(t("remind.bad_days", value=one_line(request.days)))
    if again is not None and again <= at:
        raise UsageError(t("remind.again_after", at=at, again=again))
    return Reminder(at, days, request.routine, "", again)


def _known_routine(ref: str) -> None:
    """SelfcareError unless `ref` is the id of a routine found and valid."""
    from selfcare.routine.discovery import looks_like_path, resolve

    if looks_like_path(ref):
        add = command_line("selfcare", "add", ref)
        raise SelfcareError(t("remind.routine_by_id", routine=one_line(ref), command=add))
    resolve(ref)


def _install(request: RemindRequest) -> None:
    from selfcare.reminders.notify import find_notifier, missing_notifier_advice
    from selfcare.reminders.schedulers import install, scheduled_command, this_system

    reminder = parse_reminder(request)
    if reminder.routine is not None:
        _known_routine(reminder.routine)
    system = this_system()
    if find_notifier(system) is None:
        raise SelfcareError(missing_notifier_advice(system))
    command = scheduled_command(reminder.routine)
    try:
        installed = install(reminder, command, system)
    except SelfcareError as error:
        raise SelfcareError(error.message + _gap() + t("remind.unchanged")) from None
    done = installed.reminder
    _say(t("remind.set", when=when_words(done), what=what_words(done)))
    _say(t("remind.kept_in", where=where_words(done)))
    off = command_line("selfcare", "remind", "--off")
    _say(t("remind.only_when_due", list=command_line("selfcare", "remind", "--list"), off=off))
    for scheduler in installed.leftovers:
        _warn(t("remind.leftover", scheduler=scheduler, command=off))
    _warn_if_it_cannot_come(done)


def _warn_if_it_cannot_come(reminder: Reminder) -> None:
    from selfcare.history.store import history_exists
    from selfcare.paths import database_path
    from selfcare.reminders.cron import daemon_running

    if reminder.scheduler == SchedulerKind.CRON and daemon_running() is False:
        _warn(t("remind.cron_not_running"))
    with suppress(SelfcareError):  # a history that cannot be read is --notify's to report
        if reminder.routine is None and not history_exists(database_path()):
            _say(t("remind.no_sessions_yet", routine=DEFAULT_ROUTINE))


def _gap() -> str:
    """What goes between two sentences: a space, but none after a Japanese 。."""
    return "" if current_language() is Language.JA else " "


# Showing and removing it


def when_words(reminder: Reminder) -> str:
    """ "07:30 and 19:00, Mon, Wed, Fri"; 「月・水・金 07:30 と 19:00」."""
    times = reminder.at
    if reminder.again is not None:
        times = t("remind.two_times", at=reminder.at, again=reminder.again)
    return t("remind.when", times=times, days=days_words(reminder.days))


def days_words(days: tuple[str, ...]) -> str:
    if not days:
        return t("remind.every_day")
    if current_language() is Language.JA:
        return "・".join(WEEKDAYS_JA[WEEK.index(day)] for day in days)
    return ", ".join(WEEKDAYS_EN[WEEK.index(day)][:3] for day in days)


def what_words(reminder: Reminder) -> str:
    if reminder.routine is None:
        return t("remind.for_in_use")
    return reminder.routine


def where_words(reminder: Reminder) -> str:
    key = WHERE.get(reminder.scheduler, "remind.where_cron")
    return t(key, location=one_line(reminder.location))


def _show() -> None:
    from selfcare.reminders.schedulers import installed_reminders

    reminders = installed_reminders()
    if not reminders:
        _say(t("remind.none", command=SET_EXAMPLE))
        return
    for reminder in reminders:
        _say(t("remind.listed", when=when_words(reminder), what=what_words(reminder)))
        _say("  " + t("remind.kept_in", where=where_words(reminder)))
    _say(t("remind.remove_hint", command=command_line("selfcare", "remind", "--off")))


def _off() -> None:
    from selfcare.reminders.schedulers import remove_all, this_system

    removed = remove_all(this_system())
    if not removed:
        _say(t("remind.none_to_remove"))
    for reminder in removed:
        _say(t("remind.removed", where=where_words(reminder)))


# What the scheduler runs


def notify_if_due(routine: str | None) -> None:
    """Notify when a session is still due today; nothing otherwise. It runs unattended: any
    failure is one line on stderr (SelfcareError, exit 1), never a traceback."""
    from selfcare.reminders.notify import find_notifier, missing_notifier_advice, send
    from selfcare.reminders.schedulers import this_system

    if routine is not None and not is_routine_id(routine):
        raise SelfcareError(t("library.unknown_id", id=one_line(routine)))
    try:
        due = routines_to_remind(routine, now())
        if not due:
            return
        system = this_system()
        notifier = find_notifier(system)
        if notifier is None:
            raise SelfcareError(missing_notifier_advice(system))
        lines = [
            t("remind.time_for", routine=one_line(r), command=command_line("selfcare", "start", r))
            for r in due
        ]
        send(notifier, "selfcare", "\n".join(lines))
    except SelfcareError as error:
        raise SelfcareError(one_line(error.message)) from None
    except Exception as error:  # unattended: whatever it is, one line
        reason = one_line(f"{type(error).__name__}: {error}")
        raise SelfcareError(t("remind.notify_failed", reason=reason)) from None


def routines_to_remind(routine: str | None, moment: datetime) -> list[str]:
    """The routines to name in the notification at `moment`: `routine` (or the routines in
    use) when due today, by its schedule; none when today's session is done."""
    from selfcare.history.store import connect_to_read, history_exists, query_sessions
    from selfcare.paths import database_path
    from selfcare.programme.due import IN_USE_DAYS, routines_due, sessions_done
    from selfcare.routine.index import routine_schedules, valid_routine_ids

    path = database_path()
    if not history_exists(path):  # nothing done yet: it is all still to do
        return [routine or DEFAULT_ROUTINE]
    db, _ = connect_to_read(path)
    try:
        since = moment - timedelta(days=IN_USE_DAYS)
        sessions = query_sessions(db, since=since, step_counts=False)
        if routine is None and not sessions_done(sessions):  # a pause: the one done last
            last = sessions_done(query_sessions(db, limit=1, step_counts=False))
            return [last[0].routine if last else DEFAULT_ROUTINE]
    finally:
        db.close()
    only = None if routine is None else [routine]
    in_use = [due.routine for due in routines_due(sessions, {}, moment, only)]
    schedules = routine_schedules(in_use)
    startable = valid_routine_ids(in_use)  # a routine whose file broke is not reminded of
    due = routines_due(sessions, schedules, moment, only, startable)
    return [routine.routine for routine in due if routine.due_today]
