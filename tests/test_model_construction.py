"""How the model objects the assembler makes by the hundred are built: Span's own __init__
checks its offsets as the generated one did, and a place's spans still come out sorted."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from syria_talks import Location, Span
from syria_talks.export import from_json, to_json
from syria_talks.lexicon import default_lexicon
from syria_talks.model import LocationKind
from syria_talks.parsing.document import Document
from syria_talks.parsing.pipeline import parse


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 2, "span offsets must be >= 0, got -1, 2"),
        (3, -1, "span offsets must be >= 0, got 3, -1"),
        (5, 2, "span end 2 is before its start 5"),
    ],
)
def test_a_span_with_bad_offsets_is_refused(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Span(start=start, end=end)


def test_evolving_a_span_checks_the_new_offsets_too() -> None:
    span = Span(start=2, end=6)
    assert attrs.evolve(span, end=9) == Span(start=2, end=9)
    with pytest.raises(ValueError, match="before its start"):
        attrs.evolve(span, end=1)


def test_a_span_is_frozen_and_keyword_only() -> None:
    span = Span(start=2, end=6)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(2, 6)  # type: ignore[misc]


@given(st.integers(0, 50), st.integers(0, 50))
def test_a_span_compares_hashes_and_pickles_by_its_offsets(a: int, b: int) -> None:
    start, end = sorted((a, b))
    span = Span(start=start, end=end)
    same = Span(start=start, end=end)
    assert span == same and hash(span) == hash(same) and len(span) == end - start
    assert pickle.loads(pickle.dumps(span)) == span
    assert (span < Span(start=start, end=end + 1)) is True


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8))
def test_a_locations_spans_are_sorted_by_start_then_end(pairs: list[tuple[int, int]]) -> None:
    spans = [Span(start=min(p), end=max(p)) for p in pairs]
    place = Location(id="x", name="حلب", kind=LocationKind.CITY, spans=spans)
    assert place.spans == tuple(sorted(spans))
    assert list(place.spans) == sorted(spans, key=lambda s: (s.start, s.end))


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الخارجية الروسي إن الهدنة في حلب صامدة.",
        "قالَ وزيرُ الخارجيةِ الروسيُّ إنّ الهدنةَ في حلبَ صامدةٌ.",  # harakat: offsets move
        "قـــال وزير الخارجية الروسي إن الهدنة في حلب صامدة.",  # tatweel
    ],
)
def test_every_span_of_an_article_slices_what_it_names(text: str) -> None:
    article = parse(text)
    assert article.statements
    for statement in article.statements:
        assert text[statement.span.start : statement.span.end] == statement.content
        assert text[statement.cue_span.start : statement.cue_span.end] == statement.cue
    for mention in article.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    assert from_json(to_json(article)) == article


@pytest.mark.parametrize(
    ("text", "word", "written"),
    [("قال الوزير", "الوزير", "الوزير"), ("قالَ الوزيرُ", "الوزير", "الوزيرُ")],
)
def test_the_document_reads_a_view_span_as_written(text: str, word: str, written: str) -> None:
    doc = Document(text, default_lexicon())
    start = doc.text.index(word)
    assert doc.original_text(start, start + len(word)) == written
