"""Work done on demand that must agree with the whole: a document's matches in a window, and an
article's spans, each converted once, on what was written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document

# Letters, harakat (fatha, shadda, sukun, tanween), tatweel and a direction mark: with them the
# view is shorter than the original and every span has to be converted.
MARKED = st.sampled_from(list("ابتكلمنوي َُِّْـًٌٍ\u200f.\n"))

SENTENCES = [
    "قال وزيرُ الخارجيةِ الروسي سيرغي لافروف إن المحادثاتِ مستمرة.",
    "وأكدت الأمم المتحدة يوم الخميس أن الهدنة في حلب صامدة.",
    "ونفى المتحدث باسم الحكومة السورية ما نُشر عن انهيار الاتفاق في دمشق.",
    "وقالت واشنطن إن وقف إطلاق النار في سوريا يجب أن يستمر",
]


@settings(deadline=None)  # the first example loads the lexicon
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), st.data())
def test_matches_in_a_window_are_the_matches_that_lie_in_it(
    sentences: list[str], data: st.DataObject
) -> None:
    text = "\n".join(sentences)
    lexicon = default_lexicon()
    n = len(text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    for matcher in (lexicon.actor_matcher, lexicon.place_matcher, lexicon.title_matcher):
        # Asked first for a window, then again after all of them were listed.
        doc = Document(text, lexicon)
        first = doc.matches_in(matcher, start, end)
        inside = [m for m in doc.matches(matcher) if start <= m.start and m.end <= end]
        assert first == inside
        assert doc.matches_in(matcher, start, end) == inside


def test_a_window_holds_the_place_named_in_it() -> None:
    text = SENTENCES[1]
    doc = Document(text, default_lexicon())
    where = doc.text.index("حلب")
    found = doc.matches_in(doc.lexicon.place_matcher, where, where + len("حلب"))
    assert [(m.start, m.end) for m in found] == [(where, where + len("حلب"))]
    assert doc.matches_in(doc.lexicon.place_matcher, where + 1, len(doc.text)) == []


def test_an_article_with_harakat_keeps_its_spans_on_what_was_written() -> None:
    article = syria_talks.parse(SENTENCES[0])
    assert article.statements
    for mention in article.mentions:
        assert article.text[mention.span.start : mention.span.end] == mention.text
    statement = article.statements[0]
    assert statement.cue == "قال"
    assert article.text[statement.span.start : statement.span.end] == statement.content
    assert statement.content.startswith("المحادثاتِ")
