"""Messages of a session's note: `selfcare history note`, and the question at a session's end."""

from __future__ import annotations

NOTE_MESSAGES: dict[str, tuple[str, str]] = {
    "help.history_note": (
        "Read, add or remove your note on a session (for your practitioner).",
        "セッションへのメモを表示・追加・削除します（施術者に伝えたいことなど）。",
    ),
    "help.history_note_session": (
        "The session: its number (the `id` column of `selfcare history --csv`) or `last`.",
        "対象のセッション: 番号（`selfcare history --csv` の `id` 列）または `last`。",
    ),
    "help.history_note_text": (
        'The note; "" removes it. Without it, the note is shown.',
        'メモの文。"" で削除します。省略すると今のメモを表示します。',
    ),
    "note.too_long": (
        "A note holds at most {limit} characters; this one has {length}. Nothing was changed.",
        "メモは {limit} 文字までです（この文は {length} 文字）。何も変更していません。",
    ),
    "note.bad_id": (
        "'{value}' is not a session: give its number (the `id` column of `selfcare history --csv`) or `last`.",
        "'{value}' はセッションではありません。番号（`selfcare history --csv` の `id` 列）か `last` を"
        "指定してください。",
    ),
    "note.no_history": (
        "No sessions yet: a note goes on a session you have done.",
        "まだセッションがありません。メモは行ったセッションに付けます。",
    ),
    "note.no_session": (
        "There is no session {id}. `selfcare history --csv` gives each session's number (`id`).",
        "セッション {id} はありません。`selfcare history --csv` の `id` 列で番号を確認できます。",
    ),
    "note.session": ("Session {id}, {when}, {routine}", "セッション {id}（{when}、{routine}）"),
    "note.session_undated": ("Session {id}, {routine}", "セッション {id}（{routine}）"),
    "note.none": ("(no note)", "（メモなし）"),
    "note.kept": (
        "Note kept on {session}. It goes with `selfcare history --csv` and `selfcare report`.",
        "{session} にメモを残しました。`selfcare history --csv` と `selfcare report` に含まれます。",
    ),
    "note.ask": (
        "Anything to tell your practitioner about this session? Type a note, or press Enter "
        "to skip:",
        "このセッションについて施術者に伝えたいことはありますか？メモを入力するか、Enter で"
        "省略します:",
    ),
    "note.kept_after": (
        "Noted with this session. `selfcare history note last` shows it; `selfcare report` "
        "carries it.",
        "このセッションのメモとして残しました。`selfcare history note last` で確認でき、"
        "`selfcare report` にも含まれます。",
    ),
    "note.removed": ("Note removed from {session}.", "{session} のメモを削除しました。"),
}
