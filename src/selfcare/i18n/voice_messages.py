"""Messages about speech: engines, install lines, what the coach says, as (English, Japanese)."""

from __future__ import annotations

VOICE_MESSAGES: dict[str, tuple[str, str]] = {}
