"""Serialisation kept outside the model: JSON (round-trips exactly), JSON Lines, flat records,
and pandas / Arrow tables (optional dependencies, imported only when asked for).

In JSON, statements refer to their speaker and source by actor id; the actor table is written once.
"""

from __future__ import annotations

import datetime
import enum
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from syria_talks.errors import SerializationError
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
    "from_dict",
    "from_json",
    "json_text",
    "statement_records",
    "to_arrow",
    "to_dict",
    "to_json",
    "to_jsonl",
    "to_pandas",
]

FORMAT_VERSION = 1


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
    :class:`SerializationError` naming its path, e.g. ``statements[3].span[1]``.
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


def statement_records(article: Article, *, doc_id: str | None = None) -> list[dict[str, Any]]:
    """One flat dict per statement: ready for csv, pandas or a database table."""
    return [
        {
            "doc_id": doc_id,
            "speaker": s.speaker.name if s.speaker else None,
            "speaker_en": s.speaker.name_en if s.speaker else None,
            "speaker_id": s.speaker.id if s.speaker else None,
            "speaker_kind": s.speaker.kind.value if s.speaker else None,
            "speaker_country": s.speaker.country if s.speaker else None,
            "source": s.source.name if s.source else None,
            "cue": s.cue,
            "mode": s.mode.value,
            "negated": s.negated,
            "stance": s.stance.value,
            "channel": s.channel,
            "content": s.content,
            "start": s.span.start,
            "end": s.span.end,
            "when": s.when.start.isoformat() if s.when and s.when.start else None,
        }
        for s in article.statements
    ]


def to_jsonl(articles: Iterable[tuple[str, Article]]) -> str:
    """JSON Lines, one statement record per line, for (doc_id, article) pairs."""
    lines = [
        json_text(record)
        for doc_id, article in articles
        for record in statement_records(article, doc_id=doc_id)
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def to_pandas(article: Article) -> pandas.DataFrame:
    """Statements as a DataFrame (needs the ``pandas`` extra)."""
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas needs pandas: pip install 'syria-talks[pandas]'") from exc
    return pandas.DataFrame.from_records(statement_records(article))


def to_arrow(article: Article) -> pyarrow.Table:
    """Statements as an Arrow table (needs the ``arrow`` extra)."""
    try:
        import pyarrow
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_arrow needs pyarrow: pip install 'syria-talks[arrow]'") from exc
    return pyarrow.Table.from_pylist(statement_records(article))
