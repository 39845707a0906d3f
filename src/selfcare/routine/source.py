"""Safe YAML loading that remembers where every value came from.

The file is composed into YAML nodes (never constructed into objects), then turned into
plain dicts, lists and scalars here, so that unknown tags, duplicate keys and alias bombs
are caught with their line, and every later error can point at its line.
"""

from __future__ import annotations

import gc
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from selfcare.i18n.language import t
from selfcare.routine.diagnostics import Diagnostic, Rule, Severity
from selfcare.routine.yaml_hints import explain, forgot_dash_key, slip_in_key

MAX_FILE_BYTES = 1024 * 1024
MAX_NODES = 20_000  # a real routine has a few hundred; aliases must not multiply this
MAX_DEPTH = 40
# Longer number literals are never a dose, and Python refuses to print ints over 4300 digits.
MAX_NUMBER_CHARS = 100

# A path into the document: keys and list indexes from the root.
DocPath = tuple[str | int, ...]
KEY = "\x00key"  # marks the position of a mapping key rather than of its value

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_STR_TAG = "tag:yaml.org,2002:str"
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_MAP_TAG = "tag:yaml.org,2002:map"
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"  # libyaml stops at 1000 levels
_SEQ_TAG = "tag:yaml.org,2002:seq"

try:  # libyaml's composer is several times faster; both give the same nodes
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass
class LoadedDocument:
    """The plain data of a YAML file, the position of each value, and what went wrong."""

    path: str
    data: object = None
    # The folder a step's `image:` paths are read from: the real folder of the routine file
    # (through a link to it, where its pictures sit); None when it was not read from a file.
    folder: Path | None = None
    pictures: list[Path] = field(default_factory=list)  # files the verdict also depends on
    positions: dict[DocPath, tuple[int, int]] = field(default_factory=dict)
    rejected: set[DocPath] = field(default_factory=set)  # values refused and reported already
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def position(self, where: DocPath) -> tuple[int, int]:
        """Line and column of `where`, or of its nearest enclosing value that has one."""
        while where not in self.positions and where:
            where = where[:-1]
        return self.positions.get(where, (1, 1))

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)

    def report(
        self, where: DocPath, rule: Rule, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        self.report_at(self.position(where), rule, message, severity)

    def report_at(
        self,
        place: tuple[int, int],
        rule: Rule,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        line, column = place
        self.diagnostics.append(Diagnostic(self.path, line, column, severity, rule, message))


class _TooComplex(Exception):
    def __init__(self, node: yaml.Node, reason: str) -> None:
        super().__init__(reason)
        self.node = node
        self.reason = reason


def load_file(path: Path, shown_as: str | None = None) -> LoadedDocument:
    """Read and parse one routine file; problems go to the result's diagnostics, never raise."""
    doc = LoadedDocument(shown_as or str(path))
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO would block, /dev/zero never ends
            doc.report((), Rule.UNREADABLE, t("load.not_regular"))
            return doc
        size = status.st_size
        if size > MAX_FILE_BYTES:
            doc.report((), Rule.FILE_TOO_LARGE, t("load.too_large", limit=f"{MAX_FILE_BYTES:,}"))
            return doc
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
        doc.folder = path.resolve().parent  # no link loop: stat() has just followed the links
    except OSError as error:
        doc.report((), Rule.UNREADABLE, t("load.unreadable", reason=error.strerror or str(error)))
        return doc
    return load_bytes(raw, doc)


def load_bytes(raw: bytes, doc: LoadedDocument) -> LoadedDocument:
    """Parse routine bytes into `doc` (decoding, YAML syntax, tags, size and shape checks)."""
    if len(raw) > MAX_FILE_BYTES:
        doc.report((), Rule.FILE_TOO_LARGE, t("load.too_large", limit=f"{MAX_FILE_BYTES:,}"))
        return doc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        doc.report_at((line, 1), Rule.NOT_UTF8, t("load.not_utf8"))
        return doc
    if not text.strip():
        doc.report((), Rule.EMPTY_FILE, t("load.empty"))
        return doc
    with collection_paused():
        _parse(text, doc)
    return doc


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cycle collection while one file is parsed and checked.

    Its values form no cycles, so refcounting frees them; a collection meanwhile would walk
    every object of the program again, and a folder of 1,000 files triggers hundreds.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(text: str, doc: LoadedDocument) -> None:
    """Compose `text` into YAML nodes and build plain data from them into `doc`."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if error.problem == _LIBYAML_TOO_DEEP:
            doc.report_at((line, column), Rule.TOO_COMPLEX, t("load.too_deep", limit=MAX_DEPTH))
            return
        explained = explain(text, error)
        if explained is not None:  # a slip people often make, in their words and at its line
            place = (explained.line, explained.column)
            doc.report_at(place, explained.rule, explained.message)
            return
        # "expected a single document in the stream, but found another document"
        reason = ", ".join(part for part in (error.context, error.problem) if part)
        doc.report_at((line, column), Rule.YAML_SYNTAX, t("load.yaml_syntax", reason=reason))
        return
    except yaml.reader.ReaderError as error:  # a control character, say a raw ESC
        line = text[: error.position].count("\n") + 1
        reason = str(error).splitlines()[0]
        doc.report_at((line, 1), Rule.YAML_SYNTAX, t("load.yaml_syntax", reason=reason))
        return
    except yaml.YAMLError as error:
        doc.report((), Rule.YAML_SYNTAX, t("load.yaml_syntax", reason=str(error).splitlines()[0]))
        return
    except RecursionError:
        doc.report((), Rule.TOO_COMPLEX, t("load.too_deep", limit=MAX_DEPTH))
        return
    if node is None:
        doc.report((), Rule.EMPTY_FILE, t("load.empty"))
        return
    builder = _Builder(doc)
    try:
        doc.data = builder.build(node, (), 0)
    except _TooComplex as error:
        doc.data = None
        mark = error.node.start_mark
        doc.report_at((mark.line + 1, mark.column + 1), Rule.TOO_COMPLEX, error.reason)
        return
    if not isinstance(doc.data, dict):
        doc.report((), Rule.NOT_A_MAPPING, t("load.not_mapping"))
        doc.data = None


class _Builder:
    """Turns YAML nodes into plain Python values, recording positions and problems."""

    def __init__(self, doc: LoadedDocument) -> None:
        self.doc = doc
        self.count = 0
        self.scalars = _Loader("")  # only its scalar constructors are used

    def build(self, node: yaml.Node, where: DocPath, depth: int) -> object:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooComplex(node, t("load.too_many_nodes", limit=MAX_NODES))
        if depth > MAX_DEPTH:
            raise _TooComplex(node, t("load.too_deep", limit=MAX_DEPTH))
        mark, tag = node.start_mark, node.tag
        self.doc.positions[where] = (mark.line + 1, mark.column + 1)
        if tag == _STR_TAG and isinstance(node, yaml.ScalarNode):  # most values: first
            return node.value
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP_TAG:
            return self._mapping(node, where, depth)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ_TAG:
            return [self.build(item, (*where, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
            return self._scalar(node, where)
        self.doc.report(where, Rule.YAML_TAG, t("load.bad_tag", tag=node.tag))
        self.doc.rejected.add(where)
        return None

    def _scalar(self, node: yaml.ScalarNode, where: DocPath) -> object:
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value  # a date is only ever text in a routine
        if node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_CHARS:
            self.doc.report(
                where,
                Rule.BAD_NUMBER,
                t("load.number_too_long", length=len(node.value), limit=MAX_NUMBER_CHARS),
            )
            self.doc.rejected.add(where)
            return None
        try:
            return self.scalars.construct_object(node)
        except (ValueError, LookupError, TypeError, ArithmeticError, yaml.YAMLError):
            # "0b_" looks like a number to YAML but is none; "!!bool maybe" or "!!int" alone
            # are no values either: keep the text, which the checks then report
            return node.value

    def _mapping(self, node: yaml.MappingNode, where: DocPath, depth: int) -> dict[str, object]:
        result: dict[str, object] = {}
        restart = _next_item_start(node, where)
        for index, (key_node, value_node) in enumerate(node.value):
            key_place = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if restart is not None and index >= restart:
                if index == restart:  # one error, not one per key of the item that lost its dash
                    message = t(forgot_dash_key(where[-2] if len(where) > 1 else None))
                    self.doc.report_at(key_place, Rule.MISSING_DASH, message)
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.doc.report_at(key_place, Rule.YAML_TAG, t("load.bad_tag", tag="<<"))
                continue
            if not (isinstance(key_node, yaml.ScalarNode) and key_node.tag == _STR_TAG):
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "…"
                self.doc.report_at(key_place, Rule.WRONG_TYPE, t("load.key_not_text", key=shown))
                continue
            key = str(key_node.value)
            slip = slip_in_key(key, key_place[0])
            if slip is not None:  # "　title" or "{hold：5}": YAML read the slip into the key
                offset, message = slip
                self.doc.report_at((key_place[0], key_place[1] + offset), Rule.YAML_SYNTAX, message)
                continue
            key_where = (*where, key)
            if key in result:
                self.doc.report_at(key_place, Rule.DUPLICATE_KEY, t("load.duplicate_key", key=key))
                continue
            self.doc.positions[(*key_where, KEY)] = key_place
            result[key] = self.build(value_node, key_where, depth + 1)
        return result


def _next_item_start(node: yaml.MappingNode, where: DocPath) -> int | None:
    """Where the keys of a list item's map start over: its first key again, or two keys seen
    before, is the next item written without its `- ` (None when it looks like no such thing).

    One key twice is a plain duplicate ("hold: 10", then "hold: 20").
    """
    if not where or not isinstance(where[-1], int):
        return None
    keys = [key.value if isinstance(key, yaml.ScalarNode) else None for key, _ in node.value]
    seen: set[str] = set()
    again: list[int] = []
    for index, key in enumerate(keys):
        if key is not None and key in seen:
            again.append(index)
        elif key is not None:
            seen.add(key)
    if not again:
        return None
    first = again[0]
    return first if keys[first] == keys[0] or len(again) > 1 else None
