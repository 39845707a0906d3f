"""Each validation rule: the valid baseline passes, a broken variant fails on the right line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import MARK, REPO, SAMPLE_ROUTINE, marked_line
from selfcare.routine.diagnostics import Diagnostic, Rule, Severity
from selfcare.routine.discovery import check_file
from selfcare.routine.kinds import parse_duration
from selfcare.routine.plan import plan_session
from selfcare.routine.rules import LONG_SESSION_SECONDS, at_top_levels

if TYPE_CHECKING:
    from conftest import Cli, RoutineWriter

BASELINE = SAMPLE_ROUTINE


def variant(*edits: tuple[str, str], base: str = BASELINE) -> str:
    """The baseline with each `old` text (which must occur exactly once) replaced by `new`."""
    text = base
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} must occur exactly once"
        text = text.replace(old, new)
    return text


def before_phases(extra: str) -> str:
    return variant(("phases:\n", extra + "phases:\n"))


def with_levels(levels: str) -> str:
    """The baseline whose first step (drawing-in) has these `levels:` lines."""
    first_step_end = "        rest: 3\n  - kind: loosen"
    return variant((first_step_end, "        levels:\n" + levels + first_step_end))


def diagnostics_of(path: Path) -> list[Diagnostic]:
    return check_file(path).diagnostics


def rendered(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(d.render() for d in diagnostics)


def test_the_baseline_routine_has_no_problems_at_all(write_routine: RoutineWriter) -> None:
    checked = check_file(write_routine(BASELINE))

    assert checked.diagnostics == []
    assert checked.routine is not None
    assert [phase.kind for phase in checked.routine.phases] == ["stabilize", "loosen"]


BROKEN = [
    pytest.param(
        "loosen-before-stabilize",
        variant(
            ("  - kind: stabilize\n", "  - kind: prepare\n"),
            ("kind: loosen", "kind: loosen  " + MARK),
        ),
        id="loosen-before-stabilize",
    ),
    pytest.param(
        "unknown-key",
        variant(("        mistakes:\n", f"        mistake:  {MARK}\n")),
        id="unknown-key",
    ),
    pytest.param(
        "yaml-syntax",
        variant(("title: Sample routine", f"title: Sample: routine  {MARK}")),
        id="yaml-syntax",
    ),
    pytest.param(
        "missing-field",
        variant(
            ("      - id: drawing-in\n", f"      - id: drawing-in  {MARK}\n"),
            ("        name: Drawing-in\n", ""),
        ),
        id="missing-step-name",
    ),
    pytest.param(
        "missing-field",
        variant(
            ("title: Sample routine\n", ""), ("format: selfcare/1", f"format: selfcare/1  {MARK}")
        ),
        id="missing-routine-title",
    ),
    pytest.param(
        "wrong-type",
        variant(("reps: 10", f"reps: ten  {MARK}")),
        id="wrong-type-reps",
    ),
    pytest.param(
        "wrong-type",
        variant(("each_side: true", f"each_side: yes please  {MARK}")),
        id="wrong-type-each-side",
    ),
    pytest.param(
        "wrong-type",
        variant(
            ("  - Stop if pain spreads down a leg\n", ""), ("cautions:", f"cautions: Stop  {MARK}")
        ),
        id="wrong-type-cautions-not-a-list",
    ),
    pytest.param(
        "bad-duration",
        variant(("hold: 10", f"hold: 10x  {MARK}")),
        id="bad-duration-10x",
    ),
    pytest.param(
        "bad-duration",
        variant(("rest: 3\n  - kind", f"rest: soon  {MARK}\n  - kind")),
        id="bad-duration-rest",
    ),
    pytest.param("bad-dose", variant(("hold: 10", f"hold: 0  {MARK}")), id="bad-dose-hold-0"),
    pytest.param(
        "bad-dose", variant(("hold: 10", f"hold: -5  {MARK}")), id="bad-dose-hold-negative"
    ),
    pytest.param("bad-dose", variant(("reps: 10", f"reps: 1000  {MARK}")), id="bad-dose-reps-1000"),
    pytest.param("bad-dose", variant(("reps: 10", f"reps: 0  {MARK}")), id="bad-dose-reps-0"),
    pytest.param("bad-dose", variant(("hold: 10", f"hold: .nan  {MARK}")), id="bad-dose-hold-nan"),
    pytest.param("bad-dose", variant(("hold: 10", f"hold: .inf  {MARK}")), id="bad-dose-hold-inf"),
    pytest.param(
        "bad-dose", variant(("hold: 10", f"hold: 11m  {MARK}")), id="bad-dose-hold-11-minutes"
    ),
    pytest.param(
        "duplicate-step-id",
        variant(("- id: knee-to-chest", f"- id: drawing-in  {MARK}")),
        id="duplicate-step-id",
    ),
    pytest.param(
        "empty-phase",
        BASELINE + f"  - kind: cooldown\n    steps: []  {MARK}\n",
        id="empty-phase",
    ),
    pytest.param(
        "no-phases",
        BASELINE.split("phases:\n")[0] + f"phases: []  {MARK}\n",
        id="no-phases",
    ),
    pytest.param(
        "bad-url",
        variant(
            (
                "        position: On your back, knees bent\n",
                "        position: On your back, knees bent\n"
                f"        video: ftp://example.com/bridge.mp4  {MARK}\n",
            )
        ),
        id="bad-url-ftp",
    ),
    pytest.param(
        "bad-url",
        variant(
            (
                "        position: On your back, knees bent\n",
                "        position: On your back, knees bent\n"
                f"        video: javascript:alert(1)  {MARK}\n",
            )
        ),
        id="bad-url-javascript",
    ),
    pytest.param(
        "bad-url",
        before_phases(f"author:\n  name: Dr Example\n  url: www.example.com  {MARK}\n"),
        id="bad-url-author-without-scheme",
    ),
    pytest.param(
        "stop-rules-looser",
        before_phases(f"stop_rules:\n  max_pain: 7  {MARK}\n"),
        id="stop-rules-looser-max-pain",
    ),
    pytest.param(
        "stop-rules-looser",
        before_phases(f"stop_rules:\n  max_pain: 4\n  max_rise: 3  {MARK}\n"),
        id="stop-rules-looser-max-rise",
    ),
    pytest.param(
        "bad-format",
        variant(("format: selfcare/1", f"format: selfcare/2  {MARK}")),
        id="bad-format",
    ),
    pytest.param(
        "bad-id",
        variant(("- id: drawing-in", f"- id: Drawing_In  {MARK}")),
        id="bad-step-id",
    ),
    pytest.param(
        "bad-phase-kind",
        variant(("kind: loosen", f"kind: stretch  {MARK}")),
        id="bad-phase-kind",
    ),
    pytest.param(
        "duplicate-key",
        variant(("        reps: 10\n", f"        reps: 10\n        reps: 12  {MARK}\n")),
        id="duplicate-key",
    ),
    pytest.param(
        "not-a-mapping",
        f"- format: selfcare/1  {MARK}\n- id: sample\n",
        id="not-a-mapping-top-level-list",
    ),
    pytest.param(
        "not-a-mapping",
        f"just some words  {MARK}\n",
        id="not-a-mapping-plain-text",
    ),
]


@pytest.mark.parametrize(("rule", "text"), BROKEN)
def test_a_broken_routine_fails_with_its_rule_on_the_marked_line(
    rule: str, text: str, write_routine: RoutineWriter
) -> None:
    found = diagnostics_of(write_routine(text))

    matching = [d for d in found if d.rule == rule]
    assert matching, f"no {rule} in:\n{rendered(found)}"
    assert matching[0].severity is Severity.ERROR
    assert matching[0].line == marked_line(text), rendered(found)
    assert check_file(write_routine(text)).routine is None


def test_loosen_before_stabilize_says_why_in_its_message(write_routine: RoutineWriter) -> None:
    text = variant(("  - kind: stabilize\n", "  - kind: prepare\n"))

    (problem,) = diagnostics_of(write_routine(text))

    assert problem.rule == "loosen-before-stabilize"
    assert "after a stabilize phase" in problem.message
    assert "worse when loosened" in problem.message


def test_a_loosen_phase_after_a_later_stabilize_phase_is_still_rejected(
    write_routine: RoutineWriter,
) -> None:
    loosen_first = variant(
        ("  - kind: stabilize\n", "  - kind: loosen\n"),
        (
            "  - kind: loosen\n    steps:\n      - id: knee",
            "  - kind: stabilize\n    steps:\n      - id: knee",
        ),
    )

    rules = [d.rule for d in diagnostics_of(write_routine(loosen_first))]

    assert rules == ["loosen-before-stabilize"]


def test_an_unknown_key_suggests_the_key_that_was_meant(write_routine: RoutineWriter) -> None:
    text = variant(("        mistakes:\n", "        mistake:\n"))

    (problem,) = diagnostics_of(write_routine(text))

    assert problem.rule == "unknown-key"
    assert "'mistake'" in problem.message
    assert "did you mean 'mistakes'?" in problem.message


def test_a_yaml_tag_is_reported_and_never_executed(
    write_routine: RoutineWriter, tmp_path: Path
) -> None:
    witness = tmp_path / "executed"
    text = variant(
        (
            "title: Sample routine",
            f"title: !!python/object/apply:os.system ['touch {witness}']  {MARK}",
        )
    )

    found = diagnostics_of(write_routine(text))

    first = found[0]
    assert (first.rule, first.line) == ("yaml-tag", marked_line(text)), rendered(found)
    assert "python/object/apply:os.system" in first.message
    assert not witness.exists()


def test_a_shift_jis_file_is_reported_as_not_utf8_on_the_line_of_the_first_bad_byte(
    write_routine: RoutineWriter,
) -> None:
    text = variant(("title: Sample routine", f"title: 腰のケア  {MARK}"))

    (problem,) = diagnostics_of(write_routine(text.encode("shift_jis")))

    assert problem.rule == "not-utf8"
    assert problem.line == marked_line(text)
    assert "UTF-8" in problem.message


@pytest.mark.parametrize("content", ["", "   \n\n", "# only a comment\n"])
def test_an_empty_file_is_reported_as_empty(content: str, write_routine: RoutineWriter) -> None:
    (problem,) = diagnostics_of(write_routine(content))

    assert (problem.rule, problem.line, problem.severity) == ("empty-file", 1, Severity.ERROR)


def test_an_id_that_differs_from_the_file_name_is_reported(write_routine: RoutineWriter) -> None:
    text = variant(("id: sample", f"id: sample  {MARK}"))

    (problem,) = diagnostics_of(write_routine(text, name="other-name.yaml"))

    assert problem.rule == "id-mismatch"
    assert problem.line == marked_line(text)
    assert "other-name" in problem.message


def test_a_routine_id_that_is_not_lower_case_is_reported_as_bad_id(
    write_routine: RoutineWriter,
) -> None:
    text = variant(("id: sample", f"id: Sample_Routine  {MARK}"))

    found = diagnostics_of(write_routine(text, name="Sample_Routine.yaml"))

    assert [(d.rule, d.line) for d in found] == [("bad-id", marked_line(text))]


def test_stricter_stop_rules_are_accepted(write_routine: RoutineWriter) -> None:
    text = before_phases("stop_rules:\n  max_pain: 3\n  max_rise: 1\n")

    checked = check_file(write_routine(text))

    assert checked.diagnostics == []
    assert checked.routine is not None
    assert (checked.routine.stop_rules.max_pain, checked.routine.stop_rules.max_rise) == (3, 1)


WARNINGS = [
    pytest.param(
        "missing-translation",
        variant(
            ("title: Sample routine", "title: {en: Sample routine, ja: サンプル}"),
            ("name: Drawing-in", f"name: {{en: Drawing-in}}  {MARK}"),
        ),
        id="missing-translation",
    ),
    pytest.param(
        "long-hold",
        variant(("hold: 20", f"hold: 150  {MARK}")),
        id="long-hold",
    ),
    pytest.param(
        "long-hold",
        variant(("hold: 20", f'hold: "2m30s"  {MARK}')),
        id="long-hold-as-text",
    ),
    pytest.param(
        "long-session",
        variant(
            ("format: selfcare/1", f"format: selfcare/1  {MARK}"),
            ("hold: 10\n        reps: 10", "hold: 100\n        reps: 40"),
        ),
        id="long-session",
    ),
    pytest.param(
        "long-hold",
        with_levels(f"          - hold: 12\n          - hold: 150  {MARK}\n"),
        id="long-hold-in-a-level",
    ),
    pytest.param(
        "long-session",
        variant(
            ("format: selfcare/1", f"format: selfcare/1  {MARK}"),
            base=with_levels("          - hold: 100\n            reps: 40\n"),
        ),
        id="long-session-at-the-top-level",
    ),
    pytest.param(
        "ask-outside-loosen",
        variant(
            ("    why: Support first\n", f"    why: Support first\n    ask: Still tight?  {MARK}\n")
        ),
        id="ask-outside-loosen",
    ),
]


@pytest.mark.parametrize(("rule", "text"), WARNINGS)
def test_a_doubtful_routine_gets_a_warning_on_the_marked_line_but_still_loads(
    rule: str, text: str, write_routine: RoutineWriter
) -> None:
    checked = check_file(write_routine(text))

    assert [(d.rule, d.severity, d.line) for d in checked.diagnostics] == [
        (rule, Severity.WARNING, marked_line(text))
    ]
    assert checked.routine is not None


def test_a_session_long_only_at_the_top_level_says_so(write_routine: RoutineWriter) -> None:
    text = with_levels("          - hold: 100\n            reps: 40\n")

    checked = check_file(write_routine(text))

    (problem,) = checked.diagnostics
    assert checked.routine is not None
    assert plan_session(checked.routine).total_seconds < LONG_SESSION_SECONDS
    top = plan_session(at_top_levels(checked.routine)).total_seconds
    assert problem.rule == "long-session"
    assert f"the session takes about {round(top / 60)} minutes" in problem.message
    assert "top level" in problem.message


def test_a_session_already_long_at_level_1_is_reported_once(write_routine: RoutineWriter) -> None:
    text = variant(
        ("hold: 10\n        reps: 10", "hold: 100\n        reps: 40"),
        base=with_levels("          - reps: 50\n"),
    )

    found = diagnostics_of(write_routine(text))

    assert [(d.rule, "top level" in d.message) for d in found] == [("long-session", False)]


def test_levels_within_limits_add_no_warning(write_routine: RoutineWriter) -> None:
    checked = check_file(write_routine(with_levels("          - hold: 12\n          - reps: 12\n")))

    assert checked.diagnostics == []


def test_a_plan_too_large_only_at_the_top_levels_is_too_complex(
    write_routine: RoutineWriter,
) -> None:
    huge = "          - reps: 100\n            sets: 20\n            rest: 1\n"
    steps = "".join(
        f"      - id: side-{n}\n        name: Side {n}\n        hold: 1\n        each_side: true\n"
        f"        levels:\n{huge}"
        for n in range(3)
    )
    text = (
        f"format: selfcare/1  {MARK}\nid: sample\ntitle: Sample routine\n"
        f"phases:\n  - kind: stabilize\n    steps:\n{steps}"
    )

    checked = check_file(write_routine(text))

    assert [(d.rule, d.line) for d in checked.diagnostics] == [("too-complex", marked_line(text))]
    assert "top level" in checked.diagnostics[0].message
    assert checked.routine is None


def test_a_missing_translation_names_the_missing_language(write_routine: RoutineWriter) -> None:
    text = variant(
        ("title: Sample routine", "title: {en: Sample routine, ja: サンプル}"),
        ("name: Drawing-in", "name: {en: Drawing-in}"),
    )

    (problem,) = diagnostics_of(write_routine(text))

    assert "ja" in problem.message


def test_every_error_in_a_file_is_reported_in_one_run_each_on_its_own_line(
    cli: Cli, write_routine: RoutineWriter
) -> None:
    text = variant(
        ("title: Sample routine", "titel: Sample routine"),
        ("hold: 10", "hold: 10x"),
        ("- id: knee-to-chest", "- id: drawing-in"),
        ("each_side: true", "each_side: true\n        video: ftp://example.com/v.mp4"),
    )
    lines = text.splitlines()
    path = write_routine(text)

    result = cli("validate", path)

    assert result.exit_code == 1
    expected = {
        ("unknown-key", lines.index("titel: Sample routine") + 1),
        ("missing-field", 1),
        ("bad-duration", lines.index("        hold: 10x") + 1),
        ("duplicate-step-id", lines.index("      - id: drawing-in", 12) + 1),
        ("bad-url", lines.index("        video: ftp://example.com/v.mp4") + 1),
    }
    # a whole problem per line: place, severity, rule and the start of the message
    problem = re.compile(rf"{re.escape(str(path))}:(\d+):\d+: error\[([a-z-]+)\] \S.*")
    lines_out = result.stdout.splitlines()
    reported = {(m[2], int(m[1])) for line in lines_out if (m := problem.fullmatch(line))}
    assert reported == expected, result.stdout
    assert lines_out[-1] == "1 file(s) checked: 5 error(s), 0 warning(s)"
    assert len(lines_out) == len(expected) + 1, result.stdout


@pytest.mark.parametrize(
    ("written", "seconds"),
    [("10s", 10.0), ("1m30s", 90.0), ("90", 90.0), ('"1m"', 60.0), ("2.5", 2.5)],
)
def test_a_hold_may_be_written_as_seconds_or_as_minutes_and_seconds(
    written: str, seconds: float, write_routine: RoutineWriter
) -> None:
    checked = check_file(write_routine(variant(("hold: 10", f"hold: {written}"))))

    assert checked.diagnostics == []
    assert checked.routine is not None
    assert checked.routine.phases[0].steps[0].hold == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(10, 10.0), ("10s", 10.0), ("1m30s", 90.0), ("1m", 60.0), ("2 min", 120.0), (2.5, 2.5)],
)
def test_durations_parse_to_seconds(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["10x", "", "s", "m", "-5s", True, None, float("nan")])
def test_things_that_are_not_durations_parse_to_nothing(value: object) -> None:
    assert parse_duration(value) is None


def test_a_file_with_a_byte_order_mark_and_windows_line_endings_is_accepted(
    write_routine: RoutineWriter,
) -> None:
    raw = b"\xef\xbb\xbf" + BASELINE.replace("\n", "\r\n").encode("utf-8")

    checked = check_file(write_routine(raw))

    assert checked.diagnostics == []
    assert checked.routine is not None


def test_windows_line_endings_do_not_shift_reported_lines(write_routine: RoutineWriter) -> None:
    text = variant(("reps: 10", f"reps: ten  {MARK}"))
    raw = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")

    (problem,) = diagnostics_of(write_routine(raw))

    assert (problem.rule, problem.line) == ("wrong-type", marked_line(text))


def test_the_format_reference_documents_every_rule() -> None:
    reference = (REPO / "docs" / "routine-format.md").read_text("utf-8")
    table_rows = {line.split("|")[1].strip() for line in reference.splitlines() if "| `" in line}

    undocumented = [rule.value for rule in Rule if f"`{rule.value}`" not in table_rows]

    assert undocumented == []


def test_every_missing_field_of_a_record_is_named(write_routine: RoutineWriter) -> None:
    text = (
        "format: selfcare/1\nid: sample\nphases:\n"
        "  - kind: stabilize\n    steps:\n      - id: lonely\n"
    )

    found = diagnostics_of(write_routine(text))

    missing = sorted(d.message for d in found if d.rule is Rule.MISSING_FIELD)
    assert len(missing) == 3, rendered(found)  # title of the routine; name and hold of the step
    assert any("'title'" in m for m in missing) and any("'hold'" in m for m in missing)
