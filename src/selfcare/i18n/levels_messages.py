"""Messages of step levels and their offers, as (English, Japanese)."""

from __future__ import annotations

LEVELS_MESSAGES: dict[str, tuple[str, str]] = {}
