"""Every message the program prints, as (English, Japanese)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Loading a file
    "load.too_large": (
        "the file is {size} bytes; routine files may be at most {limit} bytes",
        "ファイルが {size} バイトあります。ルーティンファイルは {limit} バイトまでです",
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
    "new.out_name": (
        "--out must name a file called {id}.yaml (or {id}.yml): a routine's id must equal its file name",
        "--out には {id}.yaml（または {id}.yml）という名前のファイルを指定してください。ルーティンの id はファイル名と同じにする必要があります",
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
        "kind.prepare": ("prepare", "準備"),
        "kind.stabilize": ("stabilize", "安定"),
        "kind.loosen": ("loosen", "ほぐす"),
        "kind.cooldown": ("cooldown", "クールダウン"),
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

MESSAGES.update(
    {
        # Prompts
        "prompt.no_input": (
            "input ended while a question was waiting. To run without questions, add --yes "
            "(you declare the safety questions do not apply to you).",
            "質問への回答の途中で入力が終わりました。質問なしで実行するには --yes を付けてください"
            "（安全確認の項目に当てはまらないことをあなた自身が確認したものとします）。",
        ),
        "prompt.yes_no_again": ("Please answer y or n.", "y か n で答えてください。"),
        "prompt.pain_again": (
            "Please type a whole number from 0 to 10.",
            "0〜10 の整数で答えてください。",
        ),
        # Red-flag screen
        "screen.title": ("Safety check before you start", "始める前の安全確認"),
        "screen.intro": (
            "Most back pain is not serious, but a few signs need a doctor instead of exercise.",
            "腰痛の多くは深刻なものではありませんが、運動ではなく医師の診察が必要なサインもあります。",
        ),
        "screen.tier_a": (
            "Any of these now?",
            "今、次のどれかに当てはまりますか？",
        ),
        "screen.a1": (
            "New numbness or tingling around the genitals, buttocks, back passage or inner thighs",
            "陰部・お尻・肛門まわり・太ももの内側に、新しいしびれやピリピリ感がある",
        ),
        "screen.a2": (
            "New difficulty passing urine, or not feeling when your bladder is full",
            "新たに尿が出にくい、または膀胱がいっぱいでも尿意を感じない",
        ),
        "screen.a3": ("New loss of bladder or bowel control", "新たに尿や便をがまんできなくなった"),
        "screen.a4": (
            "New loss of sexual function or genital feeling",
            "新たに性機能や陰部の感覚が失われた",
        ),
        "screen.a5": (
            "Pain, numbness, tingling or weakness in both legs",
            "両脚に痛み・しびれ・ピリピリ感・力の入りにくさがある",
        ),
        "screen.a6": (
            "Leg weakness that is severe or getting worse, or new trouble walking",
            "脚の力が強く落ちている・悪化している、または新たに歩きにくくなった",
        ),
        "screen.a7": ("Back pain together with chest pain", "腰の痛みと同時に胸の痛みがある"),
        "screen.a8": (
            "The pain started after a serious accident or fall",
            "大きな事故や転倒のあとに痛みが始まった",
        ),
        "screen.a_advice": (
            "Stop here and get medical help now: call your local emergency number or go to an "
            "emergency department. Do not exercise today.",
            "ここで中止し、すぐに医療機関を受診してください。救急車が必要なら119番、"
            "または救急外来へ。今日は運動をしないでください。",
        ),
        "screen.tier_b": ("Any of these?", "次のどれかに当てはまりますか？"),
        "screen.b1": ("Fever, or feeling generally unwell", "発熱がある、または全身の具合が悪い"),
        "screen.b2": ("Weight loss without trying", "意図しない体重減少がある"),
        "screen.b3": (
            "A lump, or a new change in the shape of your back",
            "背中にしこりがある、または背中の形が新たに変わった",
        ),
        "screen.b4": (
            "Pain that does not ease with rest, or is worse at night",
            "安静にしても楽にならない痛み、または夜に強くなる痛み",
        ),
        "screen.b5": ("Pain mainly between the shoulder blades", "主に肩甲骨の間が痛む"),
        "screen.b6": ("A history of cancer", "がんにかかったことがある"),
        "screen.b7": (
            "A minor fall or strain, with osteoporosis or long-term steroid use",
            "骨粗しょう症やステロイドの長期使用があり、軽い転倒やひねりのあとに痛みが出た",
        ),
        "screen.b8": (
            "A weakened immune system, or a recent infection",
            "免疫が低下している、または最近感染症にかかった",
        ),
        "screen.b9": (
            "Numbness or weakness in one leg that is not improving",
            "片脚のしびれや力の入りにくさが良くならない",
        ),
        "screen.b_advice": (
            "Please do not start today: see a doctor today or tomorrow, and ask them about "
            "exercising.",
            "今日は始めないでください。今日か明日のうちに医師の診察を受け、運動してよいか相談してください。",
        ),
        "screen.tier_c": (
            "Any of these? (you may continue once a clinician has said it is OK)",
            "次のどれかに当てはまりますか？（医師などの了承があれば続けられます）",
        ),
        "screen.c1": (
            "Your first back pain began before age 20 or after 55",
            "初めての腰痛が20歳未満、または55歳を過ぎてから始まった",
        ),
        "screen.c2": (
            "Pregnant, or recently gave birth (later in pregnancy, avoid lying flat for long)",
            "妊娠中、または出産して間もない（妊娠後期は長く仰向けにならないでください）",
        ),
        "screen.c3": (
            "Osteoporosis or a spine fracture (avoid deep forward bending)",
            "骨粗しょう症や背骨の骨折がある（深い前かがみは避けてください）",
        ),
        "screen.c4": (
            "Spine or hip surgery in the last few months",
            "ここ数か月以内に背骨や股関節の手術を受けた",
        ),
        "screen.c5": ("Inflammatory arthritis", "炎症性の関節炎がある"),
        "screen.c6": (
            "No improvement after 2 weeks of self-care",
            "セルフケアを2週間続けても良くならない",
        ),
        "screen.c_confirm": (
            "Has a doctor or physiotherapist said this exercise is OK for you?",
            "医師や理学療法士から、この運動をしてよいと言われていますか？",
        ),
        "screen.c_advice": (
            "Then please ask a clinician first, and come back once they say it is OK.",
            "では、まず医師などに相談し、了承を得てから始めてください。",
        ),
        "screen.question": (
            "Does any of these apply? (n = none of these apply)",
            "どれかに当てはまりますか？（n = どれにも当てはまらない）",
        ),
        "screen.short": (
            "Any new symptoms since your last safety check, such as numbness around the groin or "
            "buttocks, bladder or bowel changes, leg weakness, fever, or much worse pain?",
            "前回の安全確認から、新しい症状はありますか？（陰部やお尻まわりのしびれ、排尿・排便の変化、"
            "脚の力の低下、発熱、ひどくなった痛みなど）",
        ),
        "screen.declared": (
            "--yes: you declare that none of the safety questions apply to you.",
            "--yes: 安全確認のどの項目にも当てはまらないことを、あなた自身が確認したものとします。",
        ),
        # Session: before and around
        "session.pain_question": (
            "Pain now, 0 = none, 10 = worst imaginable?",
            "今の痛みは？ 0 = なし、10 = 想像できる最悪の痛み",
        ),
        "session.pain_mid_question": (
            "Before loosening: pain now, 0 = none, 10 = worst imaginable?",
            "ほぐす前に: 今の痛みは？ 0 = なし、10 = 想像できる最悪の痛み",
        ),
        "session.pain_after_question": (
            "Last question: pain now, 0 = none, 10 = worst imaginable?",
            "最後に: 今の痛みは？ 0 = なし、10 = 想像できる最悪の痛み",
        ),
        "session.stop_when": (
            "Stop at once (press q) if you feel new numbness, tingling or weakness, pain spreading down a "
            "leg, sharp or shooting pain, or dizziness.",
            "新しいしびれ・ピリピリ感・脱力、脚に広がる痛み、鋭い痛みや走る痛み、めまいを感じたら、"
            "すぐに中止してください（q キー）。",
        ),
        "session.keys": (
            "space pause · n next · b back · w worse · q quit · ? help",
            "スペース 一時停止 · n 次へ · b 戻る · w 悪化した · q 終了 · ? ヘルプ",
        ),
        "session.help": (
            "Keys: space pause/resume, n or → skip to the next step, b or ← back to the previous step, "
            "w this makes it worse, q quit (what you did is saved), ? this help.",
            "キー: スペース 一時停止/再開、n か → 次のステップへ、b か ← 前のステップへ、"
            "w 悪化した、q 終了（実施した分は記録されます）、? このヘルプ。",
        ),
        "session.stop_rule_max": (
            "Pain {pain}/10 is above this routine's limit of {limit}. Let's stop here for today.",
            "痛みが {pain}/10 で、このルーティンの上限 {limit} を超えています。今日はここで終わりにしましょう。",
        ),
        "session.stop_rule_rise": (
            "Pain rose from {before} to {pain}, a rise of {rise} or more. Let's stop here for today.",
            "痛みが {before} から {pain} に上がりました（{rise} 以上の上昇）。今日はここで終わりにしましょう。",
        ),
        "session.after_max": (
            "Pain {pain}/10 is above this routine's limit of {limit}. Do no more exercise today.",
            "痛みが {pain}/10 で、このルーティンの上限 {limit} を超えています。今日はこれ以上運動しないでください。",
        ),
        "session.after_rise": (
            "Pain rose from {before} to {pain} during the session. Do no more exercise today.",
            "セッション中に痛みが {before} から {pain} に上がりました。今日はこれ以上運動しないでください。",
        ),
        "session.stop_advice": (
            "Rest in a comfortable position. If the pain does not settle, or you notice any warning "
            "signs, talk to a doctor or practitioner.",
            "楽な姿勢で休んでください。痛みが落ち着かない場合や、気になる症状がある場合は、医師や施術者に相談してください。",
        ),
        "session.loosen_worse": (
            "Loosening stopped. When loosening makes your back worse, keep to the stabilising part for now and talk to a practitioner.",
            "ほぐしを中止しました。ほぐすと悪化する場合は、当面は安定させるパートだけを続け、施術者に相談してください。",
        ),
        "session.loosen_skipped": (
            "Loosening skipped: the stabilising part was enough today.",
            "ほぐしは省略しました。今日は安定させるパートで十分でした。",
        ),
        "session.step_worse": (
            "Skipped, noted as making it worse.",
            "悪化したため省略し、記録しました。",
        ),
        "session.paused": ("Paused", "一時停止中"),
        "session.paused_hint": ("press space to resume", "スペースキーで再開"),
        "session.resumed": ("Resumed", "再開"),
        "session.get_ready": ("Get ready", "準備"),
        "session.work": ("Go", "実施"),
        "session.hold": ("Hold", "キープ"),
        "session.rest": ("Rest", "休憩"),
        "session.switch": ("Switch sides", "左右を入れ替え"),
        "session.rep": ("rep {rep}/{reps}", "{rep}/{reps}回"),
        "session.set": ("set {set}/{sets}", "{set}/{sets}セット"),
        "session.step_of": ("step {n}/{total}", "ステップ {n}/{total}"),
        "session.next": ("Next: {name}", "次: {name}"),
        "session.next_end": ("Next: the end", "次: 終了"),
        "session.step_bar": ("step", "ステップ"),
        "session.total_bar": ("total", "全体"),
        "session.left": ("{time} left", "残り {time}"),
        "session.skipped": ("Skipped: {name}", "省略: {name}"),
        "session.done_step": ("Done: {name}", "完了: {name}"),
        "session.phase_start": ("{title}", "{title}"),
        "session.summary": ("Summary", "まとめ"),
        "session.summary_steps": (
            "Steps done: {done}, skipped: {skipped}",
            "実施したステップ: {done}、省略: {skipped}",
        ),
        "session.summary_time": (
            "Exercise time: {time}",
            "運動時間: {time}",
        ),
        "session.summary_pain": ("Pain: {trail}", "痛み: {trail}"),
        "session.unknown_pain": ("not asked", "未回答"),
        "session.pain_rose": (
            "Your pain is higher than when you started. Next time, try fewer reps or shorter holds; if it "
            "keeps happening, or has not settled by tomorrow morning, talk to a practitioner.",
            "始める前より痛みが強くなっています。次回は回数や保持時間を減らしてみてください。"
            "くり返す場合や、翌朝までに落ち着かない場合は、施術者に相談してください。",
        ),
        "session.see_practitioner": (
            "If your back is not improving in about 2 weeks, or is getting worse, see a practitioner.",
            "2週間ほどで良くならない場合や悪化している場合は、施術者に相談してください。",
        ),
        "session.ended_completed": (
            "Session complete. Well done.",
            "セッション完了です。おつかれさまでした。",
        ),
        "session.ended_stopped": ("Session stopped.", "セッションを中止しました。"),
        "session.ended_aborted": (
            "Session ended early; what you did is saved.",
            "途中で終了しました。実施した分は記録されています。",
        ),
        "session.no_tts": (
            "--voice: no text-to-speech program found (espeak-ng, spd-say or say); continuing without voice.",
            "--voice: 音声合成プログラム（espeak-ng、spd-say、say）が見つかりません。音声なしで続けます。",
        ),
        "session.history_warning": (
            "Warning: this session will not be recorded: {reason}",
            "警告: このセッションは記録されません: {reason}",
        ),
        "session.bad_speed": (
            "--speed must be greater than 0 and at most 1000",
            "--speed は 0 より大きく 1000 以下にしてください",
        ),
        "session.speed_note": (
            "Speed ×{speed}: every duration is divided by {speed} (for previews and tests).",
            "速度 ×{speed}: すべての時間を {speed} 分の1にします（プレビューやテスト用）。",
        ),
        "side.switch_to": ("Switch to the {side}", "{side}に替えます"),
        # History
        "history.too_new": (
            "{path} was written by a newer selfcare (schema {version}); upgrade selfcare to read it. "
            "The file was not changed.",
            "{path} は新しいバージョンの selfcare で作られました（スキーマ {version}）。"
            "読むには selfcare を更新してください。ファイルは変更していません。",
        ),
        "history.unusable": (
            "cannot use the history database {path}: {reason}",
            "履歴データベース {path} を使えません: {reason}",
        ),
        "history.none": (
            "No sessions yet. Start one with: selfcare start low-back",
            "まだセッションがありません。始めるには: selfcare start low-back",
        ),
        "help.start": ("Start a guided session.", "ガイド付きセッションを始めます。"),
        "help.history": ("Show past sessions.", "過去のセッションを表示します。"),
        "help.yes": (
            "Unattended run: you declare the safety questions do not apply; pain is not asked.",
            "無人実行: 安全確認の項目に当てはまらないことを申告し、痛みの質問を省略します。",
        ),
        "help.plain": (
            "One line per event: no colours, no cursor movement.",
            "1行ずつ表示します（色やカーソル移動なし）。",
        ),
        "help.no_sound": ("No terminal bell.", "ベル音を鳴らしません。"),
        "help.voice": (
            "Speak step names and counts (espeak-ng, spd-say or say).",
            "ステップ名やカウントを読み上げます（espeak-ng、spd-say、say）。",
        ),
        "help.speed": (
            "Run faster: divide every duration by X (0 < X <= 1000), for previews and tests.",
            "速く進めます: すべての時間を X で割ります（0 < X <= 1000、プレビューやテスト用）。",
        ),
    }
)

MESSAGES.update(
    {
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
    }
)

MESSAGES.update(
    {
        "history.title": ("Recent sessions", "最近のセッション"),
        "history.duration": ("duration", "所要時間"),
        "history.loosen": ("loosening", "ほぐし"),
        "history.loosen_done": ("done", "実施"),
        "history.loosen_skipped": ("not needed", "不要だった"),
        "history.loosen_stopped": ("stopped: worse", "中止（悪化）"),
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
        "check.next_morning": (
            "After your last session, did your pain settle back to its usual level by the next morning?",
            "前回のセッションのあと、翌朝までに痛みはいつもの程度に戻りましたか？",
        ),
        "check.next_morning_advice": (
            "Then today, repeat the same dose or reduce it (fewer reps or shorter holds), rather than doing more.",
            "では今日は、回数や保持時間を増やさず、前回と同じか少なめにしてください。",
        ),
        "check.trend_rising": (
            "Your pain before sessions has risen week over week for two weeks. Please talk to a practitioner.",
            "セッション前の痛みが2週続けて上がっています。施術者に相談してください。",
        ),
        "check.trend_not_improving": (
            "After 14 days of sessions your pain has not improved. Please talk to a practitioner.",
            "14日間続けても痛みが改善していません。施術者に相談してください。",
        ),
    }
)

MESSAGES.update(
    {
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
        "export.dose": ("Dose", "回数・時間"),
        "export.video": ("Video", "動画"),
        "export.safety": ("When to stop", "中止の目安"),
        "export.stop_when": (
            "Stop at once if you feel new numbness, tingling or weakness, pain spreading down a leg, "
            "sharp or shooting pain, or dizziness.",
            "新しいしびれ・ピリピリ感・脱力、脚に広がる痛み、鋭い痛みや走る痛み、めまいを感じたら、すぐに中止してください。",
        ),
        "export.stop_rules": (
            "Stop for today if your pain goes above {max_pain} out of 10, or rises {max_rise} or more points above where you started.",
            "痛みが10段階で{max_pain}を超えたとき、または始める前より{max_rise}以上上がったときは、その日は中止します。",
        ),
        "export.stop_loosen": (
            "If loosening makes your back feel worse, stop loosening, go back to the stabilising part, and talk to a practitioner.",
            "ほぐして悪化する場合は、ほぐすのをやめて安定させるパートに戻り、施術者に相談してください。",
        ),
        "export.red_flags": (
            "Get medical help now, and do not exercise, if you notice any of these:",
            "次のような症状があるときは運動せず、すぐに医療機関を受診してください:",
        ),
        "export.emergency": (
            "Call your local emergency number (119 in Japan), or go to an emergency department.",
            "119番で救急車を呼ぶか、救急外来を受診してください。",
        ),
        "export.tier_b": (
            "See a doctor today or tomorrow, and hold off exercising until then, if you have any of these:",
            "次のどれかに当てはまるときは運動を控え、今日か明日のうちに医師の診察を受けてください:",
        ),
        "export.tier_c": (
            "Ask a clinician first, and start only once they say it is OK, if any of these apply:",
            "次のどれかに当てはまるときは、始める前に医師などに相談し、了承を得てから始めてください:",
        ),
        "export.improve": (
            "If your back is not improving in about 2 weeks, or is getting worse, see a practitioner.",
            "2週間ほどで良くならない場合や悪化している場合は、施術者に相談してください。",
        ),
        "export.contact": ("Your practitioner", "担当の施術者"),
        "export.log": ("Exercise log", "記録表"),
        "export.log_date": ("Date", "日付"),
        "export.log_before": ("Pain before (0-10)", "前の痛み (0〜10)"),
        "export.log_after": ("Pain after (0-10)", "後の痛み (0〜10)"),
        "export.log_done": ("Done", "実施"),
        "export.log_notes": ("Notes", "メモ"),
        "export.written": ("Wrote {path}", "{path} を書き出しました"),
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
    }
)

MESSAGES.update(
    {
        "session.ended_completed_plain": ("Session complete.", "セッションが終わりました。"),
        "session.warning_signs": (
            "If you stopped because of new numbness, tingling or weakness, pain spreading down a leg, "
            "or dizziness, get medical advice today; with numbness around the groin or bladder "
            "changes, get help now.",
            "新しいしびれ・ピリピリ感・脱力、脚に広がる痛み、めまいのために中止した場合は、今日中に医療機関に相談してください。"
            "陰部まわりのしびれや排尿の異常があれば、すぐに受診してください。",
        ),
        "session.espeak_kanji": (
            "--voice: espeak-ng is the only speech program here, and it cannot read kanji; Japanese speech may be unclear.",
            "--voice: 使える音声合成は espeak-ng だけで、漢字を正しく読めません。日本語の読み上げは聞き取りにくい場合があります。",
        ),
    }
)

MESSAGES.update(
    {
        "history.one_format": (
            "Choose one of --json and --csv.",
            "--json と --csv はどちらか一方を指定してください。",
        ),
    }
)
