"""Cue words and the clauses they open: "وقال" starts a clause, "تقول" inside a noun phrase
does not, and "لم يكشف" is a negated act of saying."""

from __future__ import annotations

from itertools import compress, count

from syria_talks.lexicon import CueForm
from syria_talks.parsing.context import COMMA, OPENER_REACH, Cue, StatementContext

__all__ = ["clause_initial", "document_after", "find_cues", "negated"]

# Makes a Cue from its fields, in order, in C: a named tuple's own __new__ is
# Python code, and a document has a cue every few dozen words.
_new = tuple.__new__


def find_cues(ctx: StatementContext) -> list[Cue]:
    """The verbs and nouns of saying that report something, in text order, with their clause."""
    result: list[Cue] = []
    forms, words, starts, ends = ctx.cue_forms, ctx.tokens.words, ctx.tokens.starts, ctx.tokens.ends
    inside_quote, sentence_of = ctx.doc.inside_quote, ctx.doc.sentence_of
    # Most words are no cue: one set look-up each, made in C, and only the few cue words
    # are read further.
    for i in compress(count(), map(ctx.cue_words.__contains__, words)):
        word, start = words[i], starts[i]
        form = forms[word]
        if inside_quote(start) or not _is_cue(ctx, i, form):
            continue
        clause_start, opens = clause_start_of(ctx, i, form)
        cue = (i, word, form, clause_start, opens, sentence_of(start), start, ends[i])
        result.append(_new(Cue, cue))
    return result


def _is_cue(ctx: StatementContext, i: int, form: CueForm) -> bool:
    """Whether a word that can be a cue is one where it stands."""
    # Every test here rejects, so they run cheapest first: the word before, then the rest.
    previous = ctx.tokens.words[i - 1] if i else ""
    if previous in ctx.fw.what_relatives:  # "ما قاله", "ما وصفه بـ": a label, not a report
        return False
    if previous in ctx.fw.prepositions and not form.noun:
        return False  # "في إشارة إلى", "عبر البريد": after a preposition it is a noun
    if form.noun and previous in ctx.lex.cues:  # "وأضاف بالقول": the verb is the cue
        return False
    if ctx.doc.in_headline(ctx.tokens.starts[i]):
        return False  # a headline restates what the text reports
    if form.relays and _relays_a_noun_of_saying(ctx, i):
        return False
    if form.in_document and document_after(ctx, i) is None:
        return False  # جاء is a verb of saying only in "جاء في بيان"
    return not (form.participle and _qualifies_a_noun(ctx, i))


def _qualifies_a_noun(ctx: StatementContext, i: int) -> bool:
    """ "تقارير مؤكدة": a participle right after an indefinite common noun is its adjective;
    as an act of saying it follows a comma, a quotation or a definite phrase."""
    if i == 0:
        return False
    text, tokens = ctx.text, ctx.tokens
    if i + 1 < len(tokens.words):
        after = tokens[i + 1]
        gap = text[tokens.ends[i] : after.start]
        if (
            after.text in ctx.lex.complementizers
            or after.text in ctx.lex.pronoun_complementizers
            or ":" in gap
            or '"' in gap
        ):
            return False  # "مستمر مؤكدا أن ...": what follows is reported
    previous = tokens[i - 1]
    return not (
        text[previous.end : tokens.starts[i]].strip()
        or ctx.shape.is_definite(previous.text)
        or previous.end in ctx.by_end
        or previous.text in ctx.lex.cues
        or ctx.shape.without_conjunction(previous.text) in ctx.lex.cues
        or ctx.doc.has_pronoun_suffix(previous)
        or previous.text in ctx.fw.prepositional_pronouns
        or ctx.lex.place_matcher.match_at(text, previous.start) is not None
        or ctx.lex.country_matcher.match_at(text, previous.start) is not None
        or not previous.text.isalpha()
    )


def document_after(ctx: StatementContext, i: int) -> tuple[int, bool] | None:
    """ "جاء في بيان", "جاء في البيان": where the document's noun ends, and whether it is
    definite (the document named before)."""
    tokens = ctx.tokens
    if i + 2 >= len(tokens.words) or tokens.words[i + 1] not in ctx.fw.prepositions:
        return None
    noun = tokens[i + 2]
    anaphor = ctx.lex.anaphors.get(noun.text)
    if anaphor is not None and anaphor.channel is not None:
        return noun.end, True
    found = ctx.fw.channels.match_at(ctx.text, noun.start)
    return None if found is None else (found.end, False)


def _relays_a_noun_of_saying(ctx: StatementContext, i: int) -> bool:
    """ "نقلت وكالة X عن Y قوله إن": the noun of saying after عن is the cue, not نقلت."""
    _, sentence_end = ctx.doc.sentence_of(ctx.tokens.starts[i])
    after_an = False
    for token in ctx.tokens[i + 1 : i + 1 + OPENER_REACH]:
        if token.start >= sentence_end or token.text in ctx.lex.complementizers:
            return False
        after_an = after_an or token.text in ctx.fw.source_prepositions
        form = ctx.lex.cues.get(token.text)
        if after_an and form is not None and form.noun:
            return True
    return False


