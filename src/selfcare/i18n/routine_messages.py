"""Messages about routine files: loading, checking, finding them, and dose wording."""

from __future__ import annotations

ROUTINE_MESSAGES: dict[str, tuple[str, str]] = {
    # Loading a file
    "load.too_large": (
        "the file is larger than 1 MiB; routine files may be at most {limit} bytes",
        "ファイルが 1 MiB を超えています。ルーティンファイルは {limit} バイトまでです",
    ),
    "load.unreadable": ("cannot read the file: {reason}", "ファイルを読めません: {reason}"),
    "load.not_regular": (
        "not a regular file (a device, a pipe or a socket); a routine must be a .yaml file",
        "通常のファイルではありません（デバイス・パイプ・ソケット）。ルーティンは .yaml ファイルにしてください",
    ),
    "load.number_too_long": (
        "a number {length} characters long; a routine's numbers have at most {limit}",
        "{length} 文字の数値があります。ルーティンの数値は {limit} 文字までです",
    ),
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
    "check.unknown_language": (
        "'{lang}' is not a language code selfcare knows, so this text would never be shown; "
        "did you mean {meant}?",
        "'{lang}' は selfcare の知らない言語コードのため、このテキストは表示されません。{meant} のことですか？",
    ),
    "check.unknown_declared_language": (
        "'{lang}' is not a language code selfcare knows; did you mean {meant}?",
        "'{lang}' は selfcare の知らない言語コードです。{meant} のことですか？",
    ),
    "check.not_a_language": (
        "'{lang}' is not a language code, so this text would never be shown; write en or ja "
        "(or another language's two-letter code, such as fr)",
        "'{lang}' は言語コードではないため、このテキストは表示されません。en か ja"
        "（ほかの言語なら fr のような 2 文字のコード）を書いてください",
    ),
    "check.language_not_spoken": (
        "{value} cannot be declared: selfcare speaks {allowed}",
        "{value} は宣言できません。selfcare が使える言語は {allowed} です",
    ),
    "check.language_twice": (
        "this language is already listed",
        "この言語はすでに書かれています",
    ),
    "check.no_languages": (
        "list at least one language: [ja], [en] or [en, ja]",
        "言語を 1 つ以上書いてください: [ja]、[en]、[en, ja] など",
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
    "check.url_no_scheme": (
        "{value} is a link without https:// at the start; add https://: {fixed}",
        "{value} の先頭に https:// がありません。https:// を付けてください: {fixed}",
    ),
    "check.quoted_number": (
        "the number {value} is in quotes; remove the quotes (it is read as {number})",
        "数値 {value} が引用符で囲まれています。引用符を外してください（{number} として読みます）",
    ),
    "check.curly_quotes": (
        "this text is wrapped in curly quotes {quotes}, which YAML keeps as part of the text; "
        'if they are meant as quotes, use straight ones: "…"',
        "このテキストは飾りの引用符 {quotes} で囲まれていて、引用符も文字として表示されます。"
        '囲むための引用符なら、半角の "…" にしてください',
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
    "check.duration_positive": (
        "{value} is not a sensible length: more than 0 and at most {high} seconds",
        "{value} は妥当な長さではありません（0 秒より長く {high} 秒以下）",
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
        "{seconds} 秒のキープはかなり長めです。意図どおりか確認してください",
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
    "check.empty_phase": (
        "a phase needs at least one step",
        "フェーズには少なくとも1つのステップが必要です",
    ),
    "check.no_phases": (
        "a routine needs at least one phase",
        "ルーティンには少なくとも1つのフェーズが必要です",
    ),
    # A step's pictures
    "check.figure_shape": (
        "expected a pose name, or a list of one or two pose names (start and end), got {value}",
        "ポーズ名を1つ、または1〜2個（始めと終わり）のポーズ名のリストを書いてください（{value} になっています）",
    ),
    "check.image_shape": (
        "expected a picture's path, or a list of one or two paths (start and end), got {value}",
        "画像のパスを1つ、または1〜2個（始めと終わり）のパスのリストを書いてください（{value} になっています）",
    ),
    "check.unknown_pose": (
        "{value} is not a pose in selfcare's pose library{close}; its names are listed in docs/authoring.md (Pictures)",
        "{value} は selfcare のポーズ集にありません{close}。使えるポーズ名は docs/authoring.md の「Pictures」にすべて載っています",
    ),
    "check.close_poses": (" (did you mean {names}?)", "（{names} のことですか？）"),
    "check.image_needs_file": (
        "an image needs the routine to be a file: its path is read from the routine's folder",
        "画像（image）を使うには、ルーティンがファイルである必要があります。パスはルーティンのフォルダから読みます",
    ),
    "check.image_outside": (
        "{value} is outside the routine's folder: put the picture in that folder or one below it, and write its path from there (no '..', not starting with '/')",
        "{value} はルーティンのフォルダの外を指しています。画像はルーティンと同じフォルダかその下に置き、そこからのパスで書いてください（'..' や '/' で始まるパスは使えません）",
    ),
    "check.image_link_outside": (
        "{value} is a link to a file outside the routine's folder ({target}); copy the picture itself into the folder",
        "{value} はルーティンのフォルダの外にあるファイル（{target}）へのリンクです。画像そのものをフォルダにコピーしてください",
    ),
    "check.image_missing": (
        "there is no file {value} in the routine's folder {folder}",
        "ルーティンのフォルダ {folder} に {value} というファイルがありません",
    ),
    "check.image_not_regular": (
        "{value} is not a regular file (a folder, a device or a pipe); name a PNG or JPEG picture",
        "{value} は通常のファイルではありません（フォルダ・デバイス・パイプ）。PNG か JPEG の画像を指定してください",
    ),
    "check.image_unreadable": ("cannot read {value}: {reason}", "{value} を読めません: {reason}"),
    "check.image_too_large": (
        "{value} is {size} bytes; a picture may be at most {limit} bytes (2 MiB): save it smaller",
        "{value} は {size} バイトあります。画像は {limit} バイト（2 MiB）までです。小さくして保存し直してください",
    ),
    "check.image_not_png_jpeg": (
        "{value} is not a PNG or JPEG picture, whatever its name says; save it as PNG or JPEG",
        "{value} は PNG や JPEG の画像ではありません（ファイル名ではなく中身で判断しています）。PNG か JPEG で保存してください",
    ),
    "check.image_damaged": (
        "{value} is damaged or cut short; copy or save the picture again",
        "{value} は壊れているか、途中で切れています。画像をもう一度コピーするか保存し直してください",
    ),
    "check.image_too_many_pixels": (
        "{value} is {width} × {height} pixels; a picture may have at most {limit} pixels: save it smaller",
        "{value} は {width} × {height} ピクセルです。画像は {limit} ピクセルまでです。小さくして保存し直してください",
    ),
    "check.image_bomb": (
        "{value} claims to be far more than {limit} pixels (an image bomb?); refused before reading any pixel",
        "{value} は {limit} ピクセルをはるかに超える大きさだと称しています（画像爆弾の可能性）。画素を読む前に拒否しました",
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
    "rule.missing_declared_translation": (
        "this text has no {langs} version, though the routine declares {langs} in languages",
        "このテキストには {langs} 版がありません（languages で {langs} を宣言しています）",
    ),
    "rule.too_many_segments": (
        "the session would have more than {limit} timed parts (reps, rests, side switches); "
        "lower the reps or sets, or split it into several routines",
        "セッションの区切り（回数・休憩・左右の切り替え）が {limit} を超えます。"
        "回数やセット数を減らすか、複数のルーティンに分けてください",
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
        "{path} is not a valid routine; run `selfcare validate {word}` for details",
        "{path} は正しいルーティンではありません。詳しくは `selfcare validate {word}` を実行してください",
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
    "library.folder_skipped": (
        "Warning: skipped the routine folder {path}: {reason}",
        "警告: ルーティンのフォルダ {path} を読めないため飛ばしました: {reason}",
    ),
    "library.folder_unreadable": (
        "cannot read the folder: {reason}",
        "フォルダを読めません: {reason}",
    ),
    "library.cannot_read": ("cannot read {path}: {reason}", "{path} を読めません: {reason}"),
    "new.cannot_write": ("cannot write {path}: {reason}", "{path} に書き込めません: {reason}"),
    "new.cannot_make_folder": (
        "cannot make the folder {path}: {reason}",
        "フォルダ {path} を作れません: {reason}",
    ),
    "new.file_in_the_way": (
        "cannot make the folder {path}: {file} is a file, not a folder",
        "フォルダ {path} を作れません: {file} はフォルダではなくファイルです",
    ),
    "export.no_folder": (
        "there is no folder {path}: make it first, or give a file name ending in {suffix}",
        "フォルダ {path} がありません。先に作るか、{suffix} で終わるファイル名を指定してください",
    ),
    "new.out_name": (
        "--out must name a file called {id}.yaml (or {id}.yml): a routine's id must equal its file name",
        "--out には {id}.yaml（または {id}.yml）という名前のファイルを指定してください。ルーティンの id はファイル名と同じにする必要があります",
    ),
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
    "kind.prepare": ("prepare", "準備"),
    "kind.stabilize": ("stabilize", "安定"),
    "kind.loosen": ("loosen", "ほぐす"),
    "kind.cooldown": ("cooldown", "クールダウン"),
    "phase.prepare": ("Prepare", "準備"),
    "phase.stabilize": ("Stabilise", "安定させる運動"),
    "phase.loosen": ("Loosen, only if still needed", "ほぐす（必要な場合のみ）"),
    "phase.cooldown": ("Cool down", "クールダウン"),
    "side.left": ("left side", "左側"),
    "side.right": ("right side", "右側"),
    "side.meaning": ("{side} ({means})", "{side}（{means}）"),
}
