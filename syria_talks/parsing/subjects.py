"""The subject after a verb of saying (Arabic's usual verb-subject order): a known actor,
speakers joined by و, a body named by its head noun, a name in quotation marks, an anaphor
("البيان", "الوزارة"), or a noun phrase no lexicon knows ("اتحاد منظمات الإغاثة")."""

from __future__ import annotations

import attrs

from syria_talks.model import ActorKind, Gender
from syria_talks.parsing.antecedents import mentions_before, resolve_anaphor
from syria_talks.parsing.context import (
    NAME_WORDS,
    NO_ANTECEDENTS,
    NP_WORDS,
    OPENER_REACH,
    SUBJECT_REACH,
    Antecedents,
    Cue,
    StatementContext,
    Subject,
    skip_fillers,
)
from syria_talks.parsing.mentions import Candidate, CandidateSource, KeyScheme
from syria_talks.parsing.opening import opener
from syria_talks.text import Token, fold

__all__ = [
    "noun_phrase_subject",
    "phrase_candidate",
    "read_subject",
    "resolve_subject",
    "seat_after",
    "subject_after",
]

# Named tuples made in C from their fields, in order, where one is made for every cue: their
# own __new__ is Python code.
_new = tuple.__new__


def subject_after(ctx: StatementContext, cue: Cue, earlier: Antecedents) -> Subject:
    """The verb's subject right after it (or after fillers such as أيضا، اليوم), anaphors
    resolved against ``earlier``."""
    return resolve_subject(ctx, cue, read_subject(ctx, cue), earlier)


def resolve_subject(
    ctx: StatementContext, cue: Cue, subject: Subject, earlier: Antecedents
) -> Subject:
    """``subject`` with its anaphor, if any, resolved against what came before the cue."""
    if subject.anaphor is None:
        return subject
    speaker = resolve_anaphor(ctx, earlier, subject.anaphor, cue.start)
    return Subject(speaker, subject.end, explicit=True)


def read_subject(ctx: StatementContext, cue: Cue) -> Subject:
    """The verb's subject as the words after it give it, an anaphor left unresolved: the same
    for the cue whatever came before it, so it is read once per cue."""
    i = skip_fillers(ctx, cue.token_index + 1, SUBJECT_REACH)
    if i >= len(ctx.tokens.words):
        return Subject(None, cue.end, explicit=False)
    token = ctx.tokens[i]
    between = ctx.text[cue.end : token.start]
    if '"' in between and "\n" not in between:
        quoted = _quoted_name(ctx, cue.end, token.start)
        if quoted is not None:
            return Subject(quoted, quoted.end + 1, explicit=True)
    if "\n" in between or '"' in between:
        return Subject(None, cue.end, explicit=False)  # never inside the quotation
    named = _named_subject(ctx, cue, i, token)
    if named is not None:
        return named
    anaphor = ctx.lex.anaphors.get(token.text)
    if anaphor is not None:
        if anaphor.kind is not None or anaphor.channel is not None:
            return Subject(None, token.end, explicit=True, anaphor=anaphor)
        # A bare noun (المجلس) names the nearest body with that word, or no one: no earlier
        # speaker is needed to tell.
        body = resolve_anaphor(ctx, NO_ANTECEDENTS, anaphor, cue.start)
        if body is not None:
            return Subject(body, token.end, explicit=True)
    explicit = _explicit_unknown_subject(ctx, cue, i, token)
    return _new(Subject, (None, cue.end, explicit, None))  # speaker, end, explicit, anaphor


