"""Messages of the programme over weeks: schedule, levels, learn cards, the loosening memory."""

from __future__ import annotations

PROGRAMME_MESSAGES: dict[str, tuple[str, str]] = {
    "help.history_morning": (
        "Say how you felt the morning after your last session.",
        "前回のセッションの翌朝、体の調子がどうだったかを記録します。",
    ),
    "check.weeks_expected": (
        "expected a number of weeks (8) or a range (6-8), got {value}",
        "週の数（8）か範囲（6-8）を書いてください（{value} になっています）",
    ),
    "check.weeks_range": (
        "{value} is not a sensible number of weeks: each number 1 to {high}",
        "{value} は妥当な週数ではありません（どの数も 1〜{high}）",
    ),
    "check.weeks_order": (
        "{value}: write the smaller number of weeks first, as in 6-8",
        "{value}: 6-8 のように、小さいほうの週数を先に書いてください",
    ),
    "check.schedule_shape": (
        "a schedule needs per_week (sessions a week) or days (which days), not both",
        "schedule には per_week（週の回数）か days（曜日）のどちらか一方を書いてください",
    ),
    "check.schedule_days_twice": (
        "a day appears twice in days",
        "days に同じ曜日が 2 回あります",
    ),
    "check.no_days": (
        "days is empty: name at least one day, or use per_week",
        "days が空です。曜日を 1 つ以上書くか、per_week を使ってください",
    ),
    "check.no_levels": (
        "levels is empty: list level 2 upward, or leave levels out",
        "levels が空です。レベル 2 以上を書くか、levels を削除してください",
    ),
    "check.too_many_levels": (
        "{count} levels is too many: at most {limit} after the step itself",
        "レベルが {count} 個あります。ステップ自体の後に {limit} 個までです",
    ),
    "check.empty_level": (
        "this level changes nothing: give the dose, name, cues, position or figure that differ",
        "このレベルは何も変えていません。違う量・名前・ポイント・姿勢・図を書いてください",
    ),
    "check.long_session_at_top_levels": (
        "with every step at its top level the session takes about {minutes} minutes;"
        " check that the levels' doses are meant",
        "すべてのステップを最高レベルにすると、セッションは約 {minutes} 分かかります。"
        "レベルの量が意図どおりか確認してください",
    ),
    "check.too_many_segments_at_top_levels": (
        "with every step at its top level the session would have more than {limit} timed"
        " parts (get-ready, reps, rests, switches); lower the levels' reps or sets",
        "すべてのステップを最高レベルにすると、セッションの区切り（準備・回数・休憩・左右の切り替え）が"
        " {limit} を超えます。レベルの回数かセット数を減らしてください",
    ),
    "check.card_id_twice": (
        "card id {id!r} is used twice; each card needs its own id",
        "カードの id {id!r} が 2 回使われています。カードごとに別の id にしてください",
    ),
    "phase.default_ask": (
        "After the stabilising part, is there stiffness that still bothers you?"
        " If loosening has made things worse before, answer n.",
        "安定させる運動のあとも、気になるこわばりが残っていますか？"
        "以前ほぐして悪化したことがあれば n と答えてください。",
    ),
}
