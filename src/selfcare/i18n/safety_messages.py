"""The safety check's signs, per body area: asked before a session, printed on the handout."""

from __future__ import annotations

SAFETY_MESSAGES: dict[str, tuple[str, str]] = {
    "screen.title": ("Safety check before you start", "始める前の安全確認"),
    "screen.intro_general": (
        "Most aches and pains are not serious, but a few signs need a doctor instead of exercise.",
        "体の痛みの多くは深刻なものではありませんが、運動ではなく医師の診察が必要なサインもあります。",
    ),
    "screen.intro_low_back": (
        "Most back pain is not serious, but a few signs need a doctor instead of exercise.",
        "腰痛の多くは深刻なものではありませんが、運動ではなく医師の診察が必要なサインもあります。",
    ),
    "screen.intro_pelvic_girdle": (
        "Most pelvic and back pain is not serious, but a few signs need a doctor or midwife "
        "instead of exercise.",
        "骨盤まわりや腰の痛みの多くは深刻なものではありませんが、運動ではなく医師や助産師の"
        "診察が必要なサインもあります。",
    ),
    "screen.intro_neck_shoulder": (
        "Most neck and shoulder pain is not serious, but a few signs need a doctor instead of "
        "exercise.",
        "首や肩の痛みの多くは深刻なものではありませんが、運動ではなく医師の診察が必要なサインもあります。",
    ),
    "screen.tier_a": ("Any of these now?", "今、次のどれかに当てはまりますか？"),
    "screen.tier_b": ("Any of these?", "次のどれかに当てはまりますか？"),
    "screen.tier_c": (
        "Any of these? (you may continue once a clinician has said it is OK)",
        "次のどれかに当てはまりますか？（医師などの了承があれば続けられます）",
    ),
    "screen.question": (
        "Does any of these apply? (n = none of these apply)",
        "どれかに当てはまりますか？（n = どれにも当てはまらない）",
    ),
    # Common to every area
    "screen.chest_pain": (
        "Chest pain, or pain together with breathlessness or sweating",
        "胸の痛みがある、または息苦しさや冷や汗を伴う痛みがある",
    ),
    "screen.accident": (
        "The pain started after a serious accident or fall",
        "大きな事故や転倒のあとに痛みが始まった",
    ),
    "screen.fever": ("Fever, or feeling generally unwell", "発熱がある、または全身の具合が悪い"),
    "screen.weight_loss": ("Weight loss without trying", "意図しない体重減少がある"),
    "screen.night_pain": (
        "Pain that does not ease with rest, or gets worse at night",
        "安静にしても楽にならない、または夜間に強くなる痛みがある",
    ),
    "screen.minor_fall": (
        "Pain after a minor fall or strain, with osteoporosis or long-term steroid use",
        "骨粗しょう症やステロイドの長期使用があり、軽い転倒やひねりのあとに痛みが出た",
    ),
    "screen.infection": ("A recent infection", "最近、感染症にかかった"),
    "screen.not_improving": (
        "No improvement after 2 weeks of self-care, or getting worse",
        "セルフケアを2週間続けても良くならない、または悪化している",
    ),
    # Low back and pelvis: the cauda equina signs as the NHS cards word them
    "screen.saddle": (
        "New numbness, tingling or altered feeling around the genitals, buttocks, back passage "
        "or inner thighs",
        "陰部・お尻・肛門まわり・太ももの内側に、新しいしびれやピリピリ感、感覚の変化がある",
    ),
    "screen.wiping": (
        "Feeling that is not as usual when you wipe with toilet paper",
        "トイレットペーパーで拭いたときの感覚がいつもと違う",
    ),
    "screen.bladder": (
        "New difficulty passing urine, or not feeling when your bladder is full",
        "新たに尿が出にくい、または尿がたまっても尿意を感じにくくなった",
    ),
    "screen.passing": (
        "Less or no feeling when passing urine or stool",
        "排尿や排便のときの感覚が鈍い、または感じない",
    ),
    "screen.leaking": (
        "New leaking of urine or stool, not being able to hold it, or needing pads",
        "尿や便がもれる、またはがまんできなくなった（パッドが必要になった）",
    ),
    "screen.sexual": (
        "A change in sexual function: erection, ejaculation, or genital feeling during sex",
        "勃起・射精など性機能に変化がある、または性交時に陰部の感覚が鈍い",
    ),
    "screen.both_legs": (
        "New or worsening pain, numbness, tingling or weakness in both legs",
        "新たに（または悪化して）両脚に痛み・しびれ・ピリピリ感・力の入りにくさがある",
    ),
    "screen.leg_weakness": (
        "Leg weakness that is severe or getting worse, or new trouble walking",
        "脚の力が強く落ちている・悪化している、または新たに歩きにくくなった",
    ),
    "screen.back_lump": (
        "A lump, or a new change in the shape of your back",
        "背中にしこりがある、または背中の形が新たに変わった",
    ),
    "screen.shoulder_blades": ("Pain mainly between the shoulder blades", "主に肩甲骨の間が痛む"),
    "screen.one_leg": (
        "Numbness or weakness in one leg that is not improving",
        "片脚のしびれや力の入りにくさが良くならない",
    ),
    # Neck and shoulder (IFOMPT cervical framework)
    "screen.dizziness": (
        "New dizziness, or fainting",
        "新たにめまいが起きるようになった、または気を失った",
    ),
    "screen.double_vision": (
        "New double vision, or a sudden change in your sight",
        "新たにものが二重に見える、または見え方が急に変わった",
    ),
    "screen.speech": (
        "New trouble speaking or swallowing",
        "新たに話しにくい、または飲み込みにくくなった",
    ),
    "screen.drop_attacks": (
        "Sudden falls without losing consciousness (drop attacks)",
        "意識はあるのに、急に脚の力が抜けて倒れる",
    ),
    "screen.face_numbness": (
        "New numbness or tingling around the face or lips",
        "顔や唇のまわりに新しいしびれやピリピリ感がある",
    ),
    "screen.both_arms": (
        "New or worsening numbness, tingling or weakness in both hands or both arms",
        "新たに（または悪化して）両手や両腕にしびれ・ピリピリ感・力の入りにくさがある",
    ),
    "screen.neck_injury": (
        "Neck pain that started after a fall, an accident or a blow to the head",
        "転倒や事故、頭を打ったあとに首の痛みが始まった",
    ),
    "screen.fever_stiff_neck": (
        "Fever with a stiff neck or a severe headache",
        "発熱とともに首がこわばる、または強い頭痛がある",
    ),
    "screen.clumsy": (
        "Clumsy or unsteady walking, or hands that have become clumsy (buttons, writing)",
        "歩き方がぎこちない・ふらつく、または手先が不器用になった（ボタンかけ、字を書くなど）",
    ),
    # Histories: asked once, re-confirmed every 3 months or after a warning sign
    "screen.cancer": ("Cancer, now or in the past", "がんにかかったことがある（治療中を含む）"),
    "screen.immune": (
        "A weakened immune system (an illness, or medicines that suppress it)",
        "免疫が低下している（病気や、免疫を抑える薬のため）",
    ),
    "screen.osteoporosis": (
        "Osteoporosis, or a broken bone in the spine",
        "骨粗しょう症がある、または背骨を骨折したことがある",
    ),
    "screen.surgery": (
        "An operation on the spine, hip or shoulder in the last 6 months",
        "6か月以内に背骨・股関節・肩の手術を受けた",
    ),
    "screen.back_onset": (
        "This back pain began before age 20 or after 55",
        "今回の腰痛が始まったのが20歳未満、または55歳を過ぎてから",
    ),
    "screen.inflammatory_disease": (
        "Told you have an inflammatory disease, such as rheumatoid arthritis or ankylosing "
        "spondylitis",
        "関節リウマチや強直性脊椎炎など、炎症性の病気があると言われている",
    ),
    # What a "yes" means
    "screen.a_advice": (
        "Stop here and get medical help now: call your local emergency number or go to an "
        "emergency department. Do not exercise today.",
        "ここで中止し、すぐに医療機関を受診してください。救急車が必要なら119番へ。"
        "急ぐべきか迷うときは #7119（救急安心センター、実施地域のみ）に相談できます。"
        "今日は運動をしないでください。",
    ),
    "screen.b_advice": (
        "Please do not start today: see a doctor today or tomorrow, and ask them about exercising.",
        "今日は始めないでください。今日か明日のうちに医師の診察を受け、運動してよいか相談してください。"
        "受診を急ぐべきか迷うときは #7119（実施地域のみ）に相談できます。",
    ),
    "screen.c_confirm": (
        "Has a doctor or physiotherapist said this exercise is OK for you?",
        "医師や理学療法士から、この運動をしてよいと言われていますか？",
    ),
    "screen.c_advice": (
        "Then please ask a doctor or physiotherapist first, and come back once they say it is OK.",
        "では、まず医師や理学療法士に相談し、了承を得てから始めてください。",
    ),
    "screen.short": (
        "Any new or worsening symptoms since your last safety check, such as {signs}?",
        "前回の安全確認から、新しい症状や悪化した症状はありますか？（{signs}など）",
    ),
    "screen.short_low_back": (
        "numbness around the groin or buttocks, bladder or bowel changes, leg weakness, fever, "
        "or much worse pain",
        "陰部やお尻まわりのしびれ、排尿・排便の変化、脚の力の低下、発熱、ひどくなった痛み",
    ),
    "screen.short_neck_shoulder": (
        "dizziness, double vision, trouble speaking or swallowing, numbness in the face or in "
        "both arms, fever with a stiff neck, or much worse pain",
        "めまい、ものが二重に見える、話しにくさや飲み込みにくさ、顔や両腕のしびれ、"
        "発熱と首のこわばり、ひどくなった痛み",
    ),
    "screen.short_general": (
        "chest pain, fever, new numbness or weakness, or much worse pain",
        "胸の痛み、発熱、新しいしびれや脱力、ひどくなった痛み",
    ),
    "screen.declared": (
        "--yes without a terminal: you declare that none of the safety questions apply to you.",
        "--yes（端末なし）: 安全確認のどの項目にも当てはまらないことを、あなた自身が確認したものとします。",
    ),
    "screen.declared_short": (
        "--yes: you declare that nothing is new or worse since your last safety check.",
        "--yes: 前回の安全確認から、新しい症状や悪化した症状はないものとします。",
    ),
    "screen.yes_asked": (
        "--yes: this safety check is due, so it is asked as usual.",
        "--yes: 今回は安全確認が必要な時期のため、通常どおり確認します。",
    ),
}
