"""Stage 2: statements — cue verbs, their speakers and the span of what was said.

Arabic news reports speech verb-first ("وقال الوزير إن ..."), sometimes subject-first ("بيد أن
واشنطن قالت إن ..."), and drops the subject of follow-up verbs ("وأضاف أن ...", "مضيفا أن ..."),
whose speaker is the last one of matching gender. Content runs from the complementiser, colon or
opening quote to the end of the clause: the sentence end, the next speech clause, or a trailing
attribution ("بحسب ...").

The stage is a pipeline of small rules over one frozen :class:`StatementContext`: find the cues
(:mod:`.cues`), name each one's speaker (:mod:`.speakers`, :mod:`.subjects`), find where its
content opens (:mod:`.opening`) and ends (:mod:`.content`). The only state carried from one cue
to the next is what later cues may refer back to, and each cue is handed only the part of it
that lies before it (:meth:`.antecedents.History.before`).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence
from itertools import repeat
from typing import NamedTuple

from syria_talks.model import Stance
from syria_talks.parsing.antecedents import History, previous_speaker
from syria_talks.parsing.content import channel, content_end, delimit_content, quote_before
from syria_talks.parsing.context import (
    Antecedents,
    Cue,
    StatementContext,
    Subject,
    ViewStatement,
    after_comma,
    ends_in_what,
    word_start,
)
from syria_talks.parsing.cues import find_cues, negated
from syria_talks.parsing.dates import FoundTime
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate
from syria_talks.parsing.opening import content_start
from syria_talks.parsing.speakers import Attribution, attribution
from syria_talks.parsing.subjects import noun_phrase_subject, read_subject, subject_after

__all__ = ["ViewStatement", "find_statements"]

_new = tuple.__new__
_START = operator.attrgetter("start")  # a sort key made in C
_END = operator.attrgetter("end")


def find_statements(
    doc: Document, mentions: Sequence[Candidate], times: Sequence[FoundTime]
) -> list[ViewStatement]:
    """Statements in text order; ``times`` are the time expressions the times stage found."""
    ctx = StatementContext.of(doc, mentions, times=times)
    # A cue word with nothing reported after it ("محادثات مفيدة") neither speaks nor ends
    # the clause before it.
    readings = [r for r in map(_read, repeat(ctx), find_cues(ctx)) if r.reports_something]
    cues = [r.cue for r in readings]
    history = History.of(ctx)
    found: list[ViewStatement] = []
    covered_until = -1
    for reading, next_clause in zip(readings, _next_clauses(ctx, cues), strict=True):
        cue = reading.cue
        if cue.start < covered_until and not cue.opens_clause:
            continue
        statement = _statement(ctx, reading, next_clause, history.before(cue.start))
        if statement is None:
            continue
        found.append(statement)
        history.add(statement)
        covered_until = max(covered_until, statement.end)
    trailing = list(_trailing_attributions(ctx, found, history))
    return sorted([*found, *trailing], key=_START)


def _next_clauses(ctx: StatementContext, cues: list[Cue]) -> list[int]:
    """Where the next speech clause begins, for each cue: its content ends there."""
    next_clauses: list[int] = []
    upcoming = len(ctx.text)
    for cue in reversed(cues):
        next_clauses.append(upcoming)
        if cue.opens_clause:
            upcoming = cue.clause_start
    next_clauses.reverse()
    return next_clauses


class _Reading(NamedTuple):
    """What the words around a cue say, whatever came before it: read once per cue."""

    cue: Cue
    subject: Subject
    opens_at: int | None  # where content opens after the subject, up to the sentence end
    reports_something: bool  # a cue word with nothing reported ("محادثات مفيدة") is no cue


def _read(ctx: StatementContext, cue: Cue) -> _Reading:
    _, sentence_end = cue.sentence
    subject = read_subject(ctx, cue)
    opens_at = content_start(ctx, cue, subject.end, sentence_end)
    reports = opens_at is not None or quote_before(ctx, cue) is not None
    return _new(_Reading, (cue, subject, opens_at, reports))


def _statement(
    ctx: StatementContext, reading: _Reading, next_clause: int, earlier: Antecedents
) -> ViewStatement | None:
    cue = reading.cue
    attributed = attribution(ctx, cue, reading.subject, earlier)
    if attributed is None:
        return None
    explicit = attributed.speaker is not None
    speaker = attributed.speaker or _dropped_subject(ctx, cue, attributed, earlier)
    if speaker is None:
        return None
    subject_end = attributed.subject_end
    _, sentence_end = cue.sentence
    limit = min(sentence_end, next_clause if next_clause > cue.end else sentence_end)
    after = max(subject_end, cue.end)
    start = reading.opens_at
    # The content found up to the sentence end is the same up to a nearer limit when it opens
    # before that limit, is searched for from the same place, and no quotation opens before
    # it: the search reads the same words up to it, and only a quotation it passed over (a
    # medium's name) can read differently when the limit cuts the search short.
    if (
        start is None
        or start >= limit
        or after != reading.subject.end
        or ctx.doc.opens_quote_within(after, start)
    ):
        start = content_start(ctx, cue, after, limit)
    if start is not None:
        # Content opening before the sentence end lies in the cue's sentence: not looked up again.
        end = content_end(ctx, start, next_clause, cue.sentence if start < sentence_end else None)
        return _view_statement(ctx, cue, speaker, attributed, start, end, start)
    quotation = quote_before(ctx, cue) if explicit else None
    if quotation is None:
        return None
    open_mark, close_mark = quotation
    return _view_statement(ctx, cue, speaker, attributed, open_mark, close_mark + 1, limit)


def _dropped_subject(
    ctx: StatementContext, cue: Cue, attributed: Attribution, earlier: Antecedents
) -> Candidate | None:
    """The earlier speaker a clause without a subject refers to: "وأضاف أن", "مضيفا أن"."""
    word = cue.word
    # "وختم حديثه بالقول": the adverbial noun takes the subject of the verb before it.
    adverbial = cue.form.noun and ctx.shape.article_after("ب", word)
    if attributed.has_subject or cue.form.explicit_subject or not (cue.opens_clause or adverbial):
        return None
    return previous_speaker(earlier, cue.form.gender)


def _view_statement(
    ctx: StatementContext,
    cue: Cue,
    speaker: Candidate,
    attributed: Attribution,
    start: int,
    end: int,
    content_opens: int,
) -> ViewStatement | None:
    window_start = max(attributed.subject_end, cue.end)
    return _reported(
        ctx,
        cue,
        start,
        end,
        speaker=speaker,
        negated=cue.form.stance is Stance.DENY or negated(ctx, cue),
        source=attributed.source,
        medium=channel(ctx, window_start, content_opens) if content_opens > window_start else None,
    )


def _reported(
    ctx: StatementContext,
    cue: Cue,
    start: int,
    end: int,
    *,
    speaker: Candidate,
    negated: bool,
    source: Candidate | None = None,
    medium: tuple[int, int] | None = None,
) -> ViewStatement | None:
    """The statement of ``cue`` over its content's final extent, none if nothing is left."""
    start, end, mode = delimit_content(ctx, start, end)
    if end <= start:
        return None
    # Made in C from the fields in their order (cue, cue_start, cue_end, start, end, mode,
    # negated, speaker, source, channel): the named tuple's own __new__ with keywords is Python
    # code, and costs as much as the rest of this function.
    fields = (cue.form, cue.start, cue.end, start, end, mode, negated, speaker, source, medium)
    return _new(ViewStatement, fields)


