"""Messages of `selfcare history import` (backup and move), as (English, Japanese)."""

from __future__ import annotations

BACKUP_MESSAGES: dict[str, tuple[str, str]] = {
    "help.history_import": (
        "Merge sessions from a file written by `selfcare history --json --all`.",
        "`selfcare history --json --all` で書き出したファイルのセッションを取り込みます。",
    ),
    "help.history_import_file": (
        "The JSON file to read.",
        "読み込む JSON ファイル。",
    ),
}
