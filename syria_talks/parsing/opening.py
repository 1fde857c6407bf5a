"""Where what was said begins: after a complementiser (أن، إن), at a colon or an opening
quotation mark, after the verb's own preposition (عن، إلى، بـ), or, for a verb that takes an
object (أكد، نفى، أعلن), at that object."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from syria_talks.model import ActorKind
from syria_talks.parsing.context import (
    NAME_WORDS,
    OBJECT_REACH,
    OPENER_REACH,
    SUBJECT_REACH,
    Cue,
    StatementContext,
    quote_in_gap,
    skip_fillers,
)
from syria_talks.text import Token

__all__ = ["Opening", "content_start", "glued_preposition", "opener"]

_OBJECT_WORDS = 6  # a quoted object ("جهات دولية ومحلية") is short; a quotation is not

# Named tuples made in C from their fields, in order, where one is made for every cue: their
# own __new__ is Python code.
_new = tuple.__new__


class Opening(NamedTuple):
    """Where content starts, and whether the mark that starts it is unambiguous."""

    position: int
    strong: bool


class _Skip(NamedTuple):
    """Read on from ``position`` (token ``next_token``): what was passed is not content."""

    position: int
    next_token: int


def content_start(ctx: StatementContext, cue: Cue, after: int, limit: int) -> int | None:
    """Where the reported content begins: after a complementiser, at a quote or colon,
    after the verb's preposition, or (نفى، أكد ...) at its object."""
    if not cue.form.takes_object:
        found = opener(ctx, cue, after, limit, OPENER_REACH)
        return found.position if found else None
    near = opener(ctx, cue, after, limit, OBJECT_REACH)
    if near is not None and near.strong:
        return near.position
    # "وأعلن المبعوث عزمه "دعوة ..."", "أعلن تنحيه عن منصبه": the object comes first and
    # a quotation or preposition after it belongs to it.
    obj = _direct_object(ctx, cue, after, limit) or _object_after_channel(ctx, after, limit)
    if obj is not None:
        return obj
    found = near or opener(ctx, cue, after, limit, OPENER_REACH)
    return found.position if found else None


def opener(ctx: StatementContext, cue: Cue, after: int, limit: int, reach: int) -> Opening | None:
    """The first mark of content after ``after``, at most ``reach`` tokens on: strong ones
    (complementiser, colon) certainly open it; weak ones (quotation, the verb's preposition)
    may belong to an object."""
    text, words, starts = ctx.text, ctx.tokens.words, ctx.tokens.starts
    markers, glued = ctx.speech_markers, ctx.shape.prepositions
    own, complementizers = cue.form.prepositions, ctx.lex.complementizers
    pronoun_complementizers = ctx.lex.pronoun_complementizers
    i = bisect.bisect_left(starts, after)  # the first token from ``after`` on
    position = after
    steps = 0
    count = len(words)
    while i < count and steps <= reach and starts[i] < limit:
        word = words[i]
        gap = text[position : starts[i]]
        quiet = gap == " " or ('"' not in gap and ":" not in gap)  # _quiet(gap), inlined
        # Most words between a cue and its content are no marker of content for any cue, nor
        # this cue's preposition, bare or glued on: passed over without reading them one by
        # one (_read_token would read on past each).
        if (
            quiet
            and word not in markers
            and word not in own
            and (word[0] not in glued or word[0] not in own)
        ):
            position = starts[i] + len(word)
            i += 1
            steps += 1
            continue
        if (
            quiet
            and (word in complementizers or word in pronoun_complementizers)
            and not (cue.form.governed and word not in own)
        ):
            # "قال الوزير إن ...", "وأضاف أنه": the usual end of the search, read as
            # _read_token reads it, without the steps before.
            return _marked_opening(ctx, cue, i, limit)
        step = _read_token(ctx, cue, i, position, steps, limit)
        if step is None:
            break
        if isinstance(step, Opening):
            return step
        position, i = step
        steps += 1
    quote = None if cue.form.governed else quote_in_gap(ctx, position, limit)
    return _new(Opening, (quote, False)) if quote is not None else None


def _after_complementizer(ctx: StatementContext, i: int) -> Opening:
    """Content opens after the complementiser at token ``i``, at a quotation right after it."""
    tokens = ctx.tokens
    end, nxt = tokens.ends[i], i + 1  # a token is a whole run of word characters
    if nxt == len(tokens.words):
        return _new(Opening, (end, True))
    start = tokens.starts[nxt]
    q = None if ctx.text[end:start] == " " else quote_in_gap(ctx, end, start)
    return _new(Opening, (start if q is None else q, True))  # position, strong


def _quiet(gap: str) -> bool:
    """A gap between words with no quotation mark and no colon in it (a space, "، ", a line
    break): nothing in it opens content, and it is not searched."""
    return gap == " " or ('"' not in gap and ":" not in gap)


