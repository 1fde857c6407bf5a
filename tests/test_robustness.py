"""Whatever the text, parsing returns an article whose offsets all point into it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks import InputError

FRAGMENTS = [
    "وقال",
    "قالت",
    "وأضاف",
    "مضيفا",
    "إن",
    "أن",
    "لافروف",
    "وزير الخارجية الروسي",
    "المتحدث باسم",
    "واشنطن",
    "سوريا",
    "الاتفاق",
    "وقف إطلاق النار",
    "الخميس الماضي",
    "27 شباط/فبراير 2016",
    "بحسب ما ذكرته",
    "،",
    ".",
    ":",
    '"',
    "“",
    "”",
    "«",
    "»",
    "\n",
    "ـ",
    "ً",
    "٣",
    "John",
]


def _check(article: syria_talks.Article) -> None:
    text = article.text
    starts = [s.span.start for s in article.statements]
    assert starts == sorted(starts)
    for s in article.statements:
        assert text[s.span.start : s.span.end] == s.content
        assert text[s.cue_span.start : s.cue_span.end] == s.cue
        assert s.speaker is None or s.speaker in article.actors
    for m in article.mentions:
        assert text[m.span.start : m.span.end] == m.text
    for t in article.times:
        assert text[t.span.start : t.span.end] == t.text
    for place in article.locations:
        assert all(0 <= sp.start < sp.end <= len(text) for sp in place.spans)
    for agreement in article.agreements:
        assert all(0 <= sp.start < sp.end <= len(text) for sp in agreement.spans)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join))
def test_any_mix_of_reporting_fragments_parses(text: str) -> None:
    _check(syria_talks.parse(text))


@settings(max_examples=100)
@given(st.text(max_size=200))
def test_any_unicode_text_parses(text: str) -> None:
    _check(syria_talks.parse(text))


@pytest.mark.parametrize("text", ["", "   ", "\n\n", '"""', "«»“”", "وقال", "قال: "])
def test_degenerate_texts(text: str) -> None:
    _check(syria_talks.parse(text))


@pytest.mark.parametrize("bad", [None, b"\xd9\x82\xd8\xa7\xd9\x84", 42, ["قال"]])
def test_non_text_input_is_a_typed_error(bad: object) -> None:
    with pytest.raises(InputError, match="needs the article as str"):
        syria_talks.parse(bad)  # type: ignore[arg-type]


def test_bad_publication_date_is_a_typed_error() -> None:
    with pytest.raises(InputError, match=r"published must be a datetime\.date"):
        syria_talks.parse("قال", published="2016-07-04")  # type: ignore[arg-type]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join))
def test_every_parse_round_trips_through_json(text: str) -> None:
    from syria_talks.export import from_json, to_json

    article = syria_talks.parse(text)
    assert from_json(to_json(article)) == article
