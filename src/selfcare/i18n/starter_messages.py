"""The comments of the starter routine `selfcare new` writes, as (English, Japanese).

Each is one line of a YAML comment: the starter puts "# " before it.
"""

from __future__ import annotations

STARTER_MESSAGES: dict[str, tuple[str, str]] = {
    "starter.head": (
        "A selfcare routine (format selfcare/1). Check it with: selfcare validate {file}",
        "selfcare のルーティン（形式 selfcare/1）。検査: selfcare validate {file}",
    ),
    "starter.head_schema": (
        "routine.schema.json beside it lets your editor check it as you type.",
        "同じフォルダの routine.schema.json で、エディタが入力中に検査します。",
    ),
    "starter.head_texts": (
        "Every text may be one string, or one per language: {{en: ..., ja: ...}}.",
        "テキストは 1 つの文字列か、言語ごとの {{en: ..., ja: ...}} で書けます。",
    ),
    "starter.head_quotes": (
        'Keep texts in "double quotes": then ? : # and the like are safe in them.',
        'テキストを "二重引用符" で囲んでおくと、? : # などの記号もそのまま使えます。',
    ),
    "starter.version": (
        "raise it when you change the routine: each session records it",
        "変更したら上げましょう。セッションごとに記録されます",
    ),
    "starter.area": (
        "low-back | pelvic-girdle | neck-shoulder | general: it chooses the safety check",
        "low-back | pelvic-girdle | neck-shoulder | general（安全確認の内容が決まります）",
    ),
    "starter.languages": (
        "the languages its texts are in: a client in another language sees the first",
        "テキストの言語。ほかの言語の利用者には、最初の言語で表示されます",
    ),
    "starter.author": (
        "shown to your clients, with the routine",
        "ルーティンと一緒に利用者に表示されます",
    ),
    "starter.author_name": ("Your name", "お名前"),
    "starter.author_clinic": ("Your clinic", "施術所の名前"),
    "starter.author_contact": ("Phone or e-mail", "電話またはメール"),
    "starter.fits": (
        "who this routine is for; shown before starting",
        "このルーティンが合う人。開始前に表示されます",
    ),
    "starter.cautions": (
        "shown before starting and on the printed handout",
        "開始前と印刷用の資料に表示されます",
    ),
    "starter.get_ready": (
        "seconds to get into position before each step",
        "各ステップの前に姿勢を整える秒数",
    ),
    "starter.phases": (
        "they run in this order; loosen only after stabilize",
        "この順に進みます。loosen は stabilize の後だけ",
    ),
    "starter.kinds": (
        "prepare | stabilize | loosen | cooldown",
        "prepare（準備）| stabilize（安定）| loosen（ほぐす）| cooldown（整える）",
    ),
    "starter.loosen": (
        "runs only if the person says it is still needed",
        "本人がまだ必要と答えたときだけ行います",
    ),
    "starter.figure": (
        "a drawing from the pose library (docs/authoring.md)",
        "ポーズ集の図（docs/authoring.md）",
    ),
    "starter.figure_moves": (
        "start and end: the drawing moves between them",
        "はじめとおわり: 図がその間を動きます",
    ),
    "starter.image": (
        "or your own photo, next to this file (PNG/JPEG)",
        "または自分の写真（このファイルと同じフォルダの PNG/JPEG）",
    ),
    "starter.hold": (
        'seconds per rep; also "10s" or "1m30s"',
        '1 回あたりの秒数。"10s" や "1m30s" とも書けます',
    ),
    "starter.rest": ("seconds between reps", "回と回の間の休みの秒数"),
    "starter.each_side": (
        "the whole dose on the left, then the right",
        "左で全回数を行ってから右へ",
    ),
}
