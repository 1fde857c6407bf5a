"""Questions asked of a parsed :class:`~syria_talks.model.Article`.

One family, named after what it returns and filtered by keyword arguments that all combine
(``None`` means "any"):

- :func:`statements_where` — statements, by ``speaker``, ``country``, ``speaker_kind``, ``mode``,
  ``negated``, ``stance``, ``mentioning``, ``about`` and ``during``;
- :func:`agreements_where` — agreements, by ``status``, ``party`` and ``during``;
- :func:`actors_where` — actors, by ``country`` and ``kind``;
- :func:`who_spoke_of` — the speakers of ``statements_where(article, mentioning=...)``.

Every helper takes the article first and returns a tuple in text order.
:class:`~syria_talks.corpus.Corpus` and :class:`~syria_talks.warehouse.Warehouse` ask the same
questions under the same names and keywords, across many articles.

Actors can be given as :class:`~syria_talks.model.Actor` objects or as any of their names, in
Arabic or English and in any spelling variant ("Carter", "كارتر", "Ash Carter", "Moscow"; see
:meth:`~syria_talks.model.Article.actor`). Filters forgive the way people type: enum filters take
the member, its value or its name in any case (``mode="DIRECT"``, ``"direct"``,
``StatementMode.DIRECT``), country filters take an ISO code in any case or an English country
name (``"us"``, ``"Russia"``), ``during`` takes a ``(start, end)`` pair of dates, both days
included. A value that names nothing raises :class:`~syria_talks.errors.QueryError` listing the
valid ones.

The names of 0.1 (``statements_by``, ``statements_mentioning``, ``statements_about``,
``statements_between``, ``agreements_with_status``, ``agreements_between``) still work for this
release: each warns with :class:`DeprecationWarning` and returns what its replacement returns.
"""

from __future__ import annotations

import datetime
import enum
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
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
    "ActorRef",
    "Period",
    "actors_where",
    "agreements_between",
    "agreements_where",
    "agreements_with_status",
    "statements_about",
    "statements_between",
    "statements_by",
    "statements_mentioning",
    "statements_where",
    "who_spoke_of",
]

ActorRef = Actor | str
"""An actor, or any of its names (Arabic or English, any spelling)."""

Period = tuple[datetime.date, datetime.date]
"""``(start, end)``: calendar days, both included; a ``datetime`` counts as its day."""

E = TypeVar("E", bound=enum.Enum)

# The kinds of actor that speak for a state: its ministries and officials, not its press.
_VOICES_OF_A_STATE = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.STATE})

# Frames of this package, whether installed, editable or copied by mutmut into ./mutants.
_PACKAGE = str(Path(__file__).parent) + os.sep


def _check_ref(who: object, argument: str) -> None:
    if not isinstance(who, Actor | str):
        raise QueryError(
            f"{argument} must be an Actor or a name (str), got {type(who).__name__}: {who!r}"
        )


def _resolve(article: Article, who: ActorRef, argument: str) -> Actor | None:
    _check_ref(who, argument)
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


def _state_code(who: ActorRef, actor: Actor | None) -> str | None:
    """The country a state stands for: its actor's, or a country named by a string."""
    if actor is not None:
        return actor.country if actor.kind is ActorKind.STATE else None
    if isinstance(who, str):
        from syria_talks.english import country_code

        return country_code(who)
    return None


def _day(value: object, argument: str) -> datetime.date:
    """A calendar day; a ``datetime`` counts as its day (dates in articles have no clock)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if not isinstance(value, datetime.date):
        raise QueryError(f"{argument} must be a datetime.date, got {value!r}")
    return value


def _period(during: object) -> Period:
    """``during`` checked: a ``(start, end)`` pair of days."""
    if not isinstance(during, tuple | list) or len(during) != 2:
        raise QueryError(f"during must be a (start, end) pair of dates, got {during!r}")
    return _day(during[0], "start"), _day(during[1], "end")


def _within(when: TimeRef | None, period: Period) -> bool:
    """Whether a resolved time overlaps ``period`` (both ends included)."""
    if when is None or when.start is None:
        return False
    start, end = period
    last = when.end or when.start
    return when.start <= end and start <= last


_StatementTest = Callable[[Statement], bool]


def _spoken_by(article: Article, who: ActorRef, include_officials: bool) -> _StatementTest | None:
    """Whether ``who`` said a statement, or None when ``who`` names no one here."""
    actor = _resolve(article, who, "speaker")
    code = _state_code(who, actor) if include_officials else None
    if actor is None and code is None:
        return None

    def test(s: Statement) -> bool:
        if s.speaker is None:
            return False
        if actor is not None and s.speaker.id == actor.id:
            return True
        return (
            code is not None and s.speaker.country == code and s.speaker.kind in _VOICES_OF_A_STATE
        )

    return test


def _mentions(article: Article, what: ActorRef) -> _StatementTest:
    """Whether a statement's content names ``what``: an actor by any mention, or a phrase."""
    actor = _resolve(article, what, "mentioning")
    spans = [m.span for m in article.mentions if actor is not None and m.actor_id == actor.id]
    phrase = fold(what) if isinstance(what, str) else None
    return lambda s: (
        any(s.span.contains(span) for span in spans)
        or (phrase is not None and phrase in fold(s.content))
    )


