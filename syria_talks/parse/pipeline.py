"""The ordered stages, from text to :class:`~syria_talks.model.Article`.

``STAGES`` names them in the order they run; each reads the document and what earlier stages
produced, and none mutates what another returned.
"""

from __future__ import annotations

import datetime

from syria_talks.errors import InputError
from syria_talks.lexicon import Lexicon, default_lexicon
from syria_talks.model import Agreement, Article, Span, Statement
from syria_talks.parse.actors import Identities, resolve_identities
from syria_talks.parse.agreements import FoundAgreement, find_agreements
from syria_talks.parse.document import Document
from syria_talks.parse.mentions import find_mentions
from syria_talks.parse.places import find_locations
from syria_talks.parse.statements import Found, find_statements

__all__ = ["STAGES", "parse"]

STAGES = ("normalise", "mentions", "statements", "agreements", "identities", "locations")


def parse(
    text: str, *, published: datetime.date | None = None, lexicon: Lexicon | None = None
) -> Article:
    """Parse an Arabic news text into an :class:`Article`.

    ``published`` anchors relative dates ("الخميس الماضي"); ``lexicon`` replaces the bundled
    one (see :meth:`Lexicon.with_actors`).
    """
    if not isinstance(text, str):
        raise InputError(f"parse() needs the article as str, got {type(text).__name__}")
    if published is not None and not isinstance(published, datetime.date):
        raise InputError(f"published must be a datetime.date, got {type(published).__name__}")
    doc = Document(text, lexicon or default_lexicon(), published)
    mentions = find_mentions(doc)
    found = find_statements(doc, mentions)
    deals = find_agreements(doc, mentions)
    keep = [c for f in found for c in (f.speaker, f.source) if c is not None]
    keep += [party for deal in deals for party in deal.parties]
    identities = resolve_identities(doc, mentions, keep)
    return Article(
        text=text,
        statements=tuple(_statement(doc, f, identities) for f in found),
        actors=tuple(sorted(identities.actors.values(), key=lambda a: a.id)),
        mentions=identities.mentions,
        locations=find_locations(doc),
        agreements=tuple(_agreement(deal, identities) for deal in deals),
        published=published,
    )


def _agreement(deal: FoundAgreement, identities: Identities) -> Agreement:
    parties = tuple(dict.fromkeys(identities.canonical.get(p.key, p.key) for p in deal.parties))
    return Agreement(
        id=deal.key,
        name=deal.name,
        status=deal.status,
        parties=parties,
        spans=deal.spans,
        events=deal.events,
    )


def _span(doc: Document, start: int, end: int) -> Span:
    o_start, o_end = doc.original_span(start, end)
    return Span(start=o_start, end=o_end)


def _statement(doc: Document, found: Found, identities: Identities) -> Statement:
    span = _span(doc, found.start, found.end)
    cue_span = _span(doc, found.cue_start, found.cue_end)
    speaker_span = None
    if found.speaker is not None:
        speaker_span = _span(doc, found.speaker.start, found.speaker.end)
    channel = None
    if found.channel is not None:
        channel = doc.original_text(*found.channel)
    return Statement(
        speaker=identities.actor_for(found.speaker),
        source=identities.actor_for(found.source),
        content=doc.original[span.start : span.end],
        span=span,
        cue=doc.original[cue_span.start : cue_span.end],
        cue_span=cue_span,
        mode=found.mode,
        negated=found.negated,
        stance=found.cue.stance,
        channel=channel,
        speaker_span=speaker_span,
    )
