"""The built-in routines (the two low-back ones and pelvic-girdle-care): clean, complete,
bilingual, the right length, within the clinical reference's doses and rules (no figure-4, gentle
loosening, short bouts on the back in pregnancy), and a programme over weeks (schedule, levels
within the clinical progression, learn cards)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from rich.cells import cell_len

from conftest import BUILTIN_ROUTINES, localized
from selfcare.paths import builtin_routines
from selfcare.pictures.library import load_pose, pose_names
from selfcare.routine.discovery import Source, check_file, winning_files
from selfcare.routine.model import PhaseKind, Routine, Schedule, Step
from selfcare.routine.plan import Plan, plan_session
from selfcare.routine.rules import at_top_levels
from selfcare.routine.source import load_file
from selfcare.routine.text import Text
from selfcare.session.views.screen_parts import MIN_WIDTH

NAMES = ["low-back", "low-back-quick", "pelvic-girdle-care"]
LOW_BACK = ["low-back", "low-back-quick"]


def builtin(routine_id: str) -> Routine:
    routine = check_file(BUILTIN_ROUTINES / f"{routine_id}.yaml").routine
    assert routine is not None
    return routine


def texts_of(routine: Routine) -> Iterator[tuple[str, Text]]:
    """Every human text in the routine, with where it is."""
    yield "title", routine.title
    if routine.summary is not None:
        yield "summary", routine.summary
    for i, text in enumerate(routine.fits):
        yield f"fits[{i}]", text
    for i, text in enumerate(routine.cautions):
        yield f"cautions[{i}]", text
    for phase in routine.phases:
        for name in ("title", "why", "ask"):
            value = getattr(phase, name)
            if value is not None:
                yield f"{phase.kind}.{name}", value
        for step in phase.steps:
            for level in range(1, step.top_level + 1):
                yield from step_texts(step.at_level(level), f"{step.id}@{level}")
    if routine.frequency is not None:
        yield "frequency", routine.frequency
    for card in routine.learn:
        yield f"learn.{card.id}.title", card.title
        yield f"learn.{card.id}.text", card.text
        if card.source is not None:
            yield f"learn.{card.id}.source", card.source


def step_texts(step: Step, where: str) -> Iterator[tuple[str, Text]]:
    yield f"{where}.name", step.name
    if step.position is not None:
        yield f"{where}.position", step.position
    if step.caution is not None:
        yield f"{where}.caution", step.caution
    for i, text in enumerate(step.cues):
        yield f"{where}.cues[{i}]", text
    for i, text in enumerate(step.mistakes):
        yield f"{where}.mistakes[{i}]", text


def test_the_built_in_folder_holds_exactly_the_built_in_routines() -> None:
    # editable or wheel install: the package finds the same files as the checkout has
    found = {path.name: path.read_bytes() for path in builtin_routines().iterdir()}
    assert found == {path.name: path.read_bytes() for path in BUILTIN_ROUTINES.iterdir()}
    assert sorted(path.stem for path in BUILTIN_ROUTINES.glob("*.yaml")) == NAMES
    assert [(entry.id, entry.source) for entry in winning_files()] == [
        (name, Source.BUILTIN) for name in NAMES
    ]


@pytest.mark.parametrize("name", NAMES)
def test_a_built_in_routine_has_no_errors_and_no_warnings(name: str) -> None:
    checked = check_file(BUILTIN_ROUTINES / f"{name}.yaml")

    assert [d.render() for d in checked.diagnostics] == []
    assert checked.routine is not None
    assert checked.routine.id == name


@pytest.mark.parametrize("name", NAMES)
def test_a_built_in_routine_reads_the_same_with_the_pure_python_and_the_libyaml_loader(
    name: str,
) -> None:
    text = (BUILTIN_ROUTINES / f"{name}.yaml").read_text("utf-8")

    pure = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, Loader=yaml.CSafeLoader)

    assert pure == fast
    assert load_file(BUILTIN_ROUTINES / f"{name}.yaml").data == pure


def every_level(routine: Routine) -> Iterator[Step]:
    """Each step at each of its levels, level 1 first."""
    for _, step in routine.steps():
        for level in range(1, step.top_level + 1):
            yield step.at_level(level)


@pytest.mark.parametrize("name", NAMES)
def test_every_step_at_every_level_has_a_position_two_cues_and_a_common_mistake(
    name: str,
) -> None:
    for step in every_level(builtin(name)):
        assert step.position is not None, (step.id, step.level)
        assert len(step.cues) >= 2, (step.id, step.level)
        assert len(step.mistakes) >= 1, (step.id, step.level)


@pytest.mark.parametrize("name", NAMES)
def test_every_text_is_written_in_english_and_japanese(name: str) -> None:
    for where, text in texts_of(builtin(name)):
        assert not isinstance(text, str), f"{where} is in one language only"
        assert set(text) == {"en", "ja"}, where
        assert all(value.strip() for value in text.values()), where


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        (
            "low-back",
            [PhaseKind.PREPARE, PhaseKind.STABILIZE, PhaseKind.LOOSEN, PhaseKind.COOLDOWN],
        ),
        # the quick version keeps the order but leaves out the settling breaths
        ("low-back-quick", [PhaseKind.STABILIZE, PhaseKind.LOOSEN, PhaseKind.COOLDOWN]),
        ("pelvic-girdle-care", [PhaseKind.STABILIZE, PhaseKind.LOOSEN, PhaseKind.COOLDOWN]),
    ],
)
def test_a_built_in_routine_stabilizes_before_it_loosens(name: str, kinds: list[PhaseKind]) -> None:
    assert [phase.kind for phase in builtin(name).phases] == kinds


@pytest.mark.parametrize(
    ("name", "low_minutes", "high_minutes"),
    [("low-back", 15, 21), ("low-back-quick", 5, 8), ("pelvic-girdle-care", 8, 11)],
)
def test_a_built_in_routine_takes_the_promised_time(
    name: str, low_minutes: int, high_minutes: int
) -> None:
    seconds = plan_session(builtin(name)).total_seconds

    assert low_minutes * 60 <= seconds <= high_minutes * 60


@dataclass(frozen=True)
class Dose:
    """A beginner dose from the exercise tables of CLINICAL.md, as ranges."""

    hold: tuple[float, float]
    reps: tuple[int, int]
    sets: tuple[int, int] = (1, 1)
    most_rest: float = 10
    each_side: bool = False


# The prepare and cool-down breathing and resting has no table dose; every exercise has one.
# There is no figure-4 here: the built-ins leave it out (see test_no_built_in_step_is_the_figure_4).
BEGINNER_DOSES: dict[str, list[Dose]] = {
    "drawing-in": [Dose(hold=(10, 10), reps=(10, 10))],
    "pelvic-floor": [Dose(hold=(1, 10), reps=(10, 10))],  # slow holds up to 10 s × 10
    "pelvic-floor-quick": [Dose(hold=(1, 2), reps=(10, 10), most_rest=3)],  # then 10 quick
    "glute-bridge": [Dose(hold=(6, 6), reps=(8, 12))],  # rest up to 10 s
    "bird-dog": [Dose(hold=(3, 5), reps=(5, 10), each_side=True)],
    "clamshell": [Dose(hold=(2, 5), reps=(10, 10), sets=(1, 3), each_side=True)],  # 1-3 s pause
    "side-plank-knees": [Dose(hold=(8, 10), reps=(3, 5), each_side=True)],
    "cat-cow": [Dose(hold=(4, 8), reps=(10, 10))],  # 10 slow reps
    "knees-rocking": [Dose(hold=(3, 6), reps=(10, 10))],  # knees-together rocking: 10 slow reps
    # Seated pelvic tilts are the cat-cow's movement of the pelvis, sitting: its 10 slow reps.
    "seated-pelvic-rocking": [Dose(hold=(4, 8), reps=(10, 10))],
    "knee-to-chest": [
        Dose(hold=(20, 30), reps=(3, 3), each_side=True),
        Dose(hold=(5, 5), reps=(5, 5), each_side=True),  # the CSP dose
    ],
    # 30 s × 2-3 in the table; static stretches 10-30 s, 2-4 times (ACSM) allow the gentler 20 s
    "hamstring-towel": [Dose(hold=(20, 30), reps=(2, 3), each_side=True)],
}
BREATHING = {"slow-breathing", "relaxed-breathing", "side-lying-rest"}


def _fits(step: Step, dose: Dose) -> bool:
    rest = max(step.rest, step.rest if step.set_rest is None else step.set_rest)
    return (
        dose.hold[0] <= step.hold <= dose.hold[1]
        and dose.reps[0] <= step.reps <= dose.reps[1]
        and dose.sets[0] <= step.sets <= dose.sets[1]
        and rest <= dose.most_rest
        and step.each_side is dose.each_side
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_exercise_has_a_beginner_dose_from_the_clinical_reference(name: str) -> None:
    for _, step in builtin(name).steps():
        if step.id in BREATHING:
            continue
        assert step.id in BEGINNER_DOSES, f"{step.id} has no beginner dose to check against"
        assert any(_fits(step, dose) for dose in BEGINNER_DOSES[step.id]), (
            f"{name}: {step.id} is {step.hold} s × {step.reps} × {step.sets} sets, "
            f"rest {step.rest} s, each side {step.each_side}"
        )


# CLINICAL.md, "Beyond the first session": progress by adding 1-2 reps or 2 s of hold, or by
# moving to the next version of the exercise. So every level stays within the beginner dose
# plus one such step, and a level is one step from the level below it.
LEVEL_DOSES: dict[str, Dose] = {
    "drawing-in": Dose(hold=(10, 12), reps=(10, 12)),
    "pelvic-floor": Dose(hold=(1, 10), reps=(10, 12)),
    "glute-bridge": Dose(hold=(6, 8), reps=(8, 12)),
    "bird-dog": Dose(hold=(3, 5), reps=(5, 10), each_side=True),
    "clamshell": Dose(hold=(2, 5), reps=(10, 12), sets=(1, 3), each_side=True),
    "side-plank-knees": Dose(hold=(8, 12), reps=(3, 5), each_side=True),
}
MORE_HOLD, MORE_REPS, MORE_SETS = 2, 2, 1


def stabilizing_steps(routine: Routine) -> list[Step]:
    return [step for phase, step in routine.steps() if phase.kind is PhaseKind.STABILIZE]


@pytest.mark.parametrize("name", LOW_BACK)
def test_every_stabilizing_step_has_two_or_three_levels_above_the_step_itself(name: str) -> None:
    steps = stabilizing_steps(builtin(name))

    assert steps
    for step in steps:
        assert 2 <= len(step.levels) <= 3, (step.id, len(step.levels))


def test_the_pelvic_girdle_routine_has_levels_where_they_make_sense() -> None:
    levels = {
        step.id: len(step.levels) for step in stabilizing_steps(builtin("pelvic-girdle-care"))
    }

    # Drawing-in and the pelvic floor slow holds grow as in low-back (the holds up to 10 s × 10);
    # the bridge grows by 2 reps only, to stay short on the back and never march on one leg;
    # the 10 quick squeezes are the whole dose, with nothing to grow into.
    assert levels == {
        "drawing-in": 2,
        "glute-bridge": 1,
        "pelvic-floor": 2,
        "pelvic-floor-quick": 0,
    }


@pytest.mark.parametrize("name", NAMES)
def test_only_the_stabilizing_steps_have_levels(name: str) -> None:
    for phase, step in builtin(name).steps():
        if step.levels:
            assert phase.kind is PhaseKind.STABILIZE, step.id


@pytest.mark.parametrize("name", NAMES)
def test_every_level_keeps_a_dose_within_the_clinical_progression(name: str) -> None:
    for step in every_level(builtin(name)):
        if step.level == 1:
            continue
        assert _fits(step, LEVEL_DOSES[step.id]), (
            f"{name}: {step.id} level {step.level} is {step.hold} s × {step.reps} × "
            f"{step.sets} sets, rest {step.rest} s / {step.set_rest} s"
        )


def dose_steps(lower: Step, higher: Step) -> dict[str, float]:
    """How much each part of the dose grows from one level to the next."""
    return {
        "hold": higher.hold - lower.hold,
        "reps": higher.reps - lower.reps,
        "sets": higher.sets - lower.sets,
    }


@pytest.mark.parametrize("name", NAMES)
def test_each_level_is_one_step_up_from_the_level_below_it(name: str) -> None:
    for _, step in builtin(name).steps():
        for level in range(2, step.top_level + 1):
            lower, higher = step.at_level(level - 1), step.at_level(level)
            grown = {part: more for part, more in dose_steps(lower, higher).items() if more > 0}
            where = (name, step.id, level)
            if higher.name != lower.name:  # a harder version: the dose does not grow with it
                assert grown == {}, where
                assert higher.figure != lower.figure and higher.cues != lower.cues, where
            else:  # more of the same: one part of the dose grows, by one step
                assert len(grown) == 1, where
                assert grown.get("hold", 0) <= MORE_HOLD, where
                assert grown.get("reps", 0) <= MORE_REPS, where
                assert grown.get("sets", 0) <= MORE_SETS, where
                assert higher.rest == lower.rest, where


@pytest.mark.parametrize("name", LOW_BACK)
def test_bird_dog_starts_with_the_leg_only_and_then_reaches_the_opposite_arm_and_leg(
    name: str,
) -> None:
    bird_dog = next(step for step in stabilizing_steps(builtin(name)) if step.id == "bird-dog")
    leg, arm_and_leg = bird_dog.at_level(1), bird_dog.at_level(2)

    assert (localized(leg.name, "en"), leg.figure) == (
        "Bird-dog, leg only",
        ("all-fours", "bird-dog-leg"),
    )
    assert localized(leg.name, "ja") == "バードドッグ（脚のみ）"
    assert "arm" not in " ".join(localized(cue, "en") for cue in leg.cues).lower()
    assert (localized(arm_and_leg.name, "en"), arm_and_leg.figure) == (
        "Bird-dog, arm and leg",
        ("all-fours", "bird-dog-reach"),
    )
    assert "opposite leg" in localized(arm_and_leg.cues[0], "en")


@pytest.mark.parametrize("name", LOW_BACK)
def test_the_bridge_moves_on_to_marching_at_its_top_level(name: str) -> None:
    bridge = next(step for step in stabilizing_steps(builtin(name)) if step.id == "glute-bridge")
    top = bridge.at_level(bridge.top_level)

    assert localized(top.name, "en") == "Glute bridge with marching"
    assert top.figure == ("hook-lying", "bridge-marching")
    assert any("foot" in localized(cue, "en") for cue in top.cues)


def test_the_side_plank_on_the_knees_progresses_by_longer_holds() -> None:
    side_plank = next(
        s for s in stabilizing_steps(builtin("low-back")) if s.id == "side-plank-knees"
    )

    assert side_plank.at_level(2).hold > side_plank.at_level(1).hold


# The session screen's narrowest text column: a step's name must fit on one line there.
NARROWEST = MIN_WIDTH - 4


@pytest.mark.parametrize("name", NAMES)
def test_every_levels_name_fits_one_line_of_the_narrowest_session_screen(name: str) -> None:
    for step in every_level(builtin(name)):
        for lang in ("en", "ja"):
            assert cell_len(localized(step.name, lang)) <= NARROWEST, (step.id, step.level, lang)


# pelvic-girdle-care: most days; its pelvic floor part on its own on the other days
@pytest.mark.parametrize(
    ("name", "per_week"), [("low-back", 3), ("low-back-quick", 4), ("pelvic-girdle-care", 5)]
)
def test_a_built_in_routine_says_how_often_and_for_how_long(name: str, per_week: int) -> None:
    routine = builtin(name)

    assert routine.schedule == Schedule(per_week=per_week, weeks=(6, 8))
    assert routine.frequency is not None
    assert "6 to 8 weeks" in localized(routine.frequency, "en")
    assert "6〜8週間" in localized(routine.frequency, "ja")


def test_the_two_schedules_together_fill_the_week() -> None:
    full, quick = builtin("low-back").schedule, builtin("low-back-quick").schedule

    assert full is not None and quick is not None
    assert full.sessions_per_week + quick.sessions_per_week == 7


@pytest.mark.parametrize(
    ("name", "top_minutes"), [("low-back", 30), ("low-back-quick", 10), ("pelvic-girdle-care", 12)]
)
def test_a_built_in_routine_at_its_top_levels_stays_within_a_session_people_can_keep_up(
    name: str, top_minutes: int
) -> None:
    routine = builtin(name)

    assert plan_session(at_top_levels(routine)).total_seconds <= top_minutes * 60


SENTENCE_END = {"en": re.compile(r"[.!?](?:\s|$)"), "ja": re.compile("。")}


@pytest.mark.parametrize("name", NAMES)
def test_a_built_in_routine_has_four_to_six_learn_cards_of_two_to_four_sentences(
    name: str,
) -> None:
    cards = builtin(name).learn

    assert 4 <= len(cards) <= 6
    for card in cards:
        for lang, end in SENTENCE_END.items():
            sentences = len(end.findall(localized(card.text, lang)))
            assert 2 <= sentences <= 4, (card.id, lang, sentences)


def test_the_full_routine_explains_the_method_in_its_cards() -> None:
    cards = {card.id: card for card in builtin("low-back").learn}
    text = {key: localized(card.text, "en") for key, card in cards.items()}

    assert "not serious" in localized(cards["most-back-pain"].title, "en")
    assert "bridge" in text["support-first"] and "ropes" in text["support-first"]
    assert "stabilise first, then loosen only if still needed" in text["support-first"]
    assert "guarding" in text["stiffness"]
    assert "walk" in text["keep-moving"]
    assert cards["keep-moving"].source is not None
    sources = localized(cards["keep-moving"].source, "en")
    assert "NICE NG59" in sources and "WalkBack" in sources
    assert "2 weeks" in text["when-to-get-help"]


def test_the_quick_routine_carries_the_same_cards_as_the_full_one() -> None:
    assert builtin("low-back-quick").learn == builtin("low-back").learn


def step_ids(routine: Routine, kind: PhaseKind) -> list[str]:
    return [step.id for phase in routine.phases if phase.kind is kind for step in phase.steps]


def test_the_full_routine_has_the_stabilizing_and_loosening_steps_of_the_method() -> None:
    low_back = builtin("low-back")

    stabilize = step_ids(low_back, PhaseKind.STABILIZE)
    loosen = step_ids(low_back, PhaseKind.LOOSEN)

    assert stabilize[:5] == ["drawing-in", "pelvic-floor", "glute-bridge", "bird-dog", "clamshell"]
    assert loosen == ["cat-cow", "knees-rocking", "knee-to-chest", "hamstring-towel"]


def test_the_quick_routine_uses_fewer_steps_of_the_full_one_in_the_same_order() -> None:
    full = builtin("low-back")
    quick = builtin("low-back-quick")

    full_ids = [step.id for _, step in full.steps()]
    quick_stabilize = step_ids(quick, PhaseKind.STABILIZE)

    assert len(quick.steps()) < len(full.steps())
    assert {step.id for _, step in quick.steps()} <= set(full_ids)
    assert quick_stabilize == [i for i in full_ids if i in quick_stabilize]


@pytest.mark.parametrize("name", NAMES)
def test_the_stabilize_phase_explains_the_order_in_both_languages(name: str) -> None:
    stabilize = next(p for p in builtin(name).phases if p.kind is PhaseKind.STABILIZE)

    assert stabilize.why is not None and not isinstance(stabilize.why, str)
    assert "stabilise first" in stabilize.why["en"]
    assert "先に安定" in stabilize.why["ja"]


def test_the_built_in_files_end_in_yaml_and_are_utf8_without_tabs() -> None:
    for path in Path(BUILTIN_ROUTINES).iterdir():
        assert path.suffix == ".yaml", path.name
        assert "\t" not in path.read_bytes().decode("utf-8"), path.name


# --- The figure-4 stays out -------------------------------------------------------------------

# CLINICAL.md: the figure-4 position (flexion, abduction, external rotation) is FABER / Patrick's
# test, a recommended SI-joint pain-provocation test (Vleeming 2008); holding it is a sustained
# provocation for the people these routines are for. Practitioners may still use its poses.
FIGURE_4_POSES = {"figure-4-start", "figure-4-pull"}
FIGURE_4_WORDS = re.compile(r"figure[- ]?(4|four)|faber|4の字", re.IGNORECASE)


@pytest.mark.parametrize("name", NAMES)
def test_no_built_in_step_is_the_figure_4(name: str) -> None:
    for step in every_level(builtin(name)):
        said = " ".join([step.id, *(localized(step.name, lang) for lang in ("en", "ja"))])
        assert not FIGURE_4_WORDS.search(said), (name, step.id, step.level)
        assert not FIGURE_4_POSES & set(step.figure), (name, step.id, step.level, step.figure)


def test_the_figure_4_poses_stay_in_the_library_for_practitioners() -> None:
    assert pose_names() >= FIGURE_4_POSES


# --- Gentle loosening ---------------------------------------------------------------------------


def loosen_seconds(plan: Plan) -> float:
    return sum(segment.seconds for segment in plan if segment.phase is PhaseKind.LOOSEN)


def test_the_full_routines_loosening_is_three_to_five_minutes_of_gentle_movement() -> None:
    low_back = builtin("low-back")

    # as planned: the lead-ins and the side switches count
    assert 3 * 60 <= loosen_seconds(plan_session(low_back)) <= 5 * 60


def test_the_quick_routines_loosening_stays_short() -> None:
    assert loosen_seconds(plan_session(builtin("low-back-quick"))) <= 3 * 60


@pytest.mark.parametrize("name", LOW_BACK)
def test_the_loosen_phase_says_stiffness_is_often_guarding_so_loosening_may_not_be_needed(
    name: str,
) -> None:
    loosen = next(p for p in builtin(name).phases if p.kind is PhaseKind.LOOSEN)

    assert loosen.why is not None and not isinstance(loosen.why, str)
    assert "guarding" in loosen.why["en"] and "lacks support" in loosen.why["en"]
    assert "may not be needed" in loosen.why["en"]
    assert "守り" in loosen.why["ja"] and "ほぐす必要がなくなる" in loosen.why["ja"]


@pytest.mark.parametrize("name", LOW_BACK)
def test_the_loosening_steps_are_small_and_stop_on_the_usual_pain(name: str) -> None:
    steps = {
        step.id: step
        for step in every_level(builtin(name))
        if step.id in {"knees-rocking", "knee-to-chest", "hamstring-towel"}
    }

    rocking = steps["knees-rocking"]
    assert "together" in localized(rocking.position, "en")
    assert any("small" in localized(cue, "en") for cue in rocking.cues)
    assert rocking.figure == ("knees-sway-one-side", "knees-sway-other-side")
    knee = steps["knee-to-chest"]
    assert "small range" in localized(knee.name, "en").lower()
    if "hamstring-towel" in steps:
        towel = steps["hamstring-towel"]
        assert towel.caution is not None
        assert "Stop if it brings on your usual buttock or SI pain" in localized(
            towel.caution, "en"
        )
        assert "gentle stretch" in localized(towel.cues[0], "en")
        assert "仙腸関節" in localized(towel.caution, "ja")


# --- Cautions and wording -----------------------------------------------------------------------


def all_text(routine: Routine, lang: str) -> str:
    return "\n".join(localized(text, lang) for _, text in texts_of(routine))


@pytest.mark.parametrize("name", LOW_BACK)
def test_the_pregnancy_caution_says_from_about_16_weeks_and_names_a_midwife(name: str) -> None:
    routine = builtin(name)
    caution = next(c for c in routine.cautions if "pregnan" in localized(c, "en"))

    english, japanese = localized(caution, "en"), localized(caution, "ja")
    assert "from about 16 weeks of pregnancy" in english.lower()
    assert "lying flat on your back for long" in english
    assert "midwife" in english and "doctor" in english and "physiotherapist" in english
    assert "妊娠16週ごろ以降" in japanese and "助産師" in japanese
    assert "妊娠後期" not in all_text(routine, "ja")  # 28 weeks on: the wrong time


@pytest.mark.parametrize("name", NAMES)
def test_not_improving_or_worse_points_to_a_professional_or_the_author(name: str) -> None:
    routine = builtin(name)
    caution = next(c for c in routine.cautions if "2 weeks" in localized(c, "en"))

    assert "physiotherapist, or the author of this routine" in localized(caution, "en")
    assert "理学療法士などの専門家、またはこのルーティンの作成者" in localized(caution, "ja")


@pytest.mark.parametrize(
    ("name", "area"),
    [
        ("low-back", "low-back"),
        ("low-back-quick", "low-back"),
        ("pelvic-girdle-care", "pelvic-girdle"),
    ],
)
def test_a_built_in_routine_names_its_body_area_right_after_its_version(
    name: str, area: str
) -> None:
    lines = (BUILTIN_ROUTINES / f"{name}.yaml").read_text("utf-8").splitlines()

    assert builtin(name).area == area
    assert lines[lines.index('version: "1.0"') + 1] == f"area: {area}"


@pytest.mark.parametrize("name", NAMES)
def test_the_japanese_uses_one_term_for_stabilising_exercises_and_one_for_hold(name: str) -> None:
    japanese = all_text(builtin(name), "ja")

    assert "安定させる運動" in japanese
    for other in ("保持", "安定運動", "安定化運動", "スタビライゼーション", "ホールド"):
        assert other not in japanese, other
    assert "妊娠後期" not in japanese  # 28 weeks or later; the advice starts at about 16 weeks


@pytest.mark.parametrize("name", NAMES)
def test_the_english_is_british(name: str) -> None:
    english = all_text(builtin(name), "en")

    assert not re.search(r"stabiliz", english, re.IGNORECASE)
    assert "stabilis" in english


# --- Pelvic girdle care -------------------------------------------------------------------------

# Poses with the body lying on its back (supine). Every pose whose description says so is here.
SUPINE_POSES = {
    "hook-lying",
    "hook-lying-hands-on-belly",
    "bridge-top",
    "bridge-marching",
    "knee-to-chest",
    "figure-4-start",
    "figure-4-pull",
    "hamstring-towel-start",
    "hamstring-towel-stretch",
    "knees-sway-one-side",
    "knees-sway-other-side",
}
# POGP: no straddling, no standing on one leg, knees together. These poses open the legs apart
# (clamshell, figure-4) or load or lift one leg on its own.
LEGS_APART_POSES = {"clamshell-open", "figure-4-start", "figure-4-pull"}
ONE_LEG_POSES = {
    "bridge-marching",
    "bird-dog-leg",
    "bird-dog-reach",
    "knee-to-chest",
    "hamstring-towel-start",
    "hamstring-towel-stretch",
}
NOT_FOR_THE_PELVIC_GIRDLE = re.compile(
    r"clamshell|straddl|astride|one[- ]leg|single[- ]leg|marching|lunge|figure[- ]?4"
    r"|クラムシェル|片脚|またが",
    re.IGNORECASE,
)
MOST_ON_THE_BACK = 120  # seconds in a row, lead-ins and rests included (CLINICAL.md: under 2 min)


def test_the_supine_poses_are_the_poses_described_as_on_the_back() -> None:
    described = {
        name
        for name in pose_names()
        if load_pose(name).description["en"].startswith(("On the back", "Top of a bridge"))
    }

    assert described == SUPINE_POSES
    assert pose_names() >= LEGS_APART_POSES | ONE_LEG_POSES


def is_supine(step: Step) -> bool:
    return bool(SUPINE_POSES & set(step.figure))


def supine_bouts(plan: Plan) -> list[float]:
    """The seconds of each unbroken stretch of segments spent on the back."""
    steps = [step for _, step in plan.routine.steps()]
    bouts: list[float] = []
    running = 0.0
    for segment in plan:
        if is_supine(steps[segment.step_index]):
            running += segment.seconds
        elif running:
            bouts.append(running)
            running = 0.0
    if running:
        bouts.append(running)
    return bouts


def at_every_level(routine: Routine) -> Iterator[Routine]:
    """The routine with all its steps at level 1, then 2, and so on (each as far as it goes)."""
    top = max(step.top_level for _, step in routine.steps())
    for level in range(1, top + 1):
        yield routine.at_levels({step.id: level for _, step in routine.steps()})


def test_supine_bouts_add_up_consecutive_steps_on_the_back_with_their_lead_ins() -> None:
    routine = builtin("low-back")

    bouts = supine_bouts(plan_session(routine))
    # settle in, then drawing-in, pelvic floor and bridge in a row on the back
    on_the_back = ("slow-breathing", "drawing-in", "pelvic-floor", "glute-bridge")
    plan = plan_session(routine)
    expected = sum(s.seconds for s in plan if s.step in on_the_back)
    assert bouts[0] == expected
    assert bouts[0] > MOST_ON_THE_BACK  # the measure can fail: low-back is not for late pregnancy


def test_pelvic_girdle_care_never_lies_on_the_back_for_more_than_two_minutes_in_a_row() -> None:
    for routine in at_every_level(builtin("pelvic-girdle-care")):
        bouts = supine_bouts(plan_session(routine))
        assert bouts, "the bridge lies on the back"
        assert max(bouts) <= MOST_ON_THE_BACK, bouts


def test_every_step_on_the_back_in_pelvic_girdle_care_says_to_use_the_side_from_16_weeks() -> None:
    supine = [step for step in every_level(builtin("pelvic-girdle-care")) if is_supine(step)]

    assert supine
    for step in supine:
        assert step.caution is not None, step.id
        english, japanese = localized(step.caution, "en"), localized(step.caution, "ja")
        assert "From about 16 weeks of pregnancy" in english and "side" in english, step.id
        assert "妊娠16週ごろ以降は仰向けを避け" in japanese and "横向き" in japanese, step.id


def test_pelvic_girdle_care_has_no_clamshell_straddle_or_one_leg_step() -> None:
    for step in every_level(builtin("pelvic-girdle-care")):
        said = " ".join([step.id, *(localized(step.name, lang) for lang in ("en", "ja"))])
        assert not NOT_FOR_THE_PELVIC_GIRDLE.search(said), (step.id, said)
        assert not (LEGS_APART_POSES | ONE_LEG_POSES) & set(step.figure), (step.id, step.figure)
        for pose in step.figure:  # knees together: the two legs posed alike
            angles = load_pose(pose).angles
            legs = ("thigh", "shin", "foot")
            assert [angles[f"near.{leg}"] for leg in legs] == [
                angles[f"far.{leg}"] for leg in legs
            ], (step.id, pose)


def test_pelvic_girdle_care_is_mostly_on_the_side_or_sitting() -> None:
    steps = [step for _, step in builtin("pelvic-girdle-care").steps()]
    poses = {pose for step in steps for pose in step.figure}

    assert {"side-lying-hand-on-belly", "sitting-tall", "sitting-rounded"} <= poses
    assert sum(is_supine(step) for step in steps) == 1  # the short bridge only
    assert [step.id for step in steps if step.levels] == [
        "drawing-in",
        "glute-bridge",
        "pelvic-floor",
    ]


def test_pelvic_girdle_care_says_who_it_is_for_and_what_it_is_not() -> None:
    routine = builtin("pelvic-girdle-care")
    fits = " ".join(localized(text, "en") for text in routine.fits)
    cautions = " ".join(localized(text, "en") for text in routine.cautions)

    assert "pregnant" in fits and "12 months" in fits
    assert "midwife, doctor or physiotherapist" in fits
    assert "not a diagnosis or a treatment" in cautions
    assert "midwife, doctor or physiotherapist has said that exercise is OK" in cautions
    for sign in ("bleeding", "leaking fluid", "tightenings", "rhythm", "fever", "urine", "calf"):
        assert sign in cautions, sign
    assert "knees together" in cautions and "straddle" in cautions and "one leg" in cautions
    ja = " ".join(localized(text, "ja") for text in (*routine.fits, *routine.cautions))
    assert "助産師" in ja and "診断や治療ではなく" in ja and "妊娠16週ごろ以降" in ja


def test_pelvic_girdle_cares_cards_carry_the_daily_living_advice() -> None:
    cards = builtin("pelvic-girdle-care").learn
    english = " ".join(localized(card.text, "en") for card in cards)
    japanese = " ".join(localized(card.text, "ja") for card in cards)

    assert all(card.source is not None for card in cards)
    for advice in (
        "knees together",
        "turn over in bed",
        "Sit down to put on",
        "smaller steps",
        "straddling",
        "standing on one leg",
        "active within comfort",
        "midwife or maternity unit",
    ):
        assert advice in english, advice
    for sign in ("bleeding", "leaking fluid", "tightenings", "rhythm", "fever", "urine", "calf"):
        assert sign in english, sign
    for advice in (
        "膝をそろえ",
        "寝返り",
        "座って",
        "歩幅を小さく",
        "またが",
        "片脚立ち",
        "助産師",
    ):
        assert advice in japanese, advice