def _agreement(article: Article, which: Agreement | str) -> Agreement | None:
    """The agreement of ``article`` given as an Agreement, its id or its name (any spelling)."""
    if isinstance(which, Agreement):
        return which
    if not isinstance(which, str):
        raise QueryError(f"about must be an Agreement, an id or a name, got {which!r}")
    key = fold(which)
    return next(
        (a for a in article.agreements if which == a.id or key == fold(a.name)),
        None,
    )


def statements_where(
    article: Article,
    *,
    speaker: ActorRef | None = None,
    include_officials: bool = False,
    speaker_kind: ActorKind | str | None = None,
    country: str | None = None,
    mode: StatementMode | str | None = None,
    negated: bool | None = None,
    stance: Stance | str | None = None,
    mentioning: ActorRef | None = None,
    about: Agreement | str | None = None,
    during: Period | None = None,
) -> tuple[Statement, ...]:
    """The statements matching every filter given (``None`` means any), in text order.

    :param speaker: who said it (empty if no actor of the article has that name). With
        ``include_officials=True`` a state ("Russia", "US", "روسيا", or its Actor) also answers
        for the people and bodies of that country that speak for it — actors of kind person,
        organization or state whose ``country`` is the state's — but not its press; the state
        need not speak, or appear, itself.
    :param speaker_kind: the kind of the speaker (``"person"``, ``"state"``, ...).
    :param country: the country of the speaker: an ISO code in any case or an English name.
    :param mode: direct, indirect or mixed quotation.
    :param negated: a negated speech act ("لم يكشف") or not.
    :param stance: what the cue verb does (``"deny"``, ``"warn"``, ...).
    :param mentioning: an actor whose mention lies in the content, or a phrase the content holds
        after normalisation ("وقف اطلاق النار" finds "وقف إطلاق النار"); a name that is both
        matches either way.
    :param about: an agreement (an Agreement, its id or its name) a mention of which the content
        overlaps.
    :param during: ``(start, end)``: the statement's resolved time overlaps these days, both
        included; statements with no resolved time are left out.
    """
    if include_officials and speaker is None:
        raise QueryError("include_officials=True needs a speaker (a state) to answer for")
    tests: list[_StatementTest] = []
    if speaker is not None:
        spoken = _spoken_by(article, speaker, include_officials)
        if spoken is None:
            return ()
        tests.append(spoken)
    wanted_kind = _choice(ActorKind, speaker_kind, "speaker_kind")
    if wanted_kind is not None:
        tests.append(lambda s: s.speaker is not None and s.speaker.kind is wanted_kind)
    code = _country(country)
    if code is not None:
        tests.append(lambda s: s.speaker is not None and s.speaker.country == code)
    wanted_mode = _choice(StatementMode, mode, "mode")
    if wanted_mode is not None:
        tests.append(lambda s: s.mode is wanted_mode)
    if negated is not None:
        tests.append(lambda s: s.negated is negated)
    wanted_stance = _choice(Stance, stance, "stance")
    if wanted_stance is not None:
        tests.append(lambda s: s.stance is wanted_stance)
    if mentioning is not None:
        tests.append(_mentions(article, mentioning))
    if about is not None:
        deal = _agreement(article, about)
        spans = deal.spans if deal is not None else ()
        tests.append(lambda s: any(s.span.overlaps(span) for span in spans))
    if during is not None:
        period = _period(during)
        tests.append(lambda s: _within(s.when, period))
    return tuple(s for s in article.statements if all(test(s) for test in tests))


