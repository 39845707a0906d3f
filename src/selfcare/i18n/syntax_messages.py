"""Messages for a routine file YAML cannot read: the slip, in plain words, and what to type."""

from __future__ import annotations

SYNTAX_MESSAGES: dict[str, tuple[str, str]] = {
    "syntax.tab_indent": (
        "line {line} uses a tab for indenting; use spaces",
        "{line} 行目の字下げにタブが使われています。スペースで字下げしてください",
    ),
    "syntax.full_width_space": (
        "line {line} is indented with a full-width space '　'; indent with ordinary spaces",
        "{line} 行目の字下げに全角スペース「　」が使われています。半角スペースで字下げしてください",
    ),
    "syntax.full_width_colon": (
        "a full-width colon '：' after '{key}'; use ':' and a space: {fixed}",
        "'{key}' のあとのコロンが全角の「：」です。半角の ':' とスペースにしてください: {fixed}",
    ),
    "syntax.no_space_after_colon": (
        "no space after the ':' of '{key}'; YAML needs one: {fixed}",
        "'{key}' の ':' のあとにスペースがありません。スペースを 1 つ入れてください: {fixed}",
    ),
    "syntax.no_colon": (
        "this line has no ': ' after its key; write a key, a colon and a space, then the value, "
        "such as hold: 10",
        "この行にはキーのあとの ': ' がありません。hold: 10 のように、キー・コロン・スペース・値の順に書いてください",
    ),
    "syntax.unclosed_quote": (
        "the quote {quote} that starts this text is never closed; end the text with {quote} on "
        "the same line",
        "このテキストを始める引用符 {quote} が閉じられていません。同じ行のテキストの終わりにも {quote} を付けてください",
    ),
    "syntax.colon_in_value": (
        "a ': ' inside a text without quotes reads as a new key; put the whole text in double "
        'quotes: "…"',
        "引用符のないテキストの中に ': ' があるため、新しいキーとして読まれます。"
        'テキスト全体をダブルクォート "…" で囲んでください',
    ),
    "syntax.indent_more": (
        "line {line} is indented more than the line above it; keys of the same map start in the "
        "same column",
        "{line} 行目の字下げが上の行より深くなっています。同じマップのキーは同じ列から書き始めてください",
    ),
    "syntax.indent_unmatched": (
        "line {line} is indented by {spaces} spaces, which lines up with no line above it; start "
        "it in the same column as the keys it belongs with",
        "{line} 行目の字下げ（{spaces} 文字）が、上のどの行ともそろっていません。"
        "同じグループのキーと同じ列から書き始めてください",
    ),
    "syntax.special_start": (
        'a text cannot start with {char} in YAML; put the whole text in double quotes: "…"',
        'YAML ではテキストを {char} で始められません。テキスト全体をダブルクォート "…" で囲んでください',
    ),
    "syntax.alias_start": (
        "a text starting with '*' is read as a reference to another value; put the whole text "
        'in double quotes: "…"',
        "'*' で始まるテキストは別の値への参照として読まれます。"
        'テキスト全体をダブルクォート "…" で囲んでください',
    ),
    "syntax.flow_start": (
        "a text starting with {char} is read as a list or a map; put the whole text in double "
        'quotes: "…"',
        "{char} で始まるテキストはリストやマップとして読まれます。"
        'テキスト全体をダブルクォート "…" で囲んでください',
    ),
    "syntax.unclosed_flow": (
        "the {char} that starts this list or map is never closed; close it with {end} on the same "
        "line, or put a text in double quotes",
        "ここで始まるリストやマップの {char} が閉じられていません。同じ行で {end} を付けて閉じるか、"
        "テキストならダブルクォートで囲んでください",
    ),
    "syntax.bad_escape": (
        "a backslash '\\' inside double quotes starts a special character; write '\\\\' for one "
        "backslash, or use '/' in a path",
        "ダブルクォートの中のバックスラッシュ '\\' は特殊文字の始まりと読まれます。"
        "1 文字のバックスラッシュは '\\\\' と書くか、パスなら '/' を使ってください",
    ),
    "syntax.several_documents": (
        "a second document starts here; a routine file holds one: remove this '---' line or "
        "split the file",
        "ここから 2 つ目の文書が始まっています。ルーティンファイルには 1 つだけです。"
        "この '---' の行を消すか、ファイルを分けてください",
    ),
    "syntax.expected_key": (
        "a key (such as hold:) or a list item (- ...) was expected here; check this line's "
        "indentation against the lines above",
        "ここにはキー（hold: など）かリストの項目（- ...）が来るはずです。この行の字下げを上の行と見比べてください",
    ),
    # A list item written without its "- ": in YAML that cannot be read, or keys that join the
    # item above (source.py)
    "syntax.forgot_dash_step": (
        "did you forget `- ` before this step? Each step starts with `- `; without it, this step "
        "and the one above run together",
        "このステップの前の `- ` を忘れていませんか？ ステップはそれぞれ `- ` で始めます。"
        "ないと、上のステップとこのステップがつながってしまいます",
    ),
    "syntax.forgot_dash_phase": (
        "did you forget `- ` before this phase? Each phase starts with `- `; without it, this "
        "phase and the one above run together",
        "このフェーズの前の `- ` を忘れていませんか？ フェーズはそれぞれ `- ` で始めます。"
        "ないと、上のフェーズとこのフェーズがつながってしまいます",
    ),
    "syntax.first_without_dash": (
        "did you forget `- `? Under `{key}:` each item starts with `- `, even when there is only one",
        "`- ` を忘れていませんか？ `{key}:` の下の項目は、1 つだけでも `- ` で始めます",
    ),
    "syntax.forgot_dash_item": (
        "did you forget `- ` before this item? Each item of a list starts with `- `; without it, "
        "this item and the one above run together",
        "この項目の前の `- ` を忘れていませんか？ リストの項目はそれぞれ `- ` で始めます。"
        "ないと、上の項目とこの項目がつながってしまいます",
    ),
}
