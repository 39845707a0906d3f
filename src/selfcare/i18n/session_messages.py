"""Messages of the guided session: prompts, the safety screen, the countdown and its end."""

from __future__ import annotations

SESSION_MESSAGES: dict[str, tuple[str, str]] = {
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
        "Please do not start today: see a doctor today or tomorrow, and ask them about exercising.",
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
        "Pregnant, or recently gave birth (from about 16 weeks of pregnancy, avoid lying flat"
        " on your back for long)",
        "妊娠中、または出産して間もない（妊娠16週ごろからは、長く仰向けにならないでください）",
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
    # No-break spaces (U+00A0) keep each key with its word when the line wraps.
    "session.keys": (
        "space\u00a0pause · n\u00a0next · b\u00a0back · w\u00a0worse · q\u00a0quit · ?\u00a0help",
        "スペース\u00a0一時停止 · n\u00a0次へ · b\u00a0戻る · w\u00a0悪化した · q\u00a0終了 · ?\u00a0ヘルプ",
    ),
    "session.keys_paused": (
        "space\u00a0resume · n\u00a0next · b\u00a0back · q\u00a0quit · ?\u00a0help",
        "スペース\u00a0再開 · n\u00a0次へ · b\u00a0戻る · q\u00a0終了 · ?\u00a0ヘルプ",
    ),
    "session.help": (
        "Keys: space pause/resume, n or → skip to the next step, b or ← this step again (while "
        "it gets ready: the step before), w this makes it worse, q end the session (asks first; "
        "what you did is saved), ? this help (the countdown waits).",
        "キー: スペース 一時停止/再開、n か → 次のステップへ、b か ← このステップをやり直す"
        "（準備中なら前のステップへ）、w 悪化した、q 終了（確認あり。実施した分は記録されます）、"
        "? このヘルプ（カウントは止まります）。",
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
    "session.switch_to": ("Switch to the {side}", "{side}に替えます"),
    "session.left_first": ("left side first", "左側から"),
    "session.enlarge": (
        "Make the window larger (at least {width}×{height}) to see the exercise.",
        "体操の内容を表示するには、ウィンドウを大きくしてください（{width}×{height} 以上）。",
    ),
    "session.pain_keys": (
        "Press one key from 0 to 9 (for 10: 1, then 0)",
        "0〜9 のキーを 1 つ押します（10 は 1 のあと 0）",
    ),
    "session.pain_keys_skip": (
        "Press 0 to 9 (for 10: 1, then 0) · Enter to skip",
        "0〜9 のキーで答えます（10 は 1 のあと 0）· Enter で省略",
    ),
    "session.one_or_ten": (
        "1 or 10? Press 0 for 10, Enter for 1",
        "1 ですか 10 ですか？ 10 は 0、1 は Enter",
    ),
    "session.yes_no_keys": ("y yes · n no", "y はい · n いいえ"),
    "session.confirm_quit": ("End the session now?", "セッションを終了しますか？"),
    "session.title": ("{name} · {time} left", "{name} · 残り {time}"),
    "session.resumed": ("Resumed", "再開"),
    "session.get_ready": ("Get ready", "用意"),
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
    "session.history_warning": (
        "Warning: this session will not be recorded: {reason}",
        "警告: このセッションは記録されません: {reason}",
    ),
    "session.history_read_warning": (
        "Warning: the earlier sessions could not be read ({reason}); this one is still recorded.",
        "警告: これまでのセッションを読めませんでした（{reason}）。このセッションは記録されます。",
    ),
    "session.bad_speed": (
        "--speed must be greater than 0 and at most 1000",
        "--speed は 0 より大きく 1000 以下にしてください",
    ),
    "session.speed_note": (
        "Speed ×{speed}: every duration is divided by {speed} (for previews and tests).",
        "速度 ×{speed}: すべての時間を {speed} 分の1にします（プレビューやテスト用）。",
    ),
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
    "help.no_sound": (
        "No sounds: no chimes, no ticks, no bell.",
        "音を鳴らしません（チャイム・カウント音・ベル）。",
    ),
    "help.voice": (
        "Speak step names and counts (espeak-ng, spd-say or say).",
        "ステップ名やカウントを読み上げます（espeak-ng、spd-say、say）。",
    ),
    "help.speed": (
        "Run faster: divide every duration by X (0 < X <= 1000), for previews and tests.",
        "速く進めます: すべての時間を X で割ります（0 < X <= 1000、プレビューやテスト用）。",
    ),
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
