"""Messages of the next-morning check and the memory of loosening, as (English, Japanese)."""

from __future__ import annotations

MORNING_MESSAGES: dict[str, tuple[str, str]] = {
    "prompt.choose_again": (
        "Please answer with one of the letters shown.",
        "表示された文字で答えてください。",
    ),
    "session.yes_no_keys_default_yes": (
        "y yes · n no · Enter: yes",
        "y はい · n いいえ · Enter: はい",
    ),
    "session.yes_no_keys_default_no": (
        "y yes · n no · Enter: no",
        "y はい · n いいえ · Enter: いいえ",
    ),
    "morning.question": (
        "How did you feel the morning after your last session ({when})?"
        "\n[b better · s same · w worse]",
        "前回のセッション（{when}）の翌朝、体の調子はどうでしたか？"
        "\n［b 良くなった · s 変わらない · w 悪くなった］",
    ),
    "morning.loosen_question": (
        "Was it worse after the loosening part?",
        "ほぐすパートのあとで悪くなりましたか？",
    ),
    "morning.worse_advice": (
        "Then today, repeat the same dose or reduce it (fewer reps or shorter holds), rather"
        " than doing more.",
        "では今日は、回数やキープ時間を増やさず、前回と同じか少なめにしてください。",
    ),
    "morning.loosen_noted": (
        "Noted: until {until}, loosening is skipped unless you choose it.",
        "記録しました: {until}までは、ほぐすパートは選んだときだけ行います。",
    ),
    "morning.none_due": (
        "Nothing to answer: there is no session whose next morning is still unanswered.",
        "記録することはありません。翌朝の様子が未回答のセッションはありません。",
    ),
    "morning.not_yet": (
        "Your last session's next morning has not come yet; answer tomorrow, or at your next"
        " session.",
        "前回のセッションの翌朝はまだ来ていません。明日か、次のセッションの開始時に答えてください。",
    ),
    "morning.saved": ("Saved.", "記録しました。"),
    "morning.no_input": (
        "input ended before an answer; nothing was saved.",
        "答えの前に入力が終わりました。何も記録していません。",
    ),
    "memory.skipping": (
        "Loosening made things worse on {day}, so it is skipped by default until {until}."
        " Stabilising comes first.",
        "{day}にほぐして悪化したため、{until}までは、ほぐすパートは省略するのが基本です。"
        "まず安定させることを優先します。",
    ),
    "memory.held_back": (
        "Loosening held back: it made things worse on {day} (skipped by default until {until}).",
        "ほぐすパートは控えました。{day}にほぐして悪化したためです（{until}までは省略が基本）。",
    ),
    "memory.review_order": (
        "Loosening has made things worse {count} times. Please review the order of your"
        " routine with its author or a physiotherapist.",
        "ほぐして悪化したことが {count} 回あります。このルーティンの作成者や理学療法士などの専門家と、順番を見直しましょう。",
    ),
}
