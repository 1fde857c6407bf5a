"""Who said it: the subject after the verb or before it, the issuer of a document ("جاء في بيان
لوزارة الخارجية"), the source a relaying verb quotes ("نقلت الوكالة عن مصادر"), the speaker of a
noun of saying ("عن الوزير قوله"). A dropped subject is left to the caller, which knows the
earlier speakers."""

from __future__ import annotations

from typing import NamedTuple

from syria_talks.model import Gender
from syria_talks.parsing.antecedents import agrees, resolve_anaphor
from syria_talks.parsing.context import (
    COMMA,
    NP_WORDS,
    OPENER_REACH,
    SUBJECT_REACH,
    Antecedents,
    Cue,
    StatementContext,
    Subject,
    skip_fillers,
)
from syria_talks.parsing.cues import document_after
from syria_talks.parsing.mentions import Candidate
from syria_talks.parsing.subjects import noun_phrase_subject, phrase_candidate, resolve_subject

__all__ = ["Attribution", "attribution"]

_SINGULAR = (Gender.MASCULINE, Gender.FEMININE)

# Named tuples made in C from their fields, in order, where one is made for every cue: their
# own __new__ is Python code.
_new = tuple.__new__


class Attribution(NamedTuple):
    """Who a cue attributes its words to, as far as its own clause tells."""

    speaker: Candidate | None  # None: the subject is dropped, or no rule could name it
    source: Candidate | None  # who relays the words: "نقلت وكالة X عن Y"
    subject_end: int  # where the words naming the speaker end
    # The clause has a subject of its own (named or not): no earlier speaker may stand in for it.
    has_subject: bool


def attribution(
    ctx: StatementContext, cue: Cue, subject: Subject, earlier: Antecedents
) -> Attribution | None:
    """The speaker the cue's clause names (``subject`` is what :func:`read_subject` read after
    the cue); None when the cue reports nothing attributable ("وجاء في بيان" with no issuer)."""
    if subject.anaphor is not None:  # few subjects are anaphors: no call for the others
        subject = resolve_subject(ctx, cue, subject, earlier)
    if cue.form.in_document:
        issued = _issuer(ctx, cue, earlier)
        if issued is None:
            return None  # no issuer named: the document is not attributed
        return Attribution(issued[0], None, issued[1], has_subject=False)
    relayed = _relayed(ctx, cue) if cue.form.relays else None
    if relayed is not None:
        # "ونقلت قناة X عن مصادر مطلعة أن ...": the sources speak, the channel relays.
        return Attribution(relayed[0], subject.speaker, relayed[1], has_subject=False)
    if cue.form.noun:
        speaker, source = _noun_speaker(ctx, cue, subject)
        return Attribution(speaker, source, cue.end, has_subject=False)
    return _verb_speaker(ctx, cue, subject)


def _verb_speaker(ctx: StatementContext, cue: Cue, subject: Subject) -> Attribution:
    speaker, end, has_subject, _ = subject
    if speaker is not None and _is_object(ctx, cue, speaker):
        # "متهما واشنطن بـ...", "واتهم المفوضية بـ...": the actor after the cue is what it acts
        # on; its subject is dropped and the content follows the object.
        speaker, has_subject = None, False
    before = _adjacent_subject(ctx, cue)
    if before is not None:
        # "أردوغان يتهم فرنسا": a name right before an unprefixed verb is its subject.
        speaker, end, has_subject = before, cue.end, False
    if speaker is None and not has_subject and not cue.form.participle:
        speaker = _subject_before(ctx, cue)
    if speaker is None and has_subject:
        speaker, end = noun_phrase_subject(ctx, cue)
    return _new(Attribution, (speaker, None, end, has_subject))  # speaker, source, end, has_subject


