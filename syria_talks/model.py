"""The domain: who (Actor) said what (Statement), about which deals (Agreement), places and times.

Every class is frozen, keyword-only and compared by value. Everything extracted from a text
carries a :class:`Span` into the *original* text, so ``article.text[s.start:s.end]`` is exactly
what was written. Serialisation lives in :mod:`syria_talks.export`, not here.
"""

from __future__ import annotations

import datetime
import enum
import operator
from collections.abc import Callable, Iterable

import attrs

from syria_talks.errors import InputError
from syria_talks.locales import parse_locale
from syria_talks.romanize import romanize
from syria_talks.text import fold

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementEvent",
    "AgreementStatus",
    "Article",
    "Gender",
    "Granularity",
    "Location",
    "LocationKind",
    "Mention",
    "Span",
    "Stance",
    "Statement",
    "StatementMode",
    "TimeRef",
    "TimelineEntry",
]


class ActorKind(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    MEDIA = "media"
    GROUP = "group"


class Gender(enum.StrEnum):
    """Grammatical agreement of an actor's verbs: قال (m.), قالت (f.), قالا (dual), قالوا (pl.)."""

    MASCULINE = "masculine"
    FEMININE = "feminine"
    DUAL = "dual"
    PLURAL = "plural"


class StatementMode(enum.StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Stance(enum.StrEnum):
    """What the cue verb says the speaker did with the content."""

    NEUTRAL = "neutral"
    ASSERT = "assert"
    DENY = "deny"
    WARN = "warn"
    DOUBT = "doubt"
    ACCUSE = "accuse"
    CALL = "call"
    EXPRESS = "express"


class LocationKind(enum.StrEnum):
    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    BUILDING = "building"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    """An agreement's stage, declared in lifecycle order: a later stage supersedes an earlier."""

    PROPOSED = "proposed"
    PLEDGED = "pledged"
    ANNOUNCED = "announced"
    NEGOTIATED = "negotiated"
    AGREED = "agreed"
    SIGNED = "signed"
    ADOPTED = "adopted"
    IN_FORCE = "in_force"
    EXTENDED = "extended"
    IMPLEMENTED = "implemented"
    VIOLATED = "violated"
    AT_RISK = "at_risk"
    COLLAPSED = "collapsed"
    UNKNOWN = "unknown"


class Granularity(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    VAGUE = "vague"


@attrs.frozen(kw_only=True, order=True, init=False)
class Span:
    """Half-open character offsets ``[start, end)`` into the original text."""

    start: int
    end: int

    def __init__(self, *, start: int, end: int) -> None:
        # Written out rather than generated: attrs' __init__ of a frozen class looks up
        # object.__setattr__ and then calls a post-init hook for the check; here the check
        # comes first and the fields are set through their slots. An article makes a hundred
        # spans, a corpus loaded from JSON millions. One check rather than a validator per field.
        if not 0 <= start <= end:
            if start < 0 or end < 0:
                raise ValueError(f"span offsets must be >= 0, got {start}, {end}")
            raise ValueError(f"span end {end} is before its start {start}")
        _set_span_start(self, start)
        _set_span_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


# The slot descriptors of Span: they set a field of a frozen instance without its __setattr__.
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


def _strings(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(sorted(values, key=_span_key))


# The key in C: (start, end), the order Span's own comparison gives, without a call per span.
_span_key = operator.attrgetter("start", "end")


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _name_pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(language), str(name)) for language, name in values))


def _name_key(name: str) -> str:
    """Spelling-blind key of a name; an English article does not count ("The Washington Post")."""
    return fold(name).removeprefix("the ")


@attrs.frozen(kw_only=True)
class Actor:
    """An identity that can speak or be party to a deal; its mentions are separate."""

    id: str
    name: str
    kind: ActorKind
    name_en: str | None = None
    country: str | None = None
    title: str | None = None
    gender: Gender | None = None
    aliases: frozenset[str] = attrs.field(factory=frozenset, converter=_strings)
    names: tuple[tuple[str, str], ...] = attrs.field(factory=tuple, converter=_name_pairs)

    def display_name(self, locale: str = "ar") -> str:
        """The actor's name for readers of ``locale`` (any CLDR locale name).

        Arabic gives the canonical name; a state gives Babel's name of its country in that
        locale; a person or body gives its name in that language where the lexicon has one,
        else its English name, else a deterministic romanisation (see ``syria_talks.romanize``).
        """
        language = parse_locale(locale).language
        if language == "ar":
            return self.name
        if self.kind is ActorKind.STATE and self.country:
            territory = parse_locale(locale).territories.get(self.country)
            if territory:
                return str(territory)
        own = dict(self.names).get(language)
        if own:
            return own
        return self.name_en or romanize(self.name)

    def matches(self, name: str) -> bool:
        """True when ``name`` is this actor's name, English name or an alias, spelling aside."""
        key = _name_key(name)
        if not key:
            return False
        keys = {_name_key(n) for n in (self.name, self.name_en or "", *self.aliases) if n}
        if key in keys:
            return True
        # A surname alone ("Kerry", "كيرى") names the person as well as the full form does.
        return self.kind is ActorKind.PERSON and any(k.split()[-1] == key for k in keys if " " in k)


@attrs.frozen(kw_only=True)
class Mention:
    """One occurrence of an actor in the text."""

    actor_id: str
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class TimeRef:
    """A time expression and, when it can be resolved, the dates it covers (inclusive)."""

    text: str
    span: Span
    granularity: Granularity
    start: datetime.date | None = None
    end: datetime.date | None = None


@attrs.frozen(kw_only=True)
class Statement:
    """A speech act: ``speaker`` said ``content`` (the exact text at ``span``)."""

    speaker: Actor | None
    content: str
    span: Span
    cue: str
    cue_span: Span
    mode: StatementMode
    negated: bool = False
    stance: Stance = Stance.NEUTRAL
    channel: str | None = None
    source: Actor | None = None
    speaker_span: Span | None = None
    when: TimeRef | None = None


@attrs.frozen(kw_only=True)
class Location:
    """A named place; ``spans`` are all of its mentions in the text."""

    id: str
    name: str
    kind: LocationKind
    country: str | None = None
    name_en: str | None = None
    parent: str | None = None
    coordinates: tuple[float, float] | None = None
    spans: tuple[Span, ...] = attrs.field(factory=tuple, converter=_spans)


@attrs.frozen(kw_only=True)
class AgreementEvent:
    """A dated step in an agreement's life (signed, collapsed, ...)."""

    status: AgreementStatus
    span: Span
    actor_id: str | None = None
    when: TimeRef | None = None


@attrs.frozen(kw_only=True)
class Agreement:
    """A deal, truce, resolution or alliance and every mention that refers to it."""

    id: str
    name: str
    status: AgreementStatus
    parties: tuple[str, ...] = attrs.field(factory=tuple, converter=_str_tuple)
    mediators: tuple[str, ...] = attrs.field(factory=tuple, converter=_str_tuple)
    spans: tuple[Span, ...] = attrs.field(factory=tuple, converter=_spans)
    events: tuple[AgreementEvent, ...] = ()


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """A statement or agreement event placed in time; ``when`` is None where unresolved."""

    when: TimeRef | None
    statement: Statement | None = None
    agreement: Agreement | None = None
    event: AgreementEvent | None = None


def _plain_date(
    instance: object, attribute: attrs.Attribute[datetime.date | None], value: datetime.date | None
) -> None:
    # A datetime is a date too, but compares with no date: timeline() would fail far from here.
    if value is not None and (
        not isinstance(value, datetime.date) or isinstance(value, datetime.datetime)
    ):
        raise InputError(
            f"published must be a datetime.date (not a datetime), got {type(value).__name__}"
        )


@attrs.frozen(kw_only=True)
class Article:
    """A parsed document: its text and everything found in it."""

    text: str
    statements: tuple[Statement, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    locations: tuple[Location, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    times: tuple[TimeRef, ...] = ()
    published: datetime.date | None = attrs.field(default=None, validator=_plain_date)

    def actor(self, name: str) -> Actor | None:
        """The actor called ``name``, or None.

        ``name`` may be Arabic or English in any spelling variant: a person by full name or
        surname ("Sergey Lavrov", "Lavrov", "لافروف"), a state by its country's English name,
        short form or capital ("Russia", "US", "Moscow"), a ministry by its English name
        ("Russian Foreign Ministry"). Names the article itself uses win over English lookups.
        """
        if not isinstance(name, str):
            raise TypeError(f"an actor's name is a string, got {type(name).__name__}")
        for actor in self.actors:
            if actor.matches(name):
                return actor
        # Imported here: the English names module reads the lexicon, which imports this module.
        from syria_talks.english import matches_english

        return next((a for a in self.actors if matches_english(a, name)), None)

    def actor_by_id(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Statements and agreement events, those with a resolved date first in date order."""
        entries = [TimelineEntry(when=s.when, statement=s) for s in self.statements]
        entries += [
            TimelineEntry(when=e.when, agreement=a, event=e)
            for a in self.agreements
            for e in a.events
        ]

        def key(entry: TimelineEntry) -> tuple[int, datetime.date, int]:
            span = (
                entry.statement.span
                if entry.statement
                else entry.event.span
                if entry.event
                else None
            )
            offset = span.start if span else 0
            if entry.when is not None and entry.when.start is not None:
                return (0, entry.when.start, offset)
            return (1, datetime.date.min, offset)

        return tuple(sorted(entries, key=key))


# --- Trusted construction, for the parser ------------------------------------------------------
# An article is built from a hundred spans, a few dozen mentions and a dozen statements, and
# the classes' own __init__ (a call with keywords, a setattr by name per field) was most of
# what building them cost. These set the slots directly; each makes what the class's
# constructor makes from the same values (tests/test_model_makers.py): it applies the class's
# converters itself, and new_span repeats Span's check of its offsets. Article, which validates
# its date, has no maker.

_new = object.__new__


def slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of the attrs class ``cls``, in the order of its fields: each sets one
    field of a frozen instance without going through its ``__setattr__``."""
    return tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))


def new_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``, without the call through the class."""
    if not 0 <= start <= end:
        return Span(start=start, end=end)  # raises the error the class gives
    span = _new(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


_set_mention_actor_id, _set_mention_span, _set_mention_text = slot_setters(Mention)


def new_mention(actor_id: str, span: Span, text: str) -> Mention:
    """``Mention(actor_id=actor_id, span=span, text=text)``, without the call through the class."""
    mention = _new(Mention)
    _set_mention_actor_id(mention, actor_id)
    _set_mention_span(mention, span)
    _set_mention_text(mention, text)
    return mention


(
    _set_speaker,
    _set_content,
    _set_span,
    _set_cue,
    _set_cue_span,
    _set_mode,
    _set_negated,
    _set_stance,
    _set_channel,
    _set_source,
    _set_speaker_span,
    _set_when,
) = slot_setters(Statement)


def new_statement(
    *,
    speaker: Actor | None,
    content: str,
    span: Span,
    cue: str,
    cue_span: Span,
    mode: StatementMode,
    negated: bool,
    stance: Stance,
    channel: str | None,
    source: Actor | None,
    speaker_span: Span | None,
    when: TimeRef | None,
) -> Statement:
    """``Statement(...)`` with every field given, without the call through the class."""
    statement = _new(Statement)
    _set_speaker(statement, speaker)
    _set_content(statement, content)
    _set_span(statement, span)
    _set_cue(statement, cue)
    _set_cue_span(statement, cue_span)
    _set_mode(statement, mode)
    _set_negated(statement, negated)
    _set_stance(statement, stance)
    _set_channel(statement, channel)
    _set_source(statement, source)
    _set_speaker_span(statement, speaker_span)
    _set_when(statement, when)
    return statement


(
    _set_actor_id,
    _set_actor_name,
    _set_actor_kind,
    _set_actor_name_en,
    _set_actor_country,
    _set_actor_title,
    _set_actor_gender,
    _set_actor_aliases,
    _set_actor_names,
) = slot_setters(Actor)


def new_actor(
    *,
    id: str,
    name: str,
    kind: ActorKind,
    name_en: str | None,
    country: str | None,
    title: str | None,
    gender: Gender | None,
    aliases: Iterable[str],
    names: tuple[tuple[str, str], ...],
) -> Actor:
    """``Actor(...)`` with every field given, without the call through the class."""
    actor = _new(Actor)
    _set_actor_id(actor, id)
    _set_actor_name(actor, name)
    _set_actor_kind(actor, kind)
    _set_actor_name_en(actor, name_en)
    _set_actor_country(actor, country)
    _set_actor_title(actor, title)
    _set_actor_gender(actor, gender)
    _set_actor_aliases(actor, _strings(aliases))
    # Most actors have no names in other languages: nothing to sort.
    _set_actor_names(actor, _name_pairs(names) if names else ())
    return actor


(
    _set_time_text,
    _set_time_span,
    _set_time_granularity,
    _set_time_start,
    _set_time_end,
) = slot_setters(TimeRef)


def new_time_ref(
    text: str,
    span: Span,
    granularity: Granularity,
    start: datetime.date | None,
    end: datetime.date | None,
) -> TimeRef:
    """``TimeRef(...)``, without the call through the class."""
    time = _new(TimeRef)
    _set_time_text(time, text)
    _set_time_span(time, span)
    _set_time_granularity(time, granularity)
    _set_time_start(time, start)
    _set_time_end(time, end)
    return time


(
    _set_location_id,
    _set_location_name,
    _set_location_kind,
    _set_location_country,
    _set_location_name_en,
    _set_location_parent,
    _set_location_coordinates,
    _set_location_spans,
) = slot_setters(Location)


def new_location(
    *,
    id: str,
    name: str,
    kind: LocationKind,
    country: str | None,
    name_en: str | None,
    parent: str | None,
    coordinates: tuple[float, float] | None,
    spans: Iterable[Span],
) -> Location:
    """``Location(...)`` with every field given, without the call through the class."""
    location = _new(Location)
    _set_location_id(location, id)
    _set_location_name(location, name)
    _set_location_kind(location, kind)
    _set_location_country(location, country)
    _set_location_name_en(location, name_en)
    _set_location_parent(location, parent)
    _set_location_coordinates(location, coordinates)
    _set_location_spans(location, _spans(spans))
    return location
