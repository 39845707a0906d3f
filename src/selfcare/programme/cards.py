"""The learn cards: which one a session shows next, and how a card reads in the terminal.

A routine's `learn:` cards say in a few sentences why it is built as it is. One unseen card
is shown at the end of each session, in file order, so the first card is the first read;
`selfcare learn` lists them all.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import Card, Routine
from selfcare.routine.text import localize
from selfcare.session.views.text_layout import wrapped

INDENT = 2  # the text and the source sit under the title


def next_card(routine: Routine, seen: Collection[str]) -> Card | None:
    """The first card of `routine` not in `seen`; None when every card was seen, or none."""
    return next((card for card in routine.learn if card.id not in seen), None)


class CardView:
    """A card for the terminal: the title in bold, its text, and where it comes from, dim.

    Wrapped at the width it is drawn in, Japanese by its own line-breaking rules; the
    routine's texts are untrusted, so every one is made terminal-safe (`wrapped` does).
    """

    def __init__(self, card: Card) -> None:
        self.card = card

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self._lines(options.max_width)

    def _lines(self, width: int) -> Iterator[Text]:
        card = self.card
        yield wrapped(_one_text(localize(card.title)), width, style="bold")
        body = Text(" " * INDENT)
        yield from _indented(wrapped(localize(card.text).strip(), width - INDENT), body)
        if card.source is not None:
            source = t("learn.source", source=_one_text(localize(card.source)))
            yield from _indented(wrapped(source, width - INDENT, style="dim"), body)


def card_renderable(card: Card) -> RenderableType:
    """`card` as Rich draws it: readable at 80 columns, in the current language."""
    return CardView(card)


def _one_text(text: str) -> str:
    """A title or a source on one line of its own, however the file broke it."""
    return " ".join(text.split())


def _indented(block: Text, indent: Text) -> Iterator[Text]:
    for line in block.split("\n"):
        yield indent + line
