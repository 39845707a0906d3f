"""Text wrapped to a display width, following Japanese line-breaking rules (kinsoku shori).

Japanese needs no spaces: a line may break between any two wide characters, except before
closing punctuation and small kana, or after an opening bracket. English words break only at
spaces. Width is measured in terminal cells, where a Japanese character takes two.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rich.cells import cell_len

# Characters a line may not start with: closing brackets and punctuation, small kana, the
# long-vowel mark and iteration marks.
NO_LINE_START = frozenset(
    "。、，．・：；？！ー～…‥"
    "」』）】〉》〕］｝〙〗"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "ゝゞヽヾ々"
    ".,:;?!)]}"
)
# Characters a line may not end with: opening brackets.
NO_LINE_END = frozenset("「『（【〈《〔［｛〘〖([{")

_SPACED_WORD = re.compile(r"(\s*)(\S+)")


class _Piece(NamedTuple):
    """Text that stays on one line, and the spaces between it and the text before."""

    text: str
    space: str


def wrap(text: str, width: int) -> list[str]:
    """The lines of `text`, each at most `width` cells wide, broken where Japanese allows.

    Spaces where a line breaks are dropped, and so are those that start a line; a line break
    in `text` is kept. A word longer than `width` is cut at the width.
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")
    lines: list[str] = []
    for source_line in text.splitlines():
        lines.extend(_fill(_keep_together(_pieces(source_line)), width) or [""])
    return lines


def _pieces(line: str) -> list[_Piece]:
    """Each wide character alone, and each run of narrow characters (a word) whole."""
    pieces: list[_Piece] = []
    for spaced_word in _SPACED_WORD.finditer(line):
        space = " " * len(spaced_word[1]) if pieces else ""
        for character in spaced_word[2]:
            size = cell_len(character)
            # A combining mark joins whatever it follows; a narrow character joins a word.
            extends_last = (
                bool(pieces)
                and not space
                and (size == 0 or (size == 1 and cell_len(pieces[-1].text[-1]) == 1))
            )
            if extends_last:
                pieces[-1] = _Piece(pieces[-1].text + character, pieces[-1].space)
            else:
                pieces.append(_Piece(character, space))
            space = ""
    return pieces


def _keep_together(pieces: list[_Piece]) -> list[_Piece]:
    """Pieces glued so that no line can start with closing punctuation or end with an opening."""
    glued: list[_Piece] = []
    for piece in pieces:
        if glued and (piece.text[0] in NO_LINE_START or glued[-1].text[-1] in NO_LINE_END):
            glued[-1] = _Piece(glued[-1].text + piece.space + piece.text, glued[-1].space)
        else:
            glued.append(piece)
    return glued


def _fill(pieces: list[_Piece], width: int) -> list[str]:
    """Lines filled greedily with whole pieces; a piece wider than a line is cut."""
    lines: list[str] = []
    line = ""
    for piece in pieces:
        joined = line + piece.space + piece.text if line else piece.text
        if cell_len(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        *full, line = _cut(piece.text, width)
        lines.extend(full)
    if line:
        lines.append(line)
    return lines


def _cut(text: str, width: int) -> list[str]:
    """`text` in chunks of at most `width` cells (a character wider than `width` stands alone)."""
    chunks = [""]
    for character in text:
        if chunks[-1] and cell_len(chunks[-1] + character) > width:
            chunks.append("")
        chunks[-1] += character
    return chunks
