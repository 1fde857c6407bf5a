"""Who said it: the subject after the verb, before it, coordinated with another, named in
quotation marks, reported through عن, or dropped and taken from the last speaker of the same
gender and number."""

from __future__ import annotations

import bisect

import attrs

from syria_talks.lexicon import Anaphor
from syria_talks.model import ActorKind, Gender
from syria_talks.parsing.content import ContentRules
from syria_talks.parsing.context import (
    COMMA,
    NAME_WORDS,
    NP_WORDS,
    OPENER_REACH,
    SUBJECT_REACH,
    Cue,
)
from syria_talks.parsing.mentions import Candidate
from syria_talks.text import Token, fold

__all__ = ["SpeakerRules", "agrees"]

# Antecedents looked at for a dropped or anaphoric subject: the nearest ones only, so a long
# document of reports is not scanned over and over.
_ANTECEDENTS = 64


class SpeakerRules(ContentRules):
    def _subject_after(self, cue: Cue) -> tuple[Candidate | None, int, bool]:
        """The verb's subject right after it (VS order), where it ends, and whether the verb
        has an explicit subject at all (an unknown noun phrase blocks a dropped-subject reading).
        """
        i = self._skip_fillers(cue.index + 1, SUBJECT_REACH)
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
            if mention is not None and self._body_of(token, mention):
                # "وقال مكتب الوزير باسيل", "وقالت بعثة السويد": the person's or state's body.
                end = self._seat_after(mention.end)
                body = self._phrase_candidate(token.start, end, cue.form.gender)
                body = attrs.evolve(body, kind=ActorKind.ORGANIZATION, country=mention.country)
                return body, end, True
        if mention is not None:
            mention = self._coordinated(mention)
            return mention, max(mention.end, mention.apposition_end or 0), True
        anaphor = self.lex.anaphors.get(token.text)
        if anaphor is not None:
            resolved = self._resolve_anaphor(anaphor, cue.token.start)
            if resolved is not None or anaphor.kind is not None or anaphor.channel is not None:
                return resolved, token.end, True
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
            # "ونظيراه الإيراني حسن روحاني والتركي رجب طيب أردوغان": و + nationality + name
            if (
                nxt is None
                and token.text[:1] == "و"
                and i + 1 < len(self.tokens)
                and self.lex.nationality_matcher.match_at(token.text[1:], 0)
            ):
                nxt = self.by_phrase_start.get(self.tokens[i + 1].start)
            # People with people, bodies with bodies, states with states: روسيا ودمشق.
            if nxt is None or nxt.kind is not first.kind or first.kind is ActorKind.MEDIA:
                break
            members.append(nxt)
            position = nxt.end
        if len(members) == 1:
            return first
        names = [self.doc.original_text(m.start, m.end) for m in members]
        # Its surface (an alias) is the whole phrase, titles included; its name, the names.
        return Candidate(
            start=first.phrase_start,
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
        if pair is None or len(self.text[pair.open : pair.close].split()) > NAME_WORDS:
            return None
        rest = self.text[pair.close + 1 :].lstrip(" ")
        if not rest or rest[0] in '.،,:\n"':
            return None
        return self._phrase_candidate(pair.open + 1, pair.close, None)

    def _body_of(self, head: Token, owner: Candidate) -> bool:
        """An institution noun before a person or a state names their body, not them."""
        return head.text in self.fw.org_heads and owner.kind in (ActorKind.PERSON, ActorKind.STATE)

    def _generic_head(self, token: Token) -> bool:
        word = token.text
        return (
            word in self.fw.org_heads
            or self.fw.media_heads.match_at(self.text, token.start) is not None
            or self.fw.channels.match_at(self.text, token.start) is not None
        )

    def _explicit_unknown_subject(self, cue: Cue, token: Token) -> bool:
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
        after = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
        if "ب" in cue.form.prepositions and after.startswith("ب") and len(after) > 3:
            return False  # "واتهم المفوضية بمنع ...": the accused, then what of
        written = self.doc.original_text(token.start, token.end)
        if cue.form.gender is Gender.MASCULINE and written.endswith("ة"):
            return False  # "واتهم المفوضية": a masculine verb's subject is not a feminine noun
        if cue.form.takes_object:
            # "وأعلن مجلس منبج العسكري ... أن": with a complementiser further on the noun
            # phrase is the subject; without one it is the object ("وأكد رفضه للفكرة").
            _, sentence_end = self.doc.sentence_of(token.start)
            found = self._opener(cue, token.end, sentence_end, OPENER_REACH) is not None
            return found or self._object_follows(i)
        return True

    def _object_follows(self, i: int) -> bool:
        """ "أعلن الأكراد تأسيس ...", "أعلنت شركات أوروبية انسحابها": after the subject comes
        its object, an indefinite noun after a definite phrase, or a noun whose pronoun
        suffix points back at the subject."""
        definite = False
        for k in range(i, min(i + NP_WORDS, len(self.tokens))):
            token = self.tokens[k]
            word = token.text
            if k > i and self.text[self.tokens[k - 1].end : token.start].strip():
                return False
            if k > i and word in self.fw.fillers:
                continue  # "أعلن الأكراد الأسبوع الماضي تأسيس": a time between subject and object
            if self._stop_word(word):
                return False
            if k > i and self.doc.has_pronoun_suffix(token):
                return True
            is_definite = self.doc.shape.is_definite(word)
            if k > i and definite and not is_definite:
                return True
            # "اتحاد الفلاحين" is definite through its genitive, as "الأكراد" is by its article.
            definite = definite or is_definite
        return False

    def _stop_word(self, word: str) -> bool:
        return (
            word in self.fw.prepositions
            or word in self.lex.complementizers
            or word in self.lex.pronoun_complementizers
            or word in self.fw.fillers
            or self._cue_form(word) is not None
        )

    def _noun_phrase_subject(self, cue: Cue) -> tuple[Candidate | None, int]:
        """A subject no lexicon knows: "وقال اتحاد منظمات الإغاثة إن", "وأفاد ناشطون أن".

        The noun phrase runs to the complementiser, a preposition, a quote or a comma.
        """
        first = self._skip_fillers(cue.index + 1, SUBJECT_REACH)
        if first >= len(self.tokens):
            return None, cue.token.end
        head = self.tokens[first].text
        if head in self.fw.determiners or head in self.fw.impersonal_subjects:
            return None, cue.token.end
        if cue.form.takes_object and self.doc.has_pronoun_suffix(self.tokens[first]):
            return None, cue.token.end  # "وتؤكد تضامنها": a possessed noun is the object
        if head in self._surnames_before(cue.token.start):
            # "وأكد عون رفض لبنان": the surname of someone named earlier is the whole subject.
            token = self.tokens[first]
            return self._phrase_candidate(token.start, token.end, cue.form.gender), token.end
        end = None
        definite = False
        for k in range(first, min(first + NP_WORDS, len(self.tokens))):
            token = self.tokens[k]
            gap = self.text[self.tokens[k - 1].end : token.start] if k > first else ""
            word = token.text
            if k > first and gap.strip():
                break
            # After a definite word an indefinite one starts the object: الجيشان الروسي طائرات;
            # so does a noun whose suffix points back at the subject: شركات أخرى انسحابها.
            is_definite = self.doc.shape.is_definite(word)
            if (definite and not is_definite) or (k > first and self.doc.has_pronoun_suffix(token)):
                break
            definite = definite or is_definite
            if (
                word in self.lex.complementizers
                or word in self.lex.pronoun_complementizers
                or word in self.fw.pronouns  # "المصدر، وهو ...": the phrase ends
                or word in self.fw.prepositions
                or word in self.fw.prepositional_pronouns
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
        end = self._seat_after(end)
        return self._phrase_candidate(self.tokens[first].start, end, cue.form.gender), end

    def _mentions_before(self, position: int) -> list[Candidate]:
        """The nearest mentions before ``position``, nested ones included, oldest first."""
        last = bisect.bisect_left(self._every_start, position)
        return self.every_mention[max(0, last - _ANTECEDENTS) : last]

    def _surnames_before(self, position: int) -> frozenset[str]:
        """The last names of the people named before ``position`` (ميشال عون → عون)."""
        return frozenset(
            fold(m.name).split()[-1]
            for m in self._mentions_before(position)
            if m.kind is ActorKind.PERSON and len(m.name.split()) > 1
        )

    def _seat_after(self, end: int) -> int:
        """A body no lexicon knows keeps where it sits: "البعثة السويدية لدى الأمم المتحدة"."""
        i = self.doc.token_index(end)
        if i + 1 >= len(self.tokens) or self.text[end : self.tokens[i].start].strip():
            return end
        preposition = self.tokens[i].text
        if preposition not in self.fw.affiliation_prepositions:
            return end
        seat = self.by_phrase_start.get(self.tokens[i + 1].start)
        if seat is None or seat.kind is ActorKind.PERSON:
            return end
        # "في طهران", "من دمشق" say where it spoke; only لدى makes a state its seat.
        if seat.kind is ActorKind.STATE and preposition not in self.fw.seat_prepositions:
            return end
        return seat.end

    def _resolve_anaphor(self, anaphor: Anaphor, position: int) -> Candidate | None:
        """البيان is whoever issued the last statement; المرصد، الوزارة the nearest actor
        named with that noun, else the last one of its kind; never one named after ``position``.
        """
        if anaphor.channel is not None:
            for found in reversed(self.found[-_ANTECEDENTS:]):
                channel = found.channel
                if channel and anaphor.channel in self.text[channel[0] : channel[1]]:
                    return found.speaker
        named = self._named_with(fold(anaphor.noun).removeprefix("ال"), position)
        if named is not None or anaphor.kind is None:
            return named  # a bare noun (المجلس) with no such actor before names no one
        last = bisect.bisect_left(self.history, position, key=lambda h: h[0])
        for _, cand in reversed(self.history[max(0, last - _ANTECEDENTS) : last]):
            if cand.kind is anaphor.kind:
                return cand
        return None

    def _named_with(self, head: str, position: int) -> Candidate | None:
        """The nearest actor before ``position`` whose name has ``head`` as a word."""
        for mention in reversed(self._mentions_before(position)):
            if mention.kind is ActorKind.PERSON:
                continue  # "المجلس" is a body, never "رئيس مجلس الوزراء"
            words = fold(mention.name).split()
            if head in words or "ال" + head in words:
                return mention
        return None

    def _adjacent_subject(self, cue: Cue) -> Candidate | None:
        if cue.form.participle or cue.token.text[:1] in "وف" or cue.index == 0:
            return None
        previous = self.tokens[cue.index - 1]
        if self.text[previous.end : cue.token.start].strip():
            return None
        mention = self.by_end.get(previous.end)
        if mention is None or not agrees(cue.form.gender, mention):
            return None
        before = self.doc.token_before(mention.phrase_start)
        if before >= 0 and self.tokens[before].text in self.fw.prepositions:
            return None
        return mention

    def _subject_before(self, cue: Cue) -> Candidate | None:
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

    def _noun_speaker(self, cue: Cue) -> tuple[Candidate | None, Candidate | None]:
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
                k = self._skip_fillers(j + 1, SUBJECT_REACH)
                if k < len(self.tokens):
                    source = self.by_phrase_start.get(self.tokens[k].start)
                break
        return speaker, source

    def _reported_noun_phrase(self, cue: Cue) -> Candidate | None:
        """In "عن وزارة الدفاع قولها" the speaker is what stands between عن and the noun."""
        sentence_start, _ = self.doc.sentence_of(cue.token.start)
        for j in range(cue.index - 1, max(-1, cue.index - 1 - NP_WORDS), -1):
            token = self.tokens[j]
            if token.start < sentence_start:
                return None
            if token.text in self.fw.source_prepositions:
                if j + 1 >= cue.index:
                    return None
                start, end = self.tokens[j + 1].start, self.tokens[cue.index - 1].end
                # "عن فلاديمير إيرماكوف، المسؤول بوزارة الخارجية، قوله": the name, not its title.
                comma = COMMA.search(self.text, start, end)
                if comma is not None:
                    end = self.tokens[self.doc.token_before(comma.start())].end
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

    def _previous_speaker(self, cue: Cue) -> Candidate | None:
        gender = cue.form.gender
        last = bisect.bisect_right(self.history, cue.token.start, key=lambda h: h[0])
        # Walk back in place, and only so far: no slice of the history per cue, and a verb that
        # agrees with nobody nearby ("وقالت" after many men) does not visit every antecedent.
        for k in range(last - 1, max(-1, last - 1 - _ANTECEDENTS), -1):
            cand = self.history[k][1]
            if agrees(gender, cand):
                return cand
        return None

    def _remember_clause_subjects(self) -> None:
        """Subjects of clause-initial verbs ("وأدان X ...", "، هنأ X ...") and sentence-initial
        names are antecedents for a later dropped subject ("وأضاف أن ...")."""
        for mention in self.mentions:
            if self.doc.inside_quote(mention.phrase_start):
                continue
            i = self.doc.token_before(mention.phrase_start)
            if mention.kind is ActorKind.STATE and mention.place:
                # A state speaks as the subject of a verb ("فقد رحبت تركيا"); elsewhere it is
                # a place ("في تركيا"), or the topic of a sentence.
                verb = self.tokens[i] if i >= 0 else None
                if verb and self._clause_initial(i) and verb.text not in self.fw.prepositions:
                    self.history.append((mention.start, mention))
                continue
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
