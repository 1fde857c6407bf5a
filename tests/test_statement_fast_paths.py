"""The statement stage's per-document precomputations against the plain readings they
replace: the tokens that open a sentence or follow a comma, and the clause-initial test and
clause starts built on them, give the answers the bisection and gap search gave."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing import cues
from syria_talks.parsing.context import COMMA, StatementContext
from syria_talks.parsing.document import Document

LEX = default_lexicon()

# Words, clitic verbs, auxiliaries, negations, clause openers, and every separator the sets
# read: both commas (with and without spaces), stops, a line break and quotation marks.
PIECES = st.sampled_from(
    [
        "قال",
        "وقال",
        "وأكد",
        "قد",
        "وقد",
        "لم",
        "ولم",
        "كما",
        "فيما",
        "و",
        "ولد",
        "وليد",
        "حسن",
        "الوزير",
        "إن",
        "أنه",
        "،",
        "،و",
        ",",
        " ، ",
        ".",
        ". ",
        "؟ ",
        "\n",
        '"',
        " ",
        " ",
        "5",
        "x",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map(" ".join) | st.lists(PIECES, max_size=40).map("".join)


def _context(text: str) -> StatementContext:
    return StatementContext.of(Document(text, LEX), [])


def _sentence_opener(ctx: StatementContext, i: int) -> bool:
    """The definition: no token of the sentence holding token ``i`` ends before it."""
    sentence_start, _ = ctx.doc.sentence_of(ctx.tokens.starts[i])
    return i == 0 or ctx.tokens.ends[i - 1] <= sentence_start


def _comma_opener(ctx: StatementContext, i: int) -> bool:
    """The definition: a comma in the gap between token ``i`` and the token before."""
    return (
        i > 0 and COMMA.search(ctx.text, ctx.tokens.ends[i - 1], ctx.tokens.starts[i]) is not None
    )


def _clause_initial_by_definition(ctx: StatementContext, i: int) -> bool:
    """The reading before the sets: a bisection for the sentence and a gap search per step."""
    words = ctx.tokens.words
    if i >= len(words):
        return False
    while True:
        if _sentence_opener(ctx, i) or _comma_opener(ctx, i):
            return True
        word = words[i]
        if ctx.shape.conjunction(word) and len(word) > 3 and word[1:2] != "ل":
            return True
        if words[i - 1] not in ctx.fw.auxiliaries:
            return False
        i -= 1


@pytest.mark.parametrize(
    ("text", "sentence", "comma"),
    [
        ("", set(), set()),
        ("قال حسن", {0}, set()),
        ("قال حسن. وأكد الوزير", {0, 2}, set()),
        ("قال حسن،وأكد الوزير", {0}, {2}),
        ("قال حسن , وأكد الوزير", {0}, {2}),
        ("، قال حسن،", {0}, set()),  # before the first word, after the last: no token
        ("قال\nحسن، و\nالوزير", {0, 1, 3}, {2}),
        ("x,y،z", {0}, {1, 2}),
    ],
)
def test_openers_are_the_tokens_after_a_sentence_start_or_a_comma(
    text: str, sentence: set[int], comma: set[int]
) -> None:
    ctx = _context(text)
    assert ctx.sentence_openers == sentence
    assert ctx.comma_openers == comma


@settings(max_examples=300)
@given(TEXTS)
def test_openers_match_their_definitions(text: str) -> None:
    ctx = _context(text)
    n = len(ctx.tokens.words)
    assert ctx.sentence_openers == {i for i in range(n) if _sentence_opener(ctx, i)}
    assert ctx.comma_openers == {i for i in range(n) if _comma_opener(ctx, i)}


@settings(max_examples=300)
@given(TEXTS)
def test_clause_initial_matches_the_reading_it_replaced(text: str) -> None:
    ctx = _context(text)
    for i in range(len(ctx.tokens.words) + 1):
        assert cues.clause_initial(ctx, i) == _clause_initial_by_definition(ctx, i), i


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("قال حسن إن الأمر صعب", 0, True),  # first in the text
        ("الأمر صعب. قال حسن", 2, True),  # first in its sentence
        ("الأمر صعب، قال حسن", 2, True),  # after a comma
        ("الأمر صعب ،قال حسن", 2, True),  # the comma written against the word
        ("الأمر صعب قال حسن", 2, False),
        ("الأمر صعب وأكد حسن", 2, True),  # a و verb
        ("الأمر صعب ولد حسن", 2, False),  # too short for a و verb
        ("الأمر صعب ولقي حسن", 2, False),  # "ول..." is no و verb
        ("الأمر صعب، قد قد قال حسن", 4, True),  # auxiliaries back to the comma
        ("الأمر صعب قد قد قال حسن", 4, False),
    ],
)
def test_clause_initial(text: str, index: int, expected: bool) -> None:
    assert cues.clause_initial(_context(text), index) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأمر صعب. قال حسن", "قال حسن"),  # first in its sentence: the cue itself
        ("الأمر صعب، قال حسن", "، قال حسن"),  # after a comma: from the comma's end
        ("الأمر صعب، ولم يكشف حسن", "ولم يكشف حسن"),  # a و negation
        ("الأمر صعب. لم يكشف حسن", "لم يكشف حسن"),  # a negation first in its sentence
        ("الأمر صعب، لم يكشف حسن", "لم يكشف حسن"),  # a negation after a comma
        ("الأمر صعب كما لم يكشف حسن", "كما لم يكشف حسن"),  # a negation after an opener
        ("الأمر صعب لم يكشف حسن", "يكشف حسن"),  # a negation alone opens nothing
    ],
)
def test_clause_start_of_a_cue(text: str, expected: str) -> None:
    ctx = _context(text)
    (cue,) = (c for c in cues.find_cues(ctx) if c.form.noun is False)
    assert text[cue.clause_start :] == expected
