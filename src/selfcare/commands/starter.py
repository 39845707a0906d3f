"""The starter routine `selfcare new` writes, as commented YAML that passes `validate --strict`.

Its texts (`starter_texts`, one starter per body area) are written in English, Japanese or
both; its comments (`starter_messages`) in the language of messages. Every text is written as
a JSON string, which YAML reads as it is, whatever it holds.
"""

from __future__ import annotations

import json
from enum import StrEnum

from selfcare.commands.starter_texts import STARTERS, StarterStep, Words
from selfcare.i18n.language import t
from selfcare.routine.model import Area

SCHEMA_FILE = "routine.schema.json"  # written beside the routine: the hint names it relatively
COMMENT_COLUMN = 26  # where a comment after a value starts, when the line leaves room


class Languages(StrEnum):
    """The languages of a starter's texts."""

    EN = "en"
    JA = "ja"
    BOTH = "both"


def starter_text(routine_id: str, area: Area, languages: Languages, file_name: str) -> str:
    """The starter routine for `area`, its texts in `languages`, ready to write as `file_name`."""
    starter = STARTERS[area]
    out = _Writer(languages)
    out.lines.append(f"# yaml-language-server: $schema=./{SCHEMA_FILE}")
    for key in ("starter.head", "starter.head_schema", "starter.head_texts", "starter.head_quotes"):
        out.comment(0, key, file=file_name)
    out.value(0, "format", "selfcare/1")
    out.value(0, "id", routine_id)
    out.text(0, "title", starter.title)
    out.value(0, "version", '"1.0"', "starter.version")
    out.value(0, "area", area.value, "starter.area")
    declared = "[en, ja]" if languages is Languages.BOTH else f"[{languages.value}]"
    out.value(0, "languages", declared, "starter.languages")
    out.line(0, "# author:", "starter.author")
    for key, words in (
        ("name", "starter.author_name"),
        ("clinic", "starter.author_clinic"),
        ("contact", "starter.author_contact"),
    ):
        out.line(0, f"#   {key}: {_json(t(words))}")
    out.texts(0, "fits", starter.fits, "starter.fits")
    out.texts(0, "cautions", starter.cautions, "starter.cautions")
    out.value(0, "get_ready", 5, "starter.get_ready")
    out.line(0, "phases:", "starter.phases")
    out.line(2, "- kind: stabilize", "starter.kinds")
    out.text(4, "why", starter.why)
    out.line(4, "steps:")
    out.step(6, starter.stabilize, first=True)
    out.line(2, "- kind: loosen", "starter.loosen")
    out.text(4, "ask", starter.ask)
    out.line(4, "steps:")
    out.step(6, starter.loosen, first=False)
    return "\n".join(out.lines) + "\n"


class _Writer:
    """Lines of YAML: texts in the chosen languages, comments in the language of messages."""

    def __init__(self, languages: Languages) -> None:
        self.languages = languages
        self.lines: list[str] = []

    def line(self, indent: int, body: str, note: str | None = None) -> None:
        """One line; then the comment `note` (a message key), aligned when there is room."""
        line = " " * indent + body
        if note is not None:
            line += " " * max(2, COMMENT_COLUMN - len(line)) + "# " + t(note)
        self.lines.append(line)

    def comment(self, indent: int, key: str, **values: object) -> None:
        self.lines.append(" " * indent + "# " + t(key, **values))

    def value(self, indent: int, key: str, value: object, note: str | None = None) -> None:
        self.line(indent, f"{key}: {value}", note)

    def text(self, indent: int, key: str, words: Words, note: str | None = None) -> None:
        """A text: one string in one language, or a map by language."""
        if self.languages is Languages.BOTH:
            self.line(indent, f"{key}:", note)
            self._both(indent + 2, words, "")
        else:
            self.value(indent, key, self._one(words), note)

    def texts(self, indent: int, key: str, items: tuple[Words, ...], note: str | None) -> None:
        self.line(indent, f"{key}:", note)
        for words in items:
            if self.languages is Languages.BOTH:
                self._both(indent + 2, words, "- ")
            else:
                self.line(indent + 2, f"- {self._one(words)}")

    def step(self, indent: int, step: StarterStep, *, first: bool) -> None:
        """A step; the first one's comments say what its fields mean."""
        inner = indent + 2
        self.line(indent, f"- id: {step.id}")
        self.text(inner, "name", step.name)
        self.text(inner, "position", step.position)
        self.texts(inner, "cues", step.cues, None)
        self.texts(inner, "mistakes", step.mistakes, None)
        if step.caution is not None:
            self.text(inner, "caution", step.caution)
        moves = len(step.figure) > 1
        figure = f"[{', '.join(step.figure)}]" if moves else step.figure[0]
        self.value(inner, "figure", figure, "starter.figure_moves" if moves else "starter.figure")
        if first:
            self.line(inner, f"# image: photos/{step.id}.jpg", "starter.image")
        self.value(inner, "hold", step.hold, "starter.hold" if first else None)
        self.value(inner, "reps", step.reps)
        if step.rest:
            self.value(inner, "rest", step.rest, "starter.rest" if first else None)
        if step.each_side:
            self.value(inner, "each_side", "true", "starter.each_side")

    def _one(self, words: Words) -> str:
        return _json(words[0] if self.languages is Languages.EN else words[1])

    def _both(self, indent: int, words: Words, dash: str) -> None:
        english, japanese = (_json(text) for text in words)
        self.lines.append(f"{' ' * indent}{dash}en: {english}")
        self.lines.append(f"{' ' * (indent + len(dash))}ja: {japanese}")


def _json(text: str) -> str:
    """`text` as a double-quoted scalar: JSON's strings are YAML's, whatever they hold."""
    return json.dumps(text, ensure_ascii=False)
