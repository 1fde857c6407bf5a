"""Cue words and the clauses they open: "وقال" starts a clause, "تقول" inside a noun phrase
does not, and "لم يكشف" is a negated act of saying."""

from __future__ import annotations

from syria_talks.lexicon import CueForm
from syria_talks.parse.context import Cue, StatementContext

__all__ = ["CueRules"]


class CueRules(StatementContext):
    def cues(self) -> list[Cue]:
        result: list[Cue] = []
        for i, token in enumerate(self.tokens):
            form = self._cue_form(token.text)
            if form is None or self.doc.inside_quote(token.start):
                continue
            previous = self.tokens[i - 1].text if i else ""
            if previous == "ما":  # "ما قاله", "ما وصفه بـ": a label, not a report
                continue
            if previous in self.fw.prepositions and not form.noun:
                continue  # "في إشارة إلى", "عبر البريد": after a preposition it is a noun
            if previous in self.lex.cues and form.noun:  # "وأضاf بالقول": the verb is the cue
                continue
            clause_start, opens = self._clause_start(i, form)
            result.append(
                Cue(index=i, token=token, form=form, clause_start=clause_start, opens_clause=opens)
            )
        return result

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

    def _clause_initial(self, i: int) -> bool:
        """Token ``i`` opens a clause: first in its sentence, after a comma, or a و/ف verb."""
        if i >= len(self.tokens):
            return False
        # A loop, not recursion: a run of auxiliaries ("قد قد قد ...") may be any length.
        while True:
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
            if self.tokens[i - 1].text not in self.fw.auxiliaries:
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
