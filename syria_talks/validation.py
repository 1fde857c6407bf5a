"""Declared shapes of JSON data and the one walker that checks them.

A :class:`Record` lists the keys of a JSON object, the :class:`Shape` of each value and what it
means. :func:`check_json` walks JSON data (lists, objects), :func:`check_entry` walks a typed
attrs entry (tuples, enum members) against the same record, and a value that breaks it is a
``LexiconError`` saying where, innermost last: ``cues.json: lemma 'قال', form 3: 'gender' must
be one of ...; got 'male'``. Keys a record does not declare are refused. Each shape also
describes itself, for documentation and as JSON Schema.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Any, Protocol

import attrs

from syria_talks.errors import LexiconError
from syria_talks.lexicon import MAX_NAME_CHARS
from syria_talks.text import normalize

__all__ = [
    "Choice",
    "CountryCode",
    "Field",
    "Flag",
    "Integer",
    "Items",
    "Letter",
    "Name",
    "Nullable",
    "Number",
    "OneOf",
    "Pair",
    "Record",
    "Shape",
    "Table",
    "Text",
    "Version",
    "check_entry",
    "check_json",
]


class _SchemaError(Exception):
    """A value that breaks its schema; each container it passes through adds where it sits.

    ``attached`` problems read on from the name of what is wrong ("'gender' must be ..."); the
    others are said of a whole entry ("actor 'x': unknown field 'aliasses'").
    """

    def __init__(self, problem: str, *, attached: bool = True) -> None:
        super().__init__(problem)
        self.problem = problem
        self.attached = attached
        self.path: list[tuple[str, str]] = []  # (kind, text), outermost first

    def within(self, kind: str, text: str) -> _SchemaError:
        """Prefix where the problem sits: a "field" name, an "entry" label or an "index"."""
        self.path.insert(0, (kind, text))
        return self

    def message(self, source: str) -> str:
        segments: list[str] = []
        previous = ""
        for kind, text in self.path:
            if previous == "field" and kind == "entry":  # "lemma 'قال'" says which list
                segments[-1] = text
            elif previous == "field" and kind in ("index", "key"):
                segments[-1] += f" item {text}" if kind == "index" else f" {text}"
            elif kind == "index":
                segments.append(f"item {text}")
            else:
                segments.append(text)
            previous = kind
        if not segments:
            return f"{source}: {self.problem}"
        if not self.attached:
            return f"{source}: {', '.join(segments)}: {self.problem}"
        *outer, last = segments
        where = f"{', '.join(outer)}: " if outer else ""
        return f"{source}: {where}{last} {self.problem}"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _wrong_type(expected: str, value: object) -> _SchemaError:
    return _SchemaError(f"must be {expected}, got {type(value).__name__} {_shown(value)}")


class Shape(Protocol):
    """One kind of value: how to check it (as JSON or as a typed entry) and how to name it."""

    def check(self, value: object, typed: bool) -> None: ...

    def describe(self) -> str: ...

    def json_schema(self) -> dict[str, Any]: ...


@attrs.frozen(kw_only=True)
class Text:
    """A non-empty string."""

    def check(self, value: object, typed: bool) -> None:
        if not isinstance(value, str):
            raise _wrong_type("a string", value)
        if not value.strip():
            raise _SchemaError(f"must be a non-empty string, got {value!r}")

    def describe(self) -> str:
        return "string"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "\\S"}


_STARTS_WITH_WORD = re.compile(r"\w")


@attrs.frozen(kw_only=True)
class Name:
    """A phrase the matchers look for in text: it must start with a letter or digit."""

    def check(self, value: object, typed: bool) -> None:
        if not isinstance(value, str):
            raise _wrong_type("a string", value)
        if len(value) > MAX_NAME_CHARS:
            raise _SchemaError(f"has {len(value)} characters; at most {MAX_NAME_CHARS}")
        if not _STARTS_WITH_WORD.match(" ".join(normalize(value).split())):
            raise _SchemaError(f"{_shown(value)} does not start with a letter or digit")

    def describe(self) -> str:
        return "phrase"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": MAX_NAME_CHARS}


@attrs.frozen(kw_only=True)
class Letter:
    """One character: a clitic glued to a word."""

    def check(self, value: object, typed: bool) -> None:
        if not isinstance(value, str) or len(value) != 1:
            raise _wrong_type("one letter", value)

    def describe(self) -> str:
        return "letter"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": 1}


_COUNTRY = re.compile(r"[A-Z]{2}")


@attrs.frozen(kw_only=True)
class CountryCode:
    def check(self, value: object, typed: bool) -> None:
        if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
            raise _SchemaError(
                f"must be an ISO 3166 alpha-2 code such as 'SY'; got {_shown(value)}"
            )

    def describe(self) -> str:
        return "country code"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[A-Z]{2}$"}


@attrs.frozen(kw_only=True)
class Flag:
    def check(self, value: object, typed: bool) -> None:
        if not isinstance(value, bool):
            raise _wrong_type("true or false" if not typed else "a bool", value)

    def describe(self) -> str:
        return "true / false"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@attrs.frozen(kw_only=True)
class Integer:
    def check(self, value: object, typed: bool) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong_type("an integer", value)

    def describe(self) -> str:
        return "integer"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer"}


@attrs.frozen(kw_only=True)
class Number:
    def check(self, value: object, typed: bool) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _wrong_type("a number", value)

    def describe(self) -> str:
        return "number"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "number"}


@attrs.frozen(kw_only=True)
class Version:
    """The format version of a file; the loaders read version 1."""

    def check(self, value: object, typed: bool) -> None:
        if value != 1 or isinstance(value, bool):
            raise _SchemaError(f"must be 1, got {_shown(value)}")

    def describe(self) -> str:
        return "1"

    def json_schema(self) -> dict[str, Any]:
        return {"const": 1}


@attrs.frozen(kw_only=True)
class Choice:
    """One value of an enum: its string value in JSON, a member in a typed entry."""

    values: type[enum.Enum]
    # Iterating an enum is slow and the files hold thousands of these values.
    allowed: frozenset[object] = attrs.field(init=False)

    @allowed.default
    def _allowed(self) -> frozenset[object]:
        return frozenset(member.value for member in self.values)

    def check(self, value: object, typed: bool) -> None:
        if typed:
            if not isinstance(value, self.values):
                name = self.values.__name__
                raise _wrong_type(f"{'an' if name[0] in 'AEIOU' else 'a'} {name}", value)
            return
        if not isinstance(value, str) or value not in self.allowed:
            allowed = ", ".join(member.value for member in self.values)
            raise _SchemaError(f"must be one of {allowed}; got {_shown(value)}")

    def describe(self) -> str:
        return " / ".join(f"`{member.value}`" for member in self.values)

    def json_schema(self) -> dict[str, Any]:
        return {"enum": [member.value for member in self.values]}


@attrs.frozen(kw_only=True)
class OneOf:
    """One of a few fixed strings (in JSON and in typed entries alike)."""

    values: tuple[str, ...]

    def check(self, value: object, typed: bool) -> None:
        if value not in self.values or not isinstance(value, str):
            raise _SchemaError(f"must be one of {', '.join(self.values)}; got {_shown(value)}")

    def describe(self) -> str:
        return " / ".join(f"`{v}`" for v in self.values)

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.values)}


@attrs.frozen(kw_only=True)
class Nullable:
    inner: Shape

    def check(self, value: object, typed: bool) -> None:
        if value is not None:
            self.inner.check(value, typed)

    def describe(self) -> str:
        return f"{self.inner.describe()} or null"

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [self.inner.json_schema(), {"type": "null"}]}


@attrs.frozen(kw_only=True)
class Pair:
    """Two values: a JSON list of two, a tuple of two in a typed entry."""

    first: Shape
    second: Shape

    def check(self, value: object, typed: bool) -> None:
        kind = tuple if typed else list
        if not isinstance(value, kind) or len(value) != 2:
            raise _wrong_type(f"a {kind.__name__} of two", value)
        for index, (shape, item) in enumerate(zip((self.first, self.second), value, strict=True)):
            try:
                shape.check(item, typed)
            except _SchemaError as problem:
                raise problem.within("index", str(index)) from None

    def describe(self) -> str:
        return f"[{self.first.describe()}, {self.second.describe()}]"

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "array",
            "prefixItems": [self.first.json_schema(), self.second.json_schema()],
            "minItems": 2,
            "maxItems": 2,
        }


@attrs.frozen(kw_only=True)
class Items:
    """A list (a tuple in a typed entry) of values of one shape.

    An item is labelled by ``noun`` and its ``key`` field when it is a record ("actor 'x'"), by
    ``noun`` alone when it is a string ("alias '«' does not start ..."), else by its index.
    """

    inner: Shape
    noun: str | None = None
    key: str | None = None
    unique: bool = False

    def check(self, value: object, typed: bool) -> None:
        kind = tuple if typed else list
        if not isinstance(value, kind):
            raise _wrong_type(f"a {kind.__name__}", value)
        seen: set[object] = set()
        for index, item in enumerate(value):
            try:
                self.inner.check(item, typed)
            except _SchemaError as problem:
                raise problem.within(*self._label(index, item, typed)) from None
            if self.unique and self.key is not None:
                key = _get(item, self.key, typed)
                if key in seen:
                    label = self._label(index, item, typed)[1]
                    raise _SchemaError(f"{label} appears more than once", attached=False)
                seen.add(key)

    def _label(self, index: int, item: object, typed: bool) -> tuple[str, str]:
        if self.noun is None:
            return ("index", str(index))
        if isinstance(self.inner, Record):
            key = _get(item, self.key, typed) if self.key else None
            shown = repr(key) if isinstance(key, str) else str(index)
            return ("entry", f"{self.noun} {shown}")
        return ("entry", self.noun)

    def describe(self) -> str:
        inner = self.inner.describe()
        return (
            "list of objects (table below)"
            if isinstance(self.inner, Record)
            else f"list of {inner}"
        )

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.inner.json_schema()}


@attrs.frozen(kw_only=True)
class Table:
    """A JSON object of keys to values (in a typed entry, a tuple of (key, value) pairs)."""

    key: Shape
    value: Shape

    def check(self, value: object, typed: bool) -> None:
        if typed:
            if not isinstance(value, tuple) or not all(
                isinstance(pair, tuple) and len(pair) == 2 for pair in value
            ):
                raise _wrong_type("a tuple of (key, value) pairs", value)
            pairs: Sequence[tuple[object, object]] = value
        elif isinstance(value, dict):
            pairs = list(value.items())
        else:
            raise _wrong_type("an object", value)
        for key, item in pairs:
            try:
                self.key.check(key, typed)
                self.value.check(item, typed)
            except _SchemaError as problem:
                raise problem.within("key", repr(key)) from None

    def describe(self) -> str:
        return f"object: {self.key.describe()} → {self.value.describe()}"

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": self.key.json_schema(),
            "additionalProperties": self.value.json_schema(),
        }


@attrs.frozen(kw_only=True)
class Field:
    """One key of a record: its shape, whether it must be there, and what it means."""

    name: str
    shape: Shape
    doc: str
    required: bool = True


@attrs.frozen(kw_only=True)
class Record:
    """A JSON object with declared keys (a typed entry with declared attributes)."""

    title: str
    fields: tuple[Field, ...]
    entry: type | None = None  # the typed entry class whose attributes are these fields

    def check(self, value: object, typed: bool) -> None:
        if typed:
            if self.entry is None or not isinstance(value, self.entry):
                expected = self.title if self.entry is None else f"a {self.entry.__name__}"
                raise _wrong_type(expected, value)
            present = {field.name: getattr(value, field.name) for field in self.fields}
        elif isinstance(value, dict):
            present = value
        else:
            raise _wrong_type("an object", value)
        known = {field.name for field in self.fields}
        unknown = [key for key in present if key not in known]
        if unknown:
            raise _SchemaError(
                f"unknown field {unknown[0]!r}; known: {', '.join(sorted(known))}", attached=False
            )
        for field in self.fields:
            if field.name not in present:
                if field.required:
                    raise _SchemaError(f"{field.name!r} is missing", attached=False)
                continue
            try:
                field.shape.check(present[field.name], typed)
            except _SchemaError as problem:
                raise problem.within("field", repr(field.name)) from None

    def describe(self) -> str:
        return "object (table below)"

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                field.name: {"description": field.doc, **field.shape.json_schema()}
                for field in self.fields
            },
            "required": [field.name for field in self.fields if field.required],
            "additionalProperties": False,
        }


def _get(item: object, key: str, typed: bool) -> object:
    if typed:
        return getattr(item, key, None)
    return item.get(key) if isinstance(item, dict) else None


def check_json(schema: Record, data: object, source: str, label: str | None = None) -> None:
    """Raise ``LexiconError``, its message starting with ``source`` and ``label`` (the entry),
    if JSON ``data`` breaks ``schema``."""
    try:
        schema.check(data, typed=False)
    except _SchemaError as problem:
        if label is not None:
            problem.within("entry", label)
        raise LexiconError(problem.message(source)) from None


def check_entry(schema: Record, entry: object, source: str, label: str) -> None:
    """Raise ``LexiconError`` if a caller's typed ``entry`` breaks ``schema``; the message starts
    with ``source`` (the method) and ``label`` (the entry)."""
    try:
        schema.check(entry, typed=True)
    except _SchemaError as problem:
        raise LexiconError(problem.within("entry", label).message(source)) from None
