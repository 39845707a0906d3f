"""The pieces of the live screen: the state band, the progress bars, the large countdown (or
the rep at your own pace), the keys, the too-small notice and the full-screen question."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import Step
from selfcare.routine.plan import SegmentKind
from selfcare.routine.wording import segment_label
from selfcare.session.ports import Frame, Question
from selfcare.session.views.big_digits import big_height, big_text, big_width
from selfcare.session.views.segment_words import counter_words, rep_count, state_words
from selfcare.session.views.text_layout import centre, wrapped

MIN_WIDTH, MIN_HEIGHT = 50, 16  # below this the exercise cannot be shown: say so
MAX_CONTENT_WIDTH = 110  # lines longer than this are hard to follow on a wide screen
DIGITS_SHARE = 0.45  # the countdown takes at most this share of the rows
BAND_ROWS = 3
GAP = 2  # columns between the countdown and the picture beside it

EXERCISE = {SegmentKind.WORK, SegmentKind.OWN_REP}  # the segments where the person moves
# Each state has its own pattern, so it reads without colour; colour only adds to it.
FILLS = {
    SegmentKind.GET_READY: "▒",
    SegmentKind.WORK: "█",
    SegmentKind.OWN_REP: "█",  # exercising, as in a hold: the big number says which rep
    SegmentKind.REST: "░",
    SegmentKind.SWITCH: "▚",
}
COLOURS = {
    SegmentKind.GET_READY: "cyan",
    SegmentKind.WORK: "green",
    SegmentKind.OWN_REP: "green",
    SegmentKind.REST: "bright_blue",
    SegmentKind.SWITCH: "magenta",
}


def band(label: str, fill: str, width: int, style: str) -> Text:
    """A bar `BAND_ROWS` tall of `fill`, with `label` in its middle row."""
    label = f"  {label}  "
    room = max(0, width - cell_len(label))  # cells: a Japanese character takes two
    left = room // 2
    rows = [fill * width, fill * left + label + fill * (room - left), fill * width]
    return Text("\n".join(rows), style=style, no_wrap=True, overflow="crop")


def state_band(frame: Frame, step: Step, width: int) -> Text:
    """The band: what to do now ("Hold · left side", "Paused"), with the rep and the set."""
    segment = frame.segment
    if frame.paused:
        label = f"‖ {t('session.paused')} — {t('session.paused_hint')}"
        return band(label, "‖", width, "bold")
    # At your own pace the rep is the big number: the band need not say it again.
    counters = counter_words(segment, step, with_rep=segment.kind is not SegmentKind.OWN_REP)
    label = "  ·  ".join([state_words(segment, step), *counters])
    return band(label, FILLS[segment.kind], width, f"bold {COLOURS[segment.kind]}")


def big_number(frame: Frame, step: Step) -> tuple[str, str]:
    """What the big digits show, and the widest number they will show in this segment: the
    seconds left, or at your own pace the rep (sized for the last, so 9 and 10 match)."""
    count = rep_count(frame.segment, step)
    if frame.segment.kind is SegmentKind.OWN_REP and count is not None:
        return str(count[0]), str(count[1])
    return str(frame.remaining), str(frame.remaining)


def keys_line(frame: Frame) -> str:
    """The message key of the keys that work now."""
    if frame.paused:
        return "session.keys_paused"
    return "session.keys_own_pace" if frame.segment.kind is SegmentKind.OWN_REP else "session.keys"


def progress(fraction: float, width: int) -> Text:
    """A bar whose done and undone parts differ in shape, so it reads without colour too."""
    done = round(max(0.0, min(1.0, fraction)) * width)
    bar = Text("━" * done, style="bold")
    bar.append("╌" * (width - done), style="dim")
    return bar


def bars(frame: Frame, width: int) -> Text:
    """The step's and the session's progress, labels aligned (a Japanese label is wide)."""
    labels = [t("session.step_bar"), t("session.total_bar")]
    label_width = max(cell_len(label) for label in labels)
    bar_width = max(10, width - 30)
    rows = [
        (labels[0], frame.step_fraction, ""),
        (labels[1], frame.total_fraction, t("session.left", time=frame.time_left)),
    ]
    bars = Text(no_wrap=True, overflow="crop")
    for index, (label, fraction, after) in enumerate(rows):
        if index:
            bars.append("\n")
        bars.append(label + " " * (label_width - cell_len(label) + 1), style="dim")
        bars.append_text(progress(fraction, bar_width))
        if after:
            bars.append(" " + after, style="dim")
    return bars


def centred(block: RenderableType, width: int, top: int, screen_width: int) -> RenderableType:
    """`block`, `width` columns wide, centred across the screen below `top` blank rows."""
    return Padding(block, (top, 0, 0, max(0, (screen_width - width) // 2)))


def rows_of(text: Text) -> int:
    """Rows a text made by `wrapped` (or `band`) takes: it is wrapped already."""
    return text.plain.count("\n") + 1


def countdown(
    frame: Frame, width: int, room: int, height: int, shown: tuple[str, str] | None = None
) -> tuple[Text, int]:
    """The remaining seconds (or `shown`: a number, and the widest it is sized for) as large
    as fits in `room` rows, and the rows they take.

    The drawing has a row above and below it: blank, or the frame of the hold's last seconds.
    """
    segment = frame.segment
    number, widest = shown or (str(frame.remaining), str(frame.remaining))
    last = frame.in_last_seconds
    largest = max(1, int(height * DIGITS_SHARE) // big_height())
    for size in range(largest, 0, -1):
        # The size fits the number inverted with its frame, so nothing on screen moves
        # when the hold's last seconds begin.
        rows = big_height(size) + 2
        columns = big_width(max(number, widest, key=len), size) + 4
        if rows <= room and columns <= width:
            # A space between the pause sign and the number, so "‖7" never reads as "117";
            # where the sign does not fit, the band alone says "Paused".
            paused = f"‖ {number}"
            fits = big_width(f"‖ {widest}", size) <= width
            text = paused if frame.paused and fits else number
            drawing = big_text(text, size, "▓" if frame.paused else "█", inverted=last)
            lines = drawing.split("\n")
            above = (rows - len(lines)) // 2
            lines = [""] * above + lines + [""] * (rows - len(lines) - above)
            # Centred as one block: centring each row alone would shift the rows.
            margin = " " * max(0, (width - max(len(line) for line in lines)) // 2)
            block = "\n".join(margin + line if line else "" for line in lines)
            style = f"bold {COLOURS[segment.kind]}"
            return Text(block, style=style, no_wrap=True, overflow="crop"), rows
    style = f"bold {COLOURS[segment.kind]} reverse"
    text = f"‖ {number}" if frame.paused else number
    return Text(f"\n {text} \n", style=style, justify="center"), 3


def too_small(frame: Frame, width: int, shown: str) -> RenderableType:
    """The countdown (or the rep, `shown`), and what to do to see the rest."""
    label = t("session.paused") if frame.paused else segment_label(frame.segment.kind, None)
    number = Text(f" {shown} ", style="bold reverse", justify="center")
    advice = t("session.enlarge", width=MIN_WIDTH, height=MIN_HEIGHT)
    return Group(
        Text(label, style="bold", justify="center"),
        number,
        wrapped(advice, max(1, width - 1)),
    )


def question_screen(question: Question, width: int, height: int) -> RenderableType:
    """A question mid-session, on the whole screen, with the answer typed so far large."""
    inner = min(max(1, width - 4), MAX_CONTENT_WIDTH)
    text = wrapped(question.text, inner, style="bold", centred=True)
    parts: list[RenderableType] = [band("?", "▒", inner, "bold cyan"), Text(""), text]
    used = BAND_ROWS + 1 + rows_of(text)
    if question.answer:  # the "1" that may become 10, large
        size = 2 if height >= used + 14 and big_width(question.answer, 2) <= inner else 1
        answer = centre(big_text(question.answer, size), inner)
        parts += [Text(""), Text(answer, style="bold", no_wrap=True)]
        used += 1 + big_height(size)
    hint = wrapped(question.hint, inner, style="dim", centred=True)
    parts += [Text(""), hint]
    used += 1 + rows_of(hint)
    return centred(Group(*parts), inner, max(0, (height - used) // 2), width)
