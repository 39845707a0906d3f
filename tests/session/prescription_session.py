"""`selfcare start` on a routine built in code: a session with the prescription fields (own
pace, a side said with its meaning, equipment, what to avoid, a video) before routine files
can say them. Run as a script in a terminal:
`python prescription_session.py [--voice] [--yes] [--speed X] [--lead-in SECONDS]`.
"""

from __future__ import annotations

import sys

from selfcare.i18n.language import detect_language, set_language
from selfcare.routine.model import Pace, Phase, PhaseKind, Routine, Side, SideDose, Step
from selfcare.routine.plan import plan_session

ROUTINE = Routine(
    id="prescription",
    title={"en": "Home exercises", "ja": "自宅での運動"},
    get_ready=3,
    equipment=({"en": "a towel", "ja": "タオル"},),
    phases=(
        Phase(
            PhaseKind.STABILIZE,
            (
                Step(
                    "sit-to-stand",
                    {"en": "Sit to stand", "ja": "椅子からの立ち上がり"},
                    hold=0,
                    pace=Pace.OWN,
                    reps=10,
                    sets=2,
                    rest=5,
                    tempo=3,
                    position={
                        "en": "Sit on the front half of the chair.",
                        "ja": "椅子に浅く座ります。",
                    },
                    cues=(
                        {
                            "en": "Stand up slowly, then sit down slowly.",
                            "ja": "ゆっくり立ち、ゆっくり座ります。",
                        },
                    ),
                    mistakes=(
                        {"en": "Knees falling inwards", "ja": "膝が内側に入る"},
                        {"en": "Dropping onto the chair", "ja": "勢いよく座る"},
                        {"en": "Holding your breath", "ja": "息を止める"},
                    ),
                    video="https://example.com/videos/sit-to-stand",
                    equipment=({"en": "a chair", "ja": "椅子"}, {"en": "A towel", "ja": "タオル"}),
                ),
            ),
        ),
        Phase(
            PhaseKind.LOOSEN,
            (
                Step(
                    "side-stretch",
                    {"en": "Side stretch", "ja": "体側のストレッチ"},
                    hold=5,
                    reps=2,
                    rest=2,
                    side=Side.RIGHT,
                    side_means={"en": "the side you stretch", "ja": "伸ばす側"},
                ),
                Step(
                    "hip-flexor",
                    {"en": "Hip flexor stretch", "ja": "股関節前側のストレッチ"},
                    hold=4,
                    reps=2,
                    rest=1,
                    each_side=True,
                    left=SideDose(reps=3),  # the stiffer side does one more
                    side_means={"en": "the knee on the floor", "ja": "床についた膝"},
                ),
            ),
            ask={"en": "Still tight?", "ja": "まだこわばりがありますか？"},
        ),
    ),
)


def main() -> int:
    from selfcare.commands.start import start
    from selfcare.session.guided import SessionOptions

    set_language(detect_language().value)
    speed = float(_value("--speed", "1"))
    options = SessionOptions(speed=speed, voice="--voice" in sys.argv, yes="--yes" in sys.argv)
    # --lead-in: a shorter getting ready after each question, for tests at speed 1
    plan = plan_session(ROUTINE, lead_in_after_question=float(_value("--lead-in", "15")))
    return start(plan, options)


def _value(option: str, default: str) -> str:
    return sys.argv[sys.argv.index(option) + 1] if option in sys.argv else default


if __name__ == "__main__":
    sys.exit(main())
