"""`selfcare update [ID]`: fetch routines added from a link again, show what changed, ask.

The practitioner changes a dose or adds a step and keeps the same link; the client runs
`selfcare update` and reads what is different before the new version replaces theirs.
"""

from __future__ import annotations

from selfcare.commands.add import print_diagnostics, print_lines, say
from selfcare.commands.confirm import NoAnswerGiven, confirm
from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import print_error, stdout_console
from selfcare.paths import user_routines
from selfcare.routine.changes import changes_from_file
from selfcare.routine.fetch import download
from selfcare.routine.ids import is_routine_id
from selfcare.routine.install import checked, install, installed_files, is_builtin
from selfcare.routine.origins import Origin, fingerprint, read_origins
from selfcare.safe_text import one_line


def update(routine_id: str | None, *, yes: bool) -> None:
    """Update `routine_id`, or every routine added from a link; SelfcareError at the end if
    any could not be updated (the others still are)."""
    origins = read_origins()
    if routine_id is not None:
        origin = origins.get(routine_id)
        if origin is None or not installed_files(routine_id):
            raise SelfcareError(_why_not_updatable(routine_id))
        update_one(routine_id, origin, yes=yes)
        return
    # A routine deleted by hand is not brought back.
    ids = [name for name in sorted(origins) if installed_files(name)]
    if not ids:
        say(stdout_console(), t("update.none_from_links"))
        return
    failed = 0
    for name in ids:
        try:
            update_one(name, origins[name], yes=yes)
        except NoAnswerGiven:
            raise
        except SelfcareError as error:  # one link that is down does not stop the others
            print_error(error)
            failed += 1
    if failed:
        raise SelfcareError(t("update.some_failed", failed=failed, count=len(ids)))


def update_one(routine_id: str, origin: Origin, *, yes: bool) -> None:
    console = stdout_console()
    say(console, t("update.checking", id=routine_id, url=one_line(origin.url)))
    candidate = checked(download(origin.url), origin.url)
    if candidate.id != routine_id:  # the link now holds another routine: never renamed here
        message = t("update.id_changed", id=routine_id, new=candidate.id, url=one_line(origin.url))
        raise SelfcareError(message)
    installed = installed_files(routine_id)[0]
    try:
        current = installed.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise SelfcareError(
            t("library.cannot_read", path=one_line(installed), reason=reason)
        ) from None
    if current == candidate.data:
        say(console, t("update.up_to_date", id=routine_id))
        return
    print_diagnostics(console, candidate.warnings)
    say(console, t("update.changes", id=routine_id))
    print_lines(console, changes_from_file(installed, candidate.plan.routine))
    if fingerprint(current) != origin.sha256:
        edited = t("update.edited_here", id=routine_id, path=one_line(installed))
        say(console, edited, style="yellow")
    if not confirm(t("update.question", id=routine_id), yes=yes):
        say(console, t("update.kept", id=routine_id))
        return
    target = install(candidate, origin.url)
    say(console, t("update.done", id=routine_id, path=one_line(target)))


def _why_not_updatable(routine_id: str) -> str:
    if not is_routine_id(routine_id):
        return t("update.unknown", id=one_line(routine_id), folder=one_line(user_routines()))
    if installed_files(routine_id):
        return t("update.not_from_link", id=routine_id)
    if is_builtin(routine_id):
        return t("update.builtin", id=routine_id)
    return t("update.unknown", id=routine_id, folder=one_line(user_routines()))
