"""The learn cards a person has seen, per routine: one row each time a card is shown.

A card is seen once it has been shown at the end of a session; the next session shows the
next unseen card (`programme/cards.py`). A card shown twice (two computers merged) is one card.
"""

from __future__ import annotations

import sqlite3

from selfcare.history.store import history_errors


def seen_cards(db: sqlite3.Connection, routine: str) -> set[str]:
    """The ids of the cards of `routine` shown so far; HistoryError if unreadable."""
    with history_errors(db):
        rows = db.execute(
            "SELECT DISTINCT card FROM cards_seen WHERE routine = ?", (routine,)
        ).fetchall()
    return {str(card) for (card,) in rows}


def mark_card_seen(
    db: sqlite3.Connection, session_id: int, routine: str, card: str, at: str
) -> None:
    """Note that `card` of `routine` was shown in session `session_id` (`at`: UTC ISO text).

    Raises sqlite3.Error: a card not noted is only shown again, so the caller decides.
    """
    db.execute(
        "INSERT INTO cards_seen (session_id, routine, card, seen_at) VALUES (?, ?, ?, ?)",
        (session_id, routine, card, at),
    )
