"""Rules that weigh a value against a policy or look across fields.

The order rule, unique step ids, file names, language codes and translations, stop rules never
looser than the defaults, long holds and the session's length (a step's levels included). They
read the raw
loaded data (not the model) so they still report when other fields are broken: a
practitioner sees every problem of a file in one run.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule, Severity
from selfcare.routine.fields import ROUTINE, field_values
from selfcare.routine.kinds import LANGUAGE_PATTERN, TextKind, parse_duration
from selfcare.routine.languages import SPOKEN, is_unknown, unknown_message
from selfcare.routine.model import DEFAULT_MAX_PAIN, DEFAULT_MAX_RISE, PhaseKind, Routine
from selfcare.routine.plan import Plan, timeline
from selfcare.routine.source import KEY, DocPath, LoadedDocument

LONG_HOLD_SECONDS = 120.0
LONG_SESSION_SECONDS = 60 * 60
# A long real routine plans a few thousand segments; each limit alone allows millions.
MAX_SEGMENTS = 20_000
STOP_RULE_DEFAULTS = {"max_pain": DEFAULT_MAX_PAIN, "max_rise": DEFAULT_MAX_RISE}

Data = dict[str, object]


def _phases(data: Data) -> Iterator[tuple[int, Data]]:
    phases = data.get("phases")
    if isinstance(phases, list):
        for index, phase in enumerate(phases):
            if isinstance(phase, dict):
                yield index, phase


def _steps(data: Data) -> Iterator[tuple[DocPath, Data]]:
    for phase_index, phase in _phases(data):
        steps = phase.get("steps")
        if isinstance(steps, list):
            for step_index, step in enumerate(steps):
                if isinstance(step, dict):
                    yield ("phases", phase_index, "steps", step_index), step


def _doses(data: Data) -> Iterator[tuple[DocPath, Data]]:
    """Every step, then each side's own dose and each of its levels: each place a dose is
    written."""
    for where, step in _steps(data):
        yield where, step
        for side in ("left", "right"):
            if isinstance(dose := step.get(side), dict):
                yield (*where, side), dose
        levels = step.get("levels")
        if isinstance(levels, list):
            for index, level in enumerate(levels):
                if isinstance(level, dict):
                    yield (*where, "levels", index), level


def refuse_looser_stop_rules(doc: LoadedDocument, data: Data) -> None:
    """Stop rules may only be stricter than the defaults.

    Runs before the field checks: a refused value is marked, so it is not also called out of range.
    """
    stop_rules = data.get("stop_rules")
    if not isinstance(stop_rules, dict):
        return
    for name, default in STOP_RULE_DEFAULTS.items():
        value = stop_rules.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > default:
            where = ("stop_rules", name)
            message = t("check.stop_rule_looser", value=value, default=default)
            doc.report(where, Rule.STOP_RULES_LOOSER, message)
            doc.rejected.add(where)


def check_phase_order(doc: LoadedDocument, data: Data) -> None:
    """The core rule: loosening only after stabilising."""
    stabilized = False
    for index, phase in _phases(data):
        kind = phase.get("kind")
        if kind == PhaseKind.STABILIZE:
            stabilized = True
        elif kind == PhaseKind.LOOSEN and not stabilized:
            doc.report(
                ("phases", index, "kind"), Rule.LOOSEN_BEFORE_STABILIZE, t("rule.loosen_first")
            )


def check_unique_step_ids(doc: LoadedDocument, data: Data) -> None:
    seen: dict[str, int] = {}
    for where, step in _steps(data):
        step_id = step.get("id")
        if not isinstance(step_id, str):
            continue
        place = (*where, "id")
        if step_id in seen:
            message = t("rule.duplicate_step", id=step_id, line=seen[step_id])
            doc.report(place, Rule.DUPLICATE_STEP_ID, message)
        else:
            seen[step_id] = doc.position(place)[0]


def check_ask_placement(doc: LoadedDocument, data: Data) -> None:
    for index, phase in _phases(data):
        if "ask" in phase and phase.get("kind") != PhaseKind.LOOSEN:
            doc.report(
                ("phases", index, "ask", KEY),
                Rule.ASK_OUTSIDE_LOOSEN,
                t("rule.ask_outside_loosen"),
                Severity.WARNING,
            )


def check_id_matches_file(doc: LoadedDocument, data: Data, file_stem: str) -> None:
    routine_id = data.get("id")
    if isinstance(routine_id, str) and routine_id != file_stem:
        doc.report(("id",), Rule.ID_MISMATCH, t("rule.id_mismatch", id=routine_id, stem=file_stem))


def check_language_codes(doc: LoadedDocument, data: Data) -> None:
    """A text map's language that no client would ever be shown (jp, en-US) is an error."""
    for kind, value, where in field_values(data):
        if isinstance(kind, TextKind) and isinstance(value, dict):
            for code in value:
                if LANGUAGE_PATTERN.fullmatch(code) and is_unknown(code):
                    doc.report((*where, code, KEY), Rule.UNKNOWN_LANGUAGE, unknown_message(code))


