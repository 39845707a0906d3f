"""Routine text made safe for a terminal: no escape sequences, no bidi tricks."""

from __future__ import annotations

import re

# C0 controls except tab (made a space) and newline, DEL, C1 controls,
# and the bidi embedding, override and isolate marks.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with every character that could steer the terminal replaced by U+FFFD."""
    return _UNSAFE.sub("\ufffd", text.replace("\t", " "))


def terminal_safe_json(text: str) -> str:
    """JSON text with every such character written as a \\u escape: the same data, inert.

    json.dumps(ensure_ascii=False) escapes C0 controls but leaves C1 controls and bidi marks raw.
    """
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
