"""Safety advice per body area: histories, inflammatory back pain, pregnancy, flare-ups, stops."""

from __future__ import annotations

CARE_MESSAGES: dict[str, tuple[str, str]] = {
    # The areas, as named to people
    "area.low-back": ("low back", "腰"),
    "area.pelvic-girdle": ("pelvis (pregnancy and after birth)", "骨盤まわり（妊娠中・産後）"),
    "area.neck-shoulder": ("neck and shoulders", "首と肩"),
    "area.general": ("general", "全般"),
    # Histories: asked once, recorded, asked again every 3 months or after a warning sign
    "history_check.heading": (
        "Has any of these ever applied to you? (asked now, then every 3 months)",
        "これまでに、次のどれかに当てはまったことがありますか？（今回確認したあとは、3か月ごとに確認します）",
    ),
    "history_check.again": (
        "Time to re-confirm your health history (every 3 months, and after a warning sign).",
        "健康状態の再確認の時期です（3か月ごと、および注意すべき症状があったあと）。",
    ),
    "history_check.cleared_question": (
        "Knowing about this, has a doctor or physiotherapist said this kind of exercise is OK "
        "for you?",
        "このことを知ったうえで、医師や理学療法士から、このような運動をしてよいと言われていますか？",
    ),
    "history_check.noted": (
        "Noted: a clinician has said exercise is OK. You will be asked again in about 3 months.",
        "記録しました: 医師などから運動の了承を得ています。3か月ほどしたら、また確認します。",
    ),
    # Inflammatory back pain (NICE NG65): not urgent, no disease named
    "inflammatory.question": (
        "Did this back pain start before age 45, and has it lasted more than 3 months?",
        "今回の腰痛は45歳になる前に始まり、3か月以上続いていますか？",
    ),
    "inflammatory.heading": (
        "Do 3 or more of these fit your back pain?",
        "次のうち3つ以上が、あなたの腰痛に当てはまりますか？",
    ),
    "inflammatory.answer": (
        "3 or more of these? (n = fewer than 3)",
        "3つ以上当てはまりますか？（n = 2つ以下）",
    ),
    "inflammatory.morning": (
        "Stiff in the morning for more than 30 minutes",
        "朝のこわばりが30分以上続く",
    ),
    "inflammatory.night": (
        "It wakes you in the second half of the night",
        "夜の後半に痛みで目が覚める",
    ),
    "inflammatory.movement": (
        "It gets better when you move, not when you rest",
        "安静にするより、動くと楽になる",
    ),
    "inflammatory.medicine": (
        "Anti-inflammatory painkillers (such as ibuprofen) help it within 2 days",
        "消炎鎮痛薬（イブプロフェンなど）を飲むと2日以内に楽になる",
    ),
    "inflammatory.buttocks": (
        "Pain deep in the buttocks, sometimes switching sides",
        "お尻の奥が痛み、痛む側が左右入れ替わることがある",
    ),
    "inflammatory.family": (
        "A parent, brother, sister or child with a similar back condition",
        "親・きょうだい・子どもに、同じような背中の病気の人がいる",
    ),
    "inflammatory.psoriasis": (
        "Psoriasis, or inflamed joints, tendons or eyes, now or in the past",
        "乾癬がある、または関節・腱・目の炎症を起こしたことがある",
    ),
    "inflammatory.advice": (
        "This kind of back pain is worth talking over with a doctor: mention these answers at "
        "your next appointment. It is not urgent, and you may carry on with the routine. "
        "You will be asked again in about 3 months.",
        "このタイプの腰痛は、一度医師に相談する価値があります。次に受診するときに、この回答を伝えて"
        "ください。急ぐ必要はなく、ルーティンは続けてかまいません。3か月ほどしたら、また確認します。",
    ),
    # Pregnancy and the first year after birth
    "pregnancy.question": (
        "Are you pregnant, or did you give birth in the last 12 months?",
        "現在妊娠中ですか？ または出産から12か月以内ですか？",
    ),
    "pregnancy.signs": (
        "Any of these now?",
        "今、次のどれかに当てはまりますか？",
    ),
    "pregnancy.bleeding": ("Bleeding from the vagina", "性器からの出血がある"),
    "pregnancy.fluid": (
        "Fluid leaking from the vagina",
        "水のようなものが流れ出る",
    ),
    "pregnancy.tightenings": (
        "Regular tightenings of the womb, or backache that comes and goes in a rhythm",
        "規則的なおなかの張りがある、または波のようにくり返す腰の痛みがある",
    ),
    "pregnancy.fever": (
        "Fever, or pain or burning when passing urine",
        "発熱がある、または排尿のときに痛みやしみる感じがある",
    ),
    "pregnancy.calf": (
        "Pain, swelling, redness or warmth in a calf",
        "ふくらはぎの痛み・腫れ・赤み・熱っぽさがある",
    ),
    "pregnancy.headache": (
        "A bad headache, blurred sight, or sudden swelling of the face, hands or feet",
        "ひどい頭痛、目のかすみ、または顔や手足の急なむくみがある",
    ),
    "pregnancy.signs_advice": (
        "Stop here and contact your midwife or maternity unit now (in an emergency, your local "
        "emergency number). Do not exercise today.",
        "ここで中止し、今すぐかかりつけの産科（産院）または助産師に連絡してください。"
        "緊急のときは119番へ。今日は運動をしないでください。",
    ),
    "pregnancy.cleared_question": (
        "Has your midwife, doctor or physiotherapist said exercise is OK for you now?",
        "助産師・医師・理学療法士から、今運動してよいと言われていますか？",
    ),
    "pregnancy.not_cleared": (
        "Then please ask your midwife, doctor or physiotherapist first, and come back once they "
        "say it is OK.",
        "では、まず助産師・医師・理学療法士に相談し、了承を得てから始めてください。",
    ),
    "pregnancy.offer": (
        "There is a routine made for pregnancy and the year after birth: {title}, about {minutes} "
        "minutes, on your side and sitting, knees together. Do that one today instead?",
        "妊娠中と産後1年のためのルーティン「{title}」があります（約{minutes}分、横向きと座った姿勢で、"
        "膝をそろえて行います）。今日はこちらにしますか？",
    ),
    "pregnancy.switching": ("Switching to {title}.", "「{title}」に切り替えます。"),
    "pregnancy.caution": (
        "From about 16 weeks of pregnancy, do the steps that lie on your back on your side "
        "instead, or leave them out.",
        "妊娠16週ごろ以降は、仰向けで行うステップを横向きで行うか、省いてください。",
    ),
    # During the session: when to stop at once
    "stop_when.low_back": (
        "Stop at once if you feel new numbness, tingling or weakness, pain spreading "
        "down a leg, sharp or shooting pain, or dizziness.",
        "新しいしびれ・ピリピリ感・脱力、脚に広がる痛み、鋭い痛みや走る痛み、めまいを感じたら、"
        "すぐに中止してください。",
    ),
    "stop_when.pelvic_girdle": (
        "Stop at once if you feel sharp pain in the pelvis or groin, new numbness or "
        "weakness, tightenings, bleeding or leaking fluid, or dizziness.",
        "骨盤や股の付け根の鋭い痛み、新しいしびれや脱力、おなかの張り、出血や水のようなものが"
        "流れ出る感じ、めまいがあれば、すぐに中止してください。",
    ),
    "stop_when.neck_shoulder": (
        "Stop at once if you feel dizzy or faint, see double, have trouble speaking or "
        "swallowing, feel numbness in your face or arms, or pain spreading down an arm.",
        "めまいや気が遠くなる感じ、ものが二重に見える、話しにくさや飲み込みにくさ、顔や腕のしびれ、"
        "腕に広がる痛みがあれば、すぐに中止してください。",
    ),
    "stop_when.general": (
        "Stop at once if you feel new numbness, tingling or weakness, sharp, shooting "
        "or spreading pain, chest pain, or dizziness.",
        "新しいしびれ・ピリピリ感・脱力、鋭い痛み・走る痛み・広がる痛み、胸の痛み、めまいを感じたら、"
        "すぐに中止してください。",
    ),
    # At the end: where to turn when it does not improve
    "improve.low_back": (
        "If your back is not improving in about 2 weeks, or is getting worse, talk to a doctor "
        "or physiotherapist, or the author of this routine.",
        "腰が2週間ほどで良くならない場合や悪化している場合は、医師や理学療法士などの専門家、"
        "またはこのルーティンの作成者に相談してください。",
    ),
    "improve.pelvic_girdle": (
        "If your pelvic pain is not improving in about 2 weeks, or is getting worse, talk to your "
        "midwife, doctor or physiotherapist.",
        "骨盤まわりの痛みが2週間ほどで良くならない場合や悪化している場合は、助産師・医師・理学療法士に相談してください。",
    ),
    "improve.neck_shoulder": (
        "If your neck or shoulders are not improving in about 2 weeks, or are getting worse, "
        "talk to a doctor or physiotherapist, or the author of this routine.",
        "首や肩が2週間ほどで良くならない場合や悪化している場合は、医師や理学療法士などの専門家、"
        "またはこのルーティンの作成者に相談してください。",
    ),
    "improve.general": (
        "If it is not improving in about 2 weeks, or is getting worse, talk to a doctor or "
        "physiotherapist, or the author of this routine.",
        "2週間ほどで良くならない場合や悪化している場合は、医師や理学療法士などの専門家、"
        "またはこのルーティンの作成者に相談してください。",
    ),
    # Pain above the limit before the first step: a plan for the flare-up, not "rest"
    "flare_up.title": ("A plan for a flare-up", "痛みが強まったときの過ごし方"),
    "flare_up.low_back": (
        "Keep gently moving: short walks of a few minutes, several times a day, help more than "
        "lying in bed. To ease it, lie on your side with a pillow between your knees and breathe "
        "slowly. When your pain is {limit} or less again, start with the stabilising part only "
        "(selfcare start low-back-quick, and answer n to loosening).",
        "横になって休み続けるより、できる範囲で動くほうが楽になりやすいとされています。数分の短い散歩を1日に何回か"
        "行いましょう。つらいときは、膝の間にクッションをはさんで横向きになり、ゆっくり呼吸します。"
        "痛みが {limit} 以下に戻ったら、安定させる運動だけから再開します"
        "（selfcare start low-back-quick で、ほぐしの質問には n と答えます）。",
    ),
    "flare_up.pelvic_girdle": (
        "Keep gently moving within comfort: short walks with small steps, and sit down to dress. "
        "To ease it, lie on your side with a pillow between your knees and breathe slowly. "
        "When your pain is {limit} or less again, start with the stabilising part only.",
        "楽な範囲で動き続けましょう。歩幅を小さくして短く歩き、着替えは座って行います。"
        "つらいときは、膝の間にクッションをはさんで横向きになり、ゆっくり呼吸します。"
        "痛みが {limit} 以下に戻ったら、安定させる運動だけから再開します。",
    ),
    "flare_up.neck_shoulder": (
        "Keep gently moving: short walks, and small, easy turns of the head and rolls of the "
        "shoulders within comfort. A warm pack may ease it. When your pain is {limit} or less "
        "again, start with the stabilising part only.",
        "できる範囲で動き続けましょう。短い散歩や、楽な範囲での小さな首の回旋や肩回しを行います。"
        "温めると楽になることがあります。痛みが {limit} 以下に戻ったら、安定させる運動だけから再開します。",
    ),
    "flare_up.general": (
        "Keep gently moving: short walks of a few minutes, several times a day, help more than "
        "resting in bed. When your pain is {limit} or less again, start with the stabilising "
        "part only.",
        "横になって休み続けるより、できる範囲で動くほうが楽になりやすいとされています。数分の短い散歩を1日に何回か"
        "行いましょう。痛みが {limit} 以下に戻ったら、安定させる運動だけから再開します。",
    ),
    "flare_up.help": (
        "Get help at once if any warning sign from the safety check appears. If the pain is not "
        "easing within a few days, talk to a doctor or physiotherapist.",
        "安全確認の項目に当てはまる症状が出たら、すぐに受診してください。数日たっても痛みが"
        "やわらがない場合は、医師や理学療法士に相談してください。",
    ),
}
