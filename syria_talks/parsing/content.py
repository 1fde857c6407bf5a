"""Where what was said ends, whether it was quoted, and through what it was said.

Content runs to the end of its clause: the sentence end, the next speech clause, an attribution
("، بحسب ...") or the reporter's own circumstance ("، دون أن ..."), a closing relative clause or
the date of the report. Wholly quoted content is direct; content with quoted parts is mixed.
"""

from __future__ import annotations

import bisect
from itertools import compress

from syria_talks.model import ActorKind, StatementMode
from syria_talks.parsing.context import (
    TRIM,
    Cue,
    StatementContext,
    after_comma,
    ends_in_what,
    quote_in_gap,
    trim,
    word_start,
)
from syria_talks.text import QuotePair

__all__ = ["channel", "content_end", "delimit_content", "quote_before"]


def content_end(
    ctx: StatementContext, start: int, next_clause: int, sentence: tuple[int, int] | None = None
) -> int:
    """Where content starting at ``start`` ends, the next speech clause starting at
    ``next_clause``; ``sentence`` is the one ``start`` lies in, when the caller knows it."""
    _, sentence_end = sentence or ctx.doc.sentence_of(start)
    if next_clause > start:
        end = min(sentence_end, next_clause)
    else:
        # The next clause opened before this content ("قال X إن قال Y إن ..."): the content
        # ends at the next verb of saying, not at the sentence end, or a run of such
        # reports would repeat the rest of the sentence in each statement.
        end = _next_cue_start(ctx, start, sentence_end)
    opening = ctx.doc.quote_opening_at(start)
    if opening is not None and opening.close < end and _quote_ends_report(ctx, opening.close, end):
        return opening.close + 1
    marks = ctx.reporter_mark_starts
    k = bisect.bisect_left(marks, start)
    if k < len(marks) and marks[k] < end:  # most content holds no reporter's mark
        end = _cut_reporters_words(ctx, start, end)
    end = _cut_final_relative(ctx, start, end)
    end = _cut_reporting_date(ctx, start, end)
    # A quotation opened inside the content closes inside it too.
    for q in ctx.doc.quotes_opening_within(start, end):
        if end < q.close:
            end = q.close + 1
    return end


def _cut_reporters_words(ctx: StatementContext, start: int, end: int) -> int:
    """After a comma the reporter may take over: an attribution ("، بحسب") or a circumstance
    ("، دون أن", "، إثر"), when a mark of theirs lies in the content."""
    fw = ctx.fw
    for marker in (fw.attribution_markers, fw.narrator_markers):
        for m in ctx.doc.matches_in(marker, start, end):
            at = word_start(ctx, m.start)
            # "بحسب ما أورده", "حسبما أفاد": an attribution of what was said, comma or not.
            reported = (
                marker is fw.attribution_markers
                and ends_in_what(ctx, m.value)
                and not ctx.doc.inside_quote(m.start)
            )
            if reported or after_comma(ctx, start, at) or _after_quote(ctx, at):
                end = at  # the first of each kind; a circumstance may come before an attribution
                break
    return end


def _after_quote(ctx: StatementContext, position: int) -> bool:
    """ "معقد جدا" مع تزايد ...": the reporter's words right after a closing quote."""
    i = position - 1
    while i >= 0 and ctx.text[i] == " ":  # not a copy of the text before: one call per marker
        i -= 1
    return i >= 0 and ctx.doc.quote_closing_at(i) is not None


def _cut_reporting_date(ctx: StatementContext, start: int, end: int) -> int:
    """ "... انسحاب واشنطن منه اليوم الثلاثاء.": a date closing the clause (اليوم or أمس and
    a weekday) says when it was said, not what; "يوم الأحد" may date the event, and stays."""
    text, tokens = ctx.text, ctx.tokens
    i = bisect.bisect_right(tokens.ends, end) - 1  # the last token ending by the end
    # Every test rejects: the rare word first (اليوم، أمس), then the gaps and the weekday.
    if i < 1 or tokens.words[i - 1] not in ctx.fw.day_openers:
        return end
    day_start, day_end, weekday_start = tokens.starts[i - 1], tokens.ends[i - 1], tokens.starts[i]
    if (
        day_start <= start
        or text[tokens.ends[i] : end].strip(TRIM)
        or text[day_end:weekday_start].strip()
        or ctx.lex.weekday_matcher.match_at(text, weekday_start) is None
    ):
        return end
    return day_start


def _quote_ends_report(ctx: StatementContext, close: int, end: int) -> bool:
    """After a quotation, a comma or the reporter's words end the statement."""
    rest = ctx.text[close + 1 : end].lstrip(" ")
    if not rest or rest[0] in "،,.":
        return True
    first = end - len(rest)  # where the words after the quotation begin
    return any(
        m.start == first
        for matcher in (ctx.fw.attribution_markers, ctx.fw.narrator_markers)
        for m in ctx.doc.matches_in(matcher, close + 1, end)
    )


