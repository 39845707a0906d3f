"""Checking one routine file: load, then the fields, then the rules, every problem reported."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from selfcare.routine import quotes, rules
from selfcare.routine.fields import check_fields
from selfcare.routine.plan import Plan
from selfcare.routine.source import LoadedDocument


def check_document(doc: LoadedDocument, *, file_stem: str | None = None) -> Plan | None:
    """Apply every check to a loaded file; problems land in `doc.diagnostics`.

    A file without errors gives its plan (`plan.routine` is the routine): the size check makes
    it, so no command plans twice. `file_stem` is given when the file was found by its name,
    which the id must then equal.
    """
    data = doc.data if isinstance(doc.data, dict) else None
    if data is not None:  # before the fields, which then see numbers, not quoted ones
        quotes.check_curly_quotes(doc, data)
        quotes.unquote_numbers(doc, data)
        rules.refuse_looser_stop_rules(doc, data)
    routine = check_fields(doc)
    if data is None:
        return None
    rules.check_phase_order(doc, data)
    rules.check_unique_step_ids(doc, data)
    rules.check_ask_placement(doc, data)
    if file_stem is not None:
        rules.check_id_matches_file(doc, data, file_stem)
    rules.check_language_codes(doc, data)
    rules.check_translations(doc, data)
    rules.check_long_holds(doc, data)
    if routine is not None:
        routine = replace(routine, content_hash=content_hash(data))
    plan = None if routine is None else rules.plan_within_limits(doc, routine)
    return None if doc.has_errors else plan


def content_hash(data: dict[str, object]) -> str:
    """The first 12 hex digits of the sha256 of what the file says, in a canonical form.

    The parsed data, not the file's bytes: a comment, the indentation, the order of keys or a
    Windows line ending is no change to the routine, so the history does not mark one; and the
    bytes are gone by now, where reading the file again could hash a newer edit than was checked.
    """
    import json

    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