def declared_languages(data: Data) -> tuple[str, ...]:
    """The languages the routine declares, when `languages:` is a list of ones selfcare speaks."""
    declared = data.get("languages")
    if isinstance(declared, list) and declared and all(code in SPOKEN for code in declared):
        return tuple(str(code) for code in declared)
    return ()


def check_translations(doc: LoadedDocument, data: Data) -> None:
    """Warn where a text map lacks a language the routine declares, or, when it declares
    none, one it uses in another text map (codes no one is shown are errors of their own)."""
    places = list(ROUTINE.text_places(data, ()))
    declared = declared_languages(data)
    used = frozenset().union(*(langs for _, langs in places))
    languages = frozenset(declared) or frozenset(code for code in used if not is_unknown(code))
    key = "rule.missing_declared_translation" if declared else "rule.missing_translation"
    for where, langs in places:
        missing = sorted(languages - langs)
        if missing:
            message = t(key, langs=", ".join(missing))
            doc.report(where, Rule.MISSING_TRANSLATION, message, Severity.WARNING)


def check_long_holds(doc: LoadedDocument, data: Data) -> None:
    """A hold over two minutes is allowed, but rarely meant, in a step or any of its levels."""
    for where, step in _doses(data):
        seconds = parse_duration(step.get("hold"))
        place = (*where, "hold")
        if seconds is not None and seconds > LONG_HOLD_SECONDS and place not in doc.rejected:
            message = t("check.long_hold", seconds=int(seconds))
            doc.report(place, Rule.LONG_HOLD, message, Severity.WARNING)


def plan_within_limits(doc: LoadedDocument, routine: Routine) -> Plan | None:
    """The routine's plan, made once here; None when it would be too large to make at all.

    A routine with levels is also weighed with every step at its top level, where a person
    who keeps stepping up ends; that plan is only measured, never kept.
    """
    plan = _measured_plan(doc, routine, "rule.too_many_segments", "rule.long_session")
    if plan is None or plan.total_seconds > LONG_SESSION_SECONDS:
        return plan  # the top levels are larger still: one report is enough
    if any(step.levels for _, step in routine.steps()):
        _measured_plan(
            doc,
            at_top_levels(routine),
            "check.too_many_segments_at_top_levels",
            "check.long_session_at_top_levels",
        )
    return plan


def at_top_levels(routine: Routine) -> Routine:
    """The routine with every step that has levels at its highest one."""
    return routine.at_levels({step.id: step.top_level for _, step in routine.steps()})


def _measured_plan(
    doc: LoadedDocument, routine: Routine, too_many_key: str, long_key: str
) -> Plan | None:
    segments = tuple(islice(timeline(routine), MAX_SEGMENTS + 1))
    if len(segments) > MAX_SEGMENTS:  # planning it all would take gigabytes
        doc.report((), Rule.TOO_COMPLEX, t(too_many_key, limit=MAX_SEGMENTS))
        return None
    plan = Plan(routine, segments)
    seconds = plan.total_seconds
    if seconds > LONG_SESSION_SECONDS:
        doc.report(
            (), Rule.LONG_SESSION, t(long_key, minutes=round(seconds / 60)), Severity.WARNING
        )
    return plan
