"""What a routine or step id looks like: the one pattern files, commands and the format share."""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def is_routine_id(text: str) -> bool:
    """True for lower-case letters, digits and '-', starting with a letter or digit, up to 64."""
    return ID_PATTERN.fullmatch(text) is not None
