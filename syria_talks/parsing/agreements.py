"""Stage: agreements — deals, truces and resolutions, their mentions tied together, and status.

Mentions of one agreement rarely share a wording ("اتفاق تعاون عسكري" ... "شراكة عسكرية" ...
"الاتفاق العسكري"), so they are tied by what they are about (a named truce, or a topic word)
and a bare definite "الاتفاق" refers back to the agreement mentioned last.
"""

from __future__ import annotations

import bisect
import functools
import re
from operator import attrgetter
from typing import NamedTuple

import attrs

from syria_talks.model import ActorKind, AgreementStatus
from syria_talks.parsing.claims import Claims
from syria_talks.parsing.dates import FoundTime
from syria_talks.parsing.document import Document, ViewSpan
from syria_talks.parsing.mentions import Candidate
from syria_talks.text import fold

__all__ = ["AgreementMention", "FoundAgreement", "FoundEvent", "find_agreements"]

# An agreement's status is the furthest stage the text reports.
_LIFECYCLE = tuple(s for s in AgreementStatus if s is not AgreementStatus.UNKNOWN)
# Each status's place in the lifecycle, for the sort and the max: a dict hit instead of a scan
# of the lifecycle comparing members one by one.
_STAGES: dict[AgreementStatus, int] = {status: stage for stage, status in enumerate(_LIFECYCLE)}
_STAGE_OF = _STAGES.__getitem__
_EXTENT = 5  # words after the head that can still describe the agreement
_BEFORE = 4  # words before a mention where a status cue applies to it ("انهيار اتفاق")
_AFTER = 6  # words after ("الذي وقّع في شباط")
_EVENT_ACTOR_REACH = 3  # words between a status verb and who did it
_TIME_REACH = 30  # characters past the clause window where the step's date may still stand
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
_STOP = re.compile(r"[.،,؛:!?؟()\n]")
_WORDS = re.compile(r"\w+")
_PARTY_KINDS = (ActorKind.STATE, ActorKind.ORGANIZATION)
# Make a ViewSpan and an AgreementMention in C; a named tuple's own __new__ is Python code.
_new_span = _new_mention = tuple.__new__


class AgreementMention(NamedTuple):
    """Where the text names an agreement, and the key of the one it names. A named tuple, made
    in C (``_new_mention``): an attrs instance cost four times as much to make."""

    start: int
    end: int
    key: str
    definite_bare: bool


@attrs.frozen(kw_only=True)
class FoundEvent:
    """A status word near a mention ("انهيار", "وقّع"), who did it and when, in view offsets."""

    status: AgreementStatus
    start: int
    end: int
    actor: Candidate | None = None
    time: FoundTime | None = None


@attrs.frozen(kw_only=True)
class FoundAgreement:
    key: str
    name: str
    status: AgreementStatus
    spans: tuple[ViewSpan, ...]
    events: tuple[FoundEvent, ...]
    parties: tuple[Candidate, ...]
    mediators: tuple[Candidate, ...]


