"""`selfcare learn ROUTINE`: every learn card of a routine, in the chosen language."""

from __future__ import annotations

from rich.cells import cell_len

from conftest import SAMPLE_ROUTINE, Cli, RoutineWriter

CARDS = """\
learn:
  - id: not-serious
    title:
      en: Most back pain is not serious
      ja: ほとんどの腰痛は深刻なものではありません
    text:
      en: >-
        The pelvis and the spine are strong structures. Most low back pain settles with time,
        and gentle, regular movement helps it settle.
      ja: >-
        骨盤と背骨はとても丈夫なつくりです。腰痛の多くは時間とともに落ち着き、無理のない範囲で定期的に動くことが回復を助けます。
    source:
      en: NICE guideline NG59 (2016)
      ja: NICE ガイドライン NG59（2016）
  - id: stabilise-first
    title:
      en: Why stabilise first
      ja: なぜ先に安定させるのか
    text:
      en: Loosening the ropes of a bridge with weak piers makes it less stable.
      ja: 橋脚が弱い橋のロープをゆるめると、橋はかえって不安定になります。
phases:
"""


def with_cards(write_routine: RoutineWriter) -> str:
    return str(write_routine(SAMPLE_ROUTINE.replace("phases:\n", CARDS, 1)))


def test_learn_lists_every_card_in_file_order_with_title_text_and_source(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    result = cli("learn", with_cards(write_routine))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Worth knowing: Sample routine\n")
    first, second = out.index("Most back pain is not serious"), out.index("Why stabilise first")
    assert first < out.index("The pelvis and the spine") < out.index("Source: NICE") < second
    assert "Loosening the ropes of a bridge" in out[second:]
    assert out.count("Source:") == 1  # the second card has none


def test_learn_speaks_japanese_when_asked(cli: Cli, write_routine: RoutineWriter) -> None:
    out = cli("learn", with_cards(write_routine), "--lang", "ja").stdout
    assert out.startswith("知っておきたいこと: Sample routine\n")
    assert "ほとんどの腰痛は深刻なものではありません" in out
    assert "出典: NICE ガイドライン NG59（2016）" in out
    assert "なぜ先に安定させるのか" in out
    assert "Most back pain" not in out


def test_learn_fits_80_columns_in_both_languages(cli: Cli, write_routine: RoutineWriter) -> None:
    path = with_cards(write_routine)
    for lang in ("en", "ja"):
        out = cli("learn", path, "--lang", lang, env={"COLUMNS": "80"}).stdout
        assert max(cell_len(line) for line in out.splitlines()) <= 80
        assert len(out.splitlines()) >= 8


def test_a_routine_without_cards_says_so_plainly(cli: Cli, write_routine: RoutineWriter) -> None:
    path = str(write_routine(SAMPLE_ROUTINE))
    result = cli("learn", path)
    assert result.exit_code == 0
    assert result.stdout == "Sample routine has no learn cards.\n"
    ja = cli("learn", path, "--lang", "ja").stdout
    assert ja == "Sample routine には「知っておきたいこと」のカードがありません。\n"


def test_learn_of_an_unknown_routine_fails_with_a_message(cli: Cli) -> None:
    result = cli("learn", "no-such-routine")
    assert result.exit_code != 0
    assert "no-such-routine" in result.stderr


def test_learn_gives_the_pelvic_girdle_routines_everyday_advice_in_both_languages(cli: Cli) -> None:
    english = cli("learn", "pelvic-girdle-care", env={"COLUMNS": "80"})
    japanese = cli("learn", "pelvic-girdle-care", "--lang", "ja", env={"COLUMNS": "80"})

    assert english.exit_code == 0 and japanese.exit_code == 0, english.output + japanese.output
    for title in ("Keep active within comfort", "Knees together", "Sit to dress"):
        assert title in english.stdout
    assert "When to contact your midwife" in english.stdout
    assert english.stdout.count("Source:") == 5
    assert "助産師や産院に連絡するとき" in japanese.stdout and japanese.stdout.count("出典:") == 5
    for out in (english.stdout, japanese.stdout):
        assert max(cell_len(line) for line in out.splitlines()) <= 80
