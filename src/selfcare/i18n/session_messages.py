"""Messages of the guided session: prompts, the safety screen, the countdown and its end."""

from __future__ import annotations

SESSION_MESSAGES: dict[str, tuple[str, str]] = {
    # Prompts
    "prompt.no_input": (
        "input ended while a question was waiting, so the session did not go on.",
        "質問への回答を待っている間に入力が終わったため、セッションを続けられませんでした。",
    ),
    "prompt.yes_no_again": ("Please answer y or n.", "y か n で答えてください。"),
    "prompt.pain_again": (
        "Please type a whole number from 0 to 10.",
        "0〜10 の整数で答えてください。",
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
    "session.stop_line": ("{stop_when} Press q to stop.", "{stop_when}中止は q キーです。"),
    # No-break spaces (U+00A0) keep each key with its word when the line wraps.
    "session.keys": (
        "space\u00a0pause · n\u00a0next · b\u00a0back · w\u00a0worse · q\u00a0quit · ?\u00a0help",
        "スペース\u00a0一時停止 · n\u00a0次へ · b\u00a0戻る · w\u00a0悪化した · q\u00a0終了 · ?\u00a0ヘルプ",
    ),
    "session.keys_paused": (
        "space\u00a0resume · n\u00a0next · b\u00a0back · q\u00a0quit · ?\u00a0help",
        "スペース\u00a0再開 · n\u00a0次へ · b\u00a0戻る · q\u00a0終了 · ?\u00a0ヘルプ",
    ),
    "session.keys_own_pace": (
        "space/Enter\u00a0next\u00a0rep · p\u00a0pause · n\u00a0skip · b\u00a0back · w\u00a0worse · "
        "q\u00a0quit · ?\u00a0help",
        "スペース/Enter\u00a0次の回 · p\u00a0一時停止 · n\u00a0次のステップ · b\u00a0戻る · "
        "w\u00a0悪化した · q\u00a0終了 · ?\u00a0ヘルプ",
    ),
    "session.help": (
        "Keys: space (or p) pause/resume, n or → skip to the next step, b or ← this step again "
        "(while it gets ready: the step before), w this makes it worse, q end the session (asks "
        "first; what you did is saved), ? this help (the countdown waits). Reps at your own "
        "pace: space or Enter when a rep is done, p pause.",
        "キー: スペース（または p） 一時停止/再開、n か → 次のステップへ、b か ← このステップをやり直す"
        "（準備中なら前のステップへ）、w 悪化した、q 終了（確認あり。実施した分は記録されます）、"
        "? このヘルプ（カウントは止まります）。自分のペースで行う回: 1 回終えたらスペースか Enter、"
        "p 一時停止。",
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
        "Ease into a comfortable position and breathe slowly, then keep gently moving through the "
        "day. If the pain does not settle, or you notice any warning signs, talk to a doctor or "
        "physiotherapist, or the author of this routine.",
        "楽な姿勢でゆっくり呼吸し、そのあとは一日の中で無理なく動き続けましょう。痛みが落ち着かない場合や、"
        "気になる症状がある場合は、医師や理学療法士などの専門家、またはこのルーティンの作成者に相談してください。",
    ),
    "session.loosen_worse": (
        "Loosening stopped. When loosening makes things worse, keep to the stabilising part for now and talk to the author of this routine or a physiotherapist.",
        "ほぐしを中止しました。ほぐすと悪化する場合は、当面は安定させる運動だけを続け、このルーティンの作成者や理学療法士などの専門家に相談してください。",
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
    "session.side_first": ("{side} first", "{side}から"),
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
    "session.own_pace": ("At your own pace", "自分のペースで"),
    "session.rest": ("Rest", "休憩"),
    "session.switch": ("Switch sides", "左右を入れ替え"),
    "session.rep": ("rep {rep}/{reps}", "{rep}/{reps}回"),
    "session.rep_of": ("rep {rep} of {reps}", "{reps}回中 {rep}回目"),
    "session.set": ("set {set}/{sets}", "{set}/{sets}セット"),
    "session.step_of": ("step {n}/{total}", "ステップ {n}/{total}"),
    "session.next": ("Next: {name}", "次: {name}"),
    "session.next_end": ("Next: the end", "次: 終了"),
    "session.step_bar": ("step", "ステップ"),
    "session.total_bar": ("total", "全体"),
    "session.left": ("{time} left", "残り {time}"),
    "session.about": ("about {time}", "約{time}"),
    "session.equipment": ("You will need: {items}", "用意するもの: {items}"),
    "session.continue_keys": ("Enter or space: continue", "Enter かスペースで続けます"),
    "session.continue_line": ("(Enter to continue)", "（Enter で続けます）"),
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
        "keeps happening, or has not settled by tomorrow morning, talk to a doctor or "
        "physiotherapist, or the author of this routine.",
        "始める前より痛みが強くなっています。次回は回数やキープ時間を減らしてみてください。"
        "くり返す場合や、翌朝までに落ち着かない場合は、医師や理学療法士などの専門家、またはこのルーティンの作成者に相談してください。",
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
    "session.ended_aborted_unrecorded": ("Session ended early.", "途中で終了しました。"),
    "session.history_warning": (
        "Warning: this session will not be recorded: {reason}",
        "警告: このセッションは記録されません: {reason}",
    ),
    "session.recording_delayed": (
        "Recording is delayed ({reason}). Carry on: your steps are saved as soon as the history"
        " is free.",
        "記録が遅れています（{reason}）。そのまま続けてください。記録できるようになりしだい保存します。",
    ),
    "session.history_busy": (
        "another program is using the history: {reason}",
        "ほかのプログラムが記録を使用中です: {reason}",
    ),
    "session.recording_caught_up": (
        "Recording has caught up: everything so far is saved.",
        "記録が追いつきました。ここまでの内容はすべて保存されています。",
    ),
    "session.recording_wait": (
        "Saving this session: waiting up to {seconds} s for the history to be free…",
        "このセッションを保存しています。記録できるようになるまで最大{seconds}秒待ちます…",
    ),
    "session.recording_lost": (
        "Warning: the last {count} entries of this session could not be saved ({reason});"
        " everything before them is in the history, where this session will show as ended"
        " early.",
        "警告: このセッションの最後の{count}件を保存できませんでした（{reason}）。"
        "それより前の記録は残っていますが、このセッションは途中で終了したものとして表示されます。",
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
        "For unattended runs (input not a terminal): you declare the safety questions do not "
        "apply; nothing is asked. At a terminal, the first safety check and pain are still asked.",
        "無人実行用（入力が端末でないとき）: 安全確認の項目に当てはまらないことを申告し、何も質問しません。"
        "端末では、初回の安全確認と痛みの質問は省きません。",
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
        "If you stopped because of new numbness, tingling or weakness, spreading pain, or "
        "dizziness, get medical advice today; with any sign from the first list of the safety "
        "check, get help now.",
        "新しいしびれ・ピリピリ感・脱力、広がる痛み、めまいのために中止した場合は、今日中に医療機関に相談してください。"
        "安全確認の最初の一覧にある症状があれば、すぐに受診してください。",
    ),
    "session.espeak_kanji": (
        "--voice: espeak-ng is the only speech program here, and it cannot read kanji; Japanese speech may be unclear.",
        "--voice: 使える音声合成は espeak-ng だけで、漢字を正しく読めません。日本語の読み上げは聞き取りにくい場合があります。",
    ),
}
