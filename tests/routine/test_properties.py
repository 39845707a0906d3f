"""Properties that hold for any input: loading never crashes, terminal text is always inert.

Whatever bytes a routine file holds, loading and checking it gives either a routine or
error diagnostics that point into the file; no other exception escapes.
"""

from __future__ import annotations

import copy
import json
import math
import re
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLE_ROUTINE
from selfcare.commands.show import preview_data
from selfcare.routine import source
from selfcare.routine.checking import check_document
from selfcare.routine.diagnostics import Severity
from selfcare.routine.plan import Plan, plan_session
from selfcare.routine.rules import MAX_SEGMENTS
from selfcare.routine.source import LoadedDocument, load_bytes
from selfcare.safe_text import terminal_safe, terminal_safe_json

PROPERTY = settings(max_examples=300, deadline=None)
RULE = re.compile(r"[a-z]+(-[a-z0-9]+)*")
ROUTINE_KEYS = ["format", "id", "title", "phases", "steps", "kind", "hold", "reps", "name"]
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROLS = "".join(map(chr, range(0x20))) + "".join(map(chr, range(0x7F, 0xA0))) + BIDI


def load_and_check(raw: bytes) -> Plan | None:
    """Load and check `raw` as the file sample.yaml, asserting the result is a clean one."""
    doc = load_bytes(raw, LoadedDocument("sample.yaml"))
    plan = check_document(doc, file_stem="sample")
    errors = [d for d in doc.diagnostics if d.severity is Severity.ERROR]
    assert (plan is None) == bool(errors), doc.diagnostics
    for diagnostic in doc.diagnostics:
        assert diagnostic.line >= 1 and diagnostic.column >= 1, diagnostic
        assert RULE.fullmatch(diagnostic.rule), diagnostic
        assert diagnostic.message.strip(), diagnostic
    return plan


# --- Arbitrary bytes ---------------------------------------------------------------------

# Characters that matter to YAML, to the loader's limits and to a terminal.
YAML_PIECES = [
    *": -[]{}&*!|>'\"#%@`,?\n\t .0123456789abcxyz",
    "\r\n",
    "\ufeff",
    "\x1b",
    "\x85",
    "\u202e",
    "腰",
    "\u3000",
    "：",
    "“",
    "---\n",
    "...\n",
    "<<: ",
    "&a ",
    "*a",
    "!!python/object/apply:os.system ",
    "!!binary ",
    "!!int ",
    "!foo ",
    ".nan",
    ".inf",
    "0b_",
    "0x",
    "1:30",
    "~",
    "null",
    "yes",
    "2001-12-14",
    "format: selfcare/1\n",
    "phases:\n  - kind: stabilize\n    steps:\n",
    "      - {id: a, name: A, hold: 1}\n",
]
YAMLISH_TEXT = st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "shift_jis", "latin-1"])


@st.composite
def encoded(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    text = draw(texts)
    return text.encode(draw(ENCODINGS), errors="replace")


@PROPERTY
@given(st.binary(max_size=2000) | encoded(YAMLISH_TEXT) | encoded(st.text(max_size=200)))
def test_any_bytes_give_a_routine_or_diagnostics_and_nothing_else(raw: bytes) -> None:
    load_and_check(raw)


# --- Typing slips in a valid routine -----------------------------------------------------

# What people type by mistake: the syntax errors yaml_hints.py explains, and ones near them.
SLIPS = ["\t", "\u3000", "：", ":", '"', "'", "- ", "-", "[", "{", "@", "`", "*", "\n", " ", "“"]
SLIP = st.tuples(st.integers(0, len(SAMPLE_ROUTINE)), st.sampled_from(SLIPS), st.booleans())
LOADERS = st.sampled_from([getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader])


@PROPERTY
@given(st.lists(SLIP, min_size=1, max_size=4), LOADERS)
def test_a_routine_with_typing_slips_gives_a_routine_or_diagnostics_and_nothing_else(
    slips: list[tuple[int, str, bool]], loader: type[yaml.SafeLoader]
) -> None:
    text = SAMPLE_ROUTINE
    for where, piece, deleting in slips:
        where = min(where, len(text))
        text = text[:where] + ("" if deleting else piece) + text[where + deleting :]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(source, "_Loader", loader)
        load_and_check(text.encode("utf-8"))


# --- Arbitrary YAML documents ------------------------------------------------------------

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["10s", "1m30s", "", "selfcare/1", "stabilize", "loosen", "a-b"])
)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(ROUTINE_KEYS) | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)
DOCUMENTS = VALUES | st.dictionaries(st.sampled_from(ROUTINE_KEYS), VALUES, max_size=6)