def _named_subject(ctx: StatementContext, cue: Cue, i: int, token: Token) -> Subject | None:
    """A mention at token ``i``, or after its generic head: "وقالت جماعة الخوذ البيضاء"."""
    mention = ctx.by_phrase_start.get(token.start) or ctx.by_start.get(token.start)
    if mention is None and _generic_head(ctx, token) and i + 1 < len(ctx.tokens.words):
        # "وأضاف بيان الخارجية الروسية": the named actor speaks.
        mention = ctx.by_phrase_start.get(ctx.tokens.starts[i + 1])
        if mention is not None and _body_of(ctx, token, mention):
            # "وقال مكتب الوزير باسيل", "وقالت بعثة السويد": the person's or state's body.
            end = seat_after(ctx, mention.end)
            body = phrase_candidate(ctx, token.start, end, cue.form.gender)
            body = attrs.evolve(body, kind=ActorKind.ORGANIZATION, country=mention.country)
            return Subject(body, end, explicit=True)
    if mention is None:
        return None
    mention = _coordinated(ctx, mention)
    end = max(mention.end, mention.apposition_end or 0)
    return _new(Subject, (mention, end, True, None))  # speaker, end, explicit, anaphor


def _coordinated(ctx: StatementContext, first: Candidate) -> Candidate:
    """Speakers joined by و speak together: "الصدر والعامري", "أردوغان وبوتين وروحاني"."""
    members = [first]
    position = first.end
    text = ctx.text
    while True:
        after = text[position + 1 : position + 2]
        if text[position : position + 1] == " " and after != "و" and not after.isspace():
            break  # the usual case, told by two characters: one space, then no و
        following = _next_conjunct(ctx, position)
        # People with people, bodies with bodies, states with states: روسيا ودمشق.
        if following is None or following.kind is not first.kind or first.kind is ActorKind.MEDIA:
            break
        members.append(following)
        position = following.end
    if len(members) == 1:
        return first
    names = [ctx.doc.original_text(m.start, m.end) for m in members]
    # Its surface (an alias) is the whole phrase, titles included; its name, the names.
    return Candidate(
        start=first.phrase_start,
        end=members[-1].end,
        phrase_start=first.phrase_start,
        key=KeyScheme.GROUP.key("+".join(m.key for m in members)),
        name=" و".join(names),
        kind=ActorKind.GROUP,
        source=CandidateSource.COORDINATION,
        gender=Gender.PLURAL,
    )


def _next_conjunct(ctx: StatementContext, position: int) -> Candidate | None:
    """The mention joined by و right after ``position``."""
    tokens = ctx.tokens
    i = ctx.doc.token_index(position)
    if i >= len(tokens.words) or ctx.text[position : tokens.starts[i]].strip():
        return None
    word = tokens.words[i]
    if ctx.shape.conjunction(word) != "و":
        return None
    following = ctx.by_phrase_start.get(tokens.starts[i] + 1)
    # "ونظيراه الإيراني حسن روحاني والتركي رجب طيب أردوغان": و + nationality + name
    if (
        following is None
        and i + 1 < len(tokens.words)
        and ctx.lex.nationality_matcher.match_at(ctx.shape.without_conjunction(word), 0)
    ):
        following = ctx.by_phrase_start.get(tokens.starts[i + 1])
    return following


def _quoted_name(ctx: StatementContext, start: int, end: int) -> Candidate | None:
    """'أكد "مركز إعلام دمشق" التابع للمعارضة ...': a short quotation followed by more of the
    clause is the subject's name, not the words reported."""
    pair = next(iter(ctx.doc.quotes_opening_within(start, end)), None)
    if pair is None or len(ctx.text[pair.open : pair.close].split()) > NAME_WORDS:
        return None
    rest = ctx.text[pair.close + 1 :].lstrip(" ")
    if not rest or rest[0] in '.،,:\n"':
        return None
    return phrase_candidate(ctx, pair.open + 1, pair.close, None)


def _body_of(ctx: StatementContext, head: Token, owner: Candidate) -> bool:
    """An institution noun before a person or a state names their body, not them."""
    return head.text in ctx.fw.org_heads and owner.kind in (ActorKind.PERSON, ActorKind.STATE)


def _generic_head(ctx: StatementContext, token: Token) -> bool:
    return (
        token.text in ctx.fw.org_heads
        or ctx.fw.media_heads.match_at(ctx.text, token.start) is not None
        or ctx.fw.channels.match_at(ctx.text, token.start) is not None
    )


