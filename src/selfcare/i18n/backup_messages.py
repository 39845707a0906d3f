"""Messages of the history's exports and of `selfcare history import` (backup and move), as
(English, Japanese)."""

from __future__ import annotations

BACKUP_MESSAGES: dict[str, tuple[str, str]] = {
    # Exports (`history --json`, `--csv`)
    "help.history_steps": (
        "CSV with one row per step: its side, status, level and time.",
        "ステップごとに 1 行の CSV（左右・結果・レベル・時刻）。",
    ),
    "help.history_screens": (
        "CSV with one row per safety check and kept safety answer.",
        "安全チェックと保存された安全確認の回答ごとに 1 行の CSV。",
    ),
    "help.history_excel": (
        "CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends, so Japanese text "
        "opens correctly.",
        "Excel 用の CSV（BOM 付き UTF-8、改行 CRLF）。日本語が文字化けせずに開けます。",
    ),
    "history.csv_only": (
        "--steps, --screens and --excel shape the CSV; --json already carries every part.",
        "--steps・--screens・--excel は CSV 用です。--json にはすべての項目が含まれます。",
    ),
    "history.one_table": (
        "Choose --steps or --screens: a CSV holds one table.",
        "--steps か --screens のどちらかを選んでください（CSV は 1 つの表です）。",
    ),
    "help.history_import": (
        "Merge sessions from a file written by `selfcare history --json --all`.",
        "`selfcare history --json --all` で書き出したファイルのセッションを取り込みます。",
    ),
    "help.history_import_file": (
        "The JSON file to read.",
        "読み込む JSON ファイル。",
    ),
    # The file itself
    "backup.no_file": (
        "There is no file {path}.",
        "{path} というファイルはありません。",
    ),
    "backup.is_folder": (
        "{path} is a folder: give the file written by `selfcare history --json --all`.",
        "{path} はフォルダーです。`selfcare history --json --all` で書き出したファイルを指定してください。",
    ),
    "backup.unreadable": (
        "Cannot read {path}: {reason}",
        "{path} を読めません: {reason}",
    ),
    "backup.too_large": (
        "{path} is larger than {limit} MB, too large for an export of selfcare's history.",
        "{path} は {limit} MB を超えています。selfcare の記録の書き出しとしては大きすぎます。",
    ),
    "backup.not_utf8": (
        "{path} is not UTF-8 text (byte {offset} cannot be read), as an export always is.",
        "{path} は UTF-8 のテキストではありません（{offset} バイト目を読めません）。書き出したファイルは常に UTF-8 です。",
    ),
    "backup.not_json": (
        # The parser's own reason is English only: both say what usually causes it.
        "{path} cannot be read as JSON (line {line}, column {column}): the file is cut short"
        " or its format is damaged.",
        "{path} は JSON として読めません（{line} 行 {column} 列）。ファイルが途中で切れているか、"
        "書式が崩れています。",
    ),
    "backup.not_a_number": (
        "{path} holds {value}, which is not a number JSON allows.",
        "{path} に {value} があります。これは JSON で使える数ではありません。",
    ),
    "backup.number_too_long": (
        "{path} holds a number too long to read.",
        "{path} に、長すぎて読めない数があります。",
    ),
    "backup.too_deep": (
        "{path} is nested too deeply to be an export of selfcare's history.",
        "{path} は入れ子が深すぎます。selfcare の記録の書き出しではありません。",
    ),
    "backup.not_a_list": (
        "{path} is not an export of selfcare's history: it should be a list of sessions,"
        " as `selfcare history --json --all` writes it.",
        "{path} は selfcare の記録の書き出しではありません。"
        "`selfcare history --json --all` が書き出すような、セッションのリストである必要があります。",
    ),
    # A problem in a session
    "backup.refused": (
        "Nothing was imported from {path}, and nothing was changed. Problems found: {count}",
        "{path} からは何も取り込まず、何も変更していません。見つかった問題: {count} 件",
    ),
    "backup.more_problems": (
        "… and {count} more",
        "…ほか {count} 件",
    ),
    "backup.problem": (
        "Session {session} (uid {uid}), {field}: {problem}",
        "{session} 件目のセッション（uid {uid}）の {field}: {problem}",
    ),
    "backup.problem_session": (
        "Session {session}: {problem}",
        "{session} 件目のセッション: {problem}",
    ),
    "backup.no_uid": ("not readable", "読み取れません"),
    "backup.found": (" (found {value})", "（値: {value}）"),
    "backup.missing": ("is missing", "項目がありません"),
    "backup.unknown_field": (
        "is not a field of an export of selfcare's history",
        "selfcare の記録の書き出しにはない項目です",
    ),
    "backup.expected_name": ("should be text, not empty", "空でない文字列である必要があります"),
    "backup.expected_text": ("should be text", "文字列である必要があります"),
    "backup.expected_whole": ("should be a whole number", "整数である必要があります"),
    "backup.expected_whole_from": (
        "should be a whole number, {low} or more",
        "{low} 以上の整数である必要があります",
    ),
    "backup.expected_whole_range": (
        "should be a whole number from {low} to {high}",
        "{low}〜{high} の整数である必要があります",
    ),
    "backup.expected_number": ("should be a number, 0 or more", "0 以上の数である必要があります"),
    "backup.expected_speed": ("should be a number above 0", "0 より大きい数である必要があります"),
    "backup.expected_choice": (
        "should be one of: {choices}",
        "次のいずれかである必要があります: {choices}",
    ),
    "backup.expected_time": (
        "should be a time with its zone, such as 2026-01-02T08:00:00+00:00",
        "2026-01-02T08:00:00+00:00 のような、タイムゾーン付きの時刻である必要があります",
    ),
    "backup.expected_uid": (
        "should be 32 lower-case hexadecimal digits",
        "32 桁の 16 進数（小文字）である必要があります",
    ),
    "backup.expected_list": ("should be a list", "リストである必要があります"),
    "backup.expected_object": (
        "should be an object ({{…}})",
        "オブジェクト（{{…}}）である必要があります",
    ),
    "backup.expected_session": (
        "should be a session, an object ({{…}})",
        "セッションを表すオブジェクト（{{…}}）である必要があります",
    ),
    "backup.none": ("no value (null)", "値なし（null）"),
    "backup.derived_mismatch": (
        "does not match the session's own times and steps, which give {derived}",
        "このセッションの時刻とステップから求めた値 {derived} と一致しません",
    ),
    "backup.duplicate_uid": (
        "is also the uid of session {other}: a session can appear only once",
        "{other} 件目のセッションと同じ uid です。同じセッションは 1 回しか書けません",
    ),
    # What was done
    "backup.imported": (
        "Imported {count} sessions.",
        "{count} 件のセッションを取り込みました。",
    ),
    "backup.imported_one": (
        "Imported 1 session.",
        "1 件のセッションを取り込みました。",
    ),
    "backup.already_here": (
        "{count} were already here and were left as they were.",
        "{count} 件はすでに記録にあったので、そのままにしました。",
    ),
    "backup.already_here_one": (
        "1 was already here and was left as it was.",
        "1 件はすでに記録にあったので、そのままにしました。",
    ),
    "backup.nothing_new": (
        "Nothing new: all {count} sessions in the file are already here, left as they were.",
        "新しいものはありません。ファイルの {count} 件のセッションはすべて記録にあり、そのままにしました。",
    ),
    "backup.nothing_new_one": (
        "Nothing new: the one session in the file is already here, left as it was.",
        "新しいものはありません。ファイルの 1 件のセッションはすでに記録にあり、そのままにしました。",
    ),
    "backup.were_running": (
        "{count} were still running when the file was written: they are kept as ended early"
        " (aborted), with the steps done until then.",
        "{count} 件は書き出したときにまだ実施中でした。それまでのステップとともに、"
        "途中で終わったセッション（中断）として記録しました。",
    ),
    "backup.were_running_one": (
        "1 was still running when the file was written: it is kept as ended early (aborted),"
        " with the steps done until then.",
        "1 件は書き出したときにまだ実施中でした。それまでのステップとともに、"
        "途中で終わったセッション（中断）として記録しました。",
    ),
    "backup.empty": (
        "The file holds no sessions; nothing was changed.",
        "ファイルにセッションがありません。何も変更していません。",
    ),
}