def _is_object(ctx: StatementContext, cue: Cue, mention: Candidate) -> bool:
    """A participle (حال) never has a subject after it, and a verb agrees in gender with
    the singular subject right after it: a masculine verb before a feminine name (or the
    reverse) has that name as its object."""
    if mention.start < cue.start:
        return False  # "وأضاف البيان": an anaphor agrees with its own word, not its referent
    if cue.form.participle:
        return True
    verb, named = cue.form.gender, mention.gender
    # The genders first, compared by identity (a set of enum members hashes each in Python).
    if verb is named or verb not in _SINGULAR or named not in _SINGULAR:
        return False
    first = skip_fillers(ctx, cue.token_index + 1, SUBJECT_REACH)
    # "وأضاف بيان الخارجية": the verb agrees with بيان, not the ministry
    return first < len(ctx.tokens.words) and ctx.tokens.starts[first] == mention.phrase_start


def _adjacent_subject(ctx: StatementContext, cue: Cue) -> Candidate | None:
    """A name right before an unprefixed verb: "أردوغان يتهم"."""
    i = cue.token_index
    if i == 0 or cue.form.participle:
        return None
    # The name first: most words before a verb end none, and a dict look-up tells.
    previous_end = ctx.tokens.ends[i - 1]
    mention = ctx.by_end.get(previous_end)
    if (
        mention is None
        or ctx.shape.conjunction(cue.word)
        or ctx.text[previous_end : cue.start].strip()
        or not agrees(cue.form.gender, mention)
        or _governed(ctx, mention)
    ):
        return None
    return mention


def _subject_before(ctx: StatementContext, cue: Cue) -> Candidate | None:
    """A subject written before its verb: "بيد أن واشنطن قالت", "وكان X قد قال"."""
    sentence_start, _ = cue.sentence
    tokens = ctx.tokens
    i = cue.token_index - 1
    for _ in range(3):
        if i < 0 or tokens.starts[i] < sentence_start:
            return None
        mention = ctx.by_end.get(tokens.ends[i])
        if mention is not None:
            if _governed(ctx, mention) or ctx.doc.inside_quote(mention.phrase_start):
                return None
            return mention if agrees(cue.form.gender, mention) else None
        # Only an auxiliary or a nationality stands between: "واشنطن قد قالت".
        nationality = ctx.lex.nationality_matcher.match_at(ctx.text, tokens.starts[i])
        if tokens.words[i] not in ctx.fw.auxiliaries and nationality is None:
            return None
        i -= 1
    return None


def _governed(ctx: StatementContext, mention: Candidate) -> bool:
    """A mention after a preposition is no subject: "في تركيا"."""
    before = ctx.doc.token_before(mention.phrase_start)
    return before >= 0 and ctx.tokens.words[before] in ctx.fw.prepositions


def _issuer(ctx: StatementContext, cue: Cue, earlier: Antecedents) -> tuple[Candidate, int] | None:
    """Who issued the document of "وجاء في بيان لوزارة الخارجية / صادر عن المجلس / البيان",
    and where the phrase naming it ends."""
    document = document_after(ctx, cue.token_index)
    if document is None:
        return None
    end, definite = document
    if definite:  # "وجاء في البيان": the one named before, whoever issued a statement
        anaphor = ctx.lex.anaphors.get(ctx.tokens.words[cue.token_index + 2])
        issuer = resolve_anaphor(ctx, earlier, anaphor, cue.start) if anaphor else None
        return None if issuer is None else (issuer, end)
    i = ctx.doc.token_index(end)
    for k in range(i, min(i + SUBJECT_REACH, len(ctx.tokens.words))):
        token = ctx.tokens[k]
        if token.text[:1] in ctx.fw.addressee_prepositions:  # بيان لوزارة الخارجية
            named = ctx.by_phrase_start.get(token.start + 1)
            if named is not None:
                return named, named.end
        if token.text in ctx.fw.source_prepositions and k + 1 < len(ctx.tokens.words):
            after = ctx.tokens[k + 1]  # بيان صادر عن المجلس
            named = ctx.by_phrase_start.get(after.start)
            anaphor = ctx.lex.anaphors.get(after.text)
            if named is None and anaphor is not None:
                named = resolve_anaphor(ctx, earlier, anaphor, cue.start)
            if named is not None:
                return named, after.end if named.start < after.start else named.end
    return None