def _read_token(
    ctx: StatementContext, cue: Cue, i: int, position: int, steps: int, limit: int
) -> Opening | _Skip | None:
    """What token ``i`` (reached from ``position``) says: content opens here, read on, or stop."""
    # A token is a whole run of word characters: the token after token i starts after its end.
    tokens = ctx.tokens
    word, start, end = tokens.words[i], tokens.starts[i], tokens.ends[i]
    gap = ctx.text[position:start]
    quiet = _quiet(gap)
    quote = None if quiet else quote_in_gap(ctx, position, start)
    if quote is not None and _names_a_medium(ctx, i - 1, quote):
        # لصحيفة "لو جورنال دو ديمانش": the quotation marks hold a name, not words.
        pair = ctx.doc.quote_opening_at(quote)
        assert pair is not None
        return _new(_Skip, (pair.close + 1, ctx.doc.token_index(pair.close + 1)))
    if cue.form.governed and word not in cue.form.prepositions:
        # "عبر البريد الإلكتروني إن ...": without its عن, عبر is not "expressed".
        return _new(_Skip, (end, i + 1))
    if quote is not None:
        behind = _preposition_after_object(ctx, cue, quote)
        return _new(Opening, (quote if behind is None else behind, False))
    if steps and not quiet and ":" in gap:
        return _new(Opening, (start, True))
    marked = _marked_opening(ctx, cue, i, limit)
    if marked is not None:
        return marked
    if word in cue.form.prepositions and _complementiser_after(ctx, i):
        return _new(_Skip, (end, i + 1))  # "أعرب عن أن"
    if glued_preposition(ctx, cue, _new(Token, (word, start))):
        return _new(Opening, (start, False))
    if _opens_a_speech_clause(ctx, word):
        return None
    return _new(_Skip, (end, i + 1))


def _marked_opening(ctx: StatementContext, cue: Cue, i: int, limit: int) -> Opening | None:
    """A complementiser, a pronoun complementiser or the verb's preposition at token ``i``."""
    lex, tokens = ctx.lex, ctx.tokens
    word = tokens.words[i]
    if word in lex.complementizers:
        return _after_complementizer(ctx, i)
    if word in lex.pronoun_complementizers:
        return _new(Opening, (tokens.starts[i], True))
    if word in cue.form.prepositions:
        nxt = i + 1
        if nxt < len(tokens.words) and not _complementiser_after(ctx, i):
            q = quote_in_gap(ctx, tokens.ends[i], tokens.starts[nxt])
            return _new(Opening, (tokens.starts[nxt] if q is None else q, False))
    if word == "ب" and "ب" in cue.form.prepositions:  # بـ"القاتل": the letter written apart
        q = quote_in_gap(ctx, tokens.ends[i], limit)
        if q is not None:
            return _new(Opening, (q, False))
    return None


def _complementiser_after(ctx: StatementContext, i: int) -> bool:
    """Whether a complementiser follows token ``i``: "أعرب عن أن"."""
    words = ctx.tokens.words
    return i + 1 < len(words) and words[i + 1] in ctx.lex.complementizers


def _opens_a_speech_clause(ctx: StatementContext, word: str) -> bool:
    """A new speech clause ("وأضاف", "مضيفا") ends the search; a bare cue word inside a
    phrase ("رسالة عبر البريد") does not."""
    conjunction = ctx.shape.conjunction(word)
    form = ctx.lex.cues.get(ctx.shape.without_conjunction(word))
    return form is not None and (bool(conjunction) or form.participle)


def _object_after_channel(ctx: StatementContext, after: int, limit: int) -> int | None:
    """ "وأكدت الرياض في بيان لوزارة الخارجية رفضها ...": after the channel phrase, the
    first noun whose pronoun suffix points back at the subject is the object."""
    tokens = ctx.tokens
    i = skip_fillers(ctx, ctx.doc.token_index(after), SUBJECT_REACH)
    if i + 1 >= len(tokens.words) or tokens.words[i] not in ctx.fw.prepositions:
        return None
    if ctx.fw.channels.match_at(ctx.text, tokens.starts[i + 1]) is None:
        return None
    for k in range(i + 2, min(i + 2 + _OBJECT_WORDS, len(tokens.words))):
        token = tokens[k]
        if token.start >= limit or ctx.text[tokens.ends[k - 1] : token.start].strip():
            return None
        if token.text in ctx.fw.prepositional_pronouns:
            continue  # "في بيان لها": the channel's own pronoun
        if ctx.doc.has_pronoun_suffix(token) and token.text not in ctx.lex.cues:
            return token.start
    return None


