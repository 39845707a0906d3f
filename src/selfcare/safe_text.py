"""Routine text made safe for a terminal: no escape sequences, no bidi tricks."""

from __future__ import annotations

import re

# C0 controls except tab (made a space) and newline, DEL, C1 controls,
# and the bidi embedding, override and isolate marks.
_STEERING = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_STEERING}]")
# A lone surrogate cannot be written as UTF-8 at all: Python reads a file name's undecodable
# byte 0xff as U+DCFF, and printing it raises UnicodeEncodeError.
_SURROGATES = "\ud800-\udfff"
_UNPRINTABLE = re.compile(f"[{_STEERING}{_SURROGATES}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_NOT_ONE_LINE = re.compile(f"[{_STEERING}\t\n{_SURROGATES}]")


def terminal_safe(text: str) -> str:
    """`text` with every character that could steer the terminal (or that cannot be printed)
    replaced by U+FFFD."""
    return _UNPRINTABLE.sub("\ufffd", text.replace("\t", " "))


def _escape(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return character.encode("unicode_escape").decode("ascii")  # \n, \t, \x1b, \u202e, \ud800


def one_line(text: object) -> str:
    """A file name or path (or any text) shown on one line with nothing hidden: newlines,
    controls and bidi marks as backslash escapes (`\\n`, `\\x1b`, `\\u202e`), and a byte that is
    not UTF-8 as `\\xff`, as in `bad\\xff.yaml`."""
    return _NOT_ONE_LINE.sub(lambda match: _escape(match.group()), str(text))


def terminal_safe_json(text: str) -> str:
    """JSON text with every such character written as a \\u escape: the same data, inert.

    json.dumps(ensure_ascii=False) escapes C0 controls but leaves C1 controls and bidi marks raw.
    A lone surrogate (a file name's undecodable byte) becomes the text `\\xff`, as `one_line`
    shows it: no JSON reader has to accept a lone surrogate, and it cannot be printed.
    """
    text = _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return _SURROGATE.sub(lambda match: "\\" + _escape(match.group()), text)
