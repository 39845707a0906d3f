"""Rules that look across fields: the order rule, unique ids, file names, translations, length.

They read the raw loaded data (not the model) so they still report when other fields are
broken: a practitioner sees every problem of a file in one run.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Severity
from selfcare.routine.model import PhaseKind, Routine
from selfcare.routine.plan import step_get_ready
from selfcare.routine.schema import CheckContext, check_structure
from selfcare.routine.source import KEY, LoadedDocument

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


def _segment_seconds(routine: Routine) -> Iterator[float]:
    """The seconds of each segment `plan_session` makes of `routine`, in its order."""
    for phase in routine.phases:
        for step in phase.steps:
            lead_in = step_get_ready(routine, step)
            set_rest = step.rest if step.set_rest is None else step.set_rest
            for _side in range(2 if step.each_side else 1):
                if lead_in > 0:  # getting ready, and the switch before the right side
                    yield lead_in
                for set_number in range(1, step.sets + 1):
                    for rep in range(1, step.reps + 1):
                        yield step.hold
                        if rep < step.reps:
                            pause = step.rest
                        else:
                            pause = set_rest if set_number < step.sets else 0.0
                        if pause > 0:
                            yield pause


def planned_size(routine: Routine, limit: int = MAX_SEGMENTS) -> tuple[int, float]:
    """The number of segments `plan_session` makes and their total seconds, without making them.

    Counting stops past `limit`: a routine at the field limits plans millions of segments.
    The total is summed in the plan's order, so it equals `total_seconds(plan_session(...))`.
    """
    seconds = list(islice(_segment_seconds(routine), limit + 1))
    return len(seconds), sum(seconds)


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
