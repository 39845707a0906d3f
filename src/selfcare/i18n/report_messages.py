"""Messages of `selfcare report`: the follow-up report for the practitioner."""

from __future__ import annotations

REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "help.report": (
        "Write a one- or two-page report of the sessions at home, for a follow-up visit.",
        "自宅でのセッションを 1〜2 ページにまとめたレポートを書き出します（再診・経過確認用）。",
    ),
    "help.report_since": (
        "Sessions on or after this date (YYYY-MM-DD; default: the last 6 weeks).",
        "この日付以降のセッション（YYYY-MM-DD、既定: 直近 6 週間）。",
    ),
    "help.report_routine": (
        "Only this routine (default: every routine done, one section each).",
        "このルーティンだけ（既定: 行ったすべてのルーティンを、それぞれ 1 セクションで）。",
    ),
    "help.report_format": (
        "html (A4, to print or save as PDF), pdf (needs Chromium), or json (for other tools).",
        "html（A4、印刷または PDF 保存用）、pdf（Chromium が必要）、json（他のツール用）。",
    ),
    "help.report_out": (
        "Output file or folder (default: report-DATE.html, .pdf or .json here; - for standard "
        "output).",
        "出力ファイルまたはフォルダ（既定: ここに report-日付.html / .pdf / .json、- で標準出力）。",
    ),
    # The page
    "report.title": ("Home exercise report", "自宅での運動の記録（経過報告）"),
    "report.client": ("Client", "お名前"),
    "report.period": (
        "Period: {since} – {until} ({days} days)",
        "期間: {since}〜{until}（{days}日間）",
    ),
    "report.generated": ("Made on {day}", "作成日: {day}"),
    "report.disclaimer": (
        "A record kept by the person at home; not a diagnosis.",
        "ご本人が自宅でつけた記録です。診断ではありません。",
    ),
    "report.only_routine": ("Only the routine {routine}.", "ルーティン {routine} のみ。"),
    "report.no_sessions": (
        "No sessions done in this period.",
        "この期間に行ったセッションはありません。",
    ),
    # Safety answers
    "report.safety_title": ("Safety answers to follow up", "確認が必要な安全チェックの回答"),
    "report.safety_none": (
        "Safety check: no answer in this period called for a follow-up.",
        "安全チェック: この期間に、確認が必要な回答はありませんでした。",
    ),
    "report.answer_tier_a": (
        "A warning sign that needs emergency help now (group A)",
        "すぐに救急の受診が必要な症状（グループ A）",
    ),
    "report.answer_tier_b": (
        "A warning sign: see a doctor today or tomorrow (group B)",
        "今日か明日のうちに医師の診察が必要な症状（グループ B）",
    ),
    "report.answer_tier_c": (
        "Needs a clinician's OK before exercising (group C)",
        "運動の前に医師などの了承が必要（グループ C）",
    ),
    "report.answer_pregnancy_signs": (
        "A pregnancy warning sign: contact the midwife or maternity unit now",
        "妊娠・産後の注意すべき症状: すぐに産科または助産師へ連絡",
    ),
    "report.answer_histories": (
        "A past condition (such as cancer, osteoporosis, recent surgery): a clinician's OK not yet given",
        "既往歴（がん・骨粗しょう症・最近の手術など）: 医師などの了承がまだ",
    ),
    "report.answer_inflammatory": (
        "Pattern of inflammatory back pain: advised to talk to a doctor",
        "炎症性の腰痛のパターン: 医師への相談を案内",
    ),
    "report.answer_pregnancy": (
        "Pregnant, or gave birth in the last 12 months",
        "妊娠中、または出産から12か月以内",
    ),
    "report.answer_other": ("Safety check: {item} = {answer}", "安全チェック: {item} = {answer}"),
    "report.kind_full": ("full check", "全項目のチェック"),
    "report.kind_short": ("short check", "簡易チェック"),
    "report.kind_declared": ("declared with --yes", "--yes で申告"),
    "report.in_routine": ("routine {routine}", "ルーティン {routine}"),
    # A routine's section
    "report.versions": ("Routine version", "ルーティンのバージョン"),
    "report.version_use": (
        "{version} ({first} – {last}, {sessions})",
        "{version}（{first}〜{last}、{sessions}）",
    ),
    "report.sessions_one": ("1 session", "1回"),
    "report.sessions_many": ("{count} sessions", "{count}回"),
    "report.version_none": ("no version number", "バージョン番号なし"),
    "report.version_unknown": ("not recorded", "記録なし"),
    "report.version_content": ("content {hash}", "内容 {hash}"),
    "report.sessions": ("sessions", "セッション"),
    "report.sessions_more": (
        "{completed} completed, {ended} ended early",
        "最後まで {completed}回、途中で終了 {ended}回",
    ),
    "report.per_week": ("{count} a week", "週{count}回"),
    "report.per_week_name": ("sessions a week, on average", "1週あたりの平均回数"),
    "report.schedule": ("Schedule: {count} a week", "予定: 週{count}回"),
    "report.no_schedule": (
        "No schedule: none in the routine file, or no file here",
        "頻度の予定なし（ルーティンファイルに記載がないか、ファイルが見つかりません）",
    ),
    "report.pain_name": ("pain before → after, average (0–10)", "痛み 前 → 後の平均（0〜10）"),
    "report.pain_more": ("rated in {sessions}", "記録のあるセッション: {sessions}"),
    "report.enough_name": ("stabilising alone was enough", "安定させる運動だけで十分"),
    "report.enough_more": (
        "of the sessions that asked whether to loosen",
        "ほぐすかどうかを尋ねたセッションのうち",
    ),
    "report.of": ("{count} of {whole} ({percent}%)", "{whole}回中{count}回（{percent}%）"),
    "report.weeks_title": ("Sessions per week", "週ごとのセッション"),
    "report.week_of": ("Week of", "週（月曜）"),
    "report.week_sessions": ("Sessions", "回数"),
    "report.week_sessions_target": ("Sessions / schedule", "回数 / 予定"),
    "report.week_before": ("Pain before, average", "前の痛み（平均）"),
    "report.week_after": ("Pain after, average", "後の痛み（平均）"),
    "report.week_part": (
        "* Only part of this week is in the period.",
        "* この週は一部だけが期間に含まれます。",
    ),
    "report.chart_title": (
        "Pain before and after each session (0–10)",
        "各セッションの前と後の痛み（0〜10）",
    ),
    "report.chart_before": ("before", "前"),
    "report.chart_after": ("after", "後"),
    "report.chart_empty": (
        "No pain was rated in this period.",
        "この期間に痛みの記録はありません。",
    ),
    "report.loosening_title": ("Loosening, after stabilising", "ほぐす運動（安定させた後）"),
    "report.loosen_done": ("needed, and done", "必要で、行った"),
    "report.loosen_skipped": ("not needed", "不要だった"),
    "report.loosen_stopped": (
        "needed, stopped with w (made it worse)",
        "必要だったが、w で中止（悪化）",
    ),
    "report.loosen_held_back": (
        "held back (it had made things worse lately)",
        "控えた（最近悪化したため）",
    ),
    "report.loosen_reached": (
        "Shares of the {sessions} that reached the loosening part.",
        "割合は、ほぐす運動の段階まで進んだセッション（{sessions}）に対するものです。",
    ),
    "report.loosen_none": (
        "No session reached a loosening part.",
        "ほぐす運動の段階まで進んだセッションはありません。",
    ),
    "report.mornings_title": ("Next morning", "翌朝の様子"),
    "report.morning_better": ("better", "良くなった"),
    "report.morning_same": ("same", "変わらない"),
    "report.morning_worse": ("worse", "悪くなった"),
    "report.morning_settled": ("settled (older answer)", "落ち着いた（以前の形式）"),
    "report.morning_not_settled": ("not settled (older answer)", "落ち着かなかった（以前の形式）"),
    "report.morning_unanswered": ("not answered", "未回答"),
    "report.morning_loosen": (
        "Asked about the loosening part: made it worse {worse}, not worse {not_worse}.",
        "ほぐす運動について: 悪化した {worse}回、悪化しなかった {not_worse}回。",
    ),
    "report.steps_title": (
        "Steps most often skipped or marked worse",
        "飛ばす・悪化の印が多かったステップ",
    ),
    "report.steps_none": (
        "Every step was done to its end.",
        "すべてのステップを最後まで行いました。",
    ),
    "report.step": ("step", "ステップ"),
    "report.step_worse": ("worse (w)", "悪化（w）"),
    "report.step_skipped": ("skipped", "飛ばした"),
    "report.levels_title": ("Level changes", "レベルの変更"),
    "report.levels_none": ("No level changed.", "レベルの変更はありません。"),
    "report.level_change": ("level {before} → {after}", "レベル {before} → {after}"),
    "report.notes_title": ("Notes written by the person", "ご本人のメモ"),
    "report.notes_none": ("No notes.", "メモはありません。"),
    "report.ended_early": (
        "Ended early: {count} (stopped by the safety check: {safety}; by a pain rule: {pain}; left by the person: {left}).",
        "途中で終了: {count}回（安全チェックで中止: {safety}、痛みの基準で中止: {pain}、ご本人が中断: {left}）。",
    ),
    "report.left_out": (
        "Left out of every number above: practice runs at another speed: {practice}; sessions left before their first step: {not_started}.",
        "上の数にはすべて含めていません: 速度を変えた練習 {practice}回、最初のステップの前に終えたセッション {not_started}回。",
    ),
    # The command
    "report.bad_since": (
        "--since must be a date written YYYY-MM-DD, such as 2026-03-01 (got '{value}')",
        "--since は 2026-03-01 のように YYYY-MM-DD の形で指定してください（指定された値: '{value}'）",
    ),
    "report.since_future": (
        "--since {since} is after today ({today})",
        "--since {since} は今日（{today}）より後の日付です",
    ),
    "report.empty_history": (
        "There are no sessions in the history yet: nothing to report",
        "履歴にまだセッションがありません。レポートにする内容がありません",
    ),
    "report.none_in_period": (
        "No sessions between {since} and {until}; the last was on {last}. Give an earlier --since.",
        "{since}〜{until} にセッションはありません。最後のセッションは {last} です。--since にもっと前の日付を指定してください。",
    ),
    "report.only_left_out": (
        "Between {since} and {until} there are only practice runs or sessions left before their first step: nothing to report",
        "{since}〜{until} には練習や最初のステップの前に終えたセッションしかありません。レポートにする内容がありません",
    ),
    "report.routine_unknown": (
        "No sessions of '{routine}' in the history. Routines in it: {routines}",
        "履歴に '{routine}' のセッションはありません。履歴にあるルーティン: {routines}",
    ),
    "report.routine_none_in_period": (
        "No sessions of '{routine}' between {since} and {until}; its last was on {last}. Give an earlier --since.",
        "{since}〜{until} に '{routine}' のセッションはありません。最後のセッションは {last} です。--since にもっと前の日付を指定してください。",
    ),
    "report.written": ("Wrote {path}", "{path} を書き出しました"),
    "report.no_folder": (
        "There is no folder {path}: make it first, or give a file name ending in {suffix}",
        "フォルダ {path} がありません。先に作るか、{suffix} で終わるファイル名を指定してください",
    ),
    "report.cannot_write": ("cannot write {path}: {reason}", "{path} に書き込めません: {reason}"),
    "report.pdf_stdout": (
        "A PDF cannot go to standard output: give a file or a folder with --out",
        "PDF は標準出力に出せません。--out でファイルかフォルダを指定してください",
    ),
    "report.no_browser": (
        "No Chromium or Google Chrome found to print the PDF. Write the HTML instead (--format html), open it in a browser and print it to PDF (A4).",
        "PDF を作るための Chromium や Google Chrome が見つかりません。代わりに HTML を書き出し（--format html）、ブラウザで開いて PDF に印刷してください（A4）。",
    ),
    "report.browser_failed": (
        "{browser} could not print the PDF ({reason}). Write the HTML instead (--format html), open it in a browser and print it to PDF (A4).",
        "{browser} で PDF を作れませんでした（{reason}）。代わりに HTML を書き出し（--format html）、ブラウザで開いて PDF に印刷してください（A4）。",
    ),
    "report.browser_timeout": ("no PDF after {seconds} s", "{seconds}秒たっても PDF ができません"),
}