def _relayed(ctx: StatementContext, cue: Cue) -> tuple[Candidate, int] | None:
    """Who a relaying verb quotes: the actor after its عن, up to the complementiser."""
    tokens = ctx.tokens
    _, sentence_end = cue.sentence
    last = min(cue.token_index + 1 + OPENER_REACH, len(tokens.words))
    an = next(
        (
            k
            for k in range(cue.token_index + 1, last)
            if tokens.words[k] in ctx.fw.source_prepositions
        ),
        None,
    )
    if an is None or an + 1 >= len(tokens.words) or tokens.starts[an + 1] >= sentence_end:
        return None
    first = tokens[an + 1]
    if ctx.fw.channels.match_at(ctx.text, first.start) is not None:
        return None  # "نقلت وسائل إعلام عن بيان للكرملين": a document, relayed by its carrier
    named = ctx.by_phrase_start.get(first.start)
    if named is not None:
        return named, max(named.end, named.apposition_end or 0)
    end = None
    for k in range(an + 1, min(an + 1 + NP_WORDS, len(tokens.words))):
        if k > an + 1 and ctx.text[tokens.ends[k - 1] : tokens.starts[k]].strip():
            break
        if tokens.words[k] in ctx.lex.complementizers or tokens.words[k] in ctx.fw.prepositions:
            break
        end = tokens.ends[k]
    if end is None:
        return None
    return phrase_candidate(ctx, first.start, end, None), end


def _noun_speaker(
    ctx: StatementContext, cue: Cue, subject: Subject
) -> tuple[Candidate | None, Candidate | None]:
    """نقلت وكالة X عن Y قوله: Y speaks, X reports."""
    i = cue.token_index - 1
    speaker = None
    if i >= 0:
        speaker = ctx.by_end.get(ctx.tokens.ends[i]) or _reported_noun_phrase(ctx, cue)
    if speaker is None:
        return subject.speaker, None
    return speaker, _reporter_before(ctx, cue)


def _reporter_before(ctx: StatementContext, cue: Cue) -> Candidate | None:
    """The subject of the reporting verb (نقل) earlier in the cue's sentence."""
    tokens = ctx.tokens
    sentence_start, _ = cue.sentence
    for j in range(cue.token_index - 1, -1, -1):
        if tokens.starts[j] < sentence_start:
            break
        word = tokens.words[j]
        stem = ctx.shape.without_conjunction(word)
        if word in ctx.fw.reporting_verbs or stem in ctx.fw.reporting_verbs:
            k = skip_fillers(ctx, j + 1, SUBJECT_REACH)
            return ctx.by_phrase_start.get(tokens.starts[k]) if k < len(tokens.words) else None
    return None


def _reported_noun_phrase(ctx: StatementContext, cue: Cue) -> Candidate | None:
    """In "عن وزارة الدفاع قولها" the speaker is what stands between عن and the noun."""
    tokens = ctx.tokens
    sentence_start, _ = cue.sentence
    for j in range(cue.token_index - 1, max(-1, cue.token_index - 1 - NP_WORDS), -1):
        if tokens.starts[j] < sentence_start:
            return None
        if tokens.words[j] in ctx.fw.source_prepositions:
            if j + 1 >= cue.token_index:
                return None
            start, end = tokens.starts[j + 1], tokens.ends[cue.token_index - 1]
            # "عن فلاديمير إيرماكوف، المسؤول بوزارة الخارجية، قوله": the name, not its title.
            comma = COMMA.search(ctx.text, start, end)
            if comma is not None:
                end = tokens.ends[ctx.doc.token_before(comma.start())]
            return phrase_candidate(ctx, start, end, cue.form.gender)
    return None
