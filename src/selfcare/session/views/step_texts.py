"""The words around the countdown on the live screen: what must show whatever the size (safety
first), and what shows as room allows, most important first.

While a step gets ready, room goes to what helps before moving: the position, what to avoid,
and the step's video as a link the terminal can open.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from selfcare.i18n.language import t
from selfcare.routine.model import Phase, Routine, Step
from selfcare.routine.plan import Segment, SegmentKind
from selfcare.routine.text import localize
from selfcare.safe_text import terminal_safe
from selfcare.safety.areas import stop_when_words
from selfcare.session.views.screen_parts import rows_of
from selfcare.session.views.segment_words import rep_count
from selfcare.session.views.text_layout import wrapped

AVOID_MARK = "✗ "
LINK_SCHEMES = ("https://", "http://")

# Texts shown as room allows: each chain in order, each of its texts only after the one before
# it was shown (an "Avoid" heading is never left without its first item).
Chains = list[list[Text]]


def must_texts(
    routine: Routine,
    step: Step,
    segment: Segment,
    inner: int,
    *,
    first_lead_in: bool = False,
    notes: Sequence[str] = (),
    recording_delay: str | None = None,
) -> list[Text]:
    """What shows whatever the size: the rep at your own pace, the position while the step
    gets ready, the stop warning and `notes` until the first exercise begins, the step's
    caution, and a recording delay."""
    must: list[Text] = []
    count = rep_count(segment, step) if segment.kind is SegmentKind.OWN_REP else None
    if count is not None:
        words = t("session.rep_of", rep=count[0], reps=count[1])
        must.append(wrapped(words, inner, style="bold", centred=True))
    if step.position is not None and segment.kind is SegmentKind.GET_READY:
        # Getting ready is when the position matters most.
        must.append(wrapped(localize(step.position), inner, style="dim"))
    if first_lead_in:
        must.append(wrapped(stop_when_words(routine), inner, style="bold yellow"))
    if step.caution is not None:
        caution = f"{t('show.caution')}: {localize(step.caution)}"
        must.append(wrapped(caution, inner, style="yellow"))
    if first_lead_in:
        must += [wrapped(note, inner, style="italic") for note in notes]
    if recording_delay:
        must.append(wrapped(recording_delay, inner, style="yellow"))
    return must


def optional_texts(phase: Phase, step: Step, segment: Segment, inner: int) -> Chains:
    """What shows as room allows, most important first."""
    chains: Chains = []
    getting_ready = segment.kind is SegmentKind.GET_READY
    if step.position is not None and not getting_ready:
        chains.append([wrapped(localize(step.position), inner, style="dim")])
    if phase.why is not None and phase.steps[0] is step and getting_ready:
        chains.append([wrapped(localize(phase.why), inner, style="italic")])
    if getting_ready and step.mistakes:
        chains.append(avoid_texts(step, inner))
    if getting_ready and step.video is not None:
        chains.append([video_link(step.video, inner)])
    chains += [[wrapped("• " + localize(cue), inner, hanging=2)] for cue in step.cues]
    return chains


def avoid_texts(step: Step, inner: int) -> list[Text]:
    """ "Avoid" and the first mistake, then each further mistake on its own."""
    first, *rest = [AVOID_MARK + localize(mistake) for mistake in step.mistakes]
    heading = wrapped(f"{t('show.mistakes')}\n{first}", inner, hanging=len(AVOID_MARK))
    heading.stylize("bold", 0, len(heading.plain.split("\n", 1)[0]))
    return [heading, *(wrapped(text, inner, hanging=len(AVOID_MARK)) for text in rest)]


def video_link(url: str, inner: int) -> Text:
    """ "Video: https://…" with the address as a link the terminal can open (OSC 8), shortened
    with "…" to one line; where the terminal has no links, the address is read as text.

    The address is made safe first (it comes from the routine file), then becomes the link:
    Rich writes the link's own escape sequence, which nothing strips.
    """
    label = terminal_safe(t("show.video")) + ": "
    shown = terminal_safe(" ".join(url.split()))
    room = max(1, inner - cell_len(label))
    if cell_len(shown) > room:
        shown = shown[: max(0, room - 1)] + "…"
    text = Text(label, style="dim", no_wrap=True, overflow="crop")
    text.append(shown, style=Style(link=url, underline=True) if linkable(url) else "underline")
    return text


def linkable(url: str) -> bool:
    """A web address that can stand inside the link's escape sequence as it is."""
    printable = all(" " < character < "\x7f" for character in url)
    return printable and url.lower().startswith(LINK_SCHEMES)


def fitting(chains: Chains, room: int) -> tuple[list[Text], int]:
    """The texts that fit in `room` rows, and the rows left."""
    shown: list[Text] = []
    for chain in chains:
        for text in chain:
            rows = rows_of(text)
            if rows > room:
                break
            shown.append(text)
            room -= rows
    return shown, room


def next_words(steps: Sequence[tuple[Phase, Step]], next_step: int | None) -> str:
    """ "Next: Bird-dog", or "Next: the end"."""
    if next_step is None:
        return t("session.next_end")
    return terminal_safe(t("session.next", name=localize(steps[next_step][1].name)))
