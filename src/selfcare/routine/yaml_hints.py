"""YAML's syntax errors in a practitioner's words: the slip, where it is, and what to type.

PyYAML and libyaml say what their parser expected, in English, and often a line after the
slip (a full-width colon is reported on the next line). The slips people make most are found
from the lines around the error: a tab or a full-width space for indenting, a full-width colon
or no space after a colon, a quote never closed, a line indented out of step, a text that starts
with a character YAML reserves, a ': ' inside a text, a list item without its '- '. Anything
else keeps YAML's own words (source.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule

# The line breaks of YAML 1.1, so rows here are the parser's lines.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
# A line's indentation with the dashes of its list items: where a tab or '　' is a slip.
_INDENT = re.compile(r"[ \t\u3000]*(?:-[ \t\u3000]+)*")
# A key as the format writes them (lower case), after the indentation and any dashes.
_KEY = r"[ ]*(?:-[ ]+)*([a-z_][a-z0-9_]*)"
_COMMENT = r"(?:\s+#.*)?"
_FULL_WIDTH_COLON = re.compile(_KEY + r"[ ]*(：)[ \u3000]*(.*?)" + _COMMENT)
_NO_SPACE = re.compile(_KEY + r"(:)(?![\s/]|$)(.*?)" + _COMMENT)
_KEY_FIRST = re.compile(r"([a-z_][a-z0-9_]*)[ ]*:(?:\s|$)")  # a line (from its key) `hold: 10`
_MAP_ITEM = re.compile(r"-[ ]+[a-z_][a-z0-9_]*[ ]*:(?:\s|$)")  # `- id: bridge`
_KEY_OR_ITEM = re.compile(r"[a-z_][a-z0-9_]*[ ]*[:：]|-(?:[ \t\u3000]|$)")
_KEY_ALONE = re.compile(_KEY + r":\s*(?:#.*)?")  # `steps:`, the key a list hangs from
# Where a value starts: after the indentation, the dashes and a key.
_VALUE = re.compile(r"[ ]*(?:-[ ]+)*(?:[^\s:#'\"][^:#]*?:[ ]+)?(\S)")
_KEY_AND_VALUE = re.compile(r"[ ]*(?:-[ ]+)*[^\s:#'\"][^:#]*?:[ ]+[^\s#|>]")
_FORGOT_DASH = {"steps": "syntax.forgot_dash_step", "phases": "syntax.forgot_dash_phase"}
_CLOSING = {"[": "]", "{": "}"}


@dataclass(frozen=True)
class Explained:
    """A syntax error in plain words, at the place of the slip (from 1)."""

    line: int
    column: int
    message: str
    rule: Rule = Rule.YAML_SYNTAX


def forgot_dash_key(list_key: object) -> str:
    """The message for a list item written without `- ` in the list `list_key` (steps, ...)."""
    return _FORGOT_DASH.get(str(list_key), "syntax.forgot_dash_item")


def slip_in_key(key: str, line: int) -> tuple[int, str] | None:
    """What is wrong with a map key YAML did read, when a full-width character made it: the
    slip's offset in the key, and the message."""
    if key.startswith("\u3000"):
        return 0, t("syntax.full_width_space", line=line)
    name, colon, rest = key.partition("：")
    if colon and name.strip():
        fixed = f"{name.strip()}: {rest.strip()}".rstrip()
        return len(name), t("syntax.full_width_colon", key=name.strip(), fixed=fixed)
    return None


def explain(text: str, error: yaml.MarkedYAMLError) -> Explained | None:
    """The slip behind `error`, at its own line and column; None when it is none of those known."""
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return None
    lines = _LINE_BREAK.split(text)
    row = min(mark.line, len(lines) - 1)  # the end of the stream may lie past the last line
    context = min(error.context_mark.line, row) if error.context_mark else row
    near = _previous_content(lines, row)
    return (
        _indent_slip(lines, range(min(context, near, row), row + 1), row)
        or _colon_slip(lines, sorted({near, row, context}))
        or _unclosed_quote(lines, error, row, range(context, row))
        or _by_problem(lines, error, row, near)
    )


def _previous_content(lines: list[str], row: int) -> int:
    """The last line before `row` with something other than a comment on it (else `row`)."""
    for before in range(row - 1, -1, -1):
        stripped = lines[before].strip()
        if stripped and not stripped.startswith("#"):
            return before
    return row


