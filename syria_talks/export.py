"""Serialisation kept outside the model: JSON (round-trips exactly), JSON Lines, flat records,
and pandas / Arrow tables (optional dependencies, imported only when asked for).

In JSON, statements refer to their speaker and source by actor id; the actor table is written once.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

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
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SerializationError("a serialised article is a JSON object")
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
        json.dumps(record, ensure_ascii=False)
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
