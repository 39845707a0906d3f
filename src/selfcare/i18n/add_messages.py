"""Messages of `selfcare add`, `update` and `remove` (routines a practitioner sends), as
(English, Japanese)."""

from __future__ import annotations

ADD_MESSAGES: dict[str, tuple[str, str]] = {
    # Command-line help
    "help.add": (
        "Add a routine your practitioner sent: a file, or an https:// link.",
        "施術者から届いたルーティンを追加します（ファイル、または https:// のリンク）。",
    ),
    "help.add_source": (
        "The routine file's path, or its https:// link.",
        "ルーティンファイルのパス、または https:// のリンク。",
    ),
    "help.add_force": (
        "Add it even if a built-in routine has the same id (yours is then used).",
        "組み込みのルーティンと同じ id でも追加します（追加したほうが使われます）。",
    ),
    "help.confirm_yes": (
        "Do not ask before replacing or removing a routine.",
        "ルーティンを置き換える・削除する前に確認しません。",
    ),
    "help.update": (
        "Fetch routines added from a link again; show what changed and ask.",
        "リンクから追加したルーティンを取り直し、変更点を表示して確認します。",
    ),
    "help.update_id": (
        "The routine to update (default: every one added from a link).",
        "更新するルーティンの id（省略するとリンクから追加したすべて）。",
    ),
    "help.remove": (
        "Remove a routine from your routines folder.",
        "あなたのルーティンのフォルダからルーティンを削除します。",
    ),
    "help.remove_id": ("The id of the routine to remove.", "削除するルーティンの id。"),
    # Downloading
    "fetch.bad_link": (
        "{url} is not a link selfcare can download: give an https:// link to the routine file",
        "{url} は selfcare がダウンロードできるリンクではありません。ルーティンファイルの https:// リンクを指定してください",
    ),
    "fetch.plain_http": (
        "{url} is not secure (http://): use its https:// link; plain http:// is only for this computer (localhost, 127.0.0.1, ::1)",
        "{url} は暗号化されていません（http://）。https:// のリンクを使ってください。http:// はこのパソコン自身（localhost、127.0.0.1、::1）にだけ使えます",
    ),
    "fetch.redirect_downgrade": (
        "{url} redirects to {to}, which is not https://: not followed",
        "{url} は https:// ではない {to} に転送されるため、たどりませんでした",
    ),
    "fetch.timeout": (
        "{url} did not answer within {seconds} s; check the link and your connection, then try again",
        "{url} から {seconds} 秒以内に応答がありませんでした。リンクと接続を確認して、もう一度お試しください",
    ),
    "fetch.too_many_redirects": (
        "{url} redirects more than {limit} times: not followed; ask for the file's direct link",
        "{url} の転送が {limit} 回を超えたため、たどりませんでした。ファイルを直接指すリンクを送ってもらってください",
    ),
    "fetch.http_status": (
        "could not download {url}: the server answered {code} {reason}",
        "{url} をダウンロードできません: サーバーの応答は {code} {reason} でした",
    ),
    "fetch.failed": (
        "could not download {url}: {reason}",
        "{url} をダウンロードできません: {reason}",
    ),
    "fetch.too_large": (
        "{url} is larger than {limit} bytes, the most a routine file may be: not added",
        "{url} はルーティンファイルの上限（{limit} バイト）より大きいため、追加しません",
    ),
    "fetch.web_page": (
        "{url} is a web page, not a routine file: ask for the link to the file itself (on GitHub, the Raw link)",
        "{url} はウェブページで、ルーティンファイルではありません。ファイルそのものを指すリンク（GitHub なら Raw のリンク）を送ってもらってください",
    ),
    # Adding
    "add.not_a_file": (
        "{path} is not a file: give the routine file (.yaml) itself",
        "{path} はファイルではありません。ルーティンファイル（.yaml）そのものを指定してください",
    ),
    "add.invalid": (
        "{source} is not a valid routine (problems above); nothing was added",
        "{source} は正しいルーティンではありません（上の問題を参照）。何も追加していません",
    ),
    "add.has_pictures": (
        "{source} shows the practitioner's own photos (image:), which selfcare add cannot bring along; nothing was added. Save the routine and its photos together in {folder}, or start it by its path",
        "{source} は施術者自身の写真（image:）を使っているため、selfcare add では追加できません（何も追加していません）。ルーティンと写真をまとめて {folder} に保存するか、パスを指定して始めてください",
    ),
    "add.already_built_in": (
        "{id} is a routine selfcare already has: start it with {command}",
        "{id} は selfcare に最初から入っているルーティンです。{command} で始められます",
    ),
    "add.builtin_id": (
        "{id} is the id of a built-in routine; to use this one instead of it, run: {command}",
        "{id} は組み込みのルーティンの id です。組み込みの代わりにこちらを使うには、次を実行してください: {command}",
    ),
    "add.unchanged": (
        "{id} is already in your routines, exactly as this file: {path}",
        "{id} はこのファイルとまったく同じ内容で、すでに追加されています: {path}",
    ),
    "add.already_there": (
        "You already have a routine called {id}: {path}. This one differs from it:",
        "{id} という名前のルーティンがすでにあります: {path}。今回のものとの違い:",
    ),
    "add.replace_question": (
        "Replace your {id} with this one?",
        "いまの {id} をこちらに置き換えますか？",
    ),
    "add.kept": (
        "Kept your {id} as it was; nothing was added.",
        "いまの {id} をそのまま残しました。何も追加していません。",
    ),
    "add.added": (
        "Added “{title}” ({id}) as {path}",
        "「{title}」（{id}）を {path} に追加しました",
    ),
    "add.replaced": (
        "Replaced {id} with “{title}”: {path}",
        "{id} を「{title}」に置き換えました: {path}",
    ),
    "add.overrides_builtin": (
        "It is used instead of the built-in {id}; to go back to the built-in one: {command}",
        "組み込みの {id} の代わりにこちらが使われます。組み込みに戻すには: {command}",
    ),
    "add.hidden": (
        "Note: {path} has the same id {id} and is used instead (a folder in SELFCARE_ROUTINES_PATH comes after yours)",
        "注意: {path} も同じ id（{id}）のため、そちらが使われます（SELFCARE_ROUTINES_PATH のフォルダはあなたのフォルダより優先されます）",
    ),
    "add.start_hint": ("Start it with: {command}", "始めるには: {command}"),
    "sources.cannot_write": (
        "{id} is in place, but where it came from could not be saved in {path}: {reason}; selfcare update will not know its link",
        "{id} は追加しましたが、取得元を {path} に保存できませんでした: {reason}。selfcare update ではこのリンクから更新できません",
    ),
    "confirm.no_answer": (
        "input ended before an answer; nothing was changed (add --yes to go ahead without asking)",
        "答えの前に入力が終わったため、何も変更していません（確認せずに進めるには --yes を付けてください）",
    ),
    # What changed
    "changes.hold": ("hold", "保持"),
    "changes.reps": ("reps", "回数"),
    "changes.sets": ("sets", "セット数"),
    "changes.rest": ("rest", "休憩"),
    "changes.no_version": ("none", "なし"),
    "changes.version": ("version: {old} → {new}", "バージョン: {old} → {new}"),
    "changes.added": ("+ new step: {name} ({id})", "+ 追加されたステップ: {name}（{id}）"),
    "changes.removed": ("− step removed: {name} ({id})", "− 削除されたステップ: {name}（{id}）"),
    "changes.dose": ("{name}: {what} {old} → {new}", "{name}：{what} {old} → {new}"),
    "changes.old_invalid": (
        "your copy is not a valid routine now; the new one replaces it whole",
        "いまのファイルは正しいルーティンではないため、新しいもので丸ごと置き換わります",
    ),
    "changes.wording_only": (
        "only the wording changed: the steps, doses and version are the same",
        "文言だけの変更です（ステップ・回数・時間・バージョンは同じです）",
    ),
    # Updating
    "update.none_from_links": (
        "No routine was added from a link, so there is nothing to update.",
        "リンクから追加したルーティンがないため、更新するものはありません。",
    ),
    "update.checking": ("Checking {id}: {url}", "{id} を確認しています: {url}"),
    "update.up_to_date": ("{id} is up to date.", "{id} は最新です。"),
    "update.changes": ("What changed in {id}:", "{id} の変更点:"),
    "update.edited_here": (
        "{path} was changed on this computer after it was added; updating replaces those changes.",
        "{path} は追加したあとにこのパソコンで変更されています。更新するとその変更は置き換わります。",
    ),
    "update.question": ("Replace {id} with the new version?", "{id} を新しい版に置き換えますか？"),
    "update.kept": ("Kept {id} as it was.", "{id} はそのまま残しました。"),
    "update.done": ("Updated {id}: {path}", "{id} を更新しました: {path}"),
    "update.some_failed": (
        "{failed} of {count} routines could not be updated (see above)",
        "{count} 件のうち {failed} 件のルーティンを更新できませんでした（上を参照）",
    ),
    "update.id_changed": (
        "the routine at {url} is now called {new}, not {id}: {id} was left as it is (add the new one with selfcare add)",
        "{url} のルーティンの id が {id} から {new} に変わっているため、{id} はそのままにしました（新しいものは selfcare add で追加してください）",
    ),
    "update.not_from_link": (
        "{id} was not added from a link, so there is nothing to fetch it from; to replace it, add the new file with selfcare add",
        "{id} はリンクから追加したものではないため、取り直す元がありません。置き換えるには、新しいファイルを selfcare add で追加してください",
    ),
    "update.builtin": (
        "{id} is a built-in routine: it is updated with selfcare itself",
        "{id} は組み込みのルーティンです。selfcare 本体の更新で新しくなります",
    ),
    "update.unknown": (
        "no routine called '{id}' in your routines folder {folder}",
        "あなたのルーティンのフォルダ {folder} に '{id}' というルーティンはありません",
    ),
    # Removing
    "remove.builtin": (
        "{id} is a built-in routine, part of selfcare: it cannot be removed",
        "{id} は selfcare に組み込まれたルーティンのため、削除できません",
    ),
    "remove.unknown": (
        "no routine called '{id}' in your routines folder {folder}",
        "あなたのルーティンのフォルダ {folder} に '{id}' というルーティンはありません",
    ),
    "remove.question": ("Remove {id} ({path})?", "{id}（{path}）を削除しますか？"),
    "remove.kept": ("Kept {id}.", "{id} はそのまま残しました。"),
    "remove.done": ("Removed {id}: {path}", "{id} を削除しました: {path}"),
    "remove.builtin_back": (
        "The built-in {id} is used again.",
        "これからは組み込みの {id} が使われます。",
    ),
    "remove.cannot": ("cannot remove {path}: {reason}", "{path} を削除できません: {reason}"),
    # selfcare list
    "list.your_folder": ("Your routines folder: {path}", "あなたのルーティンのフォルダ: {path}"),
}
