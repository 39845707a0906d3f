"""Questions on the session screen, answered key by key from the mat."""

from __future__ import annotations

import pytest

from fakes import FakeClock, RecordingView, ScriptedKeys
from selfcare.session.prompts import QuitAnswer
from selfcare.session.questions import KeyQuestions


def asked(*keys: str) -> tuple[KeyQuestions, RecordingView]:
    clock = FakeClock()
    view = RecordingView(clock)
    timed = [(float(n + 1), key) for n, key in enumerate(keys)]
    return KeyQuestions(view, ScriptedKeys(clock, timed, give_up_after=60)), view


@pytest.mark.parametrize(
    ("keys", "pain"),
    [
        (("7",), 7),
        (("0",), 0),
        (("1", "0"), 10),
        (("1", "enter"), 1),
        (("1", "backspace", "3"), 3),
        (("up", "left", "x", "4"), 4),  # arrow keys and other keys change nothing
        (("５",), 5),  # full width, from a Japanese input method
    ],
)
def test_pain_is_one_key_and_ten_is_one_then_zero(keys: tuple[str, ...], pain: int) -> None:
    questions, _ = asked(*keys)

    assert questions.pain("Pain now?") == pain


def test_enter_skips_only_a_question_that_may_be_skipped() -> None:
    skippable, _ = asked("enter")
    required, _ = asked("enter", "2")

    assert skippable.pain("Last question", skippable=True) is None
    assert required.pain("Pain now?") == 2


def test_the_question_is_shown_with_what_was_typed_and_taken_away_after() -> None:
    questions, view = asked("1", "0")

    questions.pain("Pain now?")

    shown = [question for question in view.questions if question is not None]
    assert [question.answer for question in shown] == ["", "1"]
    assert {question.text for question in shown} == {"Pain now?"}
    assert view.questions[-1] is None


def test_yes_and_no_are_single_keys() -> None:
    assert asked("y")[0].yes_no("Still tight?") is True
    assert asked("n")[0].yes_no("Still tight?") is False
    assert asked("z", "ｙ")[0].yes_no("Still tight?") is True


def test_q_at_a_question_asks_first_and_ends_the_session_only_on_yes() -> None:
    carry_on, view = asked("q", "n", "3")
    ending, _ = asked("q", "y")

    assert carry_on.pain("Pain now?") == 3
    assert any(q is not None and q.text == "End the session now?" for q in view.questions)
    with pytest.raises(QuitAnswer):
        ending.pain("Pain now?")


def test_ctrl_c_at_a_question_interrupts_at_once() -> None:
    questions, _ = asked("ctrl-c")

    with pytest.raises(KeyboardInterrupt):
        questions.yes_no("Still tight?")


@pytest.mark.parametrize("keys", [("enter",), (" ",), ("x", "3", "y", "enter")])
def test_a_notice_waits_for_enter_or_space_and_nothing_else(keys: tuple[str, ...]) -> None:
    questions, view = asked(*keys)

    questions.acknowledge("You will need: a towel, a chair")

    shown = [question for question in view.questions if question is not None]
    assert {(q.text, q.hint) for q in shown} == {
        ("You will need: a towel, a chair", "Enter or space: continue")
    }
    assert view.questions[-1] is None
    left = questions.keys
    assert isinstance(left, ScriptedKeys) and left.keys == []  # every key was read


def test_q_at_a_notice_asks_first_and_ends_the_session_only_on_yes() -> None:
    carry_on, _ = asked("q", "n", " ")
    ending, _ = asked("q", "y")

    carry_on.acknowledge("You will need: a chair")
    with pytest.raises(QuitAnswer):
        ending.acknowledge("You will need: a chair")


class TypedAhead:
    """Keys from a terminal: some were pressed before the question, some after it showed."""

    def __init__(self, before: list[str], after: list[str]) -> None:
        self.waiting, self.after, self.discarded = list(before), list(after), 0

    def discard_waiting(self) -> None:
        self.waiting.clear()
        self.discarded += 1

    def read(self, timeout: float) -> str | None:
        if self.waiting:
            return self.waiting.pop(0)
        return self.after.pop(0) if self.after else None


def test_keys_pressed_before_a_question_are_not_its_answer_but_a_typed_ten_is() -> None:
    keys = TypedAhead(before=["enter", "enter"], after=["1", "0"])  # a double Enter at the last rep
    asker = KeyQuestions(RecordingView(FakeClock()), keys)

    assert asker.pain("Last question: pain now?", skippable=True) == 10
    assert keys.discarded == 1  # once, as the question appeared: not between the 1 and the 0
