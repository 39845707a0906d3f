"""`selfcare schema`: the JSON Schema of the routine format, for editors."""

from __future__ import annotations

from selfcare.output import print_json
from selfcare.routine.fields import json_schema


def schema() -> None:
    print_json(json_schema())
