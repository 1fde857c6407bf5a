"""Questions asked of a parsed :class:`~syria_talks.model.Article`.

Every helper takes the article first and returns a tuple in text order. Actors can be given as
:class:`~syria_talks.model.Actor` objects or as any of their names, in Arabic or English and in
any spelling variant ("Carter", "كارتر", "Ash Carter", "Moscow"; see
:meth:`~syria_talks.model.Article.actor`).

Filters forgive the way people type: enum filters take the member, its value or its name in any
case (``mode="DIRECT"``, ``"direct"``, ``StatementMode.DIRECT``), country filters take an ISO
code in any case or an English country name (``"us"``, ``"Russia"``). A value that names
nothing raises :class:`~syria_talks.errors.QueryError` listing the valid ones.
"""

from __future__ import annotations

import datetime
import enum
from typing import TypeVar

from syria_talks.errors import QueryError
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
E = TypeVar("E", bound=enum.Enum)

# The kinds of actor that speak for a state: its ministries and officials, not its press.
_VOICES_OF_A_STATE = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.STATE})


def _check_ref(who: object, argument: str) -> None:
    if not isinstance(who, Actor | str):
        raise QueryError(
            f"{argument} must be an Actor or a name (str), got {type(who).__name__}: {who!r}"
        )


def _resolve(article: Article, who: ActorRef) -> Actor | None:
    _check_ref(who, "who")
    return who if isinstance(who, Actor) else article.actor(who)


def _choice(kind: type[E], value: E | str | None, argument: str) -> E | None:
    """The member of ``kind`` that ``value`` names by value or name, in any case."""
    if value is None or isinstance(value, kind):
        return value
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for member in kind:
            if wanted in (str(member.value).casefold(), member.name.casefold()):
                return member
    valid = ", ".join(repr(m.value) for m in kind)
    raise QueryError(f"{argument}={value!r} is not valid; expected one of {valid}")


def _country(value: str | None, argument: str = "country") -> str | None:
    """An ISO 3166 alpha-2 code from a code in any case or an English country name."""
    if value is None:
        return None
    from syria_talks.english import country_code

    code = country_code(value) if isinstance(value, str) else None
    if code is None:
        raise QueryError(
            f"{argument}={value!r} is not a country; expected an ISO 3166 alpha-2 code"
            " such as 'SY', 'RU', 'US' or an English country name such as 'Russia'"
        )
    return code


def _state_code(article: Article, who: ActorRef, actor: Actor | None) -> str | None:
    if actor is not None:
        return actor.country if actor.kind is ActorKind.STATE else None
    if isinstance(who, str):
        from syria_talks.english import country_code

        return country_code(who)
    return None


def statements_by(
    article: Article, who: ActorRef, *, include_officials: bool = False
) -> tuple[Statement, ...]:
    """What ``who`` said: statements whose speaker is that actor (empty if unknown).

    With ``include_officials=True`` a state ("Russia", "US", "روسيا", or its Actor) also
    answers for the people and bodies of that country that speak for it — its ministries,
    officials and other state bodies (actors of kind person, organization or state whose
    ``country`` is the state's) — but not its press. The state need not speak itself:
    ``statements_by(a, "Russia", include_officials=True)`` finds the Russian Foreign Ministry's
    statements in an article where "Russia" never speaks.
    """
    actor = _resolve(article, who)
    code = _state_code(article, who, actor) if include_officials else None
    if actor is None and code is None:
        return ()
    return tuple(
        s
        for s in article.statements
        if s.speaker is not None
        and (
            (actor is not None and s.speaker.id == actor.id)
            or (
                code is not None
                and s.speaker.country == code
                and s.speaker.kind in _VOICES_OF_A_STATE
            )
        )
    )


def statements_mentioning(article: Article, what: ActorRef) -> tuple[Statement, ...]:
    """Statements whose content names ``what``: an actor (by any mention) or a phrase.

    Phrases match after normalisation, so "وقف اطلاق النار" finds "وقف إطلاق النار".
    """
    _check_ref(what, "what")
    actor = what if isinstance(what, Actor) else article.actor(what)
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
    wanted_mode = _choice(StatementMode, mode, "mode")
    wanted_stance = _choice(Stance, stance, "stance")
    wanted_kind = _choice(ActorKind, speaker_kind, "speaker_kind")
    country = _country(country)
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
    wanted = _choice(AgreementStatus, status, "status")
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
    wanted_kind = _choice(ActorKind, kind, "kind")
    country = _country(country)
    return tuple(
        a
        for a in article.actors
        if (country is None or a.country == country)
        and (wanted_kind is None or a.kind is wanted_kind)
    )


def _dates(start: datetime.date, end: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Calendar days; a ``datetime`` counts as its day (dates in articles have no clock)."""
    days = []
    for argument, value in (("start", start), ("end", end)):
        if isinstance(value, datetime.datetime):
            value = value.date()
        if not isinstance(value, datetime.date):
            raise QueryError(f"{argument} must be a datetime.date, got {value!r}")
        days.append(value)
    return days[0], days[1]


def _within(when: TimeRef | None, start: datetime.date, end: datetime.date) -> bool:
    if when is None or when.start is None:
        return False
    last = when.end or when.start
    return when.start <= end and start <= last


def statements_between(
    article: Article, start: datetime.date, end: datetime.date
) -> tuple[Statement, ...]:
    """Statements made between ``start`` and ``end`` (inclusive), by their resolved time."""
    start, end = _dates(start, end)
    return tuple(s for s in article.statements if _within(s.when, start, end))


def agreements_between(
    article: Article, start: datetime.date, end: datetime.date
) -> tuple[Agreement, ...]:
    """Agreements with a dated event (signed, collapsed, ...) between ``start`` and ``end``."""
    start, end = _dates(start, end)
    return tuple(
        a for a in article.agreements if any(_within(e.when, start, end) for e in a.events)
    )
