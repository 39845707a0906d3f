"""From `selfcare start low-back`, a cleared pregnancy answer offers `pelvic-girdle-care`, and
"y" runs it at once without asking the safety check again."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Cli

# Tier A; pregnant: no warning sign, the midwife's OK; tiers B and C, histories, inflammatory.
CHECK = ["n", "y", "n", "y", "n", "n", "n", "n"]
PELVIC_SESSION = ["2", "2", "n", "2"]  # pain, pain before loosening, no loosening, last pain


def test_taking_the_offer_runs_the_routine_for_pregnancy_with_no_second_check(
    cli: Cli, tmp_path: Path
) -> None:
    env = {"SELFCARE_HOME": str(tmp_path / "home")}
    answers = "\n".join([*CHECK, "y", *PELVIC_SESSION]) + "\n"

    result = cli("start", "low-back", "--speed", "1000", "--no-sound", env=env, input=answers)

    assert result.exit_code == 0, result.output
    assert result.stdout.count("Safety check before you start") == 1
    assert "Switching to Pelvic girdle care" in result.stdout
    history = cli("history", "--json", "--all", env=env)
    sessions = json.loads(history.stdout)
    assert [(row["routine"], row["status"]) for row in sessions] == [
        ("pelvic-girdle-care", "completed"),
        ("low-back", "not-started"),
    ]
    assert sessions[1]["stop_reason"] == "switched-routine"


def test_declining_the_offer_keeps_the_routine_and_says_what_to_do_from_16_weeks(
    cli: Cli, tmp_path: Path
) -> None:
    env = {"SELFCARE_HOME": str(tmp_path / "home")}
    answers = "\n".join([*CHECK, "n", "2", "2", "n", "2"]) + "\n"

    result = cli("start", "low-back", "--speed", "1000", "--no-sound", env=env, input=answers)

    assert result.exit_code == 0, result.output
    assert "From about 16 weeks of pregnancy" in result.stdout
    assert "Switching to" not in result.stdout


def test_the_routine_for_pregnancy_offers_nothing_and_adds_no_caution_of_its_own(
    cli: Cli, tmp_path: Path
) -> None:
    env = {"SELFCARE_HOME": str(tmp_path / "home")}
    answers = "\n".join([*CHECK, *PELVIC_SESSION]) + "\n"

    result = cli(
        "start", "pelvic-girdle-care", "--speed", "1000", "--no-sound", env=env, input=answers
    )

    assert result.exit_code == 0, result.output
    assert "Do that one today instead?" not in result.stdout
    assert "do the steps that lie on your back on your side instead" not in result.stdout


def test_the_check_taken_before_the_switch_stands_for_the_next_session_too(
    cli: Cli, tmp_path: Path
) -> None:
    env = {"SELFCARE_HOME": str(tmp_path / "home")}
    first = "\n".join([*CHECK, "y", *PELVIC_SESSION]) + "\n"
    cli("start", "low-back", "--speed", "1000", "--no-sound", env=env, input=first)
    # Within the week: the short question and, while pregnant, the pregnancy signs only.
    second = "\n".join(["n", "n", *PELVIC_SESSION]) + "\n"

    result = cli(
        "start", "pelvic-girdle-care", "--speed", "1000", "--no-sound", env=env, input=second
    )

    assert result.exit_code == 0, result.output
    assert "Safety check before you start" not in result.stdout
    assert "Has any of these ever applied to you?" not in result.stdout
