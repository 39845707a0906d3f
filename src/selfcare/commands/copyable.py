"""Commands printed for the user to copy: each word shell-quoted, so a file saved as
"neck-desk (1).yaml" pastes back as one word."""

from __future__ import annotations

import shlex

from selfcare.safe_text import one_line


def shell_word(value: object) -> str:
    """`value` (a path, an id) as one POSIX shell word, quoted only when it needs it.

    Shown on one line first: a newline or an escape code in a file name is printed escaped,
    never raw, even though the escaped name then no longer names the file."""
    return shlex.quote(one_line(value))


def command_line(*words: object) -> str:
    """`selfcare start neck-desk`: the words joined, each quoted as it needs."""
    return " ".join(shell_word(word) for word in words)