def clause_start_of(ctx: StatementContext, i: int, form: CueForm) -> tuple[int, bool]:
    """Where the clause of the cue at token ``i`` begins, and whether the cue opens it (a
    clause it opens ends the content of the statement before)."""
    words, starts = ctx.tokens.words, ctx.tokens.starts
    word = words[i]
    if i in ctx.sentence_openers:
        return starts[i], True
    # "وقال", "فأكد": shape.without_conjunction(word) in the lexicon's cues, inlined (a word
    # is never empty; a one-letter word has no stem after its conjunction).
    if word[0] in ctx.shape.conjunctions and len(word) > 1 and word[1:] in ctx.lex.cues:
        return starts[i], True
    if _opens_a_clause(ctx, words[i - 1]):
        return starts[i - 1], True  # "فيما قال", "كما أكد", "ثم قال"
    if form.participle:
        return starts[i], True  # "مضيفا": a circumstantial clause of its own
    if i in ctx.comma_openers:
        return ctx.tokens.ends[i - 1], True
    subject_start = _subject_clause_start(ctx, i)
    if subject_start is not None:
        return subject_start, True
    particle_start = _particle_clause_start(ctx, i)
    if particle_start is not None:
        return particle_start, True
    return starts[i], False


def _opens_a_clause(ctx: StatementContext, word: str) -> bool:
    """A clause opener (فيما، كما، بينما), alone or after و/ف, a conjunction written apart, or
    "والذي"."""
    shape, fw = ctx.shape, ctx.fw
    bare = shape.without_conjunction(word)
    return (
        word in fw.clause_openers
        or bare in fw.clause_openers
        or (shape.conjunction(word) == "و" and bare in fw.relative_pronouns)
        or word in shape.standalone_conjunctions
    )


def _particle_clause_start(ctx: StatementContext, i: int) -> int | None:
    """A negation or a resumptive pronoun sits between the clause opener and the verb:
    "كما لم تعلن", "ولم يكشف", "إلا أنه أعرب"."""
    words, starts, shape = ctx.tokens.words, ctx.tokens.starts, ctx.shape
    previous = words[i - 1]
    negation = shape.without_conjunction(previous) in ctx.lex.negators
    if not (negation or previous in ctx.lex.pronoun_complementizers):
        return None
    if negation and shape.conjunction(previous):
        return starts[i - 1]  # "ولم يكشف"
    if i - 1 in ctx.sentence_openers:
        return starts[i - 1]
    earlier = words[i - 2]
    if earlier in ctx.fw.clause_openers or earlier in shape.standalone_conjunctions:
        return starts[i - 2]
    if i - 1 in ctx.comma_openers:
        return starts[i - 1]
    return None


def _subject_clause_start(ctx: StatementContext, i: int) -> int | None:
    """ "لكن الأسد قال", "، وواشنطن تقول": a subject written before its verb opens the
    clause when a clause opener, a comma or the sentence start stands before it."""
    mention = ctx.by_end.get(ctx.tokens.ends[i - 1])
    if mention is None:
        return None
    j = ctx.doc.token_before(mention.phrase_start)
    sentence_start, _ = ctx.doc.sentence_of(mention.phrase_start)
    if j < 0 or ctx.tokens.ends[j] <= sentence_start:
        return mention.phrase_start
    if COMMA.search(ctx.text, ctx.tokens.ends[j], mention.phrase_start):
        return mention.phrase_start
    if ctx.tokens.words[j] in ctx.fw.clause_openers:
        return ctx.tokens.starts[j]
    return None


def clause_initial(ctx: StatementContext, i: int) -> bool:
    """Token ``i`` opens a clause: first in its sentence, after a comma, or a و/ف verb."""
    words = ctx.tokens.words
    if i >= len(words):
        return False
    sentence_openers, comma_openers = ctx.sentence_openers, ctx.comma_openers
    conjunctions, auxiliaries = ctx.shape.conjunctions, ctx.fw.auxiliaries
    # A loop, not recursion: a run of auxiliaries ("قد قد قد ...") may be any length.
    while True:
        if i in sentence_openers or i in comma_openers:
            return True
        word = words[i]
        # A و/ف verb opens a clause: not "ولد" or a word of four letters or fewer, nor "ول...".
        # (shape.conjunction(word), inlined: a word is never empty.)
        if word[0] in conjunctions and len(word) > 3 and word[1] != "ل":
            return True
        # "وقد لوّح X", "وكان X قد قال": the auxiliary opens the clause for the verb after it.
        if words[i - 1] not in auxiliaries:
            return False
        i -= 1


def negated(ctx: StatementContext, cue: Cue) -> bool:
    """ "لم يكشف", "ولن يقبل": a negation particle right before the verb, in its clause."""
    i = cue.token_index
    if i == 0:
        return False
    if ctx.text[ctx.tokens.ends[i - 1] : ctx.tokens.starts[i]].strip():
        return False
    return ctx.shape.without_conjunction(ctx.tokens.words[i - 1]) in ctx.lex.negators
