"""Stage 3: from mentions to identities — one Actor per referent, titles resolved to names.

A title on its own ("المتحدث باسم الكرملين", "الوزير") refers to a named actor of the same office
and country mentioned in the same article: the nearest one before it, else the first one after.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from operator import attrgetter
from typing import NamedTuple

import attrs

from syria_talks.lexicon import Lexicon
from syria_talks.model import Actor, ActorKind, new_actor
from syria_talks.parsing.document import Document, ViewSpan
from syria_talks.parsing.mentions import Candidate, CandidateSource, title_head
from syria_talks.text import fold

_NAMED = (CandidateSource.LEXICON, CandidateSource.TITLED_NAME)  # a name, not a title
_KEPT = (*_NAMED, CandidateSource.MEDIA)  # an article keeps these actors even unquoted
_UNKNOWN_NAMES = (CandidateSource.TITLED_NAME, CandidateSource.NOUN_PHRASE)
_NAME_SOURCES = (CandidateSource.LEXICON, *_UNKNOWN_NAMES)
# The members the loops over candidates compare with, as module constants: reading a member
# off its enum class goes through the enum metaclass (about 0.1 µs a read).
_PERSON = ActorKind.PERSON
_TITLE = CandidateSource.TITLE
_TITLED_NAME = CandidateSource.TITLED_NAME
# Make a ViewSpan and an ActorMention in C; a named tuple's own __new__ is Python code, and
# every mention of every actor gets one of each.
_new_span = _new_mention = tuple.__new__

__all__ = ["ActorMention", "Identities", "resolve_identities"]


class ActorMention(NamedTuple):
    """Where an actor is named, in view offsets (the assembler makes it a model Mention).

    A named tuple, made in C (``_new_mention``): an article has one per mention of every actor
    it keeps, and an attrs instance cost several times as much to make.
    """

    actor_id: str
    span: ViewSpan


@attrs.frozen(kw_only=True)
class Identities:
    """Actors of one article and the map from candidate keys to their actor ids."""

    actors: dict[str, Actor]
    canonical: dict[str, str]
    mentions: tuple[ActorMention, ...]

    def actor_for(self, cand: Candidate | None) -> Actor | None:
        if cand is None:
            return None
        return self.actors.get(self.canonical.get(cand.key, cand.key))


_PHRASE = 60  # characters: a title and a name, not a whole apposition


def _resolve_titles(lexicon: Lexicon, mentions: list[Candidate]) -> dict[str, str]:
    """Each title-only mention names the nearest earlier (else the first later) named person
    of the same office and a compatible country."""
    titles = [m for m in mentions if m.source is _TITLE]
    if not titles:
        return {}  # most articles: no office of a named person need be worked out
    # An article gives the same few titles again and again: each one's office is read once.
    head = functools.cache(functools.partial(title_head, lexicon))
    by_office: dict[str, list[Candidate]] = {}
    for m in mentions:
        if m.title and m.kind is _PERSON and m.source in _NAMED:
            by_office.setdefault(head(m.title), []).append(m)
    mapping: dict[str, str] = {}
    # (office, country) -> the compatible named persons and their starts, filtered once per
    # pair, so each title finds its neighbours by bisection rather than by a scan of them all.
    compatible: dict[tuple[str, str | None], tuple[list[Candidate], list[int]]] = {}
    for cand in titles:
        office = (head(cand.title or cand.name), cand.country)
        if office not in compatible:
            matches = [
                n
                for n in by_office.get(office[0], [])
                if cand.country is None or n.country in (None, cand.country)
            ]
            matches.sort(key=lambda n: n.start)
            compatible[office] = (matches, [n.start for n in matches])
        matches, starts = compatible[office]
        i = bisect.bisect_left(starts, cand.start)
        j = bisect.bisect_right(starts, cand.start)
        target = matches[i - 1] if i else matches[j] if j < len(matches) else None
        if target is not None:
            mapping[cand.key] = target.key
    return mapping


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


def _resolve_surnames(candidates: list[Candidate]) -> dict[str, str]:
    """A name the lexicon does not know, written in full once and later by its last words
    ("شون روبرتسون" ... "روبرتسون"), is one person."""
    unknown = [c for c in candidates if c.source in _UNKNOWN_NAMES]
    if not unknown:
        return {}  # every name in the article is one the lexicon knows
    # One entry per known full name, by its words from the last: suffixes are then dict hits.
    by_suffix: dict[tuple[str, ...], str] = {}
    seen: set[tuple[str, str]] = set()  # a person named again adds nothing
    for c in candidates:
        if c.kind is _PERSON and c.source in _NAME_SOURCES and (c.key, c.name) not in seen:
            seen.add((c.key, c.name))
            words = _name_words(c.name)
            for n in range(1, len(words)):
                by_suffix.setdefault(words[-n:], c.key)
    mapping: dict[str, str] = {}
    for cand in unknown:
        target = by_suffix.get(_name_words(cand.name))
        if target is not None and target != cand.key:
            mapping[cand.key] = target
    return mapping


def resolve_identities(
    doc: Document, mentions: list[Candidate], referents: Iterable[Candidate]
) -> Identities:
    """Actors for ``referents`` (speakers, sources, parties: what the article refers to) and for
    every named non-state mention."""
    referents = list(referents)
    canonical = _resolve_titles(doc.lexicon, mentions)
    canonical.update(_resolve_surnames([*mentions, *referents]))
    groups, wanted = _group_by_actor(mentions, referents, canonical)
    actors = {key: _actor(doc, key, groups[key]) for key in wanted}
    found = [
        _new_mention(ActorMention, (key, _new_span(ViewSpan, (c.start, c.end))))
        for key in actors
        for c in groups[key]
    ]
    found.sort(key=attrgetter("span"))
    return Identities(actors=actors, canonical=canonical, mentions=tuple(found))


def _group_by_actor(
    mentions: list[Candidate], referents: list[Candidate], canonical: dict[str, str]
) -> tuple[dict[str, list[Candidate]], dict[str, None]]:
    """Every candidate under the id of the actor it names (a referent that is no mention, an
    unknown noun phrase or a coordination, joins its group once), and the actors the article
    keeps, in the order first found: what it refers to, and every name the text gives. One pass
    over each list."""
    groups: dict[str, list[Candidate]] = {}
    kept: list[str] = []
    actor_of = canonical.get
    for cand in mentions:
        key = actor_of(cand.key, cand.key)
        groups.setdefault(key, []).append(cand)
        if cand.source in _KEPT:
            kept.append(key)
    # Ordered, not a set: the actors' mentions are listed in this order where two share a
    # span, and a set's order changes with PYTHONHASHSEED from one process to the next.
    wanted: dict[str, None] = {}
    seen = set(map(id, mentions))
    for cand in referents:
        key = actor_of(cand.key, cand.key)
        wanted[key] = None
        if id(cand) not in seen:
            seen.add(id(cand))
            groups.setdefault(key, []).append(cand)
    wanted.update(dict.fromkeys(kept))
    return groups, wanted


def _actor(doc: Document, key: str, group: list[Candidate]) -> Actor:
    """One actor from the candidates that name it."""
    principal = group[0]
    if principal.key != key:
        principal = next((c for c in group if c.key == key), principal)
    original_text = doc.original_text
    written = [original_text(c.start, c.end) for c in group]  # each read once
    name = principal.name
    if principal.source is _TITLED_NAME:
        surfaces = {w for c, w in zip(group, written, strict=True) if c.source is not _TITLE}
        name = max(sorted(surfaces), key=len, default=name)  # sorted: ties by hash no more
    aliases = set(written)
    text_title = country = None
    titled = False
    for c in group:  # the first title given in the text, the first country, and the titled forms
        if c.title_in_text:
            if not titled:
                text_title, titled = c.title, True
            if c.phrase_start < c.start and c.end - c.phrase_start <= _PHRASE:
                # "اللواء جميل الشمري" is a form of the name as much as "جميل الشمري" is.
                aliases.add(original_text(c.phrase_start, c.end))
        country = country or c.country
    aliases.discard(name)
    return new_actor(
        id=key,
        name=name,
        name_en=principal.name_en,
        kind=principal.kind,
        country=principal.country or country,
        title=text_title or principal.title,
        gender=principal.gender,
        aliases=aliases,  # made a frozenset as the class's converter does
        names=principal.names,
    )
