"""The opener passes over plain words with one set look-up (``Lexicon.content_markers``);
reading every word with the full rules must find the same opening, whatever the words."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks.lexicon import default_lexicon

document = importlib.import_module("syria_talks.parsing.document")
context = importlib.import_module("syria_talks.parsing.context")
cues_module = importlib.import_module("syria_talks.parsing.cues")
opening = importlib.import_module("syria_talks.parsing.opening")
mentions_module = importlib.import_module("syria_talks.parsing.mentions")

# Words of every kind the rules tell apart: cues bare and after و/ف, participles,
# complementisers, prepositions alone and glued on, addressees, plain nouns and names.
WORDS = [
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
GAPS = [" ", " ", " ", "، ", ": ", ' "', '" ', "\n"]


def _reference_opener(ctx, cue, after, limit, reach):  # type: ignore[no-untyped-def]
    """The opener as it read before the fast path: every word through the full rules."""
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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(GAPS), st.sampled_from(WORDS)), min_size=2, max_size=24))
def test_the_opener_finds_what_reading_every_word_finds(pairs: list[tuple[str, str]]) -> None:
    text = "".join(gap + word for gap, word in pairs).strip() + "."
    doc = document.Document(text, default_lexicon())
    ctx = context.StatementContext.of(doc, mentions_module.find_mentions(doc))
    for cue in cues_module.find_cues(ctx):
        _, end = cue.sentence
        for reach in (context.OBJECT_REACH, context.OPENER_REACH):
            after = cue.token.end
            assert opening.opener(ctx, cue, after, end, reach) == _reference_opener(
                ctx, cue, after, end, reach
            ), text


def test_a_cue_after_a_conjunction_ends_the_search_the_fast_path_would_pass() -> None:
    # "وأضاف" carries و: the fast path must not pass over it as a plain word.
    article = syria_talks.parse("وقال الوزير اليوم وأضاف المتحدث أن الهدنة صامدة.")
    assert [(s.speaker.name if s.speaker else None, s.content) for s in article.statements] == [
        ("المتحدث", "الهدنة صامدة")
    ]