class _Agreements:
    def __init__(self, doc: Document, mentions: list[Candidate], times: list[FoundTime]) -> None:
        self.doc = doc
        self.text = doc.text
        self.vocab = doc.lexicon.agreement_vocabulary
        self.words = doc.lexicon.agreement_extent_words
        self.mentions = sorted(mentions, key=attrgetter("start"))
        self.mention_starts = [c.start for c in self.mentions]
        self._candidates = mentions  # in the order found: of two at one place, the last counts
        self.times = times
        self.time_starts = [t.start for t in times]
        self.mediation = doc.matches(self.vocab.mediation)
        self._mediators: dict[tuple[int, int], list[Candidate]] = {}

    # The actor mentions by place, made on the first look-up: only a status word or a
    # mediator needs them, and most agreements have neither.
    @functools.cached_property
    def _by_phrase_start(self) -> dict[int, Candidate]:
        return {c.phrase_start: c for c in self._candidates}

    @functools.cached_property
    def _by_end(self) -> dict[int, Candidate]:
        return {c.end: c for c in self._candidates}

    def _extent(self, end: int, definite: bool) -> int:
        """Extend a head over the words that describe it, up to punctuation or a verb.

        After a definite head only definite words agree with it ("الاتفاق العسكري"); an
        indefinite one is already the predicate ("الهدنة صامدة").
        """
        shape = self.doc.shape
        clause_words, stop_words, party_words = self.words
        words, starts = self.doc.tokens.words, self.doc.tokens.starts  # read in the loop
        i = bisect.bisect_left(starts, end)
        steps = 0
        parties = False
        while i < len(words) and steps < _EXTENT:
            start, word = starts[i], words[i]
            gap = self.text[end:start]
            if _STOP.search(gap):
                break
            stem = shape.without_conjunction(word, min_stem=3)
            if word in clause_words:
                break
            # "بين واشنطن وموسكو" and "مع روسيا" name the parties; other prepositions end it.
            if word not in party_words and (word in stop_words or stem in stop_words):
                break
            parties = parties or word in party_words
            if (
                definite
                and not parties
                and not shape.continues_definite_phrase(word)
                and '"' not in gap
            ):
                break
            end = start + len(word)
            if gap.count('"') == 1:
                close = self.doc.outermost_quote_close(start)
                if close is not None:
                    return close + 1
            i += 1
            steps += 1
        return end

    def mentions_in_text(self) -> list[AgreementMention]:
        found: list[AgreementMention] = []
        claims = Claims(len(self.text))
        shape = self.doc.shape
        for m in self.doc.matches(self.vocab.heads):
            definite = shape.has_article(m.phrase)
            end = self._extent(m.end, definite=definite)
            if m.phrase in self.vocab.resolution_heads and not self._is_resolution(m.end, end):
                continue
            found.append(self._mention(m.start, end, bare=end == m.end and definite))
            claims.take(m.start, end)
        for s in self.doc.matches(self.vocab.standalone):
            if claims.taken(s.start):
                continue
            found.append(_new_mention(AgreementMention, (s.start, s.end, s.value, False)))
        found.sort(key=lambda a: a.start)
        return self._tie_anaphora(found)

    def _is_resolution(self, start: int, end: int) -> bool:
        window = self.text[start : end + 40]
        return any(w in window for w in self.vocab.resolution_requires)

    def _mention(self, start: int, end: int, bare: bool) -> AgreementMention:
        phrase = self.text[start:end]
        standalone = next(iter(self.vocab.standalone.finditer(phrase)), None)
        if standalone is not None:
            key = standalone.value
        else:
            words = _WORDS.findall(phrase)
            topic = next((self.vocab.topics[w] for w in words if w in self.vocab.topics), None)
            key = topic or f"agreement:{fold(phrase)}"
        return _new_mention(AgreementMention, (start, end, key, bare))

    def _tie_anaphora(self, found: list[AgreementMention]) -> list[AgreementMention]:
        """A bare "الاتفاق" is the agreement mentioned last; a bare "الهدنة" the last truce."""
        tied: list[AgreementMention] = []
        last: AgreementMention | None = None  # the latest mention, and the latest truce
        last_truce: AgreementMention | None = None
        for mention in found:
            if mention.definite_bare:
                truce = self.text[mention.start : mention.end] in self.vocab.truce_words
                antecedent = last_truce if truce else last
                if antecedent is not None:
                    mention = mention._replace(key=antecedent.key)
            tied.append(mention)
            last = mention
            if mention.key in self.vocab.truce_keys:
                last_truce = mention
        return tied

    def events_near(self, mention: AgreementMention) -> list[FoundEvent]:
        starts, ends = self.doc.tokens.starts, self.doc.tokens.ends  # no Token made
        first = max(0, bisect.bisect_left(starts, mention.start) - _BEFORE)
        last = min(len(ends) - 1, self.doc.token_before(mention.end) + _AFTER)
        window_start = starts[first] if ends else mention.start
        window_end = ends[last] if ends else mention.end
        in_reach = self.doc.matches_in(self.vocab.status, window_start, window_end)
        if not in_reach:
            return []  # no status word in reach: the clause need not be found
        # A status word only describes this mention within its own clause.
        before = self.text[window_start : mention.start]
        cut = max(before.rfind("."), before.rfind("\n"))
        if cut >= 0:
            window_start += cut + 1
        after = _STOP.search(self.text, mention.end, window_end)
        if after is not None and self.text[after.start()] in ".\n":
            window_end = after.start()
        events: list[FoundEvent] = []
        for m in in_reach:
            if m.start < window_start or m.end > window_end:
                continue  # outside the mention's clause
            events.append(
                FoundEvent(
                    status=m.value,
                    start=m.start,
                    end=m.end,
                    actor=self._actor_of(m.start, m.end),
                    time=self._time_of(m.end, window_end),
                )
            )
        return events

    def _actor_of(self, start: int, end: int) -> Candidate | None:
        """Who took the step: the name right after the word ("اقترحت إدارة الرئيس X") or
        right before it ("روسيا وقعت")."""
        words, starts, ends = self.doc.tokens.words, self.doc.tokens.starts, self.doc.tokens.ends
        i = self.doc.token_index(end)
        prepositions = self.doc.lexicon.function_words.prepositions
        for k in range(i, min(i + _EVENT_ACTOR_REACH, len(words))):
            if words[k] in prepositions or _STOP.search(self.text, end, starts[k]):
                break  # "مع روسيا", "على روسيا": a party or an addressee, not the actor
            cand = self._by_phrase_start.get(starts[k])
            if cand is not None:
                return cand
        before = self.doc.token_before(start)
        return self._by_end.get(ends[before]) if before >= 0 else None

    def _time_of(self, end: int, window_end: int) -> FoundTime | None:
        """The date of the step: a time expression after its word, in the same clause."""
        i = bisect.bisect_left(self.time_starts, end)
        if i < len(self.times) and self.times[i].start < window_end + _TIME_REACH:
            time = self.times[i]
            return None if _SENTENCE_BREAK.search(self.text, end, time.start) else time
        return None

    def mediators(self, mention: AgreementMention) -> list[Candidate]:
        """ "برعاية روسيا", "بوساطة قطرية": who sponsors or mediates, in the same sentence."""
        if not self.mediation:
            return []  # most articles name no mediator: no sentence need be found
        sentence = self.doc.sentence_of(mention.start)
        if sentence not in self._mediators:  # one look per sentence, however many mentions
            self._mediators[sentence] = self._mediators_in(*sentence)
        return self._mediators[sentence]

    def _mediators_in(self, sentence_start: int, sentence_end: int) -> list[Candidate]:
        found = []
        starts = self.doc.tokens.starts
        for m in self.doc.matches_in(self.vocab.mediation, sentence_start, sentence_end):
            i = self.doc.token_index(m.end)
            if i < len(starts):
                cand = self._by_phrase_start.get(starts[i])
                if cand is not None:
                    found.append(cand)
        return found

    def parties(self, mention: AgreementMention) -> list[Candidate]:
        """States and bodies named inside the mention: "بين واشنطن وموسكو", "مع روسيا"."""
        first = bisect.bisect_left(self.mention_starts, mention.start)
        last = bisect.bisect_left(self.mention_starts, mention.end)
        return [
            c for c in self.mentions[first:last] if c.end <= mention.end and c.kind in _PARTY_KINDS
        ]


