"""Messages about a step's prescription: ranges of reps and sets, one's own pace, sides, what to
have at hand, and a step's video as a QR code."""

from __future__ import annotations

PRESCRIPTION_MESSAGES: dict[str, tuple[str, str]] = {
    # Checking a step
    "check.count_or_range_expected": (
        "expected a whole number or a range such as 8-12, got {value}",
        "整数か、8-12 のような範囲を書いてください（{value} になっています）",
    ),
    "check.range_out_of_range": (
        "{value}: both numbers of a range of {key} must be within {low}–{high}",
        "{value}: {key} の範囲は、2 つの数とも {low}〜{high} にしてください",
    ),
    "check.range_reversed": (
        "the range {value} runs from more to fewer; write the smaller number first: {fixed}",
        "範囲 {value} は大きい数が先になっています。小さい数を先に書いてください: {fixed}",
    ),
    "check.missing_hold": (
        "step needs 'hold' (the seconds one rep lasts), or 'pace: own' for reps the person "
        "counts at their own pace",
        "ステップに 'hold'（1 回の秒数）が必要です。本人が自分のペースで数える回数なら、"
        "代わりに 'pace: own' と書きます",
    ),
    "check.own_pace_hold": (
        "a step at the person's own pace (pace: own) has no 'hold': they count the reps "
        "themselves; remove 'hold', or remove 'pace: own' to time each rep",
        "自分のペースで行うステップ（pace: own）に 'hold' は書けません（回数は本人が数えます）。"
        "'hold' を消すか、1 回ずつ秒数で行うなら 'pace: own' を消してください",
    ),
    "check.needs_own_pace": (
        "'{key}' is for reps at the person's own pace: add 'pace: own' (and remove 'hold'), "
        "or remove '{key}'",
        "'{key}' は自分のペースで行う回数のためのものです。'pace: own' を書く（'hold' は消す）か、"
        "'{key}' を消してください",
    ),
    "check.side_both": (
        "'both' is not one side: for both sides write 'each_side: true', for one side "
        "'side: left' or 'side: right'",
        "'both' は片側の指定ではありません。左右両方なら 'each_side: true'、片側だけなら "
        "'side: left' か 'side: right' と書きます",
    ),
    "check.side_and_each_side": (
        "side {side} is one side only, and 'each_side: true' is both sides; keep one of them",
        "side {side} は片側だけ、'each_side: true' は左右両方の指定です。どちらか一方にしてください",
    ),
    "check.side_dose_no_sides": (
        "'{side}:' gives one side its own dose, but this step has no sides; add "
        "'each_side: true' (both sides) or 'side: {side}' (that side only)",
        "'{side}:' は片側だけの量の指定ですが、このステップには左右がありません。"
        "'each_side: true'（左右両方）か 'side: {side}'（その側だけ）を書いてください",
    ),
    "check.side_dose_other_side": (
        "'{side}:' gives one side its own dose, but this step works only the other side "
        "(side: {other}); remove '{side}:' and write the dose in the step itself",
        "'{side}:' は片側だけの量の指定ですが、このステップは 'side: {other}' で反対側だけを行います。"
        "'{side}:' を消し、量はステップに直接書いてください",
    ),
    "check.side_means_no_sides": (
        "'side_means' says what a side means, but this step has no sides; add "
        "'each_side: true', 'side: left' or 'side: right', or remove 'side_means'",
        "'side_means' は左右が何を指すかを書くものですが、このステップには左右がありません。"
        "'each_side: true'・'side: left'・'side: right' のどれかを書くか、'side_means' を消してください",
    ),
    # Words for a dose
    "words.range": ("{low}–{high}", "{low}〜{high}"),
    "words.own_reps": ("{n} reps", "{n}回"),
    "words.own_pace": ("{dose} at your own pace", "自分のペースで {dose}"),
    "words.tempo": ("about {t} a rep", "1回{t}ほど"),
    "words.one_side": ("{side} only", "{side}のみ"),
    "words.side_dose": ("{side}: {dose}", "{side}：{dose}"),
    "words.side_doses": (" / ", " / "),
    "words.about": ("about {t}", "約{t}"),
    "changes.own_pace": ("at your own pace", "自分のペース"),
    "changes.sides": ("sides", "左右"),
    "changes.no_sides": ("no sides", "左右の区別なし"),
    # What to have at hand
    "equipment.you_will_need": ("You will need", "用意するもの"),
    "equipment.step": ("Needs", "用意"),
    # A step's video as a QR code
    "help.show_qr": (
        "Print the video link of step STEP (its id) as a QR code, to open it on a phone.",
        "ステップ STEP（id）の動画のリンクを QR コードで表示します（スマートフォンで開けます）。",
    ),
    "show.qr_unknown_step": (
        "{routine} has no step '{step}'; its steps are: {steps}",
        "{routine} にステップ '{step}' はありません。ステップ: {steps}",
    ),
    "show.qr_no_video": (
        "the step '{step}' ({name}) has no video link",
        "ステップ '{step}'（{name}）には動画のリンクがありません",
    ),
    "show.qr_scan": (
        "Scan it with your phone's camera to open the video:",
        "スマートフォンのカメラで読み取ると、動画が開きます:",
    ),
}
