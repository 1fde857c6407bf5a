"""Shortcuts in preparing a document, against the rules they stand for: the token pattern that
names the Arabic letters before \\w is \\w, the headline lines read with a look at the last
character first are the lines the full reading finds, and the sentences kept without a search
for text in them are those a search keeps."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import (
    _HEADLINE_WORDS,
    _ends_in_stop,
    _headline_lines,
)
from syria_talks.shape import WordShape
from syria_talks.text import (
    _AFTER_STOPS,
    _SENTENCE_MARK,
    _TOKEN_SPLIT,
    NormalizedText,
    Tokens,
    merged_intervals,
    split_sentences,
)

_WORD_RUNS = re.compile(r"(\w+)")
_SHAPE = default_lexicon().word_shape


def test_every_letter_the_token_pattern_names_first_is_a_word_character() -> None:
    named = re.fullmatch(r"\(\[\\u(\w{4})-\\u(\w{4})\\w\]\+\)", _TOKEN_SPLIT.pattern)
    assert named is not None
    first, last = (int(code, 16) for code in named.groups())
    for code in range(first, last + 1):
        assert re.fullmatch(r"\w", chr(code)), hex(code)


# Arabic letters at both ends of the range and past them (harakat, tatweel, Persian letters),
# Latin, digits, underscores, spaces and punctuation.
_TOKEN_TEXT = st.text(
    st.sampled_from(list("\u0620\u0621\u0628\u064a\u064b\u0640\u06a9\u06ccabZ_09٣ .،\n\"'-")),
    max_size=60,
)


@given(_TOKEN_TEXT)
def test_tokens_are_the_runs_of_word_characters(text: str) -> None:
    tokens = Tokens.of(text)
    expected = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    assert list(zip(tokens.words, tokens.starts, tokens.ends, strict=True)) == expected
    assert _TOKEN_SPLIT.split(text) == _WORD_RUNS.split(text)


def _headline_lines_read_in_full(text: str, shape: WordShape) -> Iterator[tuple[int, int]]:
    """The reading as it was: every line's end read by _ends_in_stop, the last line with text
    found from the start."""
    lines = text.split("\n")
    last_text = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    start = 0
    for k, line in enumerate(lines):
        end = start + len(line)
        if k < last_text and not _ends_in_stop(line):
            words = line.split()
            if words and len(words) <= _HEADLINE_WORDS and not shape.conjunction(words[0]):
                yield start, end
        start = end + 1


_LINE_TEXT = st.text(st.sampled_from(list("اب وف.!?؟:…\"')] \t\n")), max_size=80)


@given(_LINE_TEXT)
def test_headline_lines_are_those_of_the_full_reading(text: str) -> None:
    assert list(_headline_lines(text, _SHAPE)) == list(_headline_lines_read_in_full(text, _SHAPE))


def test_a_short_line_without_a_stop_heads_the_text_below_it() -> None:
    text = "موسكو تعبر عن خيبة أملها\nقال الوزير إن المحادثات مستمرة.\nوأضاف أن الوفد وصل.\n\n"
    assert list(_headline_lines(text, _SHAPE)) == [(0, text.index("\n"))]


def _sentences_searched(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """split_sentences as it was: every stretch searched for a non-space character."""
    spans: list[tuple[int, int]] = []
    start = q = 0
    for m in _SENTENCE_MARK.finditer(text):
        mark, end = m.span()
        if text[mark] != "\n":
            after = text[end : end + 1]
            if after and not after.isspace() and after not in _AFTER_STOPS:
                continue
            while q < len(quoted) and quoted[q][1] <= mark:
                q += 1
            if q < len(quoted) and quoted[q][0] < mark:
                continue
        if re.compile(r"\S").search(text, start, end):
            spans.append((start, end))
        start = end
    if re.compile(r"\S").search(text, start):
        spans.append((start, len(text)))
    return spans


_SENTENCE_TEXT = st.text(st.sampled_from(list("اب .!?؟\n\t\xa0\"«»)'")), max_size=60)


@given(_SENTENCE_TEXT)
def test_sentences_are_those_a_search_for_text_keeps(text: str) -> None:
    view = NormalizedText(text)
    quoted = merged_intervals(view.quote_pairs())
    assert split_sentences(view.text, quoted) == _sentences_searched(view.text, quoted)