def _explicit_unknown_subject(ctx: StatementContext, cue: Cue, i: int, token: Token) -> bool:
    """Whether the word after the verb (token ``i``) starts a subject no lexicon knows (so the
    verb has an explicit subject, and no earlier speaker may be taken for it)."""
    if ctx.text[ctx.tokens.ends[i - 1] : token.start].strip():
        return False
    word, fw, lex, shape = token.text, ctx.fw, ctx.lex, ctx.shape
    if word in fw.determiners:
        return True
    if word in fw.impersonal_subjects:
        return False  # "ونفى معلومات مفادها أن": a report is the object
    if cue.form.participle or (
        word in fw.prepositions
        or word in lex.complementizers
        or word in lex.pronoun_complementizers
        or word in cue.form.prepositions
        or shape.preposition(word)
        or word in fw.addressees
    ):
        return False
    after = ctx.tokens.words[i + 1] if i + 1 < len(ctx.tokens.words) else ""
    if "ب" in cue.form.prepositions and shape.preposition(after) == "ب" and len(after) > 3:
        return False  # "واتهم المفوضية بمنع ...": the accused, then what of
    written = ctx.doc.original_text(token.start, token.end)
    if cue.form.gender is Gender.MASCULINE and shape.ends_in_ta_marbuta(written):
        return False  # "واتهم المفوضية": a masculine verb's subject is not a feminine noun
    if cue.form.takes_object:
        # "وأعلن مجلس منبج العسكري ... أن": with a complementiser further on the noun
        # phrase is the subject; without one it is the object ("وأكد رفضه للفكرة").
        _, sentence_end = ctx.doc.sentence_of(token.start)
        found = opener(ctx, cue, token.end, sentence_end, OPENER_REACH) is not None
        return found or _object_follows(ctx, i)
    return True


def _object_follows(ctx: StatementContext, i: int) -> bool:
    """ "أعلن الأكراد تأسيس ...", "أعلنت شركات أوروبية انسحابها": after the subject comes
    its object, an indefinite noun after a definite phrase, or a noun whose pronoun
    suffix points back at the subject."""
    tokens = ctx.tokens
    definite = False
    for k in range(i, min(i + NP_WORDS, len(tokens.words))):
        word = tokens.words[k]
        if k > i and ctx.text[tokens.ends[k - 1] : tokens.starts[k]].strip():
            return False
        if k > i and word in ctx.fw.fillers:
            continue  # "أعلن الأكراد الأسبوع الماضي تأسيس": a time between subject and object
        if _ends_a_phrase(ctx, word):
            return False
        if k > i and ctx.doc.has_pronoun_suffix(tokens[k]):
            return True
        is_definite = ctx.shape.is_definite(word)
        if k > i and definite and not is_definite:
            return True
        # "اتحاد الفلاحين" is definite through its genitive, as "الأكراد" is by its article.
        definite = definite or is_definite
    return False


def _ends_a_phrase(ctx: StatementContext, word: str) -> bool:
    return (
        word in ctx.fw.prepositions
        or word in ctx.lex.complementizers
        or word in ctx.lex.pronoun_complementizers
        or word in ctx.fw.fillers
        or ctx.cue_form(word) is not None
    )


def noun_phrase_subject(ctx: StatementContext, cue: Cue) -> tuple[Candidate | None, int]:
    """A subject no lexicon knows: "وقال اتحاد منظمات الإغاثة إن", "وأفاد ناشطون أن", and
    where it ends. The noun phrase runs to the complementiser, a preposition, a quote or a
    comma, or to the object after it."""
    first = skip_fillers(ctx, cue.token_index + 1, SUBJECT_REACH)
    if first >= len(ctx.tokens.words):
        return None, cue.end
    head = ctx.tokens[first]
    if head.text in ctx.fw.determiners or head.text in ctx.fw.impersonal_subjects:
        return None, cue.end
    if cue.form.takes_object and ctx.doc.has_pronoun_suffix(head):
        return None, cue.end  # "وتؤكد تضامنها": a possessed noun is the object
    if head.text in _surnames_before(ctx, cue.start):
        # "وأكد عون رفض لبنان": the surname of someone named earlier is the whole subject.
        return phrase_candidate(ctx, head.start, head.end, cue.form.gender), head.end
    end = _noun_phrase_end(ctx, cue, first)
    if end is None:
        return None, cue.end
    end = seat_after(ctx, end)
    return phrase_candidate(ctx, head.start, end, cue.form.gender), end