def find_agreements(
    doc: Document, mentions: list[Candidate], times: list[FoundTime]
) -> list[FoundAgreement]:
    vocabulary = doc.lexicon.agreement_vocabulary
    if not doc.matches(vocabulary.heads) and not doc.matches(vocabulary.standalone):
        # No agreement is mentioned (one article in five): the finder's indexes of the actor
        # mentions would be made for nothing.
        return []
    finder = _Agreements(doc, mentions, times)
    grouped: dict[str, list[AgreementMention]] = {}
    for mention in finder.mentions_in_text():
        grouped.setdefault(mention.key, []).append(mention)
    result = [_agreement(finder, key, group) for key, group in grouped.items()]
    return sorted(result, key=lambda a: (a.spans[0].start, a.spans[0].end))


def _agreement(finder: _Agreements, key: str, group: list[AgreementMention]) -> FoundAgreement:
    """One agreement from the mentions tied to it: its events, status, parties and name."""
    # A dict keeps the events in the order found and a full key breaks ties: a set and the
    # start alone left the order of two events at one place to the hash seed.
    found = dict.fromkeys(e for m in group for e in finder.events_near(m))
    events = sorted(found, key=lambda e: (e.start, e.end, _STAGE_OF(e.status)))
    status = max((e.status for e in events), key=_STAGE_OF, default=AgreementStatus.UNKNOWN)
    parties: dict[str, Candidate] = {}
    mediators: dict[str, Candidate] = {}
    for m in group:
        for party in finder.parties(m):
            parties.setdefault(party.key, party)
        for mediator in finder.mediators(m):
            mediators.setdefault(mediator.key, mediator)
    # A group of bare "الاتفاق" mentions (no antecedent) is named by what it says.
    original_text = finder.doc.original_text
    name = finder.vocab.names.get(key) or max(
        (original_text(m.start, m.end) for m in group if not m.definite_bare),
        key=len,
        default=original_text(group[0].start, group[0].end),
    )
    return FoundAgreement(
        key=key,
        name=name.strip('"“”«» '),
        status=status,
        spans=tuple([_new_span(ViewSpan, (m.start, m.end)) for m in group]),
        events=tuple(events),
        parties=tuple(parties.values()),
        mediators=tuple(mediators.values()),
    )
