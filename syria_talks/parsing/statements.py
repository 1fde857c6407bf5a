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

from syria_talks.model import Gender, Stance
from syria_talks.parsing.context import NP_WORDS, OPENER_REACH, SUBJECT_REACH, Cue, Found
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate
from syria_talks.parsing.speakers import SpeakerRules, agrees

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
            # Without a comma only "حسبما"-style markers, where ما makes the attribution plain.
            if not (m.value.endswith("ما") or self._after_comma(sentence_start, marker_start)):
                continue
            i = self.doc.token_index(m.end)
            if not m.value.endswith("ما"):  # "بحسب ما ذكرت"; "حسبما" is written as one
                if i >= len(self.tokens) or self.tokens[i].text not in {"ما", "لما"}:
                    continue
                i += 1
            if i >= len(self.tokens):
                continue
            verb = self.tokens[i]
            form = self._cue_form(_without_object_pronoun(verb.text))
            if form is None:
                continue
            k = bisect.bisect_left(earlier_starts, marker_start) - 1
            if (k >= 0 and earlier_reach[k] > sentence_start) or claimed == sentence_start:
                continue  # the attribution belongs to a statement already found
            cue = Cue(index=i, token=verb, form=form, clause_start=m.start, opens_clause=False)
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
        source: Candidate | None = None
        speaker: Candidate | None
        blocked = False
        relayed = self._relayed(cue) if cue.form.relays else None
        issued = self._issuer(cue) if cue.form.in_document else None
        if cue.form.in_document and issued is None:
            return None  # no issuer named: the document is not attributed
        if issued is not None:
            speaker, subject_end = issued
        elif relayed is not None:
            # "ونقلت قناة X عن مصادر مطلعة أن ...": the sources speak, the channel relays.
            speaker, subject_end = relayed
            source, _, _ = self._subject_after(cue)
        elif cue.form.noun:
            speaker, source = self._noun_speaker(cue)
            subject_end = cue.token.end
        else:
            speaker, subject_end, blocked = self._subject_after(cue)
            if speaker is not None and self._is_object(cue, speaker):
                # "متهما واشنطن بـ...", "واتهم المفوضية بـ...": the actor after the cue is
                # what it acts on; its subject is dropped and the content follows the object.
                speaker, blocked = None, False
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
            if blocked or cue.form.explicit_subject or not (cue.opens_clause or adverbial):
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

    def _issuer(self, cue: Cue) -> tuple[Candidate, int] | None:
        """Who issued the document of "وجاء في بيان لوزارة الخارجية / صادر عن المجلس / البيان",
        and where the phrase naming it ends."""
        document = self._document_after(cue.index)
        if document is None:
            return None
        end, definite = document
        if definite:  # "وجاء في البيان": the one named before, whoever issued a statement
            anaphor = self.lex.anaphors.get(self.tokens[cue.index + 2].text)
            issuer = self._resolve_anaphor(anaphor, cue.token.start) if anaphor else None
            return None if issuer is None else (issuer, end)
        i = self.doc.token_index(end)
        for k in range(i, min(i + SUBJECT_REACH, len(self.tokens))):
            token = self.tokens[k]
            if token.text[:1] in self.fw.addressee_prepositions:  # بيان لوزارة الخارجية
                named = self.by_phrase_start.get(token.start + 1)
                if named is not None:
                    return named, named.end
            if token.text in self.fw.source_prepositions and k + 1 < len(self.tokens):
                after = self.tokens[k + 1]  # بيان صادر عن المجلس
                named = self.by_phrase_start.get(after.start)
                anaphor = self.lex.anaphors.get(after.text)
                if named is None and anaphor is not None:
                    named = self._resolve_anaphor(anaphor, cue.token.start)
                if named is not None:
                    return named, after.end if named.start < after.start else named.end
        return None

    def _relayed(self, cue: Cue) -> tuple[Candidate, int] | None:
        """Who a relaying verb quotes: the actor after its عن, up to the complementiser."""
        _, sentence_end = self.doc.sentence_of(cue.token.start)
        last = min(cue.index + 1 + OPENER_REACH, len(self.tokens))
        an = next(
            (
                k
                for k in range(cue.index + 1, last)
                if self.tokens[k].text in self.fw.source_prepositions
            ),
            None,
        )
        if an is None or an + 1 >= len(self.tokens) or self.tokens[an + 1].start >= sentence_end:
            return None
        first = self.tokens[an + 1]
        if self.fw.channels.match_at(self.text, first.start) is not None:
            return None  # "نقلت وسائل إعلام عن بيان للكرملين": a document, relayed by its carrier
        named = self.by_phrase_start.get(first.start)
        if named is not None:
            return named, max(named.end, named.apposition_end or 0)
        end = None
        for k in range(an + 1, min(an + 1 + NP_WORDS, len(self.tokens))):
            token = self.tokens[k]
            if k > an + 1 and self.text[self.tokens[k - 1].end : token.start].strip():
                break
            if token.text in self.lex.complementizers or token.text in self.fw.prepositions:
                break
            end = token.end
        if end is None:
            return None
        return self._phrase_candidate(first.start, end, None), end

    def _is_object(self, cue: Cue, mention: Candidate) -> bool:
        """A participle (حال) never has a subject after it, and a verb agrees in gender with
        the singular subject right after it: a masculine verb before a feminine name (or the
        reverse) has that name as its object."""
        if mention.start < cue.token.start:
            return False  # "وأضاف البيان": an anaphor agrees with its own word, not its referent
        if cue.form.participle:
            return True
        first = self._skip_fillers(cue.index + 1, SUBJECT_REACH)
        if first >= len(self.tokens) or self.tokens[first].start != mention.phrase_start:
            return False  # "وأضاف بيان الخارجية": the verb agrees with بيان, not the ministry
        genders = {cue.form.gender, mention.gender}
        return genders == {Gender.MASCULINE, Gender.FEMININE}

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