@st.composite
def dumped(draw: st.DrawFn, documents: st.SearchStrategy[Any]) -> str:
    """A document as YAML text, in block or flow style, sometimes edited a little afterwards."""
    text = yaml.safe_dump(
        draw(documents),
        allow_unicode=draw(st.booleans()),
        default_flow_style=draw(st.sampled_from([False, True, None])),
    )
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "repeat-line"]))
        if edit == "insert":
            text = text[:where] + draw(st.sampled_from(YAML_PIECES)) + text[where:]
        elif edit == "delete":
            text = text[:where] + text[where + draw(st.integers(1, 10)) :]
        else:
            lines = text.splitlines(keepends=True) or [""]
            line = lines[where % len(lines)]
            text = text + line
    return text


@PROPERTY
@given(dumped(DOCUMENTS))
def test_any_yaml_document_gives_a_routine_or_diagnostics_and_nothing_else(text: str) -> None:
    load_and_check(text.encode("utf-8"))


# --- Mutations of a valid routine --------------------------------------------------------

INTERESTING = st.sampled_from(
    [
        *[0, -1, 1, 100, 101, 10**30, math.nan, math.inf, -math.inf, 0.5, 600, 601, True, None],
        *["", " ", "10x", "1m30s", "11m", "[bold]x[/]", "\x1b[2J", "\u202e", "javascript:alert(1)"],
        *["http://example.com/v", "stabilize", "loosen", "prepare", "cooldown", "Drawing-In"],
        *[[], {}, {"en": "x", "ja": "y"}, {"xx-": "x"}],
    ]
)


def containers(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The paths to every mapping and list inside `value`, itself included."""
    children: list[tuple[object, object]]
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    else:
        return []
    found = [path]
    for key, child in children:
        found += containers(child, (*path, key))
    return found


def at(value: Any, path: tuple[object, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


@st.composite
def mutated_routines(draw: st.DrawFn) -> Any:
    """The sample routine with a few keys or items deleted, replaced or added.

    Drawn values are copied: a later edit may go inside one, and must not change the strategy.
    """
    data = yaml.safe_load(SAMPLE_ROUTINE)
    for _ in range(draw(st.integers(1, 4))):
        container = at(data, draw(st.sampled_from(containers(data))))
        keys = list(container) if isinstance(container, dict) else list(range(len(container)))
        action = draw(st.sampled_from(["delete", "replace", "add"]))
        if action == "add" or not keys:
            new_value = copy.deepcopy(draw(INTERESTING | VALUES))
            if isinstance(container, dict):
                container[draw(st.sampled_from(ROUTINE_KEYS) | st.text(max_size=6))] = new_value
            else:
                container.append(new_value)
            continue
        key = draw(st.sampled_from(keys))
        if action == "delete":
            del container[key]
        else:
            container[key] = copy.deepcopy(draw(INTERESTING | VALUES))
    return data


@PROPERTY
@given(mutated_routines())
def test_a_mutated_routine_gives_a_routine_or_diagnostics_and_nothing_else(data: Any) -> None:
    checked = load_and_check(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))

    if checked is not None:  # whatever loads is planned by its check, and can be previewed
        assert checked.segments == plan_session(checked.routine).segments
        assert len(checked) <= MAX_SEGMENTS
        assert checked.total_seconds == sum(segment.seconds for segment in checked)
        json.dumps(preview_data(checked))


# --- Terminal text -----------------------------------------------------------------------

TEXTS = (
    st.text()
    | st.text(st.characters(max_codepoint=0x2100))
    | st.text(st.sampled_from(CONTROLS + "ab[]/日"))
)


def assert_inert(text: str) -> None:
    """No C0 control but newline, no DEL or C1 control, no bidi mark."""
    for character in text:
        code = ord(character)
        assert character == "\n" or not (code < 0x20 or 0x7F <= code < 0xA0), ascii(text)
        assert character not in BIDI, ascii(text)


@PROPERTY
@given(TEXTS)
def test_terminal_safe_text_has_no_control_or_bidi_characters(text: str) -> None:
    safe = terminal_safe(text)

    assert_inert(safe)


@PROPERTY
@given(TEXTS)
def test_terminal_safe_text_keeps_every_harmless_character_in_place(text: str) -> None:
    safe = terminal_safe(text)

    assert len(safe) == len(text)
    for before, after in zip(text, safe, strict=True):
        assert after in (before, "\ufffd") or (before, after) == ("\t", " ")
        assert after == before or before in CONTROLS


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXTS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXTS, children, max_size=3),
)


@PROPERTY
@given(JSON_VALUES)
def test_terminal_safe_json_is_inert_and_reads_back_as_the_same_data(value: object) -> None:
    text = terminal_safe_json(json.dumps(value, ensure_ascii=False, indent=2))

    assert_inert(text)
    assert json.loads(text) == value
