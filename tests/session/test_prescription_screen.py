"""What the session shows and says for a prescription: the rep at your own pace in big digits,
sides said with what they mean, each side's own counts, what to avoid and the video while a
step gets ready, on the live screen, in plain lines and aloud."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from selfcare.i18n.language import set_language
from selfcare.routine.model import Pace, Phase, PhaseKind, Routine, Side, SideDose, Step
from selfcare.routine.plan import Segment, SegmentKind, plan_session
from selfcare.session.ports import Frame
from selfcare.session.views.audio import Chimes, Cue
from selfcare.session.views.big_digits import big_text
from selfcare.session.views.live import LiveView
from selfcare.session.views.plain import PlainView
from selfcare.session.views.sound import CueingView
from selfcare.session.views.voice import Voice

VIDEO = "https://example.com/videos/sit-to-stand"
STRETCH = {"en": "the side you stretch", "ja": "伸ばす側"}
ROUTINE = Routine(
    id="prescription",
    title="Prescription",
    get_ready=3,
    phases=(
        Phase(
            PhaseKind.STABILIZE,
            (
                Step(
                    "sit-to-stand",
                    "Sit to stand",
                    hold=0,
                    pace=Pace.OWN,
                    reps=10,
                    sets=2,
                    rest=5,
                    mistakes=("Knees falling inwards", "Dropping onto the chair"),
                    video=VIDEO,
                ),
            ),
        ),
        Phase(
            PhaseKind.LOOSEN,
            (
                Step("side-stretch", "Side stretch", hold=5, side=Side.RIGHT, side_means=STRETCH),
                Step(
                    "hip-flexor",
                    "Hip flexor stretch",
                    hold=4,
                    reps=2,
                    each_side=True,
                    side_means=STRETCH,
                    left=SideDose(reps=3),
                ),
            ),
        ),
    ),
)
PLAN = plan_session(ROUTINE, lead_in_after_question=0)


def segment(
    step: str, kind: SegmentKind, side: Side | None = None, rep: int | None = None
) -> Segment:
    return next(
        s
        for s in PLAN
        if s.step == step
        and s.kind is kind
        and (side is None or s.side is side)
        and (rep is None or s.rep == rep)
    )


def frame_of(shown: Segment, remaining: int = 2) -> Frame:
    return Frame(shown, remaining, 0.1, 0.1, 100, paused=False, next_step=None, approximate=True)


def screen(frame: Frame, width: int = 80, height: int = 24, view: LiveView | None = None) -> str:
    console = Console(file=io.StringIO(), width=width, height=height, color_system=None)
    view = view or LiveView(console, ROUTINE)
    view.console = console
    with console.capture() as captured:
        console.print(view.render(frame))
    return captured.get()


def rows_of_digits(number: str, size: int) -> list[str]:
    return [row.strip() for row in big_text(number, size).split("\n")]


def drawn(number: str, size: int, text: str) -> bool:
    """Whether `number` is drawn at `size` in `text`, its rows one under another."""
    rows = [row.strip() for row in text.split("\n")]
    wanted = rows_of_digits(number, size)
    return any(rows[n : n + len(wanted)] == wanted for n in range(len(rows)))


# --- the rep at your own pace ------------------------------------------------------------


def test_the_big_digits_show_the_rep_with_rep_3_of_10_under_them_at_80x24() -> None:
    text = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=3), remaining=4))

    assert drawn("3", 2, text) and not drawn("4", 2, text)  # the rep, not the seconds
    assert "rep 3 of 10" in text
    assert "At your own pace  ·  set 1/2" in text
    assert "space/Enter next rep · p pause · n skip" in text
    assert "about 1:40 left" in text
    assert len(text.rstrip("\n").split("\n")) <= 24


def test_the_rep_keeps_its_size_from_9_to_10() -> None:
    ninth = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=9)), 60, 30)
    tenth = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=10)), 60, 30)

    sizes = [size for size in (3, 2, 1) if drawn("9", size, ninth)]
    assert sizes and drawn("10", sizes[0], tenth)


def test_the_rep_in_japanese_reads_10_kai_chu_3_kaime() -> None:
    set_language("ja")
    text = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=3)))

    assert "10回中 3回目" in text and "自分のペースで" in text
    assert "スペース/Enter 次の回" in text and "残り 約1:40" in text


def test_a_window_too_small_still_shows_the_rep() -> None:
    text = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=7), 3), 40, 12)

    assert " 7 " in text and " 3 " not in text


# --- sides ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "band"),
    [
        (
            segment("side-stretch", SegmentKind.GET_READY),
            "Get ready · right side (the side you stretch)",
        ),
        (segment("side-stretch", SegmentKind.WORK), "Hold · right side (the side you stretch)"),
        (
            segment("hip-flexor", SegmentKind.GET_READY),
            "Get ready · left side (the side you stretch) first",
        ),
        (
            segment("hip-flexor", SegmentKind.SWITCH),
            "Switch to the right side (the side you stretch)",
        ),
    ],
)
def test_the_band_says_the_side_with_what_it_means(shown: Segment, band: str) -> None:
    assert band in screen(frame_of(shown), 100, 30)


def test_a_side_in_japanese_says_what_it_means() -> None:
    set_language("ja")
    text = screen(frame_of(segment("hip-flexor", SegmentKind.SWITCH)), 100, 30)

    assert "右側（伸ばす側）に替えます" in text


def test_one_side_only_has_no_switch_and_each_side_counts_its_own_reps() -> None:
    assert not any(s.step == "side-stretch" and s.kind is SegmentKind.SWITCH for s in PLAN)
    left = screen(frame_of(segment("hip-flexor", SegmentKind.WORK, Side.LEFT)), 100, 30)
    right = screen(frame_of(segment("hip-flexor", SegmentKind.WORK, Side.RIGHT)), 100, 30)

    assert "rep 1/3" in left and "rep 1/2" in right


# --- getting ready: what to avoid and the video ------------------------------------------


def test_getting_ready_shows_what_to_avoid_and_the_video_when_there_is_room() -> None:
    text = screen(frame_of(segment("sit-to-stand", SegmentKind.GET_READY)), 100, 40)

    assert "Avoid\n" in text.replace(" \n", "\n").replace("  ", "")
    assert "✗ Knees falling inwards" in text and "✗ Dropping onto the chair" in text
    assert f"Video: {VIDEO}" in text


def test_what_to_avoid_is_never_shown_during_the_reps() -> None:
    text = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=1)), 100, 40)

    assert "Knees falling inwards" not in text and VIDEO not in text


def test_a_long_list_to_avoid_is_cut_and_never_pushes_the_countdown_off_the_screen() -> None:
    many = tuple(f"Mistake number {n}" for n in range(1, 30))
    crowded = Step("squat", "Squat", hold=0, pace=Pace.OWN, reps=10, mistakes=many)
    routine = Routine("crowded", "Crowded", (Phase(PhaseKind.STABILIZE, (crowded,)),), get_ready=9)
    ready = plan_session(routine, lead_in_after_question=0)[0]
    console = Console(file=io.StringIO(), width=80, height=24, color_system=None)
    view = LiveView(console, routine)
    view.first_lead_in = False  # a later step: no stop warning taking rows

    text = screen(frame_of(ready, remaining=9), view=view)

    rows = text.rstrip("\n").split("\n")
    assert len(rows) <= 24
    assert drawn("9", 2, text)  # as large as without the list
    assert "Mistake number 1" in text and "Mistake number 29" not in text
    assert "space pause" in rows[-1]


def test_the_video_is_a_terminal_link_around_the_address() -> None:
    out = io.StringIO()
    console = Console(file=out, width=100, height=40, color_system="truecolor", force_terminal=True)
    view = LiveView(console, ROUTINE)
    console.print(view.render(frame_of(segment("sit-to-stand", SegmentKind.GET_READY))))

    written = out.getvalue()
    assert f";{VIDEO}\x1b\\" in written  # OSC 8: ESC ] 8 ; id ; URL ST
    assert "\x1b]8;;\x1b\\" in written  # and the link's end


def test_an_address_with_control_characters_is_shown_made_safe_and_never_linked() -> None:
    hostile = "https://example.com/\x1b]8;;evil\x1b\\x"
    step = Step("s", "S", hold=5, video=hostile)
    routine = Routine("h", "H", (Phase(PhaseKind.STABILIZE, (step,)),), get_ready=3)
    out = io.StringIO()
    console = Console(file=out, width=100, height=40, color_system="truecolor", force_terminal=True)
    frame = frame_of(plan_session(routine, lead_in_after_question=0)[0])

    console.print(LiveView(console, routine).render(frame))

    written = out.getvalue()
    assert "evil" in written and "\x1b]8;" not in written


# --- plain lines ---------------------------------------------------------------------------


def test_plain_lines_count_the_reps_give_what_to_avoid_and_the_address_as_text() -> None:
    out = io.StringIO()
    view = PlainView(out, ROUTINE)
    view.segment_started(segment("sit-to-stand", SegmentKind.GET_READY), None)
    rep = segment("sit-to-stand", SegmentKind.OWN_REP, rep=2)
    view.segment_started(rep, None)
    view.segment_started(segment("hip-flexor", SegmentKind.SWITCH), rep)

    lines = out.getvalue().splitlines()
    assert "   Avoid:" in lines and "   ✗ Knees falling inwards" in lines
    assert f"   Video: {VIDEO}" in lines
    assert "Sit to stand: At your own pace · rep 2/10 · set 1/2" in lines  # no seconds
    assert "Hip flexor stretch: Switch to the right side (the side you stretch) · 3 s" in lines


# --- sound and voice -----------------------------------------------------------------------


class Heard(Chimes):
    def __init__(self) -> None:
        super().__init__(None, None, enabled=True)
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)


class Said(Voice):
    def __init__(self) -> None:  # no program: the texts are written down
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


class Quiet(PlainView):
    def __init__(self) -> None:
        super().__init__(io.StringIO(), ROUTINE)


def test_the_voice_counts_the_reps_and_says_the_last_one_and_a_key_press_ticks() -> None:
    heard, said = Heard(), Said()
    view = CueingView(Quiet(), ROUTINE, heard, said)
    previous = None
    for shown in [s for s in PLAN if s.step == "sit-to-stand"][:12]:
        view.segment_started(shown, previous)
        previous = shown

    assert said.said[1:12] == [*(str(n) for n in range(1, 10)), "10, last one", "Rest"]
    assert heard.played[:3] == [Cue.HOLD, Cue.TICK, Cue.TICK]


def test_the_voice_says_the_side_with_what_it_means() -> None:
    said = Said()
    view = CueingView(Quiet(), ROUTINE, Heard(), said)
    view.segment_started(segment("side-stretch", SegmentKind.GET_READY), None)
    view.segment_started(segment("hip-flexor", SegmentKind.GET_READY), None)
    view.segment_started(segment("hip-flexor", SegmentKind.SWITCH), None)

    assert said.said == [
        "Next: Side stretch. right side (the side you stretch)",
        "Next: Hip flexor stretch. left side (the side you stretch) first",
        "Switch to the right side (the side you stretch)",
    ]


def test_what_to_have_at_hand_is_said_and_shown_until_the_first_exercise() -> None:
    said = Said()
    console = Console(file=io.StringIO(), width=100, height=40, color_system=None)
    live = LiveView(console, ROUTINE)
    view = CueingView(live, ROUTINE, Heard(), said)

    view.equipment("You will need: a towel, a chair")
    ready = screen(frame_of(segment("sit-to-stand", SegmentKind.GET_READY)), 100, 40, live)
    view.segment_started(segment("sit-to-stand", SegmentKind.OWN_REP, rep=1), None)
    moving = screen(frame_of(segment("sit-to-stand", SegmentKind.OWN_REP, rep=1)), 100, 40, live)

    assert said.said == ["You will need: a towel, a chair", "1"]
    assert "You will need: a towel, a chair" in ready and "You will need" not in moving