def _next_cue_start(ctx: StatementContext, start: int, end: int) -> int:
    tokens = ctx.tokens
    i = ctx.doc.token_index(start) + 1
    while i < len(tokens.words) and tokens.starts[i] < end:
        if ctx.cue_form(tokens.words[i]) is not None:
            return tokens.starts[i]
        i += 1
    return end


def _cut_final_relative(ctx: StatementContext, start: int, end: int) -> int:
    """ "، الذي تدعمه موسكو.": a relative clause after the content's last comma is the
    reporter's."""
    text, tokens = ctx.text, ctx.tokens
    # Only a pronoun after the content's last comma can qualify, with nothing but its own
    # clause after it: start the scan there rather than rescan the rest of the content from
    # every pronoun. Without a comma nothing qualifies (a pronoun must follow one), as in most
    # content: told before the punctuation closing it is stripped.
    if text.find("،", start, end) < 0 and text.find(",", start, end) < 0:
        return end
    kept = end  # the content without the punctuation closing it
    while kept > start and text[kept - 1] in TRIM:
        kept -= 1
    last_comma = max(text.rfind("،", start, kept), text.rfind(",", start, kept))
    if last_comma < 0:
        return end
    first = bisect.bisect_left(tokens.starts, last_comma + 1)
    last = bisect.bisect_left(tokens.starts, end)
    # The pronouns are picked out of the words in C; only they are read further.
    is_relative = ctx.fw.relative_pronouns.__contains__
    for i in compress(range(first, last), map(is_relative, tokens.words[first:last])):
        at = tokens.starts[i]
        if after_comma(ctx, start, at) and not ctx.doc.inside_quote(at):
            return at
    return end


def delimit_content(ctx: StatementContext, start: int, end: int) -> tuple[int, int, StatementMode]:
    """The content's final extent without punctuation around it, and its mode: a whole
    quotation gives its inside, direct; quoted parts make it mixed; else indirect."""
    start, end = trim(ctx, start, end)
    text = ctx.text
    quoted = text.find('"', start, end) >= 0  # not a copy of the content to ask
    q = ctx.doc.quote_opening_at(start)
    if q is None and quoted:  # a quotation after a pronoun needs a quotation mark
        q = _quotation_after_pronoun(ctx, start, end)
    if q is not None and q.close + 1 >= end:
        inner_start, inner_end = q.open + 1, q.close
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        return inner_start, inner_end, StatementMode.DIRECT
    if quoted:
        return start, end, StatementMode.MIXED
    return start, end, StatementMode.INDIRECT


def _quotation_after_pronoun(ctx: StatementContext, start: int, end: int) -> QuotePair | None:
    """A pronoun complementiser before a whole quotation: إنه "..."."""
    tokens = ctx.tokens
    i = bisect.bisect_left(tokens.starts, start)  # the first word of the content
    if i == len(tokens.words) or tokens.words[i] not in ctx.lex.pronoun_complementizers:
        return None
    nxt = quote_in_gap(ctx, tokens.ends[i], end)
    if nxt is None:
        return None
    inner = ctx.doc.quote_opening_at(nxt)
    return inner if inner is not None and inner.close + 1 >= end else None


def channel(ctx: StatementContext, start: int, end: int) -> tuple[int, int] | None:
    """The medium of the statement between ``start`` and ``end``: an agency it was given to,
    else a setting (بيان، مؤتمر صحفي)."""
    mentions = ctx.mentions
    first = bisect.bisect_left(ctx.mention_starts, start)
    for k in range(first, len(mentions)):  # not a slice: that copies the rest per call
        mention = mentions[k]
        if mention.phrase_start >= end:
            break
        if mention.kind is ActorKind.MEDIA:
            # A name written in quotes keeps its closing mark: صحيفة "لو جورنال دو ديمانش".
            closing = ctx.doc.quote_closing_at(mention.end)
            return mention.phrase_start, mention.end + (closing is not None)
    settings = ctx.channel_starts
    k = bisect.bisect_left(settings, start)
    if k == len(settings) or settings[k] >= end:
        return None  # no setting named between the cue and its content, as for most
    for m in ctx.doc.matches_in(ctx.fw.channels, start, end):
        return m.start, m.end
    return None


def quote_before(ctx: StatementContext, cue: Cue) -> tuple[int, int] | None:
    """“...”، قال لافروف: the quotation that precedes its cue."""
    text = ctx.text
    position = cue.start - 1
    while position >= 0 and text[position] in " ،,\n":
        if text[position] == "\n":
            return None
        position -= 1
    q = ctx.doc.quote_closing_at(position) if position >= 0 else None
    return None if q is None else (q.open, q.close)
