"""`selfcare export`: a routine's printable handout (HTML) or Markdown, to a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from selfcare.errors import SelfcareError
from selfcare.export.handout import build_handout, render_html, render_markdown
from selfcare.i18n.language import current_language, t
from selfcare.output import HandoutFormat
from selfcare.routine.plan import Plan


def export(plan: Plan, handout_format: HandoutFormat, out: Path | None) -> None:
    """Write the handout to `out` (a file, a folder, or "-" for stdout; default: here)."""
    render = render_html if handout_format is HandoutFormat.HTML else render_markdown
    text = render(build_handout(plan))
    routine = plan.routine
    if out is not None and str(out) == "-":
        sys.stdout.write(text)
        return
    name = f"{routine.id}-{current_language()}.{handout_format.value}"
    target = out / name if out is not None and out.is_dir() else out or Path(name)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise SelfcareError(t("export.cannot_write", path=target, reason=error.strerror)) from None
    typer.echo(t("export.written", path=target))
