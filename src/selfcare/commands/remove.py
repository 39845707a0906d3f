"""`selfcare remove ID`: delete a routine from the user's folder, after asking, and forget the
link it came from. Built-in routines are part of selfcare and stay."""

from __future__ import annotations

from selfcare.commands.add import say
from selfcare.commands.confirm import confirm
from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.output import stdout_console
from selfcare.paths import user_routines
from selfcare.routine.ids import is_routine_id
from selfcare.routine.install import installed_files, is_builtin
from selfcare.routine.origins import remember
from selfcare.safe_text import one_line


def remove(routine_id: str, *, yes: bool) -> bool:
    """Remove the user's routine `routine_id`; whether it was removed (False: kept)."""
    files = installed_files(routine_id) if is_routine_id(routine_id) else []
    if not files:
        if is_routine_id(routine_id) and is_builtin(routine_id):
            raise SelfcareError(t("remove.builtin", id=routine_id))
        folder = one_line(user_routines())
        raise SelfcareError(t("remove.unknown", id=one_line(routine_id), folder=folder))
    console = stdout_console()
    shown = ", ".join(one_line(path) for path in files)
    if not confirm(t("remove.question", id=routine_id, path=shown), yes=yes):
        say(console, t("remove.kept", id=routine_id))
        return False
    for path in files:
        try:
            path.unlink()
        except FileNotFoundError:  # removed meanwhile: what was asked for is done
            pass
        except OSError as error:
            reason = error.strerror or str(error)
            raise SelfcareError(t("remove.cannot", path=one_line(path), reason=reason)) from None
    remember(routine_id, None)
    say(console, t("remove.done", id=routine_id, path=shown))
    if is_builtin(routine_id):
        say(console, t("remove.builtin_back", id=routine_id))
    return True
