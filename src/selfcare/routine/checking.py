"""Checking one routine file: load, then the fields, then the rules, every problem reported."""

from __future__ import annotations

from selfcare.routine import rules
from selfcare.routine.fields import check_fields
from selfcare.routine.model import Routine
from selfcare.routine.source import LoadedDocument


def check_document(doc: LoadedDocument, *, file_stem: str | None = None) -> Routine | None:
    """Apply every check to a loaded file; problems land in `doc.diagnostics`.

    `file_stem` is given when the file was found by its name, which the id must then equal.
    """
    data = doc.data if isinstance(doc.data, dict) else None
    if data is not None:
        rules.refuse_looser_stop_rules(doc, data)
    routine = check_fields(doc)
    if data is None:
        return None
    rules.check_phase_order(doc, data)
    rules.check_unique_step_ids(doc, data)
    rules.check_ask_placement(doc, data)
    if file_stem is not None:
        rules.check_id_matches_file(doc, data, file_stem)
    rules.check_translations(doc, data)
    rules.check_long_holds(doc, data)
    if routine is not None:
        rules.check_session_length(doc, routine)
    return None if doc.has_errors else routine
