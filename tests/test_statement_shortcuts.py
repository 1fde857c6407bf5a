"""The statement stage's shortcuts against the readings they replace, on texts made of cues,
names, titles, prepositions, quotation marks and stops: a content end told the cue's sentence,
a verb's object told by the genders before the fillers, a name before a verb looked up first,
the antecedents sliced only when asked, the outermost mentions sorted with keys made in C, and
the cue words as a set."""

from __future__ import annotations

import bisect
import importlib

from hypothesis import given, settings
from hypothesis import strategies as st
from statement_context import statement_context

from syria_talks.lexicon import CueEntry, CueFormEntry, default_lexicon
from syria_talks.model import Gender, Stance

document = importlib.import_module("syria_talks.parsing.document")
context = importlib.import_module("syria_talks.parsing.context")
cues_module = importlib.import_module("syria_talks.parsing.cues")
content = importlib.import_module("syria_talks.parsing.content")
speakers = importlib.import_module("syria_talks.parsing.speakers")
antecedents = importlib.import_module("syria_talks.parsing.antecedents")
mentions_module = importlib.import_module("syria_talks.parsing.mentions")
skip_fillers = context.skip_fillers

LEX = default_lexicon()

PIECES = [
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "أكدت",
    "وأكد",
    "يتهم",
    "تتهم",
    "اتهم",
    "مضيفا",
    "أضاف",
    "لافروف",
    "أردوغان",
    "ميركل",
    "تركيا",
    "روسيا",
    "الخارجية الروسية",
    "وزير الخارجية",
    "المتحدث باسم الكرملين",
    "في",
    "من",
    "قد",
    "أيضا",
    "اليوم",
    "أمس",
    "إن",
    "أن",
    "الهدنة",
    "صامدة",
    "بيان",
    "الذي",
]
SEPARATORS = [" ", " ", " ", " ", "، ", ". ", '"', ' "', '" ', "\n"]
TEXTS = st.lists(
    st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(PIECES)), min_size=2, max_size=22
).map(lambda pairs: "".join(gap + word for gap, word in pairs).strip() + ".")


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_content_end_told_its_sentence_is_the_one_looked_up(text: str) -> None:
    ctx = statement_context(text)
    for cue in cues_module.find_cues(ctx):
        first = bisect.bisect_left(ctx.tokens.starts, cue.end)
        for i in range(first, len(ctx.tokens.words)):
            start = ctx.tokens.starts[i]
            if start >= cue.sentence[1]:
                break
            for next_clause in (len(text), start, cue.sentence[1]):
                told = content.content_end(ctx, start, next_clause, cue.sentence)
                assert told == content.content_end(ctx, start, next_clause), text


def _is_object_by_definition(ctx, cue, mention):  # type: ignore[no-untyped-def]
    """The object rule as it read with a set of the two genders."""
    if mention.start < cue.start:
        return False
    if cue.form.participle:
        return True
    first = skip_fillers(ctx, cue.token_index + 1, context.SUBJECT_REACH)
    if first >= len(ctx.tokens.words) or ctx.tokens.starts[first] != mention.phrase_start:
        return False
    return {cue.form.gender, mention.gender} == {Gender.MASCULINE, Gender.FEMININE}


def _adjacent_subject_by_definition(ctx, cue):  # type: ignore[no-untyped-def]
    """A name right before an unprefixed verb, read in the order the rule states it."""
    if cue.form.participle or ctx.shape.conjunction(cue.word) or cue.token_index == 0:
        return None
    previous = ctx.tokens[cue.token_index - 1]
    if ctx.text[previous.end : cue.start].strip():
        return None
    mention = ctx.by_end.get(previous.end)
    if mention is None or not antecedents.agrees(cue.form.gender, mention):
        return None
    return None if speakers._governed(ctx, mention) else mention


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_reordered_subject_rules_agree_with_their_definitions(text: str) -> None:
    ctx = statement_context(text)
    for cue in cues_module.find_cues(ctx):
        assert speakers._adjacent_subject(ctx, cue) == _adjacent_subject_by_definition(ctx, cue)
        for mention in ctx.every_mention:
            expected = _is_object_by_definition(ctx, cue, mention)
            assert speakers._is_object(ctx, cue, mention) == expected, text


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_outermost_mentions_are_the_ones_a_single_sort_gives(text: str) -> None:
    doc = document.Document(text, LEX)
    mentions = mentions_module.find_mentions(doc)
    expected, reach = [], -1
    for m in sorted(mentions, key=lambda c: (c.phrase_start, -c.end)):
        if m.end > reach:
            expected.append(m)
            reach = m.end
    assert context._outermost(mentions) == expected


def test_mentions_sharing_a_phrase_start_keep_the_longest_and_their_order() -> None:
    ctx = statement_context("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الاجتماع مفيد.")
    starts = [m.phrase_start for m in ctx.mentions]
    assert starts == sorted(starts)
    for outer in ctx.mentions:
        # No outermost mention lies inside another.
        assert not [
            m
            for m in ctx.mentions
            if m is not outer and m.phrase_start <= outer.phrase_start and outer.end <= m.end
        ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=300), max_size=150),
    st.lists(st.integers(min_value=0, max_value=300), max_size=150),
    st.integers(min_value=-1, max_value=301),
)
def test_the_antecedents_sliced_when_asked_are_the_ones_before_the_cue(
    speaker_positions: list[int], statement_positions: list[int], position: int
) -> None:
    speakers_at = [(p, f"s{k}") for k, p in enumerate(speaker_positions)]
    history = antecedents.History(speakers_at)  # type: ignore[arg-type]
    for p in statement_positions:
        history.add(context.ViewStatement(None, p, p + 1, p, p + 1, None, False, None))
    earlier = history.before(position)
    speakers_before = [s for p, s in sorted(speakers_at, key=lambda x: x[0]) if p < position]
    assert earlier.speakers == tuple(speakers_before[-context.ANTECEDENTS :])
    statements_before = [p for p in sorted(statement_positions) if p < position]
    assert [s.cue_start for s in earlier.statements] == statements_before[-context.ANTECEDENTS :]
    assert isinstance(earlier.speakers, tuple) and isinstance(earlier.statements, tuple)


def test_nothing_before_the_first_cue_is_an_antecedent() -> None:
    assert context.NO_ANTECEDENTS.speakers == ()
    assert context.NO_ANTECEDENTS.statements == ()
    assert antecedents.History().before(10).speakers == ()


WARN = CueEntry(
    lemma="نبّه",
    stance=Stance.NEUTRAL,
    prepositions=("إلى",),
    forms=(CueFormEntry(form="نبّه", gender=Gender.MASCULINE),),
)


def test_the_cue_words_are_the_cue_surfaces_of_each_lexicon() -> None:
    derived = LEX.with_cues([WARN])
    assert LEX.cue_words == frozenset(LEX.cue_surfaces)
    assert derived.cue_words == frozenset(derived.cue_surfaces)
    assert "ونبه" in derived.cue_words
    assert "ونبه" not in LEX.cue_words
    ctx = context.StatementContext.of(
        document.Document("ونبّه الوزير إلى أن الوضع خطير.", derived), [], times=()
    )
    assert [cue.word for cue in cues_module.find_cues(ctx)] == ["ونبه"]
