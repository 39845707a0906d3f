"""Every message the program prints, as (English, Japanese)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Loading a file
    "load.too_large": (
        "the file is {size} bytes; routine files may be at most {limit} bytes",
        "ファイルが {size} バイトあります。ルーティンファイルは {limit} バイトまでです",
    ),
    "load.unreadable": ("cannot read the file: {reason}", "ファイルを読めません: {reason}"),
    "load.not_utf8": (
        "the file is not UTF-8 text (perhaps Shift_JIS); save it as UTF-8 and try again",
        "ファイルが UTF-8 ではありません（Shift_JIS かもしれません）。UTF-8 で保存し直してください",
    ),
    "load.empty": ("the file is empty", "ファイルが空です"),
    "load.yaml_syntax": ("YAML syntax: {reason}", "YAML の書き方に誤りがあります: {reason}"),
    "load.too_deep": (
        "nested more than {limit} levels deep; a routine never needs that",
        "入れ子が {limit} 段を超えています。ルーティンにそこまでの入れ子は不要です",
    ),
    "load.too_many_nodes": (
        "more than {limit} values (an alias bomb?); refused",
        "値が {limit} 個を超えています（エイリアスの展開攻撃の可能性）。読み込みを拒否しました",
    ),
    "load.bad_tag": (
        "the YAML tag {tag} is not allowed in a routine; write plain values",
        "YAML タグ {tag} はルーティンでは使えません。普通の値で書いてください",
    ),
    "load.key_not_text": (
        "the key {key} must be text; quote it",
        "キー {key} は文字列にしてください（引用符で囲みます）",
    ),
    "load.duplicate_key": (
        "the key '{key}' appears twice in the same map; keep one",
        "同じマップ内でキー '{key}' が2回出てきます。1つにしてください",
    ),
    "load.not_mapping": (
        "a routine file must be a map of keys (format, id, title, phases, ...)",
        "ルーティンファイルはキーのマップ（format, id, title, phases など）である必要があります",
    ),
    # Checking the format
    "check.empty_text": ("the text is empty", "テキストが空です"),
    "check.bad_language": (
        "'{lang}' is not a language code such as en or ja",
        "'{lang}' は en や ja のような言語コードではありません",
    ),
    "check.text_expected": (
        "expected a text, or a map of language to text such as {{en: ..., ja: ...}}",
        "テキスト、または {{en: ..., ja: ...}} のような言語ごとのマップを書いてください",
    ),
    "check.string_expected": (
        "expected text, got {value}; put it in quotes",
        "文字列が必要ですが {value} です。引用符で囲んでください",
    ),
    "check.bad_id": (
        "{value} is not a valid id: use lower-case letters, digits and '-', starting with a letter or digit",
        "{value} は id として使えません。英小文字・数字・'-' を使い、英小文字か数字で始めてください",
    ),
    "check.bad_url": (
        "{value} is not an http(s) link",
        "{value} は http(s) のリンクではありません",
    ),
    "check.choice": (
        "{value} is not one of: {allowed}",
        "{value} は次のどれでもありません: {allowed}",
    ),
    "check.bool_expected": (
        "expected true or false, got {value}",
        "true か false を書いてください（{value} になっています）",
    ),
    "check.int_expected": (
        "expected a whole number, got {value}",
        "整数を書いてください（{value} になっています）",
    ),
    "check.stop_rule_looser": (
        "{value} is looser than the safe default {default}; a routine may only make stop rules stricter",
        "{value} は安全のための既定値 {default} より緩い値です。中止基準は厳しくする方向にのみ変更できます",
    ),
    "check.out_of_range": (
        "{value} is outside the sensible range {low}–{high}",
        "{value} は妥当な範囲 {low}〜{high} の外です",
    ),
    "check.duration_expected": (
        "{value} is not a duration: write seconds (10) or a text such as 10s, 1m or 1m30s",
        "{value} は時間として読めません。秒数（10）か、10s・1m・1m30s のように書いてください",
    ),
    "check.duration_range": (
        "{value} is outside the sensible range {low}–{high} seconds",
        "{value} は妥当な範囲（{low}〜{high} 秒）の外です",
    ),
    "check.long_hold": (
        "a {seconds} s hold is unusually long; check it is meant",
        "{seconds} 秒の保持はかなり長めです。意図どおりか確認してください",
    ),
    "check.list_expected": (
        "expected a list, got {value}",
        "リストを書いてください（{value} になっています）",
    ),
    "check.mapping_expected": (
        "expected a map of keys, got {value}",
        "キーのマップを書いてください（{value} になっています）",
    ),
    "check.unknown_key": (
        "unknown key '{key}' in {record} (allowed: {allowed})",
        "{record} に未知のキー '{key}' があります（使えるキー: {allowed}）",
    ),
    "check.did_you_mean": ("; did you mean '{name}'?", "。'{name}' のことですか？"),
    "check.missing": ("{record} needs '{key}'", "{record} に '{key}' が必要です"),
    "check.empty-phase": (
        "a phase needs at least one step",
        "フェーズには少なくとも1つのステップが必要です",
    ),
    "check.no-phases": (
        "a routine needs at least one phase",
        "ルーティンには少なくとも1つのフェーズが必要です",
    ),
    # Rules across fields
    "rule.loosen_first": (
        "a loosen phase must come after a stabilize phase: for backs that get worse when loosened, "
        "support is rebuilt first and loosening comes only if still needed",
        "loosen（ほぐす）フェーズは stabilize（安定）フェーズの後に置いてください。"
        "ほぐすと悪化しやすい腰では、先に支えを取り戻し、ほぐすのは必要な場合だけにします",
    ),
    "rule.duplicate_step": (
        "the step id '{id}' is already used on line {line}; step ids must be unique",
        "ステップ id '{id}' は {line} 行目ですでに使われています。id は重複できません",
    ),
    "rule.ask_outside_loosen": (
        "'ask' is only used in a loosen phase; it is ignored here",
        "'ask' は loosen フェーズでのみ使われます。ここでは無視されます",
    ),
    "rule.id_mismatch": (
        "the id '{id}' differs from the file name '{stem}'; rename the file to {id}.yaml or change the id",
        "id '{id}' がファイル名 '{stem}' と違います。ファイル名を {id}.yaml にするか id を変えてください",
    ),
    "rule.missing_translation": (
        "this text has no {langs} version, though the routine uses it elsewhere",
        "このテキストには {langs} 版がありません（ルーティンの他の箇所では使われています）",
    ),
    "rule.long_session": (
        "the session is planned to take {minutes} minutes; that is unusually long",
        "セッションの予定時間が {minutes} 分です。かなり長めです",
    ),
    # Library
    "library.no_file": (
        "no routine file at {path}",
        "{path} にルーティンファイルがありません",
    ),
    "library.invalid": (
        "{path} is not a valid routine; run `selfcare validate {path}` for details",
        "{path} は正しいルーティンではありません。詳しくは `selfcare validate {path}` を実行してください",
    ),
    "library.unknown_id": (
        "no routine called '{id}'.",
        "'{id}' という名前のルーティンはありません。",
    ),
    "library.did_you_mean": ("Did you mean: {ids}?", "もしかして: {ids}"),
    "library.see_list": (
        "Run `selfcare list` to see the routines.",
        "`selfcare list` でルーティンの一覧を確認できます。",
    ),
}

MESSAGES.update(
    {
        # Words for doses and times
        "words.seconds": ("{n} s", "{n}秒"),
        "words.minutes": ("{m} min", "{m}分"),
        "words.minutes_seconds": ("{m} min {s} s", "{m}分{s}秒"),
        "words.reps": ("× {n}", "× {n}回"),
        "words.sets": ("× {n} sets", "× {n}セット"),
        "words.rest": ("rest {t}", "休憩 {t}"),
        "words.set_rest": ("{t} between sets", "セット間 {t}"),
        "words.each_side": ("each side", "左右それぞれ"),
        "words.separator": (", ", "、"),
        "phase.prepare": ("Prepare", "準備"),
        "phase.stabilize": ("Stabilize", "安定させる"),
        "phase.loosen": ("Loosen, only if still needed", "ほぐす（必要な場合のみ）"),
        "phase.cooldown": ("Cool down", "クールダウン"),
        "phase.default_ask": (
            "Does your back still feel tight, so that loosening is still needed?",
            "まだ腰の張りが残っていて、ほぐす必要がありますか？",
        ),
        "side.left": ("left side", "左側"),
        "side.right": ("right side", "右側"),
    }
)

MESSAGES.update(
    {
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
        "help.schema": (
            "Print the JSON Schema of the routine format.",
            "ルーティン形式の JSON Schema を出力します。",
        ),
        # Command output
        "list.title": ("Routines", "ルーティン"),
        "list.id": ("id", "id"),
        "list.name": ("title", "タイトル"),
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
            "{time} if loosening is not needed",
            "ほぐしが不要なら {time}",
        ),
        "show.by": ("By {who}", "作成: {who}"),
        "show.contact": ("Contact: {contact}", "連絡先: {contact}"),
        "show.fits": ("Who it fits", "こんな方に"),
        "show.cautions": ("Cautions", "注意"),
        "show.only_if_needed": ("Only if still needed: {ask}", "必要な場合のみ: {ask}"),
        "show.position": ("Start", "姿勢"),
        "show.cues": ("Cues", "ポイント"),
        "show.mistakes": ("Avoid", "よくある間違い"),
        "show.caution": ("Caution", "注意"),
        "show.video": ("Video", "動画"),
        "validate.ok": ("{path}: ok", "{path}: OK"),
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
        "new.bad_id": (
            "'{id}' is not a valid id: use lower-case letters, digits and '-'",
            "'{id}' は id として使えません。英小文字・数字・'-' を使ってください",
        ),
        "error.prefix": ("Error: ", "エラー: "),
        "error.interrupted": ("Interrupted.", "中断しました。"),
    }
)
