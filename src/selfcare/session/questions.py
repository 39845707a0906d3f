"""Questions on the session screen, answered by single keys: y or n, and pain from 0 to 10.

From the mat a person reaches over and presses one key; Enter is needed only to say "1"
rather than "10", or to skip a question that may be skipped. Arrow keys and other escape
sequences are ignored, never echoed.
"""

from __future__ import annotations

import unicodedata

from selfcare.i18n.language import t
from selfcare.session.ports import KeySource, Question, SessionView
from selfcare.session.prompts import QuitAnswer

WAIT_SECONDS = 0.25  # wake this often to notice a resized screen
YES_KEYS = {"y", "は"}  # "は" starts はい when a Japanese input method is on
NO_KEYS = {"n", "い"}
QUIT_KEY = "q"
GO_ON_KEYS = {"enter", " "}


def _key(raw: str) -> str:
    # NFKC: a full-width "３" or "ｙ" from a Japanese input method counts as 3 and y.
    return unicodedata.normalize("NFKC", raw).lower()


class KeyQuestions:
    """Asks on the view's full screen and reads the answer key by key."""

    def __init__(self, view: SessionView, keys: KeySource) -> None:
        self.view = view
        self.keys = keys

    def _fresh(self) -> None:
        """A new question: keys pressed before it (a double Enter at the last rep, a key in
        the countdown) are dropped, never taken as its answer. The terminal's keys only."""
        discard = getattr(self.keys, "discard_waiting", None)
        if discard is not None:
            discard()

    def _next_key(self, question: Question) -> str:
        self.view.ask(question)
        while True:
            raw = self.keys.read(WAIT_SECONDS)
            if raw is None:
                self.view.ask(question)  # redraws only if the screen was resized
                continue
            if raw == "ctrl-c":
                raise KeyboardInterrupt
            return _key(raw)

    def _quit_confirmed(self) -> bool:
        self._fresh()
        return self._yes_no(t("session.confirm_quit"), confirming=True)

    def yes_no(self, question: str, *, default: bool | None = None) -> bool:
        self._fresh()
        try:
            return self._yes_no(question, default=default)
        finally:
            self.view.ask(None)

    def _yes_no(
        self, question: str, *, confirming: bool = False, default: bool | None = None
    ) -> bool:
        hint = {
            None: "session.yes_no_keys",
            True: "session.yes_no_keys_default_yes",
            False: "session.yes_no_keys_default_no",
        }[default]
        shown = Question(question, t(hint))
        while True:
            key = self._next_key(shown)
            if key in YES_KEYS:
                return True
            if key in NO_KEYS:
                return False
            if key == "enter" and default is not None:
                return default
            if key == QUIT_KEY:
                if confirming:
                    return True  # q at "End the session?" means yes
                if self._quit_confirmed():
                    raise QuitAnswer

    def acknowledge(self, text: str) -> None:
        self._fresh()
        try:
            shown = Question(text, t("session.continue_keys"))
            while (key := self._next_key(shown)) not in GO_ON_KEYS:
                if key == QUIT_KEY and self._quit_confirmed():
                    raise QuitAnswer
        finally:
            self.view.ask(None)

    def pain(self, question: str, *, skippable: bool = False) -> int | None:
        self._fresh()
        try:
            return self._pain(question, skippable=skippable)
        finally:
            self.view.ask(None)

    def _pain(self, question: str, *, skippable: bool) -> int | None:
        hint = t("session.pain_keys_skip" if skippable else "session.pain_keys")
        typed = ""
        while True:
            shown_hint = t("session.one_or_ten") if typed == "1" else hint
            key = self._next_key(Question(question, shown_hint, typed))
            if key == QUIT_KEY:
                if self._quit_confirmed():
                    raise QuitAnswer
            elif key == "backspace":
                typed = ""
            elif key == "enter":
                if typed:
                    return int(typed)
                if skippable:
                    return None
            elif typed == "1" and key == "0":
                return 10
            elif key.isascii() and key.isdigit():
                if key == "1" and not typed:
                    typed = "1"  # 1, or the start of 10: the next key tells
                else:
                    return int(key)
