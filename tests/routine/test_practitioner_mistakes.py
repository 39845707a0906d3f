"""The practitioner-mistake corpus: slips people who are not programmers make in a routine
file, each with the exact first line `selfcare validate` prints for it.

Each case is the sample routine with one slip. A `# <-` comment marks the line the first
problem must name; `{line}` in the expected text is that line's number. The first line is
compared whole: its place, rule and words are what a practitioner acts on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
import yaml

from conftest import MARK, SAMPLE_ROUTINE, marked_line
from selfcare.routine import source
from selfcare.routine.diagnostics import Rule
from selfcare.routine.discovery import check_file

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter


def variant(*edits: tuple[str, str], base: str = SAMPLE_ROUTINE) -> str:
    """The sample routine with each `old` text (which must occur exactly once) replaced."""
    text = base
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} must occur exactly once"
        text = text.replace(old, new)
    return text


# A second step of the stabilize phase, written after the first one's last line.
FIRST_STEP_END = "        rest: 3\n  - kind: loosen"
SECOND_STEP_WITHOUT_DASH = (
    f"        id: dead-bug  {MARK}\n        name: Dead bug\n        hold: 5\n        reps: 8\n"
)


@dataclass(frozen=True)
class Mistake:
    text: str
    column: int
    first: str  # "severity[rule] message", `{line}` standing for the marked line
    lang: str = "en"
    syntax: bool = False  # a YAML syntax error: both YAML loaders must say the same


MISTAKES = [
    # 1. A tab for indenting
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"\treps: 10  {MARK}\n")),
            1,
            "error[yaml-syntax] line {line} uses a tab for indenting; use spaces",
            syntax=True,
        ),
        id="tab-indent",
    ),
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"      \t  reps: 10  {MARK}\n")),
            7,
            "error[yaml-syntax] {line} 行目の字下げにタブが使われています。"
            "スペースで字下げしてください",
            lang="ja",
            syntax=True,
        ),
        id="tab-indent-ja",
    ),
    # 2. A full-width colon, full-width spaces
    pytest.param(
        Mistake(
            variant(("        hold: 10\n", f"        hold：10  {MARK}\n")),
            13,
            "error[yaml-syntax] a full-width colon '：' after 'hold'; use ':' and a space: "
            "hold: 10",
            syntax=True,
        ),
        id="full-width-colon",
    ),
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"        reps：10  {MARK}\n")),
            13,
            "error[yaml-syntax] 'reps' のあとのコロンが全角の「：」です。"
            "半角の ':' とスペースにしてください: reps: 10",
            lang="ja",
            syntax=True,
        ),
        id="full-width-colon-ja",
    ),
    pytest.param(
        Mistake(
            variant((FIRST_STEP_END, f"        rest：3  {MARK}\n  - kind: loosen")),
            13,
            "error[yaml-syntax] a full-width colon '：' after 'rest'; use ':' and a space: rest: 3",
            syntax=True,
        ),
        id="full-width-colon-on-a-steps-last-line",
    ),
    pytest.param(
        Mistake(
            variant(
                ("title: Sample routine", f"title: {{en: Sample routine, ja：サンプル}}  {MARK}")
            ),
            31,
            "error[yaml-syntax] a full-width colon '：' after 'ja'; use ':' and a space: "
            "ja: サンプル",
        ),
        id="full-width-colon-in-a-text-map",
    ),
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"　　　　　　　　reps: 10  {MARK}\n")),
            1,
            "error[yaml-syntax] line {line} is indented with a full-width space '　'; "
            "indent with ordinary spaces",
            syntax=True,
        ),
        id="full-width-spaces",
    ),
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"      　　reps: 10  {MARK}\n")),
            7,
            "error[yaml-syntax] {line} 行目の字下げに全角スペース「　」が使われています。"
            "半角スペースで字下げしてください",
            lang="ja",
            syntax=True,
        ),
        id="spaces-then-full-width-spaces-ja",
    ),
    # 3. A list item without its "- "
    pytest.param(
        Mistake(
            variant(
                (
                    FIRST_STEP_END,
                    "        rest: 3\n" + SECOND_STEP_WITHOUT_DASH + "  - kind: loosen",
                )
            ),
            9,
            "error[missing-dash] did you forget `- ` before this step? Each step starts with "
            "`- `; without it, this step and the one above run together",
        ),
        id="missing-dash-steps-join",
    ),
    pytest.param(
        Mistake(
            variant(
                (
                    FIRST_STEP_END,
                    f"        rest: 3\n      id: dead-bug  {MARK}\n      name: Dead bug\n"
                    "      hold: 5\n  - kind: loosen",
                )
            ),
            7,
            "error[missing-dash] did you forget `- ` before this step? Each step starts with "
            "`- `; without it, this step and the one above run together",
            syntax=True,
        ),
        id="missing-dash-at-the-dash-column",
    ),
    pytest.param(
        Mistake(
            variant(("  - kind: loosen\n", f"    kind: loosen  {MARK}\n")),
            5,
            "error[missing-dash] did you forget `- ` before this phase? Each phase starts with "
            "`- `; without it, this phase and the one above run together",
        ),
        id="missing-dash-phases-join",
    ),
    pytest.param(
        Mistake(
            variant(
                (
                    FIRST_STEP_END,
                    "        rest: 3\n" + SECOND_STEP_WITHOUT_DASH + "  - kind: loosen",
                )
            ),
            9,
            "error[missing-dash] このステップの前の `- ` を忘れていませんか？ ステップはそれぞれ "
            "`- ` で始めます。ないと、上のステップとこのステップがつながってしまいます",
            lang="ja",
        ),
        id="missing-dash-steps-join-ja",
    ),
    pytest.param(
        Mistake(
            variant(("      - id: drawing-in\n", f"        id: drawing-in  {MARK}\n")),
            9,
            "error[missing-dash] did you forget `- `? Under `steps:` each item starts with `- `,"
            " even when there is only one",
        ),
        id="missing-dash-first-step",
    ),
    # 4. Quoted numbers: read as the number, with a warning
    pytest.param(
        Mistake(
            variant(("reps: 10", f'reps: "10"  {MARK}')),
            15,
            "warning[quoted-number] the number '10' is in quotes; remove the quotes "
            "(it is read as 10)",
        ),
        id="quoted-reps",
    ),
    pytest.param(
        Mistake(
            variant(("hold: 10", f'hold: "5"  {MARK}')),
            15,
            "warning[quoted-number] the number '5' is in quotes; remove the quotes "
            "(it is read as 5)",
        ),
        id="quoted-hold",
    ),
    # 5. A language code no one is shown
    pytest.param(
        Mistake(
            variant(
                ("title: Sample routine", f"title: {{en: Sample routine, jp: サンプル}}  {MARK}")
            ),
            29,
            "error[unknown-language] 'jp' is not a language code selfcare knows, so this text "
            "would never be shown; did you mean ja?",
        ),
        id="language-jp",
    ),
    pytest.param(
        Mistake(
            variant(("name: Drawing-in", f"name: {{en-US: Drawing-in, ja: ドローイン}}  {MARK}")),
            16,
            "error[unknown-language] 'en-US' is not a language code selfcare knows, so this text "
            "would never be shown; did you mean en?",
        ),
        id="language-en-US",
    ),
    pytest.param(
        Mistake(
            variant(("name: Drawing-in", f"name: {{en: Drawing-in, jpn: ドローイン}}  {MARK}")),
            32,
            "error[unknown-language] 'jpn' は selfcare の知らない言語コードのため、"
            "このテキストは表示されません。ja のことですか？",
            lang="ja",
        ),
        id="language-jpn-ja",
    ),
    # 6. A link without its scheme
    pytest.param(
        Mistake(
            variant(
                (
                    "        position: On your back, knees bent\n",
                    "        position: On your back, knees bent\n"
                    f"        video: www.youtube.com/watch?v=abc  {MARK}\n",
                )
            ),
            16,
            "error[bad-url] 'www.youtube.com/watch?v=abc' is a link without https:// at the "
            "start; add https://: 'https://www.youtube.com/watch?v=abc'",
        ),
        id="link-without-https",
    ),
    # 7. Curly quotes around a value
    pytest.param(
        Mistake(
            variant(("name: Drawing-in", f"name: “Drawing-in”  {MARK}")),
            15,
            "warning[curly-quotes] this text is wrapped in curly quotes “…”, which YAML keeps as "
            'part of the text; if they are meant as quotes, use straight ones: "…"',
        ),
        id="curly-double-quotes",
    ),
    pytest.param(
        Mistake(
            variant(("name: Knee to chest", f"name: ‘Knee to chest’  {MARK}")),
            15,
            "warning[curly-quotes] this text is wrapped in curly quotes ‘…’, which YAML keeps as "
            'part of the text; if they are meant as quotes, use straight ones: "…"',
        ),
        id="curly-single-quotes",
    ),
    # 8. The commonest YAML syntax errors, in plain words
    pytest.param(
        Mistake(
            variant(("        hold: 10\n", f"        hold:10  {MARK}\n")),
            13,
            "error[yaml-syntax] no space after the ':' of 'hold'; YAML needs one: hold: 10",
            syntax=True,
        ),
        id="no-space-after-colon",
    ),
    pytest.param(
        Mistake(
            variant(("title: Sample routine", f'title: "Sample routine  {MARK}')),
            8,
            'error[yaml-syntax] the quote " that starts this text is never closed; end the text '
            'with " on the same line',
            syntax=True,
        ),
        id="unclosed-quote",
    ),
    pytest.param(
        Mistake(
            variant(
                ("title: Sample routine", f'title: "Sample routine  {MARK}'),
                ("kind: loosen", 'kind: "loosen"'),
            ),
            8,
            'error[yaml-syntax] the quote " that starts this text is never closed; end the text '
            'with " on the same line',
            syntax=True,
        ),
        id="unclosed-quote-before-another-quote",
    ),
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"         reps: 10  {MARK}\n")),
            10,
            "error[yaml-syntax] line {line} is indented more than the line above it; keys of the "
            "same map start in the same column",
            syntax=True,
        ),
        id="indented-one-more",
    ),
    pytest.param(
        Mistake(
            variant(("        reps: 10\n", f"       reps: 10  {MARK}\n")),
            8,
            "error[yaml-syntax] line {line} is indented by 7 spaces, which lines up with no line "
            "above it; start it in the same column as the keys it belongs with",
            syntax=True,
        ),
        id="indented-one-less",
    ),
    pytest.param(
        Mistake(
            variant(("title: Sample routine", f"title: @home care  {MARK}")),
            8,
            "error[yaml-syntax] a text cannot start with '@' in YAML; put the whole text in "
            'double quotes: "…"',
            syntax=True,
        ),
        id="starts-with-at",
    ),
    pytest.param(
        Mistake(
            variant(("title: Sample routine", f"title: `Sample` routine  {MARK}")),
            8,
            "error[yaml-syntax] YAML ではテキストを '`' で始められません。"
            'テキスト全体をダブルクォート "…" で囲んでください',
            lang="ja",
            syntax=True,
        ),
        id="starts-with-backtick-ja",
    ),
    pytest.param(
        Mistake(
            variant(("title: Sample routine", f"title: [draft] Sample routine  {MARK}")),
            8,
            "error[yaml-syntax] a text starting with '[' is read as a list or a map; put the "
            'whole text in double quotes: "…"',
            syntax=True,
        ),
        id="starts-with-bracket",
    ),
    pytest.param(
        Mistake(
            variant(("title: Sample routine", f"title: Sample: routine  {MARK}")),
            14,
            "error[yaml-syntax] a ': ' inside a text without quotes reads as a new key; put the "
            'whole text in double quotes: "…"',
            syntax=True,
        ),
        id="colon-inside-a-text",
    ),
    pytest.param(
        Mistake(
            variant(("title: Sample routine", f"title: Sample: routine  {MARK}")),
            14,
            "error[yaml-syntax] 引用符のないテキストの中に ': ' があるため、"
            "新しいキーとして読まれます。"
            'テキスト全体をダブルクォート "…" で囲んでください',
            lang="ja",
            syntax=True,
        ),
        id="colon-inside-a-text-ja",
    ),
    # 9. A declared language missing from a text
    pytest.param(
        Mistake(
            variant(
                (
                    "title: Sample routine",
                    "languages: [ja]\ntitle: {en: Sample routine, ja: サンプル}",
                ),
                ("name: Drawing-in", f"name: {{en: Drawing-in}}  {MARK}"),
            ),
            15,
            "warning[missing-translation] this text has no ja version, though the routine "
            "declares ja in languages",
        ),
        id="declared-language-missing",
    ),
    # 10. A prescription that does not fit together
    pytest.param(
        Mistake(
            variant(("reps: 10", f"reps: 12-8  {MARK}")),
            15,
            "error[bad-dose] the range '12-8' runs from more to fewer; write the smaller number "
            "first: 8-12",
        ),
        id="range-reversed",
    ),
    pytest.param(
        Mistake(
            variant(("        hold: 10\n", f"        pace: own\n        hold: 10  {MARK}\n")),
            9,
            "error[bad-pace] a step at the person's own pace (pace: own) has no 'hold': they "
            "count the reps themselves; remove 'hold', or remove 'pace: own' to time each rep",
        ),
        id="own-pace-with-a-hold",
    ),
    pytest.param(
        Mistake(
            variant(("        each_side: true\n", f"        side: both  {MARK}\n")),
            15,
            "error[bad-sides] 'both' is not one side: for both sides write 'each_side: true', "
            "for one side 'side: left' or 'side: right'",
        ),
        id="side-both",
    ),
    pytest.param(
        Mistake(
            variant(
                (
                    "        each_side: true\n",
                    f"        each_side: true\n        side: left  {MARK}\n",
                )
            ),
            9,
            "error[bad-sides] side 'left' is one side only, and 'each_side: true' is both sides; "
            "keep one of them",
        ),
        id="side-and-each-side",
    ),
]


def first_line(mistake: Mistake, cli: Cli, write_routine: RoutineWriter) -> tuple[str, str]:
    """The first line `validate` prints for the mistake, and the one expected."""
    path = write_routine(mistake.text)
    result = cli("validate", path, "--lang", mistake.lang)
    line = marked_line(mistake.text)
    expected = f"{path}:{line}:{mistake.column}: {mistake.first.replace('{line}', str(line))}"
    return result.stdout.splitlines()[0], expected


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_mistake_is_named_first_at_its_own_line_and_column(
    mistake: Mistake, cli: Cli, write_routine: RoutineWriter
) -> None:
    printed, expected = first_line(mistake, cli, write_routine)

    assert printed == expected


@pytest.mark.parametrize(
    "mistake",
    [case for case in MISTAKES if case.values[0].syntax],  # type: ignore[union-attr]
)
def test_the_pure_python_yaml_loader_names_the_same_slip(
    mistake: Mistake, cli: Cli, write_routine: RoutineWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libyaml and PyYAML word their errors differently; a client's machine may have either.
    monkeypatch.setattr(source, "_Loader", yaml.SafeLoader)

    printed, expected = first_line(mistake, cli, write_routine)

    assert printed == expected


def test_steps_that_run_together_give_one_error_not_one_per_key(
    write_routine: RoutineWriter,
) -> None:
    text = variant(
        (FIRST_STEP_END, "        rest: 3\n" + SECOND_STEP_WITHOUT_DASH + "  - kind: loosen")
    )

    found = check_file(write_routine(text)).diagnostics

    assert [d.rule for d in found] == [Rule.MISSING_DASH]


def test_one_key_written_twice_is_still_a_duplicate_key(write_routine: RoutineWriter) -> None:
    text = variant(("        reps: 10\n", f"        reps: 10\n        reps: 12  {MARK}\n"))

    found = check_file(write_routine(text)).diagnostics

    assert [(d.rule, d.line) for d in found] == [(Rule.DUPLICATE_KEY, marked_line(text))]
    assert "appears twice in the same map; keep one" in found[0].message


def test_a_japanese_text_in_corner_brackets_or_with_a_full_width_colon_is_fine(
    write_routine: RoutineWriter,
) -> None:
    text = variant(
        ("name: Drawing-in", "name: 「ドローイン」"),
        ("  - Breathe out\n", "  - 注意：息を止めない\n"),
    )

    checked = check_file(write_routine(text))

    assert checked.diagnostics == []
    assert checked.routine is not None


def test_a_japanese_paragraph_indented_with_a_full_width_space_is_not_blamed(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    # In a block text (|), a paragraph may start with '　'; a later slip is still the one named.
    text = variant(
        ("title: Sample routine", f"title: Sample: routine  {MARK}"),
        ("id: sample\n", "id: sample\nsummary: |\n  　腰のためのルーティンです。\n"),
    )
    path = write_routine(text)

    printed = cli("validate", path).stdout.splitlines()[0]

    assert printed.startswith(f"{path}:{marked_line(text)}:14: error[yaml-syntax] a ': ' inside")