def _trailing_attributions(
    ctx: StatementContext,
    found: list[ViewStatement],
    history: History,
) -> list[ViewStatement]:
    """A trailing "، بحسب ما ذكرته صحيفة الوطن": the clause before it is what Y said, when no
    statement found so far covers that sentence."""
    markers = ctx.doc.matches(ctx.fw.attribution_markers)
    if not markers:
        return []  # as in most documents
    # Statements found so far, by start, with the furthest end reached: whether one covers
    # a marker's sentence is a bisection, not a scan of them all per marker.
    earlier = sorted(found, key=_START)
    earlier_starts = [f.start for f in earlier]
    earlier_reach = list(itertools.accumulate(map(_END, earlier), max))
    result: list[ViewStatement] = []
    claimed = -1  # the sentence a trailing attribution was last added in
    for m in markers:
        sentence_start, _ = ctx.doc.sentence_of(m.start)
        marker_start = word_start(ctx, m.start)
        k = bisect.bisect_left(earlier_starts, marker_start) - 1
        if (k >= 0 and earlier_reach[k] > sentence_start) or claimed == sentence_start:
            continue  # the attribution belongs to a statement already found
        cue = _attribution_verb(ctx, m.start, m.end, m.value, sentence_start)
        if cue is None:
            continue
        statement = _attributed_sentence(
            ctx, cue, sentence_start, marker_start, history.before(cue.start)
        )
        if statement is not None:
            claimed = sentence_start
            result.append(statement)
    return result


def _attribution_verb(
    ctx: StatementContext, start: int, end: int, marker: str, sentence_start: int
) -> Cue | None:
    """The verb of "بحسب ما ذكرت", "حسبما أفاد", or "، وفق ما نقلته" after a marker."""
    what = ends_in_what(ctx, marker)  # "حسبما" is written as one word
    # Without a comma only "حسبما"-style markers, where ما makes the attribution plain.
    if not (what or after_comma(ctx, sentence_start, word_start(ctx, start))):
        return None
    tokens = ctx.tokens
    i = ctx.doc.token_index(end)
    if not what:  # "بحسب ما ذكرت"
        if i >= len(tokens.words) or tokens.words[i] not in ctx.fw.what_relatives:
            return None
        i += 1
    if i >= len(tokens.words):
        return None
    verb = tokens[i]
    form = ctx.cue_form(ctx.shape.without_object_pronoun(verb.text))
    if form is None:
        return None
    return Cue(
        token_index=i,
        word=verb.text,
        form=form,
        clause_start=start,
        opens_clause=False,
        sentence=ctx.doc.sentence_of(verb.start),
        start=verb.start,
        end=verb.end,
    )


def _attributed_sentence(
    ctx: StatementContext, cue: Cue, sentence_start: int, marker_start: int, earlier: Antecedents
) -> ViewStatement | None:
    """What the sentence said up to its trailing attribution, by the attribution's subject."""
    speaker = subject_after(ctx, cue, earlier).speaker
    if speaker is None:
        speaker, _ = noun_phrase_subject(ctx, cue)
    if speaker is None:
        return None
    return _reported(ctx, cue, sentence_start, marker_start, speaker=speaker, negated=False)