def agreements_where(
    article: Article,
    *,
    status: AgreementStatus | str | None = None,
    party: ActorRef | None = None,
    during: Period | None = None,
) -> tuple[Agreement, ...]:
    """The agreements matching every filter given (``None`` means any), in article order.

    :param status: the agreement's current status (``"collapsed"``, ``"proposed"``, ...).
    :param party: an actor among its parties (empty if no actor of the article has that name).
    :param during: ``(start, end)``: a dated event of the agreement (signed, collapsed, ...)
        falls on these days, both included.
    """
    wanted = _choice(AgreementStatus, status, "status")
    member = None if party is None else _resolve(article, party, "party")
    if party is not None and member is None:
        return ()
    period = None if during is None else _period(during)
    return tuple(
        a
        for a in article.agreements
        if (wanted is None or a.status is wanted)
        and (member is None or member.id in a.parties)
        and (period is None or any(_within(e.when, period) for e in a.events))
    )


def actors_where(
    article: Article, *, country: str | None = None, kind: ActorKind | str | None = None
) -> tuple[Actor, ...]:
    """Actors of the article from ``country`` (an ISO code or English name) and/or of ``kind``."""
    wanted_kind = _choice(ActorKind, kind, "kind")
    code = _country(country)
    return tuple(
        a
        for a in article.actors
        if (code is None or a.country == code) and (wanted_kind is None or a.kind is wanted_kind)
    )


def who_spoke_of(article: Article, what: ActorRef) -> tuple[Actor, ...]:
    """The speakers of ``statements_where(article, mentioning=what)``, each once, in order."""
    speakers: dict[str, Actor] = {}
    for statement in statements_where(article, mentioning=what):
        if statement.speaker is not None:
            speakers.setdefault(statement.speaker.id, statement.speaker)
    return tuple(speakers.values())


# --- the names of 0.1, deprecated --------------------------------------------------------------


def _deprecated(old: str, new: str) -> None:
    """Warn that ``old`` is deprecated in favour of ``new``, at the line that called it: the first
    frame outside this package, however many of ours (a Corpus method, an alias, a wrapper)
    lie between (a fixed ``stacklevel`` would count them)."""
    caller = sys._getframe(1)
    while caller.f_back is not None and caller.f_code.co_filename.startswith(_PACKAGE):
        caller = caller.f_back
    warnings.warn_explicit(
        f"{old} is deprecated and goes in the next minor release; use {new}",
        DeprecationWarning,
        caller.f_code.co_filename,
        caller.f_lineno,
        module=caller.f_globals.get("__name__"),
        registry=caller.f_globals.setdefault("__warningregistry__", {}),
        module_globals=caller.f_globals,
    )


def statements_by(
    article: Article, who: ActorRef, *, include_officials: bool = False
) -> tuple[Statement, ...]:
    """Deprecated: ``statements_where(article, speaker=who, include_officials=...)``."""
    _deprecated("statements_by(article, who)", "statements_where(article, speaker=who)")
    _check_ref(who, "who")
    return statements_where(article, speaker=who, include_officials=include_officials)


def statements_mentioning(article: Article, what: ActorRef) -> tuple[Statement, ...]:
    """Deprecated: ``statements_where(article, mentioning=what)``."""
    _deprecated(
        "statements_mentioning(article, what)", "statements_where(article, mentioning=what)"
    )
    _check_ref(what, "what")
    return statements_where(article, mentioning=what)


def statements_about(article: Article, agreement: Agreement) -> tuple[Statement, ...]:
    """Deprecated: ``statements_where(article, about=agreement)``."""
    _deprecated(
        "statements_about(article, agreement)", "statements_where(article, about=agreement)"
    )
    return statements_where(article, about=agreement)


def statements_between(
    article: Article, start: datetime.date, end: datetime.date
) -> tuple[Statement, ...]:
    """Deprecated: ``statements_where(article, during=(start, end))``."""
    _deprecated(
        "statements_between(article, start, end)",
        "statements_where(article, during=(start, end))",
    )
    return statements_where(article, during=(start, end))


def agreements_with_status(
    article: Article, status: AgreementStatus | str
) -> tuple[Agreement, ...]:
    """Deprecated: ``agreements_where(article, status=status)``."""
    _deprecated(
        "agreements_with_status(article, status)", "agreements_where(article, status=status)"
    )
    if status is None:
        raise QueryError("status must be given")
    return agreements_where(article, status=status)


def agreements_between(
    article: Article, start: datetime.date, end: datetime.date
) -> tuple[Agreement, ...]:
    """Deprecated: ``agreements_where(article, during=(start, end))``."""
    _deprecated(
        "agreements_between(article, start, end)",
        "agreements_where(article, during=(start, end))",
    )
    return agreements_where(article, during=(start, end))
