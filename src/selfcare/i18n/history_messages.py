"""Messages of `selfcare history`: the table, the charts and the exports."""

from __future__ import annotations

HISTORY_MESSAGES: dict[str, tuple[str, str]] = {
    "history.when": ("started", "開始"),
    "history.none_match": (
        "No sessions match these filters.",
        "条件に合うセッションはありません。",
    ),
    "history.routine": ("routine", "ルーティン"),
    "history.status": ("status", "状態"),
    "history.pain": ("pain", "痛み"),
    "history.status_running": ("running", "実行中"),
    "history.status_completed": ("completed", "完了"),
    "history.status_stopped": ("stopped", "中止"),
    "history.status_aborted": ("ended early", "途中終了"),
    "history.title": ("Recent sessions", "最近のセッション"),
    "history.duration": ("duration", "所要時間"),
    "history.loosen": ("loosening", "ほぐし"),
    "history.version_legend": (
        "v1.1: the routine's version from that session on. *: changed, same version.",
        "v1.1: そのセッションからのバージョン。*: 内容が変わり、バージョンは同じ。",
    ),
    "history.loosen_done": ("done", "実施"),
    "history.loosen_skipped": ("not needed", "不要"),
    "history.loosen_stopped": ("made worse", "悪化で中止"),
    "history.loosen_held_back": ("held back", "控えた"),
    "history.chart_title": ("Pain over time (0-10): {routine}", "痛みの推移（0〜10）: {routine}"),
    "history.chart_left_out": (
        "{count} older sessions not shown (no room); a wider window shows more.",
        "古いセッション {count} 件は入りきらず省きました。ウィンドウを広げると表示されます。",
    ),
    "history.chart_left_out_one": (
        "1 older session not shown (no room); a wider window shows it.",
        "古いセッション 1 件は入りきらず省きました。ウィンドウを広げると表示されます。",
    ),
    "history.chart_others": (
        "Not charted: {routines} (--routine ID charts one).",
        "グラフにないルーティン: {routines}（--routine ID でグラフに）",
    ),
    "history.chart_others_more": ("{count} more", "ほか {count} 件"),
    "history.chart_legend": ("○ before  ● after  ◉ same", "○ 前  ● 後  ◉ 同じ"),
    "history.chart_empty": (
        "No pain ratings yet to chart.",
        "グラフにできる痛みの記録はまだありません。",
    ),
    "history.per_week": (
        "Sessions per week (last 8 weeks)",
        "週ごとのセッション数（過去8週間）",
    ),
    "history.streak": ("Current streak: {days} days in a row", "いまの記録: 連続 {days} 日"),
    "history.streak_one": ("Current streak: 1 day in a row", "いまの記録: 連続 1 日"),
    "history.stabilise_enough": (
        "Stabilising alone was enough in {count} of {total} sessions (loosening not needed).",
        "{total} 回中 {count} 回は、安定させるパートだけで十分でした（ほぐし不要）。",
    ),
    "history.bad_since": (
        "--since must be a date like 2026-11-01",
        "--since は 2026-11-01 のような日付にしてください",
    ),
    "history.one_format": (
        "Choose one of --json and --csv.",
        "--json と --csv はどちらか一方を指定してください。",
    ),
    "history.unreadable": (
        "cannot read the history: {reason}",
        "履歴を読めません: {reason}",
    ),
    "history.damaged": (
        "the history {path} is damaged ({reason}). selfcare left it untouched: keep a copy of it. "
        "To record again, move it elsewhere; an export made earlier with `selfcare history --json` "
        "can then be brought back with `selfcare history import FILE`.",
        "履歴 {path} が壊れています（{reason}）。selfcare はこのファイルに手を加えていません。"
        "コピーを取っておいてください。記録を再開するには、このファイルを別の場所へ移してください。"
        "以前に `selfcare history --json` で書き出したファイルがあれば、"
        "`selfcare history import FILE` で戻せます。",
    ),
    "history.home_not_folder": (
        "{path} is a file, not a folder, so the history cannot be kept in it (is SELFCARE_HOME "
        "set to a file?). The file was left untouched.",
        "{path} はフォルダではなくファイルなので、履歴を保存できません（SELFCARE_HOME に"
        "ファイルを指定していませんか）。このファイルには手を加えていません。",
    ),
    "history.not_a_file": (
        "the history {path} is not a regular file (it is a folder, a device, or a link to one), "
        "so no history can be kept in it. It was left untouched.",
        "履歴 {path} は通常のファイルではありません（フォルダ、デバイス、またはそれへのリンク"
        "です）。履歴を保存できません。手を加えていません。",
    ),
    "history.read_only_stale": (
        "Note: the disk takes no writes, so the history is shown without {path}: the sessions "
        "saved last may be missing.",
        "注意: ディスクに書き込めないため、{path} を読まずに履歴を表示しています。"
        "最後に保存したセッションが含まれていないことがあります。",
    ),
    "history.status_not_started": ("not started", "開始前に終了"),
    "history.practice": ("practice ×{speed}", "練習 ×{speed}"),
    "history.practice_legend": (
        "×N after a status: a practice run, at N times the speed (--speed N).",
        "状態の後の ×N: N 倍の速さで行った練習（--speed N）。",
    ),
}
