"""Stage 2: statements — cue verbs, their speakers and the span of what was said.

Arabic news reports speech verb-first ("وقال الوزير إن ..."), sometimes subject-first ("بيد أن
واشنطن قالت إن ..."), and drops the subject of follow-up verbs ("وأضاف أن ...", "مضيفا أن ..."),
whose speaker is the last one of matching gender. Content runs from the complementiser, colon or
opening quote to the end of the clause: the sentence end, the next speech clause, or a trailing
attribution ("بحسب ...").
"""

from __future__ import annotations

import bisect
import re

import attrs

from syria_talks.lexicon import CueForm
from syria_talks.model import ActorKind, Gender, Stance, StatementMode
from syria_talks.parse.document import Document
from syria_talks.parse.mentions import Candidate
from syria_talks.text import Token, fold

__all__ = ["Found", "find_statements"]

_TRIM = " \t\n.،,:;؛-–—"
_SUBJECT_REACH = 4  # tokens between a cue and its subject: fillers like أيضا، يوم الخميس
_OPENER_REACH = 16  # tokens between a cue and its content: subject, channel, time
_OBJECT_REACH = 6  # a verb that takes an object looks less far for a complementiser
_NAME_WORDS = 4  # a quoted newspaper name is short; a quotation is not
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_PRONOUNS = frozenset({"هو", "هي", "هم", "وهو", "وهي", "وهم"})  # "المصدر، وهو ...": the NP ends
_AUXILIARIES = frozenset({"قد", "وقد", "لقد", "ولقد", "كان", "وكان", "كانت", "وكانت"})
_NP_WORDS = 6  # the longest unknown subject taken from the text: اتحاد منظمات الرعاية الطبية


@attrs.frozen(kw_only=True)
class Found:
    """A statement in view coordinates, before it becomes a model Statement."""

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


@attrs.frozen(kw_only=True)
class _Cue:
    index: int
    token: Token
    form: CueForm
    clause_start: int  # where the clause this cue opens begins (its و, فيما, or comma)
    opens_clause: bool


