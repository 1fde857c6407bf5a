"""Questions asked of a parsed :class:`~syria_talks.model.Article`.

Every helper takes the article first and returns a tuple in text order. Actors can be given as
:class:`~syria_talks.model.Actor` objects or as any of their names, in Arabic or English and in
any spelling variant the article uses ("Carter", "كارتر", "آشتون كارتر").
"""

from __future__ import annotations

import datetime

from syria_talks.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementStatus,
    Article,
    Stance,
    Statement,
    StatementMode,
    TimeRef,
)
from syria_talks.text import fold

__all__ = [
    "actors_where",
    "agreements_between",
    "agreements_with_status",
    "statements_about",
    "statements_between",
    "statements_by",
    "statements_mentioning",
    "statements_where",
    "who_spoke_of",
]

ActorRef = Actor | str


def _resolve(article: Article, who: ActorRef) -> Actor | None:
    return who if isinstance(who, Actor) else article.actor(who)


def statements_by(article: Article, who: ActorRef) -> tuple[Statement, ...]:
    """What ``who`` said: statements whose speaker is that actor (empty if unknown)."""
    actor = _resolve(article, who)
    if actor is None:
        return ()
    return tuple(
        s for s in article.statements if s.speaker is not None and s.speaker.id == actor.id
    )


def statements_mentioning(article: Article, what: ActorRef) -> tuple[Statement, ...]:
    """Statements whose content names ``what``: an actor (by any mention) or a phrase.

    Phrases match after normalisation, so "وقف اطلاق النار" finds "وقف إطلاق النار".
    """
    actor = what if isinstance(what, Actor) else None
    if actor is None and isinstance(what, str):
        actor = article.actor(what)
    result = []
    for statement in article.statements:
        if (
            actor is not None
            and any(
                m.actor_id == actor.id and statement.span.contains(m.span) for m in article.mentions
            )
        ) or (isinstance(what, str) and fold(what) in fold(statement.content)):
            result.append(statement)
    return tuple(result)


def who_spoke_of(article: Article, what: ActorRef) -> tuple[Actor, ...]:
    """The speakers of :func:`statements_mentioning` ``what``, each once, in order."""
    speakers: dict[str, Actor] = {}
    for statement in statements_mentioning(article, what):
        if statement.speaker is not None:
            speakers.setdefault(statement.speaker.id, statement.speaker)
    return tuple(speakers.values())


def statements_where(
    article: Article,
    *,
    mode: StatementMode | str | None = None,
    negated: bool | None = None,
    stance: Stance | str | None = None,
    speaker_kind: ActorKind | str | None = None,
    country: str | None = None,
) -> tuple[Statement, ...]:
    """Statements matching every filter given (``None`` means any)."""
    wanted_mode = StatementMode(mode) if mode is not None else None
    wanted_stance = Stance(stance) if stance is not None else None
    wanted_kind = ActorKind(speaker_kind) if speaker_kind is not None else None
    return tuple(
        s
        for s in article.statements
        if (wanted_mode is None or s.mode is wanted_mode)
        and (negated is None or s.negated is negated)
        and (wanted_stance is None or s.stance is wanted_stance)
        and (wanted_kind is None or (s.speaker is not None and s.speaker.kind is wanted_kind))
        and (country is None or (s.speaker is not None and s.speaker.country == country))
    )


def agreements_with_status(
    article: Article, status: AgreementStatus | str
) -> tuple[Agreement, ...]:
    """Agreements whose current status is ``status`` ("collapsed", "proposed", ...)."""
    wanted = AgreementStatus(status)
    return tuple(a for a in article.agreements if a.status is wanted)


def statements_about(article: Article, agreement: Agreement) -> tuple[Statement, ...]:
    """Statements whose content overlaps a mention of ``agreement``."""
    return tuple(
        s for s in article.statements if any(s.span.overlaps(span) for span in agreement.spans)
    )


def actors_where(
    article: Article, *, country: str | None = None, kind: ActorKind | str | None = None
) -> tuple[Actor, ...]:
    """Actors of the article from ``country`` (ISO alpha-2) and/or of ``kind``."""
    wanted_kind = ActorKind(kind) if kind is not None else None
    return tuple(
        a
        for a in article.actors
        if (country is None or a.country == country)
        and (wanted_kind is None or a.kind is wanted_kind)
    )


def _within(when: TimeRef | None, start: datetime.date, end: datetime.date) -> bool:
    if when is None or when.start is None:
        return False
    last = when.end or when.start
    return when.start <= end and start <= last


def statements_between(
    article: Article, start: datetime.date, end: datetime.date
) -> tuple[Statement, ...]:
    """Statements made between ``start`` and ``end`` (inclusive), by their resolved time."""
    return tuple(s for s in article.statements if _within(s.when, start, end))


def agreements_between(
    article: Article, start: datetime.date, end: datetime.date
) -> tuple[Agreement, ...]:
    """Agreements with a dated event (signed, collapsed, ...) between ``start`` and ``end``."""
    return tuple(
        a for a in article.agreements if any(_within(e.when, start, end) for e in a.events)
    )
