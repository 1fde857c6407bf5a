"""The ordered stages, from text to :class:`~syria_talks.model.Article`.

``STAGES`` names them in the order they run; each reads the document and what earlier stages
produced, and none mutates what another returned.
"""

from __future__ import annotations

import bisect
import datetime
import math
import re

from syria_talks.errors import InputError, InputTooLargeError
from syria_talks.lexicon import Lexicon, default_lexicon
from syria_talks.model import Agreement, AgreementEvent, Article, Span, Statement, TimeRef
from syria_talks.parsing.actors import Identities, resolve_identities
from syria_talks.parsing.agreements import FoundAgreement, find_agreements
from syria_talks.parsing.dates import FoundTime, find_times
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate, find_mentions
from syria_talks.parsing.places import find_locations
from syria_talks.parsing.statements import ViewStatement, find_statements

__all__ = ["MAX_INPUT_CHARS", "STAGES", "parse"]

MAX_INPUT_CHARS = 2_000_000
"""The longest text :func:`parse` accepts, in characters (about 4 MB of Arabic UTF-8).

News articles are a few thousand characters; a longer input is refused with
:class:`~syria_talks.errors.InputTooLargeError`, never cut short, so that a scraped page gone
wrong cannot hold a process for minutes or gigabytes. Split a longer document yourself.
"""

_SURROGATE = re.compile("[\ud800-\udfff]")

STAGES = ("normalise", "mentions", "times", "statements", "agreements", "identities", "locations")


def parse(
    text: str, *, published: datetime.date | None = None, lexicon: Lexicon | None = None
) -> Article:
    """Parse an Arabic news text into an :class:`Article`.

    ``published`` anchors relative dates ("الخميس الماضي"); ``lexicon`` replaces the bundled
    one (see :meth:`Lexicon.with_actors`).
    """
    _check_input(text, published)
    doc = Document(text, lexicon or default_lexicon(), published)
    mentions = find_mentions(doc)
    times = find_times(doc)
    found = find_statements(doc, mentions)
    deals = find_agreements(doc, mentions, times)
    keep = [c for f in found for c in (f.speaker, f.source) if c is not None]
    for deal in deals:
        keep += [*deal.parties, *deal.mediators]
        keep += [event.actor for event in deal.events if event.actor is not None]
    identities = resolve_identities(doc, mentions, keep)
    del mentions  # what the article keeps of them is in identities
    locations = find_locations(doc)
    # What remains builds the article from spans: the working state need not outlive the stages.
    doc.release()
    refs = {(t.start, t.end): _time_ref(doc, t) for t in times}
    time_starts = [t.start for t in times]
    unquoted = _unquoted(times, sorted((f.start, f.end) for f in found))
    unquoted_starts = [t.start for t in unquoted]
    return Article(
        text=text,
        statements=tuple(
            _statement(
                doc,
                f,
                identities,
                _when(doc, f, times, time_starts, unquoted, unquoted_starts, refs),
            )
            for f in found
        ),
        actors=tuple(sorted(identities.actors.values(), key=lambda a: a.id)),
        mentions=identities.mentions,
        locations=locations,
        agreements=tuple(_agreement(doc, deal, identities, refs) for deal in deals),
        times=tuple(refs.values()),
        published=published,
    )


def _check_input(text: object, published: object) -> None:
    if not isinstance(text, str):
        raise InputError(f"parse() needs the article as str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(
            f"the text has {len(text):,} characters; parse() accepts at most {MAX_INPUT_CHARS:,}"
        )
    # A lone surrogate is what a broken decoder leaves behind; it cannot be written as UTF-8,
    # so it is refused here rather than passed on into spans and JSON.
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise InputError(
            f"the text holds a lone surrogate U+{ord(surrogate.group()):04X} at offset "
            f"{surrogate.start()}; decode it with errors='replace' first"
        )
    # A datetime is a date too, but compares with neither dates nor itself across time zones.
    if published is not None and (
        not isinstance(published, datetime.date) or isinstance(published, datetime.datetime)
    ):
        raise InputError(
            f"published must be a datetime.date (not a datetime), got {type(published).__name__}"
        )


def _time_ref(doc: Document, time: FoundTime) -> TimeRef:
    span = _span(doc, time.start, time.end)
    return TimeRef(
        text=doc.original[span.start : span.end],
        span=span,
        granularity=time.granularity,
        start=time.first,
        end=time.last,
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
    doc: Document,
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
        spans=deal.spans,
        events=tuple(
            AgreementEvent(
                status=e.status,
                span=_span(doc, e.start, e.end),
                actor_id=actor_id(e.actor) if e.actor is not None else None,
                when=refs[(e.time.start, e.time.end)] if e.time is not None else None,
            )
            for e in deal.events
        ),
    )


def _span(doc: Document, start: int, end: int) -> Span:
    o_start, o_end = doc.original_span(start, end)
    return Span(start=o_start, end=o_end)


def _statement(
    doc: Document, found: ViewStatement, identities: Identities, when: TimeRef | None
) -> Statement:
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
        when=when,
    )
