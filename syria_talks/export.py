"""Serialisation kept outside the model: JSON (round-trips exactly) and, for many articles at
once, flat tables of statements, actors, locations or agreements as records, JSON Lines, CSV,
pandas DataFrames, Arrow tables and Parquet files (the last three through optional dependencies,
imported only when asked for).

In JSON, statements refer to their speaker and source by actor id; the actor table is written once.
The JSON format is described by a JSON Schema shipped with the package (:func:`json_schema`).

Every table has a ``doc_id`` column naming the article a row came from, and one fixed schema
(:data:`TABLES`): the same columns with the same types whatever the articles hold, so tables built
from different articles, or from an article with no statements, concatenate.
"""

from __future__ import annotations

import csv
import datetime
import enum
import hashlib
import io
import json
import math
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from os import PathLike
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from syria_talks.errors import QueryError, SerializationError
from syria_talks.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementEvent,
    AgreementStatus,
    Article,
    Gender,
    Granularity,
    Location,
    LocationKind,
    Mention,
    Span,
    Stance,
    Statement,
    StatementMode,
    TimeRef,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyarrow

__all__ = [
    "FORMAT_VERSION",
    "TABLES",
    "Column",
    "ColumnType",
    "Documents",
    "Table",
    "arrow_schema",
    "documents",
    "from_dict",
    "from_json",
    "json_schema",
    "json_text",
    "records",
    "statement_records",
    "to_arrow",
    "to_csv",
    "to_dict",
    "to_json",
    "to_jsonl",
    "to_pandas",
    "to_parquet",
]

FORMAT_VERSION = 1
"""The version of the JSON format; :func:`from_dict` refuses any other."""


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _time(ref: TimeRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "text": ref.text,
        "span": _span(ref.span),
        "granularity": ref.granularity.value,
        "start": ref.start.isoformat() if ref.start else None,
        "end": ref.end.isoformat() if ref.end else None,
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "name_en": actor.name_en,
        "kind": actor.kind.value,
        "country": actor.country,
        "title": actor.title,
        "gender": actor.gender.value if actor.gender else None,
        "aliases": sorted(actor.aliases),
        "names": dict(actor.names),
    }


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "speaker": statement.speaker.id if statement.speaker else None,
        "source": statement.source.id if statement.source else None,
        "content": statement.content,
        "span": _span(statement.span),
        "cue": statement.cue,
        "cue_span": _span(statement.cue_span),
        "mode": statement.mode.value,
        "negated": statement.negated,
        "stance": statement.stance.value,
        "channel": statement.channel,
        "speaker_span": (None if statement.speaker_span is None else _span(statement.speaker_span)),
        "when": _time(statement.when),
    }


def to_dict(article: Article) -> dict[str, Any]:
    """A JSON-ready dict of ``article``; :func:`from_dict` turns it back into an equal Article."""
    return {
        "format": FORMAT_VERSION,
        "text": article.text,
        "published": article.published.isoformat() if article.published else None,
        "actors": [_actor(a) for a in article.actors],
        "statements": [_statement(s) for s in article.statements],
        "mentions": [
            {"actor": m.actor_id, "span": _span(m.span), "text": m.text} for m in article.mentions
        ],
        "locations": [
            {
                "id": loc.id,
                "name": loc.name,
                "kind": loc.kind.value,
                "country": loc.country,
                "name_en": loc.name_en,
                "parent": loc.parent,
                "coordinates": list(loc.coordinates) if loc.coordinates else None,
                "spans": [_span(s) for s in loc.spans],
            }
            for loc in article.locations
        ],
        "agreements": [
            {
                "id": a.id,
                "name": a.name,
                "status": a.status.value,
                "parties": list(a.parties),
                "mediators": list(a.mediators),
                "spans": [_span(s) for s in a.spans],
                "events": [
                    {
                        "status": e.status.value,
                        "span": _span(e.span),
                        "actor": e.actor_id,
                        "when": _time(e.when),
                    }
                    for e in a.events
                ],
            }
            for a in article.agreements
        ],
        "times": [_time(t) for t in article.times],
    }