def _noun_phrase_end(ctx: StatementContext, cue: Cue, first: int) -> int | None:
    tokens, fw, lex = ctx.tokens, ctx.fw, ctx.lex
    end = None
    definite = False
    for k in range(first, min(first + NP_WORDS, len(tokens.words))):
        token = tokens[k]
        if k > first and ctx.text[tokens.ends[k - 1] : token.start].strip():
            break
        word = token.text
        # After a definite word an indefinite one starts the object: الجيشان الروسي طائرات;
        # so does a noun whose suffix points back at the subject: شركات أخرى انسحابها.
        is_definite = ctx.shape.is_definite(word)
        if (definite and not is_definite) or (k > first and ctx.doc.has_pronoun_suffix(token)):
            break
        definite = definite or is_definite
        if (
            word in lex.complementizers
            or word in lex.pronoun_complementizers
            or word in fw.pronouns  # "المصدر، وهو ...": the phrase ends
            or word in fw.prepositions
            or word in fw.prepositional_pronouns
            or word in fw.addressees
            or word in fw.fillers
            or word in cue.form.prepositions
            or ctx.cue_form(word) is not None
            or ctx.by_phrase_start.get(token.start) is not None
        ):
            break
        end = token.end
    return end


def _surnames_before(ctx: StatementContext, position: int) -> frozenset[str]:
    """The last names of the people named before ``position`` (ميشال عون → عون)."""
    people = [m.name for m in mentions_before(ctx, position) if m.kind is ActorKind.PERSON]
    return frozenset(filter(None, map(_surname, people)))


def _surname(name: str) -> str | None:
    """The last word of a name of more than one word, folded."""
    return fold(name).split()[-1] if len(name.split()) > 1 else None


def seat_after(ctx: StatementContext, end: int) -> int:
    """A body no lexicon knows keeps where it sits: "البعثة السويدية لدى الأمم المتحدة"."""
    tokens = ctx.tokens
    i = ctx.doc.token_index(end)
    if i + 1 >= len(tokens.words) or ctx.text[end : tokens.starts[i]].strip():
        return end
    preposition = tokens.words[i]
    if preposition not in ctx.fw.affiliation_prepositions:
        return end
    seat = ctx.by_phrase_start.get(tokens.starts[i + 1])
    if seat is None or seat.kind is ActorKind.PERSON:
        return end
    # "في طهران", "من دمشق" say where it spoke; only لدى makes a state its seat.
    if seat.kind is ActorKind.STATE and preposition not in ctx.fw.seat_prepositions:
        return end
    return seat.end


def phrase_candidate(
    ctx: StatementContext, start: int, end: int, gender: Gender | None
) -> Candidate:
    """An actor no lexicon knows, named by the words from ``start`` to ``end``."""
    name = ctx.doc.original_text(start, end)
    head = ctx.tokens.words[ctx.doc.token_index(start)]
    kind = ActorKind.GROUP
    if head in ctx.fw.org_heads or ctx.shape.without_article(head) in ctx.fw.org_heads:
        kind = ActorKind.ORGANIZATION
    elif ctx.fw.media_heads.match_at(ctx.text, start) is not None:
        kind = ActorKind.MEDIA
    return Candidate(
        start=start,
        end=end,
        phrase_start=start,
        key=KeyScheme.NOUN_PHRASE.key(fold(name)),
        name=name,
        kind=kind,
        source=CandidateSource.NOUN_PHRASE,
        gender=gender,
    )
