"""Messages of the command line itself (help, usage, option errors), as (English, Japanese)."""

from __future__ import annotations

CLI_MESSAGES: dict[str, tuple[str, str]] = {}
