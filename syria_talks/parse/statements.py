"""Stage 2: statements — cue verbs, their speakers and the span of what was said.

Arabic news reports speech verb-first ("وقال الوزير إن ..."), sometimes subject-first ("بيد أن
واشنطن قالت إن ..."), and drops the subject of follow-up verbs ("وأضاف أن ...", "مضيفا أن ..."),
whose speaker is the last one of matching gender. Content runs from the complementiser, colon or
opening quote to the end of the clause: the sentence end, the next speech clause, or a trailing
attribution ("بحسب ...").
"""

from __future__ import annotations

import bisect
import itertools

from syria_talks.model import Stance
from syria_talks.parse.context import Cue, Found
from syria_talks.parse.document import Document
from syria_talks.parse.mentions import Candidate
from syria_talks.parse.speakers import SpeakerRules, agrees

__all__ = ["Found", "find_statements"]


class _Extractor(SpeakerRules):
    def run(self) -> list[Found]:
        # A cue word with nothing reported after it ("محادثات مفيدة") neither speaks nor ends
        # the clause before it.
        cues = [c for c in self.cues() if self._reports_something(c)]
        self._remember_clause_subjects()
        # Where the next speech clause begins, for each cue: its content ends there.
        next_clauses: list[int] = []
        upcoming = len(self.text)
        for cue in reversed(cues):
            next_clauses.append(upcoming)
            if cue.opens_clause:
                upcoming = cue.clause_start
        next_clauses.reverse()
        covered_until = -1
        for cue, next_clause in zip(cues, next_clauses, strict=True):
            if cue.token.start < covered_until and not cue.opens_clause:
                continue
            found = self._statement(cue, next_clause)
            if found is None:
                continue
            self.found.append(found)
            if found.speaker is not None:
                bisect.insort(self.history, (cue.token.start, found.speaker), key=lambda h: h[0])
            covered_until = max(covered_until, found.end)
        self._trailing_attributions()
        self.found.sort(key=lambda f: f.start)
        return self.found

    def _trailing_attributions(self) -> None:
        """A trailing "، بحسب ما ذكرته صحيفة الوطن": the clause before it is what Y said."""
        # Statements found so far, by start, with the furthest end reached: whether one covers
        # a marker's sentence is a bisection, not a scan of them all per marker.
        earlier = sorted(self.found, key=lambda f: f.start)
        earlier_starts = [f.start for f in earlier]
        earlier_reach = list(itertools.accumulate((f.end for f in earlier), max))
        claimed = -1  # the sentence a trailing attribution was last added in
        for m in self.doc.matches(self.fw.attribution_markers):
            sentence_start, _ = self.doc.sentence_of(m.start)
            marker_start = self._word_start(m.start)
            if not self._after_comma(sentence_start, marker_start):
                continue
            i = self.doc.token_index(m.end)
            if i + 1 >= len(self.tokens) or self.tokens[i].text not in {"ما", "لما"}:
                continue
            verb = self.tokens[i + 1]
            form = self._cue_form(_without_object_pronoun(verb.text))
            if form is None:
                continue
            k = bisect.bisect_left(earlier_starts, marker_start) - 1
            if (k >= 0 and earlier_reach[k] > sentence_start) or claimed == sentence_start:
                continue  # the attribution belongs to a statement already found
            cue = Cue(index=i + 1, token=verb, form=form, clause_start=m.start, opens_clause=False)
            speaker, _, _ = self._subject_after(cue)
            if speaker is None:
                speaker, _ = self._noun_phrase_subject(cue)
            if speaker is None:
                continue
            start, end, mode = self._shape(sentence_start, marker_start)
            if end > start:
                claimed = sentence_start
                self.found.append(
                    Found(
                        cue=form,
                        cue_start=verb.start,
                        cue_end=verb.end,
                        start=start,
                        end=end,
                        mode=mode,
                        negated=False,
                        speaker=speaker,
                    )
                )

    def _reports_something(self, cue: Cue) -> bool:
        _, sentence_end = self.doc.sentence_of(cue.token.start)
        _, subject_end, _ = self._subject_after(cue)
        return (
            self._content_start(cue, subject_end, sentence_end) is not None
            or self._quote_before(cue) is not None
        )

    def _statement(self, cue: Cue, next_clause: int) -> Found | None:
        source = None
        blocked = False
        if cue.form.noun:
            speaker, source = self._noun_speaker(cue)
            subject_end = cue.token.end
        else:
            speaker, subject_end, blocked = self._subject_after(cue)
            before = self._adjacent_subject(cue)
            if before is not None:
                # "أردوغان يتهم فرنسا": a name right before an unprefixed verb is its subject.
                speaker, subject_end, blocked = before, cue.token.end, False
            if speaker is None and not blocked and not cue.form.participle:
                speaker = self._subject_before(cue)
                if speaker is not None and not agrees(cue.form.gender, speaker):
                    speaker = None
        if speaker is None and blocked:
            speaker, subject_end = self._noun_phrase_subject(cue)
        explicit = speaker is not None
        # "وختم حديثه بالقول": the adverbial noun takes the subject of the verb before it.
        adverbial = cue.form.noun and cue.token.text.startswith("بال")
        if speaker is None:
            if blocked or not (cue.opens_clause or adverbial):
                return None
            speaker = self._previous_speaker(cue)
            if speaker is None:
                return None
        _, sentence_end = self.doc.sentence_of(cue.token.start)
        limit = min(sentence_end, next_clause if next_clause > cue.token.end else sentence_end)
        start = self._content_start(cue, max(subject_end, cue.token.end), limit)
        if start is None:
            quotation = self._quote_before(cue) if explicit else None
            if quotation is None:
                return None
            open_mark, close_mark = quotation
            return self._make(cue, speaker, source, open_mark, close_mark + 1, subject_end, limit)
        end = self._content_end(start, next_clause)
        return self._make(cue, speaker, source, start, end, subject_end, start)

    def _make(
        self,
        cue: Cue,
        speaker: Candidate,
        source: Candidate | None,
        start: int,
        end: int,
        subject_end: int,
        content_start: int,
    ) -> Found | None:
        start, end, mode = self._shape(start, end)
        if end <= start:
            return None
        negated = cue.form.stance is Stance.DENY or self._negated(cue)
        window_start = max(subject_end, cue.token.end)
        channel = (
            self._channel(window_start, content_start) if content_start > window_start else None
        )
        return Found(
            cue=cue.form,
            cue_start=cue.token.start,
            cue_end=cue.token.end,
            start=start,
            end=end,
            mode=mode,
            negated=negated,
            speaker=speaker,
            source=source,
            channel=channel,
        )


def _without_object_pronoun(word: str) -> str:
    """ذكرته → ذكرت, ذكره → ذكر: a cue verb with its object pronoun."""
    for suffix in ("ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


def find_statements(doc: Document, mentions: list[Candidate]) -> list[Found]:
    """Statements in text order."""
    return _Extractor(doc, mentions).run()
