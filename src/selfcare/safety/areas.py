"""The safety check of each body area: its signs by tier, its histories and its advice.

Every entry is a message key, so the session, `show` and the handout print the same words.
Sources per sign are listed in docs/safety.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from selfcare.i18n.language import t
from selfcare.routine.model import Area, Routine

# Signs common to every area.
GENERAL_EMERGENCY = ("screen.chest_pain", "screen.accident")
GENERAL_DOCTOR = (
    "screen.fever",
    "screen.weight_loss",
    "screen.night_pain",
    "screen.minor_fall",
    "screen.infection",
)
GENERAL_CLEARANCE = ("screen.not_improving",)
GENERAL_HISTORIES = ("screen.cancer", "screen.immune", "screen.osteoporosis", "screen.surgery")
# The cauda equina signs, as the NHS cards word them.
CAUDA_EQUINA = (
    "screen.saddle",
    "screen.wiping",
    "screen.bladder",
    "screen.passing",
    "screen.leaking",
    "screen.sexual",
    "screen.both_legs",
    "screen.leg_weakness",
)
BACK_DOCTOR = ("screen.back_lump", "screen.shoulder_blades", "screen.one_leg")
BACK_HISTORIES = ("screen.back_onset", "screen.inflammatory_disease")
# Neck: the signs of the IFOMPT cervical framework that call for help now.
NECK_EMERGENCY = (
    "screen.dizziness",
    "screen.double_vision",
    "screen.speech",
    "screen.drop_attacks",
    "screen.face_numbness",
    "screen.both_arms",
    "screen.neck_injury",
    "screen.fever_stiff_neck",
)
PREGNANCY_SIGNS = (
    "pregnancy.bleeding",
    "pregnancy.fluid",
    "pregnancy.tightenings",
    "pregnancy.fever",
    "pregnancy.calf",
    "pregnancy.headache",
)
INFLAMMATORY_FEATURES = (
    "inflammatory.morning",
    "inflammatory.night",
    "inflammatory.movement",
    "inflammatory.medicine",
    "inflammatory.buttocks",
    "inflammatory.family",
    "inflammatory.psoriasis",
)


@dataclass(frozen=True)
class AreaSafety:
    """What one area asks before a session and says during and after it (message keys).

    emergency: tier A, help now. doctor: tier B, a doctor today or tomorrow. clearance: tier C,
    asked every full check, may go on with a clinician's OK. histories: asked once, then every
    3 months or after a warning sign, with the clinician's OK recorded.
    """

    area: Area
    name: str
    intro: str
    emergency: tuple[str, ...]
    doctor: tuple[str, ...]
    clearance: tuple[str, ...]
    histories: tuple[str, ...]
    short_signs: str  # the signs named by the one question of a recent check
    stop_when: str
    improve: str
    flare_up: str
    inflammatory: bool = False  # ask about inflammatory back pain every 3 months


LOW_BACK = AreaSafety(
    area=Area.LOW_BACK,
    name="area.low-back",
    intro="screen.intro_low_back",
    emergency=CAUDA_EQUINA + GENERAL_EMERGENCY,
    doctor=GENERAL_DOCTOR + BACK_DOCTOR,
    clearance=GENERAL_CLEARANCE,
    histories=GENERAL_HISTORIES + BACK_HISTORIES,
    short_signs="screen.short_low_back",
    stop_when="stop_when.low_back",
    improve="improve.low_back",
    flare_up="flare_up.low_back",
    inflammatory=True,
)
AREAS: dict[Area, AreaSafety] = {
    Area.LOW_BACK: LOW_BACK,
    # The pelvis in pregnancy and after birth: the low back's signs, its own words around them.
    Area.PELVIC_GIRDLE: replace(
        LOW_BACK,
        area=Area.PELVIC_GIRDLE,
        name="area.pelvic-girdle",
        intro="screen.intro_pelvic_girdle",
        stop_when="stop_when.pelvic_girdle",
        improve="improve.pelvic_girdle",
        flare_up="flare_up.pelvic_girdle",
    ),
    Area.NECK_SHOULDER: AreaSafety(
        area=Area.NECK_SHOULDER,
        name="area.neck-shoulder",
        intro="screen.intro_neck_shoulder",
        emergency=(*NECK_EMERGENCY, "screen.chest_pain"),
        doctor=(*GENERAL_DOCTOR, "screen.clumsy"),
        clearance=GENERAL_CLEARANCE,
        histories=GENERAL_HISTORIES,
        short_signs="screen.short_neck_shoulder",
        stop_when="stop_when.neck_shoulder",
        improve="improve.neck_shoulder",
        flare_up="flare_up.neck_shoulder",
    ),
    Area.GENERAL: AreaSafety(
        area=Area.GENERAL,
        name="area.general",
        intro="screen.intro_general",
        emergency=GENERAL_EMERGENCY,
        doctor=GENERAL_DOCTOR,
        clearance=GENERAL_CLEARANCE,
        histories=GENERAL_HISTORIES,
        short_signs="screen.short_general",
        stop_when="stop_when.general",
        improve="improve.general",
        flare_up="flare_up.general",
    ),
}


def area_safety(area: Area) -> AreaSafety:
    return AREAS[area]


def stop_when_words(routine: Routine) -> str:
    """During a session: the signs to stop at once for, and the key that stops."""
    return t("session.stop_line", stop_when=t(AREAS[routine.area].stop_when))
