"""A front-end-neutral view of an article: its text cut into non-overlapping marked segments.

This is the first of the two stages of :func:`syria_talks.render_html` (after spaCy's displaCy:
plain data first, markup second) and is reusable by any other front end. :func:`article_view`
cuts ``article.text`` at every boundary of a statement's content, cue and speaker mention, a
place mention and an agreement mention; each :class:`Segment` carries every :class:`Mark` that
covers it, so nested annotations (a place inside a quotation) need no overlapping ranges. The
segments cover the whole text in order: joining their ``text`` gives ``article.text`` back.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable

import attrs

from syria_talks.model import Article, Span, Statement

__all__ = [
    "ArticleView",
    "LegendEntry",
    "Mark",
    "MarkKind",
    "Segment",
    "StatementRow",
    "article_view",
]

PALETTE_SIZE = 10
"""Speakers get colours 0..9 in order of first statement; the 11th shares the 1st's colour."""


class MarkKind(enum.StrEnum):
    CONTENT = "content"  # what was said
    CUE = "cue"  # the verb of saying
    SPEAKER = "speaker"  # where the speaker is named
    PLACE = "place"
    AGREEMENT = "agreement"


@attrs.frozen(kw_only=True)
class Mark:
    """One annotation covering a segment.

    ``statement`` is the index in ``article.statements`` (content, cue and speaker marks);
    ``ref`` is the actor id of the speaker, or the id of the place or agreement; ``colour`` is
    the speaker's palette index (None for places, agreements and unknown speakers).
    """

    kind: MarkKind
    ref: str | None
    statement: int | None = None
    colour: int | None = None


@attrs.frozen(kw_only=True)
class Segment:
    """A run of text covered by the same marks; ``starts`` lists the statements (by index)
    whose content begins here, where a view puts the speaker's badge."""

    span: Span
    text: str
    marks: tuple[Mark, ...] = ()
    starts: tuple[int, ...] = ()

    def kinds(self) -> frozenset[MarkKind]:
        return frozenset(m.kind for m in self.marks)


@attrs.frozen(kw_only=True)
class LegendEntry:
    """A speaker, a place or an agreement of the article, as a legend lists it."""

    kind: MarkKind
    ref: str
    name: str
    name_en: str | None
    colour: int | None
    count: int  # statements for a speaker, mentions for a place or an agreement


@attrs.frozen(kw_only=True)
class StatementRow:
    """One line of the "who said what" table."""

    index: int
    speaker: str
    speaker_en: str | None
    colour: int | None
    cue: str
    content: str
    mode: str
    negated: bool
    when: str | None  # the date or range if resolved, else the time expression as written


@attrs.frozen(kw_only=True)
class ArticleView:
    text: str
    segments: tuple[Segment, ...]
    speakers: tuple[LegendEntry, ...]
    places: tuple[LegendEntry, ...]
    agreements: tuple[LegendEntry, ...]
    rows: tuple[StatementRow, ...]


def _colours(statements: Iterable[Statement]) -> dict[str, int]:
    colours: dict[str, int] = {}
    for s in statements:
        if s.speaker is not None and s.speaker.id not in colours:
            colours[s.speaker.id] = len(colours) % PALETTE_SIZE
    return colours


def _when(statement: Statement) -> str | None:
    when = statement.when
    if when is None:
        return None
    if when.start is None:
        return when.text
    if when.end is None or when.end == when.start:
        return when.start.isoformat()
    return f"{when.start.isoformat()} – {when.end.isoformat()}"


def article_view(article: Article) -> ArticleView:
    """The article as marked segments, a legend and the rows of "who said what"."""
    colours = _colours(article.statements)
    marked: list[tuple[Span, Mark]] = []
    for index, s in enumerate(article.statements):
        ref = s.speaker.id if s.speaker else None
        colour = colours.get(ref) if ref else None
        marked.append(
            (s.span, Mark(kind=MarkKind.CONTENT, ref=ref, statement=index, colour=colour))
        )
        marked.append(
            (s.cue_span, Mark(kind=MarkKind.CUE, ref=ref, statement=index, colour=colour))
        )
        if s.speaker_span is not None:
            mark = Mark(kind=MarkKind.SPEAKER, ref=ref, statement=index, colour=colour)
            marked.append((s.speaker_span, mark))
    for place in article.locations:
        marked += [(span, Mark(kind=MarkKind.PLACE, ref=place.id)) for span in place.spans]
    for agreement in article.agreements:
        mark = Mark(kind=MarkKind.AGREEMENT, ref=agreement.id)
        marked += [(span, mark) for span in agreement.spans]
    marked = [(span, mark) for span, mark in marked if len(span)]

    cuts = sorted(
        {0, len(article.text)} | {o for span, _ in marked for o in (span.start, span.end)}
    )
    segments = []
    for start, end in itertools.pairwise(cuts):
        piece = Span(start=start, end=end)
        segments.append(
            Segment(
                span=piece,
                text=article.text[start:end],
                marks=tuple(m for span, m in marked if span.contains(piece)),
                starts=tuple(
                    i
                    for i, s in enumerate(article.statements)
                    if s.span.start == start and len(s.span)
                ),
            )
        )

    speaking = {s.speaker.id: s.speaker for s in article.statements if s.speaker is not None}
    speakers = tuple(
        LegendEntry(
            kind=MarkKind.SPEAKER,
            ref=actor_id,
            name=speaking[actor_id].name,
            name_en=speaking[actor_id].name_en,
            colour=colour,
            count=sum(1 for s in article.statements if s.speaker and s.speaker.id == actor_id),
        )
        for actor_id, colour in colours.items()
    )
    return ArticleView(
        text=article.text,
        segments=tuple(segments),
        speakers=speakers,
        places=tuple(
            LegendEntry(
                kind=MarkKind.PLACE,
                ref=p.id,
                name=p.name,
                name_en=p.name_en,
                colour=None,
                count=len(p.spans),
            )
            for p in article.locations
        ),
        agreements=tuple(
            LegendEntry(
                kind=MarkKind.AGREEMENT,
                ref=a.id,
                name=a.name,
                name_en=None,
                colour=None,
                count=len(a.spans),
            )
            for a in article.agreements
        ),
        rows=tuple(
            StatementRow(
                index=i,
                speaker=s.speaker.name if s.speaker else "؟",
                speaker_en=s.speaker.name_en if s.speaker else None,
                colour=colours.get(s.speaker.id) if s.speaker else None,
                cue=s.cue,
                content=s.content,
                mode=s.mode.value,
                negated=s.negated,
                when=_when(s),
            )
            for i, s in enumerate(article.statements)
        ),
    )
