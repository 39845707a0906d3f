"""Messages of the commands around a session: help, list, show, validate and new."""

from __future__ import annotations

COMMAND_MESSAGES: dict[str, tuple[str, str]] = {
    # Command-line help
    "help.app": (
        "A guided self-care exercise routine in your terminal: stabilise first, then loosen only "
        "if still needed. A wellness aid, not a diagnosis or treatment.",
        "ターミナルで使うセルフケア体操ガイド。先に安定、ほぐすのは必要な場合だけ。"
        "健康づくりの補助であり、診断や治療ではありません。",
    ),
    "help.version": ("Show the version and exit.", "バージョンを表示して終了します。"),
    "help.lang": (
        "Language: en or ja (default: SELFCARE_LANG, then the locale).",
        "言語: en または ja（既定: SELFCARE_LANG、次にロケール）。",
    ),
    "help.json": ("Print JSON for scripts.", "スクリプト向けに JSON で出力します。"),
    "help.routines_dir": (
        "An extra folder of routines (repeatable).",
        "ルーティンを探す追加フォルダ（複数指定可）。",
    ),
    "help.routine": (
        "A routine id (see `selfcare list`) or a path to a .yaml file.",
        "ルーティン id（`selfcare list` 参照）または .yaml ファイルのパス。",
    ),
    "help.list": ("List the routines you can run.", "使えるルーティンを一覧表示します。"),
    "help.show": (
        "Show a routine as a plan: phases, steps, doses and time.",
        "ルーティンの内容（フェーズ・ステップ・回数・時間）を表示します。",
    ),
    "help.no_pictures": (
        "Leave out each step's pictures.",
        "各ステップの図や写真を表示しません。",
    ),
    "help.show_plain": (
        "Plain text: no colours, no pictures.",
        "飾りのないテキストで表示します（色なし、図や写真なし）。",
    ),
    "help.validate": (
        "Check routine files or folders; exit 1 on any error.",
        "ルーティンファイルやフォルダを検査します。誤りがあれば終了コード 1。",
    ),
    "help.validate_paths": (
        "Routine files or folders to check.",
        "検査するファイルまたはフォルダ。",
    ),
    "help.strict": ("Treat warnings as errors.", "警告も誤りとして扱います。"),
    "help.new": (
        "Write a commented starter routine to edit.",
        "編集用のコメント付きひな形ルーティンを書き出します。",
    ),
    "help.new_id": (
        "The new routine's id (also its file name).",
        "新しいルーティンの id（ファイル名にもなります）。",
    ),
    "help.out": ("Write to this file instead.", "代わりにこのファイルへ書き出します。"),
    "help.new_area": (
        "The body area it is for; asked on a terminal, else general.",
        "対象の部位。ターミナルでは質問し、それ以外は general。",
    ),
    "help.new_lang": (
        "The starter's languages: en, ja or both (both: comments in the language of messages).",
        "ひな形の言語: en、ja、both（both ではコメントはメッセージの言語）。",
    ),
    "help.new_from": (
        "Start from a copy of this routine (an id or a .yaml path), its id changed.",
        "このルーティン（id または .yaml のパス）をコピーし、id だけ変えて始めます。",
    ),
    "help.new_force": (
        "Allow the id of a built-in routine: yours is then used instead of it.",
        "組み込みルーティンと同じ id を許可します（以後はこちらが使われます）。",
    ),
    "help.schema": (
        "Print the JSON Schema of the routine format.",
        "ルーティン形式の JSON Schema を出力します。",
    ),
    # Command output
    "list.title": ("Routines", "ルーティン"),
    "list.id": ("id", "id"),
    "list.name": ("title", "タイトル"),
    "list.version": ("version", "バージョン"),
    "list.time": ("time", "時間"),
    "list.phases": ("phases", "フェーズ"),
    "list.source": ("source", "場所"),
    "list.invalid": (
        "invalid: run `selfcare validate {path}`",
        "不正なファイル: `selfcare validate {path}` を実行してください",
    ),
    "list.overrides": ("{source} (overrides {others})", "{source}（{others} を上書き）"),
    "list.empty": ("No routines found.", "ルーティンが見つかりません。"),
    "list.start_hint": ("Start one with: selfcare start ID", "開始するには: selfcare start ID"),
    "source.built-in": ("built-in", "組み込み"),
    "source.user": ("user", "ユーザー"),
    "source.folder": ("folder", "フォルダ"),
    "show.planned": ("Planned time: {time}", "予定時間: {time}"),
    "show.planned_without_loosen": (
        " ({time} if loosening is not needed)",
        "（ほぐしが不要なら {time}）",
    ),
    "show.by": ("By {who}", "作成: {who}"),
    "show.version": ("Version {version}", "バージョン {version}"),
    "show.contact": ("Contact: {contact}", "連絡先: {contact}"),
    "show.fits": ("Who it fits", "こんな方に"),
    "show.cautions": ("Cautions", "注意"),
    "show.only_if_needed": ("Only if still needed: {ask}", "必要な場合のみ: {ask}"),
    "show.position": ("Start", "姿勢"),
    "show.cues": ("Cues", "ポイント"),
    "show.mistakes": ("Avoid", "よくある間違い"),
    "show.safety": ("Safety: {area}", "安全のために: {area}"),
    "show.safety_check": (
        "Before each session, selfcare asks this area's safety check: in full every week, and "
        "one question in between.",
        "セッションの前に、この部位の安全確認を行います（週に1回はすべての項目、その間は1問だけ）。",
    ),
    "show.caution": ("Caution", "注意"),
    "show.video": ("Video", "動画"),
    "show.picture_start": ("Start", "はじめ"),
    "show.picture_end": ("End", "おわり"),
    "validate.summary": (
        "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
        "{files} ファイルを検査: 誤り {errors} 件、警告 {warnings} 件",
    ),
    "validate.no_files": (
        "no .yaml or .yml files in {path}",
        "{path} に .yaml / .yml ファイルがありません",
    ),
    "validate.missing": (
        "no such file or folder: {path}",
        "ファイルやフォルダがありません: {path}",
    ),
    "new.exists": (
        "{path} already exists; not overwriting it",
        "{path} はすでにあります。上書きしません",
    ),
    "new.written": ("Wrote {path}", "{path} を書き出しました"),
    "new.next": (
        "Edit it, then check it with: selfcare validate {path}",
        "編集したら次で検査できます: selfcare validate {path}",
    ),
    "new.builtin_id": (
        "'{id}' is a built-in routine's id: a routine of yours with it would be used instead. "
        "Choose another id, or add --force.",
        "'{id}' は組み込みルーティンの id です。同じ id にすると、組み込みの代わりにこちらが"
        "使われます。別の id にするか、--force を付けてください。",
    ),
    "new.from_and_area": (
        "--area is for a new starter: --from copies the routine, its area included",
        "--area は新しいひな形用です。--from はルーティンを部位も含めてそのままコピーします",
    ),
    "new.from_and_lang": (
        "--lang is for a new starter: --from copies the routine in the languages it has",
        "--lang は新しいひな形用です。--from はルーティンをその言語のままコピーします",
    ),
    "new.id_not_found": (
        "cannot find the line 'id: {id}' in {path} to change it",
        "{path} の中に、変更する 'id: {id}' の行が見つかりません",
    ),
    "new.area_question": (
        "Which body area is the routine for?",
        "どの部位のためのルーティンですか？",
    ),
    "new.area_answer": ("Number or name:", "番号または名前:"),
    "new.no_area": ("No routine written.", "ルーティンは書き出していません。"),
    "new.bad_id": (
        "'{id}' is not a valid id: use lower-case letters, digits and '-'",
        "'{id}' は id として使えません。英小文字・数字・'-' を使ってください",
    ),
    "error.prefix": ("Error: ", "エラー: "),
    "error.interrupted": ("Interrupted.", "中断しました。"),
    "error.posix_only": (
        "selfcare runs on Linux and macOS (POSIX systems); on Windows, use it inside WSL.",
        "selfcare は Linux と macOS（POSIX システム）で動きます。Windows では WSL の中で使ってください。",
    ),
    "backup.expected_hash": (
        "should be 12 lower-case hexadecimal digits",
        "12 桁の 16 進数（小文字）である必要があります",
    ),
    "help.history_routine": (
        "Only sessions of this routine.",
        "このルーティンのセッションのみ。",
    ),
    "help.history_since": (
        "Only sessions on or after this date (YYYY-MM-DD).",
        "この日付（YYYY-MM-DD）以降のセッションのみ。",
    ),
    "help.history_limit": ("At most this many sessions.", "表示するセッション数の上限。"),
    "help.csv": (
        "Print CSV (one row per session) for spreadsheets.",
        "表計算ソフト向けに CSV（1セッション1行）で出力します。",
    ),
    # Checks at the start of a session
    "check.trend_rising": (
        "Your pain before sessions has risen week over week for two weeks. Please talk to a doctor or physiotherapist, or the author of this routine.",
        "セッション前の痛みが2週続けて上がっています。医師や理学療法士などの専門家、またはこのルーティンの作成者に相談してください。",
    ),
    "check.trend_not_improving": (
        "After 14 days of sessions your pain has not improved. Please talk to a doctor or physiotherapist, or the author of this routine.",
        "14日間続けても痛みが改善していません。医師や理学療法士などの専門家、またはこのルーティンの作成者に相談してください。",
    ),
    "help.export": (
        "Write the routine as a printable handout (HTML), Markdown or plain text.",
        "ルーティンを印刷用の配布資料（HTML）、Markdown またはプレーンテキストで書き出します。",
    ),
    "help.format": (
        "html (for printing, A4), md (for web pages), or text (plain, for a chat message such "
        "as LINE or WhatsApp; no pictures).",
        "html（A4 印刷用）、md（Web 用）、text（LINE などのメッセージに貼るプレーンテキスト。"
        "図や写真なし）。",
    ),
    "help.export_out": (
        "Output file or folder (default: ID-LANG.html, .md or .txt here; - for standard output).",
        "出力ファイルまたはフォルダ（既定: このフォルダの ID-言語.html / .md / .txt。- で標準出力）。",
    ),
    "help.history_all": (
        "Also show sessions ended before their first step, and practice runs (--speed).",
        "最初のステップの前に終えたセッションと、練習（--speed）で行ったセッションも表示します。",
    ),
}
