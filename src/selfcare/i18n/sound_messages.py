"""Messages about sound cues and audio players, as (English, Japanese)."""

from __future__ import annotations

SOUND_MESSAGES: dict[str, tuple[str, str]] = {}