def _direct_object(ctx: StatementContext, cue: Cue, after: int, limit: int) -> int | None:
    """The verb's object right after it (or after the fillers, or an adverb of time): "نفى
    وجود ...", "أكد رفضه", "أعلنت في بداية الشهر منح ..."."""
    words, starts = ctx.tokens.words, ctx.tokens.starts
    i = skip_fillers(ctx, ctx.doc.token_index(after), SUBJECT_REACH)
    # Only the skipped fillers (السبت، أمس) may stand between: no mark, no quotation.
    if i >= len(words) or not _plain(ctx.text[after : starts[i]]):
        return None
    passed = _past_time(ctx, cue, i)
    if passed is not None:
        i, time_end = passed
        if i >= len(words) or not _plain(ctx.text[time_end : starts[i]]):
            return None
    first = ctx.tokens[i]
    word, lex, fw = first.text, ctx.lex, ctx.fw
    if (
        first.start >= limit
        or word in fw.prepositions
        or word in lex.complementizers
        or word in lex.pronoun_complementizers
        # "للصحفيين", "لروسيا": to whom it was said, not what
        or (ctx.shape.preposition(word) == "ل" and ctx.shape.continues_definite_phrase(word))
        or word in fw.addressees
        or (ctx.shape.preposition(word) == "ل" and first.start + 1 in ctx.by_start)
    ):
        return None
    return first.start


def _past_time(ctx: StatementContext, cue: Cue, i: int) -> tuple[int, int] | None:
    """When an adverb of time opens at token ``i`` (a time expression, or a preposition and
    one: "مطلع أيار"، "في بداية آذار"), the first token past it and where it ends: the verb's
    object comes after it. Not after the verb's own preposition: "أعلن عن يوم الأحد موعدا"
    announces the day."""
    words, starts = ctx.tokens.words, ctx.tokens.starts
    preposition = words[i] in ctx.fw.prepositions and words[i] not in cue.form.prepositions
    k = i + 1 if preposition and i + 1 < len(words) else i
    end = ctx.time_ends.get(starts[k])
    if end is None or (k > i and not _plain(ctx.text[ctx.tokens.ends[i] : starts[k]])):
        return None
    return skip_fillers(ctx, ctx.doc.token_index(end), SUBJECT_REACH), end


def _plain(gap: str) -> bool:
    """Whether only words and spaces fill ``gap``: no mark, no quotation."""
    return all(c.isalnum() or c == " " for c in gap)


def _preposition_after_object(ctx: StatementContext, cue: Cue, quote: int) -> int | None:
    """'اتهم "جهات دولية" بتخويف النازحين': a short quotation is the object when the
    verb's preposition follows it; what was said starts there."""
    pair = ctx.doc.quote_opening_at(quote)
    if pair is None or len(ctx.text[pair.open : pair.close].split()) > _OBJECT_WORDS:
        return None
    i = ctx.doc.token_index(pair.close + 1)
    if i >= len(ctx.tokens.words) or ctx.text[pair.close + 1 : ctx.tokens.starts[i]].strip():
        return None
    token = ctx.tokens[i]
    return token.start if glued_preposition(ctx, cue, token) else None


def glued_preposition(ctx: StatementContext, cue: Cue, token: Token) -> bool:
    """بمنع، لاتخاذ: the verb's one-letter preposition written onto the content's first
    word, not onto a name, a channel or an addressee (لوكالة، للصحفيين، لروسيا)."""
    word, text, fw = token.text, ctx.text, ctx.fw
    letter = ctx.shape.preposition(word)
    if letter == "ل" and token.start - 1 not in ctx.by_end and token.start - 1 != cue.end:
        # "دعا ... مؤتمر دولي لدعم ... إلى": a purpose after a noun is not the call;
        # ل opens the content right after the verb or its addressee (داعيا واشنطن لاتخاذ).
        return False
    return (
        bool(letter)
        and letter in cue.form.prepositions
        and len(word) > 3
        and word not in ctx.lex.cues
        and ctx.shape.without_preposition(word) not in fw.prepositions
        and word not in fw.prepositions
        and word not in fw.addressees
        and word not in fw.adverbs  # طالب بالإجماع ... بوقف القتال
        and fw.channels.match_at(text, token.start) is None
        and fw.channels.match_at(text, token.start + 1) is None
        and fw.media_heads.match_at(text, token.start + 1) is None
        and token.start not in ctx.by_start
        and token.start + 1 not in ctx.by_start
        and token.start + 1 not in ctx.by_phrase_start
    )


def _names_a_medium(ctx: StatementContext, i: int, quote: int) -> bool:
    """A short quotation right after a newspaper's head noun or an agency's name holds a
    name ("سانا", "لو جورنال دو ديمانش") rather than words."""
    pair = ctx.doc.quote_opening_at(quote)
    if i < 0 or pair is None or len(ctx.text[pair.open : pair.close].split()) > NAME_WORDS:
        return False
    named = ctx.by_end.get(ctx.tokens.ends[i])
    return (
        (named is not None and named.kind is ActorKind.MEDIA)
        or ctx.fw.media_heads.match_at(ctx.text, ctx.tokens.starts[i]) is not None
        # لـ"عكاظ": the paper the words were given to
        or ctx.tokens.words[i] in ctx.fw.addressee_prepositions
    )