def _spaces(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _indent_slip(lines: list[str], rows: Iterable[int], row: int) -> Explained | None:
    """A tab or a full-width space in a line's indentation. Above the error's own line, only
    before a key or a list item: a Japanese paragraph in a block text may start with '　'."""
    for at in rows:
        indent = _INDENT.match(lines[at])
        assert indent is not None  # the pattern also matches nothing
        rest = lines[at][indent.end() :]
        if not rest.strip() or (at != row and not _KEY_OR_ITEM.match(rest)):
            continue
        if "\t" in indent.group():
            column = indent.group().index("\t") + 1
            return Explained(at + 1, column, t("syntax.tab_indent", line=at + 1))
        if "\u3000" in indent.group():
            column = indent.group().index("\u3000") + 1
            return Explained(at + 1, column, t("syntax.full_width_space", line=at + 1))
    return None


def _colon_slip(lines: list[str], rows: Iterable[int]) -> Explained | None:
    """A key followed by a full-width colon, or by a colon with no space after it."""
    for row in rows:
        if match := _FULL_WIDTH_COLON.fullmatch(lines[row]):
            fixed = f"{match[1]}: {match[3].strip()}".rstrip()
            message = t("syntax.full_width_colon", key=match[1], fixed=fixed)
            return Explained(row + 1, match.start(2) + 1, message)
        if match := _NO_SPACE.fullmatch(lines[row]):
            fixed = f"{match[1]}: {match[3].strip()}"
            message = t("syntax.no_space_after_colon", key=match[1], fixed=fixed)
            return Explained(row + 1, match.start(2) + 1, message)
    return None


def _unclosed_quote(
    lines: list[str], error: yaml.MarkedYAMLError, row: int, rows: Iterable[int]
) -> Explained | None:
    """A quote opened at the start of a value and closed on a later line, where YAML stops,
    or never."""
    context = error.context_mark
    if context is not None and "quoted scalar" in (error.context or ""):
        if "end of stream" in (error.problem or ""):
            quote = lines[context.line][context.column]
            return Explained(
                context.line + 1, context.column + 1, t("syntax.unclosed_quote", quote=quote)
            )
        return None
    for start in rows:
        match = _VALUE.match(lines[start])
        if match is None or match[1] not in "\"'":
            continue
        closed_on = _closing_row(lines, start, match.start(1))
        if closed_on is not None and closed_on != start and closed_on >= row:
            message = t("syntax.unclosed_quote", quote=match[1])
            return Explained(start + 1, match.start(1) + 1, message)
    return None


def _closing_row(lines: list[str], row: int, column: int) -> int | None:
    """The line where the quote at (`row`, `column`) is closed (escapes kept in mind)."""
    quote = lines[row][column]
    column += 1
    for index in range(row, len(lines)):
        line, at = lines[index], column if index == row else 0
        while at < len(line):
            if quote == '"' and line[at] == "\\":
                at += 2
                continue
            if line[at] == quote:
                if quote == "'" and line[at + 1 : at + 2] == "'":  # '' is a quote inside
                    at += 2
                    continue
                return index
            at += 1
    return None


def _by_problem(
    lines: list[str], error: yaml.MarkedYAMLError, row: int, near: int
) -> Explained | None:
    """The slip told by what the parser expected."""
    problem, context = error.problem or "", error.context or ""
    mark = error.problem_mark or error.context_mark
    assert mark is not None
    line, column = row + 1, mark.column + 1
    found = lines[row][mark.column : mark.column + 1]
    if context.startswith("expected a single document"):
        return Explained(line, column, t("syntax.several_documents"))
    if "escape" in problem or "hexdecimal" in problem:  # (libyaml's spelling)
        return Explained(line, column, t("syntax.bad_escape"))
    if problem.startswith("mapping values are not allowed"):
        indented = _spaces(lines[row]) > _key_column(lines[near])
        if row != near and indented and _KEY_AND_VALUE.match(lines[near]):
            return Explained(line, _spaces(lines[row]) + 1, t("syntax.indent_more", line=line))
        return Explained(line, column, t("syntax.colon_in_value"))
    if "cannot start any token" in problem and found.strip():
        return Explained(line, column, t("syntax.special_start", char=f"'{found}'"))
    if "undefined alias" in problem:
        return Explained(line, column, t("syntax.alias_start"))
    if error.context_mark is not None and ("anchor" in context or "block scalar" in context):
        start = error.context_mark
        char = f"'{lines[start.line][start.column]}'"
        return Explained(start.line + 1, start.column + 1, t("syntax.special_start", char=char))
    if "flow" in context and error.context_mark is not None:
        return _flow_slip(lines, error.context_mark, row, line, column, found)
    if "could not find expected ':'" in problem and error.context_mark is not None:
        start = error.context_mark
        return Explained(start.line + 1, start.column + 1, t("syntax.no_colon"))
    if "expected key" in problem or "<block end>" in problem or "'-' indicator" in problem:
        return _block_slip(lines, row, line, column)
    return None


def _key_column(line: str) -> int:
    """Where the key of a line starts, after its indentation and dashes."""
    indent = _INDENT.match(line)
    assert indent is not None
    return indent.end()


def _flow_slip(
    lines: list[str], start: yaml.Mark, row: int, line: int, column: int, found: str
) -> Explained | None:
    """A [ or { that opened a list or map: a colon in a text inside it, or never closed."""
    if found == ":" and row == start.line:
        return Explained(line, column, t("syntax.colon_in_value"))
    if row > start.line:
        char = lines[start.line][start.column]
        message = t("syntax.unclosed_flow", char=f"'{char}'", end=f"'{_CLOSING.get(char, ']')}'")
        return Explained(start.line + 1, start.column + 1, message)
    return None


def _block_slip(lines: list[str], row: int, line: int, column: int) -> Explained | None:
    """YAML expected a key or a list item: a text starting with [ or {, a list item without
    its '- ', or a line indented in line with nothing above it."""
    text = lines[row]
    value = _VALUE.match(text)
    if value is not None and value[1] in "[{" and column - 1 > value.start(1):
        message = t("syntax.flow_start", char=f"'{value[1]}'")
        return Explained(line, value.start(1) + 1, message)
    spaces = _spaces(text)
    above = [
        (before, _spaces(lines[before]))
        for before in range(row - 1, -1, -1)
        if lines[before].strip() and not lines[before].lstrip().startswith("#")
    ]
    if text[spaces:].startswith("- "):
        # This item has its dash: did the keys above it, hanging from `steps:`, lose theirs?
        first = None
        for before, indent in above:
            if indent < spaces:
                if first is not None and _KEY_ALONE.fullmatch(lines[before]):
                    return _forgot_dash(lines, first, spaces, above)
                break
            if indent == spaces:
                if not _KEY_FIRST.match(lines[before][indent:]):
                    break
                first = before
    elif key := _KEY_FIRST.match(text[spaces:]):
        # A key in the column of the dashes above it that the item above already has: the
        # next item, its dash lost (a key it lacks was only indented too little).
        item = next((b for b, i in above if i <= spaces), None)
        dash_above = item is not None and _MAP_ITEM.match(lines[item][spaces:])
        if item is not None and dash_above and key[1] in _item_keys(lines, item, row):
            return _forgot_dash(lines, row, spaces, above)
    columns = {indent for _, indent in above} | {_key_column(lines[b]) for b, _ in above}
    if spaces not in columns:
        return Explained(line, spaces + 1, t("syntax.indent_unmatched", line=line, spaces=spaces))
    return Explained(line, column, t("syntax.expected_key"))


def _item_keys(lines: list[str], item: int, end: int) -> set[str]:
    """The keys of the list item whose dash is on line `item`, up to line `end`."""
    column = _key_column(lines[item])
    keys = set()
    for row in range(item, end):
        found = _KEY_FIRST.match(lines[row][column:])
        if found and _key_column(lines[row]) == column:
            keys.add(found[1])
    return keys


def _forgot_dash(
    lines: list[str], row: int, spaces: int, above: list[tuple[int, int]]
) -> Explained:
    """A list item at `row` written without its dash; named by the list's key above it."""
    parent = next((before for before, indent in above if indent < spaces and before < row), None)
    key = None
    if parent is not None and (match := _KEY_ALONE.fullmatch(lines[parent])):
        key = match[1]
    return Explained(row + 1, spaces + 1, t(forgot_dash_key(key)), Rule.MISSING_DASH)
