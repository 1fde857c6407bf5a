"""What every statement rule reads: the document, its mentions indexed by position, and the
small readings of text the rules share (fillers, quotation marks, word starts, commas).

A :class:`StatementContext` is built once per document and never changes; what a rule may refer
back to (earlier speakers and statements) is passed to it explicitly as :class:`Antecedents`,
cut at the position of the cue that asks, so no rule can see a speaker named after it.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import repeat
from types import MappingProxyType
from typing import NamedTuple

import attrs

from syria_talks.lexicon import Anaphor, CueForm, FunctionWords, Lexicon
from syria_talks.model import StatementMode
from syria_talks.parsing.dates import FoundTime
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate, CandidateSource
from syria_talks.shape import WordShape
from syria_talks.text import Tokens

__all__ = [
    "ANTECEDENTS",
    "COMMA",
    "NAME_WORDS",
    "NO_ANTECEDENTS",
    "NP_WORDS",
    "OBJECT_REACH",
    "OPENER_REACH",
    "SUBJECT_REACH",
    "TRIM",
    "Antecedents",
    "Cue",
    "StatementContext",
    "Subject",
    "ViewStatement",
    "after_comma",
    "ends_in_what",
    "quote_in_gap",
    "skip_fillers",
    "trim",
    "word_start",
]

TRIM = " \t\n.،,:;؛-–—"
SUBJECT_REACH = 4  # tokens between a cue and its subject: fillers like أيضا، يوم الخميس
OPENER_REACH = 16  # tokens between a cue and its content: subject, channel, time
OBJECT_REACH = 6  # a verb that takes an object looks less far for a complementiser
NAME_WORDS = 4  # a quoted name is short; a quotation is not
NP_WORDS = 6  # the longest unknown subject taken from the text: اتحاد منظمات الرعاية الطبية
# Antecedents looked at for a dropped or anaphoric subject: the nearest ones only, so a long
# document of reports is not scanned over and over.
ANTECEDENTS = 64
COMMA = re.compile("[،,]")
# The first character that may not stand between two words before a quotation opens: found by
# the regex engine rather than a Python loop per character (the rules ask at every step of their
# searches), with a single character class, so a search is linear however long the gap.
_NOT_GAP = re.compile(r"[^\s:،,]")
# Keys and columns read off mentions and matches in C.
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_PHRASE_START = operator.attrgetter("phrase_start")


class Cue(NamedTuple):
    """A verb (or noun) of saying in the text, and the clause it opens."""

    # A named tuple, made in C from its fields: a document has a cue every few dozen words, and
    # an attrs class's checked __init__ cost more than finding the cue did.
    token_index: int
    word: str  # as written, normalised
    form: CueForm
    clause_start: int  # where the clause this cue opens begins (its و, فيما, or comma)
    opens_clause: bool
    sentence: tuple[int, int]  # the sentence it stands in: rules ask for its bounds again and again
    # Where the cue's word starts and ends: the rules ask for them again and again.
    start: int
    end: int


class Subject(NamedTuple):
    """The subject after a verb, where the words naming it end, and whether the verb has an
    explicit subject at all (an unknown noun phrase blocks a dropped-subject reading). An
    anaphor ("البيان", "الوزارة") is read here and resolved against the antecedents of its cue
    (:func:`~syria_talks.parsing.subjects.resolve_subject`)."""

    speaker: Candidate | None
    end: int
    explicit: bool
    anaphor: Anaphor | None = None


class ViewStatement(NamedTuple):
    """A statement with offsets into the normalised view, before the assembler turns it into a
    model :class:`~syria_talks.model.Statement` with offsets into the original text."""

    # A named tuple, as Cue: one is made for every statement, and read only by its fields.
    cue: CueForm
    cue_start: int
    cue_end: int
    start: int
    end: int
    mode: StatementMode
    negated: bool
    speaker: Candidate | None
    source: Candidate | None = None
    channel: tuple[int, int] | None = None


class Antecedents:
    """What a cue may refer back to, all of it before the cue: the nearest speakers (subjects of
    earlier clauses and of earlier statements) and statements, oldest first. None here; the
    statement history hands out the ones before a cue
    (:meth:`~syria_talks.parsing.antecedents.History.before`)."""

    __slots__ = ()

    @property
    def speakers(self) -> Sequence[Candidate]:
        return ()

    @property
    def statements(self) -> Sequence[ViewStatement]:
        return ()

    def nearest_speakers(self) -> Iterator[Candidate]:
        """The same speakers, newest first: a rule looking for the last one that fits reads
        no further than it."""
        return reversed(self.speakers)


NO_ANTECEDENTS = Antecedents()


@attrs.frozen(kw_only=True)
class StatementContext:
    """One document as the statement rules read it; built once, never changed."""

    doc: Document
    # What every rule reads of the document, held as fields: a rule reads them in its inner
    # loops, where a property call per read costs.
    text: str
    tokens: Tokens
    lex: Lexicon
    fw: FunctionWords
    shape: WordShape
    cue_forms: Mapping[str, CueForm]  # every written form of every cue
    cue_words: frozenset[str]  # the same forms as a set (Lexicon.cue_words)
    speech_markers: frozenset[str]  # what the opener reads for any cue (Lexicon.speech_markers)
    mentions: Sequence[Candidate]  # outermost only: the phrases that can be a subject
    # Nested ones too (منظمة حظر الأسلحة in "رئيس منظمة حظر الأسلحة"): antecedents.
    every_mention: Sequence[Candidate]
    every_start: Sequence[int]
    mention_starts: Sequence[int]
    by_phrase_start: Mapping[int, Candidate]
    by_start: Mapping[int, Candidate]
    by_end: Mapping[int, Candidate]
    # Token indices where punctuation alone may open a clause: the first word of a sentence,
    # and a word with a comma in the gap before it. Found once per document from its few
    # sentence starts and commas, so a rule asks a set instead of bisecting for the sentence
    # and searching the gap at every call.
    sentence_openers: frozenset[int]
    comma_openers: frozenset[int]
    # Where the reporter's words (an attribution "بحسب", a circumstance "دون أن") start, in
    # order: most content holds none, which one bisection here says.
    reporter_mark_starts: Sequence[int]
    # Where a setting a statement is given in (بيان، مؤتمر صحفي) is named, in order.
    channel_starts: Sequence[int]
    # Where each time expression the times stage found ends, by where it starts: an adverb of
    # time between a verb and its object ("أعلنت في بداية الشهر منح ...") is not what was said.
    time_ends: Mapping[int, int]

    @classmethod
    def of(
        cls, doc: Document, mentions: Sequence[Candidate], *, times: Sequence[FoundTime]
    ) -> StatementContext:
        outermost = _outermost(mentions)
        every = sorted(mentions, key=_START)
        # The columns and indices are made in C (map, zip) rather than by comprehensions.
        return cls(
            doc=doc,
            text=doc.text,
            tokens=doc.tokens,
            lex=doc.lexicon,
            fw=doc.lexicon.function_words,
            shape=doc.shape,
            cue_forms=doc.lexicon.cue_surfaces,
            cue_words=doc.lexicon.cue_words,
            speech_markers=doc.lexicon.speech_markers,
            # Read-only all the way down: a rule cannot write what another rule reads.
            mentions=tuple(outermost),
            every_mention=tuple(every),
            every_start=tuple(map(_START, every)),
            mention_starts=tuple(map(_PHRASE_START, outermost)),
            by_phrase_start=MappingProxyType(_by_phrase_start(outermost)),
            by_start=MappingProxyType(dict(zip(map(_START, outermost), outermost, strict=True))),
            by_end=MappingProxyType(dict(zip(map(_END, outermost), outermost, strict=True))),
            sentence_openers=_sentence_openers(doc),
            comma_openers=_comma_openers(doc.text, doc.tokens),
            reporter_mark_starts=_reporter_mark_starts(doc),
            channel_starts=tuple(map(_START, doc.matches(doc.lexicon.function_words.channels))),
            time_ends=MappingProxyType({time.start: time.end for time in times}),
        )

    def cue_form(self, word: str) -> CueForm | None:
        return self.cue_forms.get(word)


def skip_fillers(ctx: StatementContext, i: int, limit: int) -> int:
    """The first token from ``i`` on that is not a filler (أيضا، اليوم، قد), at most ``limit``
    fillers (or "من" + filler) on."""
    words, fw = ctx.tokens.words, ctx.fw
    steps = 0
    while i < len(words) and steps < limit:
        word = words[i]
        if word in fw.fillers or word in fw.verb_particles:
            i += 1
        elif word in fw.filler_prepositions and i + 1 < len(words) and words[i + 1] in fw.fillers:
            i += 2
        else:
            break
        steps += 1
    return i


def quote_in_gap(ctx: StatementContext, start: int, end: int) -> int | None:
    """An opening quotation mark in ``[start, end)`` with only spaces, colons or commas before."""
    found = _NOT_GAP.search(ctx.text, start, end)
    if found is None or found.group() != '"':
        return None
    position = found.start()
    return position if ctx.doc.quote_opening_at(position) else None


def ends_in_what(ctx: StatementContext, word: str) -> bool:
    """ "حسبما", "مثلما": a word ending in ما, "what" (the verb after it reports)."""
    return word.endswith(tuple(ctx.fw.what_relatives))


def word_start(ctx: StatementContext, position: int) -> int:
    """Where the word holding ``position`` begins: "بحسب" for a match on its "حسب"."""
    i = ctx.doc.token_containing(position)
    return position if i is None else ctx.tokens.starts[i]


def after_comma(ctx: StatementContext, start: int, position: int) -> bool:
    """A comma just before ``position`` (within three characters, not before ``start``)."""
    return COMMA.search(ctx.text, max(start, position - 3), position) is not None


def trim(ctx: StatementContext, start: int, end: int) -> tuple[int, int]:
    text = ctx.text
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _sentence_openers(doc: Document) -> frozenset[int]:
    """The tokens no earlier token of their sentence precedes (the first token too)."""
    # A sentence starts after a stop or a line break, never inside a word: the first token
    # at or after its start is its first, and the token before ends before it. One
    # bisection per sentence, made in C.
    starts = doc.tokens.starts
    first = map(bisect.bisect_left, repeat(starts), [s for s, _ in doc.sentences])
    return frozenset((0, *first)) - {len(starts)}


def _comma_openers(text: str, tokens: Tokens) -> frozenset[int]:
    """The tokens with a comma between them and the token before."""
    # A comma is never part of a word: the token after it is the first that starts after it,
    # and the token before it ends before it. The commas are found by str.find, a C search
    # for one character (a regex search for the class costs more than all the rest, and
    # splitting the text at them copies it), about twenty an article.
    found: set[int] = set()
    starts = tokens.starts
    for comma in "،,":
        at = text.find(comma)
        while at >= 0:
            found.add(bisect.bisect_left(starts, at + 1))
            at = text.find(comma, at + 1)
    return frozenset(found) - {0, len(tokens.words)}


def _reporter_mark_starts(doc: Document) -> tuple[int, ...]:
    fw = doc.lexicon.function_words
    marks = (doc.matches(fw.attribution_markers), doc.matches(fw.narrator_markers))
    return tuple(sorted(m.start for found in marks for m in found))


def _outermost(mentions: Sequence[Candidate]) -> list[Candidate]:
    """Drop mentions nested in another's phrase: الكرملين in المتحدث باسم الكرملين is no subject."""
    result: list[Candidate] = []
    reach = -1
    # By phrase start, the longest first: two stable sorts with keys made in C.
    longest_first = sorted(mentions, key=_END, reverse=True)
    for m in sorted(longest_first, key=_PHRASE_START):
        end = m.end
        if end > reach:  # a mention reaching no further than the one before lies in its phrase
            result.append(m)
            reach = end
    return result


def _by_phrase_start(mentions: Sequence[Candidate]) -> dict[int, Candidate]:
    """Mentions by where their phrase starts; "وأعرب ولي العهد الأمير محمد": where a chain of
    titles leads to a name, the name's mention is found from the chain's start too."""
    by_phrase_start = dict(zip(map(_PHRASE_START, mentions), mentions, strict=True))
    for m in mentions:
        if m.lead_start is not None:
            current = by_phrase_start.get(m.lead_start)
            if current is None or current.source is CandidateSource.TITLE:
                by_phrase_start[m.lead_start] = m
    return by_phrase_start
