"""Messages of the commands around a session: help, list, new, history and export."""

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
        "v1.1 after a routine: its version from that session on. *: it changed, its version did "
        "not.",
        "ルーティン名の後の v1.1: そのセッションからのバージョン。*: バージョンは同じで内容が変わりました。",
    ),
    "backup.expected_hash": (
        "should be 12 lower-case hexadecimal digits",
        "12 桁の 16 進数（小文字）である必要があります",
    ),
    "history.loosen_done": ("done", "実施"),
    "history.loosen_skipped": ("not needed", "不要だった"),
    "history.loosen_stopped": ("stopped: worse", "中止（悪化）"),
    "history.loosen_held_back": ("held back", "控えた"),
    "history.chart_title": ("Pain over time (0-10)", "痛みの推移（0〜10）"),
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
    "export.order": (
        "This routine follows the order: stabilise first, then loosen only if still needed.",
        "このルーティンは「先に安定させ、必要な場合だけほぐす」という順番で進めます。",
    ),
    "export.wellness": (
        "A self-care aid for everyday wellbeing, not a diagnosis or treatment.",
        "日々の健康づくりのためのセルフケアの補助であり、診断や治療ではありません。",
    ),
    "export.planned": (
        "About {time} in all; {without} if loosening is not needed.",
        "全体で約{time}。ほぐしが不要なら約{without}。",
    ),
    "export.planned_plain": ("About {time} in all.", "全体で約{time}。"),
    "export.only_if_needed": ("Only if still needed", "必要な場合のみ"),
    "export.ask": ("Before this part, ask yourself: {ask}", "このパートの前に確認: {ask}"),
    "export.video": ("Video", "動画"),
    "export.safety": ("When to stop", "中止の目安"),
    "export.stop_rules": (
        "Stop for today if your pain goes above {max_pain} out of 10, or rises {max_rise} or more points above where you started.",
        "痛みが10段階で{max_pain}を超えたとき、または始める前より{max_rise}以上上がったときは、その日は中止します。",
    ),
    "export.stop_loosen": (
        "If loosening makes things worse, stop loosening, go back to the stabilising part, and talk to the author of this routine or a physiotherapist.",
        "ほぐして悪化する場合は、ほぐすのをやめて安定させる運動に戻り、このルーティンの作成者や理学療法士などの専門家に相談してください。",
    ),
    "export.red_flags": (
        "Get medical help now, and do not exercise, if you notice any of these:",
        "次のような症状があるときは運動せず、すぐに医療機関を受診してください:",
    ),
    "export.emergency": (
        "Call your local emergency number (119 in Japan), or go to an emergency department.",
        "119番で救急車を呼ぶか、救急外来を受診してください。急ぐべきか迷うときは #7119（救急安心センター、実施地域のみ）に相談できます。",
    ),
    "export.pregnancy_signs": (
        "If you are pregnant or gave birth in the last 12 months, stop and contact your midwife "
        "or maternity unit now if you notice any of these:",
        "妊娠中または出産から12か月以内の方は、次のような症状があれば中止し、すぐにかかりつけの産科"
        "（産院）または助産師に連絡してください:",
    ),
    "export.pregnant": (
        "Pregnant, or gave birth in the last 12 months (ask your midwife, doctor or "
        "physiotherapist)",
        "妊娠中、または出産から12か月以内（助産師・医師・理学療法士に確認してください）",
    ),
    "export.tier_b": (
        "See a doctor today or tomorrow, and hold off exercising until then, if you have any of these:",
        "次のどれかに当てはまるときは運動を控え、今日か明日のうちに医師の診察を受けてください:",
    ),
    "export.tier_c": (
        "Ask a clinician first, and start only once they say it is OK, if any of these apply:",
        "次のどれかに当てはまるときは、始める前に医師などに相談し、了承を得てから始めてください:",
    ),
    "export.contact": ("Your practitioner", "担当の施術者"),
    "export.log": ("Exercise log", "記録表"),
    "export.log_date": ("Date", "日付"),
    "export.log_before": ("Pain before (0-10)", "前の痛み (0〜10)"),
    "export.log_after": ("Pain after (0-10)", "後の痛み (0〜10)"),
    "export.log_done": ("Done", "実施"),
    "export.log_notes": ("Notes", "メモ"),
    "export.written": ("Wrote {path}", "{path} を書き出しました"),
    "export.pictures_written": (
        "Wrote {count} picture(s) to {path}",
        "{path} に図や写真を {count} 件書き出しました",
    ),
    "export.pictures_left_out": (
        "Pictures left out: standard output has no folder to put them in (use --out FILE).",
        "図や写真は省きました。標準出力には置き場所のフォルダがありません（--out FILE で書き出せます）。",
    ),
    "export.cannot_write": (
        "cannot write {path}: {reason}",
        "{path} に書き込めません: {reason}",
    ),
    "help.export": (
        "Write the routine as a printable handout (HTML) or Markdown.",
        "ルーティンを印刷用の配布資料（HTML）または Markdown で書き出します。",
    ),
    "help.format": (
        "html (for printing, A4) or md (for messages and web pages).",
        "html（A4 印刷用）または md（メッセージや Web 用）。",
    ),
    "help.export_out": (
        "Output file or folder (default: ID-LANG.html or .md here; - for standard output).",
        "出力ファイルまたはフォルダ（既定: このフォルダの ID-言語.html または .md。- で標準出力）。",
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
    "help.history_all": (
        "Also show sessions ended before their first step, and practice runs (--speed).",
        "最初のステップの前に終えたセッションと、練習（--speed）で行ったセッションも表示します。",
    ),
}
