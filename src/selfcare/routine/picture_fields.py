"""A step's pictures: `figure:` names poses from selfcare's library, `image:` the practitioner's
own photos. Each is one value, or a list of two: the start and the end of the movement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Rule
from selfcare.routine.images import ImageProblem, checked_image
from selfcare.routine.kinds import INVALID, CheckContext, Kind, shown
from selfcare.routine.source import DocPath

MAX_PICTURES = 2  # a start and an end; a sequence of more is a video's job
# For editors: relative, without "..". The checker also follows links, which a schema cannot.
RELATIVE_PATH = re.compile(r"(?!/)(?!(.*/)?\.\.(/|$)).+")


@dataclass(frozen=True)
class OneOrTwoKind(Kind):
    """One value, or a list of one or two: the start and the end."""

    item: Kind
    shape_key: str  # the message that says what one value is

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if isinstance(value, str):
            item = self.item.check(value, where, ctx)
            return INVALID if item is INVALID else (item,)
        if not isinstance(value, list) or not 1 <= len(value) <= MAX_PICTURES:
            return ctx.error(where, Rule.WRONG_TYPE, t(self.shape_key, value=shown(value)))
        items = [self.item.check(item, (*where, i), ctx) for i, item in enumerate(value)]
        return INVALID if any(item is INVALID for item in items) else tuple(items)

    def schema(self) -> dict[str, Any]:
        one = self.item.schema()
        many = {"type": "array", "items": one, "minItems": 1, "maxItems": MAX_PICTURES}
        return {"anyOf": [one, many]}


class PoseKind(Kind):
    """A pose's name from selfcare's pose library."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, str):
            return ctx.error(where, Rule.WRONG_TYPE, t("check.string_expected", value=shown(value)))
        # The library loads only for a routine that has figures.
        from selfcare.pictures.library import pose_names

        names = pose_names()
        if value in names:
            return value
        import difflib

        close = difflib.get_close_matches(value, sorted(names), n=3, cutoff=0.6)
        hint = t("check.close_poses", names=", ".join(map(repr, close))) if close else ""
        return ctx.error(
            where, Rule.UNKNOWN_POSE, t("check.unknown_pose", value=shown(value), close=hint)
        )

    def schema(self) -> dict[str, Any]:
        return {"$ref": "#/$defs/pose"}


def pose_schema() -> dict[str, Any]:
    """The library's pose names, for editors to complete; kept once in the schema's $defs."""
    from selfcare.pictures.library import pose_names

    return {"description": "A pose from selfcare's library.", "enum": sorted(pose_names())}


class ImageKind(Kind):
    """A picture file's path, relative to the routine's folder; becomes its real, absolute path."""

    def check(self, value: object, where: DocPath, ctx: CheckContext) -> Any:
        if not isinstance(value, str):
            return ctx.error(where, Rule.WRONG_TYPE, t("check.string_expected", value=shown(value)))
        if not value.strip():
            return ctx.error(where, Rule.EMPTY_TEXT, t("check.empty_text"))
        if ctx.doc.folder is None:
            return ctx.error(where, Rule.IMAGE_NEEDS_FILE, t("check.image_needs_file"))
        ctx.doc.pictures.append(ctx.doc.folder / value)  # `list` checks again when it changes
        found = checked_image(value, ctx.doc.folder, shown(value))
        if isinstance(found, ImageProblem):
            return ctx.error(where, found.rule, found.message)
        return found

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^" + RELATIVE_PATH.pattern + "$"}
