"""Quotes a practitioner types that YAML reads otherwise.

A number in quotes ("10") is text to YAML. Every field that takes a number reads it as the
number, with a warning to remove the quotes: one rule for all of them, where `hold: "5"` once
passed in silence and `reps: "10"` failed. Curly quotes (“…”, as a word processor types them)
are no quotes to YAML: they stay in the text, so a value wrapped in them is warned about.

Both run on the loaded data before the fields are checked.
"""

from __future__ import annotations

import re

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule, Severity
from selfcare.routine.fields import field_values
from selfcare.routine.kinds import Kind, ListKind, RecordKind, shown
from selfcare.routine.source import DocPath, LoadedDocument

# What YAML would have read as a number had it not been quoted (decimal, as people write them).
QUOTED_NUMBER = re.compile(r"\s*[+-]?[0-9]+(?:\.[0-9]+)?\s*")
# Curly quotes that wrap a whole value, as quoting does: “…”, ”…”, ‘…’, ’…’.
CURLY_PAIRS = (("“", "”"), ("”", "”"), ("‘", "’"), ("’", "’"))


def takes_number(kind: Kind) -> bool:
    """Whether a field's kind takes a number, as its JSON Schema says (an integer, a number,
    or either of those among other forms, as a duration's text)."""
    if isinstance(kind, RecordKind | ListKind):
        return False
    schema = kind.schema()
    forms = [schema, *schema.get("anyOf", [])]
    return any(form.get("type") in ("integer", "number") for form in forms)


def unquote_numbers(doc: LoadedDocument, data: dict[str, object]) -> None:
    """Read a quoted plain number in a numeric field as the number, with a warning."""
    found = [
        (where, value)
        for kind, value, where in field_values(data)
        if isinstance(value, str) and QUOTED_NUMBER.fullmatch(value) and takes_number(kind)
    ]
    for where, value in found:
        written = value.strip()
        number = float(written) if "." in written else int(written)
        _replace(data, where, number)
        message = t("check.quoted_number", value=shown(value), number=number)
        doc.report(where, Rule.QUOTED_NUMBER, message, Severity.WARNING)


def _replace(data: dict[str, object], where: DocPath, value: object) -> None:
    container: object = data
    for part in where[:-1]:
        container = container[part]  # type: ignore[index]
    container[where[-1]] = value  # type: ignore[index]


def check_curly_quotes(doc: LoadedDocument, data: object, where: DocPath = ()) -> None:
    """Warn about every value, anywhere in the file, wrapped in curly quotes."""
    if isinstance(data, dict):
        for key, value in data.items():
            check_curly_quotes(doc, value, (*where, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            check_curly_quotes(doc, item, (*where, index))
    elif isinstance(data, str) and len(data) > 2:
        for opening, closing in CURLY_PAIRS:
            if data.startswith(opening) and data.endswith(closing):
                quotes = f"{opening}…{closing}"
                message = t("check.curly_quotes", quotes=quotes)
                doc.report(where, Rule.CURLY_QUOTES, message, Severity.WARNING)
                return
