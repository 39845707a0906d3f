"""Rules that look across fields: the order rule, unique ids, file names, translations, length.

They read the raw loaded data (not the model) so they still report when other fields are
broken: a practitioner sees every problem of a file in one run.
"""

from __future__ import annotations

from selfcare.diagnostics import Severity
from selfcare.i18n import t
from selfcare.loader import KEY, LoadedDocument
from selfcare.model import PhaseKind, Routine
from selfcare.plan import step_get_ready
from selfcare.routine_format import CheckContext, check_structure

LONG_SESSION_SECONDS = 60 * 60
# A long real routine plans a few thousand segments; each limit alone allows millions.
MAX_SEGMENTS = 20_000


def check_document(doc: LoadedDocument, file_stem: str | None = None) -> Routine | None:
    """Apply every check to a loaded file; problems land in `doc.diagnostics`."""
    routine, ctx = check_structure(doc)
    if not isinstance(doc.data, dict):
        return None
    data = doc.data
    phases = data.get("phases")
    if isinstance(phases, list):
        check_phase_order(doc, phases)
        check_unique_step_ids(doc, phases)
        check_ask_placement(doc, phases)
    if file_stem is not None:
        check_id_matches_file(doc, data.get("id"), file_stem)
    check_translations(ctx)
    if routine is not None:
        check_session_length(doc, routine)
    return None if any(d.severity is Severity.ERROR for d in doc.diagnostics) else routine


def check_phase_order(doc: LoadedDocument, phases: list[object]) -> None:
    """The core rule: loosening only after stabilising."""
    stabilized = False
    for index, phase in enumerate(phases):
        kind = phase.get("kind") if isinstance(phase, dict) else None
        if kind == PhaseKind.STABILIZE:
            stabilized = True
        elif kind == PhaseKind.LOOSEN and not stabilized:
            doc.report(("phases", index, "kind"), "loosen-before-stabilize", t("rule.loosen_first"))


def check_unique_step_ids(doc: LoadedDocument, phases: list[object]) -> None:
    seen: dict[str, int] = {}
    for phase_index, phase in enumerate(phases):
        steps = phase.get("steps") if isinstance(phase, dict) else None
        if not isinstance(steps, list):
            continue
        for step_index, step in enumerate(steps):
            step_id = step.get("id") if isinstance(step, dict) else None
            if not isinstance(step_id, str):
                continue
            where = ("phases", phase_index, "steps", step_index, "id")
            if step_id in seen:
                doc.report(
                    where,
                    "duplicate-step-id",
                    t("rule.duplicate_step", id=step_id, line=seen[step_id]),
                )
            else:
                seen[step_id] = doc.position(where)[0]


def check_ask_placement(doc: LoadedDocument, phases: list[object]) -> None:
    for index, phase in enumerate(phases):
        if isinstance(phase, dict) and "ask" in phase and phase.get("kind") != PhaseKind.LOOSEN:
            doc.report(
                ("phases", index, "ask", KEY),
                "ask-outside-loosen",
                t("rule.ask_outside_loosen"),
                Severity.WARNING,
            )


def check_id_matches_file(doc: LoadedDocument, routine_id: object, file_stem: str) -> None:
    if isinstance(routine_id, str) and routine_id != file_stem:
        doc.report(("id",), "id-mismatch", t("rule.id_mismatch", id=routine_id, stem=file_stem))


def check_translations(ctx: CheckContext) -> None:
    """Warn where a text lacks a language the routine uses elsewhere."""
    languages = frozenset().union(*(langs for _, langs in ctx.text_maps))
    for where, langs in ctx.text_maps:
        missing = sorted(languages - langs)
        if missing:
            ctx.doc.report(
                where,
                "missing-translation",
                t("rule.missing_translation", langs=", ".join(missing)),
                Severity.WARNING,
            )


def planned_size(routine: Routine) -> tuple[int, float]:
    """How many segments `plan_session` makes of `routine` and their seconds, without making them.

    A plan of a routine at the limits has millions of segments: count before planning.
    """
    count, seconds = 0, 0.0
    for phase in routine.phases:
        for step in phase.steps:
            lead_in = step_get_ready(routine, step)
            sides = 2 if step.each_side else 1
            set_rest = step.rest if step.set_rest is None else step.set_rest
            rests = (step.reps - 1) * step.sets if step.rest > 0 else 0
            set_rests = step.sets - 1 if set_rest > 0 else 0
            count += sides * ((lead_in > 0) + step.reps * step.sets + rests + set_rests)
            per_side = step.reps * step.sets * step.hold
            per_side += (step.reps - 1) * step.sets * step.rest + (step.sets - 1) * set_rest
            seconds += sides * (lead_in + per_side)
    return count, seconds


def check_session_length(doc: LoadedDocument, routine: Routine) -> None:
    segments, seconds = planned_size(routine)
    if segments > MAX_SEGMENTS:  # planning it would take gigabytes
        doc.report((), "too-complex", t("rule.too_many_segments", limit=MAX_SEGMENTS))
        return
    if seconds > LONG_SESSION_SECONDS:
        doc.report(
            (),
            "long-session",
            t("rule.long_session", minutes=round(seconds / 60)),
            Severity.WARNING,
        )
