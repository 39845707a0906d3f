"""Messages of step levels and their offers, as (English, Japanese)."""

from __future__ import annotations

LEVELS_MESSAGES: dict[str, tuple[str, str]] = {
    "levels.offer_up": (
        "{step}: two stable weeks. Try level {level}, {name} ({dose})?",
        "{step}: 安定した2週間が続きました。レベル{level}「{name}」（{dose}）に進みますか？",
    ),
    "levels.offer_down_mornings": (
        "{step}: twice since level {current}, pain had not settled by the next morning."
        " Go back to level {level}, {name} ({dose})?",
        "{step}: レベル{current}にしてから、翌朝になっても痛みが落ち着かなかったことが2回ありました。"
        "レベル{level}「{name}」（{dose}）に戻しますか？",
    ),
    "levels.offer_down_worse": (
        "{step}: you pressed w (worse) on it twice at level {current}. Go back to level {level},"
        " {name} ({dose})?",
        "{step}: レベル{current}で w（悪化）を2回押しました。レベル{level}「{name}」（{dose}）に戻しますか？",
    ),
    "levels.changed": (
        "{step}: level {level} from today.",
        "{step}: 今日からレベル{level}です。",
    ),
    "levels.kept_up": (
        "{step} stays at level {level}. You will be asked again after two more stable weeks.",
        "{step}はレベル{level}のままにします。さらに2週間安定したら、もう一度おたずねします。",
    ),
    "levels.kept_down": (
        "{step} stays at level {level}. You will be asked again if it happens twice more.",
        "{step}はレベル{level}のままにします。同じことがさらに2回あったら、もう一度おたずねします。",
    ),
    "levels.level_of": ("level {level} of {top}", "レベル {level}/{top}"),
    "levels.levels": ("Levels", "レベル"),
    "levels.now": ("now", "いま"),
    "levels.unreadable": (
        "Your levels could not be read ({reason}); every step is shown at level 1.",
        "レベルを読み込めませんでした（{reason}）。すべてのステップをレベル1で表示しています。",
    ),
}
