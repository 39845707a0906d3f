"""Messages of the schedule (how often, how long), as (English, Japanese)."""

from __future__ import annotations

SCHEDULE_MESSAGES: dict[str, tuple[str, str]] = {}
