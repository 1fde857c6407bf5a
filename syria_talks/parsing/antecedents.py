"""What a dropped or anaphoric subject refers back to: "وأضاف أن ..." takes the last speaker of
its gender and number; "البيان" whoever issued the last statement; "الوزارة" the nearest body
named with that noun. Every lookup is bounded by the position of the cue that asks: nothing
named after it is ever its antecedent.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from syria_talks.lexicon import Anaphor
from syria_talks.model import ActorKind, Gender
from syria_talks.parsing.context import (
    ANTECEDENTS,
    Antecedents,
    StatementContext,
    ViewStatement,
)
from syria_talks.parsing.cues import clause_initial
from syria_talks.parsing.mentions import Candidate
from syria_talks.text import fold

__all__ = [
    "History",
    "agrees",
    "clause_subjects",
    "mentions_before",
    "previous_speaker",
    "resolve_anaphor",
]

_START = operator.attrgetter("start")
T = TypeVar("T")


class History:
    """The speakers and statements found so far, in text order: the one state the statement
    stage carries from cue to cue. A cue is handed only what lies before it
    (:meth:`before`), so no cue can refer forward to a speaker named after it."""

    __slots__ = ("_named", "_speaker_at", "_speakers", "_statement_at", "_statements")

    def __init__(self, speakers: Iterable[tuple[int, Candidate]] = ()) -> None:
        ordered = sorted(speakers, key=operator.itemgetter(0))
        self._named = _Named([at for at, _ in ordered], [cand for _, cand in ordered], None)
        # The speakers of statements, in parallel columns: a cue's share is a bisection.
        self._speaker_at: list[int] = []
        self._speakers: list[Candidate] = []
        self._statement_at: list[int] = []
        self._statements: list[ViewStatement] = []

    @classmethod
    def of(cls, ctx: StatementContext) -> History:
        """A history whose first speakers are the document's clause subjects
        (:func:`clause_subjects`), each mention checked only when a cue looks back at it:
        most cues name their own speaker, and a dropped subject finds its antecedent a
        mention or two back, so most mentions are never checked."""
        history = cls()
        ordered = sorted(ctx.mentions, key=_START)
        history._named = _Named(list(map(_START, ordered)), ordered, ctx)
        return history

    def add(self, statement: ViewStatement) -> None:
        """A statement found, and its speaker from its cue on."""
        at, speaker = statement.cue_start, statement.speaker
        if self._statement_at and self._statement_at[-1] > at:
            _insert(self._statement_at, self._statements, at, statement)
            if speaker is not None:
                _insert(self._speaker_at, self._speakers, at, speaker)
            return
        # Statements are found in text order: each goes last, without a bisection; so does its
        # speaker, which speaks from its statement's cue.
        self._statement_at.append(at)
        self._statements.append(statement)
        if speaker is not None:
            self._speaker_at.append(at)
            self._speakers.append(speaker)

    def before(self, position: int) -> Antecedents:
        """The nearest speakers and statements before ``position``: what a cue there may
        refer back to. Read it before the history grows."""
        return _Before(self, position)


def _insert(positions: list[int], items: list[T], at: int, item: T) -> None:
    """``item`` at position ``at`` into the parallel columns, after any at the same position."""
    k = bisect.bisect_right(positions, at)
    positions.insert(k, at)
    items.insert(k, item)


class _Named:
    """Speakers named in the text (not by a statement), by position; with a context, the
    mentions that may be clause subjects, each checked the first time a cue looks back at it
    and the verdict kept."""

    __slots__ = ("_ctx", "_skip", "_verdicts", "at", "candidates")

    def __init__(
        self, at: list[int], candidates: list[Candidate], ctx: StatementContext | None
    ) -> None:
        self._ctx = ctx
        self.at = at  # where each candidate speaks from, in order
        self.candidates = candidates
        self._verdicts: list[bool | None] = [None if ctx else True] * len(candidates)
        # For a candidate found no speaker, an earlier one to look at instead: a cue looking
        # back passes over each rejected run once, however many cues look back over it.
        self._skip = list(range(-1, len(candidates) - 1))

    def latest(self, k: int) -> int:
        """The index of the last speaker at or before index ``k``, -1 if none."""
        passed: list[int] = []
        while k >= 0:
            verdict = self._verdicts[k]
            if verdict is None:
                assert self._ctx is not None  # only a context leaves a verdict open
                verdict = self._verdicts[k] = _is_clause_subject_outside_quotes(
                    self._ctx, self.candidates[k]
                )
            if verdict:
                break
            passed.append(k)
            k = self._skip[k]
        for rejected in passed:
            self._skip[rejected] = k
        return k


class _Before(Antecedents):
    """The part of a :class:`History` before a cue, read only when a rule asks for it:
    most cues name their own speaker and never do."""

    __slots__ = ("_history", "_position")

    def __init__(self, history: History, position: int) -> None:
        self._history = history
        self._position = position

    @property
    def speakers(self) -> tuple[Candidate, ...]:
        nearest = list(self.nearest_speakers())
        nearest.reverse()
        return tuple(nearest)

    def nearest_speakers(self) -> Iterator[Candidate]:
        # The named speakers and the statements' speakers merged, newest first; of two at
        # one position the statement's speaker, added after the named one, comes first.
        history, position = self._history, self._position
        named, spoken_at, spoken = history._named, history._speaker_at, history._speakers
        i = named.latest(bisect.bisect_left(named.at, position) - 1)
        j = bisect.bisect_left(spoken_at, position) - 1
        for _ in range(ANTECEDENTS):
            if j >= 0 and (i < 0 or spoken_at[j] >= named.at[i]):
                yield spoken[j]
                j -= 1
            elif i >= 0:
                yield named.candidates[i]
                i = named.latest(i - 1)
            else:
                return

    @property
    def statements(self) -> tuple[ViewStatement, ...]:
        # Found when asked (few cues ask): the history has not grown since the cue's turn.
        last = bisect.bisect_left(self._history._statement_at, self._position)
        return tuple(self._history._statements[max(0, last - ANTECEDENTS) : last])


def previous_speaker(earlier: Antecedents, gender: Gender | None) -> Candidate | None:
    """The last earlier speaker a verb of ``gender`` can have as its dropped subject."""
    for candidate in earlier.nearest_speakers():
        if agrees(gender, candidate):
            return candidate
    return None


def resolve_anaphor(
    ctx: StatementContext, earlier: Antecedents, anaphor: Anaphor, position: int
) -> Candidate | None:
    """البيان is whoever issued the last statement; المرصد، الوزارة the nearest actor
    named with that noun, else the last one of its kind; never one named after ``position``.
    """
    if anaphor.channel is not None:
        for statement in reversed(earlier.statements):
            channel = statement.channel
            if channel and anaphor.channel in ctx.text[channel[0] : channel[1]]:
                return statement.speaker
    named = _named_with(ctx, ctx.shape.without_article(fold(anaphor.noun)), position)
    if named is not None or anaphor.kind is None:
        return named  # a bare noun (المجلس) with no such actor before names no one
    return next((c for c in earlier.nearest_speakers() if c.kind is anaphor.kind), None)


def _named_with(ctx: StatementContext, head: str, position: int) -> Candidate | None:
    """The nearest actor before ``position`` whose name has ``head`` as a word."""
    definite = ctx.shape.article + head
    for mention in reversed(mentions_before(ctx, position)):
        if mention.kind is ActorKind.PERSON:
            continue  # "المجلس" is a body, never "رئيس مجلس الوزراء"
        words = fold(mention.name).split()
        if head in words or definite in words:
            return mention
    return None


def mentions_before(ctx: StatementContext, position: int) -> Sequence[Candidate]:
    """The nearest mentions before ``position``, nested ones included, oldest first."""
    last = bisect.bisect_left(ctx.every_start, position)
    return ctx.every_mention[max(0, last - ANTECEDENTS) : last]


def clause_subjects(ctx: StatementContext) -> list[tuple[int, Candidate]]:
    """Subjects of clause-initial verbs ("وأدان X ...", "، هنأ X ...") and sentence-initial
    names, by position: antecedents for a later dropped subject ("وأضاف أن ...")."""
    return [
        (mention.start, mention)
        for mention in ctx.mentions
        if _is_clause_subject_outside_quotes(ctx, mention)
    ]


def _is_clause_subject_outside_quotes(ctx: StatementContext, mention: Candidate) -> bool:
    # Most mentions are no clause subject: that is asked first.
    return _is_clause_subject(ctx, mention) and not ctx.doc.inside_quote(mention.phrase_start)


def _is_clause_subject(ctx: StatementContext, mention: Candidate) -> bool:
    words = ctx.tokens.words
    i = bisect.bisect_right(ctx.tokens.ends, mention.phrase_start) - 1  # the token before
    if mention.kind is ActorKind.STATE and mention.place:
        # A state speaks as the subject of a verb ("فقد رحبت تركيا"); elsewhere it is
        # a place ("في تركيا"), or the topic of a sentence.
        return i >= 0 and clause_initial(ctx, i) and words[i] not in ctx.fw.prepositions
    if i < 0 or clause_initial(ctx, i + 1):
        return True
    word = words[i]
    if word in ctx.lex.complementizers:
        # "إلا أن لافروف انتقد ...", "بيد أن واشنطن ...": a new main clause.
        return i > 0 and words[i - 1] in ctx.fw.clause_openers
    if word in ctx.fw.prepositions:
        return False
    return clause_initial(ctx, i) and ctx.tokens.ends[i] not in ctx.by_end


def agrees(gender: Gender | None, cand: Candidate) -> bool:
    """Whether a verb of this gender and number can have ``cand`` as its dropped subject.

    Non-human plurals are marked feminine in the lexicon (قالت مصادر); a plural or dual
    candidate is people, and people in the plural take a plural verb (وأكدوا).
    """
    if gender is None or cand.gender is None:
        return True
    if gender is Gender.PLURAL:
        return cand.gender in (Gender.PLURAL, Gender.DUAL) or cand.kind is ActorKind.GROUP
    if gender is Gender.DUAL:
        return cand.gender in (Gender.DUAL, Gender.PLURAL)
    if cand.gender in (Gender.PLURAL, Gender.DUAL):
        return False
    return gender is cand.gender
