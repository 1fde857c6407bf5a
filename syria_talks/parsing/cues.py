"""Cue words and the clauses they open: "وقال" starts a clause, "تقول" inside a noun phrase
does not, and "لم يكشف" is a negated act of saying."""

from __future__ import annotations

from syria_talks.lexicon import CueForm
from syria_talks.parsing.context import COMMA, OPENER_REACH, Cue, StatementContext

__all__ = ["CueRules"]


class CueRules(StatementContext):
    def cues(self) -> list[Cue]:
        result: list[Cue] = []
        for i, word in enumerate(self.tokens.words):
            form = self._cue_form(word)
            if form is None or self.doc.inside_quote(self.tokens.starts[i]):
                continue
            token = self.tokens[i]
            if self.doc.in_headline(token.start):
                continue  # a headline restates what the text reports
            if form.relays and self._relays_a_noun_of_saying(i):
                continue
            if form.in_document and self._document_after(i) is None:
                continue  # جاء is a verb of saying only in "جاء في بيان"
            previous = self.tokens[i - 1].text if i else ""
            if previous == "ما":  # "ما قاله", "ما وصفه بـ": a label, not a report
                continue
            if previous in self.fw.prepositions and not form.noun:
                continue  # "في إشارة إلى", "عبر البريد": after a preposition it is a noun
            if previous in self.lex.cues and form.noun:  # "وأضاف بالقول": the verb is the cue
                continue
            if form.participle and self._qualifies_a_noun(i):
                continue
            clause_start, opens = self._clause_start(i, form)
            result.append(
                Cue(index=i, token=token, form=form, clause_start=clause_start, opens_clause=opens)
            )
        return result

    def _qualifies_a_noun(self, i: int) -> bool:
        """ "تقارير مؤكدة": a participle right after an indefinite common noun is its adjective;
        as an act of saying it follows a comma, a quotation or a definite phrase."""
        if i == 0:
            return False
        if i + 1 < len(self.tokens):
            after = self.tokens[i + 1]
            gap = self.text[self.tokens[i].end : after.start]
            if (
                after.text in self.lex.complementizers
                or after.text in self.lex.pronoun_complementizers
                or ":" in gap
                or '"' in gap
            ):
                return False  # "مستمر مؤكدا أن ...": what follows is reported
        previous = self.tokens[i - 1]
        return not (
            self.text[previous.end : self.tokens[i].start].strip()
            or self.doc.shape.is_definite(previous.text)
            or previous.end in self.by_end
            or previous.text in self.lex.cues
            or previous.text[1:] in self.lex.cues
            or self.doc.has_pronoun_suffix(previous)
            or previous.text in self.fw.prepositional_pronouns
            or self.lex.place_matcher.match_at(self.text, previous.start) is not None
            or self.lex.country_matcher.match_at(self.text, previous.start) is not None
            or not previous.text.isalpha()
        )

    def _document_after(self, i: int) -> tuple[int, bool] | None:
        """ "جاء في بيان", "جاء في البيان": where the document's noun ends, and whether it is
        definite (the document named before)."""
        if i + 2 >= len(self.tokens) or self.tokens[i + 1].text not in self.fw.prepositions:
            return None
        noun = self.tokens[i + 2]
        anaphor = self.lex.anaphors.get(noun.text)
        if anaphor is not None and anaphor.channel is not None:
            return noun.end, True
        found = self.fw.channels.match_at(self.text, noun.start)
        return None if found is None else (found.end, False)

    def _relays_a_noun_of_saying(self, i: int) -> bool:
        """ "نقلت وكالة X عن Y قوله إن": the noun of saying after عن is the cue, not نقلت."""
        _, sentence_end = self.doc.sentence_of(self.tokens[i].start)
        after_an = False
        for token in self.tokens[i + 1 : i + 1 + OPENER_REACH]:
            if token.start >= sentence_end or token.text in self.lex.complementizers:
                return False
            after_an = after_an or token.text in self.fw.source_prepositions
            form = self.lex.cues.get(token.text)
            if after_an and form is not None and form.noun:
                return True
        return False

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
        subject_start = self._subject_clause_start(i)
        if subject_start is not None:
            return subject_start, True
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

    def _subject_clause_start(self, i: int) -> int | None:
        """ "لكن الأسد قال", "، وواشنطن تقول": a subject written before its verb opens the
        clause when a clause opener, a comma or the sentence start stands before it."""
        mention = self.by_end.get(self.tokens[i - 1].end)
        if mention is None:
            return None
        j = self.doc.token_before(mention.phrase_start)
        sentence_start, _ = self.doc.sentence_of(mention.phrase_start)
        if j < 0 or self.tokens[j].end <= sentence_start:
            return mention.phrase_start
        if COMMA.search(self.text, self.tokens[j].end, mention.phrase_start):
            return mention.phrase_start
        if self.tokens[j].text in self.fw.clause_openers:
            return self.tokens[j].start
        return None

    def _clause_initial(self, i: int) -> bool:
        """Token ``i`` opens a clause: first in its sentence, after a comma, or a و/ف verb."""
        if i >= len(self.tokens):
            return False
        # A loop, not recursion: a run of auxiliaries ("قد قد قد ...") may be any length.
        while True:
            token = self.tokens[i]
            sentence_start, _ = self.doc.sentence_of(token.start)
            if i == 0 or self.tokens.end(i - 1) <= sentence_start:
                return True
            gap = self.text[self.tokens.end(i - 1) : token.start]
            if "،" in gap or "," in gap:
                return True
            word = token.text
            if word[:1] in "وف" and len(word) > 3 and word[1:2] != "ل":
                return True
            # "وقد لوّح X", "وكان X قد قال": the auxiliary opens the clause for the verb after it.
            if self.tokens.words[i - 1] not in self.fw.auxiliaries:
                return False
            i -= 1

    def _negated(self, cue: Cue) -> bool:
        """ "لم يكشف", "ولن يقبل": a negation particle right before the verb, in its clause."""
        if cue.index == 0:
            return False
        previous = self.tokens[cue.index - 1]
        if self.text[previous.end : cue.token.start].strip():
            return False
        word = previous.text[1:] if previous.text[:1] == "و" else previous.text
        return word in self.lex.negators
