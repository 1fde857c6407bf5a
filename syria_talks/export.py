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
import hashlib
import io
import json
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from os import PathLike
from typing import TYPE_CHECKING, Any, Literal

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
        "speaker_span": _span(statement.speaker_span) if statement.speaker_span else None,
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


def to_json(article: Article, *, indent: int | None = None) -> str:
    """``article`` as JSON (see :func:`to_dict`); :func:`from_json` reads it back."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def _load_span(value: Any) -> Span:
    start, end = value
    return Span(start=int(start), end=int(end))


def _load_date(value: Any) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _load_time(value: Any) -> TimeRef | None:
    if value is None:
        return None
    return TimeRef(
        text=value["text"],
        span=_load_span(value["span"]),
        granularity=Granularity(value["granularity"]),
        start=_load_date(value["start"]),
        end=_load_date(value["end"]),
    )


def _load_coordinates(value: Any) -> tuple[float, float] | None:
    if value is None:
        return None
    latitude, longitude = value
    return float(latitude), float(longitude)


def _load_actor(value: Mapping[str, Any]) -> Actor:
    return Actor(
        id=value["id"],
        name=value["name"],
        name_en=value.get("name_en"),
        kind=ActorKind(value["kind"]),
        country=value.get("country"),
        title=value.get("title"),
        gender=Gender(value["gender"]) if value.get("gender") else None,
        aliases=frozenset(value.get("aliases", ())),
        names=tuple(value.get("names", {}).items()),
    )


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an Article from :func:`to_dict` output; bad data raises SerializationError."""
    try:
        if data.get("format") != FORMAT_VERSION:
            raise SerializationError(
                f"unsupported format {data.get('format')!r}; expected {FORMAT_VERSION}"
            )
        actors = {a["id"]: _load_actor(a) for a in data["actors"]}

        def actor(actor_id: str | None) -> Actor | None:
            if actor_id is None:
                return None
            if actor_id not in actors:
                raise SerializationError(f"statement refers to unknown actor {actor_id!r}")
            return actors[actor_id]

        statements = tuple(
            Statement(
                speaker=actor(s["speaker"]),
                source=actor(s.get("source")),
                content=s["content"],
                span=_load_span(s["span"]),
                cue=s["cue"],
                cue_span=_load_span(s["cue_span"]),
                mode=StatementMode(s["mode"]),
                negated=bool(s["negated"]),
                stance=Stance(s.get("stance", "neutral")),
                channel=s.get("channel"),
                speaker_span=_load_span(s["speaker_span"]) if s.get("speaker_span") else None,
                when=_load_time(s.get("when")),
            )
            for s in data["statements"]
        )
        return Article(
            text=data["text"],
            published=_load_date(data.get("published")),
            actors=tuple(actors.values()),
            statements=statements,
            mentions=tuple(
                Mention(actor_id=m["actor"], span=_load_span(m["span"]), text=m["text"])
                for m in data.get("mentions", [])
            ),
            locations=tuple(
                Location(
                    id=loc["id"],
                    name=loc["name"],
                    kind=LocationKind(loc["kind"]),
                    country=loc.get("country"),
                    name_en=loc.get("name_en"),
                    parent=loc.get("parent"),
                    coordinates=_load_coordinates(loc.get("coordinates")),
                    spans=tuple(_load_span(s) for s in loc["spans"]),
                )
                for loc in data.get("locations", [])
            ),
            agreements=tuple(
                Agreement(
                    id=a["id"],
                    name=a["name"],
                    status=AgreementStatus(a["status"]),
                    parties=tuple(a.get("parties", [])),
                    mediators=tuple(a.get("mediators", [])),
                    spans=tuple(_load_span(s) for s in a["spans"]),
                    events=tuple(
                        AgreementEvent(
                            status=AgreementStatus(e["status"]),
                            span=_load_span(e["span"]),
                            actor_id=e.get("actor"),
                            when=_load_time(e.get("when")),
                        )
                        for e in a.get("events", [])
                    ),
                )
                for a in data.get("agreements", [])
            ),
            times=tuple(t for t in (_load_time(v) for v in data.get("times", [])) if t),
        )
    except SerializationError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise SerializationError(f"not a serialised article: {exc!r}") from exc


def from_json(text: str) -> Article:
    """The Article serialised in ``text`` by :func:`to_json`; bad data raises SerializationError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SerializationError("a serialised article is a JSON object")
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
    lines = [
        json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False)
        for row in records(articles, what)
    ]
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
