"""Language codes in a routine: the ones selfcare speaks, the real ones, and the ones meant.

A text map's keys are matched exactly, so `jp:` or `en-US:` is never shown: a Japanese client
would read English everywhere, and `--strict` said nothing. A code written for English or
Japanese that is not `en` or `ja`, or a two-letter code that is no language at all, is an
error that names the code meant. Other real codes (fr, pt-BR, zh-Hant) may be carried along.
"""

from __future__ import annotations

from typing import Any

from selfcare.i18n.language import LANGUAGES, t
from selfcare.routine.diagnostics import Rule
from selfcare.routine.kinds import INVALID, CheckContext, Kind, ListKind, shown
from selfcare.routine.source import DocPath

SPOKEN = tuple(str(code) for code in LANGUAGES)  # en, ja: selfcare's own words exist in these
# ISO 639-1: every two-letter language code.
_TWO_LETTER_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
    hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
    oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
    st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
    za zh zu
"""
ISO_639_1 = frozenset(_TWO_LETTER_CODES.split())
# Codes people write for the languages selfcare speaks: a country, or the three-letter code.
MEANT = {"jp": "ja", "jpn": "ja", "jap": "ja", "eng": "en"}


def meant_language(code: str) -> str | None:
    """The code selfcare speaks that `code` stands for: ja for jp, jpn or ja-JP, en for en-US;
    None for en and ja themselves and for other languages."""
    if code in SPOKEN:
        return None
    primary = code.split("-")[0]
    meant = MEANT.get(primary, primary)
    return meant if meant in SPOKEN else None


def is_unknown(code: str) -> bool:
    """Whether a text map's language code is one no client is ever shown: one meant for en or
    ja, or a two-letter code that is no language (a country's, such as jp)."""
    if code in SPOKEN:
        return False
    primary = code.split("-")[0]
    return meant_language(code) is not None or (len(primary) == 2 and primary not in ISO_639_1)


def unknown_message(code: str) -> str:
    """What to write instead of an unknown code."""
    meant = meant_language(code)
    if meant is not None:
        return t("check.unknown_language", lang=code, meant=meant)
    return t("check.not_a_language", lang=code)


class LanguageKind(Kind):
    """One of the languages a routine declares: a language selfcare speaks."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if value in SPOKEN:
            return value
        meant = meant_language(value) if isinstance(value, str) else None
        if meant is not None:
            message = t("check.unknown_declared_language", lang=value, meant=meant)
            return ctx.error(where, Rule.UNKNOWN_LANGUAGE, message)
        message = t("check.language_not_spoken", value=shown(value), allowed=", ".join(SPOKEN))
        return ctx.error(where, Rule.BAD_LANGUAGE, message)

    def schema(self) -> dict[str, Any]:
        return {"enum": list(SPOKEN)}


class LanguagesKind(ListKind):
    """`languages:`, the routine's languages with its main one first, each once."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        codes = super().check(value, where, ctx)
        if codes is INVALID:
            return INVALID
        twice = [index for index, code in enumerate(codes) if code in codes[:index]]
        for index in twice:
            ctx.error((*where, index), Rule.BAD_LANGUAGE, t("check.language_twice"))
        return INVALID if twice else codes

    def schema(self) -> dict[str, Any]:
        return {**super().schema(), "uniqueItems": True}


LANGUAGES_KIND = LanguagesKind(LanguageKind(), Rule.BAD_LANGUAGE, "check.no_languages")
