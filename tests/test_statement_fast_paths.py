"""The statement stage's fast paths against the plain readings they replace: the tokens that
open a sentence or follow a comma (and the clause-initial test and clause starts built on
them), and the cheap rejections of the content cuts, give the answers the slower reads gave."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.model import StatementMode
from syria_talks.parsing import content, cues
from syria_talks.parsing.context import (
    COMMA,
    TRIM,
    StatementContext,
    after_comma,
    ends_in_what,
    trim,
    word_start,
)
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
    return StatementContext.of(Document(text, LEX), [], times=())


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
        ("الأمر صعب وقال حسن", "وقال حسن"),  # a و verb of saying opens its own clause
        ("الأمر صعب فأكد حسن", "فأكد حسن"),
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
    # Only where nothing opens a clause does the cue start one it does not open.
    assert cue.opens_clause is (expected != "يكشف حسن")


# --- content: the three cuts against the versions before their cheap rejections ---


def _reporters_words_by_definition(ctx: StatementContext, start: int, end: int) -> int:
    """Every marker of each kind in the content read, with no look-up of their starts first."""
    fw = ctx.fw
    for marker in (fw.attribution_markers, fw.narrator_markers):
        for m in ctx.doc.matches_in(marker, start, end):
            at = word_start(ctx, m.start)
            reported = (
                marker is fw.attribution_markers
                and ends_in_what(ctx, m.value)
                and not ctx.doc.inside_quote(m.start)
            )
            if reported or after_comma(ctx, start, at) or content._after_quote(ctx, at):
                end = at
                break
    return end


def _reporting_date_by_definition(ctx: StatementContext, start: int, end: int) -> int:
    text, tokens = ctx.text, ctx.tokens
    i = ctx.doc.token_before(end)
    if i < 1 or text[tokens.ends[i] : end].strip(TRIM):
        return end
    day, weekday = tokens[i - 1], tokens[i]
    if (
        day.start <= start
        or text[day.end : weekday.start].strip()
        or day.text not in ctx.fw.day_openers
        or ctx.lex.weekday_matcher.match_at(text, weekday.start) is None
    ):
        return end
    return day.start


def _final_relative_by_definition(ctx: StatementContext, start: int, end: int) -> int:
    """Every relative pronoun in the content read, whether a comma precedes it or not."""
    text, tokens = ctx.text, ctx.tokens
    for i in range(ctx.doc.token_index(start), ctx.doc.token_index(end)):
        at = tokens.starts[i]
        if (
            tokens.words[i] in ctx.fw.relative_pronouns
            and after_comma(ctx, start, at)
            and not COMMA.search(text[tokens.ends[i] : end].rstrip(TRIM))
            and not ctx.doc.inside_quote(at)
        ):
            return at
    return end


CONTENT_PIECES = st.sampled_from(
    [
        "قال",
        "الوزير",
        "إن",
        "الوضع",
        "صعب",
        "بحسب",
        "حسبما",
        "وفقا",
        "دون أن",
        "إثر",
        "الذي",
        "التي",
        "تدعمه",
        "اليوم",
        "أمس",
        "الثلاثاء",
        "الأحد",
        "يوم",
        "بيان",
        "في مؤتمر صحفي",
        "إنه",
        "،",
        "،و",
        ",",
        ".",
        ":",
        "-",
        '"',
        "\n",
        " ",
    ]
)
CONTENT_TEXTS = st.lists(CONTENT_PIECES, min_size=1, max_size=30).map(" ".join) | st.lists(
    CONTENT_PIECES, min_size=1, max_size=30
).map("".join)


def _channel_by_definition(ctx: StatementContext, start: int, end: int) -> tuple[int, int] | None:
    """The settings named in the window, read without a look-up of their starts first (the
    context holds no mentions here, so no agency comes before them)."""
    for m in ctx.doc.matches_in(ctx.fw.channels, start, end):
        return m.start, m.end
    return None


def _mode_by_definition(ctx: StatementContext, start: int, end: int) -> StatementMode:
    start, end = trim(ctx, start, end)
    if '"' in ctx.text[start:end]:
        return StatementMode.MIXED
    return StatementMode.INDIRECT


@settings(max_examples=200)
@given(CONTENT_TEXTS, st.data())
def test_channel_and_mode_match_their_definitions(text: str, data: st.DataObject) -> None:
    ctx = _context(text)
    for _ in range(8):
        start = data.draw(st.integers(0, len(ctx.text)))
        end = data.draw(st.integers(0, len(ctx.text)))
        assert content.channel(ctx, start, end) == _channel_by_definition(ctx, start, end)
        mode = content.delimit_content(ctx, start, end)[2]
        if mode is not StatementMode.DIRECT:
            assert mode is _mode_by_definition(ctx, start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال في بيان إن", "بيان"),
        ("قال في مؤتمر صحفي", "مؤتمر صحفي"),  # a setting that ends the window
        ("بيان قال إن", None),  # before the window
        ("قال إن", None),
    ],
)
def test_channel_of_a_window(text: str, expected: str | None) -> None:
    ctx = _context(text)
    start = len("قال")
    found = content.channel(ctx, start, len(text))
    assert (found and text[found[0] : found[1]]) == expected


@settings(max_examples=200)
@given(CONTENT_TEXTS, st.data())
def test_content_cuts_match_their_definitions(text: str, data: st.DataObject) -> None:
    ctx = _context(text)
    for _ in range(8):
        start = data.draw(st.integers(0, len(ctx.text)))
        end = data.draw(st.integers(0, len(ctx.text)))
        assert content._cut_reporters_words(ctx, start, end) == _reporters_words_by_definition(
            ctx, start, end
        )
        assert content._cut_reporting_date(ctx, start, end) == _reporting_date_by_definition(
            ctx, start, end
        )
        assert content._cut_final_relative(ctx, start, end) == _final_relative_by_definition(
            ctx, start, end
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير إن الوضع صعب بحسب مصادر.", "إن الوضع صعب بحسب مصادر"),  # no comma
        ("قال الوزير إن الوضع صعب، بحسب مصادر.", "إن الوضع صعب"),
        ("قال الوزير إن الوضع صعب حسبما أفاد.", "إن الوضع صعب"),  # "what" needs no comma
        ("قال الوزير إن الوضع صعب، دون أن يوضح.", "إن الوضع صعب"),
        ("قال الوزير إن الوضع صعب، إثر", "إن الوضع صعب"),  # a marker ending the text
        ("قال الوزير إن الوضع صعب، الذي تدعمه موسكو.", "إن الوضع صعب"),
        ("قال الوزير إن الوضع الذي تدعمه موسكو صعب.", "إن الوضع الذي تدعمه موسكو صعب"),
        ("قال الوزير إن الوضع صعب، الذي تدعمه موسكو، والمعارضة.", None),  # a comma after
        ("قال الوزير إن الوضع صعب اليوم الثلاثاء.", "إن الوضع صعب"),
        ("قال الوزير إن الوضع صعب يوم الثلاثاء.", "إن الوضع صعب يوم الثلاثاء"),
    ],
)
def test_content_end_cuts_the_reporters_words(text: str, expected: str | None) -> None:
    ctx = _context(text)
    start = text.index("إن")
    end = content.content_end(ctx, start, len(text))
    if expected is None:
        assert "والمعارضة" in text[start:end]
    else:
        assert text[start:end].rstrip(TRIM) == expected
