"""The Arabic text layer: normalisation with an exact offset map, sentences, quote pairing."""

from __future__ import annotations

import re
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syria_talks.text import NormalizedText, Token, Tokens, fold, normalize, pair_quotes

NORMALISATION = [
    ("أحمد", "احمد"),
    ("إيران", "ايران"),
    ("آذار", "اذار"),
    ("مستشفى", "مستشفي"),
    ("وزارة", "وزاره"),
    ("خطأً فادحًا", "خطا فادحا"),
    ("التوجّه", "التوجه"),
    ("الأمريكـــي", "الامريكي"),
    ("٢٠١٦", "2016"),
    ("“نعم” «لا»", '"نعم" "لا"'),
    ("مسؤول", "مسوول"),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALISATION)
def test_normalisation_table(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_fold_unifies_spelling_variants_of_one_name() -> None:
    assert fold("كيرى") == fold("كيري")
    assert fold("الأميركي") != fold("الأمريكي")  # a lexicon fact, not a normalisation
    assert fold("John  Kerry") == fold("john kerry")


ARABIC = st.sampled_from(list('ابتثجحخدذرزسشصضطظعغفقكلمنهوي أإآىةؤئ،.؟\n"“”«»ـًٌٍَُِّْ٠١٢٣'))


@given(st.text(ARABIC | st.characters(), max_size=80))
def test_view_offsets_map_back_to_the_same_characters(text: str) -> None:
    view = NormalizedText(text)
    for token in view.tokens:
        start, end = view.to_original(token.start, token.end)
        assert 0 <= start <= end <= len(text)
        assert normalize(text[start:end]) == token.text


@given(st.text(ARABIC, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_any_view_span_maps_inside_the_original(text: str, a: int, b: int) -> None:
    view = NormalizedText(text)
    n = len(view.text)
    start, end = sorted((min(a, n), min(b, n)))
    o_start, o_end = view.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    assert normalize(text[o_start:o_end]) == view.text[start:end]


def test_harakah_on_the_last_letter_stays_inside_the_span() -> None:
    text = "ارتكبت خطأً فادحًا"
    view = NormalizedText(text)
    token = view.tokens[1]
    start, end = view.to_original(token.start, token.end)
    assert text[start:end] == "خطأً"


QUOTES = [
    ('قال "نعم" ثم "لا"', [(4, 8), (13, 16)]),
    ("قال “نعم” و«لا»", [(4, 8), (11, 14)]),
    ("«قال “نعم” ثم»", [(0, 13), (5, 9)]),
    ('"بلا إغلاق', []),
    ("”معكوس“", [(0, 6)]),
    ('سطر "أول\nسطر" ثان', []),
    ("“فقرة أولى\nوتتمة”", [(0, 16)]),
]


@pytest.mark.parametrize(("text", "pairs"), QUOTES)
def test_quote_pairing(text: str, pairs: list[tuple[int, int]]) -> None:
    assert sorted((p.open, p.close) for p in pair_quotes(text)) == sorted(pairs)


@given(st.text(st.sampled_from(list('ab "“”«»„\n')), max_size=40))
def test_quote_pairing_never_fails_and_pairs_are_well_formed(text: str) -> None:
    pairs = pair_quotes(text)
    used = [p.open for p in pairs] + [p.close for p in pairs]
    assert len(used) == len(set(used))
    for p in pairs:
        assert 0 <= p.open < p.close < len(text)


def test_a_full_stop_inside_a_quotation_does_not_end_the_sentence() -> None:
    text = 'وقال "لا. هذا ليس صحيحا". ثم غادر.'
    view = NormalizedText(text)
    sentences = view.sentences(view.quote_pairs())
    assert len(sentences) == 2
    assert view.text[sentences[0][0] : sentences[0][1]].endswith('صحيحا".')


# The sentence ends as one regular expression states them; the splitter reads them mark by mark.
_SENTENCE_END = re.compile(r"(?<![.!?؟])[.!?؟]++(?=[\s\"')\]]|$)|\n")


def _sentences_by_the_regex(view: NormalizedText) -> list[tuple[int, int]]:
    quotes = view.quote_pairs()
    inside = [(q.open, q.close) for q in quotes]
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(view.text):
        if m.group() != "\n" and any(a < m.start() < b for a, b in inside):
            continue
        if m.end() > start and view.text[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if view.text[start:].strip():
        spans.append((start, len(view.text)))
    return spans


@given(st.text(st.sampled_from(list(".!?؟ \n\xa0\x1c\"«»)x'ب\u064e")), max_size=60))
def test_sentences_end_where_the_regex_says(text: str) -> None:
    view = NormalizedText(text)
    assert view.sentences(view.quote_pairs()) == _sentences_by_the_regex(view)


def test_sentence_ends_in_news_punctuation() -> None:
    view = NormalizedText('قال: "لن نقبل!". ثم غادر... وعاد؟ لا\nسطر آخر')
    ends = [view.text[s:e] for s, e in view.sentences(view.quote_pairs())]
    assert ends == [
        'قال: "لن نقبل!".',
        " ثم غادر...",
        " وعاد؟",
        " لا\n",
        "سطر اخر",
    ]  # the view: آ is read as ا


@given(st.text(ARABIC | st.characters(), max_size=80), st.integers(-90, 90), st.integers(-90, 90))
def test_tokens_read_like_a_tuple_of_the_words_of_the_view(text: str, a: int, b: int) -> None:
    view = NormalizedText(text)
    expected = [Token(m.group(), m.start()) for m in re.finditer(r"\w+", view.text)]
    tokens = view.tokens
    assert list(tokens) == expected
    assert len(tokens) == len(expected)
    assert list(tokens[a:b]) == expected[a:b]
    for i in range(-len(expected), len(expected)):
        assert tokens[i] == expected[i]
        assert tokens.ends[i] == expected[i].end
        assert tokens.starts[i] == expected[i].start
    with pytest.raises(IndexError):
        tokens[len(expected)]


def test_a_repeated_word_is_one_string() -> None:
    tokens = NormalizedText("قال الوزير ثم قال الوزير").tokens
    assert tokens.words[0] is tokens.words[3]
    assert tokens.words[1] is tokens.words[4]


def test_tokens_hold_no_object_per_word() -> None:
    # A tuple of Token objects took about 100 bytes a word (a tuple and an int each); the
    # columns take a pointer and an 8-byte start.
    text = " ".join(f"كلمة{n % 50}" for n in range(5_000))
    tracemalloc.start()
    try:
        tokens = Tokens.of(text)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(tokens) == 5_000
    assert held / len(tokens) < 24
