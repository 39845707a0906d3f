"""Messages of the handout (`selfcare export`): headings, the log, the When to stop page."""

from __future__ import annotations

HANDOUT_MESSAGES: dict[str, tuple[str, str]] = {
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
    "export.log_before": ("Pain before (0-10)", "前の痛み（0〜10）"),
    "export.log_after": ("Pain after (0-10)", "後の痛み（0〜10）"),
    "export.log_loosen": ("Loosening needed?", "ほぐしは必要だった？"),
    "export.log_yes_no": ("yes / no", "はい / いいえ"),
    "export.log_done": ("Done", "実施"),
    "export.log_notes": ("Notes", "メモ"),
    "export.client": ("Name", "お名前"),
    "export.start": ("Start date", "開始日"),
    "export.start_day": ("{day} {year}", "{year}年{day}"),
    "export.bad_start": (
        "--start must be a date written YYYY-MM-DD, such as 2025-04-01 (got '{value}')",
        "--start は 2025-04-01 のように YYYY-MM-DD の形で指定してください（指定された値: '{value}'）",
    ),
    "export.other_language": (
        "This routine is not written in {lang}, so the handout is in {routine_lang}, the routine's language.",
        "このルーティンは{lang}で書かれていないため、資料はルーティンの言語（{routine_lang}）で書き出します。",
    ),
    "export.language_en": ("English", "英語"),
    "export.language_ja": ("Japanese", "日本語"),
    "help.export_client": (
        "The client's name, printed on the handout's name line (left blank to write by hand without it).",
        "クライアントの名前。資料の名前欄に印刷します（指定しなければ手書き用の空欄）。",
    ),
    "help.export_start": (
        "The day the client starts, YYYY-MM-DD, printed beside the name (blank without it).",
        "開始日（YYYY-MM-DD）。名前の横に印刷します（指定しなければ空欄）。",
    ),
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
}
