"""Messages of `selfcare status`: one screen of where things stand."""

from __future__ import annotations

STATUS_MESSAGES: dict[str, tuple[str, str]] = {
    "help.status": (
        "Where things stand: routines in use, the last session, what is due today, a pending "
        "next-morning question, levels and reminders.",
        "現在の状況: 使っているルーティン、前回のセッション、今日の予定、未回答の翌朝の質問、"
        "レベル、お知らせ。",
    ),
    # No session yet
    "status.none_yet": ("No sessions on record yet.", "セッションの記録はまだありません。"),
    "status.begin": ("To begin", "はじめるには"),
    "status.see_routines": ("All routines", "ルーティンの一覧"),
    # The routines in use
    "status.in_use": ("Routines in use", "使っているルーティン"),
    "status.none_in_use": (
        "No routine done in the last {days} days.",
        "この{days}日間に行ったルーティンはありません。",
    ),
    "status.start_again": ("To start again: {command}", "再開するには: {command}"),
    "status.due_today": ("Due today: {command}", "今日の予定です: {command}"),
    "status.done_today": (
        "Done today · next session: {when}",
        "今日は済みました · 次回: {when}",
    ),
    "status.next_session": ("Next session: {when} · last: {last}", "次回: {when} · 前回: {last}"),
    "status.levels": ("Levels: {steps} (others at 1)", "レベル: {steps}（ほかは 1）"),
    "status.level_separator": (", ", "、"),
    # The last session
    "status.last_session": ("Last session", "前回のセッション"),
    "status.today_at": ("today {time}", "今日 {time}"),
    "status.yesterday_at": ("yesterday {time}", "昨日 {time}"),
    "status.yesterday": ("yesterday", "昨日"),
    "status.with_year": ("{day} {year}", "{year}年{day}"),
    "status.pain": ("pain {trail}", "痛み {trail}"),
    "status.loosen": ("loosening: {outcome}", "ほぐし: {outcome}"),
    "status.stopped_pain_limit": (
        "stopped: pain above your limit",
        "中止（痛みが上限を超えたため）",
    ),
    "status.stopped_pain_rose": ("stopped: pain rose", "中止（痛みが強まったため）"),
    "status.stopped_safety": ("stopped at the safety check", "安全確認で中止"),
    # The next-morning question
    "status.next_morning": ("Next morning", "翌朝の様子"),
    "status.morning_yesterday": (
        "How was the morning after yesterday's session?",
        "昨日のセッションの翌朝は、どうでしたか？",
    ),
    "status.morning_today": (
        "How was this morning, after your session at {time}?",
        "{time}のセッションのあと、今朝の調子はどうでしたか？",
    ),
    "status.morning_on": (
        "How was the morning after your session on {day}?",
        "{day}のセッションの翌朝は、どうでしたか？",
    ),
    "status.morning_answer": (
        "Answer with: {command} (or at your next start)",
        "記録するには: {command}（次回の開始時でも）",
    ),
    # The loosening memory
    "status.loosening": ("Loosening", "ほぐし"),
    "status.loosening_held": (
        "held back until {until}: it made things worse on {day}",
        "{until}まで控えます（{day}にほぐして悪化）",
    ),
    "status.loosening_review": (
        "{count} times so far: review the order with a physiotherapist",
        "これまでに {count} 回。順番を理学療法士などと見直しましょう",
    ),
    # Reminders
    "status.reminders": ("Reminder", "お知らせ"),
    "status.no_reminder": ("none · to set one: {command}", "なし · 設定するには: {command}"),
    "status.two_times": ("{first} and {second}", "{first}と{second}"),
    "status.reminder_at": ("{times}, {days}", "{days} {times}"),
    "status.every_day": ("every day", "毎日"),
}
