"""The assembler: from what the stages found, in offsets into the normalised view, to the
:class:`~syria_talks.model.Article`, in offsets into the text the caller gave. This is the one
place where view offsets become original ones (:class:`_Spans`)."""

from __future__ import annotations

import bisect
import datetime
import math

from syria_talks.model import (
    Agreement,
    AgreementEvent,
    Article,
    Location,
    Mention,
    Span,
    Statement,
    TimeRef,
    new_location,
    new_mention,
    new_span,
    new_statement,
    new_time_ref,
)
from syria_talks.parsing.actors import ActorMention, Identities
from syria_talks.parsing.agreements import FoundAgreement
from syria_talks.parsing.context import ViewStatement
from syria_talks.parsing.dates import FoundTime
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate
from syria_talks.parsing.places import FoundPlace

__all__ = ["assemble"]


def assemble(
    doc: Document,
    *,
    statements: list[ViewStatement],
    times: list[FoundTime],
    agreements: list[FoundAgreement],
    identities: Identities,
    places: list[FoundPlace],
    published: datetime.date | None,
) -> Article:
    """The article, its statements dated by the times around their cues."""
    spans = _Spans(doc)
    original = doc.original
    refs = {(t.start, t.end): _time_ref(spans, original, t) for t in times}
    time_starts = [t.start for t in times]
    unquoted = _unquoted(times, sorted((f.start, f.end) for f in statements))
    unquoted_starts = [t.start for t in unquoted]
    return Article(
        text=doc.original,
        statements=tuple(
            _statement(
                spans,
                original,
                f,
                identities,
                _when(doc, f, times, time_starts, unquoted, unquoted_starts, refs),
            )
            for f in statements
        ),
        actors=tuple(sorted(identities.actors.values(), key=lambda a: a.id)),
        mentions=_mentions(spans, original, identities.mentions),
        locations=tuple(_location(spans, place) for place in places),
        agreements=tuple(_agreement(spans, deal, identities, refs) for deal in agreements),
        times=tuple(refs.values()),
        published=published,
    )


class _Spans(dict[tuple[int, int], Span]):
    """Model spans by the view span they convert, each converted and made on first use: a
    speaker's span is often a mention's too."""

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self._view = doc.view

    def __missing__(self, pair: tuple[int, int]) -> Span:
        start, end = self._view.to_original(*pair)
        span = self[pair] = new_span(start, end)
        return span


def _mentions(
    spans: _Spans, original: str, mentions: tuple[ActorMention, ...]
) -> tuple[Mention, ...]:
    made = []
    for actor_id, view_span in mentions:
        span = spans[view_span]
        made.append(new_mention(actor_id, span, original[span.start : span.end]))
    return tuple(made)


def _location(spans: _Spans, place: FoundPlace) -> Location:
    return new_location(
        id=place.key,
        name=place.name,
        kind=place.kind,
        country=place.country,
        name_en=place.name_en,
        parent=place.parent,
        coordinates=place.coordinates,
        spans=[spans[s] for s in place.spans],
    )


def _time_ref(spans: _Spans, original: str, time: FoundTime) -> TimeRef:
    span = spans[time.start, time.end]
    return new_time_ref(
        original[span.start : span.end], span, time.granularity, time.first, time.last
    )


def _when(
    doc: Document,
    found: ViewStatement,
    times: list[FoundTime],
    time_starts: list[int],
    unquoted: list[FoundTime],
    unquoted_starts: list[int],
    refs: dict[tuple[int, int], TimeRef],
) -> TimeRef | None:
    """When the words were said: a time between the cue and the content ("قال ... يوم الخميس
    الماضي إن"), else the last one before the cue in its sentence that is nobody's words."""
    i = bisect.bisect_left(time_starts, found.cue_end)
    if i < len(times) and times[i].end <= found.start:
        return refs[(times[i].start, times[i].end)]
    sentence_start, _ = doc.sentence_of(found.cue_start)
    # Times do not overlap, so at most the last one before the cue runs into it: the loop
    # takes a step or two, however many quoted times the sentence holds.
    j = bisect.bisect_left(unquoted_starts, found.cue_start) - 1
    while j >= 0 and unquoted[j].start >= sentence_start:
        time = unquoted[j]
        if time.end <= found.cue_start:
            return refs[(time.start, time.end)]
        j -= 1
    return None


def _unquoted(times: list[FoundTime], spoken: list[tuple[int, int]]) -> list[FoundTime]:
    """The times that lie in nobody's words (``spoken`` is sorted)."""
    result = []
    for time in times:
        k = bisect.bisect_right(spoken, (time.start, math.inf)) - 1
        if not (k >= 0 and spoken[k][0] <= time.start < spoken[k][1]):
            result.append(time)
    return result


def _agreement(
    spans: _Spans,
    deal: FoundAgreement,
    identities: Identities,
    refs: dict[tuple[int, int], TimeRef],
) -> Agreement:
    def actor_id(cand: Candidate) -> str:
        return identities.canonical.get(cand.key, cand.key)

    return Agreement(
        id=deal.key,
        name=deal.name,
        status=deal.status,
        parties=tuple(dict.fromkeys(actor_id(p) for p in deal.parties)),
        mediators=tuple(dict.fromkeys(actor_id(m) for m in deal.mediators)),
        spans=[spans[s] for s in deal.spans],
        events=tuple(
            AgreementEvent(
                status=e.status,
                span=spans[e.start, e.end],
                actor_id=actor_id(e.actor) if e.actor is not None else None,
                when=refs[(e.time.start, e.time.end)] if e.time is not None else None,
            )
            for e in deal.events
        ),
    )


def _statement(
    spans: _Spans,
    original: str,
    found: ViewStatement,
    identities: Identities,
    when: TimeRef | None,
) -> Statement:
    span = spans[found.start, found.end]
    cue_span = spans[found.cue_start, found.cue_end]
    speaker_span = None
    if found.speaker is not None:
        speaker_span = spans[found.speaker.start, found.speaker.end]
    channel = None
    if found.channel is not None:
        channel_span = spans[found.channel]
        channel = original[channel_span.start : channel_span.end]
    return new_statement(
        speaker=identities.actor_for(found.speaker),
        source=identities.actor_for(found.source),
        content=original[span.start : span.end],
        span=span,
        cue=original[cue_span.start : cue_span.end],
        cue_span=cue_span,
        mode=found.mode,
        negated=found.negated,
        stance=found.cue.stance,
        channel=channel,
        speaker_span=speaker_span,
        when=when,
    )