class _Extractor:
    def __init__(self, doc: Document, mentions: list[Candidate]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.lex = doc.lexicon
        self.fw = doc.lexicon.function_words
        self.mentions = _outermost(mentions)
        self._mention_starts = [m.phrase_start for m in self.mentions]
        self.by_phrase_start = {m.phrase_start: m for m in self.mentions}
        self.by_start = {m.start: m for m in self.mentions}
        self.by_end = {m.end: m for m in self.mentions}
        self.history: list[tuple[int, Candidate]] = []
        self.found: list[Found] = []

    # -- cue detection --------------------------------------------------------------------
    def cues(self) -> list[_Cue]:
        result: list[_Cue] = []
        for i, token in enumerate(self.tokens):
            form = self._cue_form(token.text)
            if form is None or self.doc.inside_quote(token.start):
                continue
            previous = self.tokens[i - 1].text if i else ""
            if previous == "ما":  # "ما قاله", "ما وصفه بـ": a label, not a report
                continue
            if previous in self.lex.cues and form.noun:  # "وأضاf بالقول": the verb is the cue
                continue
            clause_start, opens = self._clause_start(i, form)
            result.append(
                _Cue(index=i, token=token, form=form, clause_start=clause_start, opens_clause=opens)
            )
        return result

    def _cue_form(self, word: str) -> CueForm | None:
        return self.lex.cue_surfaces.get(word)

    def _clause_start(self, i: int, form: CueForm) -> tuple[int, bool]:
        token = self.tokens[i]
        sentence_start, _ = self.doc.sentence_of(token.start)
        if token.text[:1] in "وف" and token.text[1:] in self.lex.cues:
            return token.start, True
        if i == 0 or self.tokens[i - 1].end <= sentence_start:
            return token.start, True
        previous = self.tokens[i - 1]
        gap = self.text[previous.end : token.start]
        bare_previous = previous.text[1:] if previous.text[:1] in "وف" else previous.text
        if (
            previous.text in self.fw.clause_openers
            or bare_previous in self.fw.clause_openers
            or (previous.text[:1] == "و" and bare_previous in self.fw.relative_pronouns)
            or previous.text in {"و", "ف", "ثم"}
        ):
            return previous.start, True
        if form.participle:
            return token.start, True
        if "،" in gap or "," in gap:
            return previous.end, True
        # A negation or a resumptive pronoun sits between the clause opener and the verb:
        # "كما لم تعلن", "ولم يكشف", "إلا أنه أعرب".
        bare = previous.text[1:] if previous.text[:1] == "و" else previous.text
        if bare in self.lex.negators or previous.text in self.lex.pronoun_complementizers:
            if previous.text[:1] == "و" and bare in self.lex.negators:
                return previous.start, True
            earlier = self.tokens[i - 2] if i > 1 else None
            if earlier is None or earlier.end <= sentence_start:
                return previous.start, True
            if earlier.text in self.fw.clause_openers or earlier.text in {"و", "ف", "ثم"}:
                return earlier.start, True
            if "،" in self.text[earlier.end : previous.start]:
                return previous.start, True
        return token.start, False

    # -- speakers -------------------------------------------------------------------------
    def _skip_fillers(self, i: int, limit: int) -> int:
        steps = 0
        while i < len(self.tokens) and steps < limit:
            word = self.tokens[i].text
            if word in self.fw.fillers or word in {"قد", "ايضا"}:
                i += 1
            elif (
                word == "من"
                and i + 1 < len(self.tokens)
                and self.tokens[i + 1].text in self.fw.fillers
            ):
                i += 2
            else:
                break
            steps += 1
        return i

    def _subject_after(self, cue: _Cue) -> tuple[Candidate | None, int, bool]:
        """The verb's subject right after it (VS order), where it ends, and whether the verb
        has an explicit subject at all (an unknown noun phrase blocks a dropped-subject reading).
        """
        i = self._skip_fillers(cue.index + 1, _SUBJECT_REACH)
        if i >= len(self.tokens):
            return None, cue.token.end, False
        token = self.tokens[i]
        between = self.text[cue.token.end : token.start]
        if '"' in between and "\n" not in between:
            quoted = self._quoted_name(cue.token.end, token.start)
            if quoted is not None:
                return quoted, quoted.end + 1, True
        if "\n" in between or '"' in between:
            return None, cue.token.end, False  # a subject never stands inside the quotation
        mention = self.by_phrase_start.get(token.start) or self.by_start.get(token.start)
        if mention is None and self._generic_head(token) and i + 1 < len(self.tokens):
            # "وقالت جماعة الخوذ البيضاء", "وأضاف بيان الخارجية الروسية": the named actor speaks.
            mention = self.by_phrase_start.get(self.tokens[i + 1].start)
        if mention is not None:
            mention = self._coordinated(mention)
            return mention, mention.end, True
        anaphor = self.lex.anaphors.get(token.text)
        if anaphor is not None:
            return self._resolve_anaphor(anaphor.kind, anaphor.channel), token.end, True
        return None, cue.token.end, self._explicit_unknown_subject(cue, token)

    def _coordinated(self, first: Candidate) -> Candidate:
        """Speakers joined by و speak together: "الصدر والعامري", "أردوغان وبوتين وروحاني"."""
        members = [first]
        position = first.end
        while True:
            i = self.doc.token_index(position)
            if i >= len(self.tokens) or self.text[position : self.tokens[i].start].strip():
                break
            token = self.tokens[i]
            nxt = self.by_phrase_start.get(token.start + 1) if token.text[:1] == "و" else None
            # People with people, bodies with bodies, states with states: روسيا ودمشق.
            if nxt is None or nxt.kind is not first.kind or first.kind is ActorKind.MEDIA:
                break
            members.append(nxt)
            position = nxt.end
        if len(members) == 1:
            return first
        names = [self.doc.original_text(m.start, m.end) for m in members]
        return Candidate(
            start=first.start,
            end=members[-1].end,
            phrase_start=first.phrase_start,
            key="group:" + "+".join(m.key for m in members),
            name=" و".join(names),
            kind=ActorKind.GROUP,
            source="coordination",
            gender=Gender.PLURAL,
        )

    def _quoted_name(self, start: int, end: int) -> Candidate | None:
        """'أكد "مركز إعلام دمشق" التابع للمعارضة ...': a short quotation followed by more of the
        clause is the subject's name, not the words reported."""
        pair = next(iter(self.doc.quotes_opening_within(start, end)), None)
        if pair is None or len(self.text[pair.open : pair.close].split()) > _NAME_WORDS:
            return None
        rest = self.text[pair.close + 1 :].lstrip(" ")
        if not rest or rest[0] in '.،,:\n"':
            return None
        return self._phrase_candidate(pair.open + 1, pair.close, None)

    def _generic_head(self, token: Token) -> bool:
        word = token.text
        return (
            word in self.fw.org_heads
            or self.fw.media_heads.match_at(self.text, token.start) is not None
            or self.fw.channels.match_at(self.text, token.start) is not None
        )

    def _explicit_unknown_subject(self, cue: _Cue, token: Token) -> bool:
        i = self.doc.token_index(token.start)
        if self.text[self.tokens[i - 1].end : token.start].strip():
            return False
        word = token.text
        if word in self.fw.determiners:
            return True
        if word in self.fw.impersonal_subjects:
            return False  # "ونفى معلومات مفادها أن": a report is the object
        if cue.form.participle or (
            word in self.fw.prepositions
            or word in self.lex.complementizers
            or word in self.lex.pronoun_complementizers
            or word in cue.form.prepositions
            or word[:1] in "لب"
            or word in self.fw.addressees
        ):
            return False
        if cue.form.takes_object:
            # "وأعلن مجلس منبج العسكري ... أن": with a complementiser further on the noun
            # phrase is the subject; without one it is the object ("وأكد رفضه للفكرة").
            _, sentence_end = self.doc.sentence_of(token.start)
            return self._opener(cue, token.end, sentence_end, _OPENER_REACH) is not None
        return True

    def _noun_phrase_subject(self, cue: _Cue) -> tuple[Candidate | None, int]:
        """A subject no lexicon knows: "وقال اتحاد منظمات الإغاثة إن", "وأفاد ناشطون أن".

        The noun phrase runs to the complementiser, a preposition, a quote or a comma.
        """
        first = self._skip_fillers(cue.index + 1, _SUBJECT_REACH)
        if first >= len(self.tokens):
            return None, cue.token.end
        head = self.tokens[first].text
        if head in self.fw.determiners or head in self.fw.impersonal_subjects:
            return None, cue.token.end
        if cue.form.takes_object and head.endswith(_POSSESSIVE):
            return None, cue.token.end  # "وتؤكد تضامنها": a possessed noun is the object
        end = None
        for k in range(first, min(first + _NP_WORDS, len(self.tokens))):
            token = self.tokens[k]
            gap = self.text[self.tokens[k - 1].end : token.start] if k > first else ""
            word = token.text
            if k > first and gap.strip():
                break
            if (
                word in self.lex.complementizers
                or word in self.lex.pronoun_complementizers
                or word in _PRONOUNS
                or word in self.fw.prepositions
                or word in self.fw.addressees
                or word in self.fw.fillers
                or word in cue.form.prepositions
                or self._cue_form(word) is not None
                or self.by_phrase_start.get(token.start) is not None
            ):
                break
            end = token.end
        if end is None:
            return None, cue.token.end
        return self._phrase_candidate(self.tokens[first].start, end, cue.form.gender), end

    def _resolve_anaphor(self, kind: ActorKind | None, channel: str | None) -> Candidate | None:
        if channel is not None:
            for found in reversed(self.found):
                if found.channel and channel in self.text[found.channel[0] : found.channel[1]]:
                    return found.speaker
        for _, cand in reversed(self.history):
            if kind is None or cand.kind is kind:
                return cand
        return None

    def _adjacent_subject(self, cue: _Cue) -> Candidate | None:
        if cue.form.participle or cue.token.text[:1] in "وف" or cue.index == 0:
            return None
        previous = self.tokens[cue.index - 1]
        if self.text[previous.end : cue.token.start].strip():
            return None
        mention = self.by_end.get(previous.end)
        if mention is None or not _agrees(cue.form.gender, mention):
            return None
        before = self.doc.token_before(mention.phrase_start)
        if before >= 0 and self.tokens[before].text in self.fw.prepositions:
            return None
        return mention

    def _subject_before(self, cue: _Cue) -> Candidate | None:
        """A subject written before its verb: "بيد أن واشنطن قالت", "وكان X قد قال"."""
        sentence_start, _ = self.doc.sentence_of(cue.token.start)
        i = cue.index - 1
        for _ in range(3):
            if i < 0 or self.tokens[i].start < sentence_start:
                return None
            token = self.tokens[i]
            # A newspaper's name in quotes ends just before its closing mark.
            end = token.end
            mention = self.by_end.get(end)
            if mention is not None:
                before = self.doc.token_before(mention.phrase_start)
                governed = before >= 0 and self.tokens[before].text in self.fw.prepositions
                quoted = self.doc.inside_quote(mention.phrase_start)
                return None if governed or quoted else mention
            if token.text not in {"قد", "كان", "كانت"} and not self._nationality(token):
                return None
            i -= 1
        return None

    def _nationality(self, token: Token) -> bool:
        return self.lex.nationality_matcher.match_at(self.text, token.start) is not None

    def _noun_speaker(self, cue: _Cue) -> tuple[Candidate | None, Candidate | None]:
        """نقلت وكالة X عن Y قوله: Y speaks, X reports."""
        i = cue.index - 1
        speaker = None
        if i >= 0:
            speaker = self.by_end.get(self.tokens[i].end) or self._reported_noun_phrase(cue)
        if speaker is None:
            subject, _, _ = self._subject_after(cue)
            return subject, None
        sentence_start, _ = self.doc.sentence_of(cue.token.start)
        source = None
        for j in range(cue.index - 1, -1, -1):
            token = self.tokens[j]
            if token.start < sentence_start:
                break
            stem = token.text[1:] if token.text[:1] in "وف" else token.text
            if token.text in self.fw.reporting_verbs or stem in self.fw.reporting_verbs:
                k = self._skip_fillers(j + 1, _SUBJECT_REACH)
                if k < len(self.tokens):
                    source = self.by_phrase_start.get(self.tokens[k].start)
                break
        return speaker, source

    def _reported_noun_phrase(self, cue: _Cue) -> Candidate | None:
        """In "عن وزارة الدفاع قولها" the speaker is what stands between عن and the noun."""
        sentence_start, _ = self.doc.sentence_of(cue.token.start)
        for j in range(cue.index - 1, max(-1, cue.index - 1 - _NP_WORDS), -1):
            token = self.tokens[j]
            if token.start < sentence_start:
                return None
            if token.text == "عن":
                if j + 1 >= cue.index:
                    return None
                start, end = self.tokens[j + 1].start, self.tokens[cue.index - 1].end
                # "عن فلاديمير إيرماكوف، المسؤول بوزارة الخارجية، قوله": the name, not its title.
                comma = re.search(r"[،,]", self.text[start:end])
                if comma is not None:
                    end = self.tokens[self.doc.token_before(start + comma.start())].end
                return self._phrase_candidate(start, end, cue.form.gender)
        return None

    def _phrase_candidate(self, start: int, end: int, gender: Gender | None) -> Candidate:
        name = self.doc.original_text(start, end)
        head = self.tokens[self.doc.token_index(start)].text
        kind = ActorKind.GROUP
        if head in self.fw.org_heads or head.removeprefix("ال") in self.fw.org_heads:
            kind = ActorKind.ORGANIZATION
        elif self.fw.media_heads.match_at(self.text, start) is not None:
            kind = ActorKind.MEDIA
        return Candidate(
            start=start,
            end=end,
            phrase_start=start,
            key=f"np:{fold(name)}",
            name=name,
            kind=kind,
            source="noun-phrase",
            gender=gender,
        )

    def _previous_speaker(self, cue: _Cue) -> Candidate | None:
        gender = cue.form.gender
        last = bisect.bisect_right(self.history, cue.token.start, key=lambda h: h[0])
        for _, cand in reversed(self.history[:last]):
            if _agrees(gender, cand):
                return cand
        return None

    # -- content --------------------------------------------------------------------------
    def _content_start(self, cue: _Cue, after: int, limit: int) -> int | None:
        """Where the reported content begins: after a complementiser, at a quote or colon,
        after the verb's preposition, or (نفى، أكد ...) at its object."""
        if not cue.form.takes_object:
            return self._opener(cue, after, limit, _OPENER_REACH)
        near = self._opener(cue, after, limit, _OBJECT_REACH)
        if near is not None and self.text[near] != '"':
            return near
        # "وأعلن المبعوث عزمه "دعوة ..."": the object comes first and the quotation is part
        # of it, so the content is mixed and starts at the object.
        obj = self._direct_object(after, limit)
        if obj is not None:
            return obj
        return near if near is not None else self._opener(cue, after, limit, _OPENER_REACH)

    def _direct_object(self, after: int, limit: int) -> int | None:
        i = self._skip_fillers(self.doc.token_index(after), _SUBJECT_REACH)
        if i >= len(self.tokens):
            return None
        first = self.tokens[i]
        if (
            first.start >= limit
            or self.text[after : first.start].strip(" ")
            or first.text in self.fw.prepositions
            or first.text in self.lex.complementizers
            or first.text in self.lex.pronoun_complementizers
            or first.text.startswith("لل")
            or first.text in self.fw.addressees
            or (first.text[:1] == "ل" and first.start + 1 in self.by_start)
        ):
            return None
        return first.start

    def _opener(self, cue: _Cue, after: int, limit: int, reach: int) -> int | None:
        i = self.doc.token_index(after)
        position = after
        steps = 0
        while i < len(self.tokens) and steps <= reach:
            token = self.tokens[i]
            if token.start >= limit:
                break
            gap = self.text[position : token.start]
            quote = self._quote_in_gap(position, token.start)
            if quote is not None and self._names_a_medium(i - 1, quote):
                # لصحيفة "لو جورنال دو ديمانش": the quotation marks hold a name, not words.
                close = self.doc.quote_opening_at(quote)
                assert close is not None
                position = close.close + 1
                i = self.doc.token_index(position)
                steps += 1
                continue
            if quote is not None:
                return quote
            if ":" in gap and steps:
                return token.start
            word = token.text
            if word in self.lex.complementizers:
                nxt = self.doc.token_index(token.end)
                if nxt < len(self.tokens):
                    q = self._quote_in_gap(token.end, self.tokens[nxt].start)
                    if q is not None:
                        return q
                    return self.tokens[nxt].start
                return token.end
            if word in self.lex.pronoun_complementizers:
                return token.start
            if word in cue.form.prepositions:
                nxt = self.doc.token_index(token.end)
                if nxt < len(self.tokens):
                    after_prep = self.tokens[nxt]
                    if after_prep.text in self.lex.complementizers:
                        i = nxt
                        position = token.end
                        steps += 1
                        continue
                    q = self._quote_in_gap(token.end, after_prep.start)
                    if q is not None:
                        return q
                    return after_prep.start
            if word == "ب" and "ب" in cue.form.prepositions:  # بـ"القاتل"
                q = self._quote_in_gap(token.end, limit)
                if q is not None:
                    return q
            if (
                "ب" in cue.form.prepositions
                and word.startswith("ب")
                and len(word) > 3
                and word not in self.lex.cues
                and word[1:] not in self.fw.prepositions
                and token.start not in self.by_start
            ):
                return token.start
            if word in self.lex.cues or (word[:1] in "وف" and word[1:] in self.lex.cues):
                break
            position = token.end
            i += 1
            steps += 1
        quote = self._quote_in_gap(position, limit)
        if quote is not None:
            return quote
        return None

    def _names_a_medium(self, i: int, quote: int) -> bool:
        """A short quotation right after a newspaper's head noun or an agency's name holds a
        name ("سانا", "لو جورنال دو ديمانش") rather than words."""
        pair = self.doc.quote_opening_at(quote)
        if i < 0 or pair is None or len(self.text[pair.open : pair.close].split()) > _NAME_WORDS:
            return False
        named = self.by_end.get(self.tokens[i].end)
        return (named is not None and named.kind is ActorKind.MEDIA) or (
            self.fw.media_heads.match_at(self.text, self.tokens[i].start) is not None
        )

    def _quote_in_gap(self, start: int, end: int) -> int | None:
        for position in range(start, min(end, len(self.text))):
            char = self.text[position]
            if char == '"':
                return position if self.doc.quote_opening_at(position) else None
            if not (char.isspace() or char in ":،,"):
                return None
        return None

    def _content_end(self, start: int, next_clause: int) -> int:
        _, sentence_end = self.doc.sentence_of(start)
        end = min(sentence_end, next_clause) if next_clause > start else sentence_end
        opening = self.doc.quote_opening_at(start)
        if (
            opening is not None
            and opening.close < end
            and self._quote_ends_report(opening.close, end)
        ):
            return opening.close + 1
        # After a comma the reporter may take over: an attribution ("، بحسب"), a circumstance
        # ("، دون أن", "، إثر") or a closing relative clause ("، الذي تدعمه موسكو.").
        for marker in (self.fw.attribution_markers, self.fw.narrator_markers):
            for m in self.doc.matches_in(marker, start, end):
                word_start = self._word_start(m.start)
                if self._after_comma(start, word_start):
                    end = word_start
                    break
        end = self._cut_final_relative(start, end)
        # A quotation opened inside the content closes inside it too.
        for q in self.doc.quotes_opening_within(start, end):
            if end < q.close:
                end = q.close + 1
        return end

    def _word_start(self, position: int) -> int:
        """Where the word holding ``position`` begins: "بحسب" for a match on its "حسب"."""
        i = self.doc.token_containing(position)
        return position if i is None else self.tokens[i].start

    def _after_comma(self, start: int, position: int) -> bool:
        preceding = self.text[max(start, position - 3) : position]
        return "،" in preceding or "," in preceding

    def _quote_ends_report(self, close: int, end: int) -> bool:
        """After a quotation, a comma or the reporter's words end the statement."""
        rest = self.text[close + 1 : end].lstrip(" ")
        if not rest or rest[0] in "،,.":
            return True
        return any(
            m.start == close + 1 + (len(self.text[close + 1 : end]) - len(rest))
            for matcher in (self.fw.attribution_markers, self.fw.narrator_markers)
            for m in self.doc.matches_in(matcher, close + 1, end)
        )

    def _cut_final_relative(self, start: int, end: int) -> int:
        i = self.doc.token_index(start)
        while i < len(self.tokens) and self.tokens[i].start < end:
            token = self.tokens[i]
            if (
                token.text in self.fw.relative_pronouns
                and self._after_comma(start, token.start)
                and not re.search(r"[،,]", self.text[token.end : end].rstrip(_TRIM))
                and not self.doc.inside_quote(token.start)
            ):
                return token.start
            i += 1
        return end

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in _TRIM:
            start += 1
        while end > start and self.text[end - 1] in _TRIM:
            end -= 1
        return start, end

    def _shape(self, start: int, end: int) -> tuple[int, int, StatementMode]:
        start, end = self._trim(start, end)
        q = self.doc.quote_opening_at(start)
        if q is None and start < end:
            # A pronoun complementiser before a whole quotation: إنه "..."
            i = self.doc.token_index(start)
            if i < len(self.tokens) and self.tokens[i].text in self.lex.pronoun_complementizers:
                nxt = self._quote_in_gap(self.tokens[i].end, end)
                if nxt is not None:
                    inner = self.doc.quote_opening_at(nxt)
                    if inner is not None and inner.close + 1 >= end:
                        q = inner
        if q is not None and q.close + 1 >= end:
            inner_start, inner_end = q.open + 1, q.close
            while inner_start < inner_end and self.text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and self.text[inner_end - 1].isspace():
                inner_end -= 1
            return inner_start, inner_end, StatementMode.DIRECT
        if '"' in self.text[start:end]:
            return start, end, StatementMode.MIXED
        return start, end, StatementMode.INDIRECT

    def _channel(self, start: int, end: int) -> tuple[int, int] | None:
        """The medium of the statement: an agency it was given to, else a setting (بيان)."""
        first = bisect.bisect_left(self._mention_starts, start)
        for mention in self.mentions[first:]:
            if mention.phrase_start >= end:
                break
            if mention.kind is ActorKind.MEDIA:
                # A name written in quotes keeps its closing mark: صحيفة "لو جورنال دو ديمانش".
                closing = self.doc.quote_closing_at(mention.end)
                return mention.phrase_start, mention.end + (closing is not None)
        for m in self.doc.matches_in(self.fw.channels, start, end):
            return m.start, m.end
        return None

    # -- the pass -------------------------------------------------------------------------
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
            if any(f.start < marker_start and f.end > sentence_start for f in self.found):
                continue  # the attribution belongs to a statement already found
            cue = _Cue(index=i + 1, token=verb, form=form, clause_start=m.start, opens_clause=False)
            speaker, _, _ = self._subject_after(cue)
            if speaker is None:
                speaker, _ = self._noun_phrase_subject(cue)
            if speaker is None:
                continue
            start, end, mode = self._shape(sentence_start, marker_start)
            if end > start:
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

    def _reports_something(self, cue: _Cue) -> bool:
        _, sentence_end = self.doc.sentence_of(cue.token.start)
        _, subject_end, _ = self._subject_after(cue)
        return (
            self._content_start(cue, subject_end, sentence_end) is not None
            or self._quote_before(cue) is not None
        )

    def _remember_clause_subjects(self) -> None:
        """Subjects of clause-initial verbs ("وأدان X ...", "، هنأ X ...") and sentence-initial
        names are antecedents for a later dropped subject ("وأضاف أن ...")."""
        for mention in self.mentions:
            if mention.kind is ActorKind.STATE and mention.place:
                continue
            if self.doc.inside_quote(mention.phrase_start):
                continue
            i = self.doc.token_before(mention.phrase_start)
            if i < 0 or self._clause_initial(i + 1):
                self.history.append((mention.start, mention))
                continue
            verb = self.tokens[i]
            if verb.text in self.lex.complementizers:
                # "إلا أن لافروف انتقد ...", "بيد أن واشنطن ...": a new main clause.
                if i > 0 and self.tokens[i - 1].text in self.fw.clause_openers:
                    self.history.append((mention.start, mention))
                continue
            if verb.text in self.fw.prepositions:
                continue
            if self._clause_initial(i) and not self.by_end.get(verb.end):
                self.history.append((mention.start, mention))
        self.history.sort(key=lambda item: item[0])

    def _clause_initial(self, i: int) -> bool:
        """Token ``i`` opens a clause: first in its sentence, after a comma, or a و/ف verb."""
        if i >= len(self.tokens):
            return False
        token = self.tokens[i]
        sentence_start, _ = self.doc.sentence_of(token.start)
        if i == 0 or self.tokens[i - 1].end <= sentence_start:
            return True
        gap = self.text[self.tokens[i - 1].end : token.start]
        if "،" in gap or "," in gap:
            return True
        word = token.text
        if word[:1] in "وف" and len(word) > 3 and word[1:2] != "ل":
            return True
        # "وقد لوّح X", "وكان X قد قال": the auxiliary opens the clause for the verb after it.
        return self.tokens[i - 1].text in _AUXILIARIES and self._clause_initial(i - 1)

    def _statement(self, cue: _Cue, next_clause: int) -> Found | None:
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
                if speaker is not None and not _agrees(cue.form.gender, speaker):
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

    def _negated(self, cue: _Cue) -> bool:
        """ "لم يكشف", "ولن يقبل": a negation particle right before the verb, in its clause."""
        if cue.index == 0:
            return False
        previous = self.tokens[cue.index - 1]
        if self.text[previous.end : cue.token.start].strip():
            return False
        word = previous.text[1:] if previous.text[:1] == "و" else previous.text
        return word in self.lex.negators

    def _quote_before(self, cue: _Cue) -> tuple[int, int] | None:
        """“...”، قال لافروف: the quotation precedes its cue."""
        position = cue.token.start - 1
        while position >= 0 and self.text[position] in " ،,\n":
            if self.text[position] == "\n":
                return None
            position -= 1
        q = self.doc.quote_closing_at(position) if position >= 0 else None
        if q is None:
            return None
        return q.open, q.close

    def _make(
        self,
        cue: _Cue,
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


def _outermost(mentions: list[Candidate]) -> list[Candidate]:
    """Drop mentions nested in another's phrase: الكرملين in المتحدث باسم الكرملين is no subject."""
    result: list[Candidate] = []
    reach = -1
    for m in sorted(mentions, key=lambda c: (c.phrase_start, -c.end)):
        if m.end <= reach:
            continue
        result.append(m)
        reach = max(reach, m.end)
    return result


def _agrees(gender: Gender | None, cand: Candidate) -> bool:
    if gender is None or cand.gender is None:
        return True
    if gender is Gender.PLURAL:
        return cand.gender in (Gender.PLURAL, Gender.DUAL) or cand.kind is ActorKind.GROUP
    if gender is Gender.DUAL:
        return cand.gender in (Gender.DUAL, Gender.PLURAL)
    if cand.gender in (Gender.PLURAL, Gender.DUAL):
        # Broken plurals of non-humans agree in the feminine singular: قالت مصادر.
        return gender is Gender.FEMININE
    return gender is cand.gender


def find_statements(doc: Document, mentions: list[Candidate]) -> list[Found]:
    """Statements in text order."""
    return _Extractor(doc, mentions).run()
