"""The opener passes over a word that is no marker of content for any cue and not the cue's
own preposition (bare or glued on), and reads a complementiser after a single space without
the full rules; reading every word with the full rules must find the same opening. The words
here are the ones those shortcuts tell apart: one cue's preposition that is not another's
(في، من، على، إلى), a participle of saying written with ل (لافتا), a verb governed by its
preposition (أعرب عن)."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st
from statement_context import statement_context

from syria_talks import parse
from syria_talks.lexicon import CueEntry, CueFormEntry, FormKind, Lexicon, default_lexicon
from syria_talks.model import Gender, Stance

context = importlib.import_module("syria_talks.parsing.context")
cues_module = importlib.import_module("syria_talks.parsing.cues")
opening = importlib.import_module("syria_talks.parsing.opening")

WORDS = [
    "قال",
    "وقال",
    "أعرب",
    "وأعرب",
    "معربا",
    "عبر",
    "أشار",
    "وأشار",
    "لافتا",
    "ولافتا",
    "مشيرا",
    "حذر",
    "وحذر",
    "رحب",
    "اتهم",
    "طالب",
    "دعا",
    "تحدث",
    "أكد",
    "إن",
    "أن",
    "بأن",
    "إنه",
    "بأنها",
    "عن",
    "إلى",
    "على",
    "في",
    "من",
    "حول",
    "بشأن",
    "ب",
    "ل",
    "بوقف",
    "لوقف",
    "لاتخاذ",
    "للصحفيين",
    "لوكالة",
    "بالإجماع",
    "والوزير",
    "الوزير",
    "الخارجية",
    "لافروف",
    "الهدنة",
    "مستمرة",
    "أمس",
    "بيان",
    "رفضه",
    "قلقه",
]
GAPS = [" ", " ", " ", " ", "، ", ": ", ' "', '" ', "  ", "\n"]


def _reference_opener(ctx, cue, after, limit, reach):  # type: ignore[no-untyped-def]
    """The opener without its shortcuts: every word read through the full rules."""
    i = ctx.doc.token_index(after)
    position, steps = after, 0
    while i < len(ctx.tokens.words) and steps <= reach and ctx.tokens.starts[i] < limit:
        step = opening._read_token(ctx, cue, i, position, steps, limit)
        if step is None:
            break
        if isinstance(step, opening.Opening):
            return step
        position, i = step
        steps += 1
    quote = None if cue.form.governed else context.quote_in_gap(ctx, position, limit)
    return opening.Opening(quote, strong=False) if quote is not None else None


def _agrees_with_reference(text: str, lexicon: Lexicon) -> int:
    ctx = statement_context(text, lexicon)
    cues = cues_module.find_cues(ctx)
    for cue in cues:
        _, end = cue.sentence
        for reach in (context.OBJECT_REACH, context.OPENER_REACH):
            for after in (cue.end, cue.end + 1):
                found = opening.opener(ctx, cue, after, end, reach)
                assert found == _reference_opener(ctx, cue, after, end, reach), text
    return len(cues)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(GAPS), st.sampled_from(WORDS)), min_size=2, max_size=24))
def test_the_opener_with_its_shortcuts_finds_what_reading_every_word_finds(
    pairs: list[tuple[str, str]],
) -> None:
    text = "".join(gap + word for gap, word in pairs).strip() + "."
    _agrees_with_reference(text, default_lexicon())


# A caller's cue whose preposition (حول) no bundled cue takes, and whose participle starts
# with ل: the markers the opener reads must follow the caller's cues.
DISCUSS = CueEntry(
    lemma="لمّح",
    stance=Stance.NEUTRAL,
    prepositions=("حول", "ل"),
    forms=(
        CueFormEntry(form="لمّح", gender=Gender.MASCULINE),
        CueFormEntry(form="لمّحت", gender=Gender.FEMININE),
        CueFormEntry(form="لامحا", gender=Gender.MASCULINE, kind=FormKind.PARTICIPLE),
    ),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(GAPS), st.sampled_from([*WORDS, "لمّح", "ولمّحت", "لامحا"])),
        min_size=2,
        max_size=20,
    )
)
def test_the_shortcuts_follow_a_callers_cues(pairs: list[tuple[str, str]]) -> None:
    text = "".join(gap + word for gap, word in pairs).strip() + "."
    _agrees_with_reference(text, default_lexicon().with_cues([DISCUSS]))


def test_a_callers_participle_is_a_speech_marker_of_the_derived_lexicon_only() -> None:
    bundled = default_lexicon()
    derived = bundled.with_cues([DISCUSS])
    assert "لامحا" in derived.speech_markers
    assert "ولامحا" in derived.speech_markers
    assert "لامحا" not in bundled.speech_markers
    # The cues' prepositions are left to each cue: حول opens content only for لمّح.
    assert "حول" not in derived.speech_markers
    assert "في" not in bundled.speech_markers
    assert {"ان", "بان"} <= bundled.speech_markers


def test_a_preposition_of_another_cue_is_passed_over_up_to_the_complementiser() -> None:
    # في is a preposition of some cues, not of قال: the search reads on to إن.
    (statement,) = parse("وقال الوزير في مؤتمر صحفي إن الهدنة مستمرة.").statements
    assert statement.content == "الهدنة مستمرة"


def test_a_governed_verb_passes_over_a_complementiser_before_its_preposition() -> None:
    # أعرب reports only after its عن: an إن before it does not open the content.
    text = "وأعرب الوزير إن عن قلقه من التصعيد."
    ctx = statement_context(text)
    (cue,) = cues_module.find_cues(ctx)
    _, end = cue.sentence
    found = opening.opener(ctx, cue, cue.end, end, context.OPENER_REACH)
    assert found is not None and text[found.position :].startswith("قلقه")
    assert found == _reference_opener(ctx, cue, cue.end, end, context.OPENER_REACH)


# Cues after و and ف, participles of saying, names and nouns around them: the words the
# opener must stop at or read through whichever gap comes before them.
WORDS_AROUND_CUES = [
    "قال",
    "وقال",
    "فقال",
    "أضاف",
    "وأضاف",
    "مضيفا",
    "ومضيفا",
    "أكد",
    "وأكد",
    "أعرب",
    "طالب",
    "وطالب",
    "دعا",
    "ودعا",
    "اتهم",
    "هدد",
    "إن",
    "أن",
    "وأن",
    "إنه",
    "بأن",
    "عن",
    "إلى",
    "على",
    "في",
    "ب",
    "ل",
    "و",
    "بوقف",
    "لوقف",
    "بمنع",
    "لاتخاذ",
    "للصحفيين",
    "لوكالة",
    "بالقول",
    "والوزير",
    "فالوزير",
    "الوزير",
    "وزير",
    "الخارجية",
    "لافروف",
    "كيري",
    "الهدنة",
    "صامدة",
    "اليوم",
    "أمس",
    "بيان",
    "صحيفة",
    "رفضه",
    "وجود",
    "الحل",
    "سياسي",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(GAPS), st.sampled_from(WORDS_AROUND_CUES)),
        min_size=2,
        max_size=24,
    )
)
def test_the_opener_agrees_around_cues_after_conjunctions_and_participles(
    pairs: list[tuple[str, str]],
) -> None:
    text = "".join(gap + word for gap, word in pairs).strip() + "."
    _agrees_with_reference(text, default_lexicon())


def test_a_cue_after_a_conjunction_ends_the_search_the_fast_path_would_pass() -> None:
    # "وأضاف" carries و: the fast path must not pass over it as a plain word.
    article = parse("وقال الوزير اليوم وأضاف المتحدث أن الهدنة صامدة.")
    assert [(s.speaker.name if s.speaker else None, s.content) for s in article.statements] == [
        ("المتحدث", "الهدنة صامدة")
    ]