# Characters that JSON readers or the terminals JSON is shown on misread when written raw: C1
# controls (U+009B opens an escape sequence), line and paragraph separators (end a line in
# JavaScript), bidi controls (make text read in another order than it is stored), the byte-order
# mark and lone surrogates (which cannot be written as UTF-8). They are written as \uXXXX
# escapes, which every reader decodes back to the same string; json itself escapes C0 controls.
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` with Arabic kept readable and every misreadable character escaped.

    Outside strings JSON is ASCII, so escaping these characters anywhere in the output only
    ever touches the contents of strings.
    """
    return _JSON_UNSAFE.sub(_escape, json.dumps(data, ensure_ascii=False, indent=indent))


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as JSON (see :func:`to_dict`); the output is always valid UTF-8 text."""
    return json_text(to_dict(article), indent=indent)


_E = TypeVar("_E", bound=enum.Enum)


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _shown(value: Any) -> str:
    """A value for an error message: never the whole of a huge input."""
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


class _Loader:
    """Reads one serialised article, checking every field; errors name the field's path."""

    def __init__(self, text: str) -> None:
        self.text = text

    @staticmethod
    def fail(path: str, message: str) -> SerializationError:
        return SerializationError(f"{path}: {message}")

    def obj(self, value: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, f"expected an object, got {_kind(value)}")
        return value

    def items(self, value: Any, path: str) -> list[tuple[str, Any]]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, got {_kind(value)}")
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)]

    def str_(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"expected a string, got {_kind(value)}")
        if _SURROGATE.search(value):
            raise self.fail(path, "holds a lone surrogate")
        return value

    def opt_str(self, value: Any, path: str) -> str | None:
        return None if value is None else self.str_(value, path)

    def bool_(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, f"expected true or false, got {_kind(value)}")
        return value

    def enum(self, kind: type[_E], value: Any, path: str) -> _E:
        allowed = [m.value for m in kind]
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(path, f"expected one of {', '.join(allowed)}; got {_shown(value)}")
        return kind(value)

    def date(self, value: Any, path: str) -> datetime.date | None:
        if value is None:
            return None
        text = self.str_(value, path)
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise self.fail(path, f"expected a date YYYY-MM-DD, got {_shown(text)}") from None

    def offset(self, value: Any, path: str) -> int:
        if type(value) is not int:
            raise self.fail(path, f"expected an integer offset, got {_kind(value)}")
        if not 0 <= value <= len(self.text):
            raise self.fail(path, f"offset {value} is outside the text (0..{len(self.text)})")
        return value

    def span(self, value: Any, path: str) -> Span:
        pair = self.items(value, path)
        if len(pair) != 2:
            raise self.fail(path, f"a span is [start, end], got {len(pair)} values")
        start, end = (self.offset(v, p) for p, v in pair)
        if end < start:
            raise self.fail(path, f"end {end} is before start {start}")
        return Span(start=start, end=end)

    def surface(self, value: Any, span: Span, path: str) -> str:
        """A string that must be exactly the text at ``span``."""
        written = self.str_(value, path)
        if written != self.text[span.start : span.end]:
            raise self.fail(path, "is not the text at its span")
        return written

    def time(self, value: Any, path: str) -> TimeRef:
        data = self.obj(value, path)
        span = self.span(data.get("span"), f"{path}.span")
        return TimeRef(
            text=self.surface(data.get("text"), span, f"{path}.text"),
            span=span,
            granularity=self.enum(Granularity, data.get("granularity"), f"{path}.granularity"),
            start=self.date(data.get("start"), f"{path}.start"),
            end=self.date(data.get("end"), f"{path}.end"),
        )

    def opt_time(self, value: Any, path: str) -> TimeRef | None:
        return None if value is None else self.time(value, path)

    def actor(self, value: Any, path: str) -> Actor:
        data = self.obj(value, path)
        gender = data.get("gender")
        names = self.obj(data.get("names", {}), f"{path}.names")
        return Actor(
            id=self.str_(data.get("id"), f"{path}.id"),
            name=self.str_(data.get("name"), f"{path}.name"),
            name_en=self.opt_str(data.get("name_en"), f"{path}.name_en"),
            kind=self.enum(ActorKind, data.get("kind"), f"{path}.kind"),
            country=self.opt_str(data.get("country"), f"{path}.country"),
            title=self.opt_str(data.get("title"), f"{path}.title"),
            gender=None if gender is None else self.enum(Gender, gender, f"{path}.gender"),
            aliases=frozenset(
                self.str_(v, p) for p, v in self.items(data.get("aliases", []), f"{path}.aliases")
            ),
            names=tuple(
                (self.str_(language, f"{path}.names"), self.str_(name, f"{path}.names.{language}"))
                for language, name in names.items()
            ),
        )

    def coordinates(self, value: Any, path: str) -> tuple[float, float] | None:
        if value is None:
            return None
        pair = self.items(value, path)
        if len(pair) != 2:
            raise self.fail(path, "coordinates are [latitude, longitude]")
        numbers = []
        for p, number in pair:
            if type(number) not in (int, float) or not math.isfinite(number):
                raise self.fail(p, f"expected a finite number, got {_shown(number)}")
            numbers.append(float(number))
        return numbers[0], numbers[1]

    def location(self, value: Any, path: str) -> Location:
        data = self.obj(value, path)
        return Location(
            id=self.str_(data.get("id"), f"{path}.id"),
            name=self.str_(data.get("name"), f"{path}.name"),
            kind=self.enum(LocationKind, data.get("kind"), f"{path}.kind"),
            country=self.opt_str(data.get("country"), f"{path}.country"),
            name_en=self.opt_str(data.get("name_en"), f"{path}.name_en"),
            parent=self.opt_str(data.get("parent"), f"{path}.parent"),
            coordinates=self.coordinates(data.get("coordinates"), f"{path}.coordinates"),
            spans=tuple(self.span(v, p) for p, v in self.items(data.get("spans"), f"{path}.spans")),
        )


class _ArticleLoader(_Loader):
    """The records that refer to actors, checked against the actor table read first."""

    def __init__(self, text: str, actors: Any) -> None:
        super().__init__(text)
        self.actors: dict[str, Actor] = {}
        for path, value in self.items(actors, "actors"):
            actor = self.actor(value, path)
            if actor.id in self.actors:
                raise self.fail(f"{path}.id", f"duplicate actor id {_shown(actor.id)}")
            self.actors[actor.id] = actor

    def actor_id(self, value: Any, path: str) -> str:
        key = self.str_(value, path)
        if key not in self.actors:
            raise self.fail(path, f"unknown actor id {_shown(key)}")
        return key

    def opt_actor_id(self, value: Any, path: str) -> str | None:
        return None if value is None else self.actor_id(value, path)

    def opt_actor(self, value: Any, path: str) -> Actor | None:
        return None if value is None else self.actors[self.actor_id(value, path)]

    def statement(self, value: Any, path: str) -> Statement:
        data = self.obj(value, path)
        span = self.span(data.get("span"), f"{path}.span")
        cue_span = self.span(data.get("cue_span"), f"{path}.cue_span")
        speaker_span = data.get("speaker_span")
        return Statement(
            speaker=self.opt_actor(data.get("speaker"), f"{path}.speaker"),
            source=self.opt_actor(data.get("source"), f"{path}.source"),
            content=self.surface(data.get("content"), span, f"{path}.content"),
            span=span,
            cue=self.surface(data.get("cue"), cue_span, f"{path}.cue"),
            cue_span=cue_span,
            mode=self.enum(StatementMode, data.get("mode"), f"{path}.mode"),
            negated=self.bool_(data.get("negated", False), f"{path}.negated"),
            stance=self.enum(Stance, data.get("stance", "neutral"), f"{path}.stance"),
            channel=self.opt_str(data.get("channel"), f"{path}.channel"),
            speaker_span=(
                None if speaker_span is None else self.span(speaker_span, f"{path}.speaker_span")
            ),
            when=self.opt_time(data.get("when"), f"{path}.when"),
        )

    def mention(self, value: Any, path: str) -> Mention:
        data = self.obj(value, path)
        span = self.span(data.get("span"), f"{path}.span")
        return Mention(
            actor_id=self.actor_id(data.get("actor"), f"{path}.actor"),
            span=span,
            text=self.surface(data.get("text"), span, f"{path}.text"),
        )

    def event(self, value: Any, path: str) -> AgreementEvent:
        data = self.obj(value, path)
        return AgreementEvent(
            status=self.enum(AgreementStatus, data.get("status"), f"{path}.status"),
            span=self.span(data.get("span"), f"{path}.span"),
            actor_id=self.opt_actor_id(data.get("actor"), f"{path}.actor"),
            when=self.opt_time(data.get("when"), f"{path}.when"),
        )

    def agreement(self, value: Any, path: str) -> Agreement:
        data = self.obj(value, path)
        return Agreement(
            id=self.str_(data.get("id"), f"{path}.id"),
            name=self.str_(data.get("name"), f"{path}.name"),
            status=self.enum(AgreementStatus, data.get("status"), f"{path}.status"),
            parties=tuple(
                self.actor_id(v, p)
                for p, v in self.items(data.get("parties", []), f"{path}.parties")
            ),
            mediators=tuple(
                self.actor_id(v, p)
                for p, v in self.items(data.get("mediators", []), f"{path}.mediators")
            ),
            spans=tuple(self.span(v, p) for p, v in self.items(data.get("spans"), f"{path}.spans")),
            events=tuple(
                self.event(v, p) for p, v in self.items(data.get("events", []), f"{path}.events")
            ),
        )


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an Article from :func:`to_dict` output.

    Every field is checked: types, offsets within the text, ``content == text[span]`` (and
    likewise for cues, mentions and times), actor ids that resolve. The first bad field raises
    :class:`~syria_talks.errors.SerializationError` naming its path, e.g. ``statements[3].span[1]``.
    """
    if not isinstance(data, Mapping):
        raise SerializationError(f"a serialised article is a JSON object, got {_kind(data)}")
    version = data.get("format")
    if type(version) is not int or version != FORMAT_VERSION:
        raise SerializationError(
            f"format: unsupported format version {_shown(version)}; this version of syria_talks "
            f"reads format {FORMAT_VERSION}"
        )
    text = _Loader("").str_(data.get("text"), "text")
    load = _ArticleLoader(text, data.get("actors"))
    return Article(
        text=text,
        published=load.date(data.get("published"), "published"),
        actors=tuple(load.actors.values()),
        statements=tuple(
            load.statement(v, p) for p, v in load.items(data.get("statements"), "statements")
        ),
        mentions=tuple(
            load.mention(v, p) for p, v in load.items(data.get("mentions", []), "mentions")
        ),
        locations=tuple(
            load.location(v, p) for p, v in load.items(data.get("locations", []), "locations")
        ),
        agreements=tuple(
            load.agreement(v, p) for p, v in load.items(data.get("agreements", []), "agreements")
        ),
        times=tuple(load.time(v, p) for p, v in load.items(data.get("times", []), "times")),
    )


def _no_constant(name: str) -> Any:
    raise SerializationError(f"invalid JSON: {name} is not a number JSON allows")


def from_json(text: str) -> Article:
    """Rebuild an Article from :func:`to_json` output; anything else raises SerializationError."""
    if not isinstance(text, str):
        raise SerializationError(f"from_json() needs str, got {_kind(text)}")
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except SerializationError:
        raise
    except json.JSONDecodeError as exc:
        raise SerializationError(f"invalid JSON: {exc}") from None
    except RecursionError:
        raise SerializationError("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # an integer longer than int() converts (sys.int_info)
        raise SerializationError(f"invalid JSON number: {exc}") from None
    return from_dict(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`to_dict` / :func:`to_json` output."""
    raw = resources.files("syria_talks").joinpath("article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(raw)
    return schema


# ---------------------------------------------------------------------------------------------
# Tables across many articles

Table = Literal["statements", "actors", "mentions", "locations", "agreements"]
"""The tables an export can hold (see :data:`TABLES`)."""
ColumnType = Literal["string", "int64", "float64", "bool", "date"]
"""A column's type: Arrow ``string``, ``int64``, ``float64``, ``bool`` or ``date32``."""
Documents = Article | Iterable[Article | tuple[str, Article]]
"""What the table exports take: one article, or many, each alone or as a ``(doc_id, article)``
pair. An article given alone gets the first 12 hex digits of the SHA-256 of its text as
``doc_id``: stable across runs, and equal for equal texts."""


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table export: its name, type and meaning."""

    name: str
    type: ColumnType
    doc: str


def _columns(*spec: tuple[str, ColumnType, str]) -> tuple[Column, ...]:
    return tuple(Column(name=n, type=t, doc=d) for n, t, d in spec)


_DOC_ID: tuple[str, ColumnType, str] = ("doc_id", "string", "the article the row comes from")

TABLES: Mapping[Table, tuple[Column, ...]] = {
    "statements": _columns(
        _DOC_ID,
        ("index", "int64", "position of the statement in its article, from 0"),
        ("speaker", "string", "speaker's canonical Arabic name"),
        ("speaker_en", "string", "speaker's English name"),
        ("speaker_id", "string", "speaker's actor id"),
        ("speaker_kind", "string", "person, organization, state, media or group"),
        ("speaker_country", "string", "speaker's ISO 3166 alpha-2 country"),
        ("source", "string", "Arabic name of the actor who reported the statement"),
        ("source_id", "string", "actor id of the reporting source"),
        ("cue", "string", "the verb of saying as written"),
        ("mode", "string", "direct, indirect or mixed"),
        ("negated", "bool", "the speech act is negated (لم يكشف)"),
        ("stance", "string", "what the cue says the speaker did (deny, warn, ...)"),
        ("channel", "string", "how it was said (في بيان، لوكالة نوفوستي)"),
        ("content", "string", "what was said, exactly as written"),
        ("start", "int64", "offset of the content in the article's text"),
        ("end", "int64", "end offset (exclusive) of the content"),
        ("when", "date", "first day of the statement's resolved time"),
        ("when_end", "date", "last day of the statement's resolved time"),
        ("when_text", "string", "the time expression as written"),
        ("published", "date", "the article's publication date, where given"),
    ),
    "actors": _columns(
        _DOC_ID,
        ("id", "string", "actor id, the same across articles"),
        ("name", "string", "canonical Arabic name"),
        ("name_en", "string", "English name"),
        ("kind", "string", "person, organization, state, media or group"),
        ("country", "string", "ISO 3166 alpha-2 country"),
        ("title", "string", "title or office, in Arabic"),
        ("mentions", "int64", "times the actor is mentioned in the article"),
        ("statements", "int64", "statements the actor made in the article"),
    ),
    "mentions": _columns(
        _DOC_ID,
        ("actor_id", "string", "id of the actor mentioned, the same across articles"),
        ("text", "string", "the mention as written"),
        ("start", "int64", "offset of the mention in the article's text"),
        ("end", "int64", "end offset (exclusive) of the mention"),
    ),
    "locations": _columns(
        _DOC_ID,
        ("id", "string", "place id, the same across articles"),
        ("name", "string", "Arabic name"),
        ("name_en", "string", "English name"),
        ("kind", "string", "country, city, region, building or other"),
        ("country", "string", "ISO 3166 alpha-2 country"),
        ("parent", "string", "id of the enclosing place"),
        ("latitude", "float64", "latitude in degrees, where known"),
        ("longitude", "float64", "longitude in degrees, where known"),
        ("mentions", "int64", "times the place is mentioned"),
    ),
    "agreements": _columns(
        _DOC_ID,
        ("id", "string", "agreement id"),
        ("name", "string", "Arabic name"),
        ("status", "string", "latest status (signed, collapsed, ...)"),
        ("parties", "string", "actor ids of the parties, separated by '; '"),
        ("mediators", "string", "actor ids of the mediators, separated by '; '"),
        ("mentions", "int64", "times the agreement is mentioned"),
        ("events", "int64", "dated or undated steps found (signed, collapsed, ...)"),
    ),
}
"""Every table's columns, in order, with their types and meanings: the fixed schema of
:func:`records`, :func:`to_csv`, :func:`to_pandas` and :func:`to_arrow`."""


def _table(what: str) -> tuple[Column, ...]:
    if what not in TABLES:
        valid = ", ".join(repr(t) for t in TABLES)
        raise QueryError(f"what={what!r} is not a table; expected one of {valid}")
    return TABLES[what]  # type: ignore[index]


def _doc_id(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:12]


def documents(articles: Documents) -> Iterator[tuple[str, Article]]:
    """``(doc_id, article)`` pairs for :data:`Documents` input."""
    if isinstance(articles, Article):
        articles = [articles]
    for item in articles:
        if isinstance(item, Article):
            yield _doc_id(item), item
        elif (
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], Article)
        ):
            yield item
        else:
            raise TypeError(
                f"expected an Article or a (doc_id, Article) pair, got {type(item).__name__}"
            )


def _statement_rows(doc_id: str, article: Article) -> Iterator[dict[str, Any]]:
    for index, s in enumerate(article.statements):
        when = s.when
        yield {
            "doc_id": doc_id,
            "index": index,
            "speaker": s.speaker.name if s.speaker else None,
            "speaker_en": s.speaker.name_en if s.speaker else None,
            "speaker_id": s.speaker.id if s.speaker else None,
            "speaker_kind": s.speaker.kind.value if s.speaker else None,
            "speaker_country": s.speaker.country if s.speaker else None,
            "source": s.source.name if s.source else None,
            "source_id": s.source.id if s.source else None,
            "cue": s.cue,
            "mode": s.mode.value,
            "negated": s.negated,
            "stance": s.stance.value,
            "channel": s.channel,
            "content": s.content,
            "start": s.span.start,
            "end": s.span.end,
            "when": when.start if when else None,
            "when_end": (when.end or when.start) if when else None,
            "when_text": when.text if when else None,
            "published": article.published,
        }


def _actor_rows(doc_id: str, article: Article) -> Iterator[dict[str, Any]]:
    for a in article.actors:
        yield {
            "doc_id": doc_id,
            "id": a.id,
            "name": a.name,
            "name_en": a.name_en,
            "kind": a.kind.value,
            "country": a.country,
            "title": a.title,
            "mentions": sum(1 for m in article.mentions if m.actor_id == a.id),
            "statements": sum(
                1 for s in article.statements if s.speaker is not None and s.speaker.id == a.id
            ),
        }


def _mention_rows(doc_id: str, article: Article) -> Iterator[dict[str, Any]]:
    for m in article.mentions:
        yield {
            "doc_id": doc_id,
            "actor_id": m.actor_id,
            "text": m.text,
            "start": m.span.start,
            "end": m.span.end,
        }


def _location_rows(doc_id: str, article: Article) -> Iterator[dict[str, Any]]:
    for loc in article.locations:
        yield {
            "doc_id": doc_id,
            "id": loc.id,
            "name": loc.name,
            "name_en": loc.name_en,
            "kind": loc.kind.value,
            "country": loc.country,
            "parent": loc.parent,
            "latitude": loc.coordinates[0] if loc.coordinates else None,
            "longitude": loc.coordinates[1] if loc.coordinates else None,
            "mentions": len(loc.spans),
        }


def _agreement_rows(doc_id: str, article: Article) -> Iterator[dict[str, Any]]:
    for a in article.agreements:
        yield {
            "doc_id": doc_id,
            "id": a.id,
            "name": a.name,
            "status": a.status.value,
            "parties": "; ".join(a.parties),
            "mediators": "; ".join(a.mediators),
            "mentions": len(a.spans),
            "events": len(a.events),
        }


_ROWS: Mapping[str, Callable[[str, Article], Iterator[dict[str, Any]]]] = {
    "statements": _statement_rows,
    "actors": _actor_rows,
    "mentions": _mention_rows,
    "locations": _location_rows,
    "agreements": _agreement_rows,
}


def records(articles: Documents, what: Table = "statements") -> list[dict[str, Any]]:
    """One flat dict per row of table ``what`` over all ``articles``, keys in :data:`TABLES`
    order; values are ``str``, ``int``, ``float``, ``bool``, ``datetime.date`` or None."""
    _table(what)
    rows = _ROWS[what]
    return [row for doc_id, article in documents(articles) for row in rows(doc_id, article)]


def statement_records(article: Article, *, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Deprecated since 0.2: use ``records((doc_id, article), "statements")``."""
    warnings.warn(
        "statement_records() is deprecated; use syria_talks.export.records(articles)",
        DeprecationWarning,
        stacklevel=2,
    )
    return records([(doc_id or _doc_id(article), article)], "statements")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


def to_jsonl(articles: Documents, what: Table = "statements") -> str:
    """JSON Lines, one record of table ``what`` per line (dates as ISO strings)."""
    lines = [json_text({k: _plain(v) for k, v in row.items()}) for row in records(articles, what)]
    return "\n".join(lines) + ("\n" if lines else "")


def to_csv(articles: Documents, what: Table = "statements") -> str:
    """CSV with a header row, columns in :data:`TABLES` order (dates as ISO strings, None as
    an empty cell); open it in a spreadsheet as UTF-8."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c.name for c in _table(what)], lineterminator="\n")
    writer.writeheader()
    for row in records(articles, what):
        writer.writerow({k: _plain(v) for k, v in row.items()})
    return out.getvalue()


def _import(module: str, extra: str, function: str) -> Any:
    try:
        return __import__(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"{function} needs {module}: pip install 'syria-talks[{extra}]'") from exc


def arrow_schema(what: Table = "statements") -> pyarrow.Schema:
    """The fixed Arrow schema of table ``what`` (needs the ``arrow`` extra); every column is
    nullable and typed, even where no article has a value."""
    pa = _import("pyarrow", "arrow", "arrow_schema")
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema(
        [
            pa.field(c.name, types[c.type], nullable=True, metadata={"doc": c.doc})
            for c in _table(what)
        ],
        metadata={"syria_talks.table": what, "syria_talks.format": str(FORMAT_VERSION)},
    )


def to_arrow(articles: Documents, what: Table = "statements") -> pyarrow.Table:
    """Table ``what`` as an Arrow table with the fixed :func:`arrow_schema` (needs the
    ``arrow`` extra); tables from different articles concatenate."""
    pa = _import("pyarrow", "arrow", "to_arrow")
    return pa.Table.from_pylist(records(articles, what), schema=arrow_schema(what))


def to_parquet(articles: Documents, path: str | PathLike[str], what: Table = "statements") -> None:
    """Write table ``what`` to a Parquet file at ``path`` (needs the ``arrow`` extra)."""
    _import("pyarrow", "arrow", "to_parquet")
    import pyarrow.parquet

    pyarrow.parquet.write_table(to_arrow(articles, what), path)


_PANDAS_TYPES: Mapping[ColumnType, str] = {
    "string": "string",
    "int64": "Int64",
    "float64": "Float64",
    "bool": "boolean",
    "date": "datetime64[s]",
}


def to_pandas(articles: Documents, what: Table = "statements") -> pandas.DataFrame:
    """Table ``what`` as a DataFrame with pandas' nullable dtypes (needs the ``pandas`` extra);
    dates become ``datetime64`` columns."""
    pd = _import("pandas", "pandas", "to_pandas")
    columns = _table(what)
    frame = pd.DataFrame.from_records(records(articles, what), columns=[c.name for c in columns])
    for c in columns:
        if c.type == "date":
            frame[c.name] = pd.to_datetime(frame[c.name]).astype(_PANDAS_TYPES[c.type])
        else:
            frame[c.name] = frame[c.name].astype(_PANDAS_TYPES[c.type])
    return frame
