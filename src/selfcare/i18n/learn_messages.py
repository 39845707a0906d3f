"""Messages of the learn cards and `selfcare learn`, as (English, Japanese)."""

from __future__ import annotations

LEARN_MESSAGES: dict[str, tuple[str, str]] = {
    "help.learn": (
        "List a routine's short cards on why it is built as it is.",
        "ルーティンの「知っておきたいこと」カードを一覧表示します。",
    ),
    "learn.heading": (
        "Worth knowing: {title}",
        "知っておきたいこと: {title}",
    ),
    "learn.none": (
        "{title} has no learn cards.",
        "{title} には「知っておきたいこと」のカードがありません。",
    ),
    "learn.source": (
        "Source: {source}",
        "出典: {source}",
    ),
}
